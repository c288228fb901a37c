package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"runtime/metrics"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/bitext-ko/bitext/cmd/internal/atomicfile"
	"github.com/bitext-ko/bitext/tm/corpus"
	"github.com/schollz/progressbar/v3"
	"github.com/urfave/cli/v2"
	"golang.org/x/term"
)

func corpusCommand() *cli.Command {
	return &cli.Command{
		Name:      "corpus",
		Usage:     "align many article pairs into one TMX, one glossary and a report",
		ArgsUsage: "DIR|MANIFEST",
		Description: `Finds the pairs in DIR by file name (X.en.txt with X.ko.txt, .html too,
recursively; the pair id is the path of X below DIR) or reads them from a
MANIFEST, one pair a line: id<TAB>en_path<TAB>ko_path (relative paths are
taken from the manifest's directory; # starts a comment).

Pairs are aligned by --jobs workers and written in input order, so the
outputs are the same whatever --jobs is (byte for byte with --date). Files
without a partner and manifest problems are listed in the report; a pair
that fails is reported and the run goes on, ending with exit status 1.

The report (--report, default OUT.report.json beside the TMX) lists every
pair with its counts. Running again over outputs that exist resumes: pairs
the report lists as done are copied, not aligned again (--force starts
over). Ctrl-C or SIGTERM stops cleanly: the outputs hold the pairs done.

--shard I/N (0-based) takes the I-th of N shares of the pairs by a hash of
their ids; merge shard outputs with bitext tmx merge and bitext names merge.`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "tmx", Usage: "write the translation memory to `FILE` (TMX 1.4b)"},
			&cli.StringFlag{Name: "glossary", Usage: "write the name glossary to `FILE` (format from the extension, or --glossary-format)"},
			&cli.StringFlag{Name: "glossary-format", Usage: "glossary format: tsv, txt, csv, tbx or json (see bitext names)"},
			headerFlag(),
			tbxVersionFlag(),
			&cli.StringFlag{Name: "report", Usage: "write the JSON report to `FILE` (default: beside the TMX or glossary, .report.json)"},
			&cli.IntFlag{Name: "jobs", Aliases: []string{"j"}, Usage: "align `N` pairs at once (default: all cores)"},
			&cli.StringFlag{Name: "shard", Usage: "process only share `I/N` of the pairs (0 <= I < N)"},
			&cli.BoolFlag{Name: "force", Usage: "start over even if a report of an earlier run exists"},
			&cli.StringFlag{Name: "date", Usage: "TMX creation date (YYYYMMDDThhmmssZ or RFC 3339; default now), for reproducible files"},
			&cli.StringFlag{Name: "level", Value: "paragraph", Usage: "paragraph or sentence"},
			&cli.Float64Flag{Name: "min-score", Value: 0.5, Usage: "flag beads with confidence under `SCORE` for review"},
			&cli.BoolFlag{Name: "include-flagged", Usage: "export beads under --min-score to TMX too, marked x-flagged"},
			&cli.BoolFlag{Name: "keep-furniture", Usage: "align page furniture like body text"},
			&cli.StringFlag{Name: "dict", Usage: "extra bilingual dictionary `FILE` in hunalign format (korean @ english)"},
			&cli.StringFlag{Name: "srclang", Value: "ko", Usage: "TMX source language: ko or en"},
			&cli.StringFlag{Name: "langs", Value: "ko-KR,en-US", Usage: "TMX language tags, Korean first"},
			safeCellsFlag(),
			&cli.DurationFlag{Name: "progress", Value: 10 * time.Second, Usage: "when standard error is not a terminal, print a progress line every `INTERVAL` (0: never)"},
		},
		Action: runCorpus,
	}
}

func runCorpus(c *cli.Context) error {
	args, err := positional(c)
	if err != nil {
		return err
	}
	if len(args) != 1 {
		return usagef("corpus needs one DIR or MANIFEST (got %d arguments)", len(args))
	}
	cfg := corpus.Config{Input: args[0], Version: version, Dict: c.String("dict")}
	if cfg.Jobs, err = intFlag(c, "jobs", jobsRange); err != nil {
		return err
	}
	if _, err := intFlag(c, "tbx-version", tbxVersionRange); err != nil {
		return err
	}
	if _, err := durationFlag(c, "progress", 0, maxProgress); err != nil {
		return err
	}
	if s := c.String("shard"); s != "" {
		if cfg.Shard, err = corpus.ParseShard(s); err != nil {
			return usageError{err}
		}
	}
	if cfg.Align, err = alignOptions(c); err != nil {
		return err
	}
	tmxOpt, err := tmxOptions(c)
	if err != nil {
		return err
	}
	cfg.Langs, cfg.Date, cfg.IncludeFlagged = tmxOpt.Langs, tmxOpt.Date, tmxOpt.IncludeFlagged
	cfg.TMXPath, cfg.GlossaryPath = c.String("tmx"), c.String("glossary")
	reportPath := c.String("report")
	if cfg.TMXPath == "" && cfg.GlossaryPath == "" {
		return usagef("corpus needs --tmx OUT.tmx or --glossary OUT.tsv (or both)")
	}
	if reportPath == "" {
		base := cfg.TMXPath
		if base == "" {
			base = cfg.GlossaryPath
		}
		if i := strings.LastIndexByte(base, '.'); i > strings.LastIndexAny(base, `/\`) {
			base = base[:i]
		}
		reportPath = base + ".report.json"
	}
	for _, p := range []string{cfg.TMXPath, cfg.GlossaryPath, reportPath} {
		if p == "-" {
			return usagef("corpus writes files, not standard output: name a file instead of -")
		}
	}
	var gloss *corpusGlossary
	if cfg.GlossaryPath != "" {
		if gloss, err = newCorpusGlossary(cfg.GlossaryPath, c.String("glossary-format"), cfg.IncludeFlagged); err != nil {
			return usageError{err}
		}
		cfg.Glossary = gloss.builder
		if gloss.opt, err = glossaryWriteOptions(c, gloss.format, tmxOpt.Langs.SourceEN); err != nil {
			return err
		}
	}
	if _, err := os.Stat(cfg.Input); err != nil {
		return fmt.Errorf("reading %s: %w", cfg.Input, err)
	}

	// Resume from the report of an earlier run.
	if !c.Bool("force") {
		if f, err := os.Open(reportPath); err == nil {
			defer f.Close()
			cfg.Previous = &corpus.Previous{Report: f}
			if cfg.TMXPath != "" {
				if t, err := os.Open(cfg.TMXPath); err == nil {
					defer t.Close()
					cfg.Previous.TMX = t
				}
			}
			if gloss != nil {
				if cfg.Previous.Glossary, err = gloss.loadPrevious(); err != nil {
					return err
				}
			}
		} else if !errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("reading %s: %w", reportPath, err)
		}
	}

	// The outputs appear only when complete.
	var tmxFile, reportFile *atomicfile.File
	if cfg.TMXPath != "" {
		if tmxFile, err = atomicfile.Create(cfg.TMXPath); err != nil {
			return err
		}
		defer tmxFile.Abort()
		cfg.TMX = tmxFile
	}
	if reportFile, err = atomicfile.Create(reportPath); err != nil {
		return err
	}
	defer reportFile.Abort()
	cfg.Report = reportFile
	cfg.Commit = func(sum *corpus.Summary) error {
		// The TMX first: a TMX that holds more than its report says is
		// mended on resuming, a glossary is not.
		if tmxFile != nil {
			if err := tmxFile.Commit(); err != nil {
				return err
			}
		}
		if gloss != nil {
			if sum.Resumed == 0 {
				gloss.prev = nil // the earlier run left nothing to keep
			}
			g, err := atomicfile.Create(cfg.GlossaryPath)
			if err != nil {
				return err
			}
			defer g.Abort()
			if err := gloss.write(g); err != nil {
				return fmt.Errorf("writing %s: %w", cfg.GlossaryPath, err)
			}
			return g.Commit()
		}
		return nil
	}

	errw := c.App.ErrWriter
	prog := newCorpusProgress(c, cfg)
	cfg.Progress = prog.update
	warnings := 0
	cfg.Warn = func(msg string) {
		if warnings++; warnings <= maxWarnings {
			prog.clear()
			fmt.Fprintf(errw, "bitext: %s\n", msg)
		}
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() { <-ctx.Done(); stop() }() // a second signal ends the process at once
	defer gcHeadroom(16 << 20)()
	start := time.Now()
	sum, runErr := corpus.Run(ctx, cfg)
	prog.finish()
	if sum == nil { // nothing was started
		return runErr
	}
	repErr := reportFile.Commit()
	if warnings > maxWarnings {
		fmt.Fprintf(errw, "bitext: %d more failed pairs and input problems are listed in the report\n", warnings-maxWarnings)
	}
	printCorpusSummary(errw, sum, time.Since(start))
	switch {
	case repErr != nil && runErr != nil:
		return fmt.Errorf("%w; the report could not be written either: %w", runErr, repErr)
	case runErr != nil:
		return fmt.Errorf("%w (the report %s says what was done)", runErr, reportPath)
	case repErr != nil:
		return repErr
	}
	fmt.Fprintf(errw, "bitext: report: %s\n", reportPath)
	switch {
	case sum.Interrupted:
		return errors.New("interrupted: the outputs hold the pairs done so far; run the same command again to go on")
	case sum.Failure():
		return fmt.Errorf("%d pairs failed, %d input problems (see %s)", sum.Failed, sum.Problems, reportPath)
	}
	return nil
}

func printCorpusSummary(w io.Writer, s *corpus.Summary, elapsed time.Duration) {
	fmt.Fprintf(w, "bitext: %d pairs in %s: %d aligned, %d resumed, %d failed; %d units exported, %d beads flagged for review, %d omissions, %d furniture beads dropped",
		s.Pairs, elapsed.Round(time.Millisecond), s.Aligned, s.Resumed, s.Failed, s.Units, s.Flagged, s.Omitted, s.Furniture)
	if s.Unpaired > 0 || s.Problems > 0 {
		fmt.Fprintf(w, "; %d unpaired files, %d input problems", s.Unpaired, s.Problems)
	}
	fmt.Fprintln(w)
	if len(s.Lowest) > 0 {
		n := min(len(s.Lowest), 5)
		parts := make([]string, n)
		for i, d := range s.Lowest[:n] {
			parts[i] = fmt.Sprintf("%s %.3f", d.ID, d.MeanScore)
		}
		fmt.Fprintf(w, "bitext: lowest confidence: %s\n", strings.Join(parts, ", "))
	}
}

// corpusProgress shows progress on standard error: a bar on a terminal,
// a line every interval otherwise.
type corpusProgress struct {
	w        io.Writer
	bar      *progressbar.ProgressBar
	total    int
	interval time.Duration
	start    time.Time
	last     time.Time
	cur      corpus.Progress
}

func newCorpusProgress(c *cli.Context, cfg corpus.Config) *corpusProgress {
	p := &corpusProgress{w: c.App.ErrWriter, interval: c.Duration("progress"), start: time.Now()}
	p.last = p.start
	tty := false
	if f, ok := p.w.(*os.File); ok {
		tty = term.IsTerminal(int(f.Fd()))
	}
	if !tty && p.interval <= 0 {
		return p
	}
	// A quick first pass for the total; the run reads the input again.
	if n, err := corpus.Count(cfg.Input, cfg.Shard); err == nil {
		p.total = n
	}
	if tty {
		p.bar = progressbar.NewOptions(p.total,
			progressbar.OptionSetWriter(p.w),
			progressbar.OptionSetDescription("aligning"),
			progressbar.OptionShowCount(),
			progressbar.OptionShowIts(),
			progressbar.OptionSetItsString("pairs"),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionFullWidth(),
			progressbar.OptionClearOnFinish(),
		)
	}
	return p
}

func (p *corpusProgress) update(pr corpus.Progress) {
	p.cur = pr
	done := pr.Done + pr.Resumed
	if p.bar != nil {
		p.bar.Set(done)
		return
	}
	if p.interval <= 0 {
		return
	}
	now := time.Now()
	if now.Sub(p.last) < p.interval {
		return
	}
	p.last = now
	elapsed := now.Sub(p.start).Seconds()
	rate := float64(pr.Done) / elapsed
	line := fmt.Sprintf("bitext: %d/%d pairs, %d failed, %.1f pairs/s", done, p.total, pr.Failed, rate)
	if left := p.total - done; rate > 0 && left > 0 {
		line += fmt.Sprintf(", about %s left", time.Duration(float64(left)/rate*float64(time.Second)).Round(time.Second))
	}
	fmt.Fprintln(p.w, line)
}

// clear makes room for a message under the bar.
func (p *corpusProgress) clear() {
	if p.bar != nil {
		p.bar.Clear()
	}
}

func (p *corpusProgress) finish() {
	if p.bar != nil {
		p.bar.Finish()
	}
}

// gcHeadroom lets the heap grow by headroom bytes between collections
// until the returned function is called. The aligner keeps a few MB live
// and allocates fast, so Go's default (collect when the heap has doubled,
// from 4 MB) collects hundreds of times a second and takes about a tenth
// of the CPU, enough to keep two workers from being twice as fast as one.
// Every 100 ms GOGC is set to headroom over the live heap, never under
// the default 100: a heap that does grow (a large glossary) is collected
// as usual. A GOGC or GOMEMLIMIT set by the user is left alone.
func gcHeadroom(headroom uint64) (stop func()) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	set := func() {
		metrics.Read(sample)
		pct := 100
		if live := sample[0].Value.Uint64(); live > 0 {
			pct = int(min(max(100, headroom*100/live), 1000))
		}
		debug.SetGCPercent(pct)
	}
	set()
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		tick := time.NewTicker(100 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-tick.C:
				set()
			case <-done:
				return
			}
		}
	}()
	return func() {
		close(done)
		wg.Wait()
		debug.SetGCPercent(100)
	}
}
