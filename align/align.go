// Package align pairs the paragraphs (and, inside paragraph pairs, the
// sentences) of an English article with those of its Korean original.
//
// The English of a news translation is usually abridged: paragraphs are
// dropped, merged or split, and page furniture surrounds the text. Align
// first sets furniture aside (package furniture), then runs a dynamic
// program over beads 1-1, 1-0, 0-1, 2-1, 1-2 and 2-2 whose score combines a
// length model calibrated on the pair itself with evidence that crosses
// scripts: a bilingual lexicon (package lexicon), numbers and dates, Latin
// tokens and transliterated names (package anchor). A paragraph without a
// credible counterpart becomes a 1-0 or 0-1 bead rather than being forced
// onto a neighbour. Long inputs are aligned inside a band around the
// diagonal that widens only when the best path touches its edge, so memory
// stays bounded.
//
// The contract every output relies on: paragraph ids are 0-based positions
// of the input paragraphs; every paragraph of both inputs is in exactly one
// bead; beads are in order; furniture beads have one empty side.
package align

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/bitext-ko/bitext/align/furniture"
	"github.com/bitext-ko/bitext/align/lexicon"
	"github.com/bitext-ko/bitext/align/names/match"
)

// Level is the granularity of an alignment.
type Level int

const (
	// ParagraphLevel aligns paragraphs.
	ParagraphLevel Level = iota
	// SentenceLevel also aligns sentences inside paragraph beads.
	SentenceLevel
)

// Options configure Align. The zero value is ready to use.
type Options struct {
	// Lexicon is the bilingual word list; nil means lexicon.Default().
	Lexicon *lexicon.Lexicon
	// KeepFurniture aligns furniture like body text.
	KeepFurniture bool
	// MinScore flags beads whose confidence is below it for review.
	MinScore float64
	// Level selects paragraph or sentence alignment.
	Level Level
}

// Paragraph is one input paragraph as the aligner saw it.
type Paragraph struct {
	// Text is the paragraph as read: normalized, lines joined by "\n".
	Text string
	// Body is the text that is aligned: the lines that are not furniture,
	// joined by a space.
	Body string
	// Furniture is set when the whole paragraph is page furniture, with
	// the reason the first line gave.
	Furniture bool
	Reason    string
	// Sentences holds the sentences of Body at sentence level.
	Sentences []string
}

// Alignment is the result of Align.
type Alignment struct {
	EN, KO []Paragraph
	// Beads are paragraph beads, or sentence beads at sentence level.
	Beads []Bead
	// ParagraphBeads holds the paragraph beads at sentence level.
	ParagraphBeads []Bead
	// Ratio is the estimated ratio of English to Korean letters.
	Ratio float64
	Level Level

	ratioLn  float64
	minScore float64
	names    *match.Compiler
}

// Names returns the compiled Hangul names of the Korean side that the
// aligner built for its name evidence, for later stages (the glossary) to
// reuse rather than compile again. It is never nil.
func (a *Alignment) Names() *match.Compiler {
	if a.names == nil {
		a.names = new(match.Compiler)
	}
	return a.names
}

// priorRatioLn is the usual log ratio of English letters to Korean
// letters (Hangul syllables count one) in news translations, about 2.
const priorRatioLn = 0.69

// fullLimit is the largest number of DP cells searched without a band.
const fullLimit = 1 << 16

// maxCells bounds how far a band widens (one byte a cell): enough for a
// 5,000 × 5,000 pair whose path strays far from the guide, and a cap on
// time and memory for inputs that are not one article pair at all.
const maxCells = 32 << 20

// Align aligns English paragraphs en with Korean paragraphs ko.
func Align(en, ko []string, opt Options) *Alignment {
	return AlignPrepared(Prepare(en, opt.KeepFurniture), Prepare(ko, opt.KeepFurniture), opt)
}

// AlignPrepared is Align for paragraphs already made by Prepare (with
// opt.KeepFurniture), so that a later stage can start reading them while
// the aligner runs. The alignment keeps the slices: at paragraph level
// Align only reads them.
func AlignPrepared(en, ko []Paragraph, opt Options) *Alignment {
	lex := opt.Lexicon
	if lex == nil {
		lex = lexicon.Default()
	}
	a := &Alignment{EN: en, KO: ko, Level: opt.Level, names: new(match.Compiler)}
	bodyEN, bodyKO := bodyIndex(a.EN), bodyIndex(a.KO)
	v := newVocab()
	enText := make([]string, len(bodyEN))
	for k, i := range bodyEN {
		enText[k] = a.EN[i].Body
	}
	koText := make([]string, len(bodyKO))
	for k, i := range bodyKO {
		koText[k] = a.KO[i].Body
	}
	ef, kf := sideFeatures(enText, koText, lex, v, a.names)
	p := newPairScorer(ef, kf, newMatcher(v), priorRatioLn)
	p.enSplit, p.koSplit = splits(bodyEN), splits(bodyKO)
	path := p.align()
	if r, ok := p.estimateRatio(path); ok {
		p.ratioLn = r
		path = p.realign(path)
	}
	a.ratioLn, a.minScore = p.ratioLn, opt.MinScore
	a.Ratio = math.Exp(p.ratioLn)
	a.Beads = p.beads(path, bodyEN, bodyKO)
	a.Beads = interleaveFurniture(a.Beads, a.EN, a.KO)
	for i := range a.Beads {
		a.Beads[i].Flagged = a.Beads[i].Kind != Furniture && a.Beads[i].Score < opt.MinScore
	}
	if opt.Level == SentenceLevel {
		a.alignSentences(lex)
	}
	return a
}

// MaxImbalance is how many times more paragraphs one side may have than
// the other once the larger side is long (over 5,000 paragraphs).
const MaxImbalance = 50

// CheckSizes refuses a pair whose sides are so unequal that they cannot be
// one article and its translation (a whole archive against one article):
// aligning it would take long and mean nothing.
func CheckSizes(en, ko int) error {
	small, large := min(en, ko), max(en, ko)
	if large > 5000 && large > MaxImbalance*max(small, 1) {
		return fmt.Errorf("%d English paragraphs against %d Korean: more than %d times as many on one side, not one article and its translation; split the input or use bitext corpus", en, ko, MaxImbalance)
	}
	return nil
}

// Prepare judges the page furniture of paragraphs (package furniture) and
// builds the body of each that the aligner reads, as Align does first;
// keep is Options.KeepFurniture.
func Prepare(paras []string, keep bool) []Paragraph {
	out := make([]Paragraph, len(paras))
	verdicts := furniture.Detect(paras)
	for i, p := range paras {
		out[i].Text = p
		lines := strings.Split(p, "\n")
		var body []string
		for j, l := range lines {
			if keep || verdicts[i].Lines[j] == furniture.Body {
				body = append(body, strings.TrimSpace(l))
			}
		}
		out[i].Body = strings.Join(body, " ")
		if !keep && verdicts[i].Furniture {
			out[i].Furniture = true
			out[i].Reason = string(verdicts[i].Reason())
		}
	}
	return out
}

func bodyIndex(ps []Paragraph) []int {
	var idx []int
	for i, p := range ps {
		if !p.Furniture {
			idx = append(idx, i)
		}
	}
	return idx
}

// splits marks body paragraphs k whose successor k+1 is not the next
// paragraph of the file (furniture lies between): no bead may join them.
func splits(body []int) []bool {
	s := make([]bool, len(body))
	for k := 0; k+1 < len(body); k++ {
		s[k] = body[k+1] != body[k]+1
	}
	return s
}

// pairScorer scores beads between the body paragraphs of two documents.
type pairScorer struct {
	m                *model
	en, ko           []*features
	enSplit, koSplit []bool
	ratioLn          float64
	cache            *maskCache
	// searched counts the cells the dynamic program visited in align, a
	// measure of the work done (tests check that it stays linear).
	searched int
}

func newPairScorer(en, ko []*features, m *matcher, ratioLn float64) *pairScorer {
	return &pairScorer{m: &defaultModel, en: en, ko: ko, ratioLn: ratioLn,
		enSplit: make([]bool, len(en)), koSplit: make([]bool, len(ko)),
		cache: newMaskCache(m, en, ko)}
}

// logit scores the bead of English [ei, ej) and Korean [ki, kj), at most
// two paragraphs a side.
func (p *pairScorer) logit(ei, ej, ki, kj int) float64 {
	var pm [2][2]*pairMasks
	for a := ei; a < ej; a++ {
		for b := ki; b < kj; b++ {
			pm[a-ei][b-ki] = p.cache.get(a, b)
		}
	}
	ev := combine(p.en[ei:ej], p.ko[ki:kj], &pm)
	return p.m.logit(&ev, p.ratioLn)
}

func (p *pairScorer) score(i, j int, s shape) float64 {
	switch {
	case s.en == 0 || s.ko == 0:
		return p.m.Skip
	case s.en == 1 && s.ko == 1:
		return p.logit(i-1, i, j-1, j)
	case (s.en == 2 && p.enSplit[i-2]) || (s.ko == 2 && p.koSplit[j-2]):
		return math.Inf(-1)
	case s.en == 2 && s.ko == 2:
		return p.logit(i-2, i, j-2, j) - p.m.Merge2x2
	}
	return p.logit(i-s.en, i, j-s.ko, j) - p.m.Merge
}

// align runs the dynamic program, in a widening band for long inputs.
func (p *pairScorer) align() []shape { return p.alignWithin(maxCells) }

// alignWithin is align with the band's widening stopped before it would
// search more than limit cells.
func (p *pairScorer) alignWithin(limit int) []shape {
	n, m := len(p.en), len(p.ko)
	if (n+1)*(m+1) <= fullLimit {
		p.searched += (n + 1) * (m + 1)
		path, _ := search(n, m, fullWindow(n, m), p.score)
		return path
	}
	guide := anchors(p.en, p.ko)
	var best []shape
	for h := 32; ; h *= 2 {
		win := guideWindow(guide, n, m, h)
		if best != nil && win.cells() > limit {
			// Wider would cost more than inputs of this kind deserve:
			// keep the best path found in the band.
			return best
		}
		p.searched += win.cells()
		path, edge := search(n, m, win, p.score)
		if path != nil {
			best = path
		}
		if (path != nil && !edge) || h > max(n, m) {
			// A band wider than the input is the full matrix.
			return path
		}
	}
}

// realign runs the dynamic program again near a first path: the second
// pass only moves beads locally, so a narrow window around the first path
// suffices, widened if the new path touches its edge.
func (p *pairScorer) realign(first []shape) []shape {
	n, m := len(p.en), len(p.ko)
	best := first
	for h := 8; h < max(n, m); h *= 4 {
		win := pathWindow(first, n, m, h)
		if win.cells() > maxCells {
			break
		}
		path, edge := search(n, m, win, p.score)
		if path != nil {
			best = path
			if !edge {
				break
			}
		}
	}
	return best
}

// estimateRatio re-estimates the length ratio from the confident 1-1 beads
// of a first alignment.
func (p *pairScorer) estimateRatio(path []shape) (float64, bool) {
	var rs []float64
	i, j := 0, 0
	for _, s := range path {
		i, j = i+s.en, j+s.ko
		if s.en == 1 && s.ko == 1 && p.logit(i-1, i, j-1, j) > 1 {
			e, k := p.en[i-1].chars, p.ko[j-1].chars
			rs = append(rs, math.Log(float64(e+1)/float64(k+1)))
		}
	}
	if len(rs) < 3 {
		return 0, false
	}
	sort.Float64s(rs)
	med := rs[len(rs)/2]
	// Shrink towards the prior when few beads speak.
	w := float64(len(rs)) / float64(len(rs)+3)
	return w*med + (1-w)*priorRatioLn, true
}

// confidenceTemp flattens scores before they become posteriors: the
// evidence terms are summed as if independent, which overstates certainty.
const confidenceTemp = 2

// beads turns a path over body paragraphs into beads over paragraph ids,
// each scored with its posterior probability near the path.
func (p *pairScorer) beads(path []shape, bodyEN, bodyKO []int) []Bead {
	n, m := len(p.en), len(p.ko)
	post := posteriors(n, m, pathWindow(path, n, m, 8), p.score, path, confidenceTemp)
	out := make([]Bead, 0, len(path))
	i, j := 0, 0
	for k, s := range path {
		b := Bead{Score: post[k], Kind: Match}
		for x := i; x < i+s.en; x++ {
			b.EN = append(b.EN, P(bodyEN[x]))
		}
		for x := j; x < j+s.ko; x++ {
			b.KO = append(b.KO, P(bodyKO[x]))
		}
		if s.en == 0 || s.ko == 0 {
			b.Kind = Omitted
		}
		out = append(out, b)
		i, j = i+s.en, j+s.ko
	}
	return out
}

// interleaveFurniture adds a furniture bead for every furniture paragraph,
// keeping beads in order on both sides.
func interleaveFurniture(body []Bead, en, ko []Paragraph) []Bead {
	out := make([]Bead, 0, len(body)+len(en)+len(ko))
	ei, ki := 0, 0
	flush := func(enUpTo, koUpTo int) {
		for ; ei < enUpTo; ei++ {
			if en[ei].Furniture {
				out = append(out, Bead{EN: []ID{P(ei)}, Kind: Furniture, Score: 1})
			}
		}
		for ; ki < koUpTo; ki++ {
			if ko[ki].Furniture {
				out = append(out, Bead{KO: []ID{P(ki)}, Kind: Furniture, Score: 1})
			}
		}
	}
	for _, b := range body {
		enNext, koNext := ei, ki
		if len(b.EN) > 0 {
			enNext = b.EN[0].Para
		}
		if len(b.KO) > 0 {
			koNext = b.KO[0].Para
		}
		flush(enNext, koNext)
		out = append(out, b)
		if len(b.EN) > 0 {
			ei = b.EN[len(b.EN)-1].Para + 1
		}
		if len(b.KO) > 0 {
			ki = b.KO[len(b.KO)-1].Para + 1
		}
	}
	flush(len(en), len(ko))
	return out
}

// Text returns the text of paragraph or sentence id on one side: the
// aligned body of a paragraph (its whole text if it is furniture), or a
// sentence.
func (a *Alignment) Text(korean bool, id ID) string {
	ps := a.EN
	if korean {
		ps = a.KO
	}
	if id.Para < 0 || id.Para >= len(ps) {
		return ""
	}
	p := ps[id.Para]
	if id.Sent >= 0 {
		if id.Sent < len(p.Sentences) {
			return p.Sentences[id.Sent]
		}
		return ""
	}
	if p.Furniture || p.Body == "" {
		return strings.Join(strings.Fields(p.Text), " ")
	}
	return p.Body
}

// BeadText returns the English and Korean text of a bead, the texts of its
// ids joined by a space.
func (a *Alignment) BeadText(b Bead) (en, ko string) {
	join := func(korean bool, ids []ID) string {
		parts := make([]string, 0, len(ids))
		for _, id := range ids {
			parts = append(parts, a.Text(korean, id))
		}
		return strings.Join(parts, " ")
	}
	return join(false, b.EN), join(true, b.KO)
}
