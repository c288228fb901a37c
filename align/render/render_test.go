package render

import (
	"bytes"
	"strings"
	"testing"

	"github.com/bitext-ko/bitext/align"
	"github.com/mattn/go-runewidth"
)

func sample() *align.Alignment {
	en := []string{"Posted on : 2026-03-02 09:10 KST", "Kim Jong-un met\tXi Jinping in Beijing.", "Most viewed articles"}
	ko := []string{"김정은 위원장이 베이징에서\n시진핑 주석을 만났다."}
	a := align.Align(en, ko, align.Options{MinScore: 0.5})
	return a
}

func TestWrap(t *testing.T) {
	tests := []struct {
		s     string
		width int
		want  []string
	}{
		{"one two three", 7, []string{"one two", "three"}},
		{"김정은 위원장이 베이징에서", 8, []string{"김정은", "위원장이", "베이징에", "서"}},
		{"abcdefghij", 4, []string{"abcd", "efgh", "ij"}},
		{"", 5, []string{""}},
	}
	for _, tc := range tests {
		got := Wrap(tc.s, tc.width)
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("Wrap(%q, %d) = %q, want %q", tc.s, tc.width, got, tc.want)
		}
		for _, l := range got {
			if runewidth.StringWidth(l) > tc.width {
				t.Errorf("line %q wider than %d", l, tc.width)
			}
		}
	}
}

func TestFormats(t *testing.T) {
	a := sample()
	var buf bytes.Buffer
	if err := Write(&buf, a, Beads, Options{}); err != nil {
		t.Fatal(err)
	}
	if got := buf.String(); got != "[0]:[]\n[1]:[0]\n[2]:[]\n" {
		t.Errorf("beads:\n%s", got)
	}

	buf.Reset()
	if err := Write(&buf, a, TSV, Options{}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if len(lines) != 4 {
		t.Fatalf("tsv has %d lines:\n%s", len(lines), buf.String())
	}
	for _, l := range lines {
		if strings.Count(l, "\t") != 5 {
			t.Errorf("tab or newline leaked into a cell: %q", l)
		}
	}
	if !strings.HasSuffix(lines[1], "\t0\t\tfurniture") {
		t.Errorf("furniture row: %q", lines[1])
	}

}

func TestTextColour(t *testing.T) {
	a := sample()
	for _, colour := range []bool{false, true} {
		var buf bytes.Buffer
		if err := Write(&buf, a, Text, Options{Width: 60, Color: colour}); err != nil {
			t.Fatal(err)
		}
		if got := strings.Contains(buf.String(), "\x1b["); got != colour {
			t.Errorf("colour %v: escape codes present = %v", colour, got)
		}
		if !strings.Contains(buf.String(), "│") {
			t.Error("no column separator")
		}
	}
}

func TestParseFormat(t *testing.T) {
	for _, f := range Formats() {
		if got, err := ParseFormat(string(f)); err != nil || got != f {
			t.Errorf("ParseFormat(%q) = %q, %v", f, got, err)
		}
	}
	if _, err := ParseFormat("xml"); err == nil {
		t.Error("ParseFormat accepted xml")
	}
}

// TestTSVSafeCells: TSV text cells are raw by default and neutralized
// against formula injection with SafeCells (a Korean bullet line starts
// with "- ").
func TestTSVSafeCells(t *testing.T) {
	en := []string{"=HYPERLINK(\"http://evil.example\",\"Kim\") met Xi.", "- Kim Jong-un met Xi Jinping in Beijing.", "@Kim said so."}
	ko := []string{"=HYPERLINK 김정은 위원장이 시진핑을 만났다.", "- 김정은 위원장이 베이징에서 시진핑 주석을 만났다.", "@김정은이 말했다."}
	a := align.Align(en, ko, align.Options{})
	cells := func(opt Options) [][]string {
		var buf bytes.Buffer
		if err := Write(&buf, a, TSV, opt); err != nil {
			t.Fatal(err)
		}
		var rows [][]string
		for _, l := range strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")[1:] {
			rows = append(rows, strings.Split(l, "\t"))
		}
		return rows
	}
	raw, safe := cells(Options{}), cells(Options{SafeCells: true})
	if len(raw) != 3 || len(safe) != 3 {
		t.Fatalf("%d and %d rows, want 3 1-1 beads", len(raw), len(safe))
	}
	for i := range raw {
		for j := 0; j < 2; j++ {
			if want := [][]string{en, ko}[j][i]; raw[i][j] != want {
				t.Errorf("raw cell %q, want %q", raw[i][j], want)
			}
			if want := "'" + [][]string{en, ko}[j][i]; safe[i][j] != want {
				t.Errorf("safe cell %q, want %q", safe[i][j], want)
			}
		}
		if strings.Join(raw[i][2:], "\t") != strings.Join(safe[i][2:], "\t") {
			t.Errorf("score, ids and flags differ: %q, %q", raw[i][2:], safe[i][2:])
		}
	}
}
