// Package align pairs the paragraphs (and, inside paragraph pairs, the
// sentences) of an English article with those of its Korean original.
//
// The English of a news translation is usually abridged: paragraphs are
// dropped, merged or split, and page furniture surrounds the text. Align
// first sets furniture aside (package furniture), then runs a dynamic
// program over beads 1-1, 1-0, 0-1, 2-1, 1-2 and 2-2 whose score combines a
// length model calibrated on the pair itself with evidence that crosses
// scripts: a bilingual lexicon (package lexicon), numbers and dates, Latin
// tokens and transliterated names (package cognate). A paragraph without a
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
	"slices"
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

// DefaultMinScore is the review threshold the command line uses: beads
// whose confidence is under it are flagged (and left out of a TMX unless
// asked for). Confidence is calibrated (a bead scored p is right about p
// of the time); since about one bead in a hundred is wrong, the beads
// worth a look are those less than 99.2% sure. The value is the score
// under which about 12% of the beads of the calibration's half of the
// shared dev-real corpus fall.
const DefaultMinScore = 0.992

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
	// Scratch, when set, lends its storage to the alignment and keeps it
	// for the next one on the same goroutine; nil allocates afresh.
	Scratch *Scratch
	// Names compiles the Hangul names of the Korean side for the name
	// evidence; nil means Scratch.Names() (a new match.Compiler without a
	// Scratch). A caller that reads the same document's names afterwards
	// (the glossary) passes the same one, to reuse what the aligner
	// compiled.
	Names *match.Compiler
}

// Scratch holds the storage one alignment leaves for the next: the
// document's vocabulary tables, the link cache and lattices of the
// document program (see dpScratch) and the forward-backward pass's
// tables, which are otherwise rebuilt for every pair (corpus mode keeps one
// Scratch per worker), the keys the words of the documents gave (lexicon
// ids, name keys), which depend on the word and the lexicon only (a
// bounded cache, see wordCache), and the names compiled so far with the
// Korean words read for them (its match.Compiler, see Names and
// maxScratchNames). Nothing of one alignment changes the result of the
// next. A Scratch must not be used by two alignments at once, and is best
// dropped after an alignment that panicked (its caches may then be out of
// step).
type Scratch struct {
	v     *vocab
	fb    fbScratch
	dp    dpScratch
	names *match.Compiler
	// maxNames bounds names; 0 means maxScratchNames. (A field so that
	// tests can go past it.)
	maxNames int
}

// maxScratchNames bounds the names a Scratch's match.Compiler keeps from
// document to document (Compiler.Trim): past a bound, the next document
// starts that cache afresh. It keeps at most maxScratchNames Hangul names
// (a document has a hundred or two; a compiled name takes 600 to 900 bytes
// with its patterns and its text, a copy: some 2.5 to 3.5 MB),
// maxScratchNames/4 = 1,024 English names (2 to 4 KB each: some 2 to 4 MB)
// and 4 × maxScratchNames = 16,384 Korean words read for names (about 120
// bytes each: about 2 MB), each plus one document's: a worker keeps some 6
// to 10 MB of names in all.
const maxScratchNames = 4096

// Names returns the name compiler for the next alignment: the Scratch's
// own, which keeps the names of earlier documents (up to
// maxScratchNames), so that names common to many documents (and the words
// that pass for names) are compiled once per worker. Every compiled name
// depends only on its text: what was compiled before changes no output.
// Without a Scratch it is a new Compiler.
func (s *Scratch) Names() *match.Compiler {
	if s == nil {
		return new(match.Compiler)
	}
	if s.names == nil {
		s.names = new(match.Compiler)
	}
	limit := s.maxNames
	if limit == 0 {
		limit = maxScratchNames
	}
	s.names.Trim(limit)
	return s.names
}

// NewScratch returns an empty Scratch.
func NewScratch() *Scratch { return &Scratch{} }

// vocab returns an empty vocabulary, reusing the scratch's maps.
func (s *Scratch) vocab() *vocab {
	if s == nil {
		return newVocab()
	}
	if s.v == nil {
		s.v = newScratchVocab()
	} else {
		s.v.reset()
	}
	return s.v
}

// fbScratch returns the forward-backward tables to reuse, nil for none.
func (s *Scratch) fbScratch() *fbScratch {
	if s == nil {
		return nil
	}
	return &s.fb
}

// dpScratch returns the document program's storage to reuse, nil for
// none.
func (s *Scratch) dpScratch() *dpScratch {
	if s == nil {
		return nil
	}
	return &s.dp
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
	// Caption is set for a photo caption: furniture unless the other side
	// has its translation, so it is aligned only on strong evidence.
	Caption bool
	// Headline is set for the paragraph the page presents as its title.
	Headline bool
	// Sentences holds the sentences of Body at sentence level.
	Sentences []string
}

// SetAside reports whether p is furniture that was not cut into
// sentences: at sentence level its body, all of it furniture, made one
// empty sentence. Its text stands for that sentence (Alignment.Text, the
// review page).
func (p *Paragraph) SetAside() bool {
	return p.Furniture && len(p.Sentences) == 1 && strings.TrimSpace(p.Sentences[0]) == ""
}

// Alignment is the result of Align.
type Alignment struct {
	EN, KO []Paragraph
	// Beads are the beads of the alignment's level: ParagraphBeads, or
	// SentenceBeads at sentence level. Both are made at either level.
	Beads []Bead
	// ParagraphBeads are the paragraph beads: the English and Korean
	// paragraphs that share a sentence link, and each paragraph without
	// one alone.
	ParagraphBeads []Bead
	// SentenceBeads are the sentence links (ids PARA.SENT; many-to-many
	// where the translation merges or splits sentences) and each sentence
	// without a link alone.
	SentenceBeads []Bead
	// Ratio is the estimated ratio of English to Korean letters.
	Ratio float64
	Level Level

	ratioLn  float64
	minScore float64
}

// priorRatioLn is the usual log ratio of English letters to Korean
// letters (Hangul syllables count one) in news translations, about 2.
const priorRatioLn = 0.69

// postBand is the half width, in sentences, of the band around the
// path that the forward-backward pass runs in. Paths further away hold
// little weight: against ±16 (the band of documents up to 65,536 cells
// until 6bdaa9b), ±8 flags the same wrong beads of dev-real (104 beads
// flagged instead of 102) and costs a short document about half as much.
// The calibration was fit on ±16's scores and not refit: dev-real's
// held-out calibration error went from 0.0059 to 0.0191 (the target is
// 0.05).
const postBand = 8

// maxCells and maxBand bound how far a band widens: a cell of the
// sentence program holds four states (about 40 bytes with its back
// pointers), so 4 million cells are some 160 MB; and a band wider than
// ±maxBand sentences around the guide is not searched, so that the work
// stays linear in the sentences even for inputs that are not one article
// pair at all (a path that strays from every guide).
const (
	maxCells = 4 << 20
	maxBand  = 256
)

// Align aligns English paragraphs en with Korean paragraphs ko.
func Align(en, ko []string, opt Options) *Alignment {
	return AlignPrepared(Prepare(en, opt.KeepFurniture), Prepare(ko, opt.KeepFurniture), opt)
}

// AlignPrepared is Align for paragraphs already made by Prepare (with
// opt.KeepFurniture), so that a later stage can start reading them while
// the aligner runs. It never writes to en or ko: the alignment holds
// copies, which it fills with the paragraphs' sentences.
func AlignPrepared(en, ko []Paragraph, opt Options) *Alignment {
	a, _ := alignWith(en, ko, opt, &defaultModel, &defaultDocModel)
	return a
}

// alignWith is AlignPrepared with the model's weights given.
// It also returns the signs each body bead's score was computed from, by
// FormatBead, for fitting the calibration.
func alignWith(en, ko []Paragraph, opt Options, m *model, dm *docModel) (*Alignment, map[string]beadSigns) {
	lex := opt.Lexicon
	if lex == nil {
		lex = lexicon.Default()
	}
	names := opt.Names
	if names == nil {
		names = opt.Scratch.Names()
	}
	a := &Alignment{EN: slices.Clone(en), KO: slices.Clone(ko), Level: opt.Level, minScore: opt.MinScore}
	bodyEN, bodyKO := bodyIndex(a.EN), bodyIndex(a.KO)
	heads, deck, bodyKO := headlineArea(a.EN, a.KO, bodyEN, bodyKO)
	es, ks := newStream(a.EN, bodyEN, false), newStream(a.KO, bodyKO, true)
	v := opt.Scratch.vocab()
	ef, kf := sideFeatures(es.text, ks.text, lex, v, names)
	p := newDocScorer(es, ks, ef, kf, v, m, dm, opt.Scratch.dpScratch())
	p.headlines = heads
	p.fb = opt.Scratch.fbScratch()
	path := p.search()
	if r, ok := p.estimateRatio(path); ok {
		p.setRatio(r)
		path = p.refine(path)
	}
	a.ratioLn = p.ratioLn
	a.Ratio = math.Exp(p.ratioLn)
	path = p.keepApart(path)
	body := p.paragraphBeads(path)
	po := p.forwardBackward(p.postWindow(path), dm.Temp)
	cal := &defaultCalibration
	signs := map[string]beadSigns{}
	var beads, deckBeads []Bead
	for _, d := range deck {
		deckBeads = append(deckBeads, Bead{KO: []ID{ParaID(d)}, Kind: Omitted, Score: cal.deck})
	}
	unstable := p.sensitivity(path, body)
	// The headlines of documents that do not translate each other: their
	// sentence links score no higher than their paragraph bead.
	var unrelated *Bead
	for k, sg := range p.signs(body, po) {
		sg.unstable = unstable[k]
		b := p.bead(body[k])
		b.Score = cal.score(sg)
		signs[FormatBead(b)] = sg
		beads = append(beads, b)
		if cal.unrelatedHeadline(sg) {
			unrelated = &b
		}
	}
	beads = mergeKorean(beads, deckBeads)
	a.ParagraphBeads = interleaveFurniture(beads, a.EN, a.KO, paragraphUnits, cal.furniture)
	// Sentence beads come straight from the same links.
	for i := range a.EN {
		segmentPara(a.EN, i, false)
	}
	for i := range a.KO {
		segmentPara(a.KO, i, true)
	}
	deckBeads = nil
	for _, d := range deck {
		for _, id := range sentenceIDs(a.KO, []ID{ParaID(d)}) {
			deckBeads = append(deckBeads, Bead{KO: []ID{id}, Kind: Omitted, Score: cal.deck})
		}
	}
	sb := p.sentenceBeads(path, po)
	if unrelated != nil {
		for i, b := range sb {
			if b.Kind == Match && b.EN[0].Para == unrelated.EN[0].Para && b.KO[0].Para == unrelated.KO[0].Para {
				sb[i].Score = min(b.Score, unrelated.Score)
			}
		}
	}
	sb = mergeKorean(sb, deckBeads)
	a.SentenceBeads = interleaveFurniture(sb, a.EN, a.KO, func(ps []Paragraph, i int) []ID {
		return sentenceIDs(ps, []ID{ParaID(i)})
	}, cal.furniture)
	for _, bs := range [][]Bead{a.ParagraphBeads, a.SentenceBeads} {
		for i := range bs {
			bs[i].Flagged = bs[i].Kind != Furniture && bs[i].Score < opt.MinScore
		}
	}
	a.Beads = a.ParagraphBeads
	if opt.Level == SentenceLevel {
		a.Beads = a.SentenceBeads
	}
	return a, signs
}

// mergeKorean places the Korean-only beads extra (the deck's, in order)
// among beads, which are in order, so that the Korean ids stay in order:
// each goes before the first bead whose Korean side starts after it.
func mergeKorean(beads, extra []Bead) []Bead {
	if len(extra) == 0 {
		return beads
	}
	out := make([]Bead, 0, len(beads)+len(extra))
	x := 0
	for _, b := range beads {
		for len(b.KO) > 0 && x < len(extra) && extra[x].KO[0].before(b.KO[0]) {
			out = append(out, extra[x])
			x++
		}
		out = append(out, b)
	}
	return append(out, extra[x:]...)
}

// Segment splits the body of each paragraph of one side into sentences,
// as Align does, and keeps them in Sentences: a later stage that has the
// paragraphs of Prepare but no alignment (a check that an input still
// reads the same) gets the very sentences an alignment numbered.
func Segment(ps []Paragraph, side Side) {
	for i := range ps {
		segmentPara(ps, i, side == Korean)
	}
}

// sentenceIDs lists the sentence ids of paragraphs.
func sentenceIDs(ps []Paragraph, paras []ID) []ID {
	var ids []ID
	for _, p := range paras {
		for s := range ps[p.Para].Sentences {
			ids = append(ids, ID{Para: p.Para, Sent: s})
		}
	}
	return ids
}

// paragraphUnits gives a furniture paragraph's one unit at paragraph level.
func paragraphUnits(_ []Paragraph, i int) []ID { return []ID{ParaID(i)} }

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
	lead := -1
	for i, p := range paras {
		out[i].Text = p
		v := verdicts[i]
		lines := strings.Split(p, "\n")
		var body []string
		for j, l := range lines {
			if keep || v.Lines[j] == furniture.Body || v.Lines[j].Soft() {
				body = append(body, strings.TrimSpace(l))
			}
		}
		if !keep && !v.Furniture && lead < 0 && !v.Headline && len(body) > 0 {
			// The lead may open with a wire dateline, furniture inside
			// the line: "(서울=뉴스1) 김서연 기자 = ".
			lead = i
			if rest, ok := furniture.StripDateline(body[0]); ok {
				body[0] = rest
			}
		}
		out[i].Body = strings.Join(body, " ")
		out[i].Headline = !keep && v.Headline
		switch {
		case keep:
		case v.Soft():
			out[i].Caption = true
			out[i].Reason = string(v.Reason())
		case v.Furniture:
			out[i].Furniture = true
			out[i].Reason = string(v.Reason())
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

// interleaveFurniture adds furniture beads, one per unit that units gives
// for a furniture paragraph (the paragraph, or each of its sentences),
// keeping beads in order on both sides.
func interleaveFurniture(body []Bead, en, ko []Paragraph, units func([]Paragraph, int) []ID, score float64) []Bead {
	out := make([]Bead, 0, len(body)+len(en)+len(ko))
	ei, ki := 0, 0
	flush := func(enUpTo, koUpTo int) {
		for ; ei < enUpTo; ei++ {
			if en[ei].Furniture {
				for _, id := range units(en, ei) {
					out = append(out, Bead{EN: []ID{id}, Kind: Furniture, Score: score})
				}
			}
		}
		for ; ki < koUpTo; ki++ {
			if ko[ki].Furniture {
				for _, id := range units(ko, ki) {
					out = append(out, Bead{KO: []ID{id}, Kind: Furniture, Score: score})
				}
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
			ei = max(ei, b.EN[len(b.EN)-1].Para+1)
		}
		if len(b.KO) > 0 {
			ki = max(ki, b.KO[len(b.KO)-1].Para+1)
		}
	}
	flush(len(en), len(ko))
	return out
}

// Text returns the text of paragraph or sentence id on one side: the
// aligned body of a paragraph (its whole text if it is furniture), or a
// sentence (the whole text of a paragraph set aside as furniture for its
// one, empty, sentence: see Paragraph.SetAside).
func (a *Alignment) Text(side Side, id ID) string {
	ps := a.EN
	if side == Korean {
		ps = a.KO
	}
	if id.Para < 0 || id.Para >= len(ps) {
		return ""
	}
	p := ps[id.Para]
	if id.Sent >= 0 && !(id.Sent == 0 && p.SetAside()) {
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
	join := func(side Side, ids []ID) string {
		parts := make([]string, 0, len(ids))
		for _, id := range ids {
			parts = append(parts, a.Text(side, id))
		}
		return strings.Join(parts, " ")
	}
	return join(English, b.EN), join(Korean, b.KO)
}
