package align

import (
	"math/rand/v2"
	"path/filepath"
	"slices"
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
		c := newMaskCache(v, ef, kf, nil)
		links := diagonalLinks(r, len(ef), len(kf))
		for _, l := range links {
			var got evidence
			c.evidence(&got, l.ei, l.ej, l.ki, l.kj)
			want := refEvidence(m, ef, kf, l.ei, l.ej, l.ki, l.kj)
			if got != want {
				t.Fatalf("%s: link [%d,%d)x[%d,%d): evidence %+v, want %+v", filepath.Base(base), l.ei, l.ej, l.ki, l.kj, got, want)
			}
		}
	}
}

// testLink is a link of English [ei, ej) and Korean [ki, kj).
type testLink struct{ ei, ej, ki, kj int }

// diagonalLinks returns every link of a move within 12 sentences of the
// diagonal of an n by m grid, shuffled.
func diagonalLinks(r *rand.Rand, n, m int) []testLink {
	var links []testLink
	for ei := 0; ei < n; ei++ {
		for ki := max(0, ei*m/max(n, 1)-12); ki < min(m, ei*m/max(n, 1)+12); ki++ {
			for _, mv := range moves {
				if mv.en > 0 && mv.ko > 0 && ei+mv.en <= n && ki+mv.ko <= m {
					links = append(links, testLink{ei, ei + mv.en, ki, ki + mv.ko})
				}
			}
		}
	}
	r.Shuffle(len(links), func(x, y int) { links[x], links[y] = links[y], links[x] })
	return links
}

// TestLinkCacheExact holds logit and hasEvidence, which read the link
// cache and the streams' tables of marks, to the evidence computed afresh
// and sameMarks on the text: the same float and answer, read the first
// time and again.
func TestLinkCacheExact(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for _, base := range latticeDocs(t) {
		p, _ := testScorer(t, base+".en.txt", base+".ko.txt")
		for _, l := range diagonalLinks(r, len(p.ef), len(p.kf)) {
			var ev evidence
			p.cache.evidence(&ev, l.ei, l.ej, l.ki, l.kj)
			want := p.m.evidenceScore(&ev) + p.lengths.score(p.en.chars(l.ei, l.ej), p.ko.chars(l.ki, l.kj))
			whole := p.en.start[l.ei] && p.ko.start[l.ki] && p.en.start[l.ej] && p.ko.start[l.kj]
			supported := ev.shared() || sameMarks(p.en.text[l.ei:l.ej], p.ko.text[l.ki:l.kj])
			for range 2 {
				if got := p.logit(l.ei, l.ej, l.ki, l.kj); got != want {
					t.Fatalf("%s: link %+v: logit %v, want %v", filepath.Base(base), l, got, want)
				}
				if whole && p.hasEvidence(l.ei, l.ej, l.ki, l.kj) != supported {
					t.Fatalf("%s: link %+v: hasEvidence %v, want %v", filepath.Base(base), l, !supported, supported)
				}
			}
		}
	}
}

// TestLinkScoresAcrossRatios holds the scores the passes read (linkScore,
// which keeps each link's score with length for the ratio of the moment)
// to the score computed afresh, read under one ratio and then under
// others (setRatio), with the costs of the document model and of its
// variants: the same float.
func TestLinkScoresAcrossRatios(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	for _, base := range latticeDocs(t) {
		p, _ := testScorer(t, base+".en.txt", base+".ko.txt")
		links := diagonalLinks(r, len(p.ef), len(p.kf))
		dms := append([]docModel{*p.dm}, p.dm.variants()...)
		for _, ratio := range []float64{priorRatioLn, 0.9, 0.4} {
			if ratio != p.ratioLn {
				p.setRatio(ratio)
			}
			for x, l := range links {
				if p.en.span[l.ej-l.ei][l.ei] < 0 || p.ko.span[l.kj-l.ki][l.ki] < 0 {
					continue // across a barrier: no move links it
				}
				dm := &dms[x%len(dms)]
				p.dm = dm
				k := linkShape(l.ej-l.ei, l.kj-l.ki)
				var ev evidence
				p.cache.evidence(&ev, l.ei, l.ej, l.ki, l.kj)
				want := float64(float32(p.m.evidenceScore(&ev))) + p.lengths.score(p.en.chars(l.ei, l.ej), p.ko.chars(l.ki, l.kj))
				if slices.Contains(p.en.soft[l.ei:l.ej], true) || slices.Contains(p.ko.soft[l.ki:l.kj], true) {
					want -= dm.Caption
				}
				if c := dm.mergeCost()[k]; c != 0 {
					want -= c
				}
				for range 2 {
					if got := p.linkScore(l.ej, l.kj, k); got != want {
						t.Fatalf("%s, ratio %v: link %+v: linkScore %v, want %v", filepath.Base(base), ratio, l, got, want)
					}
				}
			}
		}
	}
}

// sameMarks is the marks rule on the sentences' text, the reference for
// the marks the streams keep (marksOf, marksAgree).
func sameMarks(en, ko []string) bool {
	if len(en) == 0 || len(ko) == 0 {
		return false
	}
	return marksAgree(opensQuote(en[0]), opensQuote(ko[0]), endMark(en[len(en)-1]), endMark(ko[len(ko)-1]))
}
