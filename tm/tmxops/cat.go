package tmxops

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/bitext-ko/bitext/align/render/cell"
	"github.com/bitext-ko/bitext/tm/tmx"
)

// Formats Cat writes.
const (
	// FormatTSV writes a header line (with the first unit: none before an
	// error in the units), then one line per unit and target
	// language: tuid, source language, source text, target language,
	// target text. Backslash, tab, line feed and carriage return in a field
	// are written \\, \t, \n and \r, so that a line is always a unit.
	FormatTSV = "tsv"
	// FormatJSON writes one JSON object per unit and line (JSON Lines):
	//
	//	{"tuid":"…","creationdate":"20190111T083512Z","props":[{"type":"x-score","value":"0.93"}],
	//	 "notes":["…"],"tuv":[{"lang":"ko-KR","text":"…","markup":"…"},{"lang":"en-US","text":"…"}]}
	//
	// with the source-language variant first, and empty fields left out.
	FormatJSON = "json"
)

// CatOptions chooses the format of Cat.
type CatOptions struct {
	Format string // FormatTSV or FormatJSON

	// Markup writes a segment's inline markup (as TMX, escaped XML) instead
	// of its plain text wherever it has some. In JSON both are written.
	Markup bool

	// Warn, if not nil, is called for each unit left out: invalid ones and,
	// in TSV, units with a single language.
	Warn func(error)

	// SafeCells neutralizes TSV fields against formula injection for
	// spreadsheets (see package cell): a field that starts, once escaped,
	// with =, +, -, @ gets a leading '. TSV is raw otherwise.
	SafeCells bool
}

// CatResult counts what Cat did.
type CatResult struct {
	Units   int // units written
	Skipped int // units left out
}

type jsonProp struct {
	Type  string `json:"type"`
	Lang  string `json:"lang,omitempty"`
	Value string `json:"value"`
}

type jsonVariant struct {
	Lang   string     `json:"lang"`
	Text   string     `json:"text"`
	Markup string     `json:"markup,omitempty"`
	Props  []jsonProp `json:"props,omitempty"`
	Notes  []string   `json:"notes,omitempty"`
}

type jsonUnit struct {
	TUID         string        `json:"tuid,omitempty"`
	CreationDate string        `json:"creationdate,omitempty"`
	Props        []jsonProp    `json:"props,omitempty"`
	Notes        []string      `json:"notes,omitempty"`
	Variants     []jsonVariant `json:"tuv"`
}

// Cat writes the units of in to out in opt.Format.
func Cat(out io.Writer, in Input, opt CatOptions) (CatResult, error) {
	var res CatResult
	if opt.Format != FormatTSV && opt.Format != FormatJSON {
		return res, fmt.Errorf("cat: unknown format %q (tsv or json)", opt.Format)
	}
	bw := bufio.NewWriterSize(out, 64<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	var srclang string
	cells := cell.For(opt.SafeCells)
	// The TSV header line is written with the first line of a unit, or at
	// the end of a file that has none, never before an error found in the
	// units: a file that cannot be read gives no output at all.
	headerDue := opt.Format == FormatTSV
	writeHeader := func() {
		if headerDue {
			bw.WriteString("tuid\tsrclang\tsource\ttgtlang\ttarget\n")
			headerDue = false
		}
	}
	header := func(h tmx.Header) error {
		srclang = h.SrcLang
		return nil
	}
	text := func(v tmx.Variant) string {
		if opt.Markup && v.Markup != "" {
			return v.Markup
		}
		return v.Text
	}
	skipped, err := forEach(in, opt.Markup || opt.Format == FormatJSON, opt.Warn, header, func(r *tmx.Reader, u *tmx.Unit) error {
		src, targets := sourceAndTargets(u, srclang)
		if opt.Format == FormatJSON {
			ju := jsonUnit{TUID: u.TUID, Props: jsonProps(u.Props), Notes: u.Notes}
			if !u.CreationDate.IsZero() {
				ju.CreationDate = tmx.FormatDate(u.CreationDate)
			}
			for _, v := range append([]tmx.Variant{src}, targets...) {
				ju.Variants = append(ju.Variants, jsonVariant{Lang: v.Lang, Text: v.Text, Markup: v.Markup, Props: jsonProps(v.Props), Notes: v.Notes})
			}
			res.Units++
			return enc.Encode(ju)
		}
		if len(targets) == 0 {
			res.Skipped++
			if opt.Warn != nil {
				opt.Warn(unitProblem(in.Name, r, u, "has a single language (%s); skipped", src.Lang))
			}
			return nil
		}
		writeHeader()
		for _, t := range targets {
			for i, f := range [...]string{u.TUID, src.Lang, text(src), t.Lang, text(t)} {
				if i > 0 {
					bw.WriteByte('\t')
				}
				if strings.ContainsAny(f, "\\\t\n\r") {
					f = tsvEscaper.Replace(f)
				}
				bw.WriteString(cells(f))
			}
			if err := bw.WriteByte('\n'); err != nil {
				return err
			}
		}
		res.Units++
		return nil
	})
	res.Skipped += skipped
	if err == nil {
		writeHeader()
	}
	if ferr := bw.Flush(); err == nil {
		err = ferr
	}
	return res, err
}

var tsvEscaper = strings.NewReplacer(`\`, `\\`, "\t", `\t`, "\n", `\n`, "\r", `\r`)

func jsonProps(props []tmx.Prop) []jsonProp {
	if len(props) == 0 {
		return nil
	}
	out := make([]jsonProp, len(props))
	for i, p := range props {
		out[i] = jsonProp(p)
	}
	return out
}
