package main

import (
	"bufio"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"

	"github.com/bitext-ko/bitext/align/names/match"
	"github.com/bitext-ko/bitext/align/read"
	"github.com/bitext-ko/bitext/align/render/cell"
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
미국).

A Korean name whose given name has a syllable spelled as another syllable
is taken for a different person and scores at most half (Kim Jong-il
against 김정은: 0.30), so the default threshold of 0.6 keeps the names
that differ only in spelling; raise it (0.7 or 0.75) for fewer false
matches among foreign names, at the cost of some right ones.

The --ko file may be UTF-8 (with or without a byte-order mark), UTF-16
with a byte-order mark, or EUC-KR (--encoding names any other); anything
else is refused, naming the line. In the output a tab, carriage return or line feed inside a field is
written as a space and an invalid UTF-8 byte as U+FFFD, so every line has
exactly three fields.`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "ko", Usage: "`FILE` of Hangul names, one per line (required)"},
			&cli.Float64Flag{Name: "threshold", Value: 0.6, Usage: "lowest `SCORE` that counts as a match"},
			&cli.StringFlag{Name: "encoding", Usage: "`ENCODING` of the --ko file (e.g. euc-kr, utf-16le); default: detect"},
			safeCellsFlag(),
		},
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return usagef("names match takes no arguments (English names come on standard input)")
			}
			if c.String("ko") == "" {
				return usagef("names match needs --ko FILE (the Hangul names)")
			}
			th, err := scoreFlag(c, "threshold")
			if err != nil {
				return err
			}
			kos, err := readNameList(c.String("ko"), c.String("encoding"))
			if err != nil {
				return err
			}
			ix := match.NewIndex(kos)
			var lines []string
			if err := eachLine(c.App.Reader, func(l string) error {
				lines = append(lines, l)
				return nil
			}); err != nil {
				return fmt.Errorf("reading standard input: %w", err)
			}
			out := matchAll(ix, lines, th)
			w := bufio.NewWriter(c.App.Writer)
			cells := cell.For(c.Bool("safe-cells"))
			for i, l := range lines {
				fmt.Fprintf(w, "%s\t%s\t%.3f\n", cells(tsvField(l)), cells(tsvField(out[i].hangul)), out[i].score)
			}
			return w.Flush()
		},
	}
}

// readNameList reads a file of names, one per line, decoded and
// normalized as the aligner reads its input (package read: UTF-8 with or
// without a byte-order mark, UTF-16 with one, EUC-KR); blank lines are
// skipped. A file in no such encoding is refused with the line of its first
// bad byte.
func readNameList(path, encoding string) ([]string, error) {
	t, err := read.File(path, nil, read.Options{Encoding: encoding})
	if errors.Is(err, read.ErrEmpty) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("reading Hangul names: %w", err)
	}
	return t.Lines(), nil
}

// tsvField makes s safe as a field of a TSV line: tabs, carriage returns
// and line feeds become spaces, and bytes that are not UTF-8 become U+FFFD.
func tsvField(s string) string {
	if strings.ContainsAny(s, "\t\r\n") {
		s = strings.Map(func(r rune) rune {
			if r == '\t' || r == '\r' || r == '\n' {
				return ' '
			}
			return r
		}, s)
	}
	return strings.ToValidUTF8(s, "\ufffd")
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
