package main

import (
	"bufio"
	"fmt"
	"os"
	"runtime"
	"strings"
	"sync"

	"github.com/bitext-ko/bitext/align/names/match"
	"github.com/urfave/cli/v2"
)

// namesCommand groups the name-list subcommands.
func namesCommand() *cli.Command {
	return &cli.Command{
		Name:  "names",
		Usage: "work with lists of personal and place names",
		Subcommands: []*cli.Command{
			namesMatchCommand(),
			namesExtractCommand(),
			namesDiffCommand(),
			namesNormalizeCommand(),
			namesMergeCommand(),
		},
	}
}

func namesMatchCommand() *cli.Command {
	return &cli.Command{
		Name:      "match",
		Usage:     "find the Hangul form of English names",
		ArgsUsage: " ",
		Description: `Reads Hangul names, one per line, from the --ko file and English names, one
per line, from standard input, and writes for each English name a line
"english<TAB>hangul<TAB>score": the best-matching Hangul name and its score
(0 to 1), or "-" for the Hangul when no name scores at least the threshold.
Korean names match in any romanization (Kim Jong-un, Kim Jong Un, Kim
Chŏng-ŭn, KIM Jong-un, Jong-un Kim), foreign names by how Korean writes
them (Pompeo 폼페이오), and translated names through a built-in list (U.S.
미국).`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "ko", Usage: "`FILE` of Hangul names, one per line (required)"},
			&cli.Float64Flag{Name: "threshold", Value: 0.6, Usage: "lowest `SCORE` that counts as a match"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return usagef("names match takes no arguments (English names come on standard input)")
			}
			if c.String("ko") == "" {
				return usagef("names match needs --ko FILE (the Hangul names)")
			}
			th := c.Float64("threshold")
			if th < 0 || th > 1 {
				return usagef("--threshold must be between 0 and 1 (got %g)", th)
			}
			kos, err := readNameList(c.String("ko"))
			if err != nil {
				return err
			}
			ix := match.NewIndex(kos)
			var lines []string
			if err := eachLine(c.App.Reader, func(l string) error {
				lines = append(lines, l)
				return nil
			}); err != nil {
				return err
			}
			out := matchAll(ix, lines, th)
			w := bufio.NewWriter(c.App.Writer)
			for i, l := range lines {
				fmt.Fprintf(w, "%s\t%s\t%.3f\n", l, out[i].hangul, out[i].score)
			}
			return w.Flush()
		},
	}
}

// readNameList reads a file of names, one per line; blank lines are
// skipped.
func readNameList(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("reading Hangul names: %w", err)
	}
	defer f.Close()
	var names []string
	err = eachLine(f, func(l string) error {
		if strings.TrimSpace(l) != "" {
			names = append(names, l)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	return names, nil
}

type matchResult struct {
	hangul string
	score  float64
}

// matchAll matches every English name, in parallel, keeping input order.
func matchAll(ix *match.Index, lines []string, threshold float64) []matchResult {
	out := make([]matchResult, len(lines))
	workers := min(runtime.GOMAXPROCS(0), 1+len(lines)/256)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := w; i < len(lines); i += workers {
				r := matchResult{hangul: "-"}
				if m, ok := ix.Best(lines[i]); ok {
					r.score = m.Score
					if m.Score >= threshold {
						r.hangul = m.Hangul
					}
				}
				out[i] = r
			}
		}(w)
	}
	wg.Wait()
	return out
}
