package align

import "math"

// model weighs the evidence of a bead into a log-likelihood ratio: how much
// more likely the evidence is if the bead's two sides translate each other
// than if they were unrelated paragraphs of the same pair of articles. Each
// piece of evidence adds its own term (a naive-Bayes sum), so a short
// paragraph with little evidence scores near zero instead of being
// condemned for what it lacks. The rates were measured on the 1:1 documents
// of the shared development corpus (true pairs against their neighbours);
// the bead penalties were tuned on the abridged ones.
type model struct {
	// Length: log ratio deviation d ~ N(0, lenVar0 + lenVarL/len) for
	// translations, N(0, lenRandSD²) for unrelated paragraphs.
	lenVar0, lenVarL, lenRandSD float64
	// Per-item log-likelihood ratios of a hit and of a miss.
	lexHit, lexMiss       float64
	numHit, numMiss       float64
	latinHit, latinMiss   float64
	nameHit               float64
	Skip, Merge, Merge2x2 float64
}

var defaultModel = model{
	lenVar0: 0.015, lenVarL: 0.4, lenRandSD: 0.8,
	lexHit: 0.7, lexMiss: -0.19,
	numHit: 3.1, numMiss: -2.1,
	latinHit: 1.8, latinMiss: -3.7,
	nameHit: 0.65,
	Skip:    -4, Merge: 4, Merge2x2: 12,
}

// logit scores evidence: positive means more likely a translation pair.
func (m *model) logit(ev *evidence, ratioLn float64) float64 {
	d := math.Log(float64(ev.lenEN+1)/float64(ev.lenKO+1)) - ratioLn
	n := math.Min(float64(ev.lenEN)*math.Exp(-ratioLn), float64(ev.lenKO)) + 1
	v := m.lenVar0 + m.lenVarL/n
	r2 := m.lenRandSD * m.lenRandSD
	s := -d*d/(2*v) + d*d/(2*r2) + 0.5*math.Log(r2/v)
	s += m.lexHit*float64(ev.lexHitKO+ev.lexHitEN) +
		m.lexMiss*float64(ev.lexKO-ev.lexHitKO+ev.lexEN-ev.lexHitEN)
	s += m.numHit*ev.numHit + m.numMiss*ev.numMiss
	s += m.latinHit*float64(ev.latinHit) + m.latinMiss*float64(ev.latinMiss)
	s += m.nameHit * math.Min(float64(ev.nameHit), 5)
	return s
}
