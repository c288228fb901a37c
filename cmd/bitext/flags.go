package main

import (
	"math"
	"strconv"
	"time"

	"github.com/bitext-ko/bitext/align/read"
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

// paragraphsFlag is --paragraphs, for the commands that read articles.
func paragraphsFlag() cli.Flag {
	return &cli.StringFlag{Name: "paragraphs", Value: "auto", Usage: "how the text is cut into paragraphs: `RULE` auto (blank-line blocks, or lines when there is no blank line; a block of long lines that each end a sentence is a paragraph a line), blank (blank-line blocks only) or line (every line)"}
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
