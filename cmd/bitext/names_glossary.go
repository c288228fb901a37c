package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/bitext-ko/bitext/align/furniture"
	"github.com/bitext-ko/bitext/align/names/english"
	"github.com/bitext-ko/bitext/align/names/romanize"
	"github.com/bitext-ko/bitext/align/read"
	"github.com/bitext-ko/bitext/align/render/cell"
	"github.com/bitext-ko/bitext/tm/atomicfile"
	"github.com/bitext-ko/bitext/tm/glossary"
	"github.com/bitext-ko/bitext/tm/review"
	"github.com/urfave/cli/v2"
	"golang.org/x/term"
)

// glossaryFormatFlag is --glossary-format, shared by the commands that
// read or write glossaries.
func glossaryFormatFlag() cli.Flag {
	return &cli.StringFlag{Name: "glossary-format", Usage: "glossary `FORMAT`: tsv, txt, csv, tbx or json (default: by file extension)"}
}

// safeCellsFlag is --safe-cells, for the commands that write TSV.
func safeCellsFlag() cli.Flag {
	return &cli.BoolFlag{Name: "safe-cells", Usage: "neutralize TSV (and .txt glossary) cells for spreadsheets: a leading ' on cells starting with =, +, -, @, tab or CR (CSV always has it)"}
}

// headerFlag is --header and tbxVersionFlag --tbx-version, for the
// commands that write a glossary (with --glossary-format and
// --safe-cells).
func headerFlag() cli.Flag {
	return &cli.BoolFlag{Name: "header", Usage: "give a CSV glossary a header row naming its columns, for memoQ and MultiTerm (OmegaT reads it as an entry)"}
}

func tbxVersionFlag() cli.Flag {
	return &cli.IntFlag{Name: "tbx-version", Value: 2, Usage: "TBX glossary `VERSION`: 2 (<martif>, TBX-Basic, what OmegaT, memoQ and MultiTerm import) or 3 (<tbx>, ISO 30042:2019)"}
}

// glossaryOutput is a glossary file to write: where, in which format and
// how.
type glossaryOutput struct {
	path   string
	format glossary.Format
	opt    glossary.WriteOptions
}

// newGlossaryOutput checks the glossary flags for a file at path before
// anything is done; englishSource is --srclang en.
func newGlossaryOutput(c *cli.Context, path string, englishSource bool) (glossaryOutput, error) {
	f, err := glossary.FormatFor(path, c.String("glossary-format"))
	if err != nil {
		return glossaryOutput{}, usageError{err}
	}
	opt, err := glossaryWriteOptions(c, f, englishSource)
	return glossaryOutput{path, f, opt}, err
}

// glossaryShapeFlags checks that --header and --tbx-version, which shape
// a glossary file, come with a glossary to shape: path is the --glossary
// of a command that writes one only when asked.
func glossaryShapeFlags(c *cli.Context, path string) error {
	if _, err := intFlag(c, "tbx-version", tbxVersionRange); err != nil {
		return err
	}
	if path != "" {
		return nil
	}
	for _, f := range []string{"header", "tbx-version"} {
		if c.IsSet(f) {
			return usagef("--%s shapes the glossary file, and there is no --glossary", f)
		}
	}
	return nil
}

// glossaryWriteOptions reads --safe-cells, --header and --tbx-version for a file in
// format f: each is a usage error with a format it does not apply to.
func glossaryWriteOptions(c *cli.Context, f glossary.Format, englishSource bool) (glossary.WriteOptions, error) {
	opt := glossary.WriteOptions{SafeCells: c.Bool("safe-cells"), Header: c.Bool("header"), EnglishSource: englishSource}
	var err error
	if opt.TBXVersion, err = intFlag(c, "tbx-version", tbxVersionRange); err != nil {
		return opt, err
	}
	if opt.Header && f != glossary.CSV {
		return opt, usagef("--header is for a CSV glossary, and this one is %s (TSV always has a header row, OmegaT's .txt never)", strings.ToUpper(string(f)))
	}
	if c.IsSet("tbx-version") && f != glossary.TBX {
		return opt, usagef("--tbx-version is for a TBX glossary, and this one is %s", strings.ToUpper(string(f)))
	}
	return opt, nil
}

// write writes entries to the file, atomically.
func (g glossaryOutput) write(c *cli.Context, es []glossary.Entry) error {
	return writeOutput(c, g.path, func(w io.Writer, _ bool) error { return glossary.WriteWith(w, es, g.format, g.opt) })
}

// readGlossary reads a glossary file, printing its repeated rows (and,
// with conflicts, forms under two Hangul names) as warnings.
func readGlossary(c *cli.Context, path string) ([]glossary.Entry, error) {
	return readGlossaryWarn(c, path, false)
}

func readGlossaryWarn(c *cli.Context, path string, conflicts bool) ([]glossary.Entry, error) {
	es, _, err := readGlossaryLines(c, path, conflicts)
	return es, err
}

// readGlossaryLines is readGlossaryWarn that also returns the line of
// each entry (glossary.ReadLines).
func readGlossaryLines(c *cli.Context, path string, conflicts bool) ([]glossary.Entry, []int, error) {
	f, err := glossary.FormatFor(path, c.String("glossary-format"))
	if err != nil {
		return nil, nil, usageError{err}
	}
	in, err := os.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("reading glossary: %w", err)
	}
	defer in.Close()
	es, lines, probs, err := glossary.ReadLines(read.Limit(in, path, inputLimits(c).MaxSize), path, f)
	if err != nil {
		return nil, nil, err
	}
	for _, p := range probs {
		if !p.Conflict || conflicts {
			fmt.Fprintf(c.App.ErrWriter, "bitext: %s: warning: %s\n", path, p)
		}
	}
	return es, lines, nil
}

// houseFlag is --house, one flag for romanize --style press, names diff
// and names normalize.
func houseFlag() cli.Flag {
	return &cli.StringFlag{Name: "house", Usage: "a newsroom's own spellings, in any glossary `FILE` format (by extension or --glossary-format): they override the built-in established spellings and are the first judge of a name"}
}

// readHouse reads the house list given as --house (or, for the older
// name of the same flag, alias): a glossary in any format.
func readHouse(c *cli.Context, alias string) (*review.House, error) {
	path := c.String("house")
	if alias != "" && c.String(alias) != "" {
		if path != "" {
			return nil, usagef("--%s is the older name of --house: give one", alias)
		}
		path = c.String(alias)
	}
	if path == "" {
		return nil, nil
	}
	es, lines, err := readGlossaryLines(c, path, true)
	if err != nil {
		return nil, err
	}
	if len(es) == 0 {
		fmt.Fprintf(c.App.ErrWriter, "bitext: %s: warning: the house list has no entries\n", path)
	}
	return review.NewHouseLines(path, es, lines)
}

func namesExtractCommand() *cli.Command {
	return &cli.Command{
		Name:      "extract",
		Usage:     "list the names of an English text",
		ArgsUsage: "EN_FILE",
		Description: `Lists the names of an English article (people, places, organizations), with
titles such as "Secretary of State" stripped and surnames alone counted with the
full name (Trump with Donald Trump): name, type, count, paragraph ids.`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "text", Usage: "text, tsv or json"},
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write to `FILE` (atomically)"},
			encodingFlag("EN_FILE"),
			safeCellsFlag(),
		},
		Action: func(c *cli.Context) error {
			args, err := positional(c)
			if err != nil {
				return err
			}
			if len(args) != 1 {
				return usagef("names extract needs one English file (got %d)", len(args))
			}
			format := c.String("format")
			if format != "text" && format != "tsv" && format != "json" {
				return usagef("--format must be text, tsv or json, not %q", format)
			}
			txt, err := read.File(args[0], c.App.Reader, read.Options{Encoding: c.String("encoding"), Limits: inputLimits(c)})
			if err != nil {
				return err
			}
			if read.DetectLanguage(txt.Paragraphs) == read.Korean {
				return fmt.Errorf("%s: this is Korean text; names extract reads English", txt.Name)
			}
			// Bylines stay: the writer is a name of the article.
			names := english.ListNames(furniture.Strip(txt.Paragraphs, furniture.Byline, furniture.Caption))
			if len(names) == 0 {
				fmt.Fprintf(c.App.ErrWriter, "bitext: %s: no names found\n", txt.Name)
			}
			return writeOutput(c, c.String("output"), func(w io.Writer, _ bool) error {
				return writeNames(w, names, format, cell.For(c.Bool("safe-cells")))
			})
		},
	}
}

// writeNames writes names in format; TSV cells go through cells.
func writeNames(w io.Writer, names []english.Name, format string, cells func(string) string) error {
	ids := func(ps []int) string {
		s := make([]string, len(ps))
		for i, p := range ps {
			s[i] = strconv.Itoa(p)
		}
		return strings.Join(s, ",")
	}
	switch format {
	case "json":
		if names == nil {
			names = []english.Name{}
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(names)
	case "tsv":
		bw := bufio.NewWriter(w)
		fmt.Fprintln(bw, "name\ttype\tcount\tparagraphs\tforms\ttitles")
		for _, n := range names {
			fmt.Fprintf(bw, "%s\t%s\t%d\t%s\t%s\t%s\n", cells(n.Text), n.Type, n.Count, ids(n.Paragraphs), cells(strings.Join(n.Forms, "|")), cells(strings.Join(n.Titles, "|")))
		}
		return bw.Flush()
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	for _, n := range names {
		extra := ""
		if len(n.Forms) > 0 {
			extra = "  (also " + strings.Join(n.Forms, ", ") + ")"
		}
		fmt.Fprintf(tw, "%s\t%s\t%d\t¶ %s%s\n", n.Text, n.Type, n.Count, ids(n.Paragraphs), extra)
	}
	return tw.Flush()
}

// styleFlag parses --style, which may be empty when optional.
func styleFlag(c *cli.Context) (*romanize.Style, error) {
	s := c.String("style")
	if s == "" {
		return nil, nil
	}
	st, err := romanize.ParseStyle(s)
	if err != nil {
		return nil, usagef("--style must be press, rr, mr or dprk (or rr-translit, mr-plain), not %q", s)
	}
	return &st, nil
}

func namesDiffCommand() *cli.Command {
	return &cli.Command{
		Name:      "diff",
		Usage:     "review how the names of a glossary are romanized",
		ArgsUsage: "GLOSSARY [GLOSSARY…]",
		Description: `Shows every English form of a Hangul name that differs from the form it
should have, the house's first: a name the --house list has is judged by the
list's spelling; with --style, a Korean person or place by its form in that
style (bitext romanize --name for people; in press style the established
spelling, such as Kim Il-sung for 김일성, and the entry it comes from, or a
person's own spelling in the press layout); otherwise by the most frequent
form (the first listed when the glossary has no counts, as in plain OmegaT
rows). Foreign names, organizations and translated names are judged only by
the house list or the most frequent form, never by a romanization.

Each variant is printed plainly beside the form it should be, then marked
under the letters that differ (^), with its class, by its worst part:
formatting (case, hyphens, spaces, word order), system (another romanization
system's letters: Chŏng/Jong, k/g, Ri/Lee), spelling (another vowel spelling:
Jong/Jeong, Joon/Jun), other. On a terminal the differing letters are
coloured instead, unless NO_COLOR is set.

Several glossaries (corpus shards) are merged first, as names merge does:
the output does not depend on the order they are given in. With
--exit-code the exit status is 1 when any variant is listed, 0 when none,
for use in CI.`,
		Flags: []cli.Flag{
			houseFlag(),
			&cli.StringFlag{Name: "against", Usage: "the older name of --house (deprecated)"},
			&cli.StringFlag{Name: "style", Usage: "judge Korean names the house list lacks by the romanization `STYLE`: press, rr, mr or dprk"},
			&cli.BoolFlag{Name: "exit-code", Usage: "exit with status 1 when any variant is listed (for CI)"},
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "text", Usage: "text, tsv or json"},
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write to `FILE` (atomically)"},
			glossaryFormatFlag(),
			safeCellsFlag(),
		},
		Action: func(c *cli.Context) error {
			args, err := positional(c)
			if err != nil {
				return err
			}
			if len(args) == 0 {
				return usagef("names diff needs a glossary file")
			}
			format := c.String("format")
			if format != "text" && format != "tsv" && format != "json" {
				return usagef("--format must be text, tsv or json, not %q", format)
			}
			style, err := styleFlag(c)
			if err != nil {
				return err
			}
			house, err := readHouse(c, "against")
			if err != nil {
				return err
			}
			entries, err := readGlossaries(c, args)
			if err != nil {
				return err
			}
			vs := review.Against(entries, house, style)
			err = writeOutput(c, c.String("output"), func(w io.Writer, tty bool) error {
				return writeVariants(w, vs, format, useColour(c, tty), cell.For(c.Bool("safe-cells")))
			})
			if err == nil && c.Bool("exit-code") && len(vs) > 0 {
				return fmt.Errorf("%d form(s) differ from the form they should have (--exit-code)", len(vs))
			}
			return err
		},
	}
}

// readGlossaries reads the glossaries of names diff and merges several
// into one (glossary.Merge), warning of the conflicts between them
// before merging hides them.
func readGlossaries(c *cli.Context, paths []string) ([]glossary.Entry, error) {
	var lists [][]glossary.Entry
	for _, a := range paths {
		// One file: its conflicts with its name; several: the
		// conflicts of all together, once, below.
		es, err := readGlossaryWarn(c, a, len(paths) == 1)
		if err != nil {
			return nil, err
		}
		lists = append(lists, es)
	}
	if len(lists) == 1 {
		return lists[0], nil
	}
	for _, p := range glossary.Check(slices.Concat(lists...)) {
		fmt.Fprintf(c.App.ErrWriter, "bitext: warning: %s\n", p)
	}
	return glossary.Merge(lists...), nil
}

// writeVariants writes variants in format; TSV cells go through cells.
func writeVariants(w io.Writer, vs []review.Variant, format string, color bool, cells func(string) string) error {
	switch format {
	case "json":
		if vs == nil {
			vs = []review.Variant{}
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(vs)
	case "tsv":
		bw := bufio.NewWriter(w)
		fmt.Fprintln(bw, "hangul\treference\tbasis\tvariant\tclass\tcount\tdocs\tchanges\tseen\tapplied")
		for _, v := range vs {
			fmt.Fprintf(bw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", cells(v.Hangul), cells(v.Reference), v.Basis, cells(v.English), v.Class, countField(v.Count), countField(v.Docs),
				cells(review.Describe(v.Diff)), cells(seenList(v.Seen)), cells(v.Applied))
		}
		return bw.Flush()
	}
	bw := bufio.NewWriter(w)
	if len(vs) == 0 {
		fmt.Fprintln(bw, "no differences")
		return bw.Flush()
	}
	last := ""
	for _, v := range vs {
		if v.Hangul != last {
			ref := v.Reference + "  (" + v.Basis
			if v.RefCount > 0 {
				ref += ", " + strconv.Itoa(v.RefCount) + "×"
			}
			fmt.Fprintf(bw, "%s  %s)\n", v.Hangul, ref)
			if v.Applied != "" {
				fmt.Fprintf(bw, "  established: %s\n", v.Applied)
			}
			last = v.Hangul
		}
		// The variant plainly, beside the form it should be, then a
		// line of carets under the letters that differ (or colour).
		pair, marks := review.SideBySide(v.Diff, color)
		fmt.Fprintf(bw, "  %s   %s: %s%s", pair, v.Class, review.Describe(v.Diff), seenCount(v.Count, v.Docs))
		if len(v.Seen) > 0 {
			fmt.Fprintf(bw, "  %s", seenList(v.Seen))
		}
		fmt.Fprintln(bw)
		if marks != "" {
			fmt.Fprintf(bw, "  %s\n", marks)
		}
	}
	return bw.Flush()
}

// seenCount writes how often a form was seen ("  5× in 3 doc(s)"), or
// nothing for a glossary row that has no counts (a plain OmegaT row).
func seenCount(count, docs int) string {
	switch {
	case count > 0 && docs > 0:
		return fmt.Sprintf("  %d× in %d doc(s)", count, docs)
	case count > 0:
		return fmt.Sprintf("  %d×", count)
	case docs > 0:
		return fmt.Sprintf("  in %d doc(s)", docs)
	}
	return ""
}

// countField is a count in a TSV column: empty when the glossary has none.
func countField(n int) string {
	if n <= 0 {
		return ""
	}
	return strconv.Itoa(n)
}

func seenList(ss []glossary.Seen) string {
	const most = 5
	var parts []string
	for i, s := range ss {
		if i == most {
			parts = append(parts, fmt.Sprintf("+%d more", len(ss)-most))
			break
		}
		parts = append(parts, s.String())
	}
	return strings.Join(parts, " ")
}

func namesNormalizeCommand() *cli.Command {
	return &cli.Command{
		Name:      "normalize",
		Usage:     "rewrite the Korean names of an English text in a house style",
		ArgsUsage: "EN_FILE",
		Description: `Rewrites the Korean personal and place names of an English text into the
house's spelling (--house FILE) or a romanization style (--style), and
touches nothing else: only a name that the house list or the name layer
identifies as a Korean person or place, with its Hangul, is rewritten.
Foreign names (Washington, Russia, Kentucky), organizations, translated
names and phrases ("Republican Party's", "RT Russia") stay as they are,
whatever a glossary pairs them with.

A name is known by the --house list's forms (the Hangul of their entry),
by an established spelling (a built-in table of public figures and places:
Kim Il Sung is 김일성), or, with --style, by the romanization systems
themselves: the Hangul names that some system writes as the text does, when
they all give one form in the style (Kim Jeong-eun → Kim Chŏng-ŭn in mr);
when they do not, or nothing spells it so, the name is left alone and a
warning says so — give its Hangul in the house list. Without --style a name
becomes the house list's spelling; with it, its form in the style from its
Hangul. Press style takes the house list's spelling first, then the
built-in table's (Kim Il-sung, Roh Moo-hyun, Ban Ki-moon, Cho Yoon-je),
and otherwise keeps a person's own spelling, setting only the layout (Kim
Jong Un → Kim Jong-un); standard error says which established spelling
each rewrite applied. A name in capitals stays in capitals.

The rewritten text goes to standard output, or to -o FILE; --diff shows
the changes instead, line by line; --write rewrites EN_FILE in place
(atomically, keeping its permissions) and shows the changes. --glossary is
the older name of --house.`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "style", Usage: "house `STYLE`: press, rr, mr or dprk"},
			houseFlag(),
			&cli.StringFlag{Name: "glossary", Usage: "the older name of --house (deprecated)"},
			glossaryFormatFlag(),
			&cli.BoolFlag{Name: "diff", Usage: "show the changes instead of the text"},
			&cli.BoolFlag{Name: "write", Aliases: []string{"w"}, Usage: "rewrite EN_FILE in place (atomically) and show the changes"},
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write the normalized text to `FILE` (atomically)"},
		},
		Action: func(c *cli.Context) error {
			args, err := positional(c)
			if err != nil {
				return err
			}
			if len(args) != 1 {
				return usagef("names normalize needs one English file (got %d)", len(args))
			}
			if c.Bool("write") && c.String("output") != "" {
				return usagef("--write rewrites EN_FILE in place and -o writes elsewhere: give one")
			}
			style, err := styleFlag(c)
			if err != nil {
				return err
			}
			house, err := readHouse(c, "glossary")
			if err != nil {
				return err
			}
			if style == nil && house == nil {
				return usagef("names normalize needs --style or --house (or both)")
			}
			path := args[0]
			if path == "-" && c.Bool("write") {
				return usagef("--write needs a file, not standard input")
			}
			var data []byte
			if path == "-" {
				data, err = read.All(read.Limit(c.App.Reader, path, inputLimits(c).MaxSize), path)
			} else {
				data, err = read.ReadFile(path, inputLimits(c).MaxSize)
			}
			if err != nil {
				return err
			}
			text := string(data)
			if !isUTF8(data) {
				return fmt.Errorf("%s: not UTF-8; normalize rewrites the file as it is and reads only UTF-8", path)
			}
			out, changes, warnings := review.RestyleNames(text, review.RestyleOptions{Style: style, House: house})
			for _, w := range warnings {
				fmt.Fprintf(c.App.ErrWriter, "bitext: %s: warning: %s\n", path, w)
			}
			for _, a := range review.AppliedSpellings(changes) {
				fmt.Fprintf(c.App.ErrWriter, "bitext: %s: %s\n", path, a)
			}
			showDiff := c.Bool("diff") || c.Bool("write")
			if showDiff {
				// The changes are shown before the file is rewritten, and
				// it is not when they cannot be.
				tty := false
				if f, ok := outputFile(c.App.Writer); ok {
					tty = isTerminal(f)
				}
				var err error
				if len(changes) == 0 {
					left := ""
					if len(warnings) > 0 {
						left = fmt.Sprintf(" (%d left alone: see the warnings)", len(warnings))
					}
					_, err = fmt.Fprintf(c.App.Writer, "%s: no names to change%s\n", path, left)
				} else {
					_, err = fmt.Fprint(c.App.Writer, review.RenderChanges(text, changes, useColour(c, tty)))
				}
				if err != nil {
					return err
				}
			}
			target := c.String("output")
			if c.Bool("write") {
				target = path
			}
			if target == "" {
				if showDiff {
					return nil
				}
				_, err := io.WriteString(c.App.Writer, out)
				return err
			}
			if len(changes) == 0 && target == path {
				return nil
			}
			f, err := atomicfile.Create(target)
			if err != nil {
				return err
			}
			defer f.Abort()
			if _, err := io.WriteString(f, out); err != nil {
				return fmt.Errorf("writing %s: %w", target, err)
			}
			if err := f.Commit(); err != nil {
				return err
			}
			if c.Bool("write") {
				fmt.Fprintf(c.App.ErrWriter, "bitext: %s: %d name(s) rewritten\n", path, len(changes))
			}
			return nil
		},
	}
}

func namesMergeCommand() *cli.Command {
	return &cli.Command{
		Name:      "merge",
		Usage:     "merge glossaries (corpus shards) into one",
		ArgsUsage: "GLOSSARY… -o OUT",
		Description: `Merges glossaries, such as the shards of a corpus run or a translator's plain
two-column glossary and one bitext made, into one: entries with the same
Hangul become one, their forms added together (counts, documents, places),
and the romanization columns are made again from the merged entry (Korean
names only). Inputs may be in different formats (by extension); the output's
format is its extension's or --glossary-format's.

Order: each file's order is kept (a hand-made glossary is not sorted; bitext
writes its own by Hangul), and where files interleave the entry whose Hangul
sorts first comes first, so the same files give the same output in any
order, and sorted shards merge into a sorted glossary. Within an entry,
forms go by count, then documents, then by where their files list them (the
first listed is the preferred form of a glossary without counts).`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write the merged glossary to `FILE` (atomically; required)"},
			glossaryFormatFlag(),
			safeCellsFlag(),
			srclangFlag(),
			headerFlag(),
			tbxVersionFlag(),
		},
		Action: func(c *cli.Context) error {
			args, err := positional(c)
			if err != nil {
				return err
			}
			out := c.String("output")
			if len(args) == 0 || out == "" {
				return usagef("names merge needs glossary files and -o OUT")
			}
			if out == "-" {
				return usagef("names merge writes a file: give -o OUT with an extension or --glossary-format")
			}
			langs, err := langOptions(c)
			if err != nil {
				return err
			}
			g, err := newGlossaryOutput(c, out, langs.SourceEN)
			if err != nil {
				return err
			}
			var lists [][]glossary.Entry
			for _, a := range args {
				// Inputs are read by their own extension.
				f, err := glossary.FormatFor(a, "")
				if err != nil {
					return usageError{err}
				}
				in, err := os.Open(a)
				if err != nil {
					return fmt.Errorf("reading glossary: %w", err)
				}
				es, probs, err := glossary.ReadChecked(read.Limit(in, a, inputLimits(c).MaxSize), a, f)
				in.Close()
				if err != nil {
					return err
				}
				for _, p := range probs {
					if !p.Conflict { // conflicts are told once, across the inputs
						fmt.Fprintf(c.App.ErrWriter, "bitext: %s: warning: %s\n", a, p)
					}
				}
				lists = append(lists, es)
			}
			merged := glossary.Merge(lists...)
			inputs := "names merge"
			if len(args) == 1 {
				inputs = args[0]
			}
			for _, p := range glossary.CheckMerged(merged, lists...) {
				fmt.Fprintf(c.App.ErrWriter, "bitext: %s: warning: %s\n", inputs, p)
			}
			glossary.TypeFromTable(merged)
			return g.write(c, merged)
		},
	}
}

func isUTF8(b []byte) bool { return utf8.Valid(b) }

func isTerminal(f *os.File) bool { return term.IsTerminal(int(f.Fd())) }
