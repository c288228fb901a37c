package furniture

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bitext-ko/bitext/align/hangul"
)

// Wire datelines open the lead of agency copy and of the papers that run
// it; they are furniture inside a body line, so they are stripped rather
// than judged.
var (
	// "(서울=뉴스1) 김서연 기자 = ", "[세종=뉴시스]김서연 기자 = ",
	// "(워싱턴=연합뉴스) 이상헌 특파원 = ", "【서울=뉴시스】": a place and
	// an agency joined by "=" in brackets, then the reporters and "=".
	koWireRe = lazyRegexp(`^\s*[(\[【<]\s*[\p{Hangul}A-Za-z·ㆍ ]{1,15}\s*=\s*[^)\]】>=]{1,20}[)\]】>]\s*` +
		`(?:(?:[\p{Hangul}]{2,4}(?:[\s·ㆍ,]+[\p{Hangul}]{2,4})*\s*(?:선임기자|인턴기자|객원기자|기자들|기자|특파원|통신원)\s*[,·]?\s*)+=\s*|=\s*)?`)
	// "[이데일리 김서연 기자] ", "[헤럴드경제=김서연 기자] ", "【서울=김서연
	// 기자】": the outlet and the reporter in brackets.
	koReporterTagRe = lazyRegexp(`^\s*[\[【<]\s*[^\]】>]{0,20}(?:기자|특파원)\s*[\]】>]\s*`)
	// "[파이낸셜뉴스] ", "[서울경제] ": the outlet's name in brackets.
	koOutletTagRe = lazyRegexp(`^\s*[\[【]\s*[\p{Hangul}A-Za-z0-9]{1,10}(?:뉴스|경제|일보|신문|데일리|투데이|타임즈|타임스|통신|방송|닷컴)\s*[\]】]\s*`)
	// "홍길동 기자 = ": a reporter and "=" alone.
	koReporterEqRe = lazyRegexp(`^\s*[\p{Hangul}]{2,4}\s*(?:기자|특파원)\s*=\s*`)
	// "SEOUL, Jan. 8 (Yonhap) -- ", "WASHINGTON (AP) — ", "LONDON, March 3
	// (Reuters) - ", "SEOUL -- ": a place in capitals, a date, an agency in
	// parentheses, and a dash.
	enWireRe = lazyRegexp(`^\s*(\p{Lu}[\p{Lu}.'/-]{1,}(?:[ ,]+\p{Lu}[\p{Lu}.'/-]+)*)` +
		`(,\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?` +
		`(\s*\([\p{L}][\p{L}\p{N} .&'/-]{1,30}\))?` +
		`\s*(--|—|–|-)\s+`)
)

// StripDateline returns line without the wire dateline that opens it, and
// whether there was one: Korean "(서울=뉴스1) 김서연 기자 = ", "[세종=뉴시스]
// 김서연 기자 = ", "(서울=연합뉴스) 홍길동 특파원 = ", "[이데일리 김서연
// 기자] ", and English "SEOUL, Jan. 8 (Yonhap) -- ", "WASHINGTON (AP) — ".
// An English dateline needs an agency or a date; without them, a place of
// four capitals or more, a double or long dash and a capital after it
// ("SEOUL -- South Korea's …"). Call it on the lead
// (the first body line): further down, a line that starts "NATO — " is
// text.
func StripDateline(line string) (rest string, ok bool) {
	first, _ := utf8.DecodeRuneInString(strings.TrimLeft(line, " \t"))
	var res []*regexp.Regexp
	switch {
	case strings.ContainsRune("([【<", first):
		res = []*regexp.Regexp{koWireRe(), koReporterTagRe(), koOutletTagRe()}
	case hangul.IsSyllable(first):
		if i := strings.IndexByte(line, '='); i < 0 || i > 40 {
			return line, false
		}
		res = []*regexp.Regexp{koReporterEqRe()}
	case first < 'A' || first > 'Z':
		return line, false
	}
	for _, re := range res {
		if loc := re.FindStringIndex(line); loc != nil && strings.TrimSpace(line[loc[1]:]) != "" {
			return line[loc[1]:], true
		}
	}
	if first < 'A' || first > 'Z' {
		return line, false
	}
	if m := enWireRe().FindStringSubmatchIndex(line); m != nil {
		place := line[m[2]:m[3]]
		hasDate, hasAgency := m[4] >= 0, m[6] >= 0
		dash := line[m[8]:m[9]]
		letters := 0
		for _, r := range place {
			if r >= 'A' && r <= 'Z' {
				letters++
			}
		}
		rest := line[m[1]:]
		first, _ := utf8.DecodeRuneInString(rest)
		bare := !hasDate && !hasAgency
		switch {
		case letters < 3 || strings.TrimSpace(rest) == "":
		case !bare:
			return rest, true
		case (dash == "--" || dash == "—") && letters >= 4 && (unicode.IsUpper(first) || unicode.IsDigit(first)):
			return rest, true
		}
	}
	return line, false
}
