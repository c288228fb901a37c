package tmx

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/ianaindex"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// utf8Input returns the document read from in as UTF-8, without a
// byte-order mark, and the name of the encoding it was in.
//
// The encoding is found as XML 1.0 appendix F describes: a byte-order mark
// (UTF-8, UTF-16LE, UTF-16BE), else the first bytes "<?" in UTF-16 without a
// mark, else the encoding pseudo-attribute of the XML declaration, else
// UTF-8. Encodings other than UTF-8 and UTF-16 are decoded with
// golang.org/x/text (every name in the WHATWG Encoding Standard or the IANA
// registry that x/text implements: ISO-8859-*, windows-125*, EUC-KR, CP949,
// Shift_JIS, GB18030, Big5, …). UTF-32 and EBCDIC are refused.
//
// Decoding is strict: the reader returned stops, after the text before
// them, with a *decodeError at the first bytes that are not valid in the
// encoding (the scanner checks UTF-8 itself, as it reads).
func utf8Input(in io.Reader) (io.Reader, string, error) {
	head := make([]byte, 1024)
	n, err := io.ReadFull(in, head)
	head = head[:n]
	if err != nil && err != io.ErrUnexpectedEOF && err != io.EOF {
		return nil, "", err
	}
	rest := io.MultiReader(bytes.NewReader(head), in)
	utf16 := func(e unicode.Endianness, name string, bom int) (io.Reader, string, error) {
		dec := newStrictDecoder(unicode.UTF16(e, unicode.IgnoreBOM), name)
		return transform.NewReader(io.MultiReader(bytes.NewReader(head[bom:]), in), dec), name, nil
	}
	switch {
	case bytes.HasPrefix(head, []byte{0, 0, 0xFE, 0xFF}), bytes.HasPrefix(head, []byte{0xFF, 0xFE, 0, 0}),
		bytes.HasPrefix(head, []byte{0, 0, 0, '<'}), bytes.HasPrefix(head, []byte{'<', 0, 0, 0}):
		return nil, "", fmt.Errorf("%w: UTF-32 is not supported", ErrEncoding)
	case bytes.HasPrefix(head, []byte{0x4C, 0x6F, 0xA7, 0x94}):
		return nil, "", fmt.Errorf("%w: EBCDIC is not supported", ErrEncoding)
	case bytes.HasPrefix(head, []byte{0xFE, 0xFF}):
		return utf16(unicode.BigEndian, "UTF-16BE", 2)
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}):
		return utf16(unicode.LittleEndian, "UTF-16LE", 2)
	case bytes.HasPrefix(head, []byte{0, '<', 0, '?'}):
		return utf16(unicode.BigEndian, "UTF-16BE", 0)
	case bytes.HasPrefix(head, []byte{'<', 0, '?', 0}):
		return utf16(unicode.LittleEndian, "UTF-16LE", 0)
	}
	bom := bytes.HasPrefix(head, []byte{0xEF, 0xBB, 0xBF})
	if bom {
		head = head[3:]
		rest = io.MultiReader(bytes.NewReader(head), in)
	}
	label := declaredEncoding(head)
	if label == "" || isUTF8Label(label) {
		return rest, "UTF-8", nil
	}
	if bom {
		return nil, "", fmt.Errorf("%w: UTF-8 byte-order mark but the XML declaration says %s", ErrEncoding, label)
	}
	if isUTF16Label(label) {
		return nil, "", fmt.Errorf("%w: the XML declaration says %s, but the file has no byte-order mark and is not UTF-16", ErrEncoding, label)
	}
	enc, name := lookupEncoding(label)
	if enc == nil {
		return nil, "", fmt.Errorf("%w: %q", ErrEncoding, label)
	}
	return transform.NewReader(rest, newStrictDecoder(enc, name)), name, nil
}

// lookupEncoding returns the encoding label names, and its name. The
// WHATWG's "replacement" encoding (which turns a whole document into one
// U+FFFD, for ISO-2022-KR and the like) counts as none.
func lookupEncoding(label string) (encoding.Encoding, string) {
	if enc, err := htmlindex.Get(label); err == nil && enc != encoding.Replacement {
		name, _ := htmlindex.Name(enc)
		return enc, name
	}
	if enc, err := ianaindex.IANA.Encoding(label); err == nil && enc != nil {
		name, _ := ianaindex.IANA.Name(enc)
		return enc, name
	}
	return nil, ""
}

func isUTF8Label(label string) bool {
	switch strings.ToLower(label) {
	case "utf-8", "utf8", "us-ascii", "ascii":
		return true
	}
	return false
}

func isUTF16Label(label string) bool {
	switch strings.ToLower(label) {
	case "utf-16", "utf-16le", "utf-16be", "utf16", "iso-10646-ucs-2", "ucs-2":
		return true
	}
	return false
}

// declaredEncoding returns the encoding named in the XML declaration at the
// start of head, if there is one.
func declaredEncoding(head []byte) string {
	if !bytes.HasPrefix(head, []byte("<?xml")) {
		return ""
	}
	end := bytes.Index(head, []byte("?>"))
	if end < 0 {
		return ""
	}
	enc, err := parseDeclaration(head[5:end])
	if err != nil {
		return "" // the scanner reports the malformed declaration
	}
	return enc
}

// decodeError reports bytes that are not valid in the document's encoding.
// The scanner wraps it in a *ParseError naming where they are.
type decodeError struct {
	encoding string
	bytes    []byte // nil when the decoder cannot tell which bytes
}

func (e *decodeError) Error() string {
	if e.bytes == nil {
		return fmt.Sprintf("%v (%s)", ErrInvalidBytes, e.encoding)
	}
	return fmt.Sprintf("%v (%s): % X", ErrInvalidBytes, e.encoding, e.bytes)
}

func (e *decodeError) Unwrap() error { return ErrInvalidBytes }

// strictDecoder makes a decoder from golang.org/x/text strict. Those
// decoders turn bytes that are invalid in their encoding into U+FFFD and go
// on; strictDecoder stops at such a U+FFFD with a *decodeError instead,
// after the text before it. A U+FFFD that the document really holds (in
// UTF-16 or GB18030, which can encode it) is kept: the bytes it was decoded
// from are compared with the encoding's own U+FFFD.
type strictDecoder struct {
	dec      transform.Transformer
	name     string
	fffd     []byte // U+FFFD in the encoding; nil if it has none
	stateful bool   // the decoder keeps a shift state from call to call
}

var replacementChar = []byte("\uFFFD")

func newStrictDecoder(enc encoding.Encoding, name string) *strictDecoder {
	d := &strictDecoder{dec: enc.NewDecoder(), name: name}
	if b, err := enc.NewEncoder().Bytes(replacementChar); err == nil {
		d.fffd = b
	}
	// The ISO-2022 family switches character sets with escape sequences:
	// decoding part of the input again would start in the wrong set.
	d.stateful = enc == japanese.ISO2022JP || enc == simplifiedchinese.HZGB2312
	return d
}

func (d *strictDecoder) Reset() { d.dec.Reset() }

func (d *strictDecoder) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	nDst, nSrc, err = d.dec.Transform(dst, src, atEOF)
	for from := 0; ; {
		k := bytes.Index(dst[from:nDst], replacementChar)
		if k < 0 {
			return nDst, nSrc, err
		}
		k += from
		if d.stateful { // no U+FFFD in these encodings, and no second pass
			return k, 0, &decodeError{encoding: d.name}
		}
		// Decode again up to the U+FFFD (the same bytes: the decoder
		// has no state), then the U+FFFD alone, to learn its bytes.
		d.dec.Reset()
		n, at, _ := d.dec.Transform(dst[:k], src, false)
		var one [3]byte
		_, size, _ := d.dec.Transform(one[:], src[at:], atEOF)
		if n != k || size == 0 {
			return k, 0, &decodeError{encoding: d.name} // cannot happen with x/text's decoders
		}
		if bad := src[at : at+size]; !bytes.Equal(bad, d.fffd) {
			return k, at, &decodeError{encoding: d.name, bytes: bytes.Clone(bad)}
		}
		from = k + len(replacementChar)
	}
}
