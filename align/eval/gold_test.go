package eval

import (
	"errors"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/bitext-ko/bitext/align"
)

func TestReadGold(t *testing.T) {
	const good = "[0]:[]\n[1]:[0]\n[]:[1]\n[2, 3]:[2]\n[4]:[3, 4]\n"
	beads, err := ReadGold(strings.NewReader(good), "g.gold", 5, 5)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range beads {
		got = append(got, align.FormatBead(b))
	}
	if want := strings.Split(strings.TrimSpace(good), "\n"); !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	// What vecalign and editors add: costs, spaces, CRLF, blank lines,
	// ids without spaces.
	for _, v := range []string{
		"[0]:[]:0.1\r\n[1]:[0]:0.25\r\n[]:[1]\r\n\r\n[2,3]:[2] 0.3\r\n[4]:[3 4]\r\n",
		"  [0] : []\n[1]:[0]\n\n\n[]:[1]\n[2 ,3]:[2]\n\t[4]:[3,4]",
	} {
		b2, err := ReadGold(strings.NewReader(v), "g.gold", 5, 5)
		if err != nil || !slices.EqualFunc(b2, beads, func(a, b align.Bead) bool { return align.FormatBead(a) == align.FormatBead(b) }) {
			t.Errorf("%q: %v, %v", v, b2, err)
		}
	}
}

// TestReadGoldErrors: every kind of malformed gold file is refused with
// its file, line and column, and the kind of problem (errors.Is).
func TestReadGoldErrors(t *testing.T) {
	tests := []struct {
		name     string
		gold     string
		nEN, nKO int
		kind     error
		line     int
		col      int
		msg      string
	}{
		{"no brackets", "[0]:[0]\n0:0\n", 2, 2, ErrSyntax, 2, 1, "want '['"},
		{"wrong separator", "[0]-[0]\n", 1, 1, ErrSyntax, 1, 4, "want ':'"},
		{"letters", "[0]:[a]\n", 1, 1, ErrSyntax, 1, 6, "paragraph number"},
		{"negative", "[-1]:[0]\n", 1, 1, ErrSyntax, 1, 2, "paragraph number"},
		{"not closed", "[0]:[0\n", 1, 1, ErrSyntax, 1, 7, "closing"},
		{"sentence id", "[0]:[0.1]\n", 1, 1, ErrSyntax, 1, 6, "sentence id"},
		{"empty bead", "[0]:[0]\n[]:[]\n", 1, 1, ErrSyntax, 2, 1, "empty bead"},
		{"huge id", "[0]:[0]\n[99999999999999999999]:[1]\n", 2, 2, ErrSyntax, 2, 2, "too large"},
		{"text after", "[0]:[0]x\n", 1, 1, ErrSyntax, 1, 8, "after the bead"},
		{"no such Korean paragraph", "[0]:[0]\n[1]:[1, 5]\n", 2, 2, ErrNoParagraph, 2, 9, "Korean paragraph 5; the Korean text has 2 paragraphs (0 to 1)"},
		{"no such English paragraph", "[7]:[0]\n", 1, 1, ErrNoParagraph, 1, 2, "English paragraph 7"},
		{"any paragraph of an empty text", "[0]:[]\n", 0, 0, ErrNoParagraph, 1, 2, "no paragraphs"},
		{"duplicate", "[0]:[0]\n[1]:[1]\n[1]:[1]\n", 2, 2, ErrDuplicate, 3, 0, "line 2"},
		{"duplicate spelled otherwise", "[0]:[0]\n[0]:[0]:0.5\n", 1, 1, ErrDuplicate, 2, 0, "line 1"},
		{"overlap", "[0]:[0]\n[0, 1]:[1]\n", 2, 2, ErrOverlap, 2, 2, "English paragraph 0 is also in the bead on line 1"},
		{"overlap in a bead", "[0]:[0, 0]\n", 1, 1, ErrOverlap, 1, 9, "twice in this bead"},
		{"out of order", "[1]:[1]\n[0]:[0]\n", 2, 2, ErrOrder, 1, 2, "English paragraph 1 comes before paragraph 0 (line 2)"},
		{"out of order in a bead", "[0]:[1, 0]\n", 1, 2, ErrOrder, 1, 6, "Korean paragraph 1 comes before paragraph 0"},
		{"gap", "[0]:[0]\n[2]:[1]\n", 3, 2, ErrMissing, 2, 2, "English paragraph 1 is in no bead"},
		{"missing at the end", "[0]:[0]\n[1]:[]\n", 4, 1, ErrMissing, 2, 0, "English paragraphs 2 to 3 are in no bead"},
		{"missing Korean at the end", "[0]:[0]\n", 1, 2, ErrMissing, 1, 0, "Korean paragraph 1 is in no bead"},
		{"empty file of a text", "", 1, 0, ErrMissing, 1, 0, "English paragraph 0"},
	}
	for _, tc := range tests {
		_, err := ReadGold(strings.NewReader(tc.gold), "dir/x.gold", tc.nEN, tc.nKO)
		var pe *ParseError
		if !errors.As(err, &pe) {
			t.Errorf("%s: got %v, want a *ParseError", tc.name, err)
			continue
		}
		if !errors.Is(err, tc.kind) || pe.File != "dir/x.gold" || pe.Line != tc.line || pe.Column != tc.col || !strings.Contains(err.Error(), tc.msg) {
			t.Errorf("%s: got %q (file %q line %d column %d), want %v at line %d column %d saying %q",
				tc.name, err, pe.File, pe.Line, pe.Column, tc.kind, tc.line, tc.col, tc.msg)
		}
		want := "dir/x.gold:" + strconv.Itoa(tc.line) + ":"
		if !strings.HasPrefix(err.Error(), want) {
			t.Errorf("%s: %q does not start with %q", tc.name, err, want)
		}
	}
}

// scorePyBead is the bead pattern of shared/tools/score.py, the reference
// reader: it skips what does not match, where ReadGold refuses it.
var scorePyBead = regexp.MustCompile(`^\s*\[([0-9,\s]*)\]\s*:\s*\[([0-9,\s]*)\]`)

func scorePyIDs(s string) []align.ID {
	var out []align.ID
	for _, f := range strings.Fields(strings.ReplaceAll(s, ",", " ")) {
		n, _ := strconv.Atoi(f)
		out = append(out, align.ParaID(n))
	}
	return out
}

// FuzzReadGold compares ReadGold with score.py's reading of the same
// bytes: whatever ReadGold accepts, score.py reads as the same beads, and
// they cover both texts once, in order. Whatever it refuses is a
// *ParseError on a line of the file.
func FuzzReadGold(f *testing.F) {
	f.Add("[0]:[]\n[1]:[0]\n[]:[1]\n[2, 3]:[2]\n[4]:[3, 4]\n", 5, 5)
	f.Add("[0]:[0]:0.1\r\n\r\n[1,2]:[1]\n", 3, 2)
	f.Add("[1]:[0]\n[0]:[1]\n", 2, 2)
	f.Add("[0]:[0]\n[0]:[0]\n", 1, 1)
	f.Add("[0]:[0.1]\n", 1, 1)
	f.Fuzz(func(t *testing.T, gold string, nEN, nKO int) {
		nEN, nKO = nEN&63, nKO&63
		beads, err := ReadGold(strings.NewReader(gold), "f.gold", nEN, nKO)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Line < 1 || pe.Line > strings.Count(gold, "\n")+2 || pe.Column < 0 {
				t.Fatalf("%q: error %v is not a ParseError on a line of the file", gold, err)
			}
			return
		}
		var ref []align.Bead
		for _, line := range strings.Split(gold, "\n") {
			if m := scorePyBead.FindStringSubmatch(line); m != nil {
				ref = append(ref, align.Bead{EN: scorePyIDs(m[1]), KO: scorePyIDs(m[2])})
			} else if strings.TrimSpace(line) != "" {
				t.Fatalf("%q: accepted line %q that score.py skips", gold, line)
			}
		}
		if !slices.EqualFunc(beads, ref, func(a, b align.Bead) bool { return align.FormatBead(a) == align.FormatBead(b) }) {
			t.Fatalf("%q: got %v, score.py reads %v", gold, beads, ref)
		}
		nextEN, nextKO := 0, 0
		for _, b := range beads {
			for _, id := range b.EN {
				if id.Para != nextEN {
					t.Fatalf("%q: English %d out of place", gold, id.Para)
				}
				nextEN++
			}
			for _, id := range b.KO {
				if id.Para != nextKO {
					t.Fatalf("%q: Korean %d out of place", gold, id.Para)
				}
				nextKO++
			}
		}
		if nextEN != nEN || nextKO != nKO {
			t.Fatalf("%q: covers %d/%d paragraphs of %d/%d", gold, nextEN, nextKO, nEN, nKO)
		}
	})
}
