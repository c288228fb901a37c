package glossary

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// csvHeader names the CSV columns. memoQ's and MultiTerm's importers map
// columns by these names: the two language columns first, then fields.
var csvHeader = []string{"Korean", "English", "Type", "Count", "Documents", "Latin", "Confidence",
	"Press", "RR", "MR", "DPRK", "Seen", "Korean context", "English context"}

// writeCSV writes one row per English form, with a header row.
func writeCSV(w io.Writer, entries []Entry) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	for i := range entries {
		e := &entries[i]
		forms := e.Forms
		if len(forms) == 0 {
			forms = []Form{{}}
		}
		for _, f := range forms {
			row := []string{e.Hangul, f.English, string(e.Type), itoa0(f.Count), itoa0(f.Docs), itoa0(f.Latin),
				strconv.FormatFloat(e.Confidence, 'f', -1, 64),
				e.Romanized.Press, e.Romanized.RR, e.Romanized.MR, e.Romanized.DPRK,
				seenString(f.Seen), e.Context, f.Context}
			for k := range row {
				row[k] = clean(row[k])
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
// English columns are required. A semicolon-separated file (as Excel
// writes in some locales) is read too.
func readCSV(data []byte, c *collector) error {
	first, _, _ := bytes.Cut(data, []byte("\n"))
	r := csv.NewReader(bytes.NewReader(data))
	if bytes.Count(first, []byte(";")) > bytes.Count(first, []byte(",")) {
		r.Comma = ';'
	}
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	header, err := r.Read()
	if err != nil {
		if errors.Is(err, io.EOF) {
			return errors.New("no header row")
		}
		return fmt.Errorf("header: %w", err)
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
	rows := 0
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		line, _ := r.FieldPos(0)
		where := fmt.Sprintf("line %d", line)
		if err != nil {
			return err
		}
		get := func(k string) string {
			if i, ok := col[k]; ok && i < len(rec) {
				return strings.TrimSpace(rec[i])
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
		if f.English == "" {
			return fmt.Errorf("%s: no English term", where)
		}
		if err := c.add(where, get("ko"), f, meta); err != nil {
			return err
		}
		rows++
	}
	if rows == 0 {
		return errors.New("no glossary entries after the header")
	}
	return nil
}
