package align

import (
	"strings"

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
// every Hangul name candidate of the Korean side goes into an index, every
// English name candidate is looked up in it, and each matched pair gets a
// shared id; names compiles (and keeps) the Hangul candidates. The returned slices give, per English paragraph, the ids of
// its names, and per Korean paragraph, one id list per name candidate — the
// form the pair masks compare.
//
// Words the lexicon knows are left to the lexicon: a Hangul candidate that
// is a dictionary word (정부) or a one-word English candidate that is one
// (a capitalized "However") is not a name worth the index's time.
func linkNames(en, ko []string, lex *lexicon.Lexicon, v *vocab, names *match.Compiler) (enIDs [][]int32, koTokens [][][]int32) {
	enIDs = make([][]int32, len(en))
	koTokens = make([][][]int32, len(ko))
	// Both sides are read in step, paragraph by paragraph, so that a
	// document with more names than the bound allows to pair (a wire
	// archive) is given up on early.
	enCands := make([][]string, len(en))
	queries := map[string]bool{}
	var hangul []string
	pos := map[string]int{}
	koCands := make([][]string, len(ko))
	for k := range max(len(en), len(ko)) {
		if k < len(en) {
			for _, c := range english.Runs(capText(en[k])) {
				if hasUnknownWord(c, lex) {
					enCands[k] = append(enCands[k], c)
					queries[c] = true
				}
			}
		}
		if k < len(ko) {
			for _, c := range match.Candidates(capText(ko[k])) {
				if lex.Has(c) {
					continue
				}
				if _, ok := pos[c]; !ok {
					pos[c] = len(hangul)
					hangul = append(hangul, c)
				}
				koCands[k] = append(koCands[k], c)
			}
		}
		if len(hangul)*len(queries) > maxNamePairs {
			return enIDs, koTokens
		}
	}
	if len(hangul) == 0 {
		return enIDs, koTokens
	}
	ix := names.NewIndex(hangul)
	best := map[string]int{} // English candidate → Hangul index, -1 for none
	for i, cands := range enCands {
		for _, c := range cands {
			h, seen := best[c]
			if !seen {
				h = -1
				if m, ok := ix.BestAtLeast(c, nameThreshold); ok {
					h = m.ID
				}
				best[c] = h
			}
			if h >= 0 {
				enIDs[i] = append(enIDs[i], v.id(evName, linkedKey(h)))
			}
		}
		enIDs[i] = uniq(enIDs[i])
	}
	for j, cands := range koCands {
		if len(cands) == 0 {
			continue
		}
		// One id per candidate, each its own token, all cut from one
		// slice.
		ids := make([]int32, len(cands))
		koTokens[j] = make([][]int32, len(cands))
		for k, c := range cands {
			ids[k] = v.id(evName, linkedKey(pos[c]))
			koTokens[j][k] = ids[k : k+1 : k+1]
		}
	}
	return enIDs, koTokens
}

// linkedKey keeps linked-name ids apart from skeleton keys in the vocabulary.
func linkedKey(h int) uint64 { return uint64(h) | 1<<63 }

// hasUnknownWord reports whether an English candidate has a word of two
// letters or more that the lexicon does not know: the mark of a name.
func hasUnknownWord(c string, lex *lexicon.Lexicon) bool {
	for w := range strings.FieldsFuncSeq(c, func(r rune) bool { return r == ' ' || r == '-' || r == '.' }) {
		if len(w) < 2 {
			continue
		}
		if _, known := lex.ID(w); !known {
			return true
		}
	}
	return false
}
