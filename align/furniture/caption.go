package furniture

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
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
	// English: the caption's sentences, then the credit.
	enBracketCreditRe = regexp.MustCompile(`^(.*[.!?]["'”’]?)\s*\[([^\[\]]{2,60})\]$`)
	enParenCreditRe   = regexp.MustCompile(`^(.*[.!?]["'”’]?)\s*\(([^()]{2,60})\)$`)
	enSlashCreditRe   = regexp.MustCompile(`^(.*[.!?]["'”’]?)\s*(?:/|—|--|–)\s*(\p{Lu}[\p{L}\p{N} .&'/-]{1,40})$`)
	enPlainCreditRe   = regexp.MustCompile(`^(.*[.!?]["'”’]?)\s+(\p{Lu}[\p{L}\p{N} .&'/-]{1,60})$`)
	// Korean: the caption's sentences end at the last Hangul syllable (or
	// closing bracket) before a period; the credit follows.
	koCaptionRe = regexp.MustCompile(`^(.*[\p{Hangul})][.!?]["'”’]?)\s*(\S.*)$`)
	// A reporter credited by name ("홍길동 기자"), after the progressive
	// present of a caption ("… 있다.").
	koReporterRe    = regexp.MustCompile(`^[\p{Hangul}]{2,4}\s*(?:기자|특파원)$`)
	koCaptionVerbRe = regexp.MustCompile(`(?:있다|모습|중이다|있습니다)\.["'”’]?$`)
	koCreditMarkers = []string{"사진", "제공", "취재단", "뉴스", "뉴시스", "통신", "연합", "로이터", "AFP", "AP", "EPA", "신화", "게티", "이미지", "ⓒ", "©", "@", "/"}
	creditOnlyRes   = []*regexp.Regexp{
		regexp.MustCompile(`^[\[(<【]?\s*사진\s*[=:／/][^\])>】]{1,30}[\])>】]?$`),
		regexp.MustCompile(`^[\[(<【]?\s*(?:사진\s*)?공동\s*취재단\s*[\])>】]?$`),
		regexp.MustCompile(`^[\[(<【]?\s*[\p{Hangul}\p{L}\p{N} ]{1,20}\s제공\s*[\])>】]?$`),
		regexp.MustCompile(`(?i)^[\[(]?\s*(?:photo|photos|photograph|image)\s*(?:by|:|courtesy\s+of)\s+[^.]{1,40}[\])]?$`),
		regexp.MustCompile(`(?i)^[\[(]?\s*courtesy\s+of\s+[^.]{1,40}[\])]?$`),
	}
)

// isCaption reports a photo caption with its credit, or a credit alone.
func isCaption(l string) bool {
	for _, re := range creditOnlyRes {
		if re.MatchString(l) {
			return true
		}
	}
	if hasHangul(l) {
		return koreanCaption(l)
	}
	return englishCaption(l)
}

func englishCaption(l string) bool {
	if m := enBracketCreditRe.FindStringSubmatch(l); m != nil {
		c := m[2]
		return captionText(m[1]) && len(strings.Fields(c)) <= 6 && !strings.ContainsAny(c, "@.") &&
			strings.IndexFunc(c, unicode.IsUpper) >= 0 && strings.IndexFunc(c, unicode.IsLower) < 0
	}
	if m := enParenCreditRe.FindStringSubmatch(l); m != nil {
		return captionText(m[1]) && creditWords(m[2], 8)
	}
	if m := enSlashCreditRe.FindStringSubmatch(l); m != nil {
		return captionText(m[1]) && creditWords(m[2], 4)
	}
	if m := enPlainCreditRe.FindStringSubmatch(l); m != nil {
		return captionText(m[1]) && creditWords(m[2], 7) && !endsSentence(m[2])
	}
	return false
}

// captionText reports the text of a caption: one to three sentences.
func captionText(s string) bool {
	s = strings.TrimSpace(s)
	return len(strings.Fields(s)) >= 3 && sentences(s) <= maxCaptionSentences
}

// creditWords reports a credit of at most max words that names a photo
// source ("AFP", "Yonhap", "Courtesy of …", "Korea Herald photo").
func creditWords(c string, max int) bool {
	ws := strings.FieldsFunc(c, func(r rune) bool { return unicode.IsSpace(r) || r == '/' || r == ',' })
	if len(ws) == 0 || len(ws) > max || strings.ContainsAny(c, ".!?") && !strings.Contains(c, "Photo") {
		return false
	}
	for _, w := range ws {
		if captionCredits[strings.ToLower(strings.Trim(w, ".'&-"))] {
			return true
		}
	}
	return false
}

func koreanCaption(l string) bool {
	if rest, ok := StripDateline(l); ok {
		l = rest
	}
	m := koCaptionRe.FindStringSubmatch(l)
	if m == nil {
		return false
	}
	text, credit := strings.TrimSpace(m[1]), strings.TrimSpace(m[2])
	if !hasHangul(text) || len(strings.Fields(text)) < 3 || sentences(text) > maxCaptionSentences {
		return false
	}
	if len(strings.Fields(credit)) > 8 || utf8.RuneCountInString(credit) > 60 || endsSentence(credit) || koCaptionRe.MatchString(credit) {
		return false
	}
	if koReporterRe.MatchString(credit) {
		return koCaptionVerbRe.MatchString(text)
	}
	return containsAnyOf(credit, koCreditMarkers)
}
