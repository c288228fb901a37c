package align

import (
	"strings"

	"github.com/bitext-ko/bitext/align/internal/wordid"
	"github.com/bitext-ko/bitext/align/lexicon"
	"github.com/bitext-ko/bitext/align/names/english"
	"github.com/bitext-ko/bitext/align/names/match"
)

// maxNamePairs bounds the work of linking names: article pairs need far
// less (a hundred Hangul candidates against fifty English ones); beyond it
// (a whole wire archive in one file) the cheaper skeleton keys of package
// cognate carry the name evidence alone.
const maxNamePairs = 250_000

// nameThreshold is the name-layer score above which an English name and a
// Hangul name count as the same name for alignment.
const nameThreshold = 0.7

// linkNames finds the names the two sides share, using the name layer
// (package match) once per document rather than once per paragraph pair:
// every English name candidate is looked up in an index of the Hangul
// name candidates of the Korean side (match.Compiler.BestAtLeastEach), and
// each matched pair gets a shared id; names finds the Hangul candidates
// of each paragraph and compiles them, and keeps both (a corpus worker's
// from document to document, see match.Compiler). The returned slices
// give, per English paragraph, the ids of its names, and per Korean
// paragraph, one id list per name candidate — the form the pair masks
// compare.
//
// Words the lexicon knows are left to the lexicon: a Hangul candidate that
// is a dictionary word (정부) or a one-word English candidate that is one
// (a capitalized "However") is not a name worth the index's time.
func linkNames(en, ko []string, lex *lexicon.Lexicon, v *vocab, names *match.Compiler) (enIDs [][]int32, koTokens [][][]int32) {
	enIDs = make([][]int32, len(en))
	koTokens = make([][][]int32, len(ko))
	// Both sides are read in step, paragraph by paragraph, so that a
	// document with more names than the bound allows to pair (a wire
	// archive) is given up on early. A candidate met again is not looked
	// up again: queryOf and hangulOf give each one its number among the
	// English queries or the Hangul names, -1 for a lexicon word.
	enCands := make([][]int32, len(en))
	var queries, hangul []string
	// Room for a few candidates a paragraph from the start: growing
	// the tables is most of their cost.
	queryOf, hangulOf := &v.cands.en, &v.cands.ko
	queryOf.start(2*len(en), bytesPerENWordText)
	hangulOf.start(8*len(ko), bytesPerKOWordText)
	defer queryOf.done()
	defer hangulOf.done()
	koCands := make([][]int32, len(ko))
	// The numbers of every paragraph's candidates, one side's in one
	// array: each paragraph's are a piece of it.
	var enAll, koAll []int32
	var hangulCands []string // the candidates of one paragraph
	var runs english.Runner
	for k := range max(len(en), len(ko)) {
		if k < len(en) {
			start := len(enAll)
			for _, c := range runs.Runs(capText(en[k])) {
				q, seen := queryOf.of(c)
				if !seen {
					if hasUnknownWord(c, lex, &v.words) {
						q = int32(len(queries))
						queries = append(queries, c)
					}
					queryOf.set(q)
				}
				if q >= 0 {
					enAll = append(enAll, q)
				}
			}
			enCands[k] = enAll[start:len(enAll):len(enAll)]
		}
		if k < len(ko) {
			hangulCands = names.AppendCandidates(hangulCands[:0], capText(ko[k]))
			start := len(koAll)
			for _, c := range hangulCands {
				h, seen := hangulOf.of(c)
				if !seen {
					if !lex.Has(c) {
						h = int32(len(hangul))
						hangul = append(hangul, c)
					}
					hangulOf.set(h)
				}
				if h >= 0 {
					koAll = append(koAll, h)
				}
			}
			koCands[k] = koAll[start:len(koAll):len(koAll)]
		}
		if len(hangul)*len(queries) > maxNamePairs {
			return enIDs, koTokens
		}
	}
	if len(hangul) == 0 {
		return enIDs, koTokens
	}
	// The vocabulary id of each Hangul name, made when first asked for,
	// so that ids are given in the order of first use.
	ids := make([]int32, len(hangul))
	for h := range ids {
		ids[h] = -1
	}
	id := func(h int32) int32 {
		if ids[h] < 0 {
			ids[h] = v.id(evName, linkedKey(int(h)))
		}
		return ids[h]
	}
	// Each English query is matched once.
	matches := names.BestAtLeastEach(hangul, queries, nameThreshold)
	best := make([]int32, len(queries)) // Hangul name of each query, -1 for none
	for q, m := range matches {
		best[q] = int32(m.ID)
	}
	for i, cands := range enCands {
		for _, q := range cands {
			if h := best[q]; h >= 0 {
				enIDs[i] = append(enIDs[i], id(h))
			}
		}
		enIDs[i] = uniq(enIDs[i])
	}
	// One id per Korean candidate, each its own token, all cut from one
	// slice.
	all := make([]int32, len(koAll))
	tokens := make([][]int32, len(koAll))
	for j, cands := range koCands {
		if len(cands) == 0 {
			continue
		}
		for k, h := range cands {
			all[k] = id(h)
			tokens[k] = all[k : k+1 : k+1]
		}
		koTokens[j] = tokens[:len(cands):len(cands)]
		all, tokens = all[len(cands):], tokens[len(cands):]
	}
	return enIDs, koTokens
}

// candTables are linkNames' tables of the English and the Korean
// candidates of a document.
type candTables struct{ en, ko candTable }

// candTable gives each candidate of a document a number (an English
// query's or a Hangul name's), -1 for a lexicon word: a wordid.Index
// numbers the candidates in the order they come, and nums holds the
// number of each. A vocabulary keeps it from document to document,
// emptied, so that a corpus worker's documents do not each make a table
// and grow it (a map in its place cost linkNames a tenth of its time);
// one that grew past maxKeptCands is let go.
type candTable struct {
	ids  wordid.Index
	nums []int32
}

// maxKeptCands bounds the candidates a candTable keeps room for past a
// document, some 400 KB at most (24 bytes a slot, two to four slots a
// candidate, and the candidates' bytes): an article has a few hundred.
const maxKeptCands = 1 << 13

// start empties t for a document, making its table, with room for about
// room candidates of bytesPer bytes each, if it has none.
func (t *candTable) start(room, bytesPer int) {
	if t.ids.Made() {
		t.ids.Clear()
	} else {
		t.ids = wordid.New(room, bytesPer)
	}
	t.nums = t.nums[:0]
}

// of returns the number of c, and whether c was seen before in this
// document; for a new c it returns -1, and set must give its number.
func (t *candTable) of(c string) (num int32, seen bool) {
	i, added := t.ids.ID(c)
	if added {
		return -1, false
	}
	return t.nums[i], true
}

// set gives the candidate of reported new its number.
func (t *candTable) set(num int32) { t.nums = append(t.nums, num) }

// done lets t's table go if a document made it larger than it keeps.
func (t *candTable) done() {
	if t.ids.Len() > maxKeptCands {
		*t = candTable{}
	}
}

// linkedKey keeps linked-name ids apart from skeleton keys in the vocabulary.
func linkedKey(h int) uint64 { return uint64(h) | 1<<63 }

// hasUnknownWord reports whether an English candidate has a word of two
// letters or more that the lexicon does not know: the mark of a name.
// Most of its words are in words, the word cache englishFeatures filled
// from the same paragraphs, which tells what lex would (wordCache.lexID).
func hasUnknownWord(c string, lex *lexicon.Lexicon, words *wordCache) bool {
	for w := range strings.FieldsFuncSeq(c, func(r rune) bool { return r == ' ' || r == '-' || r == '.' }) {
		if len(w) < 2 {
			continue
		}
		_, known, cached := words.lexID(w, lex)
		if !cached {
			_, known = lex.ID(w)
		}
		if !known {
			return true
		}
	}
	return false
}
