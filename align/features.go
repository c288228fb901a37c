package align

import (
	"hash/fnv"
	"strings"
	"unicode"

	"github.com/bitext-ko/bitext/align/anchor"
	"github.com/bitext-ko/bitext/align/lexicon"
)

// set is a small set of 64-bit keys.
type set map[uint64]struct{}

func (s set) has(k uint64) bool { _, ok := s[k]; return ok }

// weighted is a key with the weight of the evidence it carries.
type weighted struct {
	key    uint64
	weight float64
}

// features are what the scorer compares of one side of a paragraph pair.
type features struct {
	chars int // letters and digits, not spaces or punctuation

	// English side.
	lexSet  set // lexicon ids of the words
	nameSet set // skeleton keys of capitalized words
	wordSet set // lower-cased words, to find Latin tokens of the Korean

	// Korean side.
	lexTokens  [][]uint32 // per word with a lexicon entry: its translations
	lexUnion   set        // every translation id of the paragraph
	nameTokens [][]uint64 // per word: skeleton keys of its prefixes
	latin      []uint64   // Latin tokens

	// Both sides.
	numbers []weighted
	numSet  set
	quotes  int
}

func hash(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return h.Sum64()
}

func countChars(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
		}
	}
	return n
}

func countQuotes(s string) int {
	n := 0
	for _, r := range s {
		switch r {
		case '"', '“', '”':
			n++
		}
	}
	return n
}

func numberFeatures(ns []anchor.Number) ([]weighted, set) {
	out := make([]weighted, 0, len(ns))
	st := make(set, len(ns))
	for _, n := range ns {
		k := n.Key()
		if st.has(k) {
			continue
		}
		st[k] = struct{}{}
		out = append(out, weighted{k, n.Weight()})
	}
	return out, st
}

// englishFeatures extracts the features of English text.
func englishFeatures(text string, lex *lexicon.Lexicon) *features {
	f := &features{chars: countChars(text), quotes: countQuotes(text)}
	f.lexSet, f.wordSet = set{}, set{}
	for _, w := range strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’'
	}) {
		lw := strings.ToLower(strings.Trim(w, "'’"))
		if lw == "" {
			continue
		}
		f.wordSet[hash(lw)] = struct{}{}
		if id, ok := lex.ID(lw); ok {
			f.lexSet[uint64(id)] = struct{}{}
		}
	}
	// Hyphenated and dotted words also count whole ("u.s.", "kim jong-un").
	for _, w := range anchor.Latin(text) {
		f.wordSet[hash(w)] = struct{}{}
	}
	f.nameSet = set{}
	for _, k := range anchor.EnglishNameKeys(text) {
		f.nameSet[k] = struct{}{}
	}
	f.numbers, f.numSet = numberFeatures(anchor.EnglishNumbers(text))
	return f
}

// koreanFeatures extracts the features of Korean text.
func koreanFeatures(text string, lex *lexicon.Lexicon) *features {
	f := &features{chars: countChars(text), quotes: countQuotes(text), lexUnion: set{}}
	for _, w := range strings.Fields(text) {
		if ids := lex.Lookup(w); len(ids) > 0 {
			f.lexTokens = append(f.lexTokens, ids)
			for _, id := range ids {
				f.lexUnion[uint64(id)] = struct{}{}
			}
		}
		if keys := anchor.KoreanNameKeys(w, nil); len(keys) > 0 {
			f.nameTokens = append(f.nameTokens, keys)
		}
	}
	for _, w := range anchor.Latin(text) {
		f.latin = append(f.latin, hash(w))
	}
	f.numbers, f.numSet = numberFeatures(anchor.KoreanNumbers(text))
	return f
}
