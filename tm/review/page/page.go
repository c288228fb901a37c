// Package page writes an alignment file as one self-contained HTML page,
// for reading and sharing a pair's alignment: bitext align --format html.
//
// The page needs nothing outside itself: its style is inline, it has no
// script, no font, image or link to fetch, and a Content-Security-Policy
// that forbids loading anything, so it reads the same offline, in a mail
// attachment or on a file share. It shows
//
//   - the beads side by side, English left and Korean right, each text in
//     its language (lang="en", lang="ko": Korean breaks lines between
//     words, as Korean typesetting does, and long tokens wrap anywhere);
//   - the confidence of each bead as colour, in five bands, with the
//     score written beside it;
//   - the flagged beads marked, listed at the top and linked from one to
//     the next, so that a reader reaches them with the keyboard alone;
//     furniture and omissions muted; review statuses marked;
//   - the pair's names: each Hangul name with the English forms found and
//     their counts, the house-style form (package review's StyleForm), and
//     a character diff of each form that differs, from go-diff through
//     review.Within and review.AgainstStyle, with its class.
//
// The page is made with html/template, which escapes every text of the
// pair.
package page

import (
	"embed"
	"fmt"
	"html/template"
	"io"
	"strconv"
	"strings"
	"sync"

	"github.com/bitext-ko/bitext/align"
	"github.com/bitext-ko/bitext/align/names/romanize"
	"github.com/bitext-ko/bitext/align/names/spelling"
	"github.com/bitext-ko/bitext/tm/alignfile"
	"github.com/bitext-ko/bitext/tm/glossary"
	"github.com/bitext-ko/bitext/tm/review"
)

//go:embed page.html.tmpl
var files embed.FS

// pageTemplate parses the page's template on first use, not at package
// init: every run of bitext links this package, few write a page.
var pageTemplate = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("page.html.tmpl").ParseFS(files, "page.html.tmpl"))
})

// Options control the page.
type Options struct {
	// Level selects paragraph beads or sentence links.
	Level align.Level
	// Style is the house style names are compared with; nil means
	// romanize.Press.
	Style *romanize.Style
}

// bands are the bounds of the page's confidence colours, from the lowest:
// a bead's band is the number of bounds its score reaches. Read only.
var bands = [4]float64{0.5, 0.7, 0.9, 0.98}

// BandLabels returns what each colour band holds, from band 0.
func BandLabels() []string {
	return []string{"under 0.5", "0.5 to 0.7", "0.7 to 0.9", "0.9 to 0.98", "0.98 and more"}
}

// Band returns the colour band of a score, 0 (under 0.5) to 4 (0.98 and
// more), as the pages colour it.
func Band(score float64) int {
	n := 0
	for _, b := range bands {
		if score >= b {
			n++
		}
	}
	return n
}

// Write writes f as a page to w.
func Write(w io.Writer, f *alignfile.File, opt Options) error {
	style := romanize.Press
	if opt.Style != nil {
		style = *opt.Style
	}
	return pageTemplate().Execute(w, build(f, opt.Level, style))
}

// The page's data: everything computed here, the template only lays it out.
type pageData struct {
	Title, Level, Version, Style string
	EN, KO                       sideInfo
	MinScore                     string
	Counts                       counts
	Legend                       []legendBand
	Beads                        []beadRow
	Flagged                      []link
	HasNames                     bool
	Names                        []NameRow
}

type sideInfo struct{ Path, Encoding string }

type counts struct{ Beads, Match, Omitted, Furniture, Flagged, Reviewed int }

type legendBand struct {
	Band  int
	Label string
}

type link struct {
	ID    string
	Label string
}

type beadRow struct {
	ID, IDs, Kind, Status, Score string
	Band                         int
	Flagged                      bool
	Next                         string // id of the next flagged bead, for flagged ones
	EN, KO                       []unit
}

type unit struct {
	ID, Text, Note string
}

// NameRow is a name of the pair as the pages show it (this page and the
// review server's): the entry's Hangul, type and review state, its English
// forms with their counts, its house-style form ("" when the style says
// nothing of it), and each form that differs from the most frequent form
// or from the house style, as a character diff.
type NameRow struct {
	Hangul   string       `json:"hangul"`
	Type     string       `json:"type"`
	Review   string       `json:"review"`
	House    string       `json:"house"`
	Forms    []FormCell   `json:"forms"`
	Variants []VariantRow `json:"variants"`
}

// FormCell is an English form of a name and how often it was seen.
type FormCell struct {
	English string `json:"english"`
	Count   int    `json:"count"`
}

// VariantRow is a form that differs from a reference form (Basis says
// which: "most frequent", or the style's name), with the diff that turns
// the reference into it and its class (package review).
type VariantRow struct {
	English   string      `json:"english"`
	Reference string      `json:"reference"`
	Basis     string      `json:"basis"`
	Class     string      `json:"class"`
	Diff      []review.Op `json:"diff"`
}

func build(f *alignfile.File, level align.Level, style romanize.Style) pageData {
	d := pageData{
		Title: f.Document, Version: f.Bitext, Style: style.String(),
		EN:       sideInfo{f.EN.Path, f.EN.Encoding},
		KO:       sideInfo{f.KO.Path, f.KO.Encoding},
		MinScore: strconv.FormatFloat(f.Settings.MinScore, 'f', -1, 64),
		Level:    "paragraph beads",
	}
	beads := f.Beads
	if level == align.SentenceLevel {
		beads = f.Links
		d.Level = "sentence links"
	}
	for i, l := range BandLabels() {
		d.Legend = append(d.Legend, legendBand{i, l})
	}
	for i, b := range beads {
		row := beadRow{
			ID: "b" + strconv.Itoa(i), IDs: align.FormatBead(b.Bead), Kind: b.Kind.String(), Status: string(b.Status),
			Score: strconv.FormatFloat(b.Score, 'f', 3, 64), Band: Band(b.Score), Flagged: b.Flagged && !b.Status.Reviewed(),
		}
		row.EN = units(f.EN.Paragraphs, b.EN)
		row.KO = units(f.KO.Paragraphs, b.KO)
		d.Counts.Beads++
		switch b.Kind {
		case align.Match:
			d.Counts.Match++
		case align.Omitted:
			d.Counts.Omitted++
		case align.Furniture:
			d.Counts.Furniture++
		}
		if b.Status.Reviewed() {
			d.Counts.Reviewed++
		}
		if row.Flagged {
			d.Counts.Flagged++
			d.Flagged = append(d.Flagged, link{row.ID, fmt.Sprintf("%s %s", row.IDs, row.Score)})
		}
		d.Beads = append(d.Beads, row)
	}
	for k := 0; k+1 < len(d.Flagged); k++ {
		i, _ := strconv.Atoi(strings.TrimPrefix(d.Flagged[k].ID, "b"))
		d.Beads[i].Next = d.Flagged[k+1].ID
	}
	if f.Glossary != nil {
		d.HasNames = true
		d.Names = Names(f.Glossary, style)
	}
	return d
}

// units returns the texts of ids: each paragraph as read (its lines kept),
// or each sentence; a paragraph whose aligned body leaves part of it out
// (furniture lines, a dateline) says so.
func units(ps []align.Paragraph, ids []align.ID) []unit {
	var out []unit
	for _, id := range ids {
		p := ps[id.Para]
		u := unit{ID: id.String()}
		switch {
		case id.Sent < 0:
			u.Text = p.Text
			switch {
			case p.Furniture:
				u.Note = "furniture"
				if p.Reason != "" {
					u.Note += ": " + p.Reason
				}
			case p.Body != strings.Join(strings.Fields(p.Text), " "):
				u.Note = "aligned without the lines or words set aside as furniture"
			}
		case id.Sent == 0 && p.SetAside():
			// A furniture paragraph has one empty sentence: show the text.
			u.Text, u.Note = p.Text, "furniture"
		default:
			u.Text = p.Sentences[id.Sent]
		}
		if p.Caption && u.Note == "" {
			u.Note = "photo caption"
		}
		out = append(out, u)
	}
	return out
}

// houseForm is how the house writes entry e in style: a Korean person or
// place in the style (the established spelling first, in press style),
// any other name as its preferred form.
func houseForm(h *review.House, e *glossary.Entry, style romanize.Style) string {
	if k := h.KoreanKind(e); k == spelling.Person || k == spelling.Place {
		if f, _ := h.StyleForm(e.Hangul, k, e.Preferred(), style); f != "" {
			return f
		}
	}
	return e.Preferred()
}

// Names returns the name table: each entry with its forms, its house-style
// form, and the forms that differ, against the most frequent form and
// against the house style, as character diffs (review.Within and
// review.AgainstStyle).
func Names(entries []alignfile.Entry, style romanize.Style) []NameRow {
	plain := make([]glossary.Entry, len(entries))
	for i, e := range entries {
		plain[i] = e.Entry
	}
	h := review.DefaultHouse()
	variants := map[string][]VariantRow{}
	for _, v := range append(review.Within(plain), review.Against(plain, h, &style)...) {
		variants[v.Hangul] = append(variants[v.Hangul], VariantRow{English: v.English, Reference: v.Reference, Basis: v.Basis, Class: string(v.Class), Diff: v.Diff})
	}
	rows := make([]NameRow, len(entries))
	for i, e := range entries {
		r := NameRow{Hangul: e.Hangul, Type: string(e.Type), Review: string(e.Review), House: houseForm(h, &plain[i], style), Variants: variants[e.Hangul]}
		for _, fm := range e.Forms {
			r.Forms = append(r.Forms, FormCell{fm.English, fm.Count})
		}
		rows[i] = r
	}
	return rows
}
