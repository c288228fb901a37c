package match

import "testing"

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
