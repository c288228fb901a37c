// Package furniture finds the page furniture around a news article: the
// posting and modification dates, share and print buttons, bylines with
// e-mail addresses, copyright lines, "most viewed" boxes, link captions and
// photo captions that a page repeats.
//
// Detection goes by the shape of a line, not by a list of known strings, so
// it carries over from one outlet's layout to another's (Hankyoreh, Yonhap,
// JoongAng, Korea Herald, Dong-A, Chosun, KBS): a line is furniture when
// dates and times make up most of it, when it is a short line carrying an
// e-mail address, a copyright mark or a journalist's title, when it is made
// mostly of interface words (share, print, font size, subscribe, click, and
// their Korean equivalents), when it starts with a link arrow, when it
// repeats the line before it, or when it is one of the short unpunctuated
// lines that trail the body. The small word sets used for interface words
// and datelines are the vocabulary of page layouts, not of any one site.
//
// Detection is line by line; a paragraph is furniture when all its lines
// are. Body paragraphs keep their furniture lines in the original text but
// not in the text that is aligned.
package furniture

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Reason says why a line is furniture.
type Reason string

// Reasons a line is furniture.
const (
	Body      Reason = ""
	Dateline  Reason = "dateline"
	Byline    Reason = "byline"
	Copyright Reason = "copyright"
	Interface Reason = "interface"
	Link      Reason = "link"
	Repeat    Reason = "repeat"
	Trailer   Reason = "trailer"

	// bareDate is a line of dates and times without a label such as
	// "Posted" or a time zone; it is furniture only at the edges.
	bareDate Reason = "bare date"
)

// edge is how many paragraphs at each end count as the edges of a page.
const edge = 3

// Paragraph is the verdict on one paragraph.
type Paragraph struct {
	// Lines holds one reason per line of the paragraph; Body for text.
	Lines []Reason
	// Furniture is true when every line is furniture.
	Furniture bool
}

// Reason returns the reason of the first furniture line, or Body.
func (p Paragraph) Reason() Reason {
	for _, r := range p.Lines {
		if r != Body {
			return r
		}
	}
	return Body
}

// Detect judges each paragraph (lines separated by "\n").
func Detect(paragraphs []string) []Paragraph {
	out := make([]Paragraph, len(paragraphs))
	prev := "" // the last line with words
	for i, p := range paragraphs {
		lines := strings.Split(p, "\n")
		v := Paragraph{Lines: make([]Reason, len(lines)), Furniture: true}
		for j, l := range lines {
			words := strings.TrimSpace(l) != ""
			r := Line(l)
			if r == bareDate {
				r = Body
				if i < edge || i >= len(paragraphs)-edge {
					r = Dateline
				}
			}
			if r == Body && words && sameWords(l, prev) {
				r = Repeat
			}
			if words {
				prev = l
			}
			v.Lines[j] = r
			if r == Body {
				v.Furniture = false
			}
		}
		out[i] = v
	}
	markTrailer(paragraphs, out)
	return out
}

// markTrailer marks the short unpunctuated lines after the last body
// paragraph ("Most viewed articles", "Related stories").
func markTrailer(paragraphs []string, out []Paragraph) {
	for i := len(paragraphs) - 1; i > 0; i-- {
		if out[i].Furniture {
			continue
		}
		lines := strings.Split(paragraphs[i], "\n")
		if len(lines) != 1 || !trailerShape(lines[0]) {
			return
		}
		out[i].Lines[0] = Trailer
		out[i].Furniture = true
	}
}

func trailerShape(l string) bool {
	l = strings.TrimSpace(l)
	if utf8.RuneCountInString(l) > 60 || len(strings.Fields(l)) > 6 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(l)
	return !strings.ContainsRune(".?!。…\"'”’)", last)
}

// Line judges one line on its own.
func Line(l string) Reason {
	l = strings.TrimSpace(l)
	if l == "" {
		return Body
	}
	if len(l) > maxFurnitureBytes || countFields(l, maxFurnitureWords+1) > maxFurnitureWords {
		// Too long to be furniture; neither split nor searched, so that
		// a line of any length costs next to nothing here.
		return Body
	}
	words := strings.Fields(l)
	n := len(words)
	switch {
	case n <= 16 && isDateline(words):
		if !hasDateLabel(words) {
			return bareDate
		}
		return Dateline
	case n <= 25 && copyrightRe.MatchString(l):
		return Copyright
	case n <= 12 && emailRe.MatchString(l):
		return Byline
	case n <= 8 && isByline(words):
		return Byline
	case n <= 15 && startsWithArrow(l):
		return Link
	case n <= 14 && isInterface(words):
		return Interface
	}
	return Body
}

var (
	emailRe     = regexp.MustCompile(`[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}.\-]+\.[\p{L}]{2,}`)
	copyrightRe = regexp.MustCompile(`(?i)[©ⓒ]|\(c\)\s*\d{4}|copyright|all rights reserved|무단\s*전재|재배포|저작권`)
	timeRe      = regexp.MustCompile(`^\d{1,2}:\d{2}(:\d{2})?$`)
	dateRe      = regexp.MustCompile(`^\d{2,4}[-./]\d{1,2}([-./]\d{1,4})?\.?$`)
	koDateRe    = regexp.MustCompile(`^\d{1,4}(년|월|일|시|분|초)(\d{1,2}(월|일|시|분))*$`)
)

// dateWords may stand in a dateline besides the date and time themselves.
var dateWords = setOf(`posted published updated modified edited created last
on at by : | kst gmt utc est edt pst cet jst am pm a.m. p.m. hrs
jan feb mar apr may jun jul aug sep sept oct nov dec january february march
april june july august september october november december mon tue wed thu
fri sat sun monday tuesday wednesday thursday friday saturday sunday
등록 수정 입력 승인 송고 게재 발행 업데이트 기사입력 최종수정 최종 편집 오전 오후
월요일 화요일 수요일 목요일 금요일 토요일 일요일`)

// isDateline reports a line made mostly of dates, times and dateline words,
// holding at least one full date or a time.
func isDateline(words []string) bool {
	dates, other, strong := 0, 0, false
	for _, w := range words {
		t := strings.Trim(strings.ToLower(w), ":|,()[]")
		switch {
		case t == "":
		case timeRe.MatchString(t) || dateRe.MatchString(t):
			dates++
			strong = true
		case koDateRe.MatchString(t):
			dates++
			strong = strong || strings.ContainsAny(t, "월시")
		case allDigits(t) && len(t) <= 4:
			dates++
		case dateWords[strings.TrimSuffix(t, ".")] || dateWords[t]:
			dates++
		default:
			other++
		}
	}
	return strong && dates >= 2 && other*3 <= dates
}

// dateLabels are the words that make a dateline a dateline anywhere.
var dateLabels = setOf(`posted published updated modified edited kst gmt utc est edt pst cet jst
등록 수정 입력 승인 송고 게재 발행 업데이트 기사입력 최종수정`)

func hasDateLabel(words []string) bool {
	for _, w := range words {
		if dateLabels[strings.Trim(strings.ToLower(w), ":|,()[]")] {
			return true
		}
	}
	return false
}

// isByline reports "By Name Surname, Seoul correspondent" and
// "서울/홍길동 기자".
func isByline(words []string) bool {
	if len(words) >= 2 && (words[0] == "By" || words[0] == "BY") && startsUpper(words[1]) {
		return true
	}
	last := strings.Trim(words[len(words)-1], "=,.·")
	return strings.HasSuffix(last, "기자") || strings.HasSuffix(last, "특파원") || last == "Correspondent" || last == "correspondent" && len(words) <= 5
}

func startsWithArrow(l string) bool {
	r, _ := utf8.DecodeRuneInString(l)
	return strings.ContainsRune("▶►☞→⇒➤➜▷", r)
}

// interfaceWords are the words of page controls in both languages.
var interfaceWords = setOf(`share shares sharing facebook twitter x kakaotalk kakao kakaostory line band
naver telegram whatsapp linkedin pinterest reddit email e-mail mail print printer
font size text larger smaller increase decrease zoom scrap bookmark comment comments
like likes tweet copy link url subscribe subscription newsletter more related articles
article stories story most viewed read popular top latest news button click tap
original move go back list view previous next menu login logout signup
페이스북 트위터 카카오톡 카카오스토리 카카오 밴드 네이버 라인 텔레그램 공유 공유하기 인쇄 이메일 메일 스크랩 글씨 글자
크기 키우기 줄이기 크게 작게 댓글 구독 좋아요 링크 복사 바로가기 클릭 원문 기사 많이 본 관련 목록 이전 다음
메뉴 검색 로그인 버튼 이동 보기 더보기 가 가+ 가- +가 -가`)

// functionWords neither count for nor against an interface line.
var functionWords = setOf(`a an the on in to of that this that for with by and or at up out`)

// isInterface reports a line made mostly of interface words.
func isInterface(words []string) bool {
	hits, total := 0, 0
	for _, w := range words {
		t := strings.ToLower(strings.TrimFunc(w, func(r rune) bool {
			return unicode.IsPunct(r) || unicode.IsSymbol(r)
		}))
		if t == "" {
			continue
		}
		if functionWords[t] {
			continue
		}
		total++
		if interfaceWords[t] || interfaceWords[stripKoreanSuffix(t)] {
			hits++
		}
	}
	return total > 0 && hits*10 >= total*7
}

// stripKoreanSuffix removes the particle or ending after a Hangul stem of
// two syllables ("원문으로" → "원문", "클릭시" → "클릭").
func stripKoreanSuffix(w string) string {
	rs := []rune(w)
	if len(rs) > 2 && isHangul(rs[0]) && isHangul(rs[1]) {
		return string(rs[:2])
	}
	return w
}

func isHangul(r rune) bool { return r >= 0xAC00 && r <= 0xD7A3 }

func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// maxFurnitureWords and maxFurnitureBytes are the most words and bytes a
// furniture line has (a copyright line); Line calls longer lines body text
// unread.
const (
	maxFurnitureWords = 25
	maxFurnitureBytes = 4 << 10
)

// countFields counts the white-space-separated words of s, stopping at
// most.
func countFields(s string, most int) int {
	n := 0
	for s != "" && n < most {
		s = strings.TrimLeftFunc(s, unicode.IsSpace)
		if s == "" {
			break
		}
		n++
		if end := strings.IndexFunc(s, unicode.IsSpace); end >= 0 {
			s = s[end:]
		} else {
			s = ""
		}
	}
	return n
}

// sameWords reports whether two lines have the same words, ignoring case
// and how much white space separates them. It compares rune by rune, so
// that a long line costs no copy.
func sameWords(a, b string) bool {
	for {
		a = strings.TrimLeftFunc(a, unicode.IsSpace)
		b = strings.TrimLeftFunc(b, unicode.IsSpace)
		if a == "" || b == "" {
			return a == b
		}
		for a != "" && b != "" {
			ra, na := utf8.DecodeRuneInString(a)
			rb, nb := utf8.DecodeRuneInString(b)
			if unicode.IsSpace(ra) || unicode.IsSpace(rb) {
				break
			}
			if unicode.ToLower(ra) != unicode.ToLower(rb) {
				return false
			}
			a, b = a[na:], b[nb:]
		}
		ra, _ := utf8.DecodeRuneInString(a)
		rb, _ := utf8.DecodeRuneInString(b)
		if (a == "" || unicode.IsSpace(ra)) != (b == "" || unicode.IsSpace(rb)) {
			return false // one word goes on
		}
	}
}

func setOf(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
