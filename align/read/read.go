// Package read turns the bytes of an article file into normalized
// paragraphs: it detects the encoding, extracts the text of HTML pages,
// normalizes Unicode (package normalize) and splits the text into
// paragraphs, the units every later stage numbers.
//
// Paragraphs are the blank-line-separated blocks of the text; a text with
// no blank line at all has one paragraph per non-empty line. Paragraph i is
// the i-th block in file order, counted from 0, and this numbering is the
// contract of every output format.
//
// Encodings: UTF-8 with or without byte-order mark, UTF-16 LE or BE with a
// byte-order mark, and EUC-KR/CP949 are detected; Options.Encoding forces
// any encoding the WHATWG encoding standard names (golang.org/x/text's
// htmlindex). HTML is decoded with golang.org/x/net/html/charset and parsed
// with golang.org/x/net/html. Only the sniffing rules and the CP949 byte
// check are written here, because no library reports where a file stops
// being valid in a given encoding.
package read

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/bitext-ko/bitext/align/normalize"
)

// Text is a file read into paragraphs.
type Text struct {
	Name       string   // file name as given, "-" for standard input
	Encoding   string   // encoding the bytes were decoded from
	HTML       bool     // whether the text was extracted from HTML
	Paragraphs []string // normalized paragraphs; lines inside a paragraph are kept
	// SHA256 is the SHA-256 of the bytes read, before any decoding, so
	// that what was made from them can later be checked against the file.
	SHA256 [sha256.Size]byte
}

// Options control reading.
type Options struct {
	// Encoding forces the input encoding (for example "euc-kr",
	// "utf-16le"). Empty means detect.
	Encoding string
	// HTML forces (true) HTML extraction; by default it is chosen from the
	// file extension or the content.
	HTML bool
}

// MaxSize is the largest input accepted, to keep memory bounded.
const MaxSize = 256 << 20

// ErrEmpty is returned for a file that holds no text.
var ErrEmpty = errors.New("no text")

// File reads the named file ("-" reads stdin).
func File(name string, stdin io.Reader, opt Options) (*Text, error) {
	var data []byte
	var err error
	if name == "-" {
		data, err = io.ReadAll(io.LimitReader(stdin, MaxSize+1))
	} else {
		var fi os.FileInfo
		fi, err = os.Stat(name)
		if err == nil && fi.IsDir() {
			return nil, fmt.Errorf("reading %s: is a directory", name)
		}
		if err == nil && fi.Size() > MaxSize {
			return nil, fmt.Errorf("reading %s: file is larger than %d MiB", name, MaxSize>>20)
		}
		if err == nil {
			data, err = os.ReadFile(name)
		}
	}
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	if len(data) > MaxSize {
		return nil, fmt.Errorf("reading %s: input is larger than %d MiB", name, MaxSize>>20)
	}
	if !opt.HTML {
		ext := strings.ToLower(filepath.Ext(name))
		opt.HTML = ext == ".html" || ext == ".htm" || ext == ".xhtml"
	}
	t, err := Bytes(name, data, opt)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	return t, nil
}

// Bytes reads data as the contents of a file called name. Errors do not
// repeat the name; File adds it.
func Bytes(name string, data []byte, opt Options) (*Text, error) {
	isHTML := opt.HTML || LooksLikeHTML(data)
	s, enc, err := decode(data, opt.Encoding, isHTML)
	if err != nil {
		return nil, err
	}
	if isHTML {
		s, err = htmlText(s)
		if err != nil {
			return nil, err
		}
	}
	s = normalize.String(s)
	paras := Paragraphs(s)
	if len(paras) == 0 {
		return nil, ErrEmpty
	}
	return &Text{Name: name, Encoding: enc, HTML: isHTML, Paragraphs: paras, SHA256: sha256.Sum256(data)}, nil
}

// Lines returns the non-blank lines of the text, trimmed, in order: the
// entries of a list file (one name a line).
func (t *Text) Lines() []string {
	var out []string
	for _, p := range t.Paragraphs {
		for _, l := range strings.Split(p, "\n") {
			if l = strings.TrimSpace(l); l != "" {
				out = append(out, l)
			}
		}
	}
	return out
}

// Paragraphs splits text into paragraphs: blocks separated by lines that
// are empty or white space only, or, when there is no such line, the
// non-empty lines. Line ends may be LF, CRLF or CR. Lines inside a block
// keep their order and are joined with "\n"; trailing space is trimmed.
func Paragraphs(text string) []string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	lines := strings.Split(text, "\n")
	var paras []string
	var cur []string
	blank := false // a blank line stands between two non-blank ones
	for _, l := range lines {
		l = strings.TrimRight(l, " \t")
		if strings.TrimSpace(l) == "" {
			if len(cur) > 0 {
				paras = append(paras, strings.Join(cur, "\n"))
				cur = cur[:0]
			}
			continue
		}
		if len(cur) == 0 && len(paras) > 0 {
			blank = true
		}
		cur = append(cur, l)
	}
	if len(cur) > 0 {
		paras = append(paras, strings.Join(cur, "\n"))
	}
	if blank {
		return paras
	}
	// No blank line between blocks: one paragraph a line.
	var out []string
	for _, p := range paras {
		out = append(out, strings.Split(p, "\n")...)
	}
	return out
}

// decode converts data to a UTF-8 string.
func decode(data []byte, forced string, isHTML bool) (string, string, error) {
	if forced != "" {
		return decodeForced(data, forced)
	}
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
		if off := invalidUTF8(data); off >= 0 {
			return "", "", fmt.Errorf("invalid UTF-8 at line %d, byte offset %d", lineAt(data, off), off+3)
		}
		return checkBinary(string(data), "UTF-8 (BOM)", 3)
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return decodeUTF16(data)
	}
	off := invalidUTF8(data)
	if off < 0 {
		return checkBinary(string(data), "UTF-8", 0)
	}
	if isHTML {
		if s, enc, ok := decodeHTMLCharset(data); ok {
			return checkBinary(s, enc, 0)
		}
	}
	if bad := invalidCP949(data); bad >= 0 {
		return "", "", fmt.Errorf("not UTF-8 (invalid byte at line %d, offset %d) nor EUC-KR/CP949 (invalid byte at line %d, offset %d); use --encoding to name the encoding",
			lineAt(data, off), off, lineAt(data, bad), bad)
	}
	s, err := decodeWith(data, "euc-kr")
	if err != nil {
		return "", "", err
	}
	return checkBinary(s, "EUC-KR/CP949", 0)
}

// lineAt is the 1-based line of byte offset off of data.
func lineAt(data []byte, off int) int { return 1 + bytes.Count(data[:off], []byte{'\n'}) }

// invalidUTF8 returns the offset of the first byte that is not valid
// UTF-8, or -1.
func invalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}

// invalidCP949 returns the offset of the first byte that cannot be part of
// CP949 (Unified Hangul Code, the superset of EUC-KR), or -1.
func invalidCP949(b []byte) int {
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c < 0x80 {
			continue
		}
		if c == 0x80 || c == 0xFF || i+1 >= len(b) {
			return i
		}
		t := b[i+1]
		okTrail := (t >= 0x41 && t <= 0x5A) || (t >= 0x61 && t <= 0x7A) || (t >= 0x81 && t <= 0xFE)
		if !okTrail {
			return i
		}
		// EUC-KR proper (both bytes >= 0xA1) or the UHC extension
		// (lead 0x81-0xC6).
		if !(c >= 0xA1 && t >= 0xA1) && c > 0xC6 {
			return i
		}
		i++
	}
	return -1
}

// checkBinary refuses text that is binary data: NUL bytes or a high share
// of control characters.
func checkBinary(s, enc string, base int) (string, string, error) {
	ctl := 0
	for i, r := range s {
		if r == 0 {
			return "", "", fmt.Errorf("binary data (NUL byte at offset %d)", base+i)
		}
		if r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f' {
			ctl++
		}
	}
	if len(s) > 0 && ctl*20 > len(s) {
		return "", "", fmt.Errorf("binary data (%d control characters in %d bytes)", ctl, len(s))
	}
	return s, enc, nil
}
