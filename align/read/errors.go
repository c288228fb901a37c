package read

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding"
)

// ParseError is a place where an input cannot be read as text: a byte
// sequence that is not valid in the input's encoding, or binary data.
// Like encoding/csv's ParseError it says where, in the bytes as read
// (before any decoding, a byte-order mark included): the line, the column
// and the offset. Err wraps ErrInvalid or ErrBinary, so that errors.Is
// tells the kind of problem.
type ParseError struct {
	Name string // the input, "-" for standard input
	// Line is the 1-based line, 0 when the error is the whole input's
	// (binary data found by its share of control characters).
	Line int
	// Column is the 1-based byte of the line where the faulty sequence
	// starts (bytes of the input, whatever its encoding), 0 with Line.
	Column int
	// Offset is the offset of that byte in the input, -1 with Line 0.
	Offset int64
	// Assumed is set when the encoding was neither given
	// (Options.Encoding) nor declared (a byte-order mark, an HTML
	// charset) but assumed: UTF-8, or EUC-KR/CP949 for a whole file that
	// is not UTF-8. Naming the input's encoding may then read it.
	Assumed bool
	Err     error
}

func (e *ParseError) Error() string {
	var b strings.Builder
	b.WriteString("reading ")
	b.WriteString(displayName(e.Name))
	b.WriteString(": ")
	if e.Line > 0 {
		b.WriteString("line ")
		b.WriteString(strconv.Itoa(e.Line))
		if e.Column > 0 {
			b.WriteString(", column ")
			b.WriteString(strconv.Itoa(e.Column))
		}
		b.WriteString(": ")
	}
	b.WriteString(e.Err.Error())
	return b.String()
}

func (e *ParseError) Unwrap() error { return e.Err }

// The kinds of ParseError, as ParseError.Err wraps them.
var (
	// ErrInvalid: a byte sequence that is not valid in the encoding the
	// input is read in.
	ErrInvalid = errors.New("invalid byte sequence")
	// ErrBinary: a NUL byte, or a high share of control characters.
	ErrBinary = errors.New("binary data")
)

// kindError is an error of a kind (ErrInvalid, ErrBinary) with its own
// message.
type kindError struct {
	kind error
	msg  string
}

func (e *kindError) Error() string { return e.msg }
func (e *kindError) Unwrap() error { return e.kind }

func invalidf(format string, args ...any) error {
	return &kindError{ErrInvalid, fmt.Sprintf(format, args...)}
}

func binaryf(format string, args ...any) error {
	return &kindError{ErrBinary, fmt.Sprintf(format, args...)}
}

// at returns a ParseError at byte offset off of s, an input in an
// encoding that keeps ASCII's line feed (UTF-8, EUC-KR and the other
// legacy encodings).
func at(s string, off int, err error) *ParseError {
	start := strings.LastIndexByte(s[:off], '\n') + 1
	return &ParseError{Line: 1 + strings.Count(s[:off], "\n"), Column: off - start + 1, Offset: int64(off), Err: err}
}

// at16 returns a ParseError at byte offset off of s, UTF-16 code units
// that start at byte base of the input (after a byte-order mark).
func at16(s string, off int, bigEndian bool, base int, err error) *ParseError {
	line, start := 1, -base
	for i := 0; i+1 < off; i += 2 {
		u := uint16(s[i]) | uint16(s[i+1])<<8
		if bigEndian {
			u = uint16(s[i])<<8 | uint16(s[i+1])
		}
		if u == '\n' {
			line, start = line+1, i+2
		}
	}
	return &ParseError{Line: line, Column: off - start + 1, Offset: int64(base + off), Err: err}
}

// nulIn returns the ParseError of the first NUL byte of s, an input in an
// encoding that keeps ASCII (whose NUL character is a NUL byte).
func nulIn(s string) func(int) *ParseError {
	return func(int) *ParseError { return at(s, strings.IndexByte(s, 0), errNUL()) }
}

func errNUL() error { return binaryf("binary data (NUL byte)") }

// undecodable returns the offset in s of the first byte sequence on line
// line (1-based) that enc cannot decode: the one its decoder writes
// U+FFFD for. The line of a U+FFFD in the decoded text is its line in s,
// as the encodings read here keep ASCII's line feed.
func undecodable(s string, enc encoding.Encoding, line int) int {
	start := 0
	for ; line > 1; line-- {
		start += strings.IndexByte(s[start:], '\n') + 1
	}
	end := len(s)
	if i := strings.IndexByte(s[start:], '\n'); i >= 0 {
		end = start + i
	}
	// One sequence at a time: a decoder given an incomplete one asks for
	// more (ErrShortSrc) and consumes nothing.
	dec := enc.NewDecoder()
	var dst [64]byte
	pos := start
	for i := start + 1; i <= end; i++ {
		nDst, nSrc, _ := dec.Transform(dst[:], []byte(s[pos:i]), i == end)
		if strings.ContainsRune(string(dst[:nDst]), utf8.RuneError) {
			return pos
		}
		pos += nSrc
	}
	return start
}

// utf16Len is the number of UTF-16 code units of s, which is valid UTF-8
// decoded from UTF-16.
func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}
