package align

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The headline area of a news page follows conventions of its own: the
// English desk often writes its own headline (a cut-down lead, a section
// tag before the Korean one), so it shares little with the Korean headline,
// yet the two are each other's counterpart; and a Korean deck (부제, one or
// two clause lines under the headline) has no English counterpart.

// Headline limits: a headline is one short line.
const (
	maxHeadlineEN = 220 // bytes of English
	maxHeadlineKO = 160 // bytes of Korean (about 55 syllables)
	maxDeckKO     = 240
	maxDeckLines  = 3
)

// headline returns the position in body of the side's headline, the first
// body paragraph when it has the shape of one, or -1.
func headline(ps []Paragraph, body []int, korean bool) int {
	if len(body) < 2 {
		return -1
	}
	p := ps[body[0]]
	limit := maxHeadlineEN
	if korean {
		limit = maxHeadlineKO
	}
	t := strings.TrimSpace(p.Body)
	if t == "" || len(t) > limit || strings.Contains(p.Text, "\n") {
		return -1
	}
	if len(p.Sentences) > 1 {
		return -1
	}
	return 0
}

// isDeck reports a deck (subtitle) line: a short single line that does not
// end a sentence (a clause cut off, often after a dash or with "…").
func isDeck(p Paragraph) bool {
	t := strings.TrimSpace(p.Body)
	if t == "" || len(t) > maxDeckKO || strings.Contains(p.Text, "\n") {
		return false
	}
	t = strings.TrimRightFunc(t, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune("\"'”’)]」』", r) })
	last, _ := utf8.DecodeLastRuneInString(t)
	return !strings.ContainsRune(".?!。？！", last)
}

// headlineArea finds whether both sides open with a headline and the
// Korean deck lines under the Korean one. The deck paragraphs are taken
// out of the Korean body list; the headlines stay, and the aligner pairs
// them unless the evidence says otherwise.
func headlineArea(en, ko []Paragraph, bodyEN, bodyKO []int) (heads bool, deck []int, restKO []int) {
	for _, i := range []int{0, 1} {
		if i < len(bodyEN) {
			segmentPara(en, bodyEN[i], false)
		}
		if i < len(bodyKO) {
			segmentPara(ko, bodyKO[i], true)
		}
	}
	he, hk := headline(en, bodyEN, false), headline(ko, bodyKO, true)
	if he < 0 || hk < 0 {
		return false, nil, bodyKO
	}
	if len(bodyEN) > 1 && isDeck(en[bodyEN[1]]) {
		// The English has a subtitle too: the Korean deck may be
		// translated, and the aligner decides.
		return true, nil, bodyKO
	}
	restKO = bodyKO[1:]
	for len(restKO) > 1 && len(deck) < maxDeckLines && isDeck(ko[restKO[0]]) {
		deck = append(deck, restKO[0])
		restKO = restKO[1:]
	}
	return true, deck, append([]int{bodyKO[0]}, restKO...)
}
