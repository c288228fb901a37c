package tmx

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// nfcNeighbours are characters that compose with or reorder around the
// characters next to them: a text that holds one next to a character
// scanText passes as NFC-inert must still be sent to the norm package.
var nfcNeighbours = []string{"", "e", "\u0301", "\u0323", "\u1100", "\u1161", "\u11a8", "가", "\u3099", "\u0915\u093c", "\u2000", "A\u030a"}

// TestScanTextNFC holds scanText's quick NFC answer to the norm package:
// whenever it says a text cannot need composing, norm agrees. Every
// character up to U+FFFF, and every 256th one above it, is tried alone and
// between the characters that interact most with their neighbours. Those
// below U+0300, which scanText passes without asking norm, must moreover
// be NFC_Quick_Check=Yes characters of class 0, as its quick check assumes.
func TestScanTextNFC(t *testing.T) {
	inert := 0
	check := func(s string) {
		if _, maybe, _ := scanText(s); !maybe {
			if !norm.NFC.IsNormalString(s) {
				t.Fatalf("scanText(%+q) says NFC, norm says not", s)
			}
		}
	}
	for r := rune(0); r <= 0x10FFFF; r++ {
		if r > 0xFFFF && r&0xFF != 0 || !utf8.ValidRune(r) {
			continue
		}
		c := string(r)
		if r < 0x300 {
			// BoundaryBefore: class 0 and not Quick_Check=Maybe;
			// normal alone: not Quick_Check=No.
			if p := norm.NFC.PropertiesString(c); !p.BoundaryBefore() || !norm.NFC.IsNormalString(c) {
				t.Fatalf("%U is below U+0300 but not a class 0, NFC_Quick_Check=Yes character", r)
			}
		}
		if _, maybe, _ := scanText(c); !maybe {
			inert++
		}
		for _, a := range nfcNeighbours {
			for _, b := range nfcNeighbours {
				check(a + c + b)
			}
		}
	}
	// The quick answer must pass the common punctuation of news text, or
	// it is no quicker than asking norm.
	for _, s := range []string{"‘’“”–—…•·「」『』《》〈〉※▶ㆍ", "He said, “It’s done” — twice…"} {
		if _, maybe, _ := scanText(s); maybe {
			t.Errorf("scanText(%q) sends news punctuation to norm", s)
		}
	}
	if inert == 0 {
		t.Fatal("no character passed as inert")
	}
}

// FuzzScanTextNFC checks the same on any text.
func FuzzScanTextNFC(f *testing.F) {
	for _, s := range []string{"cafe\u0301", "한국", "\u1112\u1161\u11ab", "“quoted”", "a\u2000b", strings.Repeat("x\u0308", 3), "\xff\u0301"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if _, maybe, _ := scanText(s); !maybe && !norm.NFC.IsNormalString(s) {
			t.Fatalf("scanText(%+q) says NFC, norm says not", s)
		}
	})
}
