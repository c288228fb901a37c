package glossary

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/bitext-ko/bitext/align/render/cell"
)

// csvHeader names the CSV columns. memoQ's and MultiTerm's importers map
// columns by these names: the two language columns first, then fields.
var csvHeader = []string{"Korean", "English", "Type", "Count", "Documents", "Latin", "Confidence",
	"Press", "RR", "MR", "DPRK", "Seen", "Korean context", "English context"}

// writeCSV writes one row per English form, with a header row (alone when
// there are no entries). CSV is opened in spreadsheets: every cell is
// neutralized against formula injection (cell.Neutralize), and readCSV
// restores it.
func writeCSV(w io.Writer, entries []Entry) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	for i := range entries {
		e := &entries[i]
		for _, f := range e.Forms {
			row := []string{e.Hangul, f.English, string(e.Type), itoa0(f.Count), itoa0(f.Docs), itoa0(f.Latin),
				strconv.FormatFloat(e.Confidence, 'f', -1, 64),
				e.Romanized.Press, e.Romanized.RR, e.Romanized.MR, e.Romanized.DPRK,
				seenString(f.Seen), e.Context, f.Context}
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

func itoa0(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

// csvColumn names the columns readCSV understands, by lower-case header
// (a few other names memoQ and MultiTerm exports use are accepted).
var csvColumn = map[string]string{
	"korean": "ko", "ko": "ko", "ko-kr": "ko", "source": "ko", "term (ko)": "ko", "korean term": "ko",
	"english": "en", "en": "en", "en-us": "en", "en-gb": "en", "target": "en", "term (en)": "en", "english term": "en",
	"type": "type", "count": "count", "documents": "docs", "docs": "docs", "latin": "latin",
	"confidence": "confidence", "press": "press", "rr": "rr", "mr": "mr", "dprk": "dprk", "seen": "seen",
	"korean context": "kocontext", "english context": "encontext", "context": "encontext",
	"comment": "comment", "note": "comment",
}

// readCSV reads a CSV glossary with a header row; only the Korean and
// English columns are required, and both terms in every row. A header
// with no rows is a glossary with no entries. A semicolon-separated file
// (as Excel writes in some locales) is read too. Quotes are strict (RFC
// 4180): a quoted field that is not closed is an error, not the rest of
// the file read as one field.
func readCSV(data []byte, c *collector) error {
	first, _, _ := bytes.Cut(data, []byte("\n"))
	r := csv.NewReader(bytes.NewReader(data))
	if bytes.Count(first, []byte(";")) > bytes.Count(first, []byte(",")) {
		r.Comma = ';'
	}
	r.FieldsPerRecord = -1
	header, err := r.Read()
	if err != nil {
		if errors.Is(err, io.EOF) {
			return errors.New("no header row")
		}
		return fmt.Errorf("header: %w", csvError(err))
	}
	col := map[string]int{}
	for i, h := range header {
		if k, ok := csvColumn[strings.ToLower(strings.TrimSpace(h))]; ok {
			if _, dup := col[k]; !dup {
				col[k] = i
			}
		}
	}
	if _, ok := col["ko"]; !ok {
		if hasHangul(strings.Join(header, "")) {
			return errors.New("the first row is not a header: a CSV glossary starts with a row naming its columns (Korean, English, …)")
		}
		return fmt.Errorf("no Korean column in the header %q (want Korean and English columns)", strings.Join(header, ","))
	}
	if _, ok := col["en"]; !ok {
		return fmt.Errorf("no English column in the header %q (want Korean and English columns)", strings.Join(header, ","))
	}
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return csvError(err)
		}
		line, _ := r.FieldPos(0)
		where := fmt.Sprintf("line %d", line)
		get := func(k string) string {
			if i, ok := col[k]; ok && i < len(rec) {
				// The writer neutralizes formulas and puts line breaks
				// and tabs as spaces.
				return strings.TrimSpace(clean(cell.Restore(rec[i])))
			}
			return ""
		}
		if strings.TrimSpace(strings.Join(rec, "")) == "" {
			continue
		}
		f := Form{English: get("en"), Context: get("encontext"), Seen: parseSeen(get("seen"))}
		meta := Entry{Context: get("kocontext"), Romanized: Romanized{Press: get("press"), RR: get("rr"), MR: get("mr"), DPRK: get("dprk")}}
		if f.Count, err = parseCount(get("count")); err == nil {
			if f.Docs, err = parseCount(get("docs")); err == nil {
				if f.Latin, err = parseCount(get("latin")); err == nil {
					if meta.Confidence, err = parseConfidence(get("confidence")); err == nil {
						if meta.Type, err = ParseType(get("type")); err == nil && get("comment") != "" {
							err = parseComment(get("comment"), &f, &meta)
						}
					}
				}
			}
		}
		if err != nil {
			return fmt.Errorf("%s: %w", where, err)
		}
		f.Seen = textSeen(f.Seen)
		if err := c.add(where, get("ko"), f, meta); err != nil {
			return err
		}
	}
	return nil
}

// csvError words the errors of encoding/csv with the line they are on.
func csvError(err error) error {
	var pe *csv.ParseError
	if !errors.As(err, &pe) {
		return err
	}
	switch {
	case errors.Is(pe.Err, csv.ErrQuote):
		return fmt.Errorf("line %d: a quoted field is not closed, or has a \" that is not doubled or text after its closing \" (found at line %d, column %d)", pe.StartLine, pe.Line, pe.Column)
	case errors.Is(pe.Err, csv.ErrBareQuote):
		return fmt.Errorf("line %d, column %d: a \" in a field that is not quoted (quote the field and double the \")", pe.Line, pe.Column)
	}
	return fmt.Errorf("line %d: %w", pe.Line, pe.Err)
}
