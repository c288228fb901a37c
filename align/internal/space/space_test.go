package space

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/bitext-ko/bitext/align/internal/randtext"
)

// TestIsSpace holds IsSpace, and Class with Decode, to unicode.IsSpace on every rune, alone
// and inside a word.
func TestIsSpace(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		want := unicode.IsSpace(r)
		if got := IsSpace(r); got != want {
			t.Fatalf("IsSpace(%U) = %v, want %v", r, got, want)
		}
		s := "a" + string(r) + "b"
		if sp, n := at(s, 1); sp != want || sp && n != utf8.RuneLen(r) {
			t.Fatalf("at(%q, 1) = %v, %d; unicode.IsSpace says %v", s, sp, n, want)
		}
	}
}

// TestFieldsMatchStrings: Fields, which finds words with Class, Decode and
// FieldEnd, finds what strings.Fields finds, on texts made of white space, Hangul, ASCII, the
// characters that share a white-space character's first byte, and broken
// UTF-8.
func TestFieldsMatchStrings(t *testing.T) {
	pieces := []string{" ", "\t", "\n", "\u0085", "\u00a0", "\u1680", "\u2000", "\u2028", "\u205f", "\u3000",
		"\u00e9", "\u00c2", "\u1681", "\u2010", "\u201c", "\u3001", "\u30a2", "가", "힣", "a", "Z", "7", ".",
		"\xc2", "\xe2\x80", "\xe3", "\x80", "\xff", "😀"}
	texts := append([]string{"", " ", "a", "a b", "\u00a0x\u3000y\u2003"}, randtext.Texts(1, pieces, 12, 20000)...)
	for _, s := range texts {
		if got, want := Fields(s), strings.Fields(s); !slices.Equal(got, want) || len(got) != cap(got) {
			t.Fatalf("Fields(%q) = %q (cap %d), strings.Fields gives %q", s, got, cap(got), want)
		}
	}
}
