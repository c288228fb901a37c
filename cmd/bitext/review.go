package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/bitext-ko/bitext/align/names/romanize"
	"github.com/bitext-ko/bitext/tm/alignfile"
	"github.com/bitext-ko/bitext/tm/atomicfile"
	"github.com/bitext-ko/bitext/tm/export"
	"github.com/bitext-ko/bitext/tm/glossary"
	"github.com/bitext-ko/bitext/tm/pair"
	"github.com/bitext-ko/bitext/tm/review/server"
	"github.com/urfave/cli/v2"
)

func reviewCommand() *cli.Command {
	return &cli.Command{
		Name:      "review",
		Usage:     "review and correct an alignment in the browser",
		ArgsUsage: "EN_FILE KO_FILE -o ALIGNMENT.json | ALIGNMENT.json | --corpus DIR",
		Description: `Serves a review page on 127.0.0.1, prints its URL and opens it in the
browser (unless --no-open). EN_FILE KO_FILE -o ALIGNMENT.json aligns the
pair into ALIGNMENT.json first (or reopens ALIGNMENT.json if it is their
alignment already); ALIGNMENT.json reviews an alignment file; --corpus DIR
reviews the alignment files of bitext corpus --alignments DIR, lowest
confidence first.

The page saves the alignment file when asked (a draft of unsaved edits is
kept beside it, NAME.draft.json, and offered when it is opened again), and
exports to the --tmx and --glossary files given here, as bitext export
would. Ctrl-C stops the server; unsaved edits stay in the draft.`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "with EN_FILE KO_FILE: the alignment `FILE` to write and review"},
			&cli.StringFlag{Name: "corpus", Usage: "review the alignment files in `DIR` (bitext corpus --alignments DIR)"},
			&cli.IntFlag{Name: "port", Usage: "listen on 127.0.0.1 at `PORT` (0: a free port)"},
			&cli.BoolFlag{Name: "no-open", Usage: "print the URL without opening a browser"},
			&cli.StringFlag{Name: "style", Value: "press", Usage: "house `STYLE` the names are compared with at first: press, rr, mr or dprk"},
			tmxFlag(),
			glossaryFlag(),
			glossaryFormatFlag(),
			levelFlag(),
			srclangFlag(),
			langsFlag(),
			includeFlaggedFlag(),
			dateFlag(),
			&cli.BoolFlag{Name: "reviewed-names", Usage: "export only the names a person accepted or edited"},
			safeCellsFlag(),
			minScoreFlag(),
			keepFurnitureFlag(),
			dictFlag(),
			encodingFlag("both files"),
			sideEncodingFlag("en"),
			sideEncodingFlag("ko"),
			paragraphsFlag(),
		},
		Action: runReview,
	}
}

// portRange: the TCP ports review listens on.
var portRange = intRange{Min: 1, Max: 65535, Zero: "a free port"}

func runReview(c *cli.Context) error {
	args, err := positional(c)
	if err != nil {
		return err
	}
	port, err := intFlag(c, "port", portRange)
	if err != nil {
		return err
	}
	if _, err := scoreFlag(c, "min-score"); err != nil {
		return err
	}
	cfg := server.Config{Corpus: c.String("corpus"), Log: c.App.ErrWriter}
	out := c.String("output")
	switch {
	case cfg.Corpus != "" && (len(args) > 0 || out != ""):
		return usagef("review --corpus DIR takes no files")
	case cfg.Corpus != "":
	case len(args) == 1 && out == "":
		cfg.File = args[0]
	case len(args) == 2 && out != "" && out != "-":
		cfg.File = out
	case len(args) == 2:
		return usagef("review EN_FILE KO_FILE needs -o ALIGNMENT.json, the alignment file to write and review")
	default:
		return usagef("review needs EN_FILE KO_FILE -o ALIGNMENT.json, an ALIGNMENT.json or --corpus DIR")
	}
	style, err := romanize.ParseStyle(c.String("style"))
	if err != nil {
		return usagef("--style must be press, rr, mr or dprk, not %q", c.String("style"))
	}
	cfg.Style = &style
	if cfg.Export, err = reviewExport(c, cfg.File, args); err != nil {
		return err
	}
	if len(args) == 2 {
		if err := alignForReview(c, args, out, cfg.Export.Options); err != nil {
			return err
		}
	}
	srv, err := server.New(cfg)
	if errors.Is(err, atomicfile.ErrOutputConflict) {
		return usageError{err}
	}
	if err != nil {
		return err
	}
	ln, err := server.Listen(port)
	if err != nil {
		srv.Close()
		return err
	}
	url := srv.URL(ln)
	fmt.Fprintf(c.App.ErrWriter, "bitext: reviewing %s at the address below; Ctrl-C stops the review (unsaved edits stay in the draft)\n", cfg.File+cfg.Corpus)
	fmt.Fprintln(c.App.Writer, url)
	if !c.Bool("no-open") {
		if err := server.OpenBrowser(url); err != nil {
			fmt.Fprintf(c.App.ErrWriter, "bitext: could not open a browser (%v): open the address yourself\n", err)
		}
	}
	ctx, stop := envOf(c).stopContext()
	defer stop()
	if err := srv.Serve(ctx, ln); err != nil {
		return err
	}
	fmt.Fprintln(c.App.ErrWriter, "bitext: review stopped")
	return nil
}

// reviewExport reads the export flags: what the page's export writes,
// which may be none of the files under review, nor the inputs to align
// (server.New checks the rest: the inputs an alignment file names, a
// corpus's directory).
func reviewExport(c *cli.Context, file string, inputs []string) (export.Job, error) {
	job := export.Job{Version: version, TMX: c.String("tmx"), Glossary: c.String("glossary"), ReviewedNames: c.Bool("reviewed-names"),
		GlossaryOptions: glossary.WriteOptions{SafeCells: c.Bool("safe-cells")}}
	var err error
	if job.Level, err = levelOption(c); err != nil {
		return job, err
	}
	if job.Options, err = tmxOptions(c); err != nil {
		return job, err
	}
	if c.String("date") == "" {
		job.Options.Date = time.Time{} // the time of each export
	}
	if job.Glossary != "" {
		if job.GlossaryFormat, err = glossary.FormatFor(job.Glossary, c.String("glossary-format")); err != nil {
			return job, usageError{err}
		}
	}
	var outs, ins []atomicfile.Path
	for _, o := range []struct{ flag, path string }{{"--tmx", job.TMX}, {"--glossary", job.Glossary}} {
		if o.path != "" {
			outs = append(outs, atomicfile.Path{Role: o.flag, Name: o.path})
		}
	}
	if file != "" {
		ins = append(ins, atomicfile.Path{Role: "the alignment file", Name: file}, atomicfile.Path{Role: "its draft", Name: server.DraftName(file)})
	}
	for _, in := range inputs {
		ins = append(ins, atomicfile.Path{Role: "input " + in, Name: in})
	}
	if err := atomicfile.Distinct(outs, ins); err != nil {
		return job, usageError{err}
	}
	return job, keepReviews(job.TMX, job.Glossary)
}

// alignForReview aligns EN_FILE and KO_FILE into the alignment file out,
// unless out is their alignment already (which is then reviewed as it is);
// its glossary is read from the beads the review's export (opt) reads.
func alignForReview(c *cli.Context, args []string, out string, opt export.Options) error {
	if _, err := os.Stat(out); err == nil {
		f, err := alignfile.ReadFile(out)
		if err != nil {
			return fmt.Errorf("%s is there and is not an alignment file (%w): move it away, or give another -o", out, err)
		}
		dir := filepath.Dir(out)
		if !sameFiles(args, alignfile.Locate(dir, f.EN.Path), alignfile.Locate(dir, f.KO.Path)) {
			return usagef("%s is the alignment of %s and %s, not of %s and %s: give another -o", out, f.EN.Path, f.KO.Path, args[0], args[1])
		}
		fmt.Fprintf(c.App.ErrWriter, "bitext: %s is the alignment of these files already: reviewing it\n", out)
		return nil
	} else if !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	if err := alignPathsDistinct(c, args); err != nil {
		return err
	}
	if args[0] == "-" || args[1] == "-" {
		return usagef("review aligns files, not standard input: an alignment of standard input cannot be checked against it")
	}
	aopt, err := alignOptions(c)
	if err != nil {
		return err
	}
	en, ko, err := alignInputs(c, args, true)
	if err != nil {
		return err
	}
	gopt := opt.GlossaryOptions()
	a, names := pair.Align(en.Paragraphs, ko.Paragraphs, aopt, &gopt)
	gloss := glossary.NewBuilder(gopt)
	gloss.AddNames(export.DocID(en.Name), names)
	f, err := newAlignmentFile(c, en, ko, a, aopt, gloss, out)
	if err != nil {
		return err
	}
	if err := alignfile.WriteFile(out, f); err != nil {
		return err
	}
	fmt.Fprintf(c.App.ErrWriter, "bitext: %s: aligned\n", out)
	return nil
}

// sameFiles reports whether the two files of args are en and ko, in
// either order.
func sameFiles(args []string, en, ko string) bool {
	same := func(a, b string) bool {
		x, err1 := os.Stat(a)
		y, err2 := os.Stat(b)
		return err1 == nil && err2 == nil && os.SameFile(x, y)
	}
	return same(args[0], en) && same(args[1], ko) || same(args[0], ko) && same(args[1], en)
}
