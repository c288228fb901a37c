package align

import (
	"math/rand/v2"
	"path/filepath"
	"testing"
)

// refEvidence is the evidence of a link as the stamp matcher computes it.
func refEvidence(m *refMatcher, ef, kf []*features, ei, ej, ki, kj int) evidence {
	var pm [3][3]*refPairMasks
	for a := ei; a < ej; a++ {
		for b := ki; b < kj; b++ {
			pm[a-ei][b-ki] = new(refPairMasks)
			m.compute(ef[a], kf[b], pm[a-ei][b-ki])
		}
	}
	return refCombine(ef[ei:ej], kf[ki:kj], &pm)
}

// TestEvidenceMatchesStamps holds the postings-based masks to the stamp
// matcher: the same evidence, to the bit and the float, for every link
// shape near the diagonal of every pair of latticeDocs, visited in an
// order that makes the cache evict and refill rows and blocks.
func TestEvidenceMatchesStamps(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for _, base := range latticeDocs(t) {
		p, v := testScorer(t, base+".en.txt", base+".ko.txt")
		ef, kf := p.ef, p.kf
		m := newRefMatcher(v)
		c := newMaskCache(v, ef, kf)
		n, mm := len(ef), len(kf)
		type link struct{ ei, ej, ki, kj int }
		var links []link
		for ei := 0; ei < n; ei++ {
			for ki := max(0, ei*mm/max(n, 1)-12); ki < min(mm, ei*mm/max(n, 1)+12); ki++ {
				for _, mv := range moves {
					if mv.en > 0 && mv.ko > 0 && ei+mv.en <= n && ki+mv.ko <= mm {
						links = append(links, link{ei, ei + mv.en, ki, ki + mv.ko})
					}
				}
			}
		}
		r.Shuffle(len(links), func(x, y int) { links[x], links[y] = links[y], links[x] })
		for _, l := range links {
			got, want := c.evidence(l.ei, l.ej, l.ki, l.kj), refEvidence(m, ef, kf, l.ei, l.ej, l.ki, l.kj)
			if got != want {
				t.Fatalf("%s: link [%d,%d)x[%d,%d): evidence %+v, want %+v", filepath.Base(base), l.ei, l.ej, l.ki, l.kj, got, want)
			}
		}
	}
}
