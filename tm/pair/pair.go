// Package pair aligns one English–Korean article pair and makes, beside
// the aligner, what the glossary reads of it: the one place where the
// aligner and the glossary meet, for `bitext align` and `bitext corpus`
// alike. Neither drives the other: the aligner is given its lexicon and
// a match.Compiler through align.Options, and the glossary reads the same
// ones (glossary.Prepare) and the paragraph beads the aligner made
// (glossary.Extract).
package pair

import (
	"github.com/bitext-ko/bitext/align"
	"github.com/bitext-ko/bitext/tm/glossary"
)

// Align aligns English paragraphs en with Korean paragraphs ko as
// align.Align does. With gloss not nil it also finds the pair's names
// for a glossary, as glossary.Extract does with those options: what does
// not need the alignment (glossary.Prepare) is read on another core while
// the aligner runs, with the aligner's lexicon (opt.Lexicon, a --dict
// included) and its compiled Hangul names (opt.Names, opt.Scratch.Names()
// when nil). The alignment is align.Align's; the names are nil without
// gloss.
func Align(en, ko []string, opt align.Options, gloss *glossary.Options) (*align.Alignment, *glossary.DocNames) {
	return (*Worker)(nil).Align(en, ko, opt, gloss)
}

// Worker aligns pair after pair on one goroutine (a corpus worker),
// keeping the aligner's scratch (align.Scratch) and the glossary's
// (glossary.Scratch) from each pair to the next. Nothing of one pair
// changes the next one's results. A Worker must not be used by two
// goroutines at once.
type Worker struct {
	align *align.Scratch
	gloss *glossary.Scratch
}

// NewWorker returns a Worker with empty scratch.
func NewWorker() *Worker {
	return &Worker{align: align.NewScratch(), gloss: glossary.NewScratch()}
}

// Align is the package's Align with w's scratch (opt.Scratch is w's); a
// nil Worker keeps nothing.
func (w *Worker) Align(en, ko []string, opt align.Options, gloss *glossary.Options) (*align.Alignment, *glossary.DocNames) {
	var gs *glossary.Scratch
	if w != nil {
		opt.Scratch, gs = w.align, w.gloss
	}
	enP, koP := align.Prepare(en, opt.KeepFurniture), align.Prepare(ko, opt.KeepFurniture)
	if gloss == nil {
		return align.AlignPrepared(enP, koP, opt), nil
	}
	if opt.Names == nil {
		opt.Names = opt.Scratch.Names()
	}
	prepared := make(chan *glossary.Prepared, 1)
	go func() { prepared <- glossary.PrepareWith(enP, koP, opt, gs) }()
	a := align.AlignPrepared(enP, koP, opt)
	return a, glossary.Extract(a, <-prepared, *gloss)
}
