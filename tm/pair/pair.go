// Package pair aligns one English–Korean article pair and makes, beside
// the aligner, what the glossary reads of it: the one place where the
// aligner and the glossary meet, for `bitext align` and `bitext corpus`
// alike. Neither drives the other: the aligner is given its lexicon and
// a match.Compiler through align.Options, and the glossary reads the same
// ones (glossary.Prepare) and the paragraph beads the aligner made
// (glossary.Extract).
package pair

import (
	"runtime"

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
//
// With a glossary, a Worker reads each pair's glossary.Prepare on a
// goroutine of its own, started at the first such pair and kept for the
// next ones rather than started for each: a new goroutine's stack grows
// by copying, several times a pair, as Prepare goes deep. The goroutine
// ends once the Worker is unreachable (runtime.AddCleanup), so a Worker
// needs no Close.
type Worker struct {
	align *align.Scratch
	gloss *glossary.Scratch
	jobs  chan<- prepareJob       // to the Prepare goroutine; nil until started
	done  chan *glossary.Prepared // its answers, one a job
}

// prepareJob is one pair for a Worker's Prepare goroutine. It holds the
// Worker's scratch, never the Worker, so that the Worker can be
// collected while the goroutine waits.
type prepareJob struct {
	en, ko []align.Paragraph
	opt    align.Options
	gs     *glossary.Scratch
	out    chan<- *glossary.Prepared
}

// prepare starts reading what glossary.Prepare reads of a pair: on w's
// goroutine, or on a new one for a nil Worker. The result comes on the
// channel returned.
func (w *Worker) prepare(j prepareJob) <-chan *glossary.Prepared {
	if w == nil {
		out := make(chan *glossary.Prepared, 1)
		j.out = out
		go j.run()
		return out
	}
	if w.jobs == nil {
		jobs := make(chan prepareJob)
		w.jobs, w.done = jobs, make(chan *glossary.Prepared, 1)
		go func() {
			for j := range jobs {
				j.run()
			}
		}()
		runtime.AddCleanup(w, func(jobs chan<- prepareJob) { close(jobs) }, w.jobs)
	}
	j.out = w.done
	w.jobs <- j
	return w.done
}

func (j prepareJob) run() { j.out <- glossary.PrepareWith(j.en, j.ko, j.opt, j.gs) }

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
	prepared := w.prepare(prepareJob{en: enP, ko: koP, opt: opt, gs: gs})
	a := align.AlignPrepared(enP, koP, opt)
	return a, glossary.Extract(a, <-prepared, *gloss)
}
