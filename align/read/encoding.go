package read

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/transform"
)

// The decoders here are strict: a byte sequence that is not valid in the
// encoding is an error with its position, never U+FFFD in the text. Files
// (decode) and line-by-line input (Lines) share them.

// encodingKey is the WHATWG name (htmlindex) of an encoding as a user may
// write it: cp949, utf16le, EUC_KR.
func encodingKey(name string) string {
	key := strings.ToLower(strings.ReplaceAll(name, "_", "-"))
	switch key {
	case "utf8":
		key = "utf-8"
	case "cp949", "uhc", "ks-c-5601-1987", "euckr":
		key = "euc-kr"
	case "utf16le":
		key = "utf-16le"
	case "utf16be":
		key = "utf-16be"
	}
	return key
}

// bom returns the encoding a byte-order mark at the start of s selects
// ("utf-8", "utf-16le" or "utf-16be") and its length, or "" and 0.
func bom(s string) (string, int) {
	switch {
	case strings.HasPrefix(s, "\xEF\xBB\xBF"):
		return "utf-8", 3
	case strings.HasPrefix(s, "\xFF\xFE"):
		return "utf-16le", 2
	case strings.HasPrefix(s, "\xFE\xFF"):
		return "utf-16be", 2
	}
	return "", 0
}

// decodeForced decodes s with the named encoding, reporting the offset
// of the first byte that the encoding cannot decode.
func decodeForced(s string, name string) (string, string, error) {
	key := encodingKey(name)
	switch key {
	case "utf-8":
		n := 0
		if strings.HasPrefix(s, "\xEF\xBB\xBF") {
			n = 3
		}
		if off := invalidUTF8(s[n:]); off >= 0 {
			return "", "", at(s, n+off, invalidf("invalid UTF-8 (byte %#x)", s[n+off]))
		}
		return checkBinary(s[n:], "UTF-8", nulIn(s))
	case "utf-16le", "utf-16be", "utf-16":
		if err := notUTF16(s, key); err != nil {
			return "", "", err
		}
		return decodeUTF16As(s, key, 0)
	case "euc-kr":
		if off := invalidCP949(s); off >= 0 {
			return "", "", at(s, off, invalidf("invalid EUC-KR/CP949 (byte %#x)", s[off]))
		}
	}
	enc, err := htmlindex.Get(key)
	if err != nil {
		return "", "", fmt.Errorf("unknown encoding %q", name)
	}
	cname, _ := htmlindex.Name(enc)
	out, err := decodeEncoding(s, enc, cname)
	if err != nil {
		return "", "", err
	}
	return checkBinary(out, strings.ToUpper(cname), nulIn(s))
}

// sniffUTF16 reads a file without byte-order mark as UTF-16 when it
// is: an even number of bytes, holding zero bytes (which 8-bit text never
// does: it would be refused as binary), UTF16Share per cent of them or
// more at odd offsets (little-endian: the high byte of every character
// below U+0100, such as a space or a line end) or at even ones
// (big-endian), and valid UTF-16 that is not binary data. Anything else
// is left to the other rules, whose errors stay as they were.
func sniffUTF16(s string) (string, string, bool) {
	if len(s)%2 != 0 || strings.IndexByte(s, 0) < 0 {
		return "", "", false
	}
	var at [2]int // zero bytes at even and odd offsets
	for i := 0; i < len(s); i++ {
		if s[i] == 0 {
			at[i%2]++
		}
	}
	key, name := "utf-16le", "UTF-16LE (no BOM)"
	switch zeros := at[0] + at[1]; {
	case at[1]*100 >= zeros*UTF16Share:
	case at[0]*100 >= zeros*UTF16Share:
		key, name = "utf-16be", "UTF-16BE (no BOM)"
	default:
		return "", "", false
	}
	out, _, err := decodeUTF16As(s, key, 0)
	if err != nil {
		return "", "", false
	}
	return out, name, true
}

// UTF16Share is the share (per cent) of a file's zero bytes that must be
// at the offsets of one byte order for sniffUTF16 to read it as UTF-16
// without byte-order mark. In Korean text some common syllables (가,
// U+AC00; 관, U+AD00; 글, U+AE00) have their zero byte on the other side:
// written in UTF-16LE, the Korean dev texts hold 94% of their zero bytes
// at odd offsets, 88% the lowest of them.
const UTF16Share = 75

// minUTF16Check is the size from which a file forced to UTF-16 without
// a zero byte is refused (notUTF16).
const minUTF16Check = 16

// notUTF16 refuses a file forced to UTF-16 (key) that cannot be UTF-16
// text: no byte-order mark and not one zero byte in minUTF16Check bytes or
// more. In UTF-16 every character below U+0100 (space, line end, digit,
// Latin letter) has a zero byte, so that such a file is UTF-8 or another
// 8-bit encoding, which read as UTF-16 would make Chinese-looking garbage
// that nothing else would catch (an English file when --encoding
// utf-16le was meant for the Korean one).
func notUTF16(s string, key string) error {
	if k, _ := bom(s); k == "utf-16le" || k == "utf-16be" || len(s) < minUTF16Check || strings.IndexByte(s, 0) >= 0 {
		return nil
	}
	name := strings.ToUpper(key)
	return &ParseError{Offset: -1, Err: invalidf("not %s: no zero byte in %d bytes, where UTF-16 has one in every space, line end, digit and Latin letter (8-bit text: UTF-8 or a legacy encoding)", name, len(s))}
}

func decodeWith(s string, name string) (string, error) {
	enc, err := htmlindex.Get(name)
	if err != nil {
		return "", err
	}
	return decodeEncoding(s, enc, name)
}

// decodeEncoding decodes s with a legacy encoding (decodeStrict); an
// undecodable byte sequence is a *ParseError at its place in s.
func decodeEncoding(s string, enc encoding.Encoding, name string) (string, error) {
	out, bad, err := decodeStrict(s, enc, name)
	if err != nil {
		return "", err
	}
	if bad >= 0 {
		off := undecodable(s, enc, 1+strings.Count(out[:bad], "\n"))
		return "", at(s, off, invalidf("invalid %s (byte %#x)", strings.ToUpper(name), s[off]))
	}
	return out, nil
}

// decodeStrict decodes s with a legacy encoding of golang.org/x/text,
// whose decoders write U+FFFD for bytes they cannot decode. No such
// encoding but GB18030 can write U+FFFD itself, so the offset in the
// result of the first U+FFFD is returned as the place of an undecodable
// byte (-1 when there is none).
func decodeStrict(s string, enc encoding.Encoding, name string) (string, int, error) {
	out, err := enc.NewDecoder().String(s)
	if err != nil {
		return "", -1, fmt.Errorf("decoding: %w", err)
	}
	if name == "gb18030" {
		return out, -1, nil
	}
	return out, strings.IndexRune(out, utf8.RuneError), nil
}

// decodeUTF16 decodes s, which starts with a UTF-16 byte-order mark.
func decodeUTF16(s string) (string, string, error) {
	if s[0] == 0xFF {
		return decodeUTF16As(s[2:], "utf-16le", 2)
	}
	return decodeUTF16As(s[2:], "utf-16be", 2)
}

// decodeUTF16As decodes UTF-16 strictly: an odd byte count or an unpaired
// surrogate is a *ParseError at its place (base is the offset of s in the
// input). For "utf-16" a byte-order mark chooses the byte order,
// little-endian without one.
func decodeUTF16As(s string, key string, base int) (string, string, error) {
	bigEndian := key == "utf-16be"
	if key == "utf-16" {
		if k, n := bom(s); n == 2 {
			s, base, bigEndian = s[2:], base+2, k == "utf-16be"
		}
	}
	// A second byte-order mark is dropped, as a decoder does.
	if len(s) >= 2 && (!bigEndian && s[:2] == "\xFF\xFE" || bigEndian && s[:2] == "\xFE\xFF") {
		s, base = s[2:], base+2
	}
	out, _, err := transform.String(&utf16Decoder{bigEndian: bigEndian}, s)
	var bad *utf16Error
	if errors.As(err, &bad) {
		return "", "", at16(s, int(bad.offset), bigEndian, base, invalidf("invalid UTF-16 (%s)", bad.what))
	}
	if err != nil {
		return "", "", err
	}
	name := "UTF-16LE"
	if bigEndian {
		name = "UTF-16BE"
	}
	return checkBinary(out, name, func(i int) *ParseError {
		return at16(s, 2*utf16Len(out[:i]), bigEndian, base, errNUL())
	})
}

// utf16Decoder is a strict UTF-16 to UTF-8 transformer: unlike
// x/text's, it fails on an unpaired surrogate or a stray final byte
// instead of writing U+FFFD.
type utf16Decoder struct {
	bigEndian bool
	offset    int64 // of the next source byte
}

// utf16Error is a position where UTF-16 input is invalid.
type utf16Error struct {
	what   string
	offset int64
}

func (e *utf16Error) Error() string {
	return fmt.Sprintf("invalid UTF-16 (%s) at byte offset %d", e.what, e.offset)
}

func (d *utf16Decoder) Reset() { d.offset = 0 }

func (d *utf16Decoder) unit(b []byte) rune {
	if d.bigEndian {
		return rune(b[0])<<8 | rune(b[1])
	}
	return rune(b[1])<<8 | rune(b[0])
}

func (d *utf16Decoder) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for nSrc < len(src) {
		if len(src)-nSrc < 2 {
			if atEOF {
				return nDst, nSrc, &utf16Error{"odd length, stray byte", d.offset}
			}
			return nDst, nSrc, transform.ErrShortSrc
		}
		r, size := d.unit(src[nSrc:]), 2
		switch {
		case r >= 0xDC00 && r < 0xE000:
			return nDst, nSrc, &utf16Error{"unpaired surrogate", d.offset}
		case r >= 0xD800 && r < 0xDC00:
			if len(src)-nSrc < 4 {
				if atEOF {
					return nDst, nSrc, &utf16Error{"unpaired surrogate", d.offset}
				}
				return nDst, nSrc, transform.ErrShortSrc
			}
			lo := d.unit(src[nSrc+2:])
			if lo < 0xDC00 || lo >= 0xE000 {
				return nDst, nSrc, &utf16Error{"unpaired surrogate", d.offset}
			}
			r, size = 0x10000+(r-0xD800)<<10+(lo-0xDC00), 4
		}
		if len(dst)-nDst < utf8.RuneLen(r) {
			return nDst, nSrc, transform.ErrShortDst
		}
		nDst += utf8.EncodeRune(dst[nDst:], r)
		nSrc += size
		d.offset += int64(size)
	}
	return nDst, nSrc, nil
}

// decodeHTMLCharset decodes an HTML page that is not UTF-8 using the
// charset its meta tags declare.
func decodeHTMLCharset(s string) (string, string, bool) {
	head := s[:min(len(s), 1024)] // all that charset reads
	enc, name, certain := charset.DetermineEncoding([]byte(head), "text/html")
	if !certain && name == "windows-1252" {
		// The default guess; let the EUC-KR check decide instead.
		return "", "", false
	}
	if name == "euc-kr" && invalidCP949(s) >= 0 {
		return "", "", false
	}
	out, err := decodeEncoding(s, enc, name)
	if err != nil {
		return "", "", false
	}
	return out, strings.ToUpper(name), true
}
