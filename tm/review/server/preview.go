package server

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/bitext-ko/bitext/align/names/romanize"
	"github.com/bitext-ko/bitext/tm/alignfile"
	"github.com/bitext-ko/bitext/tm/glossary"
	"github.com/bitext-ko/bitext/tm/review"
	"github.com/bitext-ko/bitext/tm/review/edit"
)

type previewView struct {
	Style    string          `json:"style"`
	Changes  []previewChange `json:"changes"`
	Warnings []string        `json:"warnings"`
}

// previewChange is a name names normalize would rewrite: in English
// paragraph Para, From becomes To, shown with a little of the text
// around it.
type previewChange struct {
	Para   int         `json:"para"`
	From   string      `json:"from"`
	To     string      `json:"to"`
	Hangul string      `json:"hangul,omitempty"`
	Class  string      `json:"class"`
	Diff   []review.Op `json:"diff"`
	Before string      `json:"before"`
	After  string      `json:"after"`
}

// normalizePreview returns what bitext names normalize would change in
// the English text of the pair with its glossary as reviewed (names
// rejected left out, corrected ones as corrected) and the house style.
// It is the one place the review server calls the normalizer.
func normalizePreview(d *edit.Doc, style romanize.Style) previewView {
	var entries []glossary.Entry
	for _, e := range d.Names() {
		if e.Review != alignfile.ReviewRejected {
			entries = append(entries, e.Entry)
		}
	}
	ps := d.Paragraphs(edit.EN)
	var b strings.Builder
	starts := make([]int, len(ps))
	for i, p := range ps {
		if i > 0 {
			b.WriteString("\n\n")
		}
		starts[i] = b.Len()
		b.WriteString(p.Text)
	}
	text := b.String()
	// The pair's reviewed glossary is the house list, as names normalize
	// --house would take it.
	house, err := review.NewHouse("the pair's glossary", entries)
	var warnings []string
	if err != nil {
		house, warnings = review.DefaultHouse(), []string{err.Error()}
	}
	_, changes, more := review.RestyleNames(text, review.RestyleOptions{Style: &style, House: house})
	warnings = append(warnings, more...)
	v := previewView{Style: style.String(), Changes: []previewChange{}, Warnings: warnings}
	if v.Warnings == nil {
		v.Warnings = []string{}
	}
	for _, c := range changes {
		p := sort.SearchInts(starts, c.Start+1) - 1
		end := len(text)
		if p+1 < len(starts) {
			end = starts[p+1] - 2
		}
		v.Changes = append(v.Changes, previewChange{Para: p, From: c.From, To: c.To, Hangul: c.Hangul, Class: string(c.Class),
			Diff: review.CharDiff(c.From, c.To), Before: tail(text[starts[p]:c.Start], 40), After: head(text[c.End:end], 40)})
	}
	return v
}

// head returns the first n runes of s, tail the last n.
func head(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i] + "…"
		}
		n--
	}
	return s
}

func tail(s string, n int) string {
	for i := len(s); i > 0; {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		n--
		if n == 0 && i > 0 {
			return "…" + s[i:]
		}
	}
	return s
}
