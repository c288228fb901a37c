package korean

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/bitext-ko/bitext/align/hangul"
)

//go:embed sino.txt
var sinoTxt string

// sino is the set of Sino-Korean syllables (sino.txt), built once.
var sino = sync.OnceValue(func() map[rune]bool {
	m := map[rune]bool{}
	for _, line := range strings.Split(sinoTxt, "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		for _, w := range strings.Fields(line) {
			for _, r := range w {
				m[r] = true
			}
		}
	}
	return m
})

// SinoSyllable reports whether a Hangul syllable is the Korean reading of
// some Han character (sino.txt, from Unihan): 정 and 은 are, 덴 and 싱 are
// not. Korean given names are made of such syllables, with few exceptions
// (native names such as 하늘).
func SinoSyllable(r rune) bool { return sino()[r] }

// SinoName reports whether every syllable of s is Sino-Korean, and s has
// one at least.
func SinoName(s string) bool {
	n := 0
	for _, r := range s {
		if !hangul.IsSyllable(r) || !SinoSyllable(r) {
			return false
		}
		n++
	}
	return n > 0
}
