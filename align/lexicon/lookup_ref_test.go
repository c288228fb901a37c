package lexicon

import (
	"github.com/bitext-ko/bitext/align/internal/fnv1a"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/bitext-ko/bitext/align/hangul"
)

// lookupRef is Lookup as first written, trimming the word, gathering its
// syllables into runes and building each key it looks up: the reference
// for the Lookup that slices the keys out of the word and hashes them in
// one pass.
func (l *Lexicon) lookupRef(w string) []uint32 {
	w = strings.TrimFunc(w, func(r rune) bool { return !hangul.IsSyllable(r) })
	if w == "" || (l.ids == nil && l.tab == nil) {
		return nil
	}
	var buf [8]rune
	rs := buf[:0]
	for _, r := range w {
		if !hangul.IsSyllable(r) || len(rs) == len(buf) {
			break
		}
		rs = append(rs, r)
	}
	max := len(rs)
	if max > l.maxLen {
		max = l.maxLen
	}
	var kb [32]byte
	for n := max; n >= 2; n-- {
		key := kb[:0]
		for _, r := range rs[:n] {
			key = utf8.AppendRune(key, r)
		}
		if e, ok := l.entryOf(string(key), fnv1a.String32(string(key))); ok {
			return e.ids
		}
	}
	if len(rs) > 1 && verbal[rs[1]] {
		if ids := l.lookupShort(rs); ids != nil {
			return ids
		}
	}
	if len(rs) == 1 && notAlone[rs[0]] {
		return nil
	}
	if len(rs) == 1 || particles[string(rs[1:])] {
		if e, ok := l.entryOf(string(rs[0]), fnv1a.String32(string(rs[0]))); ok {
			return e.ids
		}
	}
	return l.lookupShort(rs)
}

// TestLookupMatchesRef holds Lookup to lookupRef, in the embedded index
// and in maps, on the words of the shared corpus's Korean texts (when it
// is there) and on the lexicon's own keys with particles, endings,
// punctuation, jamo and broken UTF-8 around them.
func TestLookupMatchesRef(t *testing.T) {
	words := []string{"", "a", "“", "ㅋㅋ", "\xff", "\xea\xb0", "가\xea\xb0", "(정부는)", "“회담은”", "a정부", "정부a는",
		"손", "손에", "손님", "안", "안에", "팔았다", "갔다", "가", "대한민국대한민국대한민국", "北정부"}
	for _, k := range Default().tab.keys() {
		for _, w := range []string{k, k + "는", k + "에서는", "“" + k + "”", k + "ㅋ", k + "a", k[:len(k)-1]} {
			words = append(words, w)
		}
	}
	words = append(words, devWords(t, "ko")...)
	maps := Default().Clone()
	for _, l := range []*Lexicon{Default(), maps, New()} {
		for _, w := range words {
			if got, want := l.Lookup(w), l.lookupRef(w); !slices.Equal(got, want) {
				t.Fatalf("Lookup(%q) = %v, reference %v", w, got, want)
			}
		}
	}
}

// keys returns the Korean keys of the index.
func (t *table) keys() []string {
	ks := make([]string, t.nKeys)
	for i := range ks {
		ks[i] = t.key(i)
	}
	return ks
}
