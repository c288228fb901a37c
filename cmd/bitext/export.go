package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/bitext-ko/bitext/tm/atomicfile"
	"github.com/bitext-ko/bitext/tm/corpus"
	"github.com/bitext-ko/bitext/tm/export"
	"github.com/urfave/cli/v2"
)

func exportCommand() *cli.Command {
	return &cli.Command{
		Name:      "export",
		Usage:     "write the TMX and the glossary of alignment files, corrected or not",
		ArgsUsage: "ALIGNMENT.json|DIR …",
		Description: `Reads alignment files (bitext align --format json) and directories of them
(bitext corpus --alignments DIR, in the order of the corpus run, under its
lock) and writes one translation memory and one name glossary.

An alignment file nobody edited exports exactly what bitext align --tmx
(or the corpus run) wrote. Beads a person confirmed or edited are exported
whatever their score, with an x-status property; the others follow the
rules of align (--include-flagged). The glossary is read from the beads as
they are now; names rejected in a file's glossary are left out, edited ones
are taken as edited, and --reviewed-names keeps only the names a person
accepted or edited.`,
		Flags: []cli.Flag{
			tmxFlag(),
			glossaryFlag(),
			glossaryFormatFlag(),
			headerFlag(),
			tbxVersionFlag(),
			levelFlag(),
			srclangFlag(),
			langsFlag(),
			includeFlaggedFlag(),
			dateFlag(),
			&cli.BoolFlag{Name: "reviewed-names", Usage: "keep in the glossary only the names a person accepted or edited"},
			safeCellsFlag(),
		},
		Action: runExport,
	}
}

func runExport(c *cli.Context) error {
	args, err := positional(c)
	if err != nil {
		return err
	}
	if len(args) == 0 {
		return usagef("export needs ALIGNMENT.json files or directories of them")
	}
	tmxPath, glossPath := c.String("tmx"), c.String("glossary")
	if tmxPath == "" && glossPath == "" {
		return usagef("export needs --tmx OUT.tmx or --glossary OUT.tsv (or both)")
	}
	level, err := levelOption(c)
	if err != nil {
		return err
	}
	opt, err := tmxOptions(c)
	if err != nil {
		return err
	}
	if err := glossaryShapeFlags(c, glossPath); err != nil {
		return err
	}
	var gout glossaryOutput
	if glossPath != "" {
		if gout, err = newGlossaryOutput(c, glossPath, opt.Langs.SourceEN); err != nil {
			return err
		}
	}
	if err := keepReviews(tmxPath, glossPath); err != nil {
		return err
	}

	// The files, in order: a directory's in its index's order, read under
	// its corpus lock, held until the outputs are written.
	job := export.Job{Level: level, Options: opt, Version: version, TMX: tmxPath, Glossary: glossPath,
		GlossaryFormat: gout.format, GlossaryOptions: gout.opt, ReviewedNames: c.Bool("reviewed-names")}
	var paths []string
	for _, arg := range args {
		fi, err := os.Stat(arg)
		if err != nil {
			return fmt.Errorf("reading %s: %w", arg, err)
		}
		if !fi.IsDir() {
			paths = append(paths, arg)
			continue
		}
		al, err := corpus.OpenAlignments(arg)
		if err != nil {
			return err
		}
		defer al.Close()
		job.Dirs = append(job.Dirs, arg)
		for _, e := range al.Pairs {
			paths = append(paths, al.Path(e))
		}
	}
	res, err := job.Run(paths)
	if errors.Is(err, atomicfile.ErrOutputConflict) {
		return usageError{err}
	}
	if err != nil {
		return err
	}
	errw := c.App.ErrWriter
	if res.Dropped > 0 {
		fmt.Fprintf(errw, "bitext: %s: dropped %d characters that XML 1.0 does not allow\n", tmxPath, res.Dropped)
	}
	if glossPath != "" {
		fmt.Fprintf(errw, "bitext: %s: %d names\n", glossPath, res.Names)
	}
	summary(errw, len(paths), res.Counts, tmxPath, opt.IncludeFlagged)
	return nil
}

// summary says what an export wrote.
func summary(w io.Writer, files int, c export.Counts, tmxPath string, includeFlagged bool) {
	if tmxPath == "" {
		return
	}
	fmt.Fprintf(w, "bitext: %s: %d units from %d alignment files, %d of them confirmed or edited by a person", tmxPath, c.Units, files, c.Reviewed)
	if c.Flagged > 0 && !includeFlagged {
		fmt.Fprintf(w, "; %d beads under the review threshold left out (--include-flagged keeps them)", c.Flagged)
	}
	fmt.Fprintln(w)
}
