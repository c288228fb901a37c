package align

import "testing"

// TestLengthTableWithRatio holds the table setRatio makes from the one it
// had to the table built afresh for the new ratio.
func TestLengthTableWithRatio(t *testing.T) {
	m := &defaultModel
	for _, r := range []float64{priorRatioLn, 0, 0.35, 1.1, -0.4} {
		got, want := m.lengths(priorRatioLn).withRatio(r), m.lengths(r)
		if got.ratioLn != want.ratioLn || got.scale != want.scale || got.m != want.m || *got.terms != *want.terms {
			t.Errorf("ratio %v: withRatio differs from lengths", r)
		}
	}
}
