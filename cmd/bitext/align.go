package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/bitext-ko/bitext/align"
	"github.com/bitext-ko/bitext/align/lexicon"
	"github.com/bitext-ko/bitext/align/read"
	"github.com/bitext-ko/bitext/align/render"
	"github.com/bitext-ko/bitext/tm/alignfile"
	"github.com/bitext-ko/bitext/tm/atomicfile"
	"github.com/bitext-ko/bitext/tm/export"
	"github.com/bitext-ko/bitext/tm/glossary"
	"github.com/bitext-ko/bitext/tm/pair"
	"github.com/bitext-ko/bitext/tm/review/page"
	"github.com/bitext-ko/bitext/tm/tmx"
	"github.com/urfave/cli/v2"
	"golang.org/x/term"
)

func alignCommand() *cli.Command {
	return &cli.Command{
		Name:      "align",
		Usage:     "align an English article with its Korean original",
		ArgsUsage: "EN_FILE KO_FILE",
		Description: `Pairs the paragraphs of an English article with those of its Korean original
(either file may be - for standard input; the order is detected by script).
Page furniture is set aside as 1-0/0-1 beads, paragraphs without a credible
counterpart stay visible as 1-0/0-1 beads, and every bead gets a confidence.

Formats: text (side-by-side review), tsv, beads (vecalign), json (the
alignment file, which bitext export reads back, corrected or not; input
paths in it are relative to the -o file's directory, or to the working
directory on standard output) and html (one self-contained review page).
An output file that is an alignment file a person has reviewed is never
replaced: move it away first.`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "text", Usage: "output format: text, tsv, json, html or beads"},
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write to `FILE` (atomically) instead of standard output"},
			levelFlag(),
			minScoreFlag(),
			keepFurnitureFlag(),
			dictFlag(),
			encodingFlag("both files"),
			sideEncodingFlag("en"),
			sideEncodingFlag("ko"),
			paragraphsFlag(),
			&cli.IntFlag{Name: "width", Usage: "width of the text view (default: terminal width, or 100)"},
			tmxFlag(),
			srclangFlag(),
			langsFlag(),
			includeFlaggedFlag(),
			dateFlag(),
			glossaryFlag(),
			glossaryFormatFlag(),
			safeCellsFlag(),
			headerFlag(),
			tbxVersionFlag(),
		},
		Action: runAlign,
	}
}

// alignInputs reads the two files of a pair and puts them in EN, KO order.
// sum says whether their SHA-256 is needed (an alignment file records it);
// without it the reader skips the hash.
func alignInputs(c *cli.Context, args []string, sum bool) (en, ko *read.Text, err error) {
	if len(args) != 2 {
		return nil, nil, usagef("align needs two files, EN_FILE and KO_FILE (got %d)", len(args))
	}
	a, b := args[0], args[1]
	if a == "-" && b == "-" {
		return nil, nil, usagef("only one of the two files can be standard input")
	}
	opt, err := readOptions(c)
	if err != nil {
		return nil, nil, err
	}
	opt.NoSum = !sum
	if sum {
		// An alignment file (the caller wants the hashes) records one
		// forced encoding for both inputs.
		if _, err := recordedEncoding(c); err != nil {
			return nil, nil, err
		}
	}
	optA, optB := opt, opt
	optA.Encoding, optB.Encoding = pairEncodings(c)
	ta, err := read.File(a, c.App.Reader, optA)
	if err != nil {
		return nil, nil, sideEncodingHint(c, "en", err)
	}
	tb, err := read.File(b, c.App.Reader, optB)
	if err != nil {
		return nil, nil, sideEncodingHint(c, "ko", err)
	}
	en, ko, swapped, err := read.Order(ta, tb)
	if err != nil {
		return nil, nil, err
	}
	if err := align.CheckSizes(len(en.Paragraphs), len(ko.Paragraphs)); err != nil {
		return nil, nil, fmt.Errorf("%s and %s: %w", en.Name, ko.Name, err)
	}
	if swapped {
		fmt.Fprintf(c.App.ErrWriter, "bitext: %s is Korean and %s is English; aligning them in that order\n", ko.Name, en.Name)
	}
	return en, ko, nil
}

// alignOptions builds align.Options from the flags.
func alignOptions(c *cli.Context) (align.Options, error) {
	opt := align.Options{KeepFurniture: c.Bool("keep-furniture")}
	var err error
	if opt.MinScore, err = scoreFlag(c, "min-score"); err != nil {
		return opt, err
	}
	if opt.Level, err = levelOption(c); err != nil {
		return opt, err
	}
	if path := c.String("dict"); path != "" {
		f, err := os.Open(path)
		if err != nil {
			return opt, fmt.Errorf("reading dictionary: %w", err)
		}
		defer f.Close()
		lex := lexicon.Default().Clone()
		if err := read.Stream(f, path, inputLimits(c).MaxSize, func(r io.Reader) error { return lex.Parse(r, path) }); err != nil {
			return opt, fmt.Errorf("reading dictionary: %w", err)
		}
		opt.Lexicon = lex
	}
	return opt, nil
}

// bigAlignInput is how many bytes of text (both sides) make `bitext
// align` ask for huge pages and, when the heap is in them, collector
// headroom (tuneHeap): the 290 KB wire pair spends a quarter less CPU
// with them, while a dev article (under 15 KB) would spend about 11 ms
// more.
const bigAlignInput = 64 << 10

func runAlign(c *cli.Context) error {
	args, err := positional(c)
	if err != nil {
		return err
	}
	// For a small input align leaves the collector at Go's default pace:
	// its heap is new memory, and collecting often lets the heap reuse
	// its garbage instead of touching fresh pages, which cost more than
	// the collections. A big one asks for huge pages and headroom (see
	// bigAlignInput).
	format := c.String("format")
	// json and html write the alignment file, which records the inputs'
	// hashes; the other formats are text views.
	alignFile := format == "json" || format == "html"
	var textFormat render.Format
	if !alignFile {
		if textFormat, err = render.ParseFormat(format); err != nil {
			return usagef("unknown format %q (want text, tsv, json, html or beads)", format)
		}
	}
	opt, err := alignOptions(c)
	if err != nil {
		return err
	}
	width, err := intFlag(c, "width", widthRange)
	if err != nil {
		return err
	}
	tmxOpt, err := tmxOptions(c)
	if err != nil {
		return err
	}
	outPath, tmxPath, glossPath := c.String("output"), c.String("tmx"), c.String("glossary")
	if err := glossaryShapeFlags(c, glossPath); err != nil {
		return err
	}
	var gout glossaryOutput
	if glossPath != "" {
		if gout, err = newGlossaryOutput(c, glossPath, tmxOpt.Langs.SourceEN); err != nil {
			return err
		}
	}
	if err := alignPathsDistinct(c, args); err != nil {
		return err
	}
	if err := keepReviews(outPath, tmxPath, glossPath); err != nil {
		return err
	}
	en, ko, err := alignInputs(c, args, alignFile)
	if err != nil {
		return err
	}
	if en.Size()+ko.Size() >= bigAlignInput {
		defer tuneHeap(envOf(c).getenv, 0)()
	}
	var gopt *glossary.Options
	if glossPath != "" || format == "html" {
		o := tmxOpt.GlossaryOptions()
		gopt = &o
	}
	a, names := pair.Align(en.Paragraphs, ko.Paragraphs, opt, gopt)
	var gloss *glossary.Builder
	if gopt != nil {
		gloss = glossary.NewBuilder(*gopt)
		gloss.AddNames(export.DocID(en.Name), names)
	}
	ropt := render.Options{SafeCells: c.Bool("safe-cells")}
	var file *alignfile.File
	if alignFile {
		if file, err = newAlignmentFile(c, en, ko, a, opt, gloss, outPath); err != nil {
			return err
		}
	}
	view := func(w io.Writer, tty bool) error {
		switch format {
		case "json":
			return alignfile.Write(w, file)
		case "html":
			return page.Write(w, file, page.Options{Level: opt.Level})
		}
		ropt.Color = useColour(c, tty)
		ropt.Width = width
		if ropt.Width == 0 && tty {
			if f, ok := outputFile(c.App.Writer); ok {
				if wd, _, err := term.GetSize(int(f.Fd())); err == nil {
					ropt.Width = wd
				}
			}
		}
		return render.Write(w, a, textFormat, ropt)
	}

	// Every file is written completely to its temporary file before any is
	// renamed (atomicfile.CommitAll): a failure while writing leaves all
	// of them as they were. Standard output is written last, once the
	// files are in place.
	var files []*atomicfile.File
	defer func() {
		for _, f := range files {
			f.Abort()
		}
	}()
	write := func(path string, fill func(io.Writer) error) error {
		f, err := atomicfile.Create(path)
		if err != nil {
			return err
		}
		files = append(files, f)
		if err := fill(f); err != nil {
			return fmt.Errorf("writing %s: %w", path, err)
		}
		return nil
	}
	if tmxPath != "" {
		tmxOpt.DocID = export.DocID(en.Name)
		if err := write(tmxPath, func(w io.Writer) error { return writeTMX(c, w, tmxPath, a, tmxOpt) }); err != nil {
			return err
		}
	}
	if glossPath != "" {
		es := gloss.Entries()
		if len(es) == 0 {
			fmt.Fprintf(c.App.ErrWriter, "bitext: %s: no names found on both sides; the glossary is empty\n", glossPath)
		}
		if err := write(glossPath, func(w io.Writer) error {
			return glossary.WriteWith(w, es, gout.format, gout.opt)
		}); err != nil {
			return err
		}
	}
	if outPath != "" && outPath != "-" {
		if err := write(outPath, func(w io.Writer) error { return view(w, false) }); err != nil {
			return err
		}
	}
	if err := atomicfile.CommitAll(files...); err != nil {
		return err
	}
	if outPath == "" || outPath == "-" {
		return writeOutput(c, "", view)
	}
	return nil
}

// recordedEncoding returns the forced encoding an alignment file records
// (settings.encoding, which reopening it reads both inputs with): the
// same for both files, or none. Different ones are a usage error.
func recordedEncoding(c *cli.Context) (string, error) {
	en, ko := pairEncodings(c)
	if en != ko {
		return "", usagef("an alignment file (-f json or html, review) records one encoding for both inputs, and EN_FILE's (%s) is not KO_FILE's (%s): convert one file, or write another format", orDetected(en), orDetected(ko))
	}
	return en, nil
}

// orDetected names a forced encoding, "" as detected.
func orDetected(enc string) string {
	if enc == "" {
		return "detected"
	}
	return enc
}

// newAlignmentFile returns the alignment file of a, made from en and ko
// with opt and the pair's names in gloss (nil for none), for writing to
// out ("" or "-": standard output): input paths are made relative to its
// directory, or to the working directory.
func newAlignmentFile(c *cli.Context, en, ko *read.Text, a *align.Alignment, opt align.Options, gloss *glossary.Builder, out string) (*alignfile.File, error) {
	dir := "."
	if out != "" && out != "-" {
		dir = filepath.Dir(out)
	}
	ropt, err := readOptions(c)
	if err != nil {
		return nil, err
	}
	enc, err := recordedEncoding(c)
	if err != nil {
		return nil, err
	}
	s := alignfile.Settings{KeepFurniture: opt.KeepFurniture, Paragraphs: ropt.Paragraphs.String(), Encoding: enc, MinScore: opt.MinScore}
	if d := c.String("dict"); d != "" {
		sum, err := alignfile.HashFile(d)
		if err != nil {
			return nil, fmt.Errorf("reading dictionary: %w", err)
		}
		s.Dict = &alignfile.Dict{Path: alignfile.Rel(dir, d), SHA256: sum}
	}
	f := alignfile.New(a, alignfile.Input{Path: alignfile.Rel(dir, en.Name), Text: en}, alignfile.Input{Path: alignfile.Rel(dir, ko.Name), Text: ko},
		export.DocID(en.Name), s, version)
	if gloss != nil {
		f.SetGlossary(gloss.Entries())
	}
	return f, nil
}

// alignPathsDistinct refuses, as a usage error, an output file of align
// (-o, --tmx, --glossary) that is another of them, an input or the
// dictionary.
func alignPathsDistinct(c *cli.Context, args []string) error {
	var outs, ins []atomicfile.Path
	for _, flag := range []string{"output", "tmx", "glossary"} {
		if p := c.String(flag); p != "" && p != "-" {
			name := "--" + flag
			if flag == "output" {
				name = "-o"
			}
			outs = append(outs, atomicfile.Path{Role: name, Name: p})
		}
	}
	for _, a := range args {
		if a != "-" {
			ins = append(ins, atomicfile.Path{Role: "input " + a, Name: a})
		}
	}
	if d := c.String("dict"); d != "" {
		ins = append(ins, atomicfile.Path{Role: "--dict", Name: d})
	}
	if err := atomicfile.Distinct(outs, ins); err != nil {
		return usageError{err}
	}
	return nil
}

// keepReviews refuses, before any work, output paths that are alignment
// files a person has reviewed (alignfile.CheckReplace): a new alignment
// never replaces a review, as in corpus --alignments.
func keepReviews(paths ...string) error {
	for _, p := range paths {
		if p == "" || p == "-" {
			continue
		}
		if err := alignfile.CheckReplace(p); err != nil {
			return err
		}
	}
	return nil
}

// writeOutput runs write on standard output, or on an atomically written
// file. tty tells write whether it writes to a terminal.
func writeOutput(c *cli.Context, path string, write func(w io.Writer, tty bool) error) error {
	if path == "" || path == "-" {
		tty := false
		if f, ok := outputFile(c.App.Writer); ok {
			tty = term.IsTerminal(int(f.Fd()))
		}
		return write(c.App.Writer, tty)
	}
	f, err := atomicfile.Create(path)
	if err != nil {
		return err
	}
	defer f.Abort()
	if err := write(f, false); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return f.Commit()
}

// tmxOptions reads the TMX flags.
func tmxOptions(c *cli.Context) (export.Options, error) {
	langs, err := langOptions(c)
	if err != nil {
		return export.Options{}, err
	}
	opt := export.Options{Langs: langs, IncludeFlagged: c.Bool("include-flagged"), Date: envOf(c).now().UTC().Truncate(time.Second)}
	if d := c.String("date"); d != "" {
		if opt.Date, err = export.ParseDate(d); err != nil {
			return opt, usagef("--date: %w", err)
		}
	}
	return opt, nil
}

// writeTMX writes the units of one alignment as a TMX document to w; path
// names it in warnings.
func writeTMX(c *cli.Context, w io.Writer, path string, a *align.Alignment, opt export.Options) error {
	units, counts := export.Units(a, opt)
	tw, err := tmx.NewWriter(w, export.Header(opt.Langs, a.Level, version, opt.Date))
	if err != nil {
		return err
	}
	for _, u := range units {
		if err := tw.Write(u); err != nil {
			return err
		}
	}
	if err := tw.Close(); err != nil {
		return err
	}
	if n := tw.Dropped(); n > 0 {
		fmt.Fprintf(c.App.ErrWriter, "bitext: %s: dropped %d characters that XML 1.0 does not allow\n", path, n)
	}
	if counts.Flagged > 0 && !opt.IncludeFlagged {
		what := "beads" // the units' level: sentence links at sentence level
		if a.Level == align.SentenceLevel {
			what = "sentence links"
		}
		fmt.Fprintf(c.App.ErrWriter, "bitext: %s: %d units, %d %s under --min-score left out (--include-flagged keeps them)\n", path, counts.Units, counts.Flagged, what)
	}
	return nil
}
