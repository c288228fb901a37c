package align

import (
	"math"
	"slices"
)

// beadSigns are what the confidence of a bead is computed from: how
// sure the forward-backward pass is of the bead's edges and links, and how
// well its two sides' lengths agree.
type beadSigns struct {
	start, end float64 // log probability that a path passes the bead's corners
	link       float64 // log probability of the bead's least likely link (0 for a lone bead)
	lenDev     float64 // |log length ratio - the pair's ratio|, for beads with two sides
	paras      int     // paragraphs in the bead
	lone       bool
	caption    bool    // a photo caption is linked
	evidence   float64 // the least evidence of the bead's links (their logits)
	best       float64 // the most evidence of the bead's links
	// unstable counts the plausible variants of the program's costs
	// under which the bead is not found: the posterior measures the
	// uncertainty of the model, this its sensitivity to its own costs.
	unstable int
	headline bool    // the bead pairs the headlines
	size     float64 // letters in the bead, in Korean letters (English ones scaled by the pair's ratio)
	share    float64 // the bead's share of the letters of the documents' bodies
	sents    int     // sentences of the bead's side that has more
	// docEvidence, for the headline bead, is the evidence of the whole
	// pair of documents: the sum over its beads that pair text, the
	// headlines' included, of their best link's logit when positive.
	docEvidence float64
}

// variants are the cost models whose alignments the confidence compares
// with the chosen one: paragraphs joined and sentences merged more easily,
// and paragraphs left untranslated more easily.
func (dm *docModel) variants() []docModel {
	a, b := *dm, *dm
	a.Join, a.Merge = 0.6*dm.Join, 0.67*dm.Merge
	b.SkipPara, b.SkipParaSent = 0.67*dm.SkipPara, 0.6*dm.SkipParaSent
	return []docModel{a, b}
}

// sensitivity counts, for each bead, the variants of the costs whose path
// (searched near path, from a band of ±1 sentence widened fourfold while
// the path touches its edge: a variant moves beads locally) does not hold
// it. Starting from ±1 rather than ±2 finds the same paths on every pair
// of dev, dev-real and the wire pair (the same output, byte for byte).
func (p *docScorer) sensitivity(path []pathStep, beads []bodyBead) []int {
	out := make([]int, len(beads))
	dm := p.dm
	defer func() { p.dm = dm }()
	for _, v := range dm.variants() {
		p.dm = &v
		countMissing(out, beads, p.paragraphBeads(p.keepApart(p.refineFrom(path, 1))))
	}
	return out
}

// countMissing adds 1 to out[k] for each bead k of beads that other does
// not hold (same sentences on both sides). Both come from paragraphBeads,
// whose beads are nonempty and follow one another on both sides, so each
// list is strictly increasing in (ei, ki): one merge walk compares them.
func countMissing(out []int, beads, other []bodyBead) {
	o := 0
	for k, b := range beads {
		for o < len(other) && (other[o].ei < b.ei || other[o].ei == b.ei && other[o].ki < b.ki) {
			o++
		}
		if o == len(other) || other[o].ei != b.ei || other[o].ki != b.ki || other[o].ej != b.ej || other[o].kj != b.kj {
			out[k]++
		}
	}
}

// signs computes the signs of each bead from the posterior po.
func (p *docScorer) signs(beads []bodyBead, po *posterior) []beadSigns {
	out := make([]beadSigns, len(beads))
	logp := func(x float64) float64 { return math.Log(max(x, 1e-9)) }
	for k, b := range beads {
		s := &out[k]
		s.start = logp(po.through(b.ei, b.ki))
		s.end = logp(po.through(b.ej, b.kj))
		s.lone = len(b.links) == 0
		s.headline = p.headlines && b.ei == 0 && b.ki == 0 && !s.lone
		for x := b.ei; x < b.ej; x = p.en.end(x) {
			s.paras++
		}
		for y := b.ki; y < b.kj; y = p.ko.end(y) {
			s.paras++
		}
		if s.lone {
			continue
		}
		s.evidence, s.best = math.Inf(1), math.Inf(-1)
		for _, l := range b.links {
			lg := p.logit(l.ei, l.ej, l.ki, l.kj)
			s.best = max(s.best, lg)
			s.link = min(s.link, logp(p.movePosterior(po, l)))
			s.evidence = min(s.evidence, lg)
			s.caption = s.caption || slices.Contains(p.en.soft[l.ei:l.ej], true) || slices.Contains(p.ko.soft[l.ki:l.kj], true)
		}
		e, c := 0, 0
		for x := b.ei; x < b.ej; x++ {
			e += p.ef[x].chars
		}
		for y := b.ki; y < b.kj; y++ {
			c += p.kf[y].chars
		}
		s.lenDev = math.Abs(math.Log(float64(e+1)/float64(c+1)) - p.ratioLn)
		s.size = float64(c) + float64(e)*math.Exp(-p.ratioLn)
		s.sents = max(b.ej-b.ei, b.kj-b.ki)
		s.share = s.size / (float64(p.ko.chars(0, p.ko.len())) + float64(p.en.chars(0, p.en.len()))*math.Exp(-p.ratioLn) + 1)
	}
	doc := 0.0
	for _, s := range out {
		if !s.lone {
			doc += max(0, s.best)
		}
	}
	for k := range out {
		if out[k].headline {
			out[k].docEvidence = doc
		}
	}
	return out
}

// movePosterior returns the probability that a path goes from the start
// of step l to its end in one move (any move that does: a one-sentence
// paragraph is skipped alike as a sentence or as a paragraph).
func (p *docScorer) movePosterior(po *posterior, l pathStep) float64 {
	if math.IsInf(po.z, -1) {
		return 0 // no path holds weight (see posterior)
	}
	temp := po.temp
	acc := math.Inf(-1)
	for k, mv := range moves {
		link := 0.0
		if mv.en > 0 && mv.ko > 0 {
			if mv.en != l.ej-l.ei || mv.ko != l.kj-l.ki {
				continue
			}
			link = p.linkScore(l.ej, l.kj, k)
		}
		for st := 0; st < nStates; st++ {
			// Where the move goes first: most moves do not make the
			// step, and their forward weights (a log each) are not
			// needed.
			sc, i, j, nst, ok := p.step(l.ei, l.ki, st, mv)
			if !ok || i != l.ej || j != l.kj {
				continue
			}
			a := po.logAlpha(l.ei, l.ki, st)
			if math.IsInf(a, -1) {
				continue
			}
			acc = logAdd(acc, a+(sc+link)/temp+po.logBeta(i, j, nst))
		}
	}
	// The builtin min, not math.Min (a call): the same for every input.
	return min(1, math.Exp(acc-po.z))
}

// calibration maps the signs of a bead to the probability that it is
// right: a raw score z (the log posteriors of the bead's corners and of its
// least likely link, less a cost when it links a photo caption) is scaled
// by Platt's method, p = 1/(1+exp(-(a·z+b))). Beads placed by rule get the
// rate at which the rule was right. The constants are fitted on half of
// the documents of the shared dev-real corpus and checked on the other
// half (TestFitConfidence prints both).
type calibration struct {
	a, b     float64 // Platt's scale and shift
	caption  float64 // subtracted from z when a caption is linked
	unstable float64 // subtracted from z for each variant that loses the bead
	// weak is subtracted from z when the best link of a bead (but the
	// headlines') scores under weakBelow.
	weak, weakBelow float64
	// size is subtracted for each letter past sizeFree (a news paragraph
	// pair holds 200 to 400 Korean letters); lenDev for each unit of log
	// length ratio past lenDevFree.
	size, sizeFree     float64
	lenDev, lenDevFree float64
	// whole is subtracted from a bead that holds more than wholeShare of
	// the article and wholeSents sentences or more on one of its sides:
	// the whole article in one bead is no translation unit. It counts the
	// sentences of the side that has more, not the bead's sentence links,
	// which one missing full stop changes: a body run into one English
	// paragraph against four Korean ones made 4 links (flagged, 0.949)
	// or, one period left out, 3 (0.993); the Korean side has 4 sentences
	// either way.
	whole, wholeShare float64
	wholeSents        int
	// unrelated is subtracted from the headline bead when the documents'
	// links carry less evidence than corroborate (beadSigns.docEvidence):
	// the headlines are paired by position, with no evidence of their own
	// needed, only in a pair of documents that translate each other. On
	// dev and dev-real (true pairs) the documents' evidence is at least
	// 17.8; on dev-real-text's documents each paired with the next one's
	// Korean (unrelated articles) at most 5.3.
	unrelated, corroborate float64
	// furniture and deck are the rates at which furniture beads and
	// Korean deck beads were right.
	furniture, deck float64
}

var defaultCalibration = calibration{a: 0.254, b: 4.952, caption: 2, unstable: 3, weak: 3, weakBelow: 1, size: 0.02, sizeFree: 700, lenDev: 4, lenDevFree: 0.7, whole: 8, wholeShare: 0.5, wholeSents: 4, unrelated: 8, corroborate: 10, furniture: 0.995, deck: 0.97}

// raw is the uncalibrated score of a bead.
func (c *calibration) raw(s beadSigns) float64 {
	z := s.start + s.end + s.link - c.unstable*float64(s.unstable)
	// A bead too big to be one translation unit (a whole article), or
	// whose two sides' lengths disagree far more than translations do.
	z -= c.size*max(0, s.size-c.sizeFree) + c.lenDev*max(0, s.lenDev-c.lenDevFree)
	if s.share > c.wholeShare && s.sents >= c.wholeSents {
		z -= c.whole
	}
	if !s.lone && !s.headline && s.best < c.weakBelow {
		// No link of the bead has much evidence: paired by position.
		z -= c.weak
	}
	if c.unrelatedHeadline(s) {
		z -= c.unrelated
	}
	if s.caption {
		z -= c.caption
	}
	return z
}

// unrelatedHeadline reports a headline bead of documents that do not
// translate each other: headlines paired by position, in documents whose
// links carry less evidence than c.corroborate.
func (c *calibration) unrelatedHeadline(s beadSigns) bool {
	return s.headline && s.docEvidence < c.corroborate
}

func (c *calibration) score(s beadSigns) float64 {
	return 1 / (1 + math.Exp(-(c.a*c.raw(s) + c.b)))
}
