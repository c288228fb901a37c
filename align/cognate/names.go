package cognate

import (
	"strings"
	"unicode"

	"github.com/bitext-ko/bitext/align/hangul"
	"github.com/bitext-ko/bitext/align/names/skeleton"
)

// Name cognates: transliterated names found in running text by their whole
// consonant skeletons (package align/names/skeleton), reduced to the keys
// of skeleton.EditKeys so that two spellings within one edit meet.

// EnglishNameKeys returns the skeleton keys of the capitalized words of an
// English text, alone and as runs of up to three ("Kim Jong-un" as one name
// for 김정은).
func EnglishNameKeys(s string) []uint64 {
	var keys []uint64
	var run []string
	flush := func() {
		for i := range run {
			for n := 1; n <= 3 && i+n <= len(run); n++ {
				keys = skeleton.EditKeys(skeleton.Latin(strings.Join(run[i:i+n], " ")), keys)
			}
		}
		run = run[:0]
	}
	for _, f := range strings.Fields(s) {
		w := strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) })
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if w == "" || !unicode.IsUpper([]rune(w)[0]) || isAllUpper(w) {
			flush()
			continue
		}
		run = append(run, w)
		if strings.ContainsAny(f[len(f)-1:], ".,;:!?)\"”") {
			flush()
		}
	}
	flush()
	return keys
}

func isAllUpper(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		n++
	}
	return n > 1
}

// KoreanNameKeys returns, for one Korean word, the skeleton keys of each of
// its Hangul prefixes of two syllables or more, so that particles and
// titles after a name do not hide it (폼페이오는 → 폼페이오).
func KoreanNameKeys(word string, dst []uint64) []uint64 {
	var rs []rune
	for _, r := range word {
		if !hangul.IsSyllable(r) {
			if len(rs) > 0 {
				break
			}
			continue
		}
		rs = append(rs, r)
		if len(rs) == 8 {
			break
		}
	}
	seen := ""
	for n := len(rs); n >= 2; n-- {
		sk := skeleton.Hangul(string(rs[:n]))
		if sk == seen {
			continue
		}
		seen = sk
		dst = skeleton.EditKeys(sk, dst)
	}
	return dst
}
