package match

import (
	"strings"
	"testing"
)

// TestDistanceBound holds the cut-offs of distance and foreignDistance
// to the full dynamic programme: under a bound, a cost within it comes
// back exactly, and one beyond it as some value beyond it. The spellings
// are NIKL foreign names (whole, last word, with titles), each against
// its own Hangul and others, read as loanwords (every pattern, the
// swapped and the last word's too) and as Korean names.
func TestDistanceBound(t *testing.T) {
	en, ko := niklNames(t, 400)
	cut := 0
	for i := range en {
		e := CompileEnglish(en[i])
		for d := 0; d < 40; d += 7 {
			h := ko[(i+d)%len(ko)]
			n := Compile(h)
			if n.empty() {
				continue
			}
			lw := n.loanwords()
			pats := []pattern{lw.foreign, lw.swapped, lw.lastWord}
			if n.korean != nil {
				pats = append(pats, n.korean.patterns().sur, n.korean.patterns().given)
			}
			for _, pe := range []*prepared{e.pj, e.pl, e.pa} {
				if pe == nil {
					continue
				}
				for _, pat := range pats {
					if len(pat) == 0 {
						continue
					}
					full := distance(pe, pat, noBound)
					for _, bound := range []float32{0, 0.5, 1, 1.5, 2.5, 4, full, full - 0.05, full + 0.05, full - 0.3, full + 0.3} {
						got := distance(pe, pat, bound)
						// lowerBound sums the costs in another order than
						// the dynamic programme: it may come out a rounding
						// above a cost it bounds, and end distance there.
						rounding := got == lowerBound(pe, pat) && got-full < 1e-5
						if full <= bound && got != full && !rounding || full > bound && got <= bound {
							t.Errorf("distance %q %s bound %v: %v, full %v", pe.s, h, bound, got, full)
						}
						// foreignDistance gives what distance gives, or
						// another value above bound when that is.
						fd := foreignDistance(pe, pat, bound)
						if got <= bound && fd != got || got > bound && fd <= bound {
							t.Errorf("foreignDistance %q %s bound %v: %v, distance %v", pe.s, h, bound, fd, got)
						}
						if got > bound && fd == noBound {
							cut++
						}
					}
				}
			}
		}
	}
	if cut == 0 {
		t.Error("foreignDistance never cut a row short")
	}
}

// distanceRef is distance without its cut-off, its columns skipped or
// its tables: the whole dynamic programme, every alternative of every
// slot tried at every letter.
func distanceRef(pe *prepared, pat pattern) float32 {
	e := pe.s
	prev := make([]float32, len(e)+1)
	for j := 1; j <= len(e); j++ {
		prev[j] = prev[j-1] + pe.at[j-1].ins
	}
	for _, sl := range pat {
		row := make([]float32, len(e)+1)
		row[0] = prev[0] + sl.skip
		for j := 1; j <= len(e); j++ {
			best := min(row[j-1]+pe.at[j-1].ins, prev[j]+sl.skip)
			for _, a := range sl.set.alts {
				if a.s != "" && strings.HasSuffix(e[:j], a.s) {
					best = min(best, prev[j-len(a.s)]+a.c)
				}
			}
			row[j] = best
		}
		prev = row
	}
	return prev[len(e)]
}

// TestDistanceMatchesReference holds distance, with no bound, to
// distanceRef: the same cost to the bit, for NIKL foreign names' spellings
// (whole, last word, with titles) against their own Hangul and others.
func TestDistanceMatchesReference(t *testing.T) {
	en, ko := niklNames(t, 200)
	compared := 0
	for i := range en {
		e := CompileEnglish(en[i])
		for d := 0; d < 40; d += 13 {
			n := Compile(ko[(i+d)%len(ko)])
			if n.empty() {
				continue
			}
			pat := n.loanwords().foreign
			for _, pe := range []*prepared{e.pj, e.pl, e.pa} {
				if pe == nil {
					continue
				}
				if got, want := distance(pe, pat, noBound), distanceRef(pe, pat); got != want {
					t.Errorf("%q %s: distance %v, reference %v", pe.s, ko[(i+d)%len(ko)], got, want)
				}
				compared++
			}
		}
	}
	if compared < 100 {
		t.Errorf("only %d spellings compared", compared)
	}
}
