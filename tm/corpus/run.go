package corpus

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/bitext-ko/bitext/align"
	"github.com/bitext-ko/bitext/align/read"
	"github.com/bitext-ko/bitext/tm/atomicfile"
	"github.com/bitext-ko/bitext/tm/export"
	"github.com/bitext-ko/bitext/tm/glossary"
)

// Progress is handed to Config.Progress after each pair.
type Progress struct {
	Total   int // pairs in the input (and shard), repeated manifest ids included
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
	// Paragraphs is the rule that cuts the inputs into paragraphs.
	Paragraphs read.ParagraphMode
	// Limits bound how much of each input and of the manifest is read
	// (zero: read's defaults).
	Limits read.Limits
	// Langs, Date and IncludeFlagged are as in export.Options; Date is
	// the creation date of the TMX and of every unit.
	Langs          export.Langs
	Date           time.Time
	IncludeFlagged bool
	Version        string // bitext's version, for the TMX header
	// Dict is the extra dictionary's file, recorded in the report's
	// settings (the dictionary itself is in Align.Lexicon).
	Dict string

	// TMXPath is the TMX file to write ("" for none), GlossaryPath the
	// glossary ("" for none; at least one of them is needed), in
	// GlossaryFormat ("" for the one its extension names).
	TMXPath        string
	GlossaryPath   string
	GlossaryFormat glossary.Format
	// ReportPath is the report; "" means DefaultReportPath.
	ReportPath string
	// GlossaryOptions are how the glossary is written (neutralized cells,
	// a CSV header, the TBX version, English as the source side).
	GlossaryOptions glossary.WriteOptions
	// AlignmentsDir, if set, is where each pair's alignment file is
	// written, with an index of them (see AlignmentName and IndexName).
	AlignmentsDir string
	// Force starts over: the outputs of an earlier run are replaced
	// instead of resumed.
	Force bool
	// Checkpoint, if positive, is how often the outputs are committed
	// while the run goes on, so that a run killed outright (SIGKILL, a
	// power cut) loses at most that much work. Each checkpoint copies the
	// TMX and report written so far; a checkpoint is not taken sooner
	// than ten times the time the last one took, which keeps their cost
	// under a tenth of the run whatever the size of the TMX.
	Checkpoint time.Duration

	// Progress, if not nil, is called after each pair, in input order.
	Progress func(Progress)
	// Warn, if not nil, is called with each failed pair and input problem.
	Warn func(string)
	// Lowest is the number of lowest-confidence documents the summary
	// lists; 0 means 10.
	Lowest int

	faults     *faults // tests only
	dictSHA256 string  // of Dict, for alignment files; set by Run
}

// ReportFile returns the report's path: ReportPath, or else the TMX's path
// (else the glossary's) with its extension replaced by ".report.json".
func (c *Config) ReportFile() string {
	if c.ReportPath != "" {
		return c.ReportPath
	}
	base := c.TMXPath
	if base == "" {
		base = c.GlossaryPath
	}
	if base == "" && c.AlignmentsDir != "" {
		return filepath.Join(c.AlignmentsDir, "report.json")
	}
	if ext := filepath.Ext(base); ext != "" && !strings.ContainsAny(ext, `/\`) {
		base = strings.TrimSuffix(base, ext)
	}
	return base + ".report.json"
}

// glossaryFormat returns GlossaryFormat, or the format the glossary's
// extension names.
func (c *Config) glossaryFormat() (glossary.Format, error) {
	if c.GlossaryFormat != "" {
		return c.GlossaryFormat, nil
	}
	return glossary.FormatFor(c.GlossaryPath, "")
}

// glossaryOptions are the options of the run's glossary: those of an
// export with the run's TMX options.
func (c *Config) glossaryOptions() glossary.Options {
	return export.Options{IncludeFlagged: c.IncludeFlagged}.GlossaryOptions()
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
		Dict: c.Dict, Shard: c.Shard.String(), Glossary: c.GlossaryPath != "",
		Paragraphs: c.Paragraphs.String(),
	}
}

// Check returns an error if the run cannot be started as configured: no
// output, an output that is standard output ("-"), a directory or another
// file that is not a regular one (a run's outputs are resumed from, so
// they must be files), a negative number of jobs, a glossary format that
// cannot be told, two of the outputs, the input and the dictionary
// that name the same file (a *atomicfile.SameFileError), an output with
// more than one name (*atomicfile.LinkedError: its lock would not keep out
// a run writing another name), or an output that is the alignments
// directory or inside it (*atomicfile.InsideError; only the index and the
// directory's own report.json belong there). The last three match
// atomicfile.ErrOutputConflict. Run calls Check first; every error of
// Check is the caller's, a usage error.
func (c *Config) Check() error {
	if c.TMXPath == "" && c.GlossaryPath == "" && c.AlignmentsDir == "" {
		return errors.New("no output: a TMX, a glossary or alignment files are needed")
	}
	if c.AlignmentsDir != "" {
		if fi, err := os.Stat(c.AlignmentsDir); err == nil && !fi.IsDir() {
			return fmt.Errorf("the alignments directory %s is not a directory", c.AlignmentsDir)
		}
	}
	if c.Jobs < 0 {
		return fmt.Errorf("the number of jobs must be 0 (all cores) or more, not %d", c.Jobs)
	}
	if c.GlossaryPath != "" {
		if _, err := c.glossaryFormat(); err != nil {
			return err
		}
	}
	o := newOutputs(c)
	var outs []atomicfile.Path
	for _, f := range o.files {
		if f.path == "-" {
			return fmt.Errorf("%s must be a file, not standard output (-)", roleName(f.role))
		}
		if fi, err := os.Stat(f.path); err == nil && !fi.Mode().IsRegular() {
			return fmt.Errorf("%s %s is a %s, not a regular file", roleName(f.role), f.path, describeMode(fi.Mode()))
		}
		outs = append(outs, atomicfile.Path{Role: roleName(f.role), Name: f.path})
	}
	outs = append(outs, atomicfile.Path{Role: "the commit record", Name: o.record})
	ins := []atomicfile.Path{{Role: "the input", Name: c.Input}}
	if c.Dict != "" {
		ins = append(ins, atomicfile.Path{Role: "the dictionary", Name: c.Dict})
	}
	if err := atomicfile.Distinct(outs, ins); err != nil {
		return err
	}
	for _, f := range o.files {
		if f.role == roleState {
			continue
		}
		// A locked output must have one name: the lock is taken beside
		// the name, so another name would let a second run in.
		if err := atomicfile.CheckLinks(atomicfile.Path{Role: roleName(f.role), Name: f.path}); err != nil {
			return err
		}
	}
	return c.checkAlignmentsDir(o)
}

// checkAlignmentsDir returns an *atomicfile.InsideError if a file the run
// writes outside its alignments directory is that directory or inside it:
// the TMX, the glossary and its state, the report (unless it is the
// directory's own, DIR/report.json), the commit record and the lock
// files. The directory is the run's and the review's: a file put there
// could be renamed over a pair's alignment file, a reviewed one too.
func (c *Config) checkAlignmentsDir(o *outputs) error {
	if c.AlignmentsDir == "" {
		return nil
	}
	ownReport := filepath.Join(c.AlignmentsDir, "report.json")
	// The outputs named by the user first, so that an error names them
	// rather than a file beside them.
	var outs, beside []atomicfile.Path
	for _, f := range o.files {
		if f.role == roleIndex || f.role == roleReport && filepath.Clean(f.path) == filepath.Clean(ownReport) {
			continue
		}
		p := atomicfile.Path{Role: roleName(f.role), Name: f.path}
		if f.role == roleState {
			beside = append(beside, p)
			continue
		}
		outs = append(outs, p)
		beside = append(beside, atomicfile.Path{Role: "the lock of " + roleName(f.role), Name: atomicfile.LockName(resolve(f.path))})
	}
	if filepath.Clean(c.ReportFile()) != filepath.Clean(ownReport) {
		beside = append(beside, atomicfile.Path{Role: "the commit record", Name: o.record})
	}
	g, err := atomicfile.NewGuard(append(outs, beside...)...)
	if err != nil {
		return err
	}
	return g.Inside(atomicfile.Path{Role: "the alignments directory", Name: c.AlignmentsDir})
}

// ErrOutput wraps the errors of writing an output: the run stopped, and
// nothing was put in place; the outputs of the previous run, if any, are
// as they were.
var ErrOutput = errors.New("output not written")

// Run aligns the pairs of cfg.Input and writes the TMX, the glossary and
// the report; it owns their whole life, as the package doc describes:
// the locks, the resume of an earlier run's outputs, the commit, the
// removal of what killed runs left.
//
// Pairs are aligned by cfg.Jobs workers and their results written in
// input order, so the outputs do not depend on the number of workers; at
// most a few results per worker wait to be written, so memory does not
// grow with the number of pairs.
//
// A pair that fails is reported and the run goes on. ctx stops the run
// early: pairs started are finished, and the outputs hold the pairs done,
// in input order (Summary.Interrupted). An error writing an output stops
// the run and puts nothing in place: Run returns the summary so far and
// an error wrapping ErrOutput. Before any work, Run returns the errors of
// Check, a *atomicfile.SameFileError if an output is one of the input's
// files, an error wrapping ErrLocked if another run holds the outputs'
// locks, and one wrapping ErrSettings if the outputs there cannot be
// resumed.
func Run(ctx context.Context, cfg Config) (*Summary, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	var err error
	if _, err = os.Stat(cfg.Input); err != nil {
		return nil, fmt.Errorf("reading %s: %w", cfg.Input, err)
	}
	if cfg.AlignmentsDir != "" {
		if cfg.dictSHA256, err = dictSum(cfg.Dict); err != nil {
			return nil, err
		}
	}
	out := newOutputs(&cfg)
	total, err := checkInput(&cfg, out)
	if err != nil {
		return nil, err
	}
	if cfg.AlignmentsDir != "" {
		// The index's lock lives in the directory.
		if err := os.MkdirAll(cfg.AlignmentsDir, 0o777); err != nil {
			return nil, fmt.Errorf("%w: %w", ErrOutput, err)
		}
	}
	if err := out.lock(); err != nil {
		return nil, err
	}
	defer out.unlock()
	rec, err := out.recover()
	if err != nil {
		return nil, err
	}
	prev, err := out.previous(rec, cfg.Settings())
	if err != nil {
		return nil, err
	}
	defer prev.close()
	gen := 1
	if rec != nil {
		gen = rec.Generation + 1
	}
	g, err := newGeneration(&cfg, out, gen, total)
	if err != nil {
		return nil, err
	}
	defer g.abort()
	return g.run(ctx, prev)
}

// checkInput reads the input once before the run: it counts the pairs,
// for progress reports, and makes sure that no output is one of their
// files, which the run would overwrite.
func checkInput(cfg *Config, out *outputs) (int, error) {
	var outs []atomicfile.Path
	for _, f := range out.files {
		outs = append(outs, atomicfile.Path{Role: roleName(f.role), Name: f.path})
	}
	guard, err := atomicfile.NewGuard(outs...)
	if err != nil {
		return 0, err
	}
	n := 0
	err = scan(cfg.Input, cfg.Shard, nil, cfg.Limits.MaxSize, func(it Item) error {
		if it.Pair == nil {
			return nil
		}
		n++
		for _, side := range []struct{ lang, path string }{{"English", it.Pair.EN}, {"Korean", it.Pair.KO}} {
			if err := guard.Check(atomicfile.Path{Role: "the " + side.lang + " side of " + it.Pair.ID, Name: side.path}); err != nil {
				return err
			}
		}
		return nil
	})
	var sf *atomicfile.SameFileError
	if errors.As(err, &sf) {
		return 0, err
	}
	return n, nil // the run reports the input's problems
}

// jobs returns the number of workers.
func (c *Config) jobs() int {
	if c.Jobs <= 0 {
		return runtime.GOMAXPROCS(0)
	}
	return c.Jobs
}
