package tmx

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/ianaindex"
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
func utf8Input(in io.Reader) (io.Reader, string, error) {
	head := make([]byte, 1024)
	n, err := io.ReadFull(in, head)
	head = head[:n]
	if err != nil && err != io.ErrUnexpectedEOF && err != io.EOF {
		return nil, "", err
	}
	rest := io.MultiReader(bytes.NewReader(head), in)
	utf16 := func(e unicode.Endianness, name string, bom int) (io.Reader, string, error) {
		dec := unicode.UTF16(e, unicode.IgnoreBOM).NewDecoder()
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
	return transform.NewReader(rest, enc.NewDecoder()), name, nil
}

func lookupEncoding(label string) (encoding.Encoding, string) {
	if enc, err := htmlindex.Get(label); err == nil {
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
