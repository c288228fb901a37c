package read

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/bitext-ko/bitext/align/internal/randtext"
)

// lettersRef is letters as first written, a rune at a time.
func lettersRef(s string) (korean, latin, other int) {
	for _, r := range s {
		switch {
		case isHangul(r):
			korean++
		case isLatin(r):
			latin++
		case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana):
			other += 2
		case unicode.IsLetter(r):
			other++
		}
	}
	return korean, latin, other
}

// controlsRef counts the control characters checkBinary refuses, a rune
// at a time.
func controlsRef(s string) int {
	ctl := 0
	for _, r := range s {
		if r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f' {
			ctl++
		}
	}
	return ctl
}

// TestByteScans holds the byte-at-a-time scans of DetectLanguage (letters),
// checkBinary and invalidUTF8 to their rune-at-a-time references, on the
// corpus and on random strings of ASCII letters and signs, Hangul, Latin
// letters past ASCII, controls and invalid bytes.
func TestByteScans(t *testing.T) {
	var inputs []string
	files, _ := filepath.Glob("../../../shared/corpus/dev*/*/*.txt")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, string(data))
	}
	pieces := []string{"a", "Z", "@", "[", "`", "{", " ", "1", "\x01", "\x0c", "\n", "\x7f", "가", "ㄱ", "é", "ß", "ɐ", "Ω", "“", "\xff", "\xe0\x80", "\xed\xa0\x80", "\ufffd", "北", "ソ", "Ж", "α"}
	inputs = append(inputs, randtext.Texts(3, pieces, 12, 20000)...)
	for _, s := range inputs {
		k, l, o := letters(s)
		if wk, wl, wo := lettersRef(s); k != wk || l != wl || o != wo {
			t.Fatalf("letters(%+q) = %d, %d, %d, want %d, %d, %d", s, k, l, o, wk, wl, wo)
		}
		_, _, err := checkBinary(s, "", nulIn(s))
		if refused, want := err != nil, strings.IndexByte(s, 0) >= 0 || len(s) > 0 && controlsRef(s)*20 > len(s); refused != want {
			t.Fatalf("checkBinary(%+q) refused %v, want %v", s, refused, want)
		}
		want := -1
		for i, r := range s {
			if r == unicode.ReplacementChar && !strings.HasPrefix(s[i:], "\ufffd") {
				want = i
				break
			}
		}
		if got := invalidUTF8(s); got != want {
			t.Fatalf("invalidUTF8(%+q) = %d, want %d", s, got, want)
		}
	}
}
