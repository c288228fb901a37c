package corpus

import (
	"math"
	"testing"

	"github.com/bitext-ko/bitext/align"
)

// TestMeanScore: the report's mean_score is the rounded mean of the
// scores of the beads but furniture, and a score that is not in [0, 1]
// (a NaN once reached the report as -922337203685477.6) counts as 0.
func TestMeanScore(t *testing.T) {
	b := func(k align.Kind, s float64) align.Bead { return align.Bead{Kind: k, Score: s} }
	for _, c := range []struct {
		name  string
		beads []align.Bead
		want  float64
	}{
		{"none", nil, 0},
		{"furniture only", []align.Bead{b(align.Furniture, 0.5)}, 0},
		{"mean", []align.Bead{b(align.Match, 0.9), b(align.Omitted, 0.6), b(align.Furniture, 0.1)}, 0.75},
		{"rounded", []align.Bead{b(align.Match, 1), b(align.Match, 0.99999), b(align.Match, 0.99999)}, 1},
		{"NaN", []align.Bead{b(align.Match, math.NaN()), b(align.Match, 1)}, 0.5},
		{"Inf", []align.Bead{b(align.Match, math.Inf(1)), b(align.Match, math.Inf(-1)), b(align.Match, 1)}, 0.3333},
	} {
		if got := meanScore(c.beads); got != c.want {
			t.Errorf("%s: meanScore %v, want %v", c.name, got, c.want)
		}
	}
}
