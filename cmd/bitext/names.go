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
with a byte-order mark, or EUC-KR; standard input is UTF-8, or UTF-16 with
a byte-order mark. --encoding names the encoding of both. Anything else is
refused, naming the line: a byte that is not valid in the encoding, a NUL
byte, a line longer than the line limit (1 MiB; bitext --max-line raises
it); the lines before it are answered. Standard input is read and answered
a batch of lines at a time, so input of any length takes little memory. In the output a tab or carriage
return inside a field is written as a space, so every line has exactly
three fields.`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "ko", Usage: "`FILE` of Hangul names, one per line (required)"},
			&cli.Float64Flag{Name: "threshold", Value: 0.6, Usage: "lowest `SCORE` that counts as a match"},
			encodingFlag("the --ko file and of standard input"),
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
			kos, err := readNameList(c, c.String("ko"), c.String("encoding"))
			if err != nil {
				return err
			}
			ix := match.NewIndex(kos)
			w := bufio.NewWriter(c.App.Writer)
			cells := cell.For(c.Bool("safe-cells"))
			var lines []string
			size := 0
			answer := func() {
				out := matchAll(ix, lines, th)
				for i, l := range lines {
					fmt.Fprintf(w, "%s\t%s\t%.3f\n", cells(tsvField(l)), cells(tsvField(out[i].hangul)), out[i].score)
				}
				lines, size = lines[:0], 0
			}
			err = eachLine(c, c.String("encoding"), func(l string) error {
				lines = append(lines, l)
				if size += len(l); len(lines) == matchBatch || size >= matchBatch*64 {
					answer()
				}
				return nil
			})
			answer() // the lines before an error too
			if err != nil {
				w.Flush()
				return err
			}
			return w.Flush()
		},
	}
}

// matchBatch is how many lines of standard input names match reads
// before it answers them (or 64 times as many bytes, 4 MiB): a batch
// keeps both cores busy and the garbage collector's work as small as when
// the whole input was held (3 million names: about 30 s of CPU either way;
// peak memory 516 MB before, 38 MB in batches).
const matchBatch = 1 << 16

// readNameList reads a file of names, one per line, decoded and
// normalized as the aligner reads its input (package read: UTF-8 with or
// without a byte-order mark, UTF-16 with one, EUC-KR); blank lines are
// skipped. A file in no such encoding is refused with the line of its first
// bad byte.
func readNameList(c *cli.Context, path, encoding string) ([]string, error) {
	t, err := read.File(path, nil, read.Options{Encoding: encoding, Limits: inputLimits(c)})
	if errors.Is(err, read.ErrEmpty) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("reading Hangul names: %w", err)
	}
	return t.Lines(), nil
}

// tsvField makes s safe as a field of a TSV line: tabs, carriage returns
// and line feeds become spaces. (s is text read by package read: valid
// UTF-8 without NUL bytes.)
func tsvField(s string) string {
	if !strings.ContainsAny(s, "\t\r\n") {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\r' || r == '\n' {
			return ' '
		}
		return r
	}, s)
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
