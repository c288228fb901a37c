package cell

import (
	"strings"
	"testing"
)

func TestNeutralize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"=HYPERLINK(\"http://x\",\"a\")", "'=HYPERLINK(\"http://x\",\"a\")"},
		{"+82 2 123 4567", "'+82 2 123 4567"},
		{"- 북한은 10일 미사일을 발사했다", "'- 북한은 10일 미사일을 발사했다"}, // a Korean bullet line
		{"-1", "'-1"},
		{"@SUM(A1:A2)", "'@SUM(A1:A2)"},
		{"\t=1", "'\t=1"},
		{"\r=1", "'\r=1"},
		{"'=1", "''=1"},   // so that Restore gives '=1 back
		{"''-x", "'''-x"}, // likewise
		{"'s-Hertogenbosch", "'s-Hertogenbosch"},
		{"'", "'"},
		{"''", "''"},
		{"Kim Jong-un", "Kim Jong-un"},
		{"김정은", "김정은"},
		{" =1", " =1"}, // spreadsheets do not run it
		{"", ""},
		{"\n=1", "\n=1"},
	}
	for _, tc := range tests {
		if got := Neutralize(tc.in); got != tc.want {
			t.Errorf("Neutralize(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if got := Restore(tc.want); got != tc.in {
			t.Errorf("Restore(%q) = %q, want %q", tc.want, got, tc.in)
		}
	}
	// Restore leaves alone what Neutralize never writes.
	for _, s := range []string{"'abc", "' =1", "'", "x'=1", "'\n-"} {
		if got := Restore(s); got != s {
			t.Errorf("Restore(%q) = %q, want it unchanged", s, got)
		}
	}
	for _, tc := range []struct{ in, want string }{
		{"=1", "=1"}, {"-", "-"}, {"'=1", "''=1"}, {"''+1", "'''+1"}, {"'s-x", "'s-x"}, {"'", "'"}, {"", ""},
	} {
		if got := Reversible(tc.in); got != tc.want || Restore(got) != tc.in {
			t.Errorf("Reversible(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	if For(false)("=1") != "=1" || For(true)("=1") != "'=1" {
		t.Error("For")
	}
}

// FuzzNeutralize: Restore gives back every text, and what Neutralize
// writes never starts with a character a spreadsheet runs.
func FuzzNeutralize(f *testing.F) {
	for _, s := range []string{"=1", "'=1", "''+", "'abc", "", "'", "-", "\t", "a=1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Neutralize(s)
		if Restore(n) != s {
			t.Fatalf("Restore(Neutralize(%q)) = %q", s, Restore(n))
		}
		if n != "" && strings.ContainsRune("=+-@\t\r", rune(n[0])) {
			t.Fatalf("Neutralize(%q) = %q starts with a formula character", s, n)
		}
		if n != s && n != "'"+s {
			t.Fatalf("Neutralize(%q) = %q: more than a leading quote", s, n)
		}
		if r := Reversible(s); Restore(r) != s || r != s && (r != "'"+s || !strings.HasPrefix(s, "'")) {
			t.Fatalf("Reversible(%q) = %q", s, r)
		}
	})
}
