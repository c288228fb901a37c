package align

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bitext-ko/bitext/align/internal/space"
	"github.com/bitext-ko/bitext/align/segment"
)

// stream is the sentences of one side's body paragraphs, in order: the
// units the document-wide dynamic program links.
type stream struct {
	ids  []int // paragraph id of each body paragraph in the stream
	ord  []int // body paragraph (index into ids) of each sentence
	para []int // paragraph id of each sentence
	sent []int // index of the sentence inside its paragraph
	// start[i] is true when sentence i begins a paragraph; start[n] is true.
	start []bool
	// barrier[i] is true when sentence i begins a paragraph that furniture
	// (or another paragraph left out of the program) separates from the
	// one before: no bead may join the two.
	barrier []bool
	// prev[i], for a paragraph start i, is the start of the paragraph
	// before it (-1 for the first).
	prev []int
	text []string
	cum  []int // cum[i]: letters of the sentences before i, set by setChars
	// soft[i] is true for a sentence of a photo caption.
	soft []bool

	// Tables the program's passes read instead of walking the stream
	// (set by tabulate):
	// next[x], for a paragraph start x, is the start of the paragraph
	// after it (or len()).
	next []int
	// span[a][x] is -1 when sentences [x, x+a) cannot be one side of a
	// link (they run past the end or across a barrier), and otherwise the
	// number of paragraphs they start after the first one: each is a join.
	span [maxSide + 1][]int8
	// softSpan[a][x] is true when sentences [x, x+a) hold a caption's.
	softSpan [maxSide + 1][]bool
	// edge[x] has edgeStart set when sentence x starts a paragraph and
	// edgeBarrier when it starts one behind a barrier.
	edge []uint8
	// marks[x] are the marks of sentence x that marksAgree compares, set
	// the first time marksOf asks.
	marks []sentMarks
}

// sentMarks are whether a sentence opens with a quotation mark and the
// mark that ends it (see marksAgree).
type sentMarks struct {
	known, quote bool
	end          rune
}

// marksOf returns the marks of sentence x.
func (s *stream) marksOf(x int) sentMarks {
	if m := s.marks[x]; m.known {
		return m
	}
	return s.setMarks(x)
}

// setMarks finds the marks of sentence x and keeps them.
func (s *stream) setMarks(x int) sentMarks {
	s.marks[x] = sentMarks{known: true, quote: opensQuote(s.text[x]), end: endMark(s.text[x])}
	return s.marks[x]
}

const (
	edgeStart = 1 << iota
	edgeBarrier
)

// maxSide is the most sentences one side of a link holds.
const maxSide = 3

// tabulate fills the stream's tables.
func (s *stream) tabulate() {
	n := s.len()
	s.next = make([]int, n+1)
	s.next[n] = n
	for x := n - 1; x >= 0; x-- {
		s.next[x] = x + 1
		if !s.start[x+1] {
			s.next[x] = s.next[x+1]
		}
	}
	s.marks = make([]sentMarks, n)
	s.edge = make([]uint8, n+1)
	for x := range s.edge {
		if s.start[x] {
			s.edge[x] |= edgeStart
		}
		if s.barrier[x] {
			s.edge[x] |= edgeBarrier
		}
	}
	for a := 1; a <= maxSide; a++ {
		span, soft := make([]int8, n+1), make([]bool, n+1)
		for x := 0; x <= n; x++ {
			if x+a > n {
				span[x] = -1
				continue
			}
			for y := x; y < x+a; y++ {
				soft[x] = soft[x] || s.soft[y]
				if y > x && s.start[y] {
					if s.barrier[y] {
						span[x] = -1
						break
					}
					span[x]++
				}
			}
		}
		s.span[a], s.softSpan[a] = span, soft
	}
}

// chars returns the letters of sentences [i, j).
func (s *stream) chars(i, j int) int { return s.cum[j] - s.cum[i] }

func (s *stream) setChars(fs []*features) {
	s.cum = make([]int, len(fs)+1)
	for i, f := range fs {
		s.cum[i+1] = s.cum[i] + f.chars
	}
}

func (s *stream) len() int { return len(s.para) }

// newStream splits the paragraphs ids of ps into sentences.
func newStream(ps []Paragraph, ids []int, korean bool) *stream {
	// Split first, to size the tables once.
	sents := 0
	for _, id := range ids {
		sents += len(segmentPara(ps, id, korean))
	}
	s := &stream{
		ord: make([]int, 0, sents), para: make([]int, 0, sents), sent: make([]int, 0, sents),
		start: make([]bool, 0, sents+1), barrier: make([]bool, 0, sents+1), prev: make([]int, 0, sents+1),
		text: make([]string, 0, sents), soft: make([]bool, 0, sents),
	}
	last := -2
	prevStart := -1
	s.ids = ids
	for o, id := range ids {
		sents := segmentPara(ps, id, korean)
		for k, t := range sents {
			i := len(s.para)
			s.para = append(s.para, id)
			s.ord = append(s.ord, o)
			s.soft = append(s.soft, ps[id].Caption)
			s.sent = append(s.sent, k)
			s.text = append(s.text, t)
			s.start = append(s.start, k == 0)
			s.barrier = append(s.barrier, k == 0 && last >= 0 && id != last+1)
			if k == 0 {
				s.prev = append(s.prev, prevStart)
				prevStart = i
			} else {
				s.prev = append(s.prev, -1)
			}
		}
		last = id
	}
	s.start = append(s.start, true)
	s.barrier = append(s.barrier, true)
	s.prev = append(s.prev, prevStart)
	s.tabulate()
	return s
}

// The program's moves. A link covers en English and ko Korean sentences;
// a skip leaves one sentence (or, paraSkip, a whole paragraph) of one side
// without a counterpart.
type move struct {
	en, ko int
	para   bool // a whole paragraph skipped (en or ko is then 1 and means "one paragraph")
}

var moves = []move{
	{en: 1, ko: 1}, {en: 1}, {ko: 1}, {en: 2, ko: 1}, {en: 1, ko: 2},
	{en: 1, para: true}, {ko: 1, para: true},
	{en: 2, ko: 2}, {en: 3, ko: 1}, {en: 1, ko: 3},
}

// roughMoves is how many of moves (the common ones) the first, wide pass
// tries; the rare many-to-many links wait for the narrow second pass.
const roughMoves = 7

// States of the program: whether the English (bit 0) and Korean (bit 1)
// paragraph the position is inside already holds a link. A link that
// starts a paragraph on one side while the other side's paragraph is
// already linked joins two paragraphs of one side into one bead.
const (
	enLinked = 1 << iota
	koLinked
	nStates = 4
)

// docModel holds the costs of the document program besides the evidence
// of each link (model.logit).
type docModel struct {
	SkipSent float64 // a sentence left alone inside a linked paragraph
	// A whole paragraph left alone costs SkipPara plus SkipParaSent for
	// each of its sentences.
	SkipPara, SkipParaSent float64
	Join                   float64 // two paragraphs of one side joined in a bead
	// JoinInside is the cost of a link whose sentences of one side lie in
	// two paragraphs.
	JoinInside       float64
	Merge            float64 // a link of 2 sentences on one side
	Merge2x2, Merge3 float64
	// Temp flattens scores before they become posteriors: the evidence
	// terms are summed as if independent, which overstates certainty.
	Temp float64
	// Headline is the bonus of the link that pairs the two headlines: an
	// English desk often writes its own, which shares little with the
	// Korean one.
	Headline float64
	// NeedEvidence refuses a link made of whole paragraphs, one or more on
	// each side (it starts and ends at a paragraph boundary on both sides,
	// so it would be a bead of its own), when nothing but position and
	// length supports it: no Korean word whose lexicon translation is in
	// the English, no number, no Latin token, no name, and not the marks
	// a translation keeps (both open with a quotation mark, or both end
	// with ? or both with !; see marksAgree). The paragraphs then stay 1-0
	// and 0-1. Length is no support: the lengths of two short lines
	// agree as well when they are unrelated. The headline pair is exempt
	// (Headline).
	NeedEvidence bool
	// Caption is the cost of a link that involves a photo caption: a
	// caption is aligned only on strong evidence.
	Caption float64
}

var defaultDocModel = docModel{SkipSent: -3, SkipPara: -1.5, SkipParaSent: -1.25, Join: 2, Merge: 3, Merge2x2: 8, Merge3: 6, Caption: 3, Headline: 8, Temp: 1, NeedEvidence: true}

// docScorer scores links between the sentences of two streams.
type docScorer struct {
	m       *model
	dm      *docModel
	en, ko  *stream
	ef, kf  []*features
	ratioLn float64
	// headlines is set when both streams open with a headline: the link
	// that pairs them gets the Headline bonus.
	headlines bool
	lengths   *lengthTable
	// mergeCost is docModel.mergeCost of costsOf, which linkAt keeps
	// equal to dm; captions is set when either stream holds a caption's
	// sentence (see docModel.Caption).
	mergeCost []float64
	costsOf   *docModel
	captions  bool
	cache     *maskCache
	links     *linkCache
	viterbi   *lattice // scratch of run
	fb        *fbScratch
	// searched counts the cells the program visited, a measure of the
	// work done (tests check that it stays linear).
	searched int
}

// dpScratch is what a Scratch keeps of the document program for the next
// document (nil for none): the length model's size terms, which depend on
// the model only, and the storage of the link cache, of run's lattice and
// of the mask cache, emptied for each document (reset), so that a worker does not allocate
// (and the kernel clear) them afresh for every pair. What a document
// leaves past maxDPHeld bytes is dropped before the next one.
type dpScratch struct {
	terms   *sizeTerms
	termsOf model // the model terms is of
	links   linkCache
	viterbi lattice
	masks   maskCache
	// maxHeld bounds the bytes kept; 0 means maxDPHeld. (A field so
	// that tests can go past it.)
	maxHeld int
}

// maxDPHeld bounds the bytes of link cache and lattice a dpScratch keeps
// from one document to the next: a dev article's take up to some 400 KB,
// the 1,000-line wire pair's about 6 MB.
const maxDPHeld = 8 << 20

// bytes counts the bytes of the storage sc keeps.
func (sc *dpScratch) bytes() int { return sc.links.held + sc.viterbi.bytes() + sc.masks.bytes() }

// start readies sc's storage for a document of n English sentences,
// dropping what the last one left when it is over maxDPHeld bytes.
func (sc *dpScratch) start(n int) (*linkCache, *lattice, *maskCache) {
	limit := sc.maxHeld
	if limit == 0 {
		limit = maxDPHeld
	}
	if sc.bytes() > limit {
		sc.links, sc.viterbi, sc.masks = linkCache{}, lattice{}, maskCache{}
	}
	sc.links.reset(n + 1)
	return &sc.links, &sc.viterbi, &sc.masks
}

// sizeTerms returns the size terms of m, those sc keeps when they are
// m's.
func (sc *dpScratch) sizeTerms(m *model) *sizeTerms {
	if sc == nil {
		return m.sizeTerms()
	}
	if sc.terms == nil || sc.termsOf != *m {
		sc.terms, sc.termsOf = m.sizeTerms(), *m
	}
	return sc.terms
}

// newDocScorer prepares the scoring of two streams with their features,
// with the storage sc keeps (nil for none).
func newDocScorer(en, ko *stream, ef, kf []*features, v *vocab, m *model, dm *docModel, sc *dpScratch) *docScorer {
	en.setChars(ef)
	ko.setChars(kf)
	p := &docScorer{m: m, dm: dm, en: en, ko: ko, ef: ef, kf: kf, ratioLn: priorRatioLn, lengths: sc.sizeTerms(m).table(m, priorRatioLn)}
	var masks *maskCache
	if sc != nil {
		p.links, p.viterbi, masks = sc.start(len(ef))
	} else {
		p.links, p.viterbi = new(linkCache), new(lattice)
		p.links.reset(len(ef) + 1)
	}
	p.cache = newMaskCache(v, ef, kf, masks)
	p.captions = slices.Contains(en.soft, true) || slices.Contains(ko.soft, true)
	return p
}

// logit scores the link of English [ei, ej) and Korean [ki, kj).
func (p *docScorer) logit(ei, ej, ki, kj int) float64 {
	return p.evidenceScore(ei, ej, ki, kj) + p.lengths.score(p.en.chars(ei, ej), p.ko.chars(ki, kj))
}

// evidenceScore is the score of the link of English [ei, ej) and Korean
// [ki, kj) but for length. A link of one of the moves is read from the
// link cache (and kept there).
func (p *docScorer) evidenceScore(ei, ej, ki, kj int) float64 {
	if k := linkShape(ej-ei, kj-ki); k >= 0 {
		r, y := p.cached(ei, ki, k)
		return r.v[y]
	}
	var ev evidence
	p.cache.evidence(&ev, ei, ej, ki, kj)
	return p.m.evidenceScore(&ev)
}

// linkShape returns the index in moves of the link of en English and ko
// Korean sentences, or -1.
func linkShape(en, ko int) int {
	for k, mv := range moves {
		if mv.en == en && mv.ko == ko && !mv.para && en > 0 && ko > 0 {
			return k
		}
	}
	return -1
}

// cached returns the link cache's row and index of the link of moves[k]
// from (pi, pj), scored.
func (p *docScorer) cached(pi, pj, k int) (*linkRow, int) {
	r := p.links.cover(pi, pj, pj)
	y := r.index(pj, k)
	if r.bare[y] == 0 {
		p.scoreLink(r, y, pi, pj, k)
	}
	return r, y
}

// linkScore is the score of the link ending at (i, j) of moves[k], before
// the paragraph terms.
func (p *docScorer) linkScore(i, j, k int) float64 {
	pi, pj := i-moves[k].en, j-moves[k].ko
	return p.linkAt(p.links.cover(pi, pj, pj), pi, pj, k)
}

// linkAt is the score of the link of moves[k] from (pi, pj), r being the
// link cache's row pi, covering pj. The evidence part is computed once per
// link and kept: only the length part depends on the ratio, which changes
// between passes.
func (p *docScorer) linkAt(r *linkRow, pi, pj, k int) float64 {
	return p.linkAtIndex(r, r.index(pj, k), pi, pj, k)
}

// linkAtIndex is linkAt for the link at y in r (r.index(pj, k)), for the
// passes, which find it once for refused too.
func (p *docScorer) linkAtIndex(r *linkRow, y, pi, pj, k int) float64 {
	if r.bare[y] == 0 {
		p.scoreLink(r, y, pi, pj, k)
	}
	mv := &moves[k]
	en, ko := p.en, p.ko
	s := r.scored[y]
	if s != s { // not yet for this ratio
		s = float64(float32(r.v[y])) + p.lengths.score(en.cum[pi+mv.en]-en.cum[pi], ko.cum[pj+mv.ko]-ko.cum[pj])
		r.scored[y] = s
	}
	if p.captions && (en.softSpan[mv.en][pi] || ko.softSpan[mv.ko][pj]) {
		s -= p.dm.Caption
	}
	if p.costsOf != p.dm { // sensitivity swapped the costs
		p.mergeCost, p.costsOf = p.dm.mergeCost(), p.dm
	}
	if c := p.mergeCost[k]; c != 0 {
		s -= c
	}
	return s
}

// mergeCost returns, by move, the cost of a link of its shape: nothing
// for 1-1, Merge2x2 for 2-2, Merge3 for a link with 3 sentences on one
// side and Merge for the others.
func (dm *docModel) mergeCost() []float64 {
	cost := make([]float64, len(moves))
	for k, mv := range moves {
		switch {
		case mv.en == 0 || mv.ko == 0 || mv.en == 1 && mv.ko == 1:
		case mv.en == 2 && mv.ko == 2:
			cost[k] = dm.Merge2x2
		case mv.en == 3 || mv.ko == 3:
			cost[k] = dm.Merge3
		default:
			cost[k] = dm.Merge
		}
	}
	return cost
}

// scoreLink computes the evidence of the link of moves[k] from (pi, pj)
// once, and keeps in r, at y, its score and whether it pairs whole
// paragraphs on nothing but length (see refused).
func (p *docScorer) scoreLink(r *linkRow, y, pi, pj, k int) {
	mv := &moves[k]
	i, j := pi+mv.en, pj+mv.ko
	var ev evidence
	p.cache.evidence(&ev, pi, i, pj, j)
	r.v[y] = p.m.evidenceScore(&ev)
	r.bare[y] = bareNo
	if p.en.start[pi] && p.ko.start[pj] && p.en.start[i] && p.ko.start[j] && !p.supports(&ev, pi, i, pj, j) {
		r.bare[y] = bareYes
	}
}

// linkIndex numbers the link moves among moves (-1 for skips), and
// nLinks counts them.
var linkIndex, nLinks = func() ([]int, int) {
	idx, n := make([]int, len(moves)), 0
	for k, mv := range moves {
		idx[k] = -1
		if mv.en > 0 && mv.ko > 0 {
			idx[k] = n
			n++
		}
	}
	return idx, n
}()

// linkCache keeps the evidence score of the links the program scored, by
// start cell and link move (linkIndex).
type linkCache struct {
	rows []linkRow // by English start position
	// held counts the bytes of the rows' arrays, those past len(rows)
	// included (a Scratch keeps them for the next document).
	held int
	// epoch counts the length ratios of the document (setRatio): a row
	// whose epoch is another has its scored values of another ratio.
	epoch int
}

type linkRow struct {
	lo int // first Korean start position held
	// v[(pj-lo)*nLinks+x] is the evidence score, set when bare is. The
	// passes read it rounded to float32; logit, exact.
	v []float64
	// bare holds, alike, 0 when the link is not scored yet, or whether it
	// pairs whole paragraphs on nothing but length (what
	// docModel.NeedEvidence refuses): bareYes or bareNo.
	bare []int8
	// scored holds, alike, the score the passes read (linkAtIndex) but
	// for the costs of docModel: v rounded to float32 plus the length
	// term for the ratio of epoch; NaN when not computed yet. The passes
	// after the first (refine, sensitivity's variants, forwardBackward)
	// read most links again with the same ratio.
	scored []float64
	epoch  int
}

// index returns where the row holds the link of moves[k] from Korean
// position pj.
func (r *linkRow) index(pj, k int) int { return (pj-r.lo)*nLinks + linkIndex[k] }

const (
	bareYes = 1 + iota
	bareNo
)

// reset empties c for a document of rows rows (English positions),
// keeping the rows' arrays to reuse.
func (c *linkCache) reset(rows int) {
	if cap(c.rows) < rows {
		c.rows = append(c.rows[:cap(c.rows)], make([]linkRow, rows-cap(c.rows))...)
	}
	c.rows = c.rows[:rows]
	for x := range c.rows {
		r := &c.rows[x]
		r.lo, r.v, r.bare, r.scored = 0, r.v[:0], r.bare[:0], r.scored[:0]
	}
}

// cover returns row pi, grown to hold Korean start positions [lo, hi].
func (c *linkCache) cover(pi, lo, hi int) *linkRow {
	r := &c.rows[pi]
	if len(r.v) > 0 && lo >= r.lo && (hi-r.lo+1)*nLinks <= len(r.v) && r.epoch == c.epoch {
		return r
	}
	return c.grow(r, lo, hi)
}

// grow is cover for a row that does not hold [lo, hi] or whose scored
// values are of another epoch: it makes it hold them and what it held,
// reusing its arrays when they are large enough. Links it held keep
// their place; the others are not scored (only bare is cleared: v is
// read once bare is set). Scored values are kept if of the epoch.
func (c *linkCache) grow(r *linkRow, lo, hi int) *linkRow {
	old := len(r.v)
	if old > 0 {
		lo, hi = min(lo, r.lo), max(hi, r.lo+old/nLinks-1)
	}
	size, at := (hi-lo+1)*nLinks, (r.lo-lo)*nLinks
	if old == 0 {
		at = 0
	}
	if cap(r.v) < size {
		c.held -= cap(r.v) * 17 // 8 bytes of v, 1 of bare, 8 of scored
		v, bare, scored := make([]float64, size), make([]int8, size), make([]float64, size)
		copy(v[at:], r.v)
		copy(bare[at:], r.bare)
		copy(scored[at:], r.scored)
		r.v, r.bare, r.scored = v, bare, scored
		c.held += size * 17
	} else {
		r.v, r.bare, r.scored = r.v[:size], r.bare[:size], r.scored[:size]
		copy(r.v[at:], r.v[:old])
		copy(r.bare[at:], r.bare[:old])
		copy(r.scored[at:], r.scored[:old])
		clear(r.bare[:at])
		clear(r.bare[at+old:])
	}
	if r.epoch != c.epoch {
		fill(r.scored, math.NaN())
		r.epoch = c.epoch
	} else {
		fill(r.scored[:at], math.NaN())
		fill(r.scored[at+old:], math.NaN())
	}
	r.lo = lo
	return r
}

// fill sets every element of xs to x.
func fill(xs []float64, x float64) {
	for i := range xs {
		xs[i] = x
	}
}

// step tries move mv from (pi, pj) in state st. It returns the score of
// the move (without the score at the start), the position and the state
// it reaches, and ok=false when the move is not allowed there.
func (p *docScorer) step(pi, pj, st int, mv move) (sc float64, i, j, nst int, ok bool) {
	n, m := p.en.len(), p.ko.len()
	en, ko := p.en, p.ko
	switch {
	case mv.para && mv.en == 1:
		if pi >= n || !en.start[pi] {
			return
		}
		i = pi + 1
		for !en.start[i] {
			i++
		}
		return p.dm.SkipPara + p.dm.SkipParaSent*float64(i-pi), i, pj, st &^ enLinked, true
	case mv.para:
		if pj >= m || !ko.start[pj] {
			return
		}
		j = pj + 1
		for !ko.start[j] {
			j++
		}
		return p.dm.SkipPara + p.dm.SkipParaSent*float64(j-pj), pi, j, st &^ koLinked, true
	case mv.ko == 0:
		if pi >= n {
			return
		}
		i, j, nst = pi+1, pj, st
		if en.start[i] {
			nst &^= enLinked
		}
		return p.dm.SkipSent, i, j, nst, true
	case mv.en == 0:
		if pj >= m {
			return
		}
		i, j, nst = pi, pj+1, st
		if ko.start[j] {
			nst &^= koLinked
		}
		return p.dm.SkipSent, i, j, nst, true
	}
	i, j = pi+mv.en, pj+mv.ko
	if i > n || j > m {
		return
	}
	enNew := en.start[pi] || st&enLinked == 0
	koNew := ko.start[pj] || st&koLinked == 0
	if enNew != koNew {
		// One side starts a paragraph that joins the other side's
		// paragraph, which already holds a link.
		if (enNew && en.barrier[pi]) || (koNew && ko.barrier[pj]) {
			return
		}
		sc -= p.dm.Join
	}
	for x := pi + 1; x < i; x++ {
		if en.start[x] {
			if en.barrier[x] {
				return
			}
			sc -= p.dm.Join
		}
	}
	for y := pj + 1; y < j; y++ {
		if ko.start[y] {
			if ko.barrier[y] {
				return
			}
			sc -= p.dm.Join
		}
	}
	switch whole := enNew && koNew && en.start[pi] && ko.start[pj] && en.start[i] && ko.start[j]; {
	case pi == 0 && pj == 0 && p.headlines && en.start[i] && ko.start[j]:
		sc += p.dm.Headline
	case whole && p.dm.NeedEvidence && !p.hasEvidence(pi, i, pj, j):
		// A paragraph pair that would be a bead by itself on nothing
		// but its place in the text: the two stay alone.
		return
	}
	nst = enLinked | koLinked
	if en.start[i] {
		nst &^= enLinked
	}
	if ko.start[j] {
		nst &^= koLinked
	}
	return sc, i, j, nst, true
}

// pathStep is one move of a path: English sentences [ei, ej) and Korean
// [ki, kj), a link when both are non-empty.
type pathStep struct{ ei, ej, ki, kj int }

func (s pathStep) link() bool { return s.ej > s.ei && s.kj > s.ki }

// search runs the program, with the common moves, in a band of ±16
// sentences around the anchor guide, doubled while the path touches its
// edge. Searching a short document's whole grid with every move, or
// starting from ±32, found the same paths on dev, dev-clean, dev-real
// and the wire pair.
func (p *docScorer) search() []pathStep {
	n, m := p.en.len(), p.ko.len()
	guide := anchors(p.ef, p.kf)
	var best []pathStep
	for h := 16; ; h *= 2 {
		win := guideWindow(guide, n, m, h)
		if best != nil && (win.cells() > maxCells || h > maxBand) {
			return best
		}
		path, edge := p.run(win, roughMoves)
		if path != nil {
			best = path
		}
		if (path != nil && !edge) || h > max(n, m) {
			return best
		}
	}
}

// refine runs the program again in a narrow window around a first path:
// ±4 sentences, widened fourfold while the path touches its edge.
func (p *docScorer) refine(first []pathStep) []pathStep {
	return p.refineFrom(first, 4)
}

// refineFrom is refine starting with a band of ±h0 sentences, widened
// fourfold while the path touches its edge.
func (p *docScorer) refineFrom(first []pathStep, h0 int) []pathStep {
	n, m := p.en.len(), p.ko.len()
	best := first
	for h := h0; h < 2*max(n, m); h *= 4 {
		win := stepWindow(first, n, m, h)
		if win.cells() > maxCells {
			break
		}
		path, edge := p.run(win, len(moves))
		if path != nil {
			best = path
			if !edge {
				break
			}
		}
	}
	return best
}

// stepWindow is a window of half-width h around a path.
func stepWindow(path []pathStep, n, m, h int) window {
	w := window{lo: make([]int, n+1), hi: make([]int, n+1)}
	for i := range w.lo {
		w.lo[i], w.hi[i] = m, 0
	}
	mark := func(i, j int) {
		w.lo[i] = min(w.lo[i], max(0, j-h))
		w.hi[i] = max(w.hi[i], min(m, j+h))
	}
	mark(0, 0)
	for _, s := range path {
		for i := s.ei; i <= s.ej; i++ {
			mark(i, s.ki)
			mark(i, s.kj)
		}
	}
	for r := 1; r <= n; r++ {
		if w.lo[r] > w.hi[r] {
			w.lo[r], w.hi[r] = w.lo[r-1], w.hi[r-1]
		}
	}
	return w
}

// estimateRatio re-estimates the length ratio from the confident one-to-one
// links of a first path.
func (p *docScorer) estimateRatio(path []pathStep) (float64, bool) {
	var rs []float64
	for _, s := range path {
		if s.ej-s.ei == 1 && s.kj-s.ki == 1 && p.logit(s.ei, s.ej, s.ki, s.kj) > 1 {
			e, k := p.ef[s.ei].chars, p.kf[s.ki].chars
			rs = append(rs, math.Log(float64(e+1)/float64(k+1)))
		}
	}
	if len(rs) < 3 {
		return 0, false
	}
	slices.Sort(rs)
	med := rs[len(rs)/2]
	w := float64(len(rs)) / float64(len(rs)+3)
	return w*med + (1-w)*priorRatioLn, true
}

// bodyBead is a paragraph bead over body paragraphs, in stream terms: the
// English and Korean sentence ranges [ei, ej) and [ki, kj), whole
// paragraphs, and the links inside it.
type bodyBead struct {
	ei, ej, ki, kj int
	links          []pathStep
}

// paragraphBeads turns a path into paragraph beads: English and Korean
// paragraphs that share a link are in one bead (with any paragraph between
// them), and a paragraph with no link is a lone bead.
func (p *docScorer) paragraphBeads(path []pathStep) []bodyBead {
	var out []bodyBead
	en, ko := p.en, p.ko
	i, j := 0, 0 // sentences placed in beads
	// lone places the paragraphs before sentence positions x and y, each
	// in a bead of its own.
	lone := func(x, y int) {
		for i < x {
			e := en.end(i)
			out = append(out, bodyBead{ei: i, ej: e, ki: j, kj: j})
			i = e
		}
		for j < y {
			e := ko.end(j)
			out = append(out, bodyBead{ei: i, ej: i, ki: j, kj: e})
			j = e
		}
	}
	for _, s := range path {
		if !s.link() {
			continue
		}
		if len(out) == 0 || out[len(out)-1].links == nil || (s.ei >= i && s.ki >= j) {
			lone(en.begin(s.ei), ko.begin(s.ki))
			out = append(out, bodyBead{ei: i, ej: i, ki: j, kj: j})
		}
		b := &out[len(out)-1]
		b.links = append(b.links, s)
		// A bead takes any paragraph left alone between its links.
		i, j = max(i, en.end(s.ej-1)), max(j, ko.end(s.kj-1))
		b.ej, b.kj = i, j
	}
	lone(en.len(), ko.len())
	return out
}

// keepApart returns path with every link that would join a paragraph
// bead across a barrier (paragraphs that furniture, or another paragraph
// left out of the program, separates) made skips of its sentences. The
// program refuses a link that starts a paragraph behind a barrier while
// the other side's paragraph holds a link, but not one that follows a
// skip of that paragraph: English 1 linked to the first sentence of a
// Korean paragraph, English 4 (behind furniture 2 and 3) left alone,
// English 5 linked to its second sentence would make the bead
// [1, 4, 5]:[…], which no output can place around the furniture beads.
// The bead keeps the links before the barrier, as paragraphBeads groups
// them. It repairs the best path after the search rather than finding the
// best path that respects the furniture: a weak link before the barrier
// is kept over stronger ones behind it. A path with no such link is
// returned as it is.
func (p *docScorer) keepApart(path []pathStep) []pathStep {
	en, ko := p.en, p.ko
	var out []pathStep // nil until a link is dropped
	bi, bj := -1, -1   // the first sentences of the current bead
	i, j := 0, 0       // the sentences placed in beads, as paragraphBeads has them
	for x, s := range path {
		if s.link() {
			if bi < 0 || (s.ei >= i && s.ki >= j) {
				bi, bj = en.begin(s.ei), ko.begin(s.ki)
			} else if en.barrierIn(bi, s.ej) || ko.barrierIn(bj, s.kj) {
				if out == nil {
					out = append(make([]pathStep, 0, len(path)+s.ej-s.ei+s.kj-s.ki), path[:x]...)
				}
				for e := s.ei; e < s.ej; e++ {
					out = append(out, pathStep{ei: e, ej: e + 1, ki: s.ki, kj: s.ki})
				}
				for k := s.ki; k < s.kj; k++ {
					out = append(out, pathStep{ei: s.ej, ej: s.ej, ki: k, kj: k + 1})
				}
				continue
			}
			i, j = max(i, en.end(s.ej-1)), max(j, ko.end(s.kj-1))
		}
		if out != nil {
			out = append(out, s)
		}
	}
	if out == nil {
		return path
	}
	return out
}

// barrierIn reports whether a paragraph behind a barrier starts at a
// sentence of (b, e): whether a bead from sentence b through e-1 would
// join paragraphs across it.
func (s *stream) barrierIn(b, e int) bool {
	for x := b + 1; x < e; x++ {
		if s.barrier[x] {
			return true
		}
	}
	return false
}

// begin returns the first sentence of the paragraph holding sentence x.
func (s *stream) begin(x int) int {
	for x > 0 && !s.start[x] {
		x--
	}
	return x
}

// end returns the position after the paragraph holding sentence x.
func (s *stream) end(x int) int {
	x++
	for !s.start[x] {
		x++
	}
	return x
}

// bead returns the paragraph bead of b.
func (p *docScorer) bead(b bodyBead) Bead {
	out := Bead{Kind: Match}
	for x := b.ei; x < b.ej; x = p.en.end(x) {
		out.EN = append(out.EN, ParaID(p.en.para[x]))
	}
	for y := b.ki; y < b.kj; y = p.ko.end(y) {
		out.KO = append(out.KO, ParaID(p.ko.para[y]))
	}
	if len(out.EN) == 0 || len(out.KO) == 0 {
		out.Kind = Omitted
	}
	return out
}

// segmentPara splits paragraph id into sentences once and keeps them.
func segmentPara(ps []Paragraph, id int, korean bool) []string {
	if ps[id].Sentences != nil {
		return ps[id].Sentences
	}
	var sents []string
	if korean {
		sents = segment.Korean(ps[id].Body)
	} else {
		sents = segment.English(ps[id].Body)
	}
	if len(sents) == 0 {
		sents = []string{ps[id].Body}
	}
	ps[id].Sentences = sents
	return sents
}

// setRatio changes the length ratio the scores assume.
func (p *docScorer) setRatio(r float64) {
	p.ratioLn = r
	p.lengths = p.lengths.withRatio(r)
	p.links.epoch++ // the links' scores with length are the old ratio's
}

// postWindow is the window the forward-backward pass runs in: a band of
// ±postBand sentences around the path.
func (p *docScorer) postWindow(path []pathStep) window {
	return stepWindow(path, p.en.len(), p.ko.len(), postBand)
}

// sentenceBeads turns a path into sentence beads: a bead per link, and a
// lone bead per sentence the path skips. Scores are move posteriors.
func (p *docScorer) sentenceBeads(path []pathStep, po *posterior) []Bead {
	var out []Bead
	for _, s := range path {
		sc := p.movePosterior(po, s)
		if s.link() {
			b := Bead{Kind: Match, Score: sc}
			for x := s.ei; x < s.ej; x++ {
				b.EN = append(b.EN, ID{Para: p.en.para[x], Sent: p.en.sent[x]})
			}
			for y := s.ki; y < s.kj; y++ {
				b.KO = append(b.KO, ID{Para: p.ko.para[y], Sent: p.ko.sent[y]})
			}
			out = append(out, b)
			continue
		}
		for x := s.ei; x < s.ej; x++ {
			out = append(out, Bead{EN: []ID{{Para: p.en.para[x], Sent: p.en.sent[x]}}, Kind: Omitted, Score: sc})
		}
		for y := s.ki; y < s.kj; y++ {
			out = append(out, Bead{KO: []ID{{Para: p.ko.para[y], Sent: p.ko.sent[y]}}, Kind: Omitted, Score: sc})
		}
	}
	return out
}

// hasEvidence reports whether the link of English [ei, ej) and Korean
// [ki, kj), which must pair whole paragraphs, shares anything but length:
// a lexicon word, a number, a Latin token, a name, or the marks of
// marksAgree. A link of one of the moves is read from the link cache,
// which records the answer for links that pair whole paragraphs only.
func (p *docScorer) hasEvidence(ei, ej, ki, kj int) bool {
	if k := linkShape(ej-ei, kj-ki); k >= 0 {
		r, y := p.cached(ei, ki, k)
		return r.bare[y] == bareNo
	}
	var ev evidence
	p.cache.evidence(&ev, ei, ej, ki, kj)
	return p.supports(&ev, ei, ej, ki, kj)
}

// supports is hasEvidence for the link's evidence ev, already computed.
func (p *docScorer) supports(ev *evidence, ei, ej, ki, kj int) bool {
	if ev.shared() {
		return true
	}
	en, ko := p.en, p.ko
	return marksAgree(en.marksOf(ei).quote, ko.marksOf(ki).quote, en.marksOf(ej-1).end, ko.marksOf(kj-1).end)
}

// shared reports whether a link's evidence holds anything but length: a
// lexicon word, a number, a Latin token or a name.
func (ev *evidence) shared() bool {
	return ev.lexHitKO+ev.lexHitEN+ev.latinHit+ev.nameHit > 0 || ev.numHit > 0
}

// marksAgree reports whether two runs of sentences share the marks a
// translation keeps: both open with a quotation mark (a line of speech:
// enQuote, koQuote), or both end with a question mark or both with an
// exclamation mark (enMark, koMark: see endMark). The streams find each
// sentence's marks once (marksOf).
func marksAgree(enQuote, koQuote bool, enMark, koMark rune) bool {
	return (enQuote && koQuote) || (enMark != 0 && enMark == koMark)
}

// opensQuote reports whether s starts with a quotation mark.
func opensQuote(s string) bool {
	if s != "" && s[0] < utf8.RuneSelf && space.Class(s[0]) == space.None {
		// The common case: an ASCII letter, digit or mark first.
		return s[0] == '"' || s[0] == '\''
	}
	return decodeQuote(s)
}

// decodeQuote is opensQuote decoding the first runes.
func decodeQuote(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(s, unicode.IsSpace))
	return strings.ContainsRune("\"'“‘«「『", r)
}

// endMark returns the question or exclamation mark that ends s, past
// closing quotes and brackets, or 0.
func endMark(s string) rune {
	if s != "" {
		// The common case: an ASCII character last that is not white
		// space, a quote or a bracket.
		switch c := s[len(s)-1]; {
		case c >= utf8.RuneSelf || space.Class(c) != space.None || c == '"' || c == '\'' || c == ')' || c == ']':
		case c == '?' || c == '!':
			return rune(c)
		default:
			return 0
		}
	}
	return decodeMark(s)
}

// decodeMark is endMark decoding the last runes.
func decodeMark(s string) rune {
	s = strings.TrimRightFunc(s, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune("\"'”’»」』)]", r) })
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '?', '？':
		return '?'
	case '!', '！':
		return '!'
	}
	return 0
}
