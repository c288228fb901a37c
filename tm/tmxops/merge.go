package tmxops

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/bitext-ko/bitext/tm/tmx"
)

// MergeOptions says who makes the merged memory and where warnings go.
type MergeOptions struct {
	CreationTool        string    // default tmx.DefaultCreationTool
	CreationToolVersion string    // default "unknown"
	CreationDate        time.Time // zero leaves the date out

	// Warn, if not nil, is called for each unit left out other than a
	// duplicate (invalid units, units with a single language) and for
	// inputs whose source language differs from the first input's.
	Warn func(error)
}

// MergeResult counts what Merge did.
type MergeResult struct {
	Read       int // units read from all inputs
	Written    int // units written
	Duplicates int // units left out as duplicates of one written before
	Skipped    int // invalid or single-language units left out
	Dropped    int // characters XML 1.0 forbids, left out
}

// Merge writes to out, as one TMX document, the units of all inputs in
// order, leaving out each unit whose UnitKey was written before: the first
// of a set of duplicates is kept with its properties, notes and markup.
// Units with a single language are left out too, with a warning: they are
// no use to a translation memory. Inline markup is kept.
//
// The header is the first input's (segment type, source language, data
// type, properties, notes) with the creation tool and date of opt: the
// merged memory is a new document. Units keep their languages; the writer
// puts the first input's source language first in each.
//
// On error, out holds a partial document: write it to a temporary file and
// discard it (tm/atomicfile does).
func Merge(out io.Writer, inputs []Input, opt MergeOptions) (MergeResult, error) {
	var res MergeResult
	if len(inputs) == 0 {
		return res, errors.New("merge: no input")
	}
	warn := func(err error) {
		if opt.Warn != nil {
			opt.Warn(err)
		}
	}
	seen := make(map[Key]struct{})
	var w *tmx.Writer
	var srclang string
	for i, in := range inputs {
		header := func(h tmx.Header) error {
			if i > 0 {
				if !strings.EqualFold(h.SrcLang, srclang) {
					warn(fmt.Errorf("%s: source language %q differs from %q of %s; its units are written with %s first where they have it",
						in.Name, h.SrcLang, srclang, inputs[0].Name, srclang))
				}
				return nil
			}
			srclang = h.SrcLang
			h.CreationTool = opt.CreationTool
			h.CreationToolVersion = opt.CreationToolVersion
			h.CreationDate = opt.CreationDate
			h.OTMF = "" // the writer fills in the creation tool
			if h.SegType == "" {
				h.SegType = tmx.SegSentence
			}
			if srclang == "" {
				srclang = tmx.DefaultSrcLang
			}
			h.SrcLang = srclang
			// Keep only what a TMX header allows to be written twice over.
			h.Attrs = withoutAttr(h.Attrs, "creationdate")
			var err error
			w, err = tmx.NewWriter(out, h)
			if err != nil {
				return fmt.Errorf("%s: %w", in.Name, err)
			}
			return nil
		}
		skipped, err := forEach(in, true, opt.Warn, header, func(r *tmx.Reader, u *tmx.Unit) error {
			res.Read++
			if len(u.Variants) < 2 {
				res.Skipped++
				warn(unitProblem(in.Name, r, u, "has a single language (%s); skipped", u.Variants[0].Lang))
				return nil
			}
			k := UnitKey(u)
			if _, dup := seen[k]; dup {
				res.Duplicates++
				return nil
			}
			seen[k] = struct{}{}
			if err := w.Write(*u); err != nil {
				line, col := r.Pos()
				return fmt.Errorf("%s: line %d, column %d: %w", in.Name, line, col, err)
			}
			res.Written++
			return nil
		})
		res.Skipped += skipped
		if err != nil {
			return res, err
		}
	}
	if err := w.Close(); err != nil {
		return res, err
	}
	res.Dropped = w.Dropped()
	return res, nil
}

func withoutAttr(attrs []tmx.Attr, name string) []tmx.Attr {
	var out []tmx.Attr
	for _, a := range attrs {
		if a.Name != name {
			out = append(out, a)
		}
	}
	return out
}
