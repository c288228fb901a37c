package glossary

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/bitext-ko/bitext/align/render/cell"
)

// writeCSV writes one row per English form with the columns of headerRow:
// the two terms, the Korean one first unless englishFirst, then the type
// (which OmegaT, reading three columns, shows as the comment) and the
// other fields. With header, a header row names the columns, for the
// importers that map columns by name (memoQ, MultiTerm Convert); without
// it, OmegaT reads the file as it is, and a glossary with no entries is
// an empty file. CSV is opened in spreadsheets: every cell is neutralized
// against formula injection (cell.Neutralize), and readCSV restores it.
// Line breaks and tabs in a cell are written as spaces: OmegaT reads CSV
// a line at a time.
func writeCSV(w io.Writer, entries []Entry, header, englishFirst bool) error {
	cw := csv.NewWriter(w)
	if header {
		if err := cw.Write(headerRow(englishFirst)); err != nil {
			return err
		}
	}
	for i := range entries {
		e := &entries[i]
		for j := range e.Forms {
			row := tableRow(e, &e.Forms[j], englishFirst)
			for k := range row {
				row[k] = cell.Neutralize(clean(row[k]))
			}
			if err := cw.Write(row); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

// readCSV reads a CSV glossary. A first row with no Hangul is a header
// naming the columns (only the Korean and English ones are required);
// otherwise the columns are those writeCSV writes, the Korean term told
// from the English one by its Hangul, and a third column that is not a
// type is read as a comment, as in OmegaT's CSV glossaries. Both terms
// are required in every row; blank rows are skipped, and an empty file is
// a glossary with no entries. A semicolon-separated file (as Excel writes
// in some locales) is read too. Quotes are strict (RFC 4180): a quoted
// field that is not closed is an error, not the rest of the file read as
// one field.
func readCSV(data []byte, c *collector) error {
	first, _, _ := bytes.Cut(data, []byte("\n"))
	r := csv.NewReader(bytes.NewReader(data))
	if bytes.Count(first, []byte(";")) > bytes.Count(first, []byte(",")) {
		r.Comma = ';'
	}
	r.FieldsPerRecord = -1
	l := &layout{}
	for n := 0; ; n++ {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return csvError(data, err)
		}
		line, _ := r.FieldPos(0)
		// The positions of the fields, kept for an error; encoding/csv
		// gives byte columns.
		fields := make([][2]int, len(rec))
		for i := range rec {
			fields[i][0], fields[i][1] = r.FieldPos(i)
			rec[i] = cell.Restore(rec[i]) // the writer neutralized formulas
		}
		pos := func(i int) (int, int) {
			if i < len(fields) {
				return fields[i][0], charColumn(data, fields[i][0], fields[i][1])
			}
			// After the last field: the end of its line.
			last := fields[len(fields)-1][0]
			return last, charColumn(data, last, 0)
		}
		if n == 0 {
			cols, isHeader, err := parseHeader(rec)
			if err != nil {
				return &ParseError{Line: line, Column: 1, Err: err}
			}
			if isHeader {
				l.named = cols
				continue
			}
		}
		if blank(rec) {
			continue
		}
		if err := l.addRow(c, row{line: line, cells: rec, pos: pos}); err != nil {
			return err
		}
	}
}

func blank(rec []string) bool {
	return strings.TrimSpace(strings.Join(rec, "")) == ""
}

// csvError is the *ParseError of an error of encoding/csv, which it wraps,
// worded for people and with the column in characters.
func csvError(data []byte, err error) error {
	var pe *csv.ParseError
	if !errors.As(err, &pe) {
		return err
	}
	col := charColumn(data, pe.Line, pe.Column)
	switch {
	case errors.Is(pe.Err, csv.ErrQuote):
		msg := fmt.Sprintf("a quoted field is not closed, or has a \" that is not doubled or text after its closing \" (found at line %d, column %d)", pe.Line, col)
		return &ParseError{Line: pe.StartLine, Err: &wrapped{msg, pe}}
	case errors.Is(pe.Err, csv.ErrBareQuote):
		return &ParseError{Line: pe.Line, Column: col, Err: &wrapped{"a \" in a field that is not quoted (quote the field and double the \")", pe}}
	}
	return &ParseError{Line: pe.Line, Column: col, Err: &wrapped{pe.Err.Error(), pe}}
}
