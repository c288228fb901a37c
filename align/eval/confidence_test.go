package eval

import (
	"math"
	"testing"
)

// TestConfidenceBins: the ten score bins hold every bead once, a score of
// 1 in the last bin, and ECE is the weighted gap of their mean score and
// share right; the documents pick leaves out are not counted.
func TestConfidenceBins(t *testing.T) {
	r := &Report{Docs: []Doc{
		{ID: "a", Beads: []Judged{{Score: 1, Right: true}, {Score: 0.95, Right: true}, {Score: 0.95, Right: false, Flagged: true}, {Score: 0.05, Right: true, Flagged: true}}},
		{ID: "b", Beads: []Judged{{Score: 0.5, Right: false, Flagged: true}}},
	}}
	tests := []struct {
		name  string
		pick  func(int, Doc) bool
		beads int
		bins  map[int]Bin
		ece   float64
	}{
		{"all", nil, 5, map[int]Bin{9: {3, 2.9, 2}, 0: {1, 0.05, 1}, 5: {1, 0.5, 0}},
			(math.Abs(2.9-2) + math.Abs(0.05-1) + math.Abs(0.5-0)) / 5},
		{"first", func(i int, _ Doc) bool { return i == 0 }, 4, map[int]Bin{9: {3, 2.9, 2}, 0: {1, 0.05, 1}},
			(math.Abs(2.9-2) + math.Abs(0.05-1)) / 4},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := r.Confidence(tc.pick)
			if c.Beads != tc.beads {
				t.Errorf("%d beads, want %d", c.Beads, tc.beads)
			}
			for k, bin := range c.Bins {
				want := tc.bins[k]
				if bin.Beads != want.Beads || math.Abs(bin.Score-want.Score) > 1e-9 || bin.Right != want.Right {
					t.Errorf("bin %d = %+v, want %+v", k, bin, want)
				}
			}
			if math.Abs(c.ECE-tc.ece) > 1e-9 {
				t.Errorf("ECE %.6f, want %.6f", c.ECE, tc.ece)
			}
		})
	}
}
