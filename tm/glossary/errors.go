package glossary

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"unicode/utf8"
)

// ParseError is an error in a glossary file, with its place, like
// encoding/csv's ParseError: the line and column where the faulty cell,
// row, JSON entry, TBX concept or syntax error is. Err is the error
// itself; where a library found it (encoding/csv, encoding/xml,
// encoding/json), Err wraps that library's error, so that errors.As
// reaches, say, the *csv.ParseError.
type ParseError struct {
	File string // the name given to Read
	// Line is 1-based; 0 when the error is the whole file's (a TBX file
	// with no <body>, a JSON file with no "entries", a file that looks
	// like another format).
	Line int
	// Column is the 1-based character of the line where the fault starts;
	// 0 with Line 0.
	Column int
	Err    error
}

func (e *ParseError) Error() string {
	switch {
	case e.Line == 0:
		return e.File + ": " + e.Err.Error()
	case e.Column == 0:
		return e.File + ": line " + strconv.Itoa(e.Line) + ": " + e.Err.Error()
	}
	return e.File + ": line " + strconv.Itoa(e.Line) + ", column " + strconv.Itoa(e.Column) + ": " + e.Err.Error()
}

func (e *ParseError) Unwrap() error { return e.Err }

// ErrFormat is what an error wraps when the format of a file is not the
// one it was read as (it looks like another one, or a TSV row has no tab
// but commas), or cannot be told from its name (FormatFor): naming the
// format may read it.
var ErrFormat = errors.New("not in the glossary format asked for")

// formatError is an error of kind ErrFormat with its own message.
type formatError struct{ msg string }

func (e *formatError) Error() string { return e.msg }
func (e *formatError) Unwrap() error { return ErrFormat }

func formatErrorf(format string, args ...any) error {
	return &formatError{fmt.Sprintf(format, args...)}
}

// position returns the 1-based line and column (in characters) of byte
// offset off of data.
func position(data []byte, off int) (line, col int) {
	off = max(0, min(off, len(data)))
	start := bytes.LastIndexByte(data[:off], '\n') + 1
	return 1 + bytes.Count(data[:off], []byte("\n")), utf8.RuneCount(data[start:off]) + 1
}

// lineText returns line line (1-based) of data, without its line end.
func lineText(data []byte, line int) []byte {
	for ; line > 1; line-- {
		i := bytes.IndexByte(data, '\n')
		if i < 0 {
			return nil
		}
		data = data[i+1:]
	}
	if i := bytes.IndexByte(data, '\n'); i >= 0 {
		data = data[:i]
	}
	return bytes.TrimSuffix(data, []byte("\r"))
}

// charColumn returns the column in characters of byte column col (1-based)
// of line line of data; col 0 is the column after the line's end.
func charColumn(data []byte, line, col int) int {
	l := lineText(data, line)
	if col <= 0 || col-1 > len(l) {
		col = len(l) + 1
	}
	return utf8.RuneCount(l[:col-1]) + 1
}

// wrapped is an error of a library (encoding/csv, encoding/xml,
// encoding/json) worded for people: its message replaces the library's,
// which errors.As still reaches.
type wrapped struct {
	msg string
	err error
}

func (e *wrapped) Error() string { return e.msg }
func (e *wrapped) Unwrap() error { return e.err }

// errorAt returns a *ParseError at byte offset off of data.
func errorAt(data []byte, off int, err error) *ParseError {
	line, col := position(data, off)
	return &ParseError{Line: line, Column: col, Err: err}
}

// A place says where a row, a JSON entry or a TBX concept is: where names
// it in the messages of Problems ("line 3", "entry 2"), and at returns
// the line and column of one of its fields by key ("ko", "en", "count",
// …; see fieldColumns), or of the whole when the field has none.
type place struct {
	where string
	at    func(key string) (line, col int)
}

// errorf returns a *ParseError at the field key.
func (p place) errorf(key, format string, args ...any) error {
	return p.wrap(key, fmt.Errorf(format, args...))
}

// wrap returns err as a *ParseError at the field key.
func (p place) wrap(key string, err error) error {
	line, col := p.at(key)
	return &ParseError{Line: line, Column: col, Err: err}
}
