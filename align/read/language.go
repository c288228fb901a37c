package read

import (
	"fmt"
	"unicode"
	"unicode/utf8"

	"github.com/bitext-ko/bitext/align/hangul"
)

// Language is what the script of a text says it is written in.
type Language int

const (
	Unknown Language = iota
	English          // Latin script
	Korean           // Hangul
	Other            // most letters in another script (Han, kana, Cyrillic …)
)

func (l Language) String() string {
	switch l {
	case English:
		return "English"
	case Korean:
		return "Korean"
	case Other:
		return "neither English nor Korean"
	}
	return "unknown"
}

// DetectLanguage tells English from Korean by script. A Hangul syllable
// weighs as much as about two Latin letters, so a Korean news text full of
// Latin acronyms is still Korean and an English text quoting a Korean phrase
// is still English. A text whose letters are mostly (60% or more, a Han
// character or kana weighing as a Hangul syllable) in another script, a
// Chinese, Japanese or Russian text, is Other: a Korean text's few Hanja
// (北, 美) leave it Korean. Texts with too few letters are Unknown.
func DetectLanguage(paragraphs []string) Language {
	korean, latin, other := 0, 0, 0
	for _, p := range paragraphs {
		k, l, o := letters(p)
		korean += k
		latin += l
		other += o
	}
	h, l := 2*korean, latin
	if other*10 >= (h+l+other)*6 && other >= 4 {
		return Other
	}
	if h+l < 4 {
		return Unknown
	}
	switch {
	case h*10 >= (h+l)*4:
		return Korean
	case h*10 <= (h+l)*2:
		return English
	}
	return Unknown
}

// letters counts the Hangul (syllables and compatibility jamo), the Latin
// letters and the other letters of s, a Han character or kana counting two
// of those (see otherWeight).
func letters(s string) (korean, latin, other int) {
	for i := 0; i < len(s); {
		if c := s[i] | 0x20; s[i] < utf8.RuneSelf { // ASCII: its letters are a-z and A-Z
			if c >= 'a' && c <= 'z' {
				latin++
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case isHangul(r):
			korean++
		case isLatin(r):
			latin++
		case unicode.IsLetter(r):
			other += otherWeight(r)
		}
	}
	return korean, latin, other
}

// otherWeight is what a letter neither Hangul nor Latin weighs in
// DetectLanguage: two for a Han character or kana, which carry about as
// much as a Hangul syllable, one for any other (Cyrillic, Greek …).
func otherWeight(r rune) int {
	if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) {
		return 2
	}
	return 1
}

func isHangul(r rune) bool { return hangul.IsSyllable(r) || hangul.IsCompatJamo(r) }

func isLatin(r rune) bool { return r < 0x250 && unicode.IsLetter(r) }

// Order returns the English and the Korean text of a pair given in either
// order, and whether they were given Korean first. Two texts that look like
// the same language are an error naming both files, and so is a text in
// another language (Other). A text whose language cannot be told is taken
// to be the one the other is not.
func Order(a, b *Text) (en, ko *Text, swapped bool, err error) {
	la, lb := DetectLanguage(a.Paragraphs), DetectLanguage(b.Paragraphs)
	for _, t := range []struct {
		t *Text
		l Language
	}{{a, la}, {b, lb}} {
		if t.l == Other {
			return nil, nil, false, fmt.Errorf("%s looks %s (most of its letters are in another script); give one English and one Korean file", t.t.Name, t.l)
		}
	}
	switch {
	case la == lb && la != Unknown:
		return nil, nil, false, fmt.Errorf("%s and %s both look %s; give one English and one Korean file", a.Name, b.Name, la)
	case la == Korean || lb == English:
		return b, a, true, nil
	}
	return a, b, false, nil
}
