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
// when nil), and with gloss.Scratch, which a caller aligning pair after
// pair keeps for the next. The alignment is align.Align's;
// the names are nil without gloss.
func Align(en, ko []string, opt align.Options, gloss *glossary.Options) (*align.Alignment, *glossary.DocNames) {
	enP, koP := align.Prepare(en, opt.KeepFurniture), align.Prepare(ko, opt.KeepFurniture)
	if gloss == nil {
		return align.AlignPrepared(enP, koP, opt), nil
	}
	if opt.Names == nil {
		opt.Names = opt.Scratch.Names()
	}
	prepared := make(chan *glossary.Prepared, 1)
	go func() { prepared <- glossary.PrepareWith(enP, koP, opt, gloss.Scratch) }()
	a := align.AlignPrepared(enP, koP, opt)
	return a, glossary.Extract(a, <-prepared, *gloss)
}
