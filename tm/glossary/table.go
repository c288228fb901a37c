package glossary

import (
	"fmt"
	"strconv"
	"strings"
)

// The formats with columns (TSV, CSV and OmegaT's TXT) share their
// columns and the way a row becomes a form of an entry.

// A column is one field of a glossary row.
type column struct {
	key    string // what readers map it to: ko, en, comment, type …
	header string // its name in a header row
}

// fieldColumns follow the two terms in TSV and CSV, in this order. The
// first, the type, is the third column, which OmegaT shows as the comment.
var fieldColumns = []column{
	{"type", "Type"}, {"count", "Count"}, {"docs", "Documents"}, {"latin", "Latin"},
	{"confidence", "Confidence"}, {"press", "Press"}, {"rr", "RR"}, {"mr", "MR"}, {"dprk", "DPRK"},
	{"seen", "Seen"}, {"kocontext", "Korean context"}, {"encontext", "English context"},
}

// Header names of the two terms.
const (
	koreanHeader  = "Korean"
	englishHeader = "English"
)

// headerRow returns the header of a table, the English column first if
// englishFirst.
func headerRow(englishFirst bool) []string {
	row := []string{koreanHeader, englishHeader}
	if englishFirst {
		row[0], row[1] = row[1], row[0]
	}
	for _, c := range fieldColumns {
		row = append(row, c.header)
	}
	return row
}

// tableRow returns the cells of one form of an entry in the order of
// headerRow, before any escaping.
func tableRow(e *Entry, f *Form, englishFirst bool) []string {
	row := []string{e.Hangul, f.English}
	if englishFirst {
		row[0], row[1] = row[1], row[0]
	}
	return append(row, string(e.Type), itoa0(f.Count), itoa0(f.Docs), itoa0(f.Latin),
		strconv.FormatFloat(e.Confidence, 'f', -1, 64),
		e.Romanized.Press, e.Romanized.RR, e.Romanized.MR, e.Romanized.DPRK,
		seenString(f.Seen), e.Context, f.Context)
}

func itoa0(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

// headerNames maps the column names a header may use, lower-cased, to
// their keys: bitext's own and a few others that memoQ and MultiTerm
// exports and OmegaT users' files use.
var headerNames = func() map[string]string {
	m := map[string]string{
		"korean": "ko", "ko": "ko", "ko-kr": "ko", "term (ko)": "ko", "korean term": "ko", "hangul": "ko",
		"english": "en", "en": "en", "en-us": "en", "en-gb": "en", "term (en)": "en", "english term": "en",
		"documents": "docs", "context": "encontext", "comment": "comment", "comments": "comment", "note": "comment",
		"kind": "type", // spellings.tsv, which can serve as a house list
	}
	for _, c := range fieldColumns {
		m[strings.ToLower(c.header)] = c.key
		m[c.key] = c.key
	}
	return m
}()

// A layout tells which cell of a row holds what.
type layout struct {
	// named maps keys to cells, from a header row; nil for a table with
	// no header, whose cells are in the order bitext writes them (see
	// positional).
	named map[string]int
	// order keeps the direction of a table with no header.
	order termOrder
	// maxCells, if not 0, is the number of cells read (OmegaT's three);
	// the cells after the last are joined to it as comment items ("; ").
	maxCells int
}

// parseHeader reads a header row. It reports false when rec is not one:
// a row with Hangul is an entry, and so is one that names no column (the
// entry's error then says what is wrong with it). A header without Korean
// and English columns is an error.
func parseHeader(rec []string) (map[string]int, bool, error) {
	for _, c := range rec {
		if hasHangul(c) {
			return nil, false, nil
		}
	}
	cols := map[string]int{}
	for i, h := range rec {
		if k, ok := headerNames[strings.ToLower(strings.TrimSpace(h))]; ok {
			if _, dup := cols[k]; !dup {
				cols[k] = i
			}
		}
	}
	if len(cols) == 0 {
		return nil, false, nil
	}
	joined := strings.Join(rec, ", ")
	if _, ok := cols["ko"]; !ok {
		return nil, true, fmt.Errorf("the header %q names no Korean column (want Korean and English columns)", joined)
	}
	if _, ok := cols["en"]; !ok {
		return nil, true, fmt.Errorf("the header %q names no English column (want Korean and English columns)", joined)
	}
	return cols, true, nil
}

// termOrder finds which of the first two cells of the rows of a table
// with no header holds the Korean term: the one with Hangul. The first row
// that tells sets it for the table, as an OmegaT glossary has one source
// language.
type termOrder struct {
	known, englishFirst bool
	line                int
}

// terms returns the Korean and English terms of a row whose first two
// cells are a and b, and whether the English one is first.
func (o *termOrder) terms(line int, a, b string) (ko, en string, englishFirst bool, err error) {
	ha, hb := hasHangul(a), hasHangul(b)
	switch {
	case ha && hb && o.known:
		englishFirst = o.englishFirst
	case ha:
	case hb:
		englishFirst = true
	default:
		return a, b, false, nil // the collector says the Korean term has no Hangul
	}
	if ha != hb {
		if !o.known {
			o.known, o.englishFirst, o.line = true, englishFirst, line
		} else if englishFirst != o.englishFirst {
			here, there := "first", "second"
			if englishFirst {
				here, there = there, here
			}
			return "", "", false, fmt.Errorf("the Korean term is in the %s column, but line %d has it in the %s (a glossary has one source language)", here, o.line, there)
		}
	}
	if englishFirst {
		return b, a, true, nil
	}
	return a, b, false, nil
}

// positional maps the keys of a table with no header to its cells: the
// third holds the type, as bitext writes it, or a comment, as in OmegaT's
// glossaries (a comment that is a type gives the type); the other field
// columns follow in the order of fieldColumns. The terms are the first
// two, in the order termOrder finds.
var positional = func() map[string]int {
	m := map[string]int{"comment": 2}
	for i, c := range fieldColumns[1:] {
		m[c.key] = 3 + i
	}
	return m
}()

// A row is a row of a table as read: its cells, already unescaped, and
// where they are. pos returns the line and column of cell i, or of the
// end of the row for i == len(cells).
type row struct {
	line  int
	cells []string
	pos   func(i int) (line, col int)
}

// addRow adds one row as a form of an entry. An error is a *ParseError at
// the faulty cell.
func (l *layout) addRow(c *collector, r row) error {
	rec := r.cells
	if l.maxCells > 0 && len(rec) > l.maxCells {
		rec = append(rec[:l.maxCells-1:l.maxCells-1], strings.Join(rec[l.maxCells-1:], "; "))
	}
	cols := l.named
	if cols == nil {
		cols = positional
	}
	// cell is the index of the cell of key k ("" for the row), or
	// len(r.cells) for one the row does not have.
	englishFirst := false
	cell := func(k string) int {
		if l.named == nil && (k == "ko" || k == "en") {
			if (k == "en") != englishFirst {
				return 1
			}
			return 0
		}
		if i, ok := cols[k]; ok && i < len(rec) {
			return i
		}
		if k == "" {
			return 0
		}
		return len(r.cells)
	}
	p := place{where: fmt.Sprintf("line %d", r.line), at: func(k string) (int, int) { return r.pos(cell(k)) }}
	get := func(k string) string {
		if i, ok := cols[k]; ok && i < len(rec) {
			return strings.TrimSpace(clean(rec[i]))
		}
		return ""
	}
	ko, en := get("ko"), get("en")
	if l.named == nil {
		if len(rec) < 2 {
			return p.errorf("en", "want the Korean and the English term, found one cell")
		}
		var err error
		if ko, en, englishFirst, err = l.order.terms(r.line, rec[0], rec[1]); err != nil {
			return p.wrap("", err)
		}
	}
	f := Form{English: en}
	meta := Entry{Confidence: -1}
	if err := parseComment(get("comment"), &f, &meta); err != nil {
		return p.wrap("comment", fmt.Errorf("comment: %w", err))
	}
	if key, err := fields(get, &f, &meta); err != nil {
		return p.wrap(key, err)
	}
	f.Seen = textSeen(f.Seen)
	return c.add(p, ko, f, meta)
}

// fields reads the field columns a row has, over what its comment gave;
// an error comes with the key of its field.
func fields(get func(string) string, f *Form, e *Entry) (string, error) {
	var err error
	var key string
	set := func(k string, parse func(string) error) {
		if v := get(k); v != "" && err == nil {
			if perr := parse(v); perr != nil {
				key, err = k, fmt.Errorf("%s: %w", k, perr)
			}
		}
	}
	count := func(p *int) func(string) error {
		return func(v string) (err error) { *p, err = parseCount(v); return err }
	}
	text := func(p *string) func(string) error { return func(v string) error { *p = v; return nil } }
	set("type", func(v string) (err error) { e.Type, err = ParseType(v); return err })
	set("count", count(&f.Count))
	set("docs", count(&f.Docs))
	set("latin", count(&f.Latin))
	set("confidence", func(v string) (err error) { e.Confidence, err = parseConfidence(v); return err })
	set("press", text(&e.Romanized.Press))
	set("rr", text(&e.Romanized.RR))
	set("mr", text(&e.Romanized.MR))
	set("dprk", text(&e.Romanized.DPRK))
	set("seen", func(v string) error { f.Seen = parseSeen(v); return nil })
	set("kocontext", text(&e.Context))
	set("encontext", text(&f.Context))
	return key, err
}
