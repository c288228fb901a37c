package spelling

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bitext-ko/bitext/align/hangul"
)

// ParseError is an error in a table or list, with its position: the line
// and the column (in characters, from 1) where the faulty field starts.
type ParseError struct {
	File   string
	Line   int
	Column int
	Err    error
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("%s:%d:%d: %v", e.File, e.Line, e.Column, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }

// header is the table's header line.
var header = []string{"hangul", "english", "kind", "source", "who", "also"}

// eachLine calls fn with every line of r (1-based number, text without the
// line ending), dropping a byte-order mark at the start. A line that is
// not UTF-8 is an error at its first bad byte.
func eachLine(name string, r io.Reader, fn func(n int, line string) error) error {
	br := bufio.NewReader(r)
	for n := 1; ; n++ {
		line, err := br.ReadString('\n')
		if err != nil && err != io.EOF {
			return fmt.Errorf("%s: %w", name, err)
		}
		if line == "" && err == io.EOF {
			return nil
		}
		line = strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r")
		if n == 1 {
			line = strings.TrimPrefix(line, "\ufeff")
		}
		if !utf8.ValidString(line) {
			col := 1
			for i, r := range line {
				if r == utf8.RuneError {
					if _, size := utf8.DecodeRuneInString(line[i:]); size == 1 {
						break
					}
				}
				col++
			}
			return &ParseError{File: name, Line: n, Column: col, Err: errors.New("not UTF-8 text")}
		}
		if ferr := fn(n, line); ferr != nil {
			return ferr
		}
		if err == io.EOF {
			return nil
		}
	}
}

// column returns the 1-based column where field i of a TAB-separated line
// starts.
func column(line string, i int) int {
	col := 1
	for j, f := range strings.SplitN(line, "\t", i+1) {
		if j == i {
			break
		}
		col += utf8.RuneCountInString(f) + 1
	}
	return col
}

// Parse reads a table in the format of spellings.tsv (see its header):
// a header row naming the columns hangul, english, kind, source, who,
// also, then one entry a line. Every field is checked; the first error is
// returned as a *ParseError.
func Parse(name string, r io.Reader) (*Table, error) {
	var entries []Entry
	seenHeader := false
	err := eachLine(name, r, func(n int, line string) error {
		if line == "" || strings.HasPrefix(line, "#") {
			return nil
		}
		f := strings.Split(line, "\t")
		fail := func(i int, format string, args ...any) error {
			return &ParseError{File: name, Line: n, Column: column(line, i), Err: fmt.Errorf(format, args...)}
		}
		if !seenHeader {
			if strings.Join(f, "\t") != strings.Join(header, "\t") {
				return fail(0, "the first line that is not a comment must be the header %q", strings.Join(header, " "))
			}
			seenHeader = true
			return nil
		}
		if len(f) != len(header) && len(f) != len(header)-1 {
			return fail(0, "%d fields, want %d or %d (%s)", len(f), len(header)-1, len(header), strings.Join(header, ", "))
		}
		for i, v := range f {
			if v != strings.TrimSpace(v) {
				return fail(i, "%s %q starts or ends with a space", header[i], v)
			}
			if v == "" && i < len(header)-1 {
				return fail(i, "empty %s", header[i])
			}
		}
		e := Entry{Hangul: f[0], English: f[1], Who: f[4], File: name, Line: n}
		if msg := checkHangulName(e.Hangul); msg != "" {
			return fail(0, "hangul %q: %s", e.Hangul, msg)
		}
		if msg := checkEnglish(e.English); msg != "" {
			return fail(1, "english %q: %s", e.English, msg)
		}
		var err error
		if e.Kind, err = ParseKind(f[2]); err != nil {
			return fail(2, "%v", err)
		}
		if e.Source, err = ParseSource(f[3]); err != nil {
			return fail(3, "%v", err)
		}
		if len(f) == len(header) && f[5] != "" {
			for _, a := range strings.Split(f[5], "|") {
				if msg := checkEnglish(a); msg != "" {
					return fail(5, "also %q: %s", a, msg)
				}
				for _, s := range e.Spellings() {
					if a == s {
						return fail(5, "also %q repeats a spelling of the entry", a)
					}
				}
				e.Also = append(e.Also, a)
			}
		}
		entries = append(entries, e)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if !seenHeader {
		return nil, &ParseError{File: name, Line: 1, Column: 1, Err: fmt.Errorf("no header line %q", strings.Join(header, " "))}
	}
	return newTable(entries), nil
}

// checkHangulName returns what is wrong with a table's Hangul name, or "":
// Hangul syllables, words separated by one space.
func checkHangulName(s string) string {
	prevSpace := true
	for _, r := range s {
		switch {
		case r == ' ':
			if prevSpace {
				return "two spaces in a row"
			}
			prevSpace = true
		case hangul.IsSyllable(r):
			prevSpace = false
		default:
			return fmt.Sprintf("%q is not a Hangul syllable", r)
		}
	}
	return ""
}

// checkEnglish returns what is wrong with a table's English spelling, or
// "": Latin letters and digits, words separated by one space, with the
// punctuation names use (- ' . &) and at least one letter.
func checkEnglish(s string) string {
	if s == "" {
		return "empty"
	}
	letters := 0
	prevSpace := true
	for _, r := range s {
		switch {
		case r == ' ':
			if prevSpace {
				return "two spaces in a row"
			}
			prevSpace = true
			continue
		case unicode.Is(unicode.Latin, r):
			letters++
		case r >= '0' && r <= '9', r == '-', r == '\'', r == '.', r == '&':
		default:
			return fmt.Sprintf("%q is not a Latin letter, a digit or - ' . &", r)
		}
		prevSpace = false
	}
	if prevSpace {
		return "ends with a space"
	}
	if letters == 0 {
		return "no letter"
	}
	return ""
}

// hasHangul reports whether s holds a Hangul syllable or jamo.
func hasHangul(s string) bool {
	for _, r := range s {
		if hangul.IsHangul(r) {
			return true
		}
	}
	return false
}

// houseColumns are the column names ParseHouse understands in a header
// row, lower-cased: the names bitext's glossaries and the table use.
var houseColumns = map[string]string{
	"korean": "ko", "hangul": "ko", "ko": "ko", "ko-kr": "ko", "kor": "ko",
	"english": "en", "en": "en", "en-us": "en", "en-gb": "en", "eng": "en",
	"kind": "kind", "type": "kind",
	"who": "who", "description": "who",
	"also": "also",
}

// ParseHouse reads a newsroom's own list of spellings, TAB-separated, in
// one of these shapes:
//
//   - two columns without a header, Hangul and English in either order,
//     decided line by line by which side has Hangul (김정은<TAB>Kim Jong Un
//     or Kim Jong Un<TAB>김정은); further columns, such as the comment
//     column of an OmegaT glossary, are ignored;
//   - a header row naming the columns (Korean or hangul, English, and
//     optionally kind or type, who or description, also; other columns
//     are ignored), as bitext's glossaries and spellings.tsv have.
//
// Lines that are empty or start with # are skipped. A kind, where given,
// is person, place or organization; "other" or an empty cell leaves the
// entry without a kind, so that it answers every kind. Every entry's
// source is House. Errors are *ParseError with the line and column.
func ParseHouse(name string, r io.Reader) (*Table, error) {
	var entries []Entry
	var cols map[string]int // column of each known field, after a header
	first := true
	err := eachLine(name, r, func(n int, line string) error {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			return nil
		}
		f := strings.Split(line, "\t")
		fail := func(i int, format string, args ...any) error {
			return &ParseError{File: name, Line: n, Column: column(line, i), Err: fmt.Errorf(format, args...)}
		}
		if first {
			first = false
			if !hasHangul(line) {
				cols = map[string]int{}
				for i, c := range f {
					if k, ok := houseColumns[strings.ToLower(strings.TrimSpace(c))]; ok {
						if _, dup := cols[k]; dup {
							return fail(i, "two %s columns in the header", k)
						}
						cols[k] = i
					}
				}
				_, ko := cols["ko"]
				_, en := cols["en"]
				if !ko || !en {
					if len(f) < 2 && strings.Contains(line, ",") {
						return fail(0, "no TAB: this looks like CSV, not a TAB-separated list")
					}
					return fail(0, "no Hangul here, and not a header naming Korean and English columns")
				}
				return nil
			}
		}
		e := Entry{Source: House, File: name, Line: n}
		if cols == nil {
			if len(f) < 2 {
				return fail(0, "want Hangul<TAB>English or English<TAB>Hangul, found no TAB")
			}
			a, b := strings.TrimSpace(f[0]), strings.TrimSpace(f[1])
			ha, hb := hasHangul(a), hasHangul(b)
			enCol := 1
			switch {
			case ha && hb:
				return fail(1, "both columns have Hangul; want one Hangul and one English column")
			case ha:
				e.Hangul, e.English = a, b
			case hb:
				e.Hangul, e.English, enCol = b, a, 0
			default:
				return fail(0, "neither column has Hangul; want one Hangul and one English column")
			}
			if e.English == "" {
				return fail(enCol, "empty English")
			}
			entries = append(entries, e)
			return nil
		}
		cell := func(k string) (string, int, bool) {
			i, ok := cols[k]
			if !ok || i >= len(f) {
				return "", i, false
			}
			return strings.TrimSpace(f[i]), i, true
		}
		ko, i, ok := cell("ko")
		if !ok || !hasHangul(ko) {
			return fail(min(i, len(f)-1), "no Hangul in the Korean column")
		}
		en, i, ok := cell("en")
		if !ok || en == "" {
			return fail(min(i, len(f)-1), "empty English column")
		}
		if hasHangul(en) {
			return fail(i, "Hangul in the English column")
		}
		e.Hangul, e.English = ko, en
		if k, i, ok := cell("kind"); ok {
			switch strings.ToLower(k) {
			case "", "other":
			default:
				kind, err := ParseKind(strings.ToLower(k))
				if err != nil {
					return fail(i, "%v", err)
				}
				e.Kind = kind
			}
		}
		if w, _, ok := cell("who"); ok {
			e.Who = w
		}
		if a, _, ok := cell("also"); ok && a != "" {
			for _, s := range strings.Split(a, "|") {
				if s = strings.TrimSpace(s); s != "" && s != e.English {
					e.Also = append(e.Also, s)
				}
			}
		}
		entries = append(entries, e)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return newTable(entries), nil
}

// FromEntries makes a table of entries read elsewhere (a glossary in CSV,
// TBX or JSON, read by the glossary package): each needs Hangul and an
// English spelling. Entries without a Source get House.
func FromEntries(entries []Entry) (*Table, error) {
	out := make([]Entry, len(entries))
	for i, e := range entries {
		if !hasHangul(e.Hangul) {
			return nil, fmt.Errorf("entry %d (%s:%d): no Hangul in %q", i+1, e.File, e.Line, e.Hangul)
		}
		if strings.TrimSpace(e.English) == "" {
			return nil, fmt.Errorf("entry %d (%s:%d): empty English for %s", i+1, e.File, e.Line, e.Hangul)
		}
		if e.Source == 0 {
			e.Source = House
		}
		e.Also = append([]string(nil), e.Also...)
		out[i] = e
	}
	return newTable(out), nil
}
