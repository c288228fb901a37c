package normalize

import (
	"testing"

	"golang.org/x/text/unicode/norm"
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
