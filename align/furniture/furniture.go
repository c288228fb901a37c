// Package furniture finds the page furniture around a news article.
//
// (The package doc is rewritten below, once the rules settle.)
package furniture

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
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

var (
	emailRe     = regexp.MustCompile(`[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}.\-]+\.[\p{L}]{2,}`)
	copyrightRe = regexp.MustCompile(`(?i)[©ⓒ]|\(c\)\s*\d{4}|copyright|all rights reserved|무단\s*전재|재배포|저작권`)
	timeRe      = regexp.MustCompile(`^\d{1,2}:\d{2}(:\d{2})?$`)
	dateRe      = regexp.MustCompile(`^\d{2,4}[-./]\d{1,2}([-./]\d{1,4})?\.?$`)
	koDateRe    = regexp.MustCompile(`^\d{1,4}(년|월|일|시|분|초)(\d{1,2}(월|일|시|분))*$`)
)

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

func setOf(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
