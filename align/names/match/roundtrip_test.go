package match

import (
	"github.com/bitext-ko/bitext/align/testenv"
	"testing"

	"github.com/bitext-ko/bitext/align/names/romanize"
)

// TestRoundTrip romanizes 2,000 generated Korean names (500 in the quick
// tier of tests) in each style and
// checks that the index finds each name again among all of them.
func TestRoundTrip(t *testing.T) {
	ko, _ := syntheticKorean(testenv.Count(500, 2000))
	ix := NewIndex(ko)
	floors := map[romanize.Style]float64{
		romanize.RR: 0.99, romanize.MR: 0.99, romanize.MRPlain: 0.99, romanize.DPRK: 0.99, romanize.Press: 0.99,
	}
	for st, floor := range floors {
		right := 0
		var miss []string
		for i, h := range ko {
			en := romanize.Name(h, st)
			if m, ok := ix.Best(en); ok && m.ID == i {
				right++
			} else if len(miss) < 5 {
				miss = append(miss, en+" "+h+" → "+m.Hangul)
			}
		}
		acc := float64(right) / float64(len(ko))
		t.Logf("%-8v round trip %.3f %q", st, acc, miss)
		if acc < floor {
			t.Errorf("%v: round-trip accuracy %.3f below %.2f", st, acc, floor)
		}
	}
}
