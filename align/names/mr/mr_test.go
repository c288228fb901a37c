package mr

import (
	"testing"
	"unicode/utf8"
)

func TestPlain(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Kim Chŏng-ŭn", "Kim Chong-un"},
		{"P'yŏngyang", "Pyongyang"},
		{"Ch’oe Ŭn-hŭi", "Choe Un-hui"},
		{"ŎM", "OM"},
		{"Kang Tŏng-nyong", "Kang Tong-nyong"},
		{"Chʼŏl ch‘ŏl ch`ŏl", "Chol chol chol"},
		{"Cho\u0306ng", "Chong"}, // decomposed breve
		{"Kim Jong-un", "Kim Jong-un"},
		{"José Müller", "José Müller"}, // not MR marks
		{"", ""},
	}
	for _, tc := range tests {
		if got := Plain(tc.in); got != tc.want {
			t.Errorf("Plain(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestBreve(t *testing.T) {
	tests := []struct {
		r         rune
		plain, rr string
		ok        bool
	}{
		{'ŏ', "o", "eo", true},
		{'ŭ', "u", "eu", true},
		{'Ŏ', "O", "Eo", true},
		{'Ŭ', "U", "Eu", true},
		{'o', "", "", false},
		{'ğ', "", "", false},
	}
	for _, tc := range tests {
		p, rr, ok := Breve(tc.r)
		if p != tc.plain || rr != tc.rr || ok != tc.ok {
			t.Errorf("Breve(%q) = %q, %q, %v; want %q, %q, %v", tc.r, p, rr, ok, tc.plain, tc.rr, tc.ok)
		}
	}
}

func TestHasMarks(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Chŏng", true},
		{"Ch'oe", true},
		{"Chʼoe", true},
		{"Cho\u0306ng", true},
		{"Erdoğan", true},
		{"Chong", false},
		{"José", false},
		{"", false},
	}
	for _, tc := range tests {
		if got := HasMarks(tc.in); got != tc.want {
			t.Errorf("HasMarks(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// Plain leaves nothing for HasMarks to find but breves on other letters,
// and never touches text without marks.
func FuzzPlain(f *testing.F) {
	for _, s := range []string{"Kim Chŏng-ŭn", "P'yŏngyang", "Cho\u0306ng", "plain"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p := Plain(s)
		if !HasMarks(s) && p != s {
			t.Fatalf("Plain(%q) = %q, changed text without marks", s, p)
		}
		for _, r := range p {
			if _, _, ok := Breve(r); ok || IsApostrophe(r) {
				t.Fatalf("Plain(%q) = %q, still has %q", s, p, r)
			}
		}
		// (Invalid bytes are kept, and an apostrophe taken from between
		// two of them can make a rune of them.)
		if utf8.ValidString(s) && Plain(p) != p {
			t.Fatalf("Plain is not idempotent on %q", s)
		}
	})
}
