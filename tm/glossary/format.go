package glossary

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/bitext-ko/bitext/align/hangul"
	"github.com/bitext-ko/bitext/align/read"
	"github.com/bitext-ko/bitext/align/render/cell"
)

// Format is a glossary file format.
type Format string

// The formats.
const (
	// TSV is bitext's own glossary: a header row naming the columns, then
	// one row per English form with every field (type, counts,
	// confidence, romanizations, places seen, contexts), tab-separated,
	// UTF-8. names merge and corpus resume read it back whole; OmegaT does
	// not read .tsv files (use TXT).
	TSV Format = "tsv"
	// TXT is OmegaT's glossary format (.txt, .utf8, .tab): source term,
	// target term and a comment, tab-separated, UTF-8, no header.
	TXT Format = "txt"
	// CSV has the columns of TSV, comma-separated, and a header row only
	// when asked (WriteOptions.Header): memoQ and MultiTerm map columns by
	// their names, OmegaT reads a header row as an entry.
	CSV Format = "csv"
	// TBX is TBX-Basic: TBX v2 (<martif>, ISO 30042:2008), which OmegaT,
	// memoQ and MultiTerm import, or TBX v3 (<tbx>, ISO 30042:2019, DCA
	// style) with WriteOptions.TBXVersion 3. Read takes both.
	TBX Format = "tbx"
	// JSON holds every field of every entry.
	JSON Format = "json"
)

// Formats lists the formats.
func Formats() []Format { return []Format{TSV, CSV, TBX, JSON, TXT} }

// ParseFormat reads a format name.
func ParseFormat(s string) (Format, error) {
	switch f := Format(strings.ToLower(strings.TrimSpace(s))); f {
	case TSV, TXT, CSV, TBX, JSON:
		return f, nil
	case "tab", "utf8", "omegat":
		return TXT, nil
	}
	return "", fmt.Errorf("unknown glossary format %q (want tsv, txt, csv, tbx or json)", s)
}

// FormatFor returns the format of a glossary file: explicit if it is not
// empty, otherwise the one its extension names: .tsv is TSV; .txt, .utf8
// and .tab, the extensions OmegaT reads its tab-separated glossaries from,
// are TXT; .csv, .tbx (or .tbxm) and .json. An extension that names no
// format is an error wrapping ErrFormat.
func FormatFor(path, explicit string) (Format, error) {
	if explicit != "" {
		return ParseFormat(explicit)
	}
	ext := strings.ToLower(strings.TrimPrefix(filepath.Ext(path), "."))
	switch ext {
	case "tsv":
		return TSV, nil
	case "txt", "utf8", "tab":
		return TXT, nil
	case "csv":
		return CSV, nil
	case "tbx", "tbxm":
		return TBX, nil
	case "json":
		return JSON, nil
	case "":
		return "", formatErrorf("%s: no file extension to tell the glossary format by (tsv, txt, csv, tbx or json)", path)
	}
	return "", formatErrorf("%s: .%s is not a glossary format (want .tsv, .txt, .csv, .tbx or .json)", path, ext)
}

// Write writes entries in format f with the default options. Entries with
// no English form are left out: they have nothing to translate, and the
// readers refuse them. An empty glossary is written so that it reads back
// as one (see the package doc).
func Write(w io.Writer, entries []Entry, f Format) error {
	return WriteWith(w, entries, f, WriteOptions{})
}

// WriteOptions change what Write writes. The zero value writes what the
// CAT tools import as it is.
type WriteOptions struct {
	// SafeCells neutralizes the cells of TSV and TXT against formula
	// injection, as those of CSV always are (see package cell): a cell
	// starting with =, +, -, @, a tab or a carriage return gets a leading
	// '. TSV and TXT are raw by default, for OmegaT and scripts, where the
	// ' would become part of the term (only a term that starts with '
	// before one of those characters gets one more '). Read takes the '
	// off again in every format.
	SafeCells bool
	// Header gives CSV a header row naming its columns (Korean, English,
	// Type …), for memoQ and MultiTerm, which map columns by name. It is
	// off by default because OmegaT reads a header row as an entry. TSV
	// always has one, TXT never.
	Header bool
	// TBXVersion is 2 (the default; 0 means 2) for TBX v2 <martif>, which
	// the CAT tools import, or 3 for TBX v3 <tbx>.
	TBXVersion int
	// EnglishSource makes English the source language of the glossary,
	// for projects that translate from English (--srclang en): the
	// English term is the first column of TXT and CSV, and TBX names
	// English as its main language and lists it first. TSV keeps Korean
	// first. Readers tell the Korean term by its Hangul.
	EnglishSource bool
}

// WriteWith is Write with options.
func WriteWith(w io.Writer, entries []Entry, f Format, opt WriteOptions) error {
	entries = withForms(entries)
	cells := cell.Reversible // raw, but for a text Read would take a quote off
	if opt.SafeCells {
		cells = cell.Neutralize
	}
	switch f {
	case TSV:
		return writeTSV(w, entries, cells)
	case TXT:
		return writeText(w, entries, cells, opt.EnglishSource)
	case CSV:
		return writeCSV(w, entries, opt.Header, opt.EnglishSource)
	case TBX:
		switch opt.TBXVersion {
		case 0, 2:
			return writeTBX2(w, entries, opt.EnglishSource)
		case 3:
			return writeTBX(w, entries, opt.EnglishSource)
		}
		return fmt.Errorf("TBX version %d: want 2 or 3", opt.TBXVersion)
	case JSON:
		return writeJSON(w, entries)
	}
	return fmt.Errorf("unknown glossary format %q", f)
}

// withForms returns the entries that have an English form.
func withForms(entries []Entry) []Entry {
	for i := range entries {
		if len(entries[i].Forms) == 0 {
			out := slices.Clone(entries[:i])
			for _, e := range entries[i+1:] {
				if len(e.Forms) > 0 {
					out = append(out, e)
				}
			}
			return out
		}
	}
	return entries
}

// Read reads a glossary in format f; name is used in errors. It reads at
// most read.DefaultMaxSize bytes of r, or the limit of r if r is a
// read.Limited (package read owns the limits). Several rows
// for one Hangul name become one entry, repeated rows are added together;
// ReadChecked also reports them.
//
// An error in the file is a *ParseError naming the file and, where there
// is one, the line and column. Every row (TSV, TXT, CSV), entry (JSON) or
// concept (TBX) needs a Korean and an English term: one with only one of
// them is an error at the missing or faulty term (at the entry or concept
// in JSON and TBX), never an entry with no English form; blank rows and
// TBX concepts with neither are skipped. In TSV, TXT
// and CSV with no header row, the Korean term is the one with Hangul, in
// the first or the second column through the file. What Write makes of no
// entries reads back as no entries:
//
//   - TSV, TXT, CSV: a file with no lines but blank ones and # comments,
//     an empty file included (what Write makes of TXT and of CSV with no
//     header), or a header row alone (TSV, CSV with a header), as in
//     OmegaT;
//   - TBX: a body whose concepts have no Korean or English term text (a
//     TBX-Basic body needs one entry, so Write makes one with an empty
//     term) or no concepts; a file with no <tbx> or <martif> root or no
//     <body> is an error, and so is an empty file;
//   - JSON: {"entries": []} (what Write makes) or []; an empty file, or
//     an object with no "entries" array, is an error.
//
// Whatever Read accepts, Write writes in the same format and Read reads
// back as the same entries.
func Read(r io.Reader, name string, f Format) ([]Entry, error) {
	es, _, err := ReadChecked(r, name, f)
	return es, err
}

// ReadChecked is Read that also returns the problems of the file that are
// not errors: repeated rows, one Hangul name given two types, and English
// forms listed under more than one Hangul name (the conflicts, marked
// Problem.Conflict).
func ReadChecked(r io.Reader, name string, f Format) ([]Entry, []Problem, error) {
	es, _, probs, err := ReadLines(r, name, f)
	return es, probs, err
}

// ReadLines is ReadChecked that also returns, for each entry, the line of
// the file where its first row (or term, or entry) is, so that a report
// can name it (house.txt:12); 0 where the format does not tell.
func ReadLines(r io.Reader, name string, f Format) ([]Entry, []int, []Problem, error) {
	data, err := read.All(r, name)
	if err != nil {
		return nil, nil, nil, err
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	c := newCollector()
	if err := parse(data, f, c); err != nil {
		var pe *ParseError
		if !errors.As(err, &pe) {
			pe = &ParseError{Err: err}
		}
		pe.File = name
		return nil, nil, nil, pe
	}
	es := c.entries()
	lines := make([]int, len(c.order))
	for i, h := range c.order {
		lines[i] = c.lines[h]
	}
	probs := append(c.problems, Check(es)...)
	return es, lines, probs, nil
}

// parse reads data, a glossary in format f, into c.
func parse(data []byte, f Format, c *collector) error {
	if !utf8.Valid(data) {
		off := 0
		for off < len(data) {
			r, n := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		return errorAt(data, off, fmt.Errorf("not UTF-8 (byte %#x; glossaries are read as UTF-8)", data[off]))
	}
	if err := sniff(data, f); err != nil {
		return err
	}
	switch f {
	case TSV:
		return readTSV(data, c)
	case TXT:
		return readText(data, c)
	case CSV:
		return readCSV(data, c)
	case TBX:
		return readTBX(data, c)
	case JSON:
		return readJSON(data, c)
	}
	return fmt.Errorf("unknown glossary format %q", f)
}

// sniff catches a file in another format than the one asked for, with a
// message that says which.
func sniff(data []byte, f Format) error {
	t := bytes.TrimSpace(data)
	if len(t) == 0 {
		switch f {
		case TSV, TXT, CSV:
			return nil // no rows: no entries, as in OmegaT
		case JSON:
			return formatErrorf(`empty file, not a JSON glossary (one with no entries is {"entries": []})`)
		}
		return formatErrorf("empty file, not %s", strings.ToUpper(string(f)))
	}
	looks := ""
	switch {
	case t[0] == '<':
		looks = "XML (TBX?)"
		if f == TBX {
			return nil
		}
	case t[0] == '{' || t[0] == '[':
		looks = "JSON"
		if f == JSON {
			return nil
		}
	}
	if looks != "" {
		return formatErrorf("looks like %s, not %s", looks, strings.ToUpper(string(f)))
	}
	if f == TBX || f == JSON {
		first, _, _ := bytes.Cut(t, []byte("\n"))
		kind := "plain text"
		if bytes.Contains(first, []byte("\t")) {
			kind = "tab-separated text (TSV?)"
		} else if bytes.Contains(first, []byte(",")) {
			kind = "comma-separated text (CSV?)"
		}
		return formatErrorf("looks like %s, not %s", kind, strings.ToUpper(string(f)))
	}
	return nil
}

// Problem is something odd about a glossary that does not stop it being
// read.
type Problem struct {
	Hangul, English string
	// Conflict marks what a normalizer cannot resolve: an English form
	// under several Hangul names, or a Hangul name given two types (from
	// Check, or from ReadChecked when rows of one name disagree); other
	// problems are repeated rows.
	Conflict bool
	Message  string
}

func (p Problem) String() string {
	switch {
	case p.Hangul != "" && p.English != "":
		return fmt.Sprintf("%s / %s: %s", p.Hangul, p.English, p.Message)
	case p.Hangul != "":
		return p.Hangul + ": " + p.Message
	}
	return p.English + ": " + p.Message
}

// Check reports the conflicts of a list of entries: English forms listed
// under more than one Hangul name (Lee for 이 and for 리 is fine for a
// surname, but "Kim Jong-un" under two names is a conflict a normalizer
// cannot resolve), and a Hangul name listed more than once with different
// types (person and place). Other is no type and conflicts with none. The
// list may hold several entries for one Hangul name, as lists not yet
// merged do (check slices.Concat of the lists before Merge, which keeps
// one type).
func Check(entries []Entry) []Problem {
	owners := map[string][]string{}
	var order []string
	types := map[string][]Type{}
	var typeOrder []string
	for _, e := range entries {
		if e.Type != Other && e.Type != "" {
			ts, seen := types[e.Hangul]
			if !seen {
				typeOrder = append(typeOrder, e.Hangul)
			}
			if !slices.Contains(ts, e.Type) {
				types[e.Hangul] = append(ts, e.Type)
			}
		}
		for _, f := range e.Forms {
			hs, ok := owners[f.English]
			if !ok {
				order = append(order, f.English)
			}
			if !slices.Contains(hs, e.Hangul) {
				owners[f.English] = append(hs, e.Hangul)
			}
		}
	}
	var out []Problem
	for _, h := range typeOrder {
		if ts := types[h]; len(ts) > 1 {
			out = append(out, typeConflict(h, "", ts))
		}
	}
	for _, en := range order {
		if hs := owners[en]; len(hs) > 1 {
			out = append(out, Problem{English: en, Conflict: true, Message: "listed under " + strconv.Itoa(len(hs)) + " Hangul names: " + strings.Join(hs, ", ")})
		}
	}
	return out
}

// typeConflict is the problem of a Hangul name given the types ts; where,
// if not empty, names the row that disagreed.
func typeConflict(h, where string, ts []Type) Problem {
	names := make([]string, len(ts))
	for i, t := range ts {
		names[i] = string(t)
	}
	msg := "given " + strconv.Itoa(len(ts)) + " types: " + strings.Join(names, ", ")
	if where != "" {
		msg = where + ": " + msg + "; keeping " + names[0]
	}
	return Problem{Hangul: h, Conflict: true, Message: msg}
}

// collector builds entries from rows read in file order.
type collector struct {
	byHangul map[string]*Entry
	order    []string
	rows     map[[2]string]int
	types    map[string][]Type // the types other than Other given each name
	lines    map[string]int    // the line of each name's first row
	problems []Problem
}

func newCollector() *collector {
	return &collector{byHangul: map[string]*Entry{}, rows: map[[2]string]int{}, types: map[string][]Type{}, lines: map[string]int{}}
}

// maxCount is the largest count a glossary holds; sums stop there: 2^40,
// or 2^28 where an int has 32 bits (so that the sum of two counts never
// overflows it; a glossary file with a larger count is refused there).
const maxCount = 1 << (28 + 12*(strconv.IntSize/64))

// add records one English form of a Hangul name, from the row, entry or
// concept at p. Both terms are required; an error is a *ParseError at the
// faulty field.
func (c *collector) add(p place, h string, f Form, meta Entry) error {
	where := p.where
	h = strings.Join(strings.Fields(hangul.Normalize(h)), " ")
	f.English = strings.Join(strings.Fields(f.English), " ")
	if h == "" {
		if f.English != "" {
			return p.errorf("ko", "no Korean term for %q", f.English)
		}
		return p.errorf("ko", "no Korean term")
	}
	if !hasHangul(h) {
		if hasHangul(f.English) {
			return p.errorf("ko", "the Korean term comes first (got %q, then %q)", h, f.English)
		}
		return p.errorf("ko", "the Korean term %q has no Hangul", h)
	}
	if f.English == "" {
		return p.errorf("en", "no English term for %s", h)
	}
	if hasHangul(f.English) {
		// Readers tell the Korean term from the English one by its Hangul.
		return p.errorf("en", "the English term %q for %s has Hangul", f.English, h)
	}
	for _, t := range [...]struct{ key, term string }{{"ko", h}, {"en", f.English}} {
		if strings.HasPrefix(t.term, "#") {
			// Written first on a line, the term would be lost.
			return p.errorf(t.key, "the term %q starts with #, which starts a comment line in OmegaT's glossaries", t.term)
		}
	}
	for _, n := range [...]struct {
		key string
		n   int
	}{{"count", f.Count}, {"docs", f.Docs}, {"latin", f.Latin}} {
		if n.n < 0 {
			return p.errorf(n.key, "negative count")
		}
		if n.n > maxCount {
			return p.errorf(n.key, "a count over %d", maxCount)
		}
	}
	if meta.Type != "" && meta.Type != Other {
		ts := c.types[h]
		if !slices.Contains(ts, meta.Type) {
			ts = append(ts, meta.Type)
			c.types[h] = ts
			if len(ts) > 1 {
				c.problems = append(c.problems, typeConflict(h, where, ts))
			}
		}
	}
	e := c.byHangul[h]
	if e == nil {
		e = &Entry{Hangul: h, Type: meta.Type, Romanized: meta.Romanized, Confidence: meta.Confidence, Context: meta.Context}
		if e.Type == "" {
			e.Type = Other
		}
		c.byHangul[h] = e
		c.order = append(c.order, h)
		if p.at != nil {
			c.lines[h], _ = p.at("ko")
		}
	} else {
		if e.Type == Other && meta.Type != "" {
			e.Type = meta.Type
		}
		e.Confidence = max(e.Confidence, meta.Confidence)
		if e.Context == "" {
			e.Context = meta.Context
		}
		if e.Romanized == (Romanized{}) {
			e.Romanized = meta.Romanized
		}
	}
	key := [2]string{h, f.English}
	c.rows[key]++
	if c.rows[key] == 2 {
		c.problems = append(c.problems, Problem{Hangul: h, English: f.English, Message: where + ": listed again; the rows are added together"})
	}
	for i := range e.Forms {
		if e.Forms[i].English == f.English {
			g := &e.Forms[i]
			g.Count = min(g.Count+f.Count, maxCount)
			g.Docs = min(g.Docs+f.Docs, maxCount)
			g.Latin = min(g.Latin+f.Latin, maxCount)
			g.Seen = append(g.Seen, f.Seen...)
			if g.Context == "" {
				g.Context = f.Context
			}
			return nil
		}
	}
	e.Forms = append(e.Forms, f)
	return nil
}

// entries returns the collected entries in the file's order (an entry
// where its Hangul first comes), with romanizations filled in where the
// file had none and confidence 1 for entries that gave none (readers pass
// -1: a hand-made glossary).
func (c *collector) entries() []Entry {
	out := make([]Entry, 0, len(c.order))
	for _, h := range c.order {
		e := *c.byHangul[h]
		if e.Confidence < 0 {
			e.Confidence = 1
		}
		if e.Romanized == (Romanized{}) {
			e.Romanized = textRomanized(romanizeFor(e.Hangul, e.Type, e.Preferred()))
		}
		sortForms(e.Forms)
		out = append(out, e)
	}
	return out
}

// textSeen returns places as the text formats (TSV, CSV, TBX) write them,
// so that what their readers return writes back unchanged.
func textSeen(ss []Seen) []Seen {
	if len(ss) == 0 {
		return nil
	}
	return parseSeen(seenString(ss))
}

// textRomanized returns romanizations as the comment of a TSV row or TBX
// entry carries them (a semicolon in a romanized Hangul term becomes a
// comma), so that a reader's entries write back unchanged.
func textRomanized(r Romanized) Romanized {
	var e Entry
	if err := parseComment(strings.Join(entryItems(&Entry{Romanized: r}), "; "), &Form{}, &e); err != nil {
		return r
	}
	return e.Romanized
}

func hasHangul(s string) bool {
	for _, r := range s {
		if hangul.IsSyllable(r) || hangul.IsJamo(r) {
			return true
		}
	}
	return false
}

// clean makes a field safe for a line-based format: tabs and line breaks
// become spaces.
func clean(s string) string {
	if !strings.ContainsAny(s, "\t\n\r") {
		return s
	}
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == '\t' || r == '\n' || r == '\r' }), " ")
}

// lines splits data into lines, for the line-based readers.
func lines(data []byte) *bufio.Scanner {
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), max(64*1024, len(data)+1))
	return sc
}
