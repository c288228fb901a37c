// Package edit is the review page's edit model: an alignment file (package
// alignfile) held in memory and changed by a reviewer, one operation at a
// time, with undo and redo.
//
// A Doc holds the file's paragraph beads, each with its sentence links,
// and the pair's glossary. The paragraphs are never changed: a reviewer
// moves paragraphs and sentences between beads and links, marks beads,
// confirms them, and judges names. Every operation keeps the file's
// contract (alignfile.File.Validate): every paragraph of both sides in
// exactly one bead and every sentence in exactly one link, in order; a
// link inside one bead; a two-sided bead holding a two-sided link;
// furniture beads and furniture links together. An operation that would
// break it is refused with a *Refusal that says why, and changes nothing.
//
// The operations on beads:
//
//   - Merge: a bead with the next one.
//   - Split: a bead in two, between two paragraphs of one side; the other
//     side is cut where the sentence links say.
//   - Move: the first paragraph of a side to the previous bead, or the
//     last to the next one.
//   - Link: a one-sided bead with the nearest one-sided bead of the other
//     side (the beads between them, one-sided on one side, keep their
//     order); Unlink: a two-sided bead into its English and its Korean
//     part, each omitted.
//   - Mark: a one-sided bead as furniture, or as an omission (which
//     unmarks furniture, and unlinks a two-sided bead).
//   - Confirm: a bead (and its links), or every bead not yet reviewed
//     whose score reaches a threshold.
//
// Inside a bead, LinkSentences joins the link of an English sentence with
// the link of a Korean one, and UnlinkSentence takes a sentence out of
// its link. On the glossary, ReviewName accepts or rejects a name and
// EditName corrects its English form and type.
//
// A bead or link an operation makes or changes gets the status edited
// and, by the file's convention, the score 1 (it is no longer flagged);
// the links it leaves whole keep their status and score. When an
// operation on beads leaves a two-sided bead with no two-sided link (two
// omitted beads merged, say), all of the bead's sentences are linked in
// one link, which the reviewer can then refine; a sentence left out of a
// link by a cut stands alone, as the aligner leaves a sentence it cannot
// link. Operations on links never do this: they are refused instead.
//
// A paragraph the reader set aside as furniture has an empty body and one
// empty sentence (alignfile); unmarked, it exports its text at paragraph
// level, and nothing at sentence level, where it has no sentence of its
// own (align with --keep-furniture to give it sentences).
package edit

import (
	"errors"
	"fmt"
	"slices"

	"github.com/bitext-ko/bitext/align"
	"github.com/bitext-ko/bitext/tm/alignfile"
)

// Side is one side of the pair.
type Side int

// The sides.
const (
	EN Side = iota
	KO
)

func (s Side) String() string {
	if s == KO {
		return "Korean"
	}
	return "English"
}

// Key is the side's key in the file and the API: "en" or "ko".
func (s Side) Key() string {
	if s == KO {
		return "ko"
	}
	return "en"
}

// ParseSide reads "en" or "ko".
func ParseSide(s string) (Side, error) {
	switch s {
	case "en":
		return EN, nil
	case "ko":
		return KO, nil
	}
	return 0, fmt.Errorf("side %q: want en or ko", s)
}

// Bead is a paragraph bead with its sentence links, in order.
type Bead struct {
	alignfile.Bead
	Links []Link
}

// Link is a sentence link of a bead.
type Link struct {
	alignfile.Bead
	// seq orders links of different beads in the file where their
	// sentences do not (an English sentence alone, a Korean sentence
	// alone): a link of the file keeps its place in it, a link an
	// operation makes takes the place of the first it was made from.
	seq int
}

// ids returns the bead's ids on side s.
func ids(b *alignfile.Bead, s Side) []align.ID {
	if s == KO {
		return b.KO
	}
	return b.EN
}

func setIDs(b *alignfile.Bead, s Side, v []align.ID) {
	if s == KO {
		b.KO = v
	} else {
		b.EN = v
	}
}

// Refusal is the error of an operation that was not done: Reason says
// why, in words for the reviewer.
type Refusal struct{ Reason string }

func (r *Refusal) Error() string { return r.Reason }

func refuse(format string, args ...any) error {
	return &Refusal{Reason: fmt.Sprintf(format, args...)}
}

// IsRefusal reports whether err is a Refusal.
func IsRefusal(err error) bool {
	var r *Refusal
	return errors.As(err, &r)
}

// Doc is an alignment file under review.
type Doc struct {
	file   *alignfile.File // the header and the paragraphs
	beads  []Bead
	names  []alignfile.Entry
	starts [2][]int // the ordinal of each paragraph's first sentence, per side
	hist   []change
	pos    int // hist[:pos] is done, hist[pos:] undone
	rev    int
}

// change is one operation as done: the beads at At that it replaced, and
// the glossary before and after when it changed it.
type change struct {
	what               string
	at                 int
	old, new           []Bead
	oldNames, newNames []alignfile.Entry
	names              bool
}

// Patch tells a view what an operation (or an undo or redo) changed: the
// Removed beads at At are now Beads; Names says whether the glossary
// changed. Rev is the document's revision after it.
type Patch struct {
	Rev     int
	What    string
	At      int
	Removed int
	Beads   []Bead
	Names   bool
}

// New returns a Doc of f, which must be valid. The Doc shares f's
// paragraphs, which it never changes.
func New(f *alignfile.File) (*Doc, error) {
	if err := f.Validate(); err != nil {
		return nil, err
	}
	d := &Doc{file: f, names: slices.Clone(f.Glossary)}
	for s, side := range [2]*alignfile.Side{&f.EN, &f.KO} {
		st := make([]int, len(side.Paragraphs)+1)
		n := 0
		for p, para := range side.Paragraphs {
			st[p] = n
			n += len(para.Sentences)
		}
		st[len(side.Paragraphs)] = n
		d.starts[s] = st
	}
	// The bead of each paragraph, then each link to the bead of its
	// first sentence (Validate saw that it is the bead of all of them).
	var owner [2][]int
	for s, side := range [2]*alignfile.Side{&f.EN, &f.KO} {
		owner[s] = make([]int, len(side.Paragraphs))
	}
	d.beads = make([]Bead, len(f.Beads))
	for i, b := range f.Beads {
		d.beads[i] = Bead{Bead: cloneBead(b)}
		for _, s := range []Side{EN, KO} {
			for _, id := range ids(&b, s) {
				owner[s][id.Para] = i
			}
		}
	}
	for k, l := range f.Links {
		var i int
		if len(l.EN) > 0 {
			i = owner[EN][l.EN[0].Para]
		} else {
			i = owner[KO][l.KO[0].Para]
		}
		d.beads[i].Links = append(d.beads[i].Links, Link{Bead: cloneBead(l), seq: k})
	}
	return d, nil
}

func cloneBead(b alignfile.Bead) alignfile.Bead {
	b.EN, b.KO = slices.Clone(b.EN), slices.Clone(b.KO)
	return b
}

// File returns the alignment file as the Doc holds it now: f's header and
// paragraphs, the beads, the links, and the glossary. A Doc nobody edited
// gives back f byte for byte.
func (d *Doc) File() *alignfile.File {
	f := *d.file
	f.Beads = make([]alignfile.Bead, len(d.beads))
	for i, b := range d.beads {
		f.Beads[i] = b.Bead
	}
	f.Links = d.links()
	f.Glossary = d.names
	if d.file.Glossary == nil && len(d.names) == 0 {
		f.Glossary = nil
	}
	return &f
}

// links returns the links of all beads in the order of the file. Links
// with English sentences follow the English text and links with Korean
// ones the Korean text; where that leaves a choice, between a link of
// English sentences alone and one of Korean sentences alone, the one with
// the lower seq comes first. The links of a file read are thus in the
// file's order, and those an operation makes where the links it replaced
// were.
func (d *Doc) links() []alignfile.Bead {
	var en, ko []*Link
	n := 0
	for i := range d.beads {
		for k := range d.beads[i].Links {
			l := &d.beads[i].Links[k]
			if len(l.EN) > 0 {
				en = append(en, l)
			}
			if len(l.KO) > 0 {
				ko = append(ko, l)
			}
			n++
		}
	}
	out := make([]alignfile.Bead, 0, n)
	i, j := 0, 0
	for i < len(en) || j < len(ko) {
		var a, b *Link
		if i < len(en) {
			a = en[i]
		}
		if j < len(ko) {
			b = ko[j]
		}
		switch {
		case a == b:
			out = append(out, a.Bead)
			i++
			j++
		case b == nil || a != nil && len(a.KO) == 0 && (len(b.EN) > 0 || a.seq <= b.seq):
			out = append(out, a.Bead)
			i++
		case a == nil || len(b.EN) == 0:
			out = append(out, b.Bead)
			j++
		default:
			// Two links with both sides that cross: not a valid
			// order, which Validate reports.
			out = append(out, a.Bead)
			i++
		}
	}
	return out
}

// Paragraphs returns side s's paragraphs (shared: not to be changed).
func (d *Doc) Paragraphs(s Side) []align.Paragraph {
	if s == KO {
		return d.file.KO.Paragraphs
	}
	return d.file.EN.Paragraphs
}

// Beads returns the beads (shared: not to be changed).
func (d *Doc) Beads() []Bead { return d.beads }

// Names returns the glossary entries (shared: not to be changed).
func (d *Doc) Names() []alignfile.Entry { return d.names }

// Rev returns the revision: it counts operations, undos and redos done.
func (d *Doc) Rev() int { return d.rev }

// CanUndo and CanRedo say whether there is something to undo or redo;
// UndoWhat and RedoWhat describe it.
func (d *Doc) CanUndo() bool { return d.pos > 0 }
func (d *Doc) CanRedo() bool { return d.pos < len(d.hist) }

func (d *Doc) UndoWhat() string {
	if d.pos == 0 {
		return ""
	}
	return d.hist[d.pos-1].what
}

func (d *Doc) RedoWhat() string {
	if d.pos == len(d.hist) {
		return ""
	}
	return d.hist[d.pos].what
}

// Undo undoes the last operation done.
func (d *Doc) Undo() (Patch, error) {
	if d.pos == 0 {
		return Patch{}, refuse("nothing to undo")
	}
	d.pos--
	c := d.hist[d.pos]
	d.splice(c.at, len(c.new), c.old)
	if c.names {
		d.names = c.oldNames
	}
	d.rev++
	return Patch{Rev: d.rev, What: "undo: " + c.what, At: c.at, Removed: len(c.new), Beads: c.old, Names: c.names}, nil
}

// Redo does again the last operation undone.
func (d *Doc) Redo() (Patch, error) {
	if d.pos == len(d.hist) {
		return Patch{}, refuse("nothing to redo")
	}
	c := d.hist[d.pos]
	d.pos++
	d.splice(c.at, len(c.old), c.new)
	if c.names {
		d.names = c.newNames
	}
	d.rev++
	return Patch{Rev: d.rev, What: "redo: " + c.what, At: c.at, Removed: len(c.old), Beads: c.new, Names: c.names}, nil
}

func (d *Doc) splice(at, n int, with []Bead) {
	d.beads = slices.Concat(d.beads[:at], with, d.beads[at+n:])
}

// commit checks a change and does it: the beads at c.at (len(c.old) of
// them) become c.new, and the glossary c.newNames when c.names. The whole
// file is validated as it would be; a change that breaks it is refused
// with the validator's reason and changes nothing.
func (d *Doc) commit(c change) (Patch, error) {
	c.old = slices.Clone(d.beads[c.at : c.at+len(c.old)])
	if c.names {
		c.oldNames = d.names
	}
	saved, savedNames := d.beads, d.names
	d.splice(c.at, len(c.old), c.new)
	if c.names {
		d.names = c.newNames
	}
	if err := d.File().Validate(); err != nil {
		d.beads, d.names = saved, savedNames
		return Patch{}, refuse("%s would break the alignment file (%v)", c.what, err)
	}
	d.hist = append(d.hist[:d.pos], c)
	d.pos++
	d.rev++
	return Patch{Rev: d.rev, What: c.what, At: c.at, Removed: len(c.old), Beads: c.new, Names: c.names}, nil
}

// bead returns bead i, or a refusal naming it: as the page numbers beads,
// from 1, or, for a negative index, as the request gave it, since no
// numbering makes it a bead.
func (d *Doc) bead(i int) (*Bead, error) {
	if i < 0 {
		return nil, refuse("there is no bead %d: a request numbers beads from 0 (the pair has %d)", i, len(d.beads))
	}
	if i >= len(d.beads) {
		return nil, refuse("there is no bead %d (the pair has %d)", i+1, len(d.beads))
	}
	return &d.beads[i], nil
}

// ord returns the ordinal of sentence id on side s.
func (d *Doc) ord(s Side, id align.ID) int { return d.starts[s][id.Para] + id.Sent }

// sentences returns the ids of the sentences of paragraphs ps of side s.
func (d *Doc) sentences(s Side, ps []align.ID) []align.ID {
	var out []align.ID
	paras := d.Paragraphs(s)
	for _, p := range ps {
		for k := range paras[p.Para].Sentences {
			out = append(out, align.ID{Para: p.Para, Sent: k})
		}
	}
	return out
}

// Replace makes the Doc hold the beads, links and glossary of g, a file
// of the same pair (a draft of it), as one operation that can be undone.
func (d *Doc) Replace(g *alignfile.File, what string) (Patch, error) {
	if why := samePair(d.file, g); why != "" {
		return Patch{}, refuse("%s: it is not a file of this pair (%s)", what, why)
	}
	h, err := New(g)
	if err != nil {
		return Patch{}, refuse("%s: %v", what, err)
	}
	return d.commit(change{what: what, at: 0, old: d.beads, new: h.beads, names: true, newNames: h.names})
}

// SamePair says how g differs from f as a file of the same pair: the
// same inputs (SHA-256), read into the same paragraphs. It returns "" when
// they are one pair.
func SamePair(f, g *alignfile.File) string { return samePair(f, g) }

func samePair(f, g *alignfile.File) string {
	for _, s := range []Side{EN, KO} {
		a, b := &f.EN, &g.EN
		if s == KO {
			a, b = &f.KO, &g.KO
		}
		switch {
		case a.SHA256 != b.SHA256:
			return fmt.Sprintf("its %s input is another file", s)
		case len(a.Paragraphs) != len(b.Paragraphs):
			return fmt.Sprintf("%d %s paragraphs, not %d", len(b.Paragraphs), s, len(a.Paragraphs))
		}
		for p := range a.Paragraphs {
			x, y := &a.Paragraphs[p], &b.Paragraphs[p]
			if x.Text != y.Text || x.Body != y.Body || !slices.Equal(x.Sentences, y.Sentences) {
				return fmt.Sprintf("%s paragraph %d differs", s, p)
			}
		}
	}
	if f.Document != g.Document {
		return fmt.Sprintf("document %q, not %q", g.Document, f.Document)
	}
	return ""
}
