// Package render writes an alignment for people and programs: a
// side-by-side review view for the terminal, TSV, JSON, and vecalign's bead
// format.
//
// The review view wraps both columns to the terminal width by East Asian
// width rules (github.com/mattn/go-runewidth), so Hangul, which takes two
// cells a character, lines up with Latin text. Colour is used only when the
// caller says the output is a terminal and NO_COLOR is not set.
package render

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/bitext-ko/bitext/align"
	"github.com/bitext-ko/bitext/align/render/cell"
)

// Format is an output format.
type Format string

// The output formats.
const (
	Text  Format = "text"
	TSV   Format = "tsv"
	JSON  Format = "json"
	Beads Format = "beads"
)

// Formats lists the formats by name.
var Formats = []Format{Text, TSV, JSON, Beads}

// ParseFormat returns the format called name.
func ParseFormat(name string) (Format, error) {
	for _, f := range Formats {
		if string(f) == name {
			return f, nil
		}
	}
	return "", fmt.Errorf("unknown format %q (want text, tsv, json or beads)", name)
}

// Input describes one input file.
type Input struct {
	Name     string `json:"name"`
	Encoding string `json:"encoding"`
	HTML     bool   `json:"html,omitempty"`
}

// Options control rendering.
type Options struct {
	// EN and KO describe the inputs (JSON output).
	EN, KO Input
	// Width is the width of the text view in terminal cells; 0 means 100.
	Width int
	// Color enables ANSI colour in the text view.
	Color bool
	// SafeCells neutralizes TSV cells against formula injection (see
	// package cell) for spreadsheets; TSV is raw otherwise.
	SafeCells bool
}

// Write writes a in format f.
func Write(w io.Writer, a *align.Alignment, f Format, opt Options) error {
	bw := bufio.NewWriter(w)
	var err error
	switch f {
	case Beads:
		err = writeBeads(bw, a)
	case TSV:
		err = writeTSV(bw, a, cell.For(opt.SafeCells))
	case JSON:
		err = writeJSON(bw, a, opt)
	case Text, "":
		err = writeText(bw, a, opt)
	default:
		err = fmt.Errorf("unknown format %q", f)
	}
	if err != nil {
		return err
	}
	return bw.Flush()
}

func writeBeads(w io.Writer, a *align.Alignment) error {
	for _, b := range a.Beads {
		if _, err := fmt.Fprintln(w, align.FormatBead(b)); err != nil {
			return err
		}
	}
	return nil
}

// Flags returns a bead's flags as a comma-separated list: "review" when it
// is flagged, "furniture" or "omitted" for its kind.
func Flags(b align.Bead) string {
	var fs []string
	if b.Flagged {
		fs = append(fs, "review")
	}
	if b.Kind != align.Match {
		fs = append(fs, b.Kind.String())
	}
	return strings.Join(fs, ",")
}

// tsvCell makes text safe for a TSV cell: tabs and line breaks become
// spaces.
func tsvCell(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s)
}

// writeTSV writes a header and a line per bead; the text cells go through
// cells (cell.Neutralize with --safe-cells). The other cells are numbers,
// ids and flags, which never start with a formula character.
func writeTSV(w io.Writer, a *align.Alignment, cells func(string) string) error {
	if _, err := fmt.Fprintln(w, "en\tko\tscore\ten_ids\tko_ids\tflags"); err != nil {
		return err
	}
	for _, b := range a.Beads {
		en, ko := a.BeadText(b)
		if _, err := fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\n", cells(tsvCell(en)), cells(tsvCell(ko)),
			strconv.FormatFloat(b.Score, 'f', 3, 64), align.JoinIDs(b.EN, ","), align.JoinIDs(b.KO, ","), Flags(b)); err != nil {
			return err
		}
	}
	return nil
}

type jsonParagraph struct {
	ID        int      `json:"id"`
	Text      string   `json:"text"`
	Furniture string   `json:"furniture,omitempty"`
	Sentences []string `json:"sentences,omitempty"`
}

type jsonBead struct {
	EN      []string `json:"en"`
	KO      []string `json:"ko"`
	ENText  string   `json:"en_text"`
	KOText  string   `json:"ko_text"`
	Score   float64  `json:"score"`
	Kind    string   `json:"kind"`
	Type    string   `json:"type"`
	Flagged bool     `json:"flagged"`
}

type jsonDoc struct {
	Inputs     map[string]Input           `json:"inputs"`
	Level      string                     `json:"level"`
	Ratio      float64                    `json:"length_ratio"`
	Paragraphs map[string][]jsonParagraph `json:"paragraphs"`
	Beads      []jsonBead                 `json:"beads"`
}

func writeJSON(w io.Writer, a *align.Alignment, opt Options) error {
	level := "paragraph"
	if a.Level == align.SentenceLevel {
		level = "sentence"
	}
	paras := func(ps []align.Paragraph) []jsonParagraph {
		out := make([]jsonParagraph, len(ps))
		for i, p := range ps {
			out[i] = jsonParagraph{ID: i, Text: p.Text, Furniture: p.Reason, Sentences: p.Sentences}
		}
		return out
	}
	doc := jsonDoc{
		Inputs:     map[string]Input{"en": opt.EN, "ko": opt.KO},
		Level:      level,
		Ratio:      round3(a.Ratio),
		Paragraphs: map[string][]jsonParagraph{"en": paras(a.EN), "ko": paras(a.KO)},
		Beads:      make([]jsonBead, len(a.Beads)),
	}
	for i, b := range a.Beads {
		en, ko := a.BeadText(b)
		doc.Beads[i] = jsonBead{EN: align.IDStrings(b.EN), KO: align.IDStrings(b.KO), ENText: en, KOText: ko,
			Score: round3(b.Score), Kind: b.Kind.String(), Type: b.Type(), Flagged: b.Flagged}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(doc)
}

func round3(x float64) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 3, 64), 64)
	return v
}
