package main

import (
	"fmt"

	"github.com/bitext-ko/bitext/align"
	"github.com/bitext-ko/bitext/align/eval"
	"github.com/urfave/cli/v2"
)

func evalCommand() *cli.Command {
	return &cli.Command{
		Name:      "eval",
		Usage:     "score the aligner against gold alignments",
		ArgsUsage: "DIR",
		Description: `Aligns every <id>.en.txt / <id>.ko.txt pair under DIR (recursively) and scores
the result against <id>.gold (vecalign beads): strict bead and link precision,
recall and F1, micro-averaged, the figures of shared/tools/score.py, then the
documents with the lowest link F1. A side may be .txt or .html. A gold file
must name every paragraph of both texts once, in order; one that does not is
refused with its line.

It also prints the beads by shape (predicted against gold), the corner links
found and missed when DIR has a BEADS.tsv (links inside a many-to-many gold
bead between paragraphs that share no sentence), and how well the confidence
predicts which beads are right: the expected calibration error over ten
score bins and the share of beads flagged under --min-score with the share
of wrong beads among them, for all documents and for the held-out half (the
documents at odd positions: the calibration was fitted on the even ones of
the shared dev-real corpus).`,
		Flags: []cli.Flag{
			&cli.IntFlag{Name: "worst", Value: 5, Usage: "list the `N` documents with the lowest link F1"},
			keepFurnitureFlag(),
			minScoreFlag(),
			paragraphsFlag(),
		},
		Action: func(c *cli.Context) error {
			args, err := positional(c)
			if err != nil {
				return err
			}
			if len(args) != 1 {
				return usagef("eval needs one directory (got %d arguments)", len(args))
			}
			worst, err := intFlag(c, "worst", worstRange)
			if err != nil {
				return err
			}
			minScore, err := scoreFlag(c, "min-score")
			if err != nil {
				return err
			}
			ropt, err := readOptions(c)
			if err != nil {
				return err
			}
			r, err := eval.Dir(args[0], ropt, align.Options{KeepFurniture: c.Bool("keep-furniture"), MinScore: minScore})
			if err != nil {
				return err
			}
			w := c.App.Writer
			fmt.Fprintf(w, "docs %d, all links right in %d\n", len(r.Docs), r.Perfect)
			for _, k := range []struct {
				name string
				c    eval.Counts
			}{{"bead", r.Bead}, {"link", r.Link}} {
				p, rc, f := k.c.PRF()
				fmt.Fprintf(w, "%-5s P %.4f  R %.4f  F1 %.4f\n", k.name, p, rc, f)
			}
			eval.WriteDetails(w, r, minScore)
			if n := worst; n > 0 {
				fmt.Fprintln(w, "lowest link F1:")
				for _, d := range r.Worst(n) {
					fmt.Fprintf(w, "  %.4f  %s\n", d.LinkF1(), d.ID)
				}
			}
			return nil
		},
	}
}
