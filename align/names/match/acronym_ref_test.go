package match

import (
	"strings"
	"testing"
)

// hangulSimilarityRef is hangulSimilarity as first written, copying the
// row at each step: the reference for the version that swaps two.
func hangulSimilarityRef(a, b string) float64 {
	if a == b {
		return 1
	}
	ra, rb := []rune(a), []rune(b)
	if len(ra) == 0 || len(rb) == 0 || len(ra) > 64 || len(rb) > 64 {
		return 0
	}
	var prev, cur [65]int
	for j := range rb {
		prev[j+1] = j + 1
	}
	for i := range ra {
		cur[0] = i + 1
		for j := range rb {
			c := prev[j]
			if ra[i] != rb[j] {
				c++
			}
			c = min(c, prev[j+1]+1, cur[j]+1)
			cur[j+1] = c
		}
		prev = cur
	}
	d := prev[len(rb)]
	s := 1 - float64(d)/float64(max(len(ra), len(rb)))
	if s < 0 {
		return 0
	}
	return s
}

// TestHangulSimilarityMatchesReference holds hangulSimilarity to the
// reference for acronyms' readings against Hangul names, each other and
// themselves, empty and over 64 syllables long.
func TestHangulSimilarityMatchesReference(t *testing.T) {
	_, ko := niklNames(t, 300)
	words := append([]string{"", "유엔", "시아이에이", "에프비아이", strings.Repeat("가", 64), strings.Repeat("가", 65), "a", "유엔a"}, ko...)
	for _, a := range []string{"CIA", "UN", "FBI", "NATO", "IMF", "UNESCO", "A.S.", "U-N", "NASA ESA"} {
		words = append(words, acronymReading(a))
	}
	for _, a := range words {
		for _, b := range words[:40] {
			if got, want := hangulSimilarity(a, b), hangulSimilarityRef(a, b); got != want {
				t.Errorf("hangulSimilarity(%q, %q) = %v, want %v", a, b, got, want)
			}
			if got, want := hangulSimilarity(b, a), hangulSimilarityRef(b, a); got != want {
				t.Errorf("hangulSimilarity(%q, %q) = %v, want %v", b, a, got, want)
			}
		}
	}
}
