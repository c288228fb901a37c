package corpus

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/bitext-ko/bitext/align"
	"github.com/bitext-ko/bitext/align/read"
	"github.com/bitext-ko/bitext/tm/export"
	"github.com/bitext-ko/bitext/tm/tmx"
)

// Glossary collects the names of aligned pairs. Run calls Add from one
// goroutine, in input order (*glossary.Builder is one).
type Glossary interface {
	Add(docID string, a *align.Alignment)
}

// Previous is the output of an earlier run to resume from.
type Previous struct {
	// Report is the earlier report; it is read twice.
	Report io.ReadSeeker
	// TMX is the earlier TMX file (nil if the run wrote none).
	TMX io.Reader
	// Glossary says whether the earlier glossary file exists. The caller
	// merges it with the new names (glossary.Merge): names are counted
	// per entry, not per document, so they cannot be copied pair by pair.
	Glossary bool
}

// Progress is handed to Config.Progress after each pair.
type Progress struct {
	Done    int // pairs aligned or failed by this run
	Failed  int
	Resumed int // pairs skipped because an earlier run did them
	Units   int
}

// Config describes a run.
type Config struct {
	// Input is a directory or a manifest (see Scan).
	Input string
	Shard Shard
	// Jobs is the number of pairs aligned at once; 0 means all cores.
	Jobs  int
	Align align.Options
	// Langs, Date and IncludeFlagged are as in export.Options; Date is
	// the creation date of the TMX and of every unit.
	Langs          export.Langs
	Date           time.Time
	IncludeFlagged bool
	Version        string // bitext's version, for the TMX header
	Dict           string // name of the extra dictionary, for the report

	// TMX receives the translation memory (nil: none); TMXPath names it in
	// the report.
	TMX     io.Writer
	TMXPath string
	// Glossary, if not nil, is given each aligned pair; GlossaryPath
	// names its file in the report.
	Glossary     Glossary
	GlossaryPath string
	// Report receives the report. Required.
	Report io.Writer
	// Previous, if not nil, is resumed: its pairs are copied to the new
	// report and TMX and not aligned again.
	Previous *Previous
	// Commit is called once the TMX is complete and before the end of
	// the report is written, with the summary so far; it writes the
	// glossary (merging the previous one only if Summary.Resumed > 0) and
	// puts the output files in place. Its error is recorded in the report.
	Commit func(*Summary) error

	// Progress, if not nil, is called after each pair, in input order.
	Progress func(Progress)
	// Warn, if not nil, is called with each failed pair and input problem.
	Warn func(string)
	// Lowest is the number of lowest-confidence documents the summary
	// lists; 0 means 10.
	Lowest int
}

// Settings returns the settings of the run as the report records them.
func (c *Config) Settings() Settings {
	level := "paragraph"
	if c.Align.Level == align.SentenceLevel {
		level = "sentence"
	}
	return Settings{
		Level: level, MinScore: c.Align.MinScore, KeepFurniture: c.Align.KeepFurniture,
		IncludeFlagged: c.IncludeFlagged, Langs: c.Langs.KO + "," + c.Langs.EN, SrcLang: c.Langs.Source(),
		Dict: c.Dict, Shard: c.Shard.String(), Glossary: c.Glossary != nil,
	}
}

// ErrOutput wraps the errors of writing an output: the run stopped, and
// the report says what was done.
var ErrOutput = errors.New("output not written")

// result is a pair or a problem on its way to the emitter.
type result struct {
	seq      int
	item     Item
	pr       PairResult
	a        *align.Alignment
	units    []tmx.Unit
	resumed  bool // done by an earlier run
	canceled bool // not done: the run was stopped
}

// Run aligns the pairs of cfg.Input and writes the TMX, the glossary and
// the report. Pairs are aligned by cfg.Jobs workers and their results
// written in input order, so the outputs do not depend on the number of
// workers; at most a few results per worker wait to be written, so memory
// does not grow with the number of pairs.
//
// A pair that fails is reported and the run goes on. ctx stops the run
// early: pairs started are finished, and the outputs hold the pairs done,
// in input order, as a complete file (Summary.Interrupted). An error
// writing an output stops the run; Commit is not called and Run returns an
// error wrapping ErrOutput after writing the report (which says what was
// done). Run returns other errors only when the input or Previous cannot
// be read at all.
func Run(ctx context.Context, cfg Config) (*Summary, error) {
	if cfg.Report == nil {
		return nil, errors.New("corpus.Run: no report writer")
	}
	jobs := cfg.Jobs
	if jobs <= 0 {
		jobs = runtime.GOMAXPROCS(0)
	}
	if _, err := os.Stat(cfg.Input); err != nil {
		return nil, fmt.Errorf("reading %s: %w", cfg.Input, err)
	}
	settings := cfg.Settings()
	sum := &Summary{}
	nLowest := cfg.Lowest
	if nLowest <= 0 {
		nLowest = 10
	}
	lowest := &lowestSet{n: nLowest}

	done := newIDSet() // ids done by an earlier run
	var prevUnits int
	if cfg.Previous != nil {
		var err error
		if done, prevUnits, err = resumable(cfg.Previous.Report, settings); err != nil {
			return nil, err
		}
		if settings.Glossary && done.len() > 0 && !cfg.Previous.Glossary {
			return nil, fmt.Errorf("%w: the previous report lists %d pairs done but the previous glossary is missing: run with --force to start over", ErrSettings, done.len())
		}
	}

	rw, err := newReportWriter(cfg.Report, Report{Tool: "bitext", Version: cfg.Version, Input: cfg.Input, Settings: settings})
	if err != nil {
		return nil, fmt.Errorf("%w: report: %w", ErrOutput, err)
	}
	var tw *tmx.Writer
	outErr := func(what string, err error) error {
		return fmt.Errorf("%w: %s: %w", ErrOutput, what, err)
	}
	var failure error // the output error that stopped the run
	if cfg.TMX != nil {
		if tw, err = tmx.NewWriter(cfg.TMX, export.Header(cfg.Langs, cfg.Align.Level, cfg.Version, cfg.Date)); err != nil {
			return nil, err
		}
	}
	if cfg.Previous != nil && done.len() > 0 {
		// The earlier pairs go first, as the earlier run wrote them.
		if _, err := cfg.Previous.Report.Seek(0, io.SeekStart); err != nil {
			return nil, fmt.Errorf("reading the previous report: %w", err)
		}
		_, err := scanReport(cfg.Previous.Report, func(p *PairResult) error {
			if p.Status != OK || !done.has(p.ID) {
				return nil
			}
			p.Resumed = true
			sum.add(p, lowest)
			if err := rw.pair(p); err != nil {
				return outErr("report", err)
			}
			return nil
		})
		if errors.Is(err, ErrOutput) {
			failure = err
		} else if err != nil {
			return nil, fmt.Errorf("reading the previous report: %w", err)
		}
		if failure == nil && tw != nil {
			if err := copyUnits(tw, cfg.Previous.TMX, done, prevUnits); err != nil {
				if errors.Is(err, ErrOutput) {
					failure = err
				} else {
					return nil, err
				}
			}
		}
	}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var problems []Problem
	emit := func(r *result) error {
		if r.item.Problem != nil {
			p := *r.item.Problem
			problems = append(problems, p)
			if p.Kind == Unpaired {
				sum.Unpaired++
			} else {
				sum.Problems++
			}
			if cfg.Warn != nil {
				cfg.Warn(p.String())
			}
			return nil
		}
		if r.resumed {
			return nil
		}
		sum.add(&r.pr, lowest)
		if r.pr.Status != OK && cfg.Warn != nil {
			cfg.Warn(r.pr.ID + ": " + r.pr.Error)
		}
		if tw != nil {
			for _, u := range r.units {
				if err := tw.Write(u); err != nil {
					return outErr(cfg.TMXPath, err)
				}
			}
			// Each pair goes to the file before the report says it is
			// done: if the disk fills up, the report knows where.
			if err := tw.Flush(); err != nil {
				return outErr(cfg.TMXPath, err)
			}
		}
		if cfg.Glossary != nil && r.a != nil {
			cfg.Glossary.Add(r.pr.ID, r.a)
		}
		if err := rw.pair(&r.pr); err != nil {
			return outErr("report", err)
		}
		return nil
	}

	if failure == nil {
		var scanErr error
		failure, scanErr = process(ctx, cfg, jobs, done, func(r *result) error {
			if r.canceled {
				sum.Interrupted = true
				return errStop
			}
			err := emit(r)
			if err == nil && cfg.Progress != nil && r.item.Pair != nil {
				cfg.Progress(Progress{Done: sum.Aligned + sum.Failed, Failed: sum.Failed, Resumed: sum.Resumed, Units: sum.Units})
			}
			return err
		})
		if errors.Is(failure, errStop) {
			failure = nil
		}
		if scanErr != nil && failure == nil {
			// The input broke off (a manifest line too long, a read
			// error): what came before it is done and written.
			emit(&result{item: Item{Problem: &Problem{Kind: Unreadable, Path: cfg.Input, Message: scanErr.Error()}}})
		}
	}

	if failure == nil && tw != nil {
		if err := tw.Close(); err != nil {
			failure = outErr(cfg.TMXPath, err)
		} else if n := tw.Dropped(); n > 0 && cfg.Warn != nil {
			cfg.Warn(fmt.Sprintf("%s: dropped %d characters that XML 1.0 does not allow", cfg.TMXPath, n))
		}
	}
	if failure == nil {
		if err := rw.w.Flush(); err != nil { // the report must be able to say what was done
			failure = outErr("report", err)
		}
	}
	if failure == nil && cfg.Commit != nil {
		if err := cfg.Commit(sum); err != nil {
			failure = fmt.Errorf("%w: %w", ErrOutput, err)
		}
	}
	var outputs []Output
	for _, o := range []struct{ kind, path string }{{"tmx", cfg.TMXPath}, {"glossary", cfg.GlossaryPath}} {
		if o.path == "" {
			continue
		}
		out := Output{Kind: o.kind, Path: o.path, Written: failure == nil}
		if failure != nil {
			out.Error = strings.TrimPrefix(failure.Error(), ErrOutput.Error()+": ")
		}
		outputs = append(outputs, out)
	}
	sum.Complete = failure == nil
	sum.Lowest = lowest.docs
	if err := rw.finish(problems, outputs, sum); err != nil && failure == nil {
		failure = outErr("report", err)
	}
	return sum, failure
}

// errStop ends the emitter loop early without an error.
var errStop = errors.New("stop")

// process scans the input, aligns its pairs with jobs workers and hands
// the results to emit in input order. It stops at the first error emit
// returns, once the workers have finished the pairs they hold, and
// returns it; scanErr is the error that stopped the scan of the input.
func process(ctx context.Context, cfg Config, jobs int, done *idSet, emit func(*result) error) (err, scanErr error) {
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
		scanErr = Scan(cfg.Input, cfg.Shard, func(it Item) error {
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
			for r := range work {
				if ctx.Err() != nil {
					r.canceled = true
				} else {
					alignPair(r, cfg)
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

// alignPair reads, aligns and exports one pair, filling r.
func alignPair(r *result, cfg Config) {
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
	ta, err := read.File(p.EN, nil, read.Options{})
	if err != nil {
		fail(err)
		return
	}
	tb, err := read.File(p.KO, nil, read.Options{})
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
	a := align.Align(en.Paragraphs, ko.Paragraphs, cfg.Align)
	units, c := export.Units(a, export.Options{DocID: p.ID, Langs: cfg.Langs, Date: cfg.Date, IncludeFlagged: cfg.IncludeFlagged})
	r.pr.Status, r.pr.Swapped = OK, swapped
	if swapped { // keep the report's columns in language order
		r.pr.EN, r.pr.KO = p.KO, p.EN
	}
	r.pr.Beads, r.pr.Units, r.pr.Flagged, r.pr.Omitted, r.pr.Furniture = len(a.Beads), c.Units, c.Flagged, c.Omitted, c.Furniture
	var total float64
	n := 0
	for _, b := range a.Beads {
		if b.Kind != align.Furniture {
			total += b.Score
			n++
		}
	}
	if n > 0 {
		r.pr.MeanScore = float64(int(total/float64(n)*10000+0.5)) / 10000
	}
	r.units = units
	if cfg.Glossary != nil {
		r.a = a
	}
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

// resumable reads a previous report and returns the ids of the pairs it
// did, and how many TMX units they have. A report whose outputs were not
// written (the disk filled up, say) vouches only for the pairs it had
// itself resumed: those are in the TMX an earlier run left in place.
func resumable(r io.ReadSeeker, want Settings) (*idSet, int, error) {
	if _, err := r.Seek(0, io.SeekStart); err != nil {
		return nil, 0, fmt.Errorf("reading the previous report: %w", err)
	}
	head, err := scanReport(r, nil)
	if err != nil {
		return nil, 0, fmt.Errorf("reading the previous report: %w", err)
	}
	if head.Settings != want {
		return nil, 0, fmt.Errorf("%w: the previous run used other settings (%s, now %s): run with the same options, or with --force to start over",
			ErrSettings, mustJSON(head.Settings), mustJSON(want))
	}
	if _, err := r.Seek(0, io.SeekStart); err != nil {
		return nil, 0, fmt.Errorf("reading the previous report: %w", err)
	}
	done := newIDSet()
	units := 0
	_, err = scanReport(r, func(p *PairResult) error {
		if p.Status == OK && (head.Summary.Complete || p.Resumed) && done.add(p.ID) {
			units += p.Units
		}
		return nil
	})
	if err != nil {
		return nil, 0, fmt.Errorf("reading the previous report: %w", err)
	}
	return done, units, nil
}

// ErrSettings is returned when a run would resume one made with other
// settings.
var ErrSettings = errors.New("cannot resume")

// copyUnits copies to tw the units of the documents in done from the
// previous TMX, and checks that they are as many as the report says.
func copyUnits(tw *tmx.Writer, prev io.Reader, done *idSet, want int) error {
	if prev == nil {
		if want == 0 {
			return nil
		}
		return fmt.Errorf("%w: the previous report lists %d TMX units but the previous TMX is missing: run with --force to start over", ErrSettings, want)
	}
	tr := tmx.NewReader(prev)
	n := 0
	for {
		u, err := tr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fmt.Errorf("reading the previous TMX: %w", err)
		}
		if doc, _ := u.Prop(tmx.PropDocument); !done.has(doc) {
			continue // a pair done again by this run
		}
		if err := tw.Write(u); err != nil {
			return fmt.Errorf("%w: %w", ErrOutput, err)
		}
		n++
	}
	if n != want {
		return fmt.Errorf("%w: the previous TMX has %d units of the pairs the report lists as done, the report says %d: the files do not belong together; run with --force to start over", ErrSettings, n, want)
	}
	return nil
}
