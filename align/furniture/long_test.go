package furniture

import (
	"github.com/bitext-ko/bitext/align/testenv"
	"strings"
	"testing"
)

// TestLongLine: a line of any length is body text, and judging it costs
// no copy of it (a line of 250 MB was split into words twice, gigabytes).
func TestLongLine(t *testing.T) {
	testenv.NeedLong(t, "lines of megabytes")
	line := strings.Repeat("Copyright 2019 Kim Jong-un said so. ", 1<<15)
	// One word of a megabyte would keep the regular expressions busy.
	word := strings.Repeat("a", 1<<20)
	paras := []string{line, strings.ToUpper(line), word}
	allocs := testing.AllocsPerRun(3, func() {
		for _, p := range paras {
			if r := Line(p); r != Body {
				t.Fatalf("a long line is %q, want body text", r)
			}
		}
	})
	if allocs != 0 {
		t.Errorf("Line allocates %v times on a long line, want 0", allocs)
	}
	var got []Paragraph
	allocs = testing.AllocsPerRun(3, func() { got = Detect(paras) })
	// Detect allocates its verdicts and a slice of lines a paragraph.
	if allocs > 15 {
		t.Errorf("Detect allocates %v times on three long lines, want at most 15", allocs)
	}
	// The second line repeats the first, in other case.
	if got[0].Lines[0] != Body || got[1].Lines[0] != Repeat {
		t.Errorf("verdicts %v %v, want body then repeat", got[0].Lines, got[1].Lines)
	}
}
