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
	lexHit, lexMiss     float64
	numHit, numMiss     float64
	latinHit, latinMiss float64
	nameHit             float64
	// bias is the score of a link with no evidence at all, lenWeight the
	// weight of the length model's log-likelihood ratio.
	bias, lenWeight       float64
	Skip, Merge, Merge2x2 float64
}

var defaultModel = model{
	lenVar0: 0.015, lenVarL: 1.2, lenRandSD: 0.8,
	lexHit: 0.7, lexMiss: -0.19,
	numHit: 3.1, numMiss: -2.1,
	latinHit: 1.8, latinMiss: -3.7,
	nameHit: 0.65, lenWeight: 1,
	Skip: -4, Merge: 4, Merge2x2: 12,
}

// logit scores evidence: positive means more likely a translation pair.
func (m *model) logit(ev *evidence, ratioLn float64) float64 {
	return m.evidenceScore(ev) + m.lengthScore(ev.lenEN, ev.lenKO, ratioLn)
}

// lengthScore is the length model's term for lenEN English letters against
// lenKO Korean ones, given the pair's log length ratio.
func (m *model) lengthScore(lenEN, lenKO int, ratioLn float64) float64 {
	return m.lengths(ratioLn).score(lenEN, lenKO)
}

// lengthTable is the length model for one length ratio, with the terms
// that depend on a pair's size tabulated (sizeTerms).
type lengthTable struct {
	ratioLn, scale float64 // scale = exp(-ratioLn)
	m              *model
	terms          *sizeTerms
}

// sizeTerms tabulate, by size, the terms of the length model that depend
// on the model only: a translation's log length ratio deviates by
// d ~ N(0, v) with v = lenVar0 + lenVarL/n for n Korean-sized letters, an
// unrelated pair's by N(0, lenRandSD²). A table is never changed once
// made, so tables of several ratios (and a Scratch's documents) share it.
type sizeTerms struct {
	quad, constant [512]float64 // by n: the factor of -d² and the constant
}

// sizeTerms tabulates the model's size terms.
func (m *model) sizeTerms() *sizeTerms {
	t := new(sizeTerms)
	for n := 1; n < len(t.quad); n++ {
		t.quad[n], t.constant[n] = m.lengthTerms(float64(n))
	}
	return t
}

func (m *model) lengths(ratioLn float64) *lengthTable {
	return m.sizeTerms().table(m, ratioLn)
}

// table returns the length table of model m (whose terms t are) for a
// ratio.
func (t *sizeTerms) table(m *model, ratioLn float64) *lengthTable {
	return &lengthTable{ratioLn: ratioLn, scale: math.Exp(-ratioLn), m: m, terms: t}
}

func (m *model) lengthTerms(n float64) (quad, constant float64) {
	v := m.lenVar0 + m.lenVarL/n
	r2 := m.lenRandSD * m.lenRandSD
	return m.lenWeight * (1/(2*v) - 1/(2*r2)), m.lenWeight * 0.5 * math.Log(r2/v)
}

// withRatio returns the table for another ratio: the terms by size do not
// depend on it.
func (t *lengthTable) withRatio(ratioLn float64) *lengthTable {
	return t.terms.table(t.m, ratioLn)
}

func (t *lengthTable) score(lenEN, lenKO int) float64 {
	d := logInt(lenEN+1) - logInt(lenKO+1) - t.ratioLn
	// The lesser of the two sizes (both finite and non-negative, so a
	// plain comparison: the builtin min's care for NaN and -0 costs).
	n := float64(lenKO)
	if x := float64(lenEN) * t.scale; x < n {
		n = x
	}
	n++
	if k := int(n + 0.5); k < len(t.terms.quad) {
		return -d*d*t.terms.quad[k] + t.terms.constant[k]
	}
	q, c := t.m.lengthTerms(n)
	return -d*d*q + c
}

// evidenceScore is the score of everything but length.
func (m *model) evidenceScore(ev *evidence) float64 {
	s := m.bias
	s += m.lexHit*float64(ev.lexHitKO+ev.lexHitEN) +
		m.lexMiss*float64(ev.lexKO-ev.lexHitKO+ev.lexEN-ev.lexHitEN)
	s += m.numHit*ev.numHit + m.numMiss*ev.numMiss
	s += m.latinHit*float64(ev.latinHit) + m.latinMiss*float64(ev.latinMiss)
	// At most 5 names count (min of the integers: math.Min is a call).
	s += m.nameHit * float64(min(ev.nameHit, 5))
	return s
}

// logTable holds log(i) for small i.
var logTable = func() [4096]float64 {
	var t [4096]float64
	for i := 1; i < len(t); i++ {
		t[i] = math.Log(float64(i))
	}
	return t
}()

// logInt returns log(i) for i >= 1, from a table when i is small.
func logInt(i int) float64 {
	if i < len(logTable) {
		return logTable[i]
	}
	return math.Log(float64(i))
}
