package match

import (
	"strings"
	"unicode"
)

// letterNames are the Korean names of the Latin letters, as acronyms are
// read out in Korean (UN 유엔, CIA 시아이에이).
var letterNames = [26]string{
	"에이", "비", "시", "디", "이", "에프", "지", "에이치", "아이", "제이", "케이", "엘", "엠",
	"엔", "오", "피", "큐", "아르", "에스", "티", "유", "브이", "더블유", "엑스", "와이", "제트",
}

// acronymReading returns the Korean reading of s if every word of s is an
// acronym of one to six capital letters (two or more when it is the only
// word), dots and hyphens allowed ("A.S.", "U-N"), else "".
func acronymReading(s string) string {
	// Any other letter or mark (a name in lower case, nearly every one)
	// rules it out before the words are split.
	for _, r := range s {
		if !acronymRune(r) && !unicode.IsSpace(r) {
			return ""
		}
	}
	words := strings.Fields(s)
	if len(words) == 0 {
		return ""
	}
	var b strings.Builder
	for _, w := range words {
		n := 0 // capital letters; the rest are dots and hyphens
		for _, r := range w {
			if r >= 'A' && r <= 'Z' {
				n++
			}
		}
		if n < 1 || n > 6 || (len(words) == 1 && n < 2) {
			return ""
		}
		for _, r := range w {
			if r >= 'A' && r <= 'Z' {
				b.WriteString(letterNames[r-'A'])
			}
		}
	}
	return b.String()
}

// acronymRune reports whether r may be part of an acronym: a capital
// letter, a dot or a hyphen.
func acronymRune(r rune) bool { return r >= 'A' && r <= 'Z' || r == '.' || r == '-' }

// hangulSimilarity is 1 minus the edit distance between two Hangul strings
// (in syllables) over the longer length.
func hangulSimilarity(a, b string) float64 {
	if a == b {
		return 1
	}
	ra, rb := []rune(a), []rune(b)
	if len(ra) == 0 || len(rb) == 0 || len(ra) > 64 || len(rb) > 64 {
		return 0
	}
	// Two rows, swapped rather than copied.
	var r0, r1 [65]int
	prev, cur := r0[:len(rb)+1], r1[:len(rb)+1]
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
		prev, cur = cur, prev
	}
	d := prev[len(rb)]
	s := 1 - float64(d)/float64(max(len(ra), len(rb)))
	if s < 0 {
		return 0
	}
	return s
}
