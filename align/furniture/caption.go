package furniture

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/bitext-ko/bitext/align/hangul"
)

// A photo caption is told by its credit: the agency, the photographer or
// the provider after the caption's sentence, in the layouts of English
// and Korean news sites ("… on Tuesday. [YONHAP]", "… (AFP)", "… / News1",
// "… 있다. /뉴스1", "[사진=뉴시스]", "연합뉴스", "대통령실 제공", "홍길동
// 기자"). A caption without a credit reads as text and stays text.

// Captions longer than this many sentences are text that ends with a
// credit-like tail.
const maxCaptionSentences = 3

var (
	// A reporter credited by name ("홍길동 기자"), after the progressive
	// present of a caption ("… 있다.").
	koReporterRe    = lazyRegexp(`^[\p{Hangul}]{2,4}\s*(?:기자|특파원)$`)
	koCaptionVerbRe = lazyRegexp(`(?:있다|모습|중이다|있습니다)\.["'”’]?$`)
	koCreditMarkers = []string{"사진", "제공", "취재단", "뉴스", "뉴시스", "통신", "연합", "로이터", "AFP", "AP", "EPA", "신화", "게티", "이미지", "DB", "일보", "ⓒ", "©", "@", "/"}
	// A credit alone on its line; each expression runs only on a line
	// that holds one of its hints.
	creditOnly = []struct {
		hints []string
		re    func() *regexp.Regexp // compiled on first use
	}{
		{[]string{"사진"}, lazyRegexp(`^[\[(<【/]?\s*사진\s*(?:제공\s*)?[=:／/][^\])>】]{1,30}[\])>】]?$`)},
		{[]string{"취재단"}, lazyRegexp(`^[\[(<【]?\s*(?:사진\s*)?공동\s*취재단\s*[\])>】]?$`)},
		{[]string{"제공"}, lazyRegexp(`^[\[(<【]?\s*[\p{Hangul}\p{L}\p{N} ]{1,20}\s제공\s*[\])>】]?$`)},
		{[]string{"hoto", "HOTO", "mage", "ourtesy"}, lazyRegexp(`(?i)^[\[(]?\s*(?:photo|photos|photograph|image)\s*(?:by|:|courtesy\s+of)\s+[^.]{1,40}[\])]?$`)},
		{[]string{"ourtesy"}, lazyRegexp(`(?i)^[\[(]?\s*courtesy\s+of\s+[^.]{1,40}[\])]?$`)},
		// An agency's credit alone: "연합뉴스", "AP 연합뉴스", "EPA=연합뉴스".
		{[]string{"연합뉴스", "뉴시스", "뉴스1", "게티"}, lazyRegexp(`^(?:(?:AP|AFP|EPA|UPI|로이터|신화|교도|타스|게티이미지)\s*[=/]?\s*)?(?:연합뉴스|뉴시스|뉴스1)$|^게티이미지(?:뱅크|코리아)?$`)},
	}
)

// isCaption reports a photo caption with its credit, or a credit alone;
// n is the number of words of l, ko whether it holds Hangul.
func isCaption(l string, n int, ko bool) bool {
	if n <= 10 { // "Photo by Park Su-bin / The Busan Harbor Post"
		for _, c := range creditOnly {
			if containsAnyOf(l, c.hints) && c.re().MatchString(l) {
				return true
			}
		}
	}
	if ko {
		return koreanCaption(l)
	}
	return englishCaption(l)
}

func englishCaption(l string) bool {
	last, _ := utf8.DecodeLastRuneInString(l)
	switch last {
	case ']': // "… on Tuesday. [YONHAP]", "… [Photo by Park Sang-moon]"
		i := strings.LastIndexByte(l, '[')
		if i < 0 {
			return false
		}
		c := l[i+1 : len(l)-1]
		caps := len(strings.Fields(c)) <= 6 && !strings.ContainsAny(c, "@.[") &&
			strings.IndexFunc(c, unicode.IsUpper) >= 0 && strings.IndexFunc(c, unicode.IsLower) < 0
		return (caps || creditWords(c, 8)) && endsSentence(strings.TrimSpace(l[:i])) && captionText(l[:i])
	case ')': // "… in Seoul on Tuesday. (Yonhap)"
		i := strings.LastIndexByte(l, '(')
		if i < 0 {
			return false
		}
		return creditWords(l[i+1:len(l)-1], 8) && endsSentence(strings.TrimSpace(l[:i])) && captionText(l[:i])
	}
	text, credit, ok := splitCredit(l, false)
	if !ok {
		return false
	}
	for _, mark := range []string{"/", "—", "--", "–"} {
		if strings.HasPrefix(credit, mark) { // "… on Tuesday. / News1"
			return creditWords(strings.TrimSpace(credit[len(mark):]), 4) && captionText(text)
		}
	}
	// "… Tuesday. Yonhap", "… 2024. REUTERS/Kim Hong-Ji"
	return startsUpper(credit) && !endsSentence(credit) && creditWords(credit, 7) && captionText(text)
}

// splitCredit cuts a caption after its last sentence end, into its text
// and what follows (the credit), which must not be empty. In Korean the
// period must follow a Hangul syllable or a closing bracket, so that the
// dates of a credit ("2024.3.5") are not taken for the end of a sentence.
func splitCredit(l string, korean bool) (text, credit string, ok bool) {
	for i := len(l) - 1; i > 0; i-- {
		if c := l[i]; c != '.' && c != '!' && c != '?' {
			continue
		}
		if korean {
			if prev, _ := utf8.DecodeLastRuneInString(l[:i]); !hangul.IsSyllable(prev) && prev != ')' {
				continue
			}
		}
		j := i + 1
		for j < len(l) {
			r, size := utf8.DecodeRuneInString(l[j:])
			if !strings.ContainsRune("\"'”’", r) {
				break
			}
			j += size
		}
		credit = strings.TrimSpace(l[j:])
		if credit == "" {
			return "", "", false
		}
		if r, _ := utf8.DecodeRuneInString(l[j:]); !korean && !unicode.IsSpace(r) && !strings.ContainsRune("/—–-", r) {
			continue // "U.S.A" or "3.5": no sentence end
		}
		return l[:j], credit, true
	}
	return "", "", false
}

// captionText reports the text of a caption: one to three sentences.
func captionText(s string) bool {
	s = strings.TrimSpace(s)
	return words(s, 3) >= 3 && sentences(s, maxCaptionSentences+1) <= maxCaptionSentences
}

// creditWords reports a credit of at most max words that names a photo
// source ("AFP", "Yonhap", "Courtesy of …", "Korea Herald photo").
func creditWords(c string, max int) bool {
	ws := strings.FieldsFunc(c, func(r rune) bool { return unicode.IsSpace(r) || r == '/' || r == ',' })
	if len(ws) == 0 || len(ws) > max || strings.ContainsAny(c, ".!?") && !strings.Contains(c, "Photo") {
		return false
	}
	for _, w := range ws {
		if captionCredits[lower(strings.Trim(w, ".'&-:"))] {
			return true
		}
	}
	return false
}

func koreanCaption(l string) bool {
	if rest, ok := StripDateline(l); ok {
		l = rest
	}
	text, credit, ok := splitCredit(l, true)
	if !ok || len(strings.Fields(credit)) > 8 || utf8.RuneCountInString(credit) > 60 || endsSentence(credit) {
		return false
	}
	if koReporterRe().MatchString(credit) {
		if !koCaptionVerbRe().MatchString(text) {
			return false
		}
	} else if !containsAnyOf(credit, koCreditMarkers) {
		return false
	}
	return words(text, 3) >= 3 && sentences(text, maxCaptionSentences+1) <= maxCaptionSentences
}

// lazyRegexp returns a function that compiles pattern the first time it is
// called. Every expression of the package is one: most run only on lines
// that hold their hints or on pages of some kind, and compiling them all at
// package init (large Unicode classes, case folding) cost a one-line pair
// about 7 million instructions more than compiling the few it needs.
func lazyRegexp(pattern string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(pattern) })
}
