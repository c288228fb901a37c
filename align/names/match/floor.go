package match

// ScoreAtLeast is ScoreCompiled for callers that only want scores of at
// least floor, such as a glossary comparing every English name of a
// paragraph with every Hangul word of its translation: pairs whose first
// sounds cannot match are skipped without scoring, comparisons stop as
// soon as floor is out of reach, and any score under floor comes back as 0.
func ScoreAtLeast(e *English, n *Name, floor float64) float64 {
	if !e.mayMatch(n) {
		return 0
	}
	s := scoreAbove(e, n, floor-1e-9)
	if s < floor {
		return 0
	}
	return s
}
