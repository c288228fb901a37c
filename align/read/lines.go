package read

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/transform"
)

// Lines reads text line by line, for the filters that stream (romanize,
// names match on standard input), decoded as File decodes a file, with the
// same decoders: a byte-order mark selects UTF-8 or UTF-16,
// Options.Encoding any encoding the WHATWG standard names, and without
// either the input must be UTF-8. A line that is not valid in its
// encoding or holds a NUL byte is a *ParseError at its place, one longer
// than Options.MaxLine bytes (in UTF-8, line end excluded) a
// *TooLargeError naming the line; nothing is replaced by U+FFFD. Line
// ends may be LF or CRLF.
//
// Use it like bufio.Scanner:
//
//	ls := read.NewLines(r, "-", opt)
//	for ls.Scan() {
//		use(ls.Text())
//	}
//	if err := ls.Err(); err != nil { … }
type Lines struct {
	name    string
	src     io.Reader
	br      *bufio.Reader
	opt     Options
	started bool
	// decode decodes a line of a legacy encoding, or returns the byte of
	// the line where it fails; nil: the stream is UTF-8.
	decode   func(string) (string, int, error)
	encoding string
	declared bool // by Options.Encoding or a byte-order mark
	utf16    bool // the stream is decoded from UTF-16 as it is read
	bom      int  // bytes of the byte-order mark dropped
	buf      []byte
	line     int
	lineAt   int64 // offset in the input of the line Text returns
	next     int64 // offset of the line after it
	text     string
	err      error
}

// NewLines returns a reader of the lines of r; name ("-" for standard
// input) is used in errors.
func NewLines(r io.Reader, name string, opt Options) *Lines {
	return &Lines{name: name, src: r, opt: opt}
}

// Encoding returns the encoding of the input, once Scan has been called.
func (l *Lines) Encoding() string { return l.encoding }

// Line returns the 1-based number of the line Text returns.
func (l *Lines) Line() int { return l.line }

// Text returns the line read by the last Scan, without its line end.
func (l *Lines) Text() string { return l.text }

// Err returns the error that stopped Scan, nil at the end of the input.
func (l *Lines) Err() error { return l.err }

// Scan reads the next line, reporting whether there is one.
func (l *Lines) Scan() bool {
	if l.err != nil {
		return false
	}
	if !l.started {
		l.started = true
		if l.err = l.start(); l.err != nil {
			return false
		}
		l.next = int64(l.bom)
	}
	raw, more, err := l.readLine()
	if err != nil {
		l.err = err
		return false
	}
	if !more {
		return false
	}
	l.line++
	s := raw
	if l.decode == nil {
		if off := invalidUTF8(raw); off >= 0 {
			l.err = l.errorAt(off, invalidf("invalid UTF-8 (byte %#x)", raw[off]))
			return false
		}
	} else {
		var off int
		if s, off, err = l.decode(raw); err != nil {
			l.err = l.errorAt(off, err)
			return false
		}
	}
	if i := strings.IndexByte(s, 0); i >= 0 {
		if l.utf16 {
			i = 2 * utf16Len(s[:i])
		} else {
			i = strings.IndexByte(raw, 0)
		}
		l.err = l.errorAt(i, errNUL())
		return false
	}
	if l.line == 1 {
		s = strings.TrimPrefix(s, "\uFEFF")
	}
	l.text = s
	return true
}

// errorAt returns the *ParseError of byte off (from 0) of the current
// line.
func (l *Lines) errorAt(off int, err error) error {
	return l.errorAtOffset(l.line, l.lineAt+int64(off), err)
}

// errorAtOffset returns the *ParseError of the byte at offset off of the
// input, on line line.
func (l *Lines) errorAtOffset(line int, off int64, err error) error {
	start := l.lineAt
	if line == 1 {
		start = 0 // the byte-order mark is on the first line
	}
	return &ParseError{Name: l.name, Line: line, Column: int(off-start) + 1, Offset: off, Assumed: !l.declared, Err: err}
}

// start chooses the decoding from Options.Encoding or a byte-order mark.
func (l *Lines) start() error {
	l.br = bufio.NewReaderSize(l.src, 64<<10)
	// Wait for more than a first byte only when it may start a BOM, so
	// that a line typed at a terminal is answered at once.
	head, _ := l.br.Peek(1)
	switch {
	case len(head) == 0:
	case head[0] == 0xEF:
		head, _ = l.br.Peek(3)
	case head[0] == 0xFF || head[0] == 0xFE:
		head, _ = l.br.Peek(2)
	}
	key, n := bom(string(head))
	l.declared = n > 0 || l.opt.Encoding != ""
	if l.opt.Encoding != "" {
		key = encodingKey(l.opt.Encoding)
		if k, _ := bom(string(head)); k != key {
			n = 0 // a BOM of another encoding is the forced encoding's text
		}
	}
	l.br.Discard(n)
	l.bom = n
	switch key {
	case "", "utf-8":
		l.encoding = "UTF-8"
	case "utf-16le", "utf-16be", "utf-16":
		bigEndian := key == "utf-16be"
		if key == "utf-16" {
			k, n := bom(string(head))
			bigEndian = k == "utf-16be"
			if k == "utf-16le" || k == "utf-16be" {
				l.br.Discard(n)
				l.bom += n
			}
		}
		l.utf16 = true
		l.encoding = "UTF-16LE"
		if bigEndian {
			l.encoding = "UTF-16BE"
		}
		// Decoded to UTF-8 as a stream; an error names the line it is
		// on.
		l.br = bufio.NewReaderSize(transform.NewReader(l.br, &utf16Decoder{bigEndian: bigEndian}), 64<<10)
	default:
		enc, err := htmlindex.Get(key)
		if err != nil {
			return fmt.Errorf("reading %s: unknown encoding %q", displayName(l.name), l.opt.Encoding)
		}
		name, _ := htmlindex.Name(enc)
		l.encoding = strings.ToUpper(name)
		// The legacy encodings keep ASCII's line feed: each line is
		// decoded on its own.
		l.decode = func(s string) (string, int, error) {
			if name == "euc-kr" {
				if off := invalidCP949(s); off >= 0 {
					return "", off, invalidf("invalid EUC-KR/CP949 (byte %#x)", s[off])
				}
			}
			out, bad, err := decodeStrict(s, enc, name)
			if err != nil {
				return "", 0, err
			}
			if bad >= 0 {
				off := undecodable(s, enc, 1)
				return "", off, invalidf("invalid %s (byte %#x)", l.encoding, s[off])
			}
			return out, 0, nil
		}
	}
	return nil
}

// readLine returns the next line without its line end, and false at the
// end of the input.
func (l *Lines) readLine() (string, bool, error) {
	max := l.opt.maxLine()
	l.buf = l.buf[:0]
	l.lineAt = l.next
	for {
		chunk, err := l.br.ReadSlice('\n')
		l.buf = append(l.buf, chunk...)
		switch {
		case errors.Is(err, bufio.ErrBufferFull):
			if len(l.buf) > max+1 { // +1: a CR may end it
				return "", false, &TooLargeError{Name: l.name, Line: l.line + 1, Limit: int64(max)}
			}
			continue
		case err == nil || err == io.EOF:
			if err == io.EOF && len(l.buf) == 0 {
				return "", false, nil
			}
			line := string(l.buf)
			if l.utf16 {
				l.next += 2 * int64(utf16Len(line))
			} else {
				l.next += int64(len(line))
			}
			if strings.HasSuffix(line, "\n") {
				line = strings.TrimSuffix(line[:len(line)-1], "\r")
			}
			if len(line) > max {
				return "", false, &TooLargeError{Name: l.name, Line: l.line + 1, Limit: int64(max)}
			}
			return line, true, nil
		}
		var bad *utf16Error
		if errors.As(err, &bad) {
			return "", false, l.errorAtOffset(l.line+1, int64(l.bom)+bad.offset, invalidf("invalid UTF-16 (%s)", bad.what))
		}
		return "", false, fmt.Errorf("reading %s: %w", displayName(l.name), err)
	}
}
