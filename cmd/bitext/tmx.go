package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/bitext-ko/bitext/tm/atomicfile"
	"github.com/bitext-ko/bitext/tm/tmxops"
	"github.com/urfave/cli/v2"
)

// maxWarnings is how many warnings a tmx command prints before it only
// counts them.
const maxWarnings = 20

func tmxCommand() *cli.Command {
	return &cli.Command{
		Name:  "tmx",
		Usage: "merge, describe and export TMX translation memories",
		Description: `Works on TMX 1.1 to 1.4b files in any encoding their XML declaration names;
FILE may be - for standard input.`,
		Subcommands: []*cli.Command{
			{
				Name:      "merge",
				Usage:     "join TMX files into one, leaving out duplicate units",
				ArgsUsage: "FILE... -o OUT.tmx",
				Description: `Writes the units of all files, in order, to OUT.tmx (TMX 1.4b, UTF-8). A unit
with the same languages and texts (after Unicode and white-space
normalization) as one written before is left out: the first is kept, with
its properties. Units with a single language are left out with a warning.
The header is the first file's. OUT.tmx appears only once complete.`,
				Flags: []cli.Flag{
					&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write the merged memory to `FILE` (- for standard output)"},
				},
				Action: runTMXMerge,
			},
			{
				Name:      "stats",
				Usage:     "count units, languages, duplicates and suspicious units",
				ArgsUsage: "FILE",
				Description: `Suspicious units: a variant without text, a single language, a target
identical to the source, and a length ratio far from the usual one
(Korean takes about half as many characters as English).`,
				Flags: []cli.Flag{
					&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "text", Usage: "text or json"},
					&cli.BoolFlag{Name: "list", Usage: "also list the suspicious units (line, column, tuid, reason) on standard error"},
				},
				Action: runTMXStats,
			},
			{
				Name:      "cat",
				Usage:     "print the units as TSV or JSON lines",
				ArgsUsage: "FILE",
				Description: `tsv: a header line, then tuid, srclang, source, tgtlang, target for each
unit and target language; \ tab, line feed and carriage return are escaped
as \\ \t \n \r. Units with a single language are left out with a warning.
json: one object per unit and line, with every variant, property and note.`,
				Flags: []cli.Flag{
					&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "tsv", Usage: "tsv or json"},
					&cli.BoolFlag{Name: "markup", Usage: "print inline markup (bpt, ept, ph, …) as TMX instead of plain text"},
					safeCellsFlag(),
				},
				Action: runTMXCat,
			},
		},
	}
}

// warner prints warnings to standard error, up to maxWarnings, and counts
// the rest.
type warner struct {
	w io.Writer
	n int
}

func (w *warner) warn(err error) {
	w.n++
	if w.n <= maxWarnings {
		fmt.Fprintf(w.w, "bitext: warning: %v\n", err)
	}
}

func (w *warner) done() {
	if w.n > maxWarnings {
		fmt.Fprintf(w.w, "bitext: %d more warnings not shown\n", w.n-maxWarnings)
	}
}

// openInput opens a TMX file, or standard input for "-".
func openInput(c *cli.Context, path string) (tmxops.Input, func(), error) {
	if path == "-" {
		return tmxops.Input{Name: "standard input", R: c.App.Reader}, func() {}, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return tmxops.Input{}, nil, err
	}
	return tmxops.Input{Name: path, R: f}, func() { f.Close() }, nil
}

func oneFile(c *cli.Context) (string, error) {
	args, err := positional(c)
	if err != nil {
		return "", err
	}
	if len(args) != 1 {
		return "", usagef("tmx %s needs one FILE (got %d)", c.Command.Name, len(args))
	}
	return args[0], nil
}

func runTMXMerge(c *cli.Context) error {
	paths, err := positional(c)
	if err != nil {
		return err
	}
	out := c.String("output")
	if out == "" {
		return usagef("tmx merge needs -o OUT.tmx")
	}
	if len(paths) == 0 {
		return usagef("tmx merge needs at least one FILE")
	}
	stdin := 0
	var inputs []tmxops.Input
	for _, path := range paths {
		if path == "-" {
			if stdin++; stdin > 1 {
				return usagef("only one FILE can be standard input")
			}
		}
		in, closeIn, err := openInput(c, path)
		if err != nil {
			return err
		}
		defer closeIn()
		inputs = append(inputs, in)
	}
	if out != "-" {
		l, err := lockOutput(out)
		if err != nil {
			return err
		}
		defer l.Unlock()
	}
	// Ctrl-C, SIGTERM or SIGHUP stops the merge at the next read or write;
	// the output's temporary file is removed and nothing is written.
	ctx, stop := envOf(c).stopContext()
	defer stop()
	for i := range inputs {
		inputs[i].R = ctxReader{ctx, inputs[i].R}
	}
	w := &warner{w: c.App.ErrWriter}
	opt := tmxops.MergeOptions{
		CreationTool: "bitext", CreationToolVersion: version,
		CreationDate: envOf(c).now().UTC().Truncate(time.Second),
		Warn:         w.warn,
	}
	var res tmxops.MergeResult
	err = writeTMXOutput(c, out, func(dst io.Writer) error {
		var err error
		res, err = tmxops.Merge(ctxWriter{ctx, dst}, inputs, opt)
		return err
	})
	w.done()
	if ctx.Err() != nil {
		if out == "-" {
			return errors.New("interrupted")
		}
		return fmt.Errorf("interrupted: %s was not written", out)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(c.App.ErrWriter, "bitext: merged %d files: %d units read, %d written, %d duplicates and %d other units left out\n",
		len(inputs), res.Read, res.Written, res.Duplicates, res.Skipped)
	if res.Dropped > 0 {
		fmt.Fprintf(c.App.ErrWriter, "bitext: warning: %d characters that XML 1.0 forbids were left out\n", res.Dropped)
	}
	return nil
}

// lockOutput takes the lock of the output file path (nil for a device or
// a pipe, which is written in place), so that two merges never write it at
// once, and removes the temporary files that merges killed while writing
// it left (atomicfile.RemoveTemps), which only the lock's holder may do.
// As with corpus's outputs, a file with several names (hard links) is a
// usage error: its lock would not keep out a merge to another name.
func lockOutput(path string) (*atomicfile.Lock, error) {
	target := atomicfile.Target(path) // the file atomicfile.Create replaces
	if fi, err := os.Stat(target); err == nil && !fi.Mode().IsRegular() {
		return nil, nil
	}
	if _, err := os.Stat(filepath.Dir(target)); err != nil {
		return nil, nil // no place to write: atomicfile.Create says so
	}
	if err := atomicfile.CheckLinks(atomicfile.Path{Role: "-o", Name: target}); err != nil {
		return nil, usageError{err}
	}
	l, err := atomicfile.TryLock(atomicfile.LockName(target))
	if err != nil {
		return nil, fmt.Errorf("%s is being written: %w", path, err)
	}
	if _, err := atomicfile.RemoveTemps(target); err != nil && !errors.Is(err, fs.ErrNotExist) {
		l.Unlock()
		return nil, fmt.Errorf("removing temporary files beside %s: %w", path, err)
	}
	return l, nil
}

// writeTMXOutput runs write on standard output ("-") or on an atomically
// written file, which appears only if write succeeds.
func writeTMXOutput(c *cli.Context, path string, write func(io.Writer) error) error {
	if path == "-" {
		return write(c.App.Writer)
	}
	f, err := atomicfile.Create(path)
	if err != nil {
		return err
	}
	defer f.Abort()
	if err := write(f); err != nil {
		return err
	}
	return f.Commit()
}

func runTMXStats(c *cli.Context) error {
	path, err := oneFile(c)
	if err != nil {
		return err
	}
	format := c.String("format")
	if format != "text" && format != "json" {
		return usagef("--format must be text or json, not %q", format)
	}
	in, closeIn, err := openInput(c, path)
	if err != nil {
		return err
	}
	defer closeIn()
	w := &warner{w: c.App.ErrWriter}
	opt := tmxops.StatsOptions{Warn: w.warn}
	if c.Bool("list") {
		opt.Suspect = func(s tmxops.Suspect) {
			fmt.Fprintf(c.App.ErrWriter, "%s:%d:%d: %s: %s\n", in.Name, s.Line, s.Column, s.TUID, s.Reason)
		}
	}
	stats, err := tmxops.ComputeStats(in, opt)
	w.done()
	if err != nil {
		return err
	}
	if format == "json" {
		enc := json.NewEncoder(c.App.Writer)
		enc.SetIndent("", "  ")
		return enc.Encode(stats)
	}
	return stats.WriteText(c.App.Writer)
}

func runTMXCat(c *cli.Context) error {
	path, err := oneFile(c)
	if err != nil {
		return err
	}
	format := c.String("format")
	if format != tmxops.FormatTSV && format != tmxops.FormatJSON {
		return usagef("--format must be tsv or json, not %q", format)
	}
	in, closeIn, err := openInput(c, path)
	if err != nil {
		return err
	}
	defer closeIn()
	w := &warner{w: c.App.ErrWriter}
	_, err = tmxops.Cat(c.App.Writer, in, tmxops.CatOptions{Format: format, Markup: c.Bool("markup"), Warn: w.warn, SafeCells: c.Bool("safe-cells")})
	w.done()
	return err
}
