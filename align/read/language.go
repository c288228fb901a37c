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
)

func (l Language) String() string {
	switch l {
	case English:
		return "English"
	case Korean:
		return "Korean"
	}
	return "unknown"
}

// DetectLanguage tells English from Korean by script. A Hangul syllable
// weighs as much as about two Latin letters, so a Korean news text full of
// Latin acronyms is still Korean and an English text quoting a Korean phrase
// is still English. Texts with too few letters are Unknown.
func DetectLanguage(paragraphs []string) Language {
	korean, latin := 0, 0
	for _, p := range paragraphs {
		k, l := letters(p)
		korean += k
		latin += l
	}
	h, l := 2*korean, latin
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

// letters counts the Hangul (syllables and compatibility jamo) and the
// Latin letters of s.
func letters(s string) (korean, latin int) {
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
		}
	}
	return korean, latin
}

func isHangul(r rune) bool { return hangul.IsSyllable(r) || hangul.IsCompatJamo(r) }

func isLatin(r rune) bool { return r < 0x250 && unicode.IsLetter(r) }

// Order returns the English and the Korean text of a pair given in either
// order, and whether they were given Korean first. Two texts that look like
// the same language are an error naming both files. A text whose language
// cannot be told is taken to be the one the other is not.
func Order(a, b *Text) (en, ko *Text, swapped bool, err error) {
	la, lb := DetectLanguage(a.Paragraphs), DetectLanguage(b.Paragraphs)
	switch {
	case la == lb && la != Unknown:
		return nil, nil, false, fmt.Errorf("%s and %s both look %s; give one English and one Korean file", a.Name, b.Name, la)
	case la == Korean || lb == English:
		return b, a, true, nil
	}
	return a, b, false, nil
}
