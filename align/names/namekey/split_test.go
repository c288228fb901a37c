package namekey

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/bitext-ko/bitext/align/names/mr"
)

// syllableCutsRef is syllableCuts as first written: a search that reads
// the syllables at a place again for every way of reaching it.
// TestSyllableCuts holds the remembering search to it.
func syllableCutsRef(lw string) []int {
	var best []int
	var rec func(pos int, cuts []int) bool
	rec = func(pos int, cuts []int) bool {
		if pos == len(lw) {
			best = append([]int(nil), cuts...)
			return true
		}
		if len(cuts) >= 4 {
			return false
		}
		for _, l := range syllableLengthsRef(lw[pos:]) {
			if rec(pos+l, append(cuts, pos+l)) {
				return true
			}
		}
		return false
	}
	if !rec(0, nil) {
		return nil
	}
	return best
}

// syllableLengthsRef is the lengths of the syllables s can start with,
// longest first, as first written.
func syllableLengthsRef(s string) []int {
	var out []int
	seen := map[int]bool{}
	for _, in := range sylInitials {
		if !strings.HasPrefix(s, in) {
			continue
		}
		for _, v := range sylVowels {
			if !strings.HasPrefix(s[len(in):], v) {
				continue
			}
			for _, f := range sylFinals {
				if rest := s[len(in)+len(v):]; strings.HasPrefix(rest, f) && !seen[len(in)+len(v)+len(f)] {
					seen[len(in)+len(v)+len(f)] = true
					out = append(out, len(in)+len(v)+len(f))
				}
			}
		}
	}
	slices.SortStableFunc(out, func(a, b int) int { return b - a })
	return out
}

// TestSyllableCuts compares syllableCuts with the reference on names and
// on every word of the English side of the development corpus, as
// splitSyllables gives them.
func TestSyllableCuts(t *testing.T) {
	words := []string{"", "a", "Jongun", "Eunhee", "Chŏngŭn", "Jong'un", "Washington", "Seoul", "Kkkk",
		"Yeoyeoyeoyeo", "Gangnamgangnamgangnamgang", "Pyongyang", "Sŏk", "ngangngang", "aeaeaeaeae"}
	paths, _ := filepath.Glob("../../../../shared/corpus/dev/*/*.en.txt")
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		words = append(words, strings.FieldsFunc(string(b), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })...)
	}
	for _, w := range words {
		lw := strings.ToLower(mr.Plain(w))
		if len(lw) == 0 || len(lw) > maxGivenLetters || strings.ContainsFunc(lw, func(r rune) bool { return r < 'a' || r > 'z' }) {
			continue
		}
		cuts, n := syllableCuts(lw)
		if got, want := cuts[:n], syllableCutsRef(lw); !slices.Equal(got, want) || (n == 0) != (want == nil) {
			t.Fatalf("syllableCuts(%q) = %v, want %v", lw, got, want)
		}
	}
}

// TestSyllableTables holds the sizes worked out from sylInitials,
// sylVowels and sylFinals to the tables: maxSyllableLen is the longest
// syllable they spell, a length syllableLengthSet can set as a bit of a
// uint16, and maxStarts holds the spellings of any part that start with
// one letter.
func TestSyllableTables(t *testing.T) {
	longest := 0
	for _, in := range sylInitials {
		for _, v := range sylVowels {
			for _, f := range sylFinals {
				longest = max(longest, len(in+v+f))
			}
		}
	}
	if maxSyllableLen != longest {
		t.Errorf("maxSyllableLen = %d, the longest syllable of the tables is %d", maxSyllableLen, longest)
	}
	if maxSyllableLen >= 16 {
		t.Errorf("maxSyllableLen = %d: no bit of a uint16", maxSyllableLen)
	}
	for i, part := range [][]string{sylInitials, sylVowels, sylFinals} {
		starts := map[byte]int{}
		empty := 0
		for _, p := range part {
			if p == "" {
				empty = 1
			} else {
				starts[p[0]]++
			}
		}
		for c, n := range starts {
			if n+empty > maxStarts {
				t.Errorf("part %d: %d spellings start with %q, more than maxStarts = %d", i, n+empty, c, maxStarts)
			}
		}
	}
}
