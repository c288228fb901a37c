// Package eval scores predicted alignments against gold ones the way the
// shared corpus's score.py does: strict bead precision, recall and F1 (a
// predicted bead counts only when the identical bead with both sides
// non-empty is in the gold) and link precision, recall and F1 (every
// English–Korean paragraph pair a non-empty bead implies), micro-averaged
// over documents.
package eval

import (
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/bitext-ko/bitext/align"
	"github.com/bitext-ko/bitext/align/read"
)

// Counts are true positives, predicted and gold totals.
type Counts struct{ TP, Pred, Gold int }

// Add adds other to c.
func (c *Counts) Add(o Counts) { c.TP += o.TP; c.Pred += o.Pred; c.Gold += o.Gold }

// PRF returns precision, recall and F1; an empty side counts as perfect,
// as in score.py.
func (c Counts) PRF() (p, r, f float64) {
	p, r = 1, 1
	if c.Pred > 0 {
		p = float64(c.TP) / float64(c.Pred)
	}
	if c.Gold > 0 {
		r = float64(c.TP) / float64(c.Gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

type link struct{ en, ko string }

func links(beads []align.Bead) map[link]bool {
	m := map[link]bool{}
	for _, b := range beads {
		for _, e := range b.EN {
			for _, k := range b.KO {
				m[link{e.String(), k.String()}] = true
			}
		}
	}
	return m
}

func strict(beads []align.Bead) map[string]bool {
	m := map[string]bool{}
	for _, b := range beads {
		if len(b.EN) > 0 && len(b.KO) > 0 {
			m[align.FormatBead(b)] = true
		}
	}
	return m
}

// Doc is the score of one document.
type Doc struct {
	ID         string
	Bead, Link Counts
	AllLinksOK bool
}

// LinkF1 returns the document's link F1.
func (d Doc) LinkF1() float64 { _, _, f := d.Link.PRF(); return f }

// Compare scores predicted beads against gold beads.
func Compare(id string, gold, pred []align.Bead) Doc {
	d := Doc{ID: id}
	gs, ps := strict(gold), strict(pred)
	for b := range ps {
		if gs[b] {
			d.Bead.TP++
		}
	}
	d.Bead.Pred, d.Bead.Gold = len(ps), len(gs)
	gl, pl := links(gold), links(pred)
	for l := range pl {
		if gl[l] {
			d.Link.TP++
		}
	}
	d.Link.Pred, d.Link.Gold = len(pl), len(gl)
	d.AllLinksOK = d.Link.TP == len(gl) && len(pl) == len(gl)
	return d
}

// Report is the score of a set of documents.
type Report struct {
	Docs       []Doc
	Bead, Link Counts
	Perfect    int
}

// Add adds a document's score.
func (r *Report) Add(d Doc) {
	r.Docs = append(r.Docs, d)
	r.Bead.Add(d.Bead)
	r.Link.Add(d.Link)
	if d.AllLinksOK {
		r.Perfect++
	}
}

// Worst returns up to n documents with the lowest link F1.
func (r *Report) Worst(n int) []Doc {
	ds := append([]Doc(nil), r.Docs...)
	sort.SliceStable(ds, func(i, j int) bool { return ds[i].LinkF1() < ds[j].LinkF1() })
	if len(ds) > n {
		ds = ds[:n]
	}
	return ds
}

// Round4 rounds as score.py prints.
func Round4(x float64) float64 { return math.Round(x*1e4) / 1e4 }

// Triple is one document of an evaluation directory.
type Triple struct {
	ID           string // path under the directory without extension
	EN, KO, Gold string
}

// FindTriples returns the <id>.en.txt / <id>.ko.txt / <id>.gold triples
// under dir, recursively, in path order. A gold file without both texts is
// an error.
func FindTriples(dir string) ([]Triple, error) {
	var out []Triple
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !strings.HasSuffix(path, ".gold") {
			return nil
		}
		base := strings.TrimSuffix(path, ".gold")
		t := Triple{EN: base + ".en.txt", KO: base + ".ko.txt", Gold: path}
		rel, _ := filepath.Rel(dir, base)
		t.ID = filepath.ToSlash(rel)
		for _, f := range []string{t.EN, t.KO} {
			if _, err := os.Stat(f); err != nil {
				return fmt.Errorf("%s: gold file without its text: %w", path, err)
			}
		}
		out = append(out, t)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", dir, err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("reading %s: no <id>.gold files with <id>.en.txt and <id>.ko.txt", dir)
	}
	return out, nil
}

// Aligner aligns one document pair given the texts' paragraphs.
type Aligner func(en, ko []string) []align.Bead

// Evaluate reads a triple, aligns it with opt and scores it.
func Evaluate(t Triple, opt align.Options) (Doc, []align.Bead, error) {
	en, err := read.File(t.EN, nil, read.Options{})
	if err != nil {
		return Doc{}, nil, err
	}
	ko, err := read.File(t.KO, nil, read.Options{})
	if err != nil {
		return Doc{}, nil, err
	}
	f, err := os.Open(t.Gold)
	if err != nil {
		return Doc{}, nil, fmt.Errorf("reading %s: %w", t.Gold, err)
	}
	defer f.Close()
	var gold []align.Bead
	err = read.Stream(f, t.Gold, 0, func(r io.Reader) (err error) {
		gold, err = align.ReadBeads(r, t.Gold)
		return err
	})
	if err != nil {
		return Doc{}, nil, err
	}
	a := align.Align(en.Paragraphs, ko.Paragraphs, opt)
	return Compare(t.ID, gold, a.Beads), a.Beads, nil
}

// Dir evaluates every triple under dir.
func Dir(dir string, opt align.Options) (*Report, error) {
	ts, err := FindTriples(dir)
	if err != nil {
		return nil, err
	}
	r := &Report{}
	for _, t := range ts {
		d, _, err := Evaluate(t, opt)
		if err != nil {
			return nil, err
		}
		r.Add(d)
	}
	return r, nil
}
