package main

import (
	"errors"
	"fmt"

	"github.com/bitext-ko/bitext/align/read"
	"github.com/dustin/go-humanize"
	"github.com/urfave/cli/v2"
)

// limitFlags are the global flags that raise the input limits (package
// read owns them and their defaults): they come before the command,
// `bitext --max-input 1GiB align …`.
func limitFlags() []cli.Flag {
	return []cli.Flag{
		&cli.GenericFlag{Name: "max-input", Value: &sizeValue{n: read.DefaultMaxSize},
			Usage: "read at most `SIZE` of an input read whole (an article, a list, a glossary, a dictionary, standard input): 256MiB, 1GiB, 500MB"},
		&cli.GenericFlag{Name: "max-line", Value: &sizeValue{n: read.DefaultMaxLine},
			Usage: "read lines of at most `SIZE` where standard input is read line by line (romanize, names match)"},
	}
}

// inputLimits returns the limits the global flags set.
func inputLimits(c *cli.Context) read.Limits {
	var l read.Limits
	if v, ok := c.Generic("max-input").(*sizeValue); ok {
		l.MaxSize = v.n
	}
	if v, ok := c.Generic("max-line").(*sizeValue); ok {
		l.MaxLine = int(v.n)
	}
	return l
}

// limitHint is what an error message adds when an input was over a limit:
// the flag that raises it.
func limitHint(err error) string {
	var tooLarge *read.TooLargeError
	switch {
	case !errors.As(err, &tooLarge):
		return ""
	case tooLarge.Line > 0:
		return " (bitext --max-line SIZE raises it)"
	}
	return " (bitext --max-input SIZE raises it)"
}

// sizeValue is a flag value of bytes written with a unit (256MiB, 1GiB,
// 500MB, 1024); go-humanize parses it.
type sizeValue struct{ n int64 }

func (s *sizeValue) Set(v string) error {
	n, err := humanize.ParseBytes(v)
	if err != nil {
		return fmt.Errorf("%q is not a size (write 256MiB, 1GiB, 500MB or a number of bytes)", v)
	}
	if n == 0 || n > 1<<50 {
		return fmt.Errorf("%q: a size must be between 1 byte and 1 PiB", v)
	}
	s.n = int64(n)
	return nil
}

func (s *sizeValue) String() string {
	if s == nil {
		return ""
	}
	return read.FormatSize(s.n)
}
