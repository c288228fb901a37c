package align

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestLinkScoreKeptForRatio holds the link scores the link cache keeps
// for the passes (linkRow.lv) to those of a scorer that computes each the
// first time for the same ratio: read before and after a ratio change,
// twice, in an order that grows rows, on every pair of latticeDocs.
func TestLinkScoreKeptForRatio(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for _, base := range latticeDocs(t) {
		p, _ := testScorer(t, base+".en.txt", base+".ko.txt")
		q, _ := testScorer(t, base+".en.txt", base+".ko.txt")
		links := diagonalLinks(r, len(p.ef), len(p.kf))
		shape := func(l testLink) int { return linkShape(l.ej-l.ei, l.kj-l.ki) }
		for _, l := range links {
			if k := shape(l); k >= 0 {
				p.linkScore(l.ej, l.kj, k)
			}
		}
		ratio := priorRatioLn + 0.125
		p.setRatio(ratio)
		q.setRatio(ratio)
		want := make([]float64, len(links))
		for x, l := range links {
			if k := shape(l); k >= 0 {
				want[x] = q.linkScore(l.ej, l.kj, k)
			}
		}
		for pass := range 2 {
			for x, l := range links {
				k := shape(l)
				if k < 0 {
					continue
				}
				if got := p.linkScore(l.ej, l.kj, k); math.Float64bits(got) != math.Float64bits(want[x]) {
					t.Fatalf("%s: pass %d, link %+v: kept score %v, computed %v", base, pass, l, got, want[x])
				}
			}
		}
	}
}
