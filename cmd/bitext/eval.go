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
documents with the lowest link F1. A gold file must name every paragraph of
both texts once, in order; one that does not is refused with its line.`,
		Flags: []cli.Flag{
			&cli.IntFlag{Name: "worst", Value: 5, Usage: "list the `N` documents with the lowest link F1"},
			&cli.BoolFlag{Name: "keep-furniture", Usage: "align page furniture like body text"},
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
			r, err := eval.Dir(args[0], align.Options{KeepFurniture: c.Bool("keep-furniture")})
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
