// Package eval scores predicted alignments against gold ones the way the
// shared corpus's score.py does: strict bead precision, recall and F1 (a
// predicted bead counts only when the identical bead with both sides
// non-empty is in the gold) and link precision, recall and F1 (every
// English–Korean paragraph pair a non-empty bead implies), micro-averaged
// over documents.
package eval

import (
	"errors"
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
	// Sizes counts predicted and gold beads by shape ("1-1", "0-1",
	// "3-2"), furniture included.
	Sizes map[string]Sizes
	// Corner counts the corner links found and missed: the links inside a
	// many-to-many gold bead between paragraphs that share no sentence
	// (known only with the corpus's BEADS.tsv).
	Corner Corner
	// Beads holds, for every predicted bead, its score, whether it was
	// flagged and whether it is right (equal to a gold bead).
	Beads []Judged
}

// Sizes counts beads of one shape.
type Sizes struct{ Pred, Gold int }

// Corner counts corner links.
type Corner struct{ Found, Missed int }

// Judged is a predicted bead with its score and verdict.
type Judged struct {
	Score          float64
	Flagged, Right bool
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
	d.Sizes = map[string]Sizes{}
	all := map[string]bool{}
	for _, b := range gold {
		s := d.Sizes[b.Type()]
		s.Gold++
		d.Sizes[b.Type()] = s
		all[align.FormatBead(b)] = true
	}
	for _, b := range pred {
		s := d.Sizes[b.Type()]
		s.Pred++
		d.Sizes[b.Type()] = s
		d.Beads = append(d.Beads, Judged{Score: b.Score, Flagged: b.Flagged, Right: all[align.FormatBead(b)]})
	}
	return d
}

// CompareCorners counts the corner links of gold among the links of
// pred: shared holds the (English, Korean) paragraph pairs of the gold's
// many-to-many beads that do share a sentence.
func CompareCorners(gold, pred []align.Bead, shared map[[2]int]bool) Corner {
	var c Corner
	pl := links(pred)
	for _, b := range gold {
		if len(b.EN) < 2 && len(b.KO) < 2 {
			continue
		}
		for _, e := range b.EN {
			for _, k := range b.KO {
				if shared[[2]int{e.Para, k.Para}] {
					continue
				}
				if pl[link{e.String(), k.String()}] {
					c.Found++
				} else {
					c.Missed++
				}
			}
		}
	}
	return c
}

// Report is the score of a set of documents.
type Report struct {
	Docs       []Doc
	Bead, Link Counts
	Perfect    int
	Sizes      map[string]Sizes
	Corner     Corner
	// Corners is set when the corner links could be counted.
	Corners bool
}

// Add adds a document's score.
func (r *Report) Add(d Doc) {
	r.Docs = append(r.Docs, d)
	r.Bead.Add(d.Bead)
	r.Link.Add(d.Link)
	if d.AllLinksOK {
		r.Perfect++
	}
	if r.Sizes == nil {
		r.Sizes = map[string]Sizes{}
	}
	for k, v := range d.Sizes {
		s := r.Sizes[k]
		s.Pred += v.Pred
		s.Gold += v.Gold
		r.Sizes[k] = s
	}
	r.Corner.Found += d.Corner.Found
	r.Corner.Missed += d.Corner.Missed
}

// Confidence is how well bead scores predict which beads are right.
type Confidence struct {
	Beads, Wrong, Flagged, FlaggedWrong int
	// ECE is the expected calibration error over ten equal-width score
	// bins: the mean, weighted by bin size, of |mean score − share right|.
	ECE float64
	// Bins are the ten bins ECE is measured on, [0, 0.1) to [0.9, 1]:
	// a small ECE says little of the bins that hold few beads.
	Bins [10]Bin
}

// Bin is one score bin of Confidence: its beads, the sum of their scores
// and how many are right.
type Bin struct {
	Beads        int
	Score, Right float64
}

// Confidence measures the scores of the documents that keep pick (nil:
// all), every bead counted, lone and furniture beads included.
func (r *Report) Confidence(pick func(i int, d Doc) bool) Confidence {
	var c Confidence
	for i, d := range r.Docs {
		if pick != nil && !pick(i, d) {
			continue
		}
		for _, b := range d.Beads {
			c.Beads++
			bin := &c.Bins[min(max(int(b.Score*10), 0), 9)]
			bin.Beads++
			bin.Score += b.Score
			if b.Right {
				bin.Right++
			} else {
				c.Wrong++
			}
			if b.Flagged {
				c.Flagged++
				if !b.Right {
					c.FlaggedWrong++
				}
			}
		}
	}
	for _, bin := range c.Bins {
		if c.Beads > 0 {
			c.ECE += math.Abs(bin.Score-bin.Right) / float64(c.Beads)
		}
	}
	return c
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

// FindTriples returns the <id>.gold files under dir, recursively, in path
// order, each with its two texts: <id>.en.txt or <id>.en.html (.htm), and
// the same for .ko. A gold file without both texts, or with a side in two
// formats, is an error.
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
		t := Triple{Gold: path}
		rel, _ := filepath.Rel(dir, base)
		t.ID = filepath.ToSlash(rel)
		for _, side := range []struct {
			lang string
			dst  *string
		}{{"en", &t.EN}, {"ko", &t.KO}} {
			var found []string
			for _, ext := range []string{".txt", ".html", ".htm"} {
				if f := base + "." + side.lang + ext; fileExists(f) {
					found = append(found, f)
				}
			}
			switch len(found) {
			case 0:
				return fmt.Errorf("%s: gold file without its %s text (%s.%s.txt or .html)", path, side.lang, filepath.Base(base), side.lang)
			case 1:
				*side.dst = found[0]
			default:
				return fmt.Errorf("%s: the %s text is there in two formats: %s", path, side.lang, strings.Join(found, ", "))
			}
		}
		out = append(out, t)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", dir, err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("reading %s: no <id>.gold files with their <id>.en and <id>.ko texts", dir)
	}
	return out, nil
}

func fileExists(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.Mode().IsRegular()
}

// readShared reads a corpus's BEADS.tsv (pair, en_ids, ko_ids, kind, tags,
// shared_links): for each pair, the paragraph pairs of its many-to-many
// gold beads that share a sentence ("5-4;6-4"). It returns nil when the
// file is absent.
func readShared(dir string) (map[string]map[[2]int]bool, error) {
	path := filepath.Join(dir, "BEADS.tsv")
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	out := map[string]map[[2]int]bool{}
	for n, line := range strings.Split(strings.TrimRight(string(data), "\n"), "\n") {
		f := strings.Split(line, "\t")
		if n == 0 && len(f) > 0 && f[0] == "pair" {
			continue
		}
		if len(f) != 6 {
			return nil, &ParseError{File: path, Line: n + 1, Column: 1, Err: fmt.Errorf("%d fields, want 6 (pair, en_ids, ko_ids, kind, tags, shared_links)", len(f))}
		}
		m := out[f[0]]
		if m == nil {
			m = map[[2]int]bool{}
			out[f[0]] = m
		}
		for _, l := range strings.Split(f[5], ";") {
			if l == "" {
				continue
			}
			var e, k int
			if _, err := fmt.Sscanf(l, "%d-%d", &e, &k); err != nil {
				return nil, &ParseError{File: path, Line: n + 1, Column: len(strings.Join(f[:5], "\t")) + 2, Err: fmt.Errorf("shared link %q is not EN-KO", l)}
			}
			m[[2]int{e, k}] = true
		}
	}
	return out, nil
}

// Pair is a triple read: the paragraphs of both texts and the gold beads.
type Pair struct {
	EN, KO []string
	Gold   []align.Bead
}

// Load reads a triple. A gold file that does not describe the pair
// exactly is an error (see ReadGold).
func Load(t Triple) (*Pair, error) { return LoadWith(t, read.Options{}) }

// LoadWith is Load with the texts read by opt.
func LoadWith(t Triple, opt read.Options) (*Pair, error) {
	en, err := read.File(t.EN, nil, opt)
	if err != nil {
		return nil, err
	}
	ko, err := read.File(t.KO, nil, opt)
	if err != nil {
		return nil, err
	}
	f, err := os.Open(t.Gold)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", t.Gold, err)
	}
	defer f.Close()
	var gold []align.Bead
	err = read.Stream(f, t.Gold, 0, func(r io.Reader) (err error) {
		gold, err = ReadGold(r, t.Gold, len(en.Paragraphs), len(ko.Paragraphs))
		return err
	})
	if err != nil {
		return nil, err
	}
	return &Pair{EN: en.Paragraphs, KO: ko.Paragraphs, Gold: gold}, nil
}

// Evaluate reads a triple, aligns it with opt and scores it.
func Evaluate(t Triple, opt align.Options) (Doc, []align.Bead, error) {
	p, err := Load(t)
	if err != nil {
		return Doc{}, nil, err
	}
	a := align.Align(p.EN, p.KO, opt)
	return Compare(t.ID, p.Gold, a.Beads), a.Beads, nil
}

// Dir evaluates every triple under dir, its texts read by ropt and
// aligned with opt. When dir holds a BEADS.tsv (as the shared dev-real
// corpus does), corner links are counted too.
func Dir(dir string, ropt read.Options, opt align.Options) (*Report, error) {
	ts, err := FindTriples(dir)
	if err != nil {
		return nil, err
	}
	shared, err := readShared(dir)
	if err != nil {
		return nil, err
	}
	r := &Report{Corners: shared != nil}
	for _, t := range ts {
		p, err := LoadWith(t, ropt)
		if err != nil {
			return nil, err
		}
		a := align.Align(p.EN, p.KO, opt)
		d := Compare(t.ID, p.Gold, a.Beads)
		if shared != nil {
			d.Corner = CompareCorners(p.Gold, a.Beads, shared[t.ID])
		}
		r.Add(d)
	}
	return r, nil
}

// WriteDetails writes the bead shapes, corner links and confidence figures
// of r, as bitext eval prints them after the scores.
func WriteDetails(w io.Writer, r *Report, minScore float64) {
	shapes := make([]string, 0, len(r.Sizes))
	for k := range r.Sizes {
		shapes = append(shapes, k)
	}
	sort.Slice(shapes, func(i, j int) bool {
		a, b := r.Sizes[shapes[i]], r.Sizes[shapes[j]]
		if a.Gold+a.Pred != b.Gold+b.Pred {
			return a.Gold+a.Pred > b.Gold+b.Pred
		}
		return shapes[i] < shapes[j]
	})
	fmt.Fprint(w, "beads by shape (predicted/gold):")
	for _, k := range shapes {
		fmt.Fprintf(w, " %s %d/%d", k, r.Sizes[k].Pred, r.Sizes[k].Gold)
	}
	fmt.Fprintln(w)
	if r.Corners {
		fmt.Fprintf(w, "corner links: %d found, %d missed\n", r.Corner.Found, r.Corner.Missed)
	}
	for _, part := range []struct {
		name string
		pick func(int, Doc) bool
	}{{"all documents", nil}, {"held-out half", func(i int, _ Doc) bool { return i%2 == 1 }}} {
		c := r.Confidence(part.pick)
		if c.Beads == 0 {
			continue
		}
		caught := "no wrong beads"
		if c.Wrong > 0 {
			caught = fmt.Sprintf("%d of %d wrong beads (%.0f%%)", c.FlaggedWrong, c.Wrong, 100*float64(c.FlaggedWrong)/float64(c.Wrong))
		}
		fmt.Fprintf(w, "confidence, %s: ECE %.4f; %d of %d beads (%.1f%%) under %g hold %s\n",
			part.name, c.ECE, c.Flagged, c.Beads, 100*float64(c.Flagged)/float64(c.Beads), minScore, caught)
		fmt.Fprint(w, "  score bins (beads, mean score, share right):")
		for k, bin := range c.Bins {
			if bin.Beads > 0 {
				fmt.Fprintf(w, " [%.1f,%.1f) %d %.2f %.2f;", float64(k)/10, float64(k+1)/10, bin.Beads, bin.Score/float64(bin.Beads), bin.Right/float64(bin.Beads))
			}
		}
		fmt.Fprintln(w)
	}
}
