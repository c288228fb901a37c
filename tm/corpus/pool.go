package corpus

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"sync"

	"github.com/bitext-ko/bitext/align"
	"github.com/bitext-ko/bitext/align/read"
	"github.com/bitext-ko/bitext/tm/export"
	"github.com/bitext-ko/bitext/tm/glossary"
	"github.com/bitext-ko/bitext/tm/pair"
	"github.com/bitext-ko/bitext/tm/tmx"
)

// result is a pair or a problem on its way to the emitter.
type result struct {
	seq      int
	item     Item
	pr       PairResult
	names    *glossary.DocNames // the pair's names, with a glossary
	units    []tmx.Unit
	resumed  bool // done by an earlier run
	canceled bool // not done: the run was stopped
	// alignment is the pair's alignment file (Config.AlignmentsDir),
	// indexEntry its line of the index once written.
	alignment  []byte
	indexEntry IndexEntry
}

// errStop ends the emitter loop early without an error.
var errStop = errors.New("stop")

// process scans the input, aligns its pairs with jobs workers and hands
// the results to emit in input order. It stops at the first error emit
// returns, once the workers have finished the pairs they hold, and
// returns it; scanErr is the error that stopped the scan of the input.
func process(ctx context.Context, cfg *Config, jobs int, done *idSet, emit func(*result) error) (err, scanErr error) {
	var stopped bool // the scan was stopped before the end of the input
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	window := 4 * jobs // results in flight: being aligned or waiting for their turn
	slots := make(chan struct{}, window)
	work := make(chan *result)
	results := make(chan *result, window)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { // producer
		defer wg.Done()
		defer close(work)
		seq := 0
		scanErr = ScanLimit(cfg.Input, cfg.Shard, cfg.Limits.MaxSize, func(it Item) error {
			select {
			case slots <- struct{}{}:
			case <-ctx.Done():
				return ctx.Err()
			}
			r := &result{seq: seq, item: it}
			seq++
			if it.Pair != nil && !done.has(it.Pair.ID) {
				select {
				case work <- r:
				case <-ctx.Done():
					r.canceled = true
					results <- r
					return ctx.Err()
				}
				return nil
			}
			r.resumed = it.Pair != nil
			results <- r
			return nil
		})
		if errors.Is(scanErr, context.Canceled) {
			scanErr, stopped = nil, true
		}
	}()
	for range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// The worker's scratch, reused pair after pair.
			w := pair.NewWorker()
			for r := range work {
				if ctx.Err() != nil {
					r.canceled = true
				} else {
					alignPair(r, cfg, w)
				}
				results <- r
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	pending := make(map[int]*result, window)
	next := 0
	for r := range results {
		if err != nil {
			continue // draining
		}
		pending[r.seq] = r
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-slots
			if err = emit(r); err != nil {
				cancel()
				break
			}
		}
	}
	if err != nil {
		return err, nil
	}
	if stopped {
		return emit(&result{canceled: true}), scanErr
	}
	return nil, scanErr
}

// alignPair reads, aligns and exports one pair, filling r, with the
// calling worker's w.
func alignPair(r *result, cfg *Config, w *pair.Worker) {
	p := r.item.Pair
	r.pr = PairResult{ID: p.ID, EN: p.EN, KO: p.KO, Status: Failed}
	fail := func(err error) {
		msg := err.Error()
		var pe *fs.PathError
		if errors.As(err, &pe) && errors.Is(err, fs.ErrNotExist) {
			msg = "no such file: " + pe.Path
		}
		if p.Line > 0 {
			msg = fmt.Sprintf("manifest line %d: %s", p.Line, msg)
		}
		r.pr.Error = msg
	}
	for _, path := range []string{p.EN, p.KO} {
		if err := checkRegular(path); err != nil {
			fail(err)
			return
		}
	}
	// The hashes of the inputs go only into alignment files.
	ropt := read.Options{Paragraphs: cfg.Paragraphs, Limits: cfg.Limits, NoSum: cfg.AlignmentsDir == ""}
	ta, err := read.File(p.EN, nil, ropt)
	if err != nil {
		fail(err)
		return
	}
	tb, err := read.File(p.KO, nil, ropt)
	if err != nil {
		fail(err)
		return
	}
	en, ko, swapped, err := read.Order(ta, tb)
	if err != nil {
		fail(err)
		return
	}
	if err := align.CheckSizes(len(en.Paragraphs), len(ko.Paragraphs)); err != nil {
		fail(fmt.Errorf("%s and %s: %w", en.Name, ko.Name, err))
		return
	}
	var gopt *glossary.Options
	if cfg.GlossaryPath != "" {
		o := cfg.glossaryOptions()
		gopt = &o
	}
	a, names := w.Align(en.Paragraphs, ko.Paragraphs, cfg.Align, gopt)
	if cfg.AlignmentsDir != "" {
		if r.alignment, err = cfg.alignmentFile(p.ID, en, ko, a); err != nil {
			fail(err)
			return
		}
	}
	units, c := export.Units(a, export.Options{DocID: p.ID, Langs: cfg.Langs, Date: cfg.Date, IncludeFlagged: cfg.IncludeFlagged})
	r.pr.Status, r.pr.Swapped = OK, swapped
	if swapped { // keep the report's columns in language order
		r.pr.EN, r.pr.KO = p.KO, p.EN
	}
	r.pr.Beads, r.pr.Units, r.pr.Flagged, r.pr.Omitted, r.pr.Furniture = len(a.Beads), c.Units, c.Flagged, c.Omitted, c.Furniture
	r.pr.MeanScore = meanScore(a.Beads)
	r.units = units
	r.names = names
}

// meanScore is the mean confidence of the beads that are not furniture,
// rounded to four decimals (0 without such beads), as the report gives it.
// The aligner's scores are in [0, 1]; one that were not (NaN, which the
// conversion to int below would turn into -2^63, the mean_score of
// -922337203685477.6 a NaN score once gave) counts as 0, no confidence,
// so that one bead cannot make the report's mean unreadable.
func meanScore(beads []align.Bead) float64 {
	var total float64
	n := 0
	for _, b := range beads {
		if b.Kind != align.Furniture {
			if b.Score >= 0 && b.Score <= 1 {
				total += b.Score
			}
			n++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(int(total/float64(n)*10000+0.5)) / 10000
}

// checkRegular returns an error if path is not a regular file (or a link
// to one): a named pipe or a device is never opened, since reading it
// could block the run or never end.
func checkRegular(path string) error {
	fi, err := os.Stat(path)
	switch {
	case err != nil:
		return err
	case fi.IsDir():
		return fmt.Errorf("reading %s: is a directory", path)
	case !fi.Mode().IsRegular():
		return fmt.Errorf("reading %s: a %s, not a regular file: never opened", path, describeMode(fi.Mode()))
	}
	return nil
}
