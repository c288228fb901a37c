package cognate

import (
	"strings"
	"unicode"
	"unicode/utf8"

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
	for f := range strings.FieldsSeq(s) {
		w := strings.TrimFunc(f, notLetter)
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if first, _ := utf8.DecodeRuneInString(w); w == "" || !unicode.IsUpper(first) || isAllUpper(w) {
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

func notLetter(r rune) bool { return !unicode.IsLetter(r) }

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
	// ends[n] is where the prefix of n+1 syllables ends in word, the
	// prefixes being those of the first Hangul run, of up to 8 syllables.
	var ends [8]int
	start, n := -1, 0
	for i, r := range word {
		if !hangul.IsSyllable(r) {
			if start >= 0 {
				break
			}
			continue
		}
		if start < 0 {
			start = i
		}
		ends[n] = i + utf8.RuneLen(r)
		n++
		if n == len(ends) {
			break
		}
	}
	seen := ""
	for ; n >= 2; n-- {
		sk := skeleton.Hangul(word[start:ends[n-1]])
		if sk == seen {
			continue
		}
		seen = sk
		dst = skeleton.EditKeys(sk, dst)
	}
	return dst
}
