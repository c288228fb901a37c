// Package normalize cleans Unicode text the way bitext reads it, as a
// golang.org/x/text transform.Transformer that composes with others.
//
// Text normalizes to what a translator would type: NFC (so decomposed
// Hangul saved by macOS compares equal to composed Hangul), full-width ASCII
// folded to ASCII and half-width Hangul to ordinary jamo, every kind of space
// to U+0020, zero-width characters, byte-order marks and soft hyphens
// removed, and stray conjoining jamo turned into Hangul compatibility jamo.
// Quotation marks and dashes are kept as written: they are part of what a
// translator sees. Key goes further for comparison only: it also folds
// quotes, dashes and case, so "“Yes”" and "\"yes\"" get the same key.
//
// Everything here is built from x/text pieces (norm, width, runes,
// transform); the only hand-written parts are the small rune tables that
// no x/text package provides, and the jamo table comes from package hangul.
package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bitext-ko/bitext/align/hangul"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"
)

// Text returns a new Transformer for display-preserving normalization.
// Transformers are stateful; get a new one for each concurrent use.
func Text() transform.Transformer {
	return transform.Chain(
		norm.NFC,
		width.Fold,
		runes.Map(mapRune),
		runes.Remove(runes.Predicate(invisible)),
		norm.NFC,
	)
}

// String normalizes s with Text. Only what needs it goes through the
// transform: a text that isClean says Text leaves alone is returned as it
// is, and any other is normalized a piece at a time (pieces), each piece
// that is clean kept as it is. Texts as published change in a few
// characters (a no-break space, a full-width parenthesis), so this costs
// about one more pass of isClean and one copy, not the transform chain
// over the whole text and the three copies of transform.String (its
// buffer, its growth and its result).
func String(s string) string {
	if isClean(s) {
		return s
	}
	return pieces(s)
}

// pieceSize is about how long a piece of pieces is: short, so that the
// transform runs on little more than the characters that need it.
const pieceSize = 256

// pieces is String for a text that is not clean. Pieces end before an
// ASCII space or line feed: no character composes with either or is
// reordered across it, and every other step of Text maps a character
// alone, so the pieces normalize as the whole does. Their buffers are
// reused: a piece costs no garbage.
func pieces(s string) string {
	t := Text()
	var src, dst []byte
	var b strings.Builder // once a piece changes
	changed := false
	for start := 0; start < len(s); {
		end := len(s)
		if start+pieceSize < len(s) {
			if i := strings.IndexAny(s[start+pieceSize:], " \n"); i >= 0 {
				end = start + pieceSize + i
			}
		}
		piece := s[start:end]
		same := isClean(piece)
		if !same {
			t.Reset()
			src = append(src[:0], piece...)
			var err error
			if dst, _, err = transform.Append(t, dst[:0], src); err != nil {
				// The chain cannot fail on valid input; ill-formed
				// UTF-8 is passed through by the transformers, so
				// return what we have.
				return s
			}
			same = string(dst) == piece
		}
		if !changed && !same {
			changed = true
			b.Grow(len(s))
			b.WriteString(s[:start])
		}
		switch {
		case !changed:
		case same:
			b.WriteString(piece)
		default:
			b.Write(dst)
		}
		start = end
	}
	if !changed {
		return s
	}
	return b.String()
}

// isClean reports whether Text leaves s unchanged, without the transform
// machinery: s is NFC and every character of it is one that width.Fold,
// mapRune and invisible leave alone (printable ASCII with newlines and
// tabs, Hangul syllables, curly quotes, most text), so the chain maps it to
// itself. Most English and Korean as published is.
//
// The NFC check runs only where it can fail. ASCII characters and Hangul
// syllables are starters that are NFC and never compose with what
// precedes them, so s is NFC when each segment of it that starts at one
// of them (or at the start of s) is; and a segment of that one character
// alone is. Only the segments that hold other characters (a curly quote
// and the letter before it) are checked, not the whole text.
func isClean(s string) bool {
	seg := 0        // start of the current segment
	others := false // whether it holds characters other than ASCII and Hangul syllables
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if others && !norm.NFC.IsNormalString(s[seg:i]) {
				return false
			}
			others = false
			// A run of ASCII, each character a segment of its own: the
			// last starts the segment that goes on after the run. From
			// its second character (a run of one, the space between
			// Korean words, is most), eight printable characters are
			// passed at a time.
			for {
				if c < 0x20 && c != '\n' && c != '\t' && c != '\r' || c == 0x7f {
					return false
				}
				if i++; i == len(s) {
					return true
				}
				if c = s[i]; c >= utf8.RuneSelf {
					break
				}
				for i+8 <= len(s) && printableASCII8(s[i:]) {
					i += 8
				}
				if i == len(s) {
					return true
				}
				if c = s[i]; c >= utf8.RuneSelf {
					break
				}
			}
			seg = i - 1
			continue
		}
		if _, ok := hangul.DecodeSyllable(s[i:]); ok {
			if others && !norm.NFC.IsNormalString(s[seg:i]) {
				return false
			}
			seg, others = i, false
			i += 3
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError, mapRune(r) != r, invisible(r), width.LookupRune(r).Folded() != 0:
			return false
		default:
			others = true
		}
		i += n
	}
	return !others || norm.NFC.IsNormalString(s[seg:])
}

// printableASCII8 reports whether the first eight bytes of s are all
// printable ASCII (0x20 to 0x7e), testing them at once: a byte at or
// above 0x7f sets its high bit in x or in x+1 (0xff carries, but sets it
// in x), and one below 0x20 borrows into its high bit in x-0x20.
func printableASCII8(s string) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	_ = s[7]
	x := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
	return (x|(x+ones)|(x-0x20*ones)&^x)&highs == 0
}

// Key returns the comparison form of s: String, then quotes and dashes
// folded to ASCII, letters lower-cased, runs of white space collapsed to one
// space and trimmed.
func Key(s string) string {
	s = String(s)
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		r = foldPunct(r)
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// foldPunct maps typographic quotes and dashes to ASCII.
func foldPunct(r rune) rune {
	switch r {
	case '‘', '’', '‚', '‛', '′', '`', '´':
		return '\''
	case '“', '”', '„', '‟', '″', '«', '»', '「', '」', '『', '』':
		return '"'
	case '‐', '‑', '‒', '–', '—', '―', '−', '－':
		return '-'
	}
	return r
}

// mapRune maps spaces to U+0020 and lone conjoining jamo (left over after
// NFC, which composes every well-formed syllable) to compatibility jamo.
func mapRune(r rune) rune {
	switch {
	case r == '\u00a0', r == '\u1680', r >= '\u2000' && r <= '\u200a',
		r == '\u202f', r == '\u205f', r == '\u3000':
		return ' '
	case r == '\u2028', r == '\u2029', r == '\u0085':
		return '\n'
	}
	c, _ := hangul.ToCompatJamo(r)
	return c
}

// invisible reports characters that carry no text: zero-width spaces and
// joiners, word joiner, byte-order marks inside text, soft hyphens, the
// Hangul filler and other format controls except line and tab controls.
func invisible(r rune) bool {
	switch r {
	case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad',
		'\u180e', '\u3164', '\uffa0', '\u115f', '\u1160':
		return true
	case '\n', '\t', '\r':
		return false
	}
	// Other C0/C1 controls and bidi marks.
	return r < 0x20 || (r >= 0x7f && r < 0xa0) || (r >= '\u200e' && r <= '\u200f') ||
		(r >= '\u202a' && r <= '\u202e') || (r >= '\u2066' && r <= '\u2069')
}
