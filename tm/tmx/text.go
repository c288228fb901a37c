package tmx

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// NormalizeText returns s the way a Writer stores segment text unless
// Writer.Verbatim is set:
//
//   - composed to Unicode NFC: Korean saved on macOS or copied from PDFs
//     often arrives as decomposed jamo, which CAT tools do not match against
//     the composed syllables typed by translators;
//   - white space at both ends removed;
//   - every run of white space inside (spaces, tabs, line breaks, U+3000
//     IDEOGRAPHIC SPACE and the other Unicode spaces) replaced by a single
//     space: a segment is one line in a CAT tool's editor, and line breaks
//     inside a paragraph come from the page layout, not from the text;
//   - except that a run made only of no-break spaces (U+00A0, U+2007,
//     U+202F) is kept as it is: those are deliberate, as in "10 km".
//
// Characters XML 1.0 forbids are left alone here; writing drops them.
func NormalizeText(s string) string {
	s, _ = normalizeText(s, false)
	return s
}

// normalizeText is NormalizeText, first dropping the characters XML 1.0
// forbids when drop is set; it returns how many it dropped.
func normalizeText(s string, drop bool) (string, int) {
	space, maybeNFD, forbidden := scanText(s)
	dropped := 0
	if drop && forbidden {
		var b []byte
		b, dropped = appendXMLChars(make([]byte, 0, len(s)), s)
		s = string(b)
		space, maybeNFD, _ = scanText(s)
	}
	if maybeNFD && !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
		space, _, _ = scanText(s)
	}
	if !space {
		return s, dropped
	}
	var b strings.Builder
	b.Grow(len(s))
	runStart := -1 // start of the pending run of white space, or -1
	runNoBreak := false
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if isSpace(r) {
			if runStart < 0 {
				runStart, runNoBreak = i, true
			}
			runNoBreak = runNoBreak && isNoBreakSpace(r)
			i += size
			continue
		}
		if runStart >= 0 {
			if b.Len() > 0 { // white space at the start is dropped
				if runNoBreak {
					b.WriteString(s[runStart:i])
				} else {
					b.WriteByte(' ')
				}
			}
			runStart = -1
		}
		b.WriteString(s[i : i+size])
		i += size
	}
	return b.String(), dropped // a pending run here is trailing white space: dropped
}

// appendXMLChars appends s to dst without the characters XML 1.0 forbids
// and the bytes that are not UTF-8, and returns how many it left out.
func appendXMLChars(dst []byte, s string) ([]byte, int) {
	dropped := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && size == 1) || !isXMLChar(r) {
			dropped++
		} else {
			dst = append(dst, s[i:i+size]...)
		}
		i += size
	}
	return dst, dropped
}

// scanText reports whether the white-space rules of NormalizeText would
// change s, whether s may not be in NFC, and whether it holds characters
// XML forbids.
//
// The NFC answer is the quick check of Unicode's UAX #15: a text is NFC
// when every character in it has canonical combining class 0 and
// NFC_Quick_Check=Yes, for then nothing in it composes or reorders. All
// characters below U+0300 are such (TestScanTextNFC checks it), and so are
// the precomposed Hangul syllables. Any other character is taken as one
// when the norm package says that it combines with nothing before it
// (BoundaryBefore: class 0 and not NFC_Quick_Check=Maybe) and that it has
// no canonical decomposition (so it is not NFC_Quick_Check=No, which only
// characters that decompose are). scanText also asks for BoundaryAfter
// (nothing after it interacts with it), which the quick check does not
// need: it sends the few characters that compose with a following mark,
// such as the Greek vowels, to the slow path too. Curly quotes, dashes
// and CJK punctuation pass; a text with a combining mark, a conjoining
// jamo, a singleton such as U+2000, a precomposed letter such as U+1E0C
// or bytes that are not UTF-8 is handed to the norm package whole.
func scanText(s string) (space, maybeNFD, forbidden bool) {
	const (
		none    = iota // last character was not white space
		single         // a single U+0020, or the start of the text
		noBreak        // a run of no-break spaces
	)
	prev := single
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c > ' ':
				prev = none
			case c == ' ':
				space = space || prev != none
				prev = single
			default: // tab, line ends and other controls
				forbidden = forbidden || (c != '\t' && c != '\n' && c != '\r')
				space = true
				prev = none
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r >= 0x300 && (r < 0xAC00 || r > 0xD7A3) {
			if !maybeNFD {
				p := norm.NFC.PropertiesString(s[i-size : i])
				maybeNFD = size == 1 || !p.BoundaryBefore() || !p.BoundaryAfter() || len(p.Decomposition()) != 0
			}
			forbidden = forbidden || (r == utf8.RuneError && size == 1) || r == 0xFFFE || r == 0xFFFF
		}
		switch {
		case !isSpace(r):
			prev = none
		case !isNoBreakSpace(r) || prev == single:
			space = true
			prev = none
		default:
			prev = noBreak
		}
	}
	return space || prev != none, maybeNFD, forbidden
}

// isSpace is unicode.IsSpace, faster for the letters that make up most
// text: it lists the few white-space characters outside Latin-1.
func isSpace(r rune) bool {
	if r < 0x100 {
		return r == ' ' || (r >= '\t' && r <= '\r') || r == 0x85 || r == 0xA0
	}
	switch r {
	case 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}

func isNoBreakSpace(r rune) bool { return r == '\u00a0' || r == '\u2007' || r == '\u202f' }

// isXMLChar reports whether r may appear in an XML 1.0 document.
func isXMLChar(r rune) bool {
	switch {
	case r >= 0x20 && r <= 0xD7FF:
		return true
	case r == '\t' || r == '\n' || r == '\r':
		return true
	case r >= 0xE000 && r <= 0xFFFD:
		return true
	case r >= 0x10000 && r <= 0x10FFFF:
		return true
	}
	return false
}

// appendEscaped appends s to dst escaped for element content (attr false) or
// a double-quoted attribute value (attr true). Characters that XML 1.0
// forbids, and bytes that are not UTF-8, are dropped; dropped counts them.
// Carriage returns are written as &#13; (and in attributes tabs and line
// feeds as character references too) so that a parser's end-of-line and
// attribute-value normalization gives back exactly s.
func appendEscaped[T ~string | ~[]byte](dst []byte, s T, attr bool) (out []byte, dropped int) {
	plain := &plainText
	if attr {
		plain = &plainAttr
	}
	// Fast path: valid UTF-8 without U+FFFE or U+FFFF needs only its ASCII
	// specials looked at.
	if validUTF8(s) && !hasNonchar(s) {
		last := 0
		for i := 0; i < len(s); i++ {
			c := s[i]
			if plain[c] {
				continue
			}
			esc, ok := asciiEscape(c)
			if !ok {
				dropped++
			}
			dst = append(dst, s[last:i]...)
			dst = append(dst, esc...)
			last = i + 1
		}
		return append(dst, s[last:]...), dropped
	}
	last := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if plain[c] {
				i++
				continue
			}
			esc, ok := asciiEscape(c)
			if !ok { // C0 control characters other than tab, LF and CR
				dropped++
			}
			dst = append(dst, s[last:i]...)
			dst = append(dst, esc...)
			i++
			last = i
			continue
		}
		r, size := utf8.DecodeRuneInString(string(s[i:min(i+utf8.UTFMax, len(s))]))
		if (r == utf8.RuneError && size == 1) || r == 0xFFFE || r == 0xFFFF {
			dst = append(dst, s[last:i]...)
			dropped++
			i += size
			last = i
			continue
		}
		i += size
	}
	return append(dst, s[last:]...), dropped
}

// asciiEscape returns the escape of an ASCII byte that is not plain text,
// or false for a control character XML 1.0 forbids.
func asciiEscape(c byte) (string, bool) {
	switch c {
	case '&':
		return "&amp;", true
	case '<':
		return "&lt;", true
	case '>':
		return "&gt;", true
	case '"':
		return "&quot;", true
	case '\r':
		return "&#13;", true
	case '\t':
		return "&#9;", true
	case '\n':
		return "&#10;", true
	}
	return "", false
}

// plainText and plainAttr tell which bytes appendEscaped copies as they
// are, in element content and in attribute values.
var plainText, plainAttr = func() (t, a [256]bool) {
	for c := range 256 {
		t[c] = c >= 0x20 && c != '&' && c != '<' && c != '>'
		a[c] = t[c] && c != '"'
	}
	t['\t'], t['\n'] = true, true
	return t, a
}()

// hasNonchar reports whether s holds U+FFFE or U+FFFF (EF BF BE, EF BF BF).
func hasNonchar[T ~string | ~[]byte](s T) bool {
	for i := 0; ; {
		k := indexByte(s[i:], 0xEF)
		if k < 0 {
			return false
		}
		i += k + 1
		if i+1 < len(s) && s[i] == 0xBF && s[i+1] >= 0xBE {
			return true
		}
	}
}

func indexByte[T ~string | ~[]byte](s T, c byte) int {
	switch v := any(s).(type) {
	case string:
		return strings.IndexByte(v, c)
	case []byte:
		return bytes.IndexByte(v, c)
	}
	return strings.IndexByte(string(s), c)
}

func validUTF8[T ~string | ~[]byte](s T) bool {
	switch v := any(s).(type) {
	case string:
		return utf8.ValidString(v)
	case []byte:
		return utf8.Valid(v)
	}
	return utf8.ValidString(string(s))
}
