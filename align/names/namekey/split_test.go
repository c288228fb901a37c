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

// splitSyllablesRef is splitSyllables as first written: a search that
// reads the syllables at a place again for every way of reaching it.
// TestSplitSyllables holds the remembering search to it.
func splitSyllablesRef(w string) []string {
	lw := strings.ToLower(mr.Plain(w))
	if len(lw) == 0 || len(lw) > 24 {
		return nil
	}
	for _, c := range lw {
		if c < 'a' || c > 'z' {
			return nil
		}
	}
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
	var out []string
	orig := []rune(w)
	letters, start, ci := 0, 0, 0
	for i, r := range orig {
		if mr.Plain(string(r)) != "" {
			letters++
		}
		if ci < len(best) && letters == best[ci] {
			out = append(out, string(orig[start:i+1]))
			start = i + 1
			ci++
		}
	}
	if start < len(orig) && len(out) > 0 {
		out[len(out)-1] += string(orig[start:])
	}
	return out
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

// TestSplitSyllables compares splitSyllables with the reference on names
// and on every word of the English side of the development corpus.
func TestSplitSyllables(t *testing.T) {
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
		if got, want := splitSyllables(w), splitSyllablesRef(w); !slices.Equal(got, want) {
			t.Fatalf("splitSyllables(%q) = %q, want %q", w, got, want)
		}
	}
}
