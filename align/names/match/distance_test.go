package match

import (
	"strings"
	"testing"
)

// TestDistanceBound holds distance's cut-off to the full dynamic
// programme: under a bound, a cost within it comes back exactly, and one
// beyond it as some value beyond it. The spellings are NIKL foreign names,
// each against its own Hangul and others.
func TestDistanceBound(t *testing.T) {
	en, ko := niklNames(t, 200)
	for i := range en {
		e := CompileEnglish(en[i])
		if e.pj == nil {
			continue
		}
		for d := 0; d < 40; d += 7 {
			n := Compile(ko[(i+d)%len(ko)])
			if n.empty() {
				continue
			}
			pat := n.loanwords().foreign
			full := distance(e.pj, pat, noBound)
			for _, bound := range []float32{0, 0.5, 1, 1.5, 2.5, 4, full, full - 0.05, full + 0.05} {
				got := distance(e.pj, pat, bound)
				if full <= bound && got != full || full > bound && got <= bound {
					t.Errorf("%s %s bound %v: %v, full %v", en[i], ko[(i+d)%len(ko)], bound, got, full)
				}
			}
		}
	}
}

// distanceRef is distance without its cut-off, its columns skipped or
// its tables: the whole dynamic programme, every alternative of every
// slot tried at every letter.
func distanceRef(pe *prepared, pat pattern) float32 {
	e := pe.s
	prev := make([]float32, len(e)+1)
	for j := 1; j <= len(e); j++ {
		prev[j] = prev[j-1] + pe.ins[j-1]
	}
	for _, sl := range pat {
		row := make([]float32, len(e)+1)
		row[0] = prev[0] + sl.skip
		for j := 1; j <= len(e); j++ {
			best := min(row[j-1]+pe.ins[j-1], prev[j]+sl.skip)
			for _, alts := range sl.set.byLast {
				for _, a := range alts {
					if strings.HasSuffix(e[:j], a.s) {
						best = min(best, prev[j-len(a.s)]+a.c)
					}
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
