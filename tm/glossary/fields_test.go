package glossary

import (
	"slices"
	"strings"
	"testing"
)

// fieldCases are names as fold, people and pairType split them: with
// several spaces, white space other than spaces, capitals outside ASCII
// and broken UTF-8.
var fieldCases = []string{
	"", " ", "Trump", "Donald Trump", "  Kim  Jong-un ", "Andrés Manuel LÓPEZ Obrador",
	"İstanbul Airport", "ǅemal Bijedić", "A\u00a0B\u2003C", "Tory\tBrexiteer\nAndrea Jenkyns",
	"\xffBad \xfe\xfdUTF", "ΣΟΦΟΣ Οδυσσέας", "x",
}

// TestFieldHelpers checks the helpers that split names without the
// slices strings.Fields makes against strings.Fields: appendFields gives
// its words, and firstAndLastField of a name in lower case gives the
// lower case of its first and last words, as fold reads them.
func TestFieldHelpers(t *testing.T) {
	for _, s := range fieldCases {
		want := strings.Fields(s)
		var buf [2]string
		if got := appendFields(buf[:0], s); !slices.Equal(got, want) {
			t.Errorf("appendFields(%q) = %q, want %q", s, got, want)
		}
		first, last := firstAndLastField(strings.ToLower(s))
		var wantFirst, wantLast string
		if len(want) > 0 {
			wantFirst, wantLast = strings.ToLower(want[0]), strings.ToLower(want[len(want)-1])
		}
		if first != wantFirst || last != wantLast {
			t.Errorf("firstAndLastField(ToLower(%q)) = %q, %q, want %q, %q", s, first, last, wantFirst, wantLast)
		}
	}
}

// TestJoinedAt checks that joinedAt gives a + sep + b whether or not the
// text holds it where the run starts.
func TestJoinedAt(t *testing.T) {
	const text = "마이크 폼페이오 국무장관이 노스-이스트 지역을"
	for _, tc := range []struct {
		start     int
		a, sep, b string
		inText    bool // the result is a slice of text
	}{
		{0, "마이크", " ", "폼페이오", true},
		{0, "마이크 폼페이오", " ", "국무장관", true},
		{0, "마이크", " ", "폼페이", true},
		{0, "마이크", " ", "폼페이오는", false},
		{0, "마이크", "-", "폼페이오", false},
		{strings.Index(text, "노스"), "노스", "-", "이스트", true},
		{strings.Index(text, "지역"), "지역을", " ", "더", false},
		{len(text) - 3, "을", " ", "x", false},
	} {
		got := joinedAt(text, tc.start, tc.a, tc.sep, tc.b)
		if want := tc.a + tc.sep + tc.b; got != want {
			t.Errorf("joinedAt(%d, %q, %q, %q) = %q, want %q", tc.start, tc.a, tc.sep, tc.b, got, want)
		}
		if in := strings.HasPrefix(text[tc.start:], got) && len(got) > 0; in != tc.inText {
			t.Errorf("joinedAt(%d, %q, %q, %q): in the text %v, want %v", tc.start, tc.a, tc.sep, tc.b, in, tc.inText)
		}
	}
}
