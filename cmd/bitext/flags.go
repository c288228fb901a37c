package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/bitext-ko/bitext/align"
	"github.com/bitext-ko/bitext/align/read"
	"github.com/bitext-ko/bitext/tm/export"
	"github.com/urfave/cli/v2"
)

// The numeric flags are read through the helpers below, which check the
// value before any work starts: a value out of range (NaN and infinities
// included) is a usage error, exit status 2, naming the flag, what it
// accepts and what was given. Each numeric flag of each command has a
// case in TestFlagValidation, which also fails when a numeric flag is added
// without one.

// scoreFlag reads a flag that holds a score or threshold: a number from 0
// to 1.
func scoreFlag(c *cli.Context, name string) (float64, error) {
	v := c.Float64(name)
	if math.IsNaN(v) || v < 0 || v > 1 {
		return 0, usagef("--%s must be a number from 0 to 1, not %s", name, strconv.FormatFloat(v, 'g', -1, 64))
	}
	return v, nil
}

// intRange is what an integer flag accepts: Min to Max, and 0 as well
// when Zero says what 0 means.
type intRange struct {
	Min, Max int
	Zero     string
}

// intFlag reads an integer flag and checks it against r.
func intFlag(c *cli.Context, name string, r intRange) (int, error) {
	v := c.Int(name)
	if v == 0 && r.Zero != "" || v >= r.Min && v <= r.Max {
		return v, nil
	}
	want := "from " + strconv.Itoa(r.Min) + " to " + strconv.Itoa(r.Max)
	if r.Zero != "" {
		want = "0 (" + r.Zero + ") or " + want
	}
	return 0, usagef("--%s must be %s, not %d", name, want, v)
}

// durationFlag reads a duration flag that must lie from min to max.
func durationFlag(c *cli.Context, name string, min, max time.Duration) (time.Duration, error) {
	v := c.Duration(name)
	if v < min || v > max {
		return 0, usagef("--%s must be from %s to %s, not %s", name, min, max, v)
	}
	return v, nil
}

// The ranges of the integer and duration flags.
var (
	// widthRange: narrower than 20 cells leaves no room for two columns;
	// wider than 1,000 is no terminal.
	widthRange = intRange{Min: 20, Max: 1000, Zero: "the terminal's width, or 100"}
	// jobsRange: more workers than this only costs memory (each holds a
	// pair and its alignment).
	jobsRange = intRange{Min: 1, Max: 1024, Zero: "all cores"}
	// worstRange: --worst lists at most every document.
	worstRange = intRange{Min: 0, Max: math.MaxInt32}
	// tbxVersionRange: the TBX versions a glossary is written in.
	tbxVersionRange = intRange{Min: 2, Max: 3}
)

// maxProgress is the longest --progress interval (0 is never).
const maxProgress = 24 * time.Hour

// The flags several commands share are made by the constructors below,
// the one owner of each flag's help text and default.

// dictFlag is --dict, for the commands that align.
func dictFlag() cli.Flag {
	return &cli.StringFlag{Name: "dict", Usage: "extra bilingual dictionary `FILE` in hunalign format (korean @ english, one pair a line)"}
}

// keepFurnitureFlag is --keep-furniture, for the commands that align.
func keepFurnitureFlag() cli.Flag {
	return &cli.BoolFlag{Name: "keep-furniture", Usage: "align page furniture like body text"}
}

// minScoreFlag is --min-score, for the commands that align.
func minScoreFlag() cli.Flag {
	return &cli.Float64Flag{Name: "min-score", Value: align.DefaultMinScore, Usage: "flag beads with confidence under `SCORE` for review"}
}

// levelFlag is --level, for the commands that align or export.
func levelFlag() cli.Flag {
	return &cli.StringFlag{Name: "level", Value: "paragraph", Usage: "`LEVEL` of the beads: paragraph, or sentence (the sentence links inside paragraph beads)"}
}

// levelOption reads --level.
func levelOption(c *cli.Context) (align.Level, error) {
	switch c.String("level") {
	case "paragraph":
		return align.ParagraphLevel, nil
	case "sentence":
		return align.SentenceLevel, nil
	}
	return align.ParagraphLevel, usagef("--level must be paragraph or sentence, not %q", c.String("level"))
}

// encodingFlag is --encoding, for the commands that read text; of says
// which inputs it applies to.
func encodingFlag(of string) cli.Flag {
	return &cli.StringFlag{Name: "encoding", Usage: "`ENCODING` of " + of + " (utf-8, utf-16le, utf-16be, euc-kr or another WHATWG name); default: a byte-order mark's, or detected (UTF-8, or UTF-16 or EUC-KR/CP949 in a file read whole)"}
}

// sideEncodingFlag is --en-encoding or --ko-encoding, for the commands
// that read a pair: the encoding of one file, EN_FILE (the first) or
// KO_FILE (the second), over --encoding's.
func sideEncodingFlag(side string) cli.Flag {
	file, nth := "EN_FILE", "first"
	if side == "ko" {
		file, nth = "KO_FILE", "second"
	}
	return &cli.StringFlag{Name: side + "-encoding", Usage: "`ENCODING` of " + file + " alone (the " + nth + " file), over --encoding"}
}

// pairEncodings returns the encodings forced on EN_FILE and KO_FILE: each
// side's --en-encoding or --ko-encoding, else --encoding, else "" (detect).
func pairEncodings(c *cli.Context) (en, ko string) {
	en, ko = c.String("en-encoding"), c.String("ko-encoding")
	if en == "" {
		en = c.String("encoding")
	}
	if ko == "" {
		ko = c.String("encoding")
	}
	return en, ko
}

// sideEncodingHint is what a *read.ParseError of the file on side ("en" or
// "ko") of a pair gets: the flag that names that file's encoding, when
// the encoding was assumed, and when it was forced, which flag forced it
// (--encoding forces both files: the usual mistake is to force the other
// file's encoding on this one).
func sideEncodingHint(c *cli.Context, side string, err error) error {
	var pe *read.ParseError
	if !errors.As(err, &pe) {
		return err
	}
	flag := side + "-encoding"
	var hint string
	switch {
	case pe.Assumed:
		hint = fmt.Sprintf("if it is text in another encoding, --%s names it", flag)
	case c.String(flag) != "":
		return err // forced for this file alone: the message says what is wrong
	case c.String("encoding") != "":
		hint = fmt.Sprintf("--encoding %s applies to both files; --en-encoding or --ko-encoding names the encoding of one", c.String("encoding"))
	default:
		return err
	}
	return hintedError{err: err, hint: hint}
}

// hintedError is an error with a hint, which the command-wide hints
// (flagHints) leave alone.
type hintedError struct {
	err  error
	hint string
}

func (h hintedError) Error() string { return fmt.Sprintf("%v (%s)", h.err, h.hint) }
func (h hintedError) Unwrap() error { return h.err }

// The flags of the commands that write a TMX: tmxFlag, langsFlag,
// srclangFlag, dateFlag and includeFlaggedFlag (read by tmxOptions), and
// glossaryFlag for those that also write a glossary.

func tmxFlag() cli.Flag {
	return &cli.StringFlag{Name: "tmx", Usage: "write the translation memory to `FILE` (TMX 1.4b)"}
}

func langsFlag() cli.Flag {
	return &cli.StringFlag{Name: "langs", Value: "ko-KR,en-US", Usage: "language `TAGS` of the TMX (BCP 47), Korean first"}
}

func srclangFlag() cli.Flag {
	return &cli.StringFlag{Name: "srclang", Value: "ko", Usage: "source language `LANG`, ko or en (or its --langs tag): the TMX's, and the first column of a .txt or .csv glossary"}
}

func dateFlag() cli.Flag {
	return &cli.StringFlag{Name: "date", Usage: "TMX creation `DATE` (YYYYMMDDThhmmssZ or RFC 3339; default now), for reproducible files"}
}

func includeFlaggedFlag() cli.Flag {
	return &cli.BoolFlag{Name: "include-flagged", Usage: "export the beads flagged for review (under the minimum score) to the TMX too, marked x-flagged"}
}

func glossaryFlag() cli.Flag {
	return &cli.StringFlag{Name: "glossary", Usage: "write the name glossary to `FILE` (.tsv, .txt, .csv, .tbx or .json, or --glossary-format)"}
}

// langOptions reads --langs (where the command has it) and --srclang.
func langOptions(c *cli.Context) (export.Langs, error) {
	l, err := export.ParseLangs(c.String("langs"), c.String("srclang"))
	switch {
	case errors.Is(err, export.ErrSource):
		return l, usagef("--srclang: %w", err)
	case err != nil:
		return l, usagef("--langs: %w", err)
	}
	// A tag written otherwise than BCP 47 writes it (ko_KR, EN-us) is read
	// as the tag it stands for, and the TMX gets the canonical one: say so.
	if given := c.String("langs"); given != "" {
		ko, en, _ := strings.Cut(given, ",")
		for _, t := range [][2]string{{strings.TrimSpace(ko), l.KO}, {strings.TrimSpace(en), l.EN}} {
			if t[0] != "" && t[0] != t[1] {
				fmt.Fprintf(c.App.ErrWriter, "bitext: --langs: %q read as %s (BCP 47 writes it so)\n", t[0], t[1])
			}
		}
	}
	return l, nil
}

// paragraphsFlag is --paragraphs, for the commands that read articles.
func paragraphsFlag() cli.Flag {
	return &cli.StringFlag{Name: "paragraphs", Value: "auto", Usage: "how the text is cut into paragraphs: `RULE` auto (blank-line blocks, or lines when there is no blank line; blocks of long lines that mostly end a sentence, not wrapped, are cut into lines), blank (blank-line blocks only) or line (every line)"}
}

// readOptions reads --paragraphs and, where the command has it,
// --encoding.
func readOptions(c *cli.Context) (read.Options, error) {
	mode, err := read.ParseParagraphMode(c.String("paragraphs"))
	if err != nil {
		return read.Options{}, usagef("--paragraphs: %v", err)
	}
	return read.Options{Encoding: c.String("encoding"), Paragraphs: mode, Limits: inputLimits(c)}, nil
}
