package normalize

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"

	"github.com/bitext-ko/bitext/align/hangul"
)

// TestPrintableASCII8 holds printableASCII8 to a test of each byte, with
// every byte value at every place among printable and other bytes.
func TestPrintableASCII8(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	bytewise := func(s string) bool {
		for i := range 8 {
			if s[i] < 0x20 || s[i] >= 0x7f {
				return false
			}
		}
		return true
	}
	for round := range 2000 {
		b := make([]byte, 8)
		for i := range b {
			b[i] = byte(0x20 + rng.IntN(0x5f))
			if round%2 == 1 && rng.IntN(4) == 0 {
				b[i] = byte(rng.IntN(256))
			}
		}
		for at := range 8 {
			for v := range 256 {
				c := append([]byte(nil), b...)
				c[at] = byte(v)
				if got, want := printableASCII8(string(c)), bytewise(string(c)); got != want {
					t.Fatalf("printableASCII8(%q) = %v, want %v", c, got, want)
				}
			}
		}
	}
}

// isCleanReference is isClean as it was before printableASCII8: each
// ASCII byte tested alone.
func isCleanReference(s string) bool {
	seg := 0
	others := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if others && !norm.NFC.IsNormalString(s[seg:i]) {
				return false
			}
			others = false
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

// TestIsCleanSame compares isClean with its reference on random texts of
// ASCII runs of every length, controls, DEL, Hangul, combining marks and
// characters Text changes.
func TestIsCleanSame(t *testing.T) {
	pieces := []string{"a", "Seoul ", "the quick brown fox jumps", "\n", "\t", "\r", "\x00", "\x01", "\x1f", "\x7f", " ",
		"서울", "한", "\u0301", "e\u0301", "é", "’", "“", "\u00a0", "\u200b", "ｆ", "\u1100\u1161", "ㄱ", "\xff", "\xe2\x80"}
	rng := rand.New(rand.NewPCG(5, 6))
	clean := 0
	for range 200000 {
		var b strings.Builder
		for range rng.IntN(12) {
			p := pieces[rng.IntN(len(pieces))]
			if rng.IntN(3) > 0 {
				p = pieces[rng.IntN(3)] // mostly ASCII, in runs of any length
			}
			b.WriteString(p)
		}
		s := b.String()
		want := isCleanReference(s)
		if want {
			clean++
		}
		if got := isClean(s); got != want {
			t.Fatalf("isClean(%q) = %v, the reference %v", s, got, want)
		}
	}
	t.Logf("%d of 200000 clean", clean)
}
