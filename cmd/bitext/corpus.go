package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/bitext-ko/bitext/tm/atomicfile"
	"github.com/bitext-ko/bitext/tm/corpus"
	"github.com/bitext-ko/bitext/tm/glossary"
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
The outputs are put in place together, as one generation: a crash, a full
disk or a kill never leaves a half-written file or a mix of two runs, and a
second run writing the same outputs is refused while the first one runs.
--checkpoint puts the outputs in place every INTERVAL while the run goes
on, so that a run killed outright loses at most that much work.

--shard I/N (0-based) takes the I-th of N shares of the pairs by a hash of
their ids; merge shard outputs with bitext tmx merge and bitext names merge.

--alignments DIR also writes each pair's alignment file, DIR/ID.alignment.json,
and DIR/index.jsonl, the pairs in the order of the TMX; bitext export DIR
rebuilds the memory and the glossary from them, corrections included. A file
a person has reviewed is never overwritten: its pair fails instead.`,
		Flags: []cli.Flag{
			tmxFlag(),
			glossaryFlag(),
			glossaryFormatFlag(),
			headerFlag(),
			tbxVersionFlag(),
			&cli.StringFlag{Name: "report", Usage: "write the JSON report to `FILE` (default: beside the TMX or glossary, .report.json)"},
			&cli.StringFlag{Name: "alignments", Usage: "also write each pair's alignment file under `DIR` (for bitext export and review)"},
			&cli.IntFlag{Name: "jobs", Aliases: []string{"j"}, Usage: "align `N` pairs at once (default: all cores)"},
			&cli.StringFlag{Name: "shard", Usage: "process only share `I/N` of the pairs (0 <= I < N)"},
			&cli.BoolFlag{Name: "force", Usage: "start over even if a report of an earlier run exists"},
			&cli.DurationFlag{Name: "checkpoint", Value: 5 * time.Minute, Usage: "put the outputs in place every `INTERVAL` while the run goes on (0: only at the end)"},
			dateFlag(),
			levelFlag(),
			minScoreFlag(),
			includeFlaggedFlag(),
			keepFurnitureFlag(),
			dictFlag(),
			srclangFlag(),
			langsFlag(),
			&cli.DurationFlag{Name: "progress", Value: 10 * time.Second, Usage: "when standard error is not a terminal, print a progress line every `INTERVAL` (0: never)"},
			safeCellsFlag(),
			paragraphsFlag(),
		},
		Action: runCorpus,
	}
}

func runCorpus(c *cli.Context) error {
	cfg, err := corpusConfig(c)
	if err != nil {
		return err
	}
	errw := c.App.ErrWriter
	prog := newCorpusProgress(c)
	cfg.Progress = prog.update
	warnings := 0
	cfg.Warn = func(msg string) {
		if warnings++; warnings <= maxWarnings {
			prog.clear()
			fmt.Fprintf(errw, "bitext: %s\n", msg)
		}
	}
	ctx, stop := envOf(c).stopContext()
	defer stop()
	// A corpus run's heap grows to tens of MB within its first pairs; in
	// small pages 16 MB of headroom is the better trade.
	defer tuneHeap(envOf(c).getenv, 16<<20)()
	start := time.Now()
	sum, err := corpus.Run(ctx, cfg)
	prog.finish()
	var same *atomicfile.SameFileError
	switch {
	case errors.As(err, &same):
		return usageError{err}
	case errors.Is(err, corpus.ErrSettings):
		return fmt.Errorf("%w (--force starts over)", err)
	case sum == nil: // nothing was started
		return err
	}
	if warnings > maxWarnings {
		fmt.Fprintf(errw, "bitext: %d more failed pairs and input problems are listed in the report\n", warnings-maxWarnings)
	}
	if err != nil {
		// No summary: nothing it would count was put in place.
		return fmt.Errorf("%w; nothing was written: the outputs of the run before, if any, are as they were, and the next run resumes from them", err)
	}
	printCorpusSummary(errw, sum, time.Since(start))
	report := cfg.ReportFile()
	fmt.Fprintf(errw, "bitext: report: %s\n", report)
	switch {
	case sum.Interrupted:
		return errors.New("interrupted: the outputs hold the pairs done so far; run the same command again to go on")
	case sum.Failure():
		return fmt.Errorf("%d pairs failed, %d input problems (see %s)", sum.Failed, sum.Problems, report)
	}
	return nil
}

// corpusConfig reads the flags into a corpus.Config; every error is a
// usage error.
func corpusConfig(c *cli.Context) (corpus.Config, error) {
	args, err := positional(c)
	if err != nil {
		return corpus.Config{}, err
	}
	if len(args) != 1 {
		return corpus.Config{}, usagef("corpus needs one DIR or MANIFEST (got %d arguments)", len(args))
	}
	cfg := corpus.Config{
		Input: args[0], Jobs: c.Int("jobs"), Version: version, Dict: c.String("dict"),
		TMXPath: c.String("tmx"), GlossaryPath: c.String("glossary"), ReportPath: c.String("report"), AlignmentsDir: c.String("alignments"),
		Force: c.Bool("force"), Checkpoint: c.Duration("checkpoint"),
	}
	if cfg.Jobs, err = intFlag(c, "jobs", jobsRange); err != nil {
		return cfg, err
	}
	if _, err := durationFlag(c, "progress", 0, maxProgress); err != nil {
		return cfg, err
	}
	if cfg.Checkpoint, err = durationFlag(c, "checkpoint", 0, maxProgress); err != nil {
		return cfg, err
	}
	if cfg.TMXPath == "" && cfg.GlossaryPath == "" && cfg.AlignmentsDir == "" {
		return cfg, usagef("corpus needs --tmx OUT.tmx, --glossary OUT.tsv or --alignments DIR")
	}
	if s := c.String("shard"); s != "" {
		if cfg.Shard, err = corpus.ParseShard(s); err != nil {
			return cfg, usagef("--shard: %w", err)
		}
	}
	if cfg.Align, err = alignOptions(c); err != nil {
		return cfg, err
	}
	ropt, err := readOptions(c)
	if err != nil {
		return cfg, err
	}
	cfg.Paragraphs, cfg.Limits = ropt.Paragraphs, ropt.Limits
	tmxOpt, err := tmxOptions(c)
	if err != nil {
		return cfg, err
	}
	cfg.Langs, cfg.Date, cfg.IncludeFlagged = tmxOpt.Langs, tmxOpt.Date, tmxOpt.IncludeFlagged
	if err := glossaryShapeFlags(c, cfg.GlossaryPath); err != nil {
		return cfg, err
	}
	if cfg.GlossaryPath != "" {
		if cfg.GlossaryFormat, err = glossary.FormatFor(cfg.GlossaryPath, c.String("glossary-format")); err != nil {
			return cfg, usageError{err}
		}
		if cfg.GlossaryOptions, err = glossaryWriteOptions(c, cfg.GlossaryFormat, cfg.Langs.SourceEN); err != nil {
			return cfg, err
		}
	}
	if err := cfg.Check(); err != nil {
		return cfg, usageError{err}
	}
	return cfg, nil
}

func printCorpusSummary(w io.Writer, s *corpus.Summary, elapsed time.Duration) {
	fmt.Fprintf(w, "bitext: %d pairs in %s: %d aligned, %d resumed, %d failed; %d units exported, %d beads flagged for review, %d omissions, %d furniture beads dropped",
		s.Pairs, elapsed.Round(time.Millisecond), s.Aligned, s.Resumed, s.Failed, s.Units, s.Flagged, s.Omitted, s.Furniture)
	if s.Unpaired > 0 || s.Problems > 0 {
		fmt.Fprintf(w, "; %d unpaired files, %d input problems", s.Unpaired, s.Problems)
	}
	if s.Skipped > 0 {
		fmt.Fprintf(w, "; %d entries skipped (not regular files)", s.Skipped)
	}
	fmt.Fprintln(w)
	if s.Checkpoints > 0 {
		fmt.Fprintf(w, "bitext: %d checkpoints took %s\n", s.Checkpoints, s.CheckpointTime.Round(time.Millisecond))
	}
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
	bar      *progressbar.ProgressBar // on a terminal, made at the first pair
	tty      bool
	interval time.Duration
	start    time.Time
	last     time.Time
	cur      corpus.Progress
}

func newCorpusProgress(c *cli.Context) *corpusProgress {
	p := &corpusProgress{w: c.App.ErrWriter, interval: c.Duration("progress"), start: time.Now()}
	p.last = p.start
	if f, ok := p.w.(*os.File); ok {
		p.tty = term.IsTerminal(int(f.Fd()))
	}
	return p
}

func (p *corpusProgress) update(pr corpus.Progress) {
	p.cur = pr
	done := pr.Done + pr.Resumed
	if p.tty {
		if p.bar == nil {
			p.bar = progressbar.NewOptions(pr.Total,
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
	line := fmt.Sprintf("bitext: %d/%d pairs, %d failed, %.1f pairs/s", done, pr.Total, pr.Failed, rate)
	if left := pr.Total - done; rate > 0 && left > 0 {
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
