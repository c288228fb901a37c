package corpus

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/bitext-ko/bitext/tm/export"
	"github.com/bitext-ko/bitext/tm/glossary"
	"github.com/bitext-ko/bitext/tm/tmx"
)

// generation writes one run's outputs: the report and the TMX go to
// temporary files as pairs are done, the glossary's counts stay in
// memory, and commit (or a checkpoint) puts a consistent set in place.
type generation struct {
	cfg    *Config
	out    *outputs
	number int // of the next commit
	total  int // pairs in the input

	report *tempFile
	rw     *reportWriter
	tmx    *tempFile // nil without a TMX
	tw     *tmx.Writer
	index  *tempFile         // nil without alignment files
	footer []byte            // what tw.Close writes after the last unit
	gloss  *glossary.Builder // nil without a glossary
	temps  []*tempFile       // every temporary file made, to clean up

	sum      Summary
	lowest   *lowestSet
	problems []Problem

	fresh          int // pairs written since the last commit
	lastCheckpoint time.Time
	checkpointCost time.Duration
	crashed        bool // a test crashed the run: leave everything
}

// newGeneration starts the temporary files of the outputs.
func newGeneration(cfg *Config, out *outputs, number, total int) (_ *generation, err error) {
	// g is not the named result, which "return nil, err" sets to nil
	// before the deferred cleanup runs.
	g := &generation{cfg: cfg, out: out, number: number, total: total}
	defer func() {
		if err != nil {
			g.abort()
		}
	}()
	n := cfg.Lowest
	if n <= 0 {
		n = 10
	}
	g.lowest = &lowestSet{n: n}
	if g.report, err = g.newTemp(roleReport); err != nil {
		return nil, err
	}
	g.rw, err = newReportWriter(g.report, Report{Tool: "bitext", Version: cfg.Version, Input: cfg.Input, Settings: cfg.Settings()})
	if err != nil {
		return nil, g.outErr(roleReport, err)
	}
	if cfg.TMXPath != "" {
		if g.tmx, err = g.newTemp(roleTMX); err != nil {
			return nil, err
		}
		h := export.Header(cfg.Langs, cfg.Align.Level, cfg.Version, cfg.Date)
		if g.tw, err = tmx.NewWriter(g.tmx, h); err != nil {
			return nil, err
		}
		if g.footer, err = tmxFooter(h); err != nil {
			return nil, err
		}
	}
	if cfg.GlossaryPath != "" {
		g.gloss = glossary.NewBuilder(cfg.glossaryOptions())
	}
	if cfg.AlignmentsDir != "" {
		if g.index, err = g.newTemp(roleIndex); err != nil {
			return nil, err
		}
		if err := writeIndexHeader(g.index); err != nil {
			return nil, g.outErr(roleIndex, err)
		}
	}
	return g, nil
}

// tmxFooter returns what a tmx.Writer writes on Close after its units,
// for the TMX of a checkpoint.
func tmxFooter(h tmx.Header) ([]byte, error) {
	var b bytes.Buffer
	w, err := tmx.NewWriter(&b, h)
	if err == nil {
		err = w.Flush()
	}
	n := b.Len()
	if err == nil {
		err = w.Close()
	}
	return bytes.Clone(b.Bytes()[n:]), err
}

// newTemp starts a temporary file for the output of role.
func (g *generation) newTemp(role string) (*tempFile, error) {
	t, err := newTempFile(role, g.out.path(role), g.cfg.faults)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrOutput, err)
	}
	g.temps = append(g.temps, t)
	return t, nil
}

// abort removes every temporary file not put in place, unless a test
// crashed the run.
func (g *generation) abort() {
	for _, t := range g.temps {
		t.abort(g.crashed)
	}
	g.temps = nil
}

func (g *generation) outErr(role string, err error) error {
	return fmt.Errorf("%w: %s: %w", ErrOutput, g.out.path(role), err)
}

// run resumes prev (if not nil), aligns the rest and commits.
func (g *generation) run(ctx context.Context, prev *previous) (*Summary, error) {
	done := newIDSet()
	if prev != nil {
		if err := g.resume(prev); err != nil {
			return g.stop(err)
		}
		done = prev.done
		prev.close() // Windows renames no file someone has open
	}
	g.lastCheckpoint = time.Now()
	failure, scanErr := process(ctx, g.cfg, g.cfg.jobs(), done, g.emit)
	if errors.Is(failure, errStop) {
		failure = nil
	}
	if failure != nil {
		return g.stop(failure)
	}
	if scanErr != nil {
		// The input broke off (a manifest line too long, a read error):
		// what came before it is done and written.
		g.problem(Problem{Kind: Unreadable, Path: g.cfg.Input, Message: scanErr.Error()})
	}
	if err := g.commit(); err != nil {
		return g.stop(err)
	}
	return &g.sum, nil
}

// stop ends a run that failed: nothing more is put in place.
func (g *generation) stop(err error) (*Summary, error) {
	if errors.Is(err, errCrash) {
		g.crashed = true
	}
	g.sum.Complete = false
	g.sum.Lowest = g.lowest.docs
	return &g.sum, err
}

// resume copies the pairs prev did: their report entries first, then
// their TMX units, and takes over its glossary counts.
func (g *generation) resume(prev *previous) error {
	err := prev.copyReport(func(p *PairResult) error {
		g.sum.add(p, g.lowest)
		if err := g.rw.pair(p); err != nil {
			return g.outErr(roleReport, err)
		}
		return nil
	})
	if err != nil {
		return err
	}
	if g.tw != nil {
		if err := prev.copyUnits(g.tw); err != nil {
			return err
		}
	}
	if g.index != nil {
		if err := prev.copyIndex(g.index); err != nil {
			return err
		}
	}
	if g.gloss != nil {
		g.gloss = prev.glossary
	}
	return nil
}

// emit writes a result in its turn: a pair's report entry, TMX units and
// names, or an input problem. It also takes checkpoints.
func (g *generation) emit(r *result) error {
	if r.canceled {
		g.sum.Interrupted = true
		return errStop
	}
	if r.item.Problem != nil {
		g.problem(*r.item.Problem)
		return nil
	}
	if !r.resumed {
		if err := g.write(r); err != nil {
			return err
		}
	}
	if g.cfg.Progress != nil {
		g.cfg.Progress(Progress{Total: g.total, Done: g.sum.Aligned + g.sum.Failed, Failed: g.sum.Failed, Resumed: g.sum.Resumed, Units: g.sum.Units})
	}
	if err := g.cfg.faults.step("pair %s", r.item.Pair.ID); err != nil {
		return err
	}
	if g.checkpointDue() {
		return g.checkpoint()
	}
	return nil
}

// write writes a pair done by this run.
func (g *generation) write(r *result) error {
	var keptEntry *IndexEntry // a reviewed file the run keeps, in the index
	if g.index != nil && r.pr.Status == OK {
		var kept *keptError
		if err := g.putAlignment(r); errors.As(err, &kept) {
			r.pr = PairResult{ID: r.pr.ID, EN: r.pr.EN, KO: r.pr.KO, Status: Failed, Error: err.Error()}
			r.units, r.names = nil, nil
			keptEntry = kept.entry
		} else if err != nil {
			return err
		}
	} else if g.index != nil {
		keptEntry = g.keptReview(r.pr.ID)
	}
	g.sum.add(&r.pr, g.lowest)
	if r.pr.Status != OK && g.cfg.Warn != nil {
		g.cfg.Warn(printable(r.pr.ID) + ": " + r.pr.Error)
	}
	if g.tw != nil {
		for _, u := range r.units {
			if err := g.tw.Write(u); err != nil {
				return g.outErr(roleTMX, err)
			}
		}
	}
	if g.gloss != nil {
		g.gloss.AddNames(r.pr.ID, r.names)
	}
	if g.index != nil && (r.pr.Status == OK || keptEntry != nil) {
		e := r.indexEntry
		if keptEntry != nil {
			e = *keptEntry
		}
		if err := writeIndexEntry(g.index, e); err != nil {
			return g.outErr(roleIndex, err)
		}
	}
	if err := g.rw.pair(&r.pr); err != nil {
		return g.outErr(roleReport, err)
	}
	g.fresh++
	return nil
}

// problem records an input problem.
func (g *generation) problem(p Problem) {
	g.problems = append(g.problems, p)
	switch p.Kind {
	case Unpaired:
		g.sum.Unpaired++
	case Skipped:
		g.sum.Skipped++
	default:
		g.sum.Problems++
	}
	if g.cfg.Warn != nil {
		g.cfg.Warn(p.String())
	}
}

// summary returns the summary so far.
func (g *generation) summary() Summary {
	s := g.sum
	s.Lowest = append([]Lowest(nil), g.lowest.docs...)
	s.Errors = append([]string(nil), g.sum.Errors...)
	return s
}

// outputsList returns the report's list of outputs.
func (g *generation) outputsList() []Output {
	var outs []Output
	for _, o := range []struct{ kind, path string }{{"tmx", g.cfg.TMXPath}, {"glossary", g.cfg.GlossaryPath}, {"alignments", g.cfg.AlignmentsDir}} {
		if o.path != "" {
			outs = append(outs, Output{Kind: o.kind, Path: o.path, Written: true})
		}
	}
	return outs
}

// checkpointDue reports whether a checkpoint is to be taken now: pairs
// were written since the last commit, Config.Checkpoint has passed, and
// so has ten times what the last checkpoint took.
func (g *generation) checkpointDue() bool {
	if g.cfg.Checkpoint <= 0 || g.fresh == 0 {
		return false
	}
	interval := max(g.cfg.Checkpoint, 10*g.checkpointCost)
	if g.cfg.faults != nil && g.cfg.faults.exactCheckpoints {
		interval = g.cfg.Checkpoint
	}
	return time.Since(g.lastCheckpoint) >= interval
}

// checkpoint commits the outputs as they are, the run going on: copies of
// the TMX and the report written so far, each completed as a document,
// and the glossary with its counts.
func (g *generation) checkpoint() error {
	start := time.Now()
	if err := g.cfg.faults.step("checkpoint"); err != nil {
		return err
	}
	if g.tw != nil {
		if err := g.tw.Flush(); err != nil {
			return g.outErr(roleTMX, err)
		}
	}
	if err := g.rw.w.Flush(); err != nil {
		return g.outErr(roleReport, err)
	}
	sum := g.summary()
	sum.InProgress, sum.Complete = true, true
	tail := g.rw.tail(g.problems, g.outputsList(), sum)
	err := g.commitFiles(func(role string) (pending, error) {
		switch role {
		case roleTMX:
			return g.snapshot(g.tmx, g.footer)
		case roleIndex:
			return g.snapshot(g.index, nil)
		case roleReport:
			return g.snapshot(g.report, tail)
		}
		return g.glossaryFile(role)
	})
	if err != nil {
		return err
	}
	g.fresh = 0
	g.lastCheckpoint = time.Now()
	g.checkpointCost = g.lastCheckpoint.Sub(start)
	g.sum.Checkpoints++
	g.sum.CheckpointTime += g.checkpointCost
	return nil
}

// snapshot copies t plus tail to a new temporary file.
func (g *generation) snapshot(t *tempFile, tail []byte) (pending, error) {
	p, err := t.snapshot(tail)
	if err != nil {
		return pending{}, fmt.Errorf("%w: %w", ErrOutput, err)
	}
	g.temps = append(g.temps, &tempFile{role: p.role, f: p.f})
	return p, nil
}

// commit finishes the TMX and the report and puts every output in place.
func (g *generation) commit() error {
	if err := g.cfg.faults.step("finish"); err != nil {
		return err
	}
	if g.tw != nil {
		if err := g.tw.Close(); err != nil {
			return g.outErr(roleTMX, err)
		}
		if n := g.tw.Dropped(); n > 0 && g.cfg.Warn != nil {
			g.cfg.Warn(fmt.Sprintf("%s: dropped %d characters that XML 1.0 does not allow", g.cfg.TMXPath, n))
		}
	}
	sum := g.summary()
	sum.Complete = true
	if err := g.rw.finish(g.problems, g.outputsList(), sum); err != nil {
		return g.outErr(roleReport, err)
	}
	err := g.commitFiles(func(role string) (pending, error) {
		switch role {
		case roleTMX:
			return g.tmx.done(), nil
		case roleIndex:
			return g.index.done(), nil
		case roleReport:
			return g.report.done(), nil
		}
		return g.glossaryFile(role)
	})
	if err != nil {
		return err
	}
	g.sum = sum
	return nil
}

// commitFiles commits the files file gives for each role, in the order of
// the protocol.
func (g *generation) commitFiles(file func(role string) (pending, error)) error {
	var pend []pending
	for _, f := range g.out.files {
		p, err := file(f.role)
		if err != nil {
			return err
		}
		pend = append(pend, p)
	}
	if err := g.out.commit(g.number, pend); err != nil {
		return err
	}
	g.number++
	return nil
}

// glossaryFile writes the glossary (roleGlossary) or its raw counts
// (roleState) to a temporary file.
func (g *generation) glossaryFile(role string) (pending, error) {
	t, err := g.newTemp(role)
	if err != nil {
		return pending{}, err
	}
	if role == roleState {
		err = g.gloss.WriteState(t)
	} else {
		var f glossary.Format
		if f, err = g.cfg.glossaryFormat(); err == nil {
			err = glossary.WriteWith(t, g.gloss.Entries(), f, g.cfg.GlossaryOptions)
		}
	}
	if err != nil {
		return pending{}, g.outErr(role, err)
	}
	return t.done(), nil
}
