package normalize

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"
)

func TestString(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"decomposed Hangul", norm.NFD.String("김정은 위원장"), "김정은 위원장"},
		{"full-width ASCII", "ＵＳ　２０１９年", "US 2019年"},
		{"half-width jamo", "ﾡﾤ", "ㄱㄴ"},
		{"lone conjoining jamo", "\u1100\u1161\u11ab\u1161", "간ㅏ"},
		{"compatibility jamo kept", "ㅋㅋㅋ", "ㅋㅋㅋ"},
		{"nbsp and thin space", "Kim\u00a0Jong-un\u2009said", "Kim Jong-un said"},
		{"zero width and bom", "a\u200bb\ufeffc\u2060d", "abcd"},
		{"soft hyphen", "denuclear\u00adization", "denuclearization"},
		{"quotes and dashes kept", "“Yes” — ‘no’", "“Yes” — ‘no’"},
		{"ideographic space", "한국\u3000일본", "한국 일본"},
		{"line separator", "a\u2028b", "a\nb"},
		{"controls dropped", "a\x01b\x7fc", "abc"},
		{"delete dropped from ASCII", "a\x7fb", "ab"},
		{"ascii untouched", "Plain text.\n", "Plain text.\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := String(tc.in); got != tc.want {
				t.Errorf("String(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestKey(t *testing.T) {
	tests := []struct{ a, b string }{
		{"“Yes,” he said — twice", "\"yes,\" he said - twice"},
		{"  KIM   Jong-un ", "kim jong-un"},
		{norm.NFD.String("한겨레"), "한겨레"},
	}
	for _, tc := range tests {
		if Key(tc.a) != Key(tc.b) {
			t.Errorf("Key(%q) = %q, Key(%q) = %q; want equal", tc.a, Key(tc.a), tc.b, Key(tc.b))
		}
	}
}

func FuzzString(f *testing.F) {
	for _, s := range []string{"김정은", norm.NFD.String("한국어"), "ＡＢＣ", "\u1100", "a\u00adb"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := String(s)
		if String(out) != out {
			t.Errorf("String not idempotent on %q: %q then %q", s, out, String(out))
		}
		_ = Key(s)
	})
}

// FuzzStream compares String, which normalizes in pieces, with
// transform.String, its reference, on the text alone and repeated past
// several pieces.
func FuzzStream(f *testing.F) {
	for _, s := range []string{"김정은 ", norm.NFD.String("한국어 "), "ＡＢＣ", "\u1100", "a\u00adb", "e\u0301\u0316 \u0301", "\xff\xc3", "\u1100 \u1161\n\u11a8", "ﾡ ﾤ\u3000",
		"a\u00a0b c（d）", "e\u0301 \u0301\n\u0301"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if s == "" {
			return
		}
		n := 4*pieceSize/len(s) + 1
		for _, text := range []string{s, strings.Repeat(s, n)} {
			want, _, err := transform.String(Text(), text)
			if err != nil {
				want = text
			}
			if got := String(text); got != want {
				t.Errorf("String(%q × %d) differs from transform.String", s, len(text)/len(s))
			}
		}
	})
}

// TestStringLongUnchanged: a long text that normalization leaves as it is
// comes back as the same string, not a copy (a line of 250 MB cost three).
func TestStringLongUnchanged(t *testing.T) {
	s := strings.Repeat("“Yes,” said Kim Jong-un in Pyongyang — 평양. ", 1<<14) // 1 MiB
	if out := String(s); unsafe.StringData(out) != unsafe.StringData(s) {
		t.Errorf("an unchanged text of %d bytes was copied", len(s))
	}
	changed := s + "ＡＢＣ"
	if out := String(changed); !strings.HasSuffix(out, "ABC") || len(out) != len(s)+3 {
		t.Errorf("a long text changed at its end: %d bytes, ends %q", len(out), out[len(out)-10:])
	}
}

// FuzzClean holds String, with its shortcut for text the chain leaves as
// it is, to transform.String with Text, its reference.
func FuzzClean(f *testing.F) {
	for _, s := range []string{"김정은 위원장은 “평화”를 말했다.", norm.NFD.String("한국어"), "Ａ", "\u1100", "a\u00adb", "a\x7fb", "Café\u0301", "e\u0301", "\xff", "ﾡ", "\u2009", "ｶ", "①", "㈜", "\ufffd"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want, _, err := transform.String(Text(), s)
		if err != nil {
			want = s
		}
		if got := String(s); got != want {
			t.Errorf("String(%q) = %q, transform.String gives %q", s, got, want)
		}
	})
}

// TestCleanCorpus holds String to transform.String on every file of the
// shared corpus (the articles and the wire pair, whose no-break spaces
// send it through pieces), and checks that the shortcut takes the texts
// as published (the Korean ones included).
func TestCleanCorpus(t *testing.T) {
	files, _ := filepath.Glob("../../../shared/corpus/dev*/*/*.txt")
	wire, _ := filepath.Glob("../../../shared/corpus/news-sentences/*")
	files = append(files, wire...)
	if len(files) == 0 {
		t.Skip("../shared/corpus absent")
	}
	clean := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s := string(b)
		want, _, _ := transform.String(Text(), s)
		if got := String(s); got != want {
			t.Errorf("%s: String differs from transform.String", f)
		}
		if isClean(s) {
			clean++
		}
	}
	if clean < len(files)/2 {
		t.Errorf("the shortcut takes %d of %d corpus files", clean, len(files))
	}
	t.Logf("%d of %d files clean", clean, len(files))
}

// BenchmarkString normalizes a Korean article as published (NFC, no
// character the chain changes: the shortcut) and the same decomposed
// (NFD, the transform).
func BenchmarkString(b *testing.B) {
	files, _ := filepath.Glob("../../../shared/corpus/dev/news/*.ko.txt")
	if len(files) == 0 {
		b.Skip("../shared/corpus absent")
	}
	raw, err := os.ReadFile(files[0])
	if err != nil {
		b.Fatal(err)
	}
	for _, tc := range []struct{ name, s string }{{"nfc", string(raw)}, {"nfd", norm.NFD.String(string(raw))}} {
		b.Run(tc.name, func(b *testing.B) {
			b.SetBytes(int64(len(tc.s)))
			for b.Loop() {
				String(tc.s)
			}
		})
	}
}

// cleanRef is isClean as first written: every character left alone by
// the chain, and the whole of s NFC.
func cleanRef(s string) bool {
	for _, r := range s {
		switch {
		case r < 0x80:
			if r < 0x20 && r != '\n' && r != '\t' && r != '\r' || r == 0x7f {
				return false
			}
		case r >= 0xac00 && r <= 0xd7a3:
		case r == utf8.RuneError, mapRune(r) != r, invisible(r), width.LookupRune(r).Folded() != 0:
			return false
		}
	}
	return norm.NFC.IsNormalString(s)
}

// TestCleanSegments holds isClean, which checks NFC only in the segments
// around characters other than ASCII and Hangul syllables, to cleanRef on
// random strings of the characters where composition and reordering
// happen: conjoining jamo after syllables, combining marks after ASCII
// letters and after each other, singletons, precomposed letters.
func TestCleanSegments(t *testing.T) {
	alphabet := []rune{'a', 'e', 'A', ' ', '.', '\n', '가', '각', '한', '\u1100', '\u1161', '\u11a8', '\u3131',
		'\u0301', '\u0300', '\u0327', '\u0323', '\u05b0', '\u0345', 'é', 'Å', '\u212b', '\u2126', '\uf900',
		'“', '”', '’', '·', '…', '年', '\u0cd5', '\u0cc6', '\u0dca', '\u0dd9', 'ö', '\u0308'}
	rng := rand.New(rand.NewPCG(1, 2))
	var b strings.Builder
	for n := 0; n < 200000; n++ {
		b.Reset()
		for range 1 + rng.IntN(8) {
			b.WriteRune(alphabet[rng.IntN(len(alphabet))])
		}
		s := b.String()
		if got, want := isClean(s), cleanRef(s); got != want {
			t.Fatalf("isClean(%+q) = %v, want %v", s, got, want)
		}
	}
	files, _ := filepath.Glob("../../../shared/corpus/dev*/*/*.txt")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range []string{string(data), norm.NFD.String(string(data))} {
			if got, want := isClean(s), cleanRef(s); got != want {
				t.Errorf("%s: isClean = %v, want %v", f, got, want)
			}
		}
	}
}
