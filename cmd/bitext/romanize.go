package main

import (
	"bufio"
	"fmt"
	"strings"

	"github.com/bitext-ko/bitext/align/names/romanize"
	"github.com/bitext-ko/bitext/align/read"
	"github.com/urfave/cli/v2"
)

func romanizeCommand() *cli.Command {
	return &cli.Command{
		Name:      "romanize",
		Usage:     "write Korean in Latin letters (RR, RR transliteration, McCune–Reischauer, DPRK, press style)",
		ArgsUsage: "[TEXT…]",
		// The flags are read by positional, so that they may follow the
		// text and a leading "--" reaches it.
		SkipFlagParsing: true,
		Description: `Romanizes TEXT (the arguments joined by spaces), or standard input line by
line with one output line per input line. Latin letters, digits, punctuation
and Hanja are copied unchanged. Flags may follow the text; "--" ends the
flags, so that text starting with "-" can be romanized.

Standard input is UTF-8, or UTF-16 with a byte-order mark; --encoding names
another (euc-kr, …). A line that is not valid in its encoding, holds a NUL
byte or is longer than the line limit (1 MiB; bitext --max-line raises it)
stops the command with an error naming the line, after the lines before it
are written.

Styles: rr (Revised Romanization, by pronunciation: 신라 silla), rr-translit
(RR's letter-for-letter form: 값 gabs), mr (McCune–Reischauer: P'yŏngyang),
mr-plain (MR without marks), dprk (the DPRK's system), press (South Korean
press spelling of names and places: give --name for personal names, Moon
Jae-in, or --place for places, Busan, Bongcheon 1-dong; other text is
written as rr, and a hint on standard error names the arguments that look
like personal names). --name and --place cannot be given together.

Press style with --name or --place writes a name that has an established
English spelling as it is established, before its rules: a built-in table of
public figures, places and companies (김일성 Kim Il-sung, not Kim Il-seong;
노무현 Roh Moo-hyun; 반기문 Ban Ki-moon; with --place, 부산 Busan, 한강 Han
River), people for --name and places for --place, never organizations.
--house FILE puts a newsroom's own list (any glossary format) over the
table.`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "style", Value: "rr", Usage: "romanization `STYLE`: rr, rr-translit, mr, mr-plain, dprk or press"},
			&cli.BoolFlag{Name: "name", Usage: "treat each Hangul word as a personal name, surname first (김정은 → Kim Jong-un)"},
			&cli.BoolFlag{Name: "place", Usage: "hyphenate administrative units; a number before one keeps its digits, as on signs, and an ordinal 제 is dropped (종로2가 → Jongno 2-ga, 제기제1동 → Jegi 1-dong)"},
			&cli.BoolFlag{Name: "hyphenate", Usage: "RR: add the optional hyphen where syllables could be misread (중앙 → jung-ang)"},
			&cli.BoolFlag{Name: "capitalize", Usage: "capitalize every word"},
			&cli.BoolFlag{Name: "north", Usage: "press style: spell given names the DPRK way (Kim Jong-un)"},
			&cli.BoolFlag{Name: "archaic", Usage: "read pre-1933 spelling (뎐 → chŏn, word-initial ㄹ rule)"},
			encodingFlag("standard input"),
			houseFlag(),
			glossaryFormatFlag(),
		},
		Action: func(c *cli.Context) error {
			args, err := positional(c)
			if err != nil {
				return err
			}
			if c.Bool("help") {
				cli.HelpPrinter(c.App.Writer, cli.CommandHelpTemplate, c.Command)
				return nil
			}
			style, err := romanize.ParseStyle(c.String("style"))
			if err != nil {
				return usagef("%v", err)
			}
			if c.Bool("name") && c.Bool("place") {
				return usagef("--name and --place read the text as a personal name or as a place: give one")
			}
			if c.String("house") != "" && (style != romanize.Press || !c.Bool("name") && !c.Bool("place")) {
				return usagef("--house gives press style's spellings of names and places: use it with --style press and --name or --place")
			}
			house, err := readHouse(c, "")
			if err != nil {
				return err
			}
			r := romanize.New(style, romanize.Options{
				Name:       c.Bool("name"),
				Place:      c.Bool("place"),
				Hyphenate:  c.Bool("hyphenate"),
				Capitalize: c.Bool("capitalize"),
				North:      c.Bool("north"),
				Archaic:    c.Bool("archaic"),
				House:      house.Spellings(),
			})
			w := bufio.NewWriter(c.App.Writer)
			if len(args) > 0 {
				text := strings.Join(args, " ")
				fmt.Fprintln(w, r.String(text))
				if style == romanize.Press && !c.Bool("name") && !c.Bool("place") {
					nameHint(c, text, r)
				}
				return w.Flush()
			}
			if err := eachLine(c, c.String("encoding"), func(line string) error {
				_, err := w.Write(append(r.Append(nil, line), '\n'))
				return err
			}); err != nil {
				w.Flush()
				return err
			}
			return w.Flush()
		},
	}
}

// nameHint says on standard error, for press style without --name or
// --place, which words look like personal names, and how --name would
// write them: press style spells names, and other text is RR.
func nameHint(c *cli.Context, text string, r *romanize.Romanizer) {
	var names []string
	for _, tok := range strings.Fields(text) {
		if romanize.LooksLikeName(tok) {
			names = append(names, tok)
		}
	}
	if len(names) == 0 {
		return
	}
	asName := romanize.New(romanize.Press, romanize.Options{Name: true, North: c.Bool("north")})
	var as []string
	for _, n := range names {
		as = append(as, n+" "+asName.String(n))
	}
	fmt.Fprintf(c.App.ErrWriter, "bitext: hint: %s look like personal names, which press style spells only with --name (%s); without it, text is RR\n",
		strings.Join(names, ", "), strings.Join(as, ", "))
}

// eachLine calls fn for every line of standard input, without its line
// end, decoded by package read (Lines: a byte-order mark or the named
// encoding, else UTF-8) and at most the line limit long. Errors name the
// line.
func eachLine(c *cli.Context, encoding string, fn func(string) error) error {
	ls := read.NewLines(c.App.Reader, "-", read.Options{Encoding: encoding, Limits: inputLimits(c)})
	for ls.Scan() {
		if err := fn(ls.Text()); err != nil {
			return err
		}
	}
	return ls.Err()
}
