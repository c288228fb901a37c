// Package furniture finds the page furniture around a news article, in
// English and in Korean: the lines a saved or copied web page carries
// besides the article's text, which have no translation on the other side
// and must not be aligned with text.
//
// Detect judges one page, given as its paragraphs (lines separated by
// "\n"): a Reason for every line, and a paragraph is Furniture when all its
// lines are. It works in two passes.
//
// By shape (Line), a line alone says what it is:
//   - Dateline: dates and times make up most of it ("Posted : 2024-03-05
//     10:15", "입력 2024.03.05 17:21 · 수정 …"); without a label such as
//     "Posted" or "입력" it is furniture only above or below the body.
//   - Byline: "By Name", a short line with an e-mail address, "홍길동 기자",
//     "서울=홍길동 특파원", a broadcast sign-off ("KBS 뉴스 홍길동입니다."),
//     crew and wire credits ("Reporting by …; Editing by …").
//   - Copyright, Interface (share, print, font size, listen, log in, ad
//     labels, reaction bars: mostly words of page controls), Tags ("Tags:
//     a, b", "#해시태그 #태그"), Note (translation notes and opinion
//     disclaimers: "This article was originally written in Korean and
//     translated by…", "이 기사는 … 번역"), Address (a phone number with
//     its label, a registration number or a street address, between " · "
//     or " | ").
//   - Promo: a call to action with a platform and a selling word ("Follow
//     X on Facebook for the latest news", "Sign up for our daily
//     newsletter…"), a Korean request or button with a platform and an
//     action ("▶ 네이버 메인에서 …을 구독하세요!", "[앱 설치하고 기사 듣기]
//     …"), a call for tips ("제보는 카카오톡 …").
//   - Link: a link label and a headline ("READ MORE: …", "Related Article:
//     …", "[관련기사] …", "☞ 관련기사: …") or a line that starts with an
//     arrow; Related: such a label alone, or a short line of heading words
//     ("Related Articles", "More from this section", "Most Read", "관련 기사",
//     "이 기사와 함께 많이 본 뉴스").
//   - Section: a path of short segments ("Business > Industry", "한국일보 |
//     오피니언 > 칼럼").
//   - Caption: a photo caption of one to three sentences followed by its
//     credit ("… on Tuesday. [YONHAP]", "… (AP Photo/…)", "… / News1",
//     "… 있다. /뉴스1", "… 있다. 연합뉴스", "… 대통령실 제공", "… 있다.
//     홍길동 기자"), or a credit alone ("[사진=뉴시스]", "사진공동취재단").
//     A caption without a credit reads as text and stays text.
//
// By context (Detect), the place of a line on the page decides:
//   - The top block is the paragraphs above the first prose paragraph (a
//     line that ends a sentence and has 8 words or more, 30 runes in
//     Korean, or two sentences). There a line made only of section names
//     is a Section ("World", "Foreign Affairs", "경제"), and a short line
//     above the headline is the Site when another furniture line of the
//     page repeats it (the copyright line names the outlet) or when it
//     holds a word of outlet names ("Times", "Daily", "일보") with the
//     headline still to come. A line shaped like a label, whatever its
//     words ("METRO | TRANSPORT", "[교통]", "서울": isLabelShape), is a
//     Section above a longer headline. The same short line further down
//     is text.
//   - The headline is the first text line of the top block; it is never
//     furniture (a link line where it stands, "Watch: …", is the
//     headline), and Paragraph.Headline marks it when it is a title rather
//     than prose. The lines under it (a Korean deck, an English subhead)
//     stay text: the gold aligns a deck 0-1, as untranslated text.
//   - After a Related heading, the single-line, title-like paragraphs that
//     follow are ListItem (at most 12, up to 25 words, one sentence, and
//     no more than 12 words when they end as a sentence). When prose
//     follows the list (a box in the middle of the article), items that
//     end as a sentence are taken off its end, and fewer than two items are
//     no list.
//   - After the last prose paragraph, a run of single-line paragraphs that
//     do not end a sentence and do not quote is a Trailer: two or more of
//     up to 25 words (a list of headlines without its heading), or one of
//     up to 6 words ("Most viewed", "(END)").
//   - Bare dates are Dateline in the top and bottom blocks and in the
//     first and last three paragraphs; a line repeating the line before it
//     is a Repeat.
//
// Captions are soft furniture (Reason.Soft, Paragraph.Soft): a caption the
// English desk translated is text of the translation, aligned 1-1 with the
// caption it translates, while an untranslated one is furniture. A caller
// that knows nothing of soft furniture leaves captions out with the rest; an
// aligner should let a soft paragraph pair only with a soft paragraph of the
// other side, and only on evidence that one translates the other.
//
// Wire datelines are furniture inside the lead, not a paragraph: StripDateline
// returns the line without "(서울=뉴스1) 김서연 기자 = ", "[세종=뉴시스]…
// = ", "SEOUL, Jan. 8 (Yonhap) -- " or "WASHINGTON (AP) — ".
//
// The rules go by shape, position and a few small word sets (words.go):
// the vocabulary of page layouts in both languages (buttons, box headings,
// section names, agency credits), not the strings of one site, so that they
// carry over to outlets they were not written on. They are written by hand
// because no library finds news page furniture in English and Korean text:
// boilerplate removers (boilerpipe and its Go port go-boilerpipe, jusText,
// trafilatura, readability) classify the blocks of an HTML page by its
// markup and link density, which a page reduced to text no longer has, they
// keep or drop whole blocks where captions must be told apart, and their
// word lists are not those of Korean pages.
//
// Measured by the tests of this package (go test -v -run 'TestDev'
// ./align/furniture/): on dev-real-text, 856 of 856 furniture paragraphs
// (all 14 kinds of BEADS.tsv) and 61 of 61 captions, no body paragraph
// marked hard furniture, the 12 translated captions soft, 26 of 26 Korean
// wire datelines stripped; on dev-clean and the linked paragraphs of dev,
// no body paragraph marked hard furniture (one real translated caption is
// soft on both sides). Those figures are fitted on dev-real; the tables of
// outlets_test.go, furniture of outlets in neither set, measure how the
// rules carry over.
package furniture

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bitext-ko/bitext/align/hangul"
)

// Reason says why a line is furniture.
type Reason string

// Reasons a line is furniture. Caption is soft (see Paragraph.Soft); the
// others are hard.
const (
	Body Reason = ""

	// Shape rules (Line): the line alone says what it is.
	Dateline  Reason = "dateline"  // posting and update dates and times
	Byline    Reason = "byline"    // the writer's name, title or e-mail
	Copyright Reason = "copyright" // copyright and reproduction notices
	Interface Reason = "interface" // buttons: share, print, font size, listen
	Link      Reason = "link"      // a link to another article (READ MORE:, ▶ …)
	Related   Reason = "related"   // the heading of a box of other articles
	Section   Reason = "section"   // a section label (World, 산업 > 재계)
	Tags      Reason = "tags"      // Tags: …, #해시태그
	Promo     Reason = "promo"     // app, newsletter and social promotion
	Note      Reason = "note"      // translation notes, disclaimers
	Address   Reason = "address"   // the publisher's address and registration
	Caption   Reason = "caption"   // a photo caption with its credit; soft

	// Context rules (Detect): the line's place on the page says it.
	Site     Reason = "site"      // the outlet's name at the top
	ListItem Reason = "list item" // a headline in a box of other articles
	Repeat   Reason = "repeat"    // the same line as the one before
	Trailer  Reason = "trailer"   // short title-like lines after the body

	// bareDate is a line of dates and times without a label such as
	// "Posted" or a time zone; it is furniture only at the edges.
	bareDate Reason = "bare date"
)

// Soft reports a reason that makes a line furniture for the page but
// possibly text for the translation: a photo caption, which the English
// desk may translate (the gold pairs such captions 1-1).
func (r Reason) Soft() bool { return r == Caption }

// Paragraph is the verdict on one paragraph.
type Paragraph struct {
	// Lines holds one reason per line of the paragraph; Body for text.
	Lines []Reason
	// Furniture is true when every line is furniture.
	Furniture bool
	// Headline is true for the paragraph taken as the headline: the first
	// substantive line after the furniture at the top, when it is a title
	// rather than prose. It is never furniture.
	Headline bool
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

// Soft reports a furniture paragraph made only of soft lines (captions):
// an aligner may pair it with a caption of the other side that translates
// it, and with nothing else. A soft paragraph is also Furniture, so a
// caller that knows nothing of soft furniture leaves it out.
func (p Paragraph) Soft() bool {
	if !p.Furniture {
		return false
	}
	for _, r := range p.Lines {
		if !r.Soft() {
			return false
		}
	}
	return true
}

// Detect judges each paragraph (lines separated by "\n") of one page:
// every line by its shape (Line), then by its place on the page (section
// labels and the site's name above the headline, lists of other articles,
// trailers, bare dates at the edges, repeated lines).
func Detect(paragraphs []string) []Paragraph {
	pg := newPage(paragraphs)
	pg.markTop()
	pg.markEdges()
	pg.markLists()
	pg.markTrailer()
	pg.markRepeats()
	out := make([]Paragraph, len(paragraphs))
	for i, rs := range pg.reasons {
		v := Paragraph{Lines: rs, Furniture: true, Headline: i == pg.headline}
		for _, r := range rs {
			if r == Body {
				v.Furniture = false
			}
		}
		out[i] = v
	}
	return out
}

// Strip returns the paragraphs of a page with the text of their furniture
// lines removed, except lines of the reasons in keep (Byline, Caption):
// each paragraph keeps its place and its number of lines, a removed line
// left empty, so that paragraph ids and line breaks stay as in the input.
// A paragraph that loses nothing is the input's string, not a copy.
func Strip(paragraphs []string, keep ...Reason) []string {
	out := make([]string, len(paragraphs))
	dropped := func(r Reason) bool { return r != Body && !slices.Contains(keep, r) }
	for i, v := range Detect(paragraphs) {
		out[i] = paragraphs[i]
		if !slices.ContainsFunc(v.Lines, dropped) {
			continue
		}
		lines := strings.Split(paragraphs[i], "\n")
		for j, r := range v.Lines {
			if dropped(r) {
				lines[j] = ""
			}
		}
		out[i] = strings.Join(lines, "\n")
	}
	return out
}

var (
	emailRe     = lazyRegexp(`[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}.\-]+\.[\p{L}]{2,}`)
	copyrightRe = lazyRegexp(`(?i)[©ⓒ]|\(c\)\s*\d{4}|copyright|all rights reserved|무단\s*전재|재배포|저작권`)
	timeRe      = lazyRegexp(`^\d{1,2}:\d{2}(:\d{2})?$`)
	dateRe      = lazyRegexp(`^\d{2,4}[-./]\d{1,2}([-./]\d{1,4})?\.?$`)
	koDateRe    = lazyRegexp(`^\d{1,4}(년|월|일|시|분|초)(\d{1,2}(월|일|시|분))*$`)
)

// stripKoreanSuffix removes the particle or ending after a Hangul stem of
// two syllables ("원문으로" → "원문", "클릭시" → "클릭").
func stripKoreanSuffix(w string) string {
	r0, n0 := utf8.DecodeRuneInString(w)
	if !hangul.IsSyllable(r0) {
		return w
	}
	r1, n1 := utf8.DecodeRuneInString(w[n0:])
	if !hangul.IsSyllable(r1) || n0+n1 == len(w) {
		return w
	}
	return w[:n0+n1]
}

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

func setOf(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
