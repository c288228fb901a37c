package align

import (
	"hash/fnv"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bitext-ko/bitext/align/cognate"
	"github.com/bitext-ko/bitext/align/lexicon"
	"github.com/bitext-ko/bitext/align/names/match"
)

// Kinds of evidence, each with its own id space.
const (
	evLex  = iota // lexicon translation ids
	evName        // name skeleton keys
	evWord        // Latin words
	evNum         // number keys
	evKinds
)

// vocab gives every key of one kind of evidence a dense id for the length
// of one alignment, so that comparisons index arrays instead of hashing.
type vocab struct {
	ids [evKinds]map[uint64]int32
}

func newVocab() *vocab {
	v := &vocab{}
	for i := range v.ids {
		v.ids[i] = map[uint64]int32{}
	}
	return v
}

func (v *vocab) id(kind int, key uint64) int32 {
	m := v.ids[kind]
	id, ok := m[key]
	if !ok {
		id = int32(len(m))
		m[key] = id
	}
	return id
}

func (v *vocab) size(kind int) int { return len(v.ids[kind]) }

// features are what the scorer compares of one side of a paragraph pair,
// as dense ids.
type features struct {
	chars int // letters and digits, not spaces or punctuation

	// English side: sorted unique ids.
	lexSet, nameSet, wordSet []int32

	// Korean side: per word (or Latin token) the ids that would match it.
	lexTokens  [][]int32
	lexUnion   []int32 // every translation id of the paragraph
	nameTokens [][]int32
	latin      []int32
	// Korean side: every prefix of two syllables or more of its Hangul
	// words ("계가라고" gives 계가, 계가라, 계가라고), for the Hangul the
	// English quotes.
	hangulPrefixes []int32

	// English side: Hangul words quoted in the English ("called 계가").
	hangul []int32

	// Both sides: unique number ids and their weights.
	numbers []int32
	numW    []float64
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

func uniq(ids []int32) []int32 {
	slices.Sort(ids)
	return slices.Compact(ids)
}

func (f *features) addNumbers(v *vocab, ns []cognate.Number) {
	seen := map[int32]bool{}
	for _, n := range ns {
		id := v.id(evNum, n.Key())
		if seen[id] {
			continue
		}
		seen[id] = true
		f.numbers = append(f.numbers, id)
		f.numW = append(f.numW, n.Weight())
	}
}

// maxFeatureText is how much of a paragraph its features are taken from.
// News paragraphs are far shorter; the cap keeps a pathological input (a
// whole book on one line) from costing more than it can tell.
const maxFeatureText = 64 << 10

func capText(s string) string {
	if len(s) <= maxFeatureText {
		return s
	}
	cut := maxFeatureText
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut]
}

// englishFeatures extracts the features of English text.
func englishFeatures(text string, lex *lexicon.Lexicon, v *vocab) *features {
	f := &features{chars: countChars(text)}
	text = capText(text)
	for _, w := range strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’'
	}) {
		lw := strings.ToLower(strings.Trim(w, "'’"))
		if lw == "" {
			continue
		}
		f.wordSet = append(f.wordSet, v.id(evWord, hash(lw)))
		if id, ok := lex.ID(lw); ok {
			f.lexSet = append(f.lexSet, v.id(evLex, uint64(id)))
		}
	}
	for _, w := range strings.Fields(text) {
		if w = strings.TrimFunc(w, func(r rune) bool { return !hangulSyllable(r) }); w != "" && strings.IndexFunc(w, func(r rune) bool { return !hangulSyllable(r) }) < 0 {
			f.hangul = append(f.hangul, v.id(evWord, hash("\x00"+w)))
		}
	}
	// Hyphenated and dotted words also count whole ("u.s.", "jong-un").
	for _, w := range cognate.Latin(text) {
		f.wordSet = append(f.wordSet, v.id(evWord, hash(w)))
	}
	for _, k := range cognate.EnglishNameKeys(text) {
		f.nameSet = append(f.nameSet, v.id(evName, k))
	}
	f.lexSet, f.wordSet, f.nameSet = uniq(f.lexSet), uniq(f.wordSet), uniq(f.nameSet)
	f.addNumbers(v, cognate.EnglishNumbers(text))
	return f
}

// koreanFeatures extracts the features of Korean text.
func koreanFeatures(text string, lex *lexicon.Lexicon, v *vocab) *features {
	f := &features{chars: countChars(text)}
	text = capText(text)
	var keys []uint64
	for _, w := range strings.Fields(text) {
		addHangulPrefixes(f, v, w)
		keys = cognate.KoreanNameKeys(w, keys[:0])
		if len(keys) > 0 {
			tok := make([]int32, len(keys))
			for i, k := range keys {
				tok[i] = v.id(evName, k)
			}
			f.nameTokens = append(f.nameTokens, tok)
		}
		if ids := lex.Lookup(w); len(ids) > 0 {
			tok := make([]int32, len(ids))
			for i, id := range ids {
				tok[i] = v.id(evLex, uint64(id))
			}
			f.lexTokens = append(f.lexTokens, tok)
			f.lexUnion = append(f.lexUnion, tok...)
		}
	}
	f.lexUnion = uniq(f.lexUnion)
	f.hangulPrefixes = uniq(f.hangulPrefixes)
	for _, w := range cognate.Latin(text) {
		f.latin = append(f.latin, v.id(evWord, hash(w)))
	}
	f.addNumbers(v, cognate.KoreanNumbers(text))
	return f
}

// sideFeatures extracts the features of parallel lists of English and
// Korean texts, names linked across them by linkNames.
func sideFeatures(en, ko []string, lex *lexicon.Lexicon, v *vocab, names *match.Compiler) (ef, kf []*features) {
	ef = make([]*features, len(en))
	for k, t := range en {
		ef[k] = englishFeatures(t, lex, v)
	}
	kf = make([]*features, len(ko))
	for k, t := range ko {
		kf[k] = koreanFeatures(t, lex, v)
	}
	enNames, koNames := linkNames(en, ko, lex, v, names)
	for k := range ef {
		ef[k].nameSet = uniq(append(ef[k].nameSet, enNames[k]...))
	}
	for k := range kf {
		kf[k].nameTokens = append(kf[k].nameTokens, koNames[k]...)
	}
	return ef, kf
}

// addHangulPrefixes adds the prefixes of two syllables or more of the
// Hangul run that starts word w.
func addHangulPrefixes(f *features, v *vocab, w string) {
	end := 0
	n := 0
	for i, r := range w {
		if !hangulSyllable(r) {
			break
		}
		end = i + utf8.RuneLen(r)
		n++
		if n >= 2 {
			f.hangulPrefixes = append(f.hangulPrefixes, v.id(evWord, hash("\x00"+w[:end])))
		}
	}
}

func hangulSyllable(r rune) bool { return r >= 0xAC00 && r <= 0xD7A3 }
