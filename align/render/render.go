// Package render writes an alignment for people and programs: a
// side-by-side review view for the terminal, TSV, and vecalign's bead
// format. The alignment file (bitext align --format json) and the review
// page (--format html) are written by packages of tm/ (tm/alignfile and
// tm/review/page), which know what align/ does not: review statuses,
// glossaries.
//
// The review view wraps both columns to the terminal width by East Asian
// width rules (github.com/mattn/go-runewidth), so Hangul, which takes two
// cells a character, lines up with Latin text. Colour is used only when the
// caller says the output is a terminal and NO_COLOR is not set.
package render

import (
	"bufio"
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
	Beads Format = "beads"
)

// Formats returns the formats, in the order of their names in help texts.
func Formats() []Format { return []Format{Text, TSV, Beads} }

// ParseFormat returns the format called name.
func ParseFormat(name string) (Format, error) {
	for _, f := range Formats() {
		if string(f) == name {
			return f, nil
		}
	}
	return "", fmt.Errorf("unknown format %q (want text, tsv or beads)", name)
}

// Options control rendering.
type Options struct {
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
