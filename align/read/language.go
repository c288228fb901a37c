package read

import (
	"fmt"
	"unicode"

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
		for _, r := range p {
			switch {
			case hangul.IsSyllable(r), hangul.IsCompatJamo(r):
				korean++
			case r < 0x250 && unicode.IsLetter(r):
				latin++
			}
		}
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
