package edit

import (
	"fmt"
	"slices"

	"github.com/bitext-ko/bitext/align"
	"github.com/bitext-ko/bitext/tm/alignfile"
)

// edited marks a bead or link as a person made it: status edited, score 1,
// not flagged.
func edited(b *alignfile.Bead) {
	b.Status = alignfile.StatusEdited
	b.Score = 1
	b.Flagged = false
}

// linkKey identifies a link by its sentences, to tell a link an operation
// left whole from one it made.
func linkKey(l Link) string {
	return align.FormatBead(l.Bead.Bead)
}

// minSeq returns the lowest seq of links (0 for none).
func minSeq(links []Link) int {
	m := 0
	for k, l := range links {
		if k == 0 || l.seq < m {
			m = l.seq
		}
	}
	return m
}

// lone returns each sentence of ids (one side, s) as a link of its own,
// in the place seq.
func lone(s Side, sents []align.ID, seq int) []Link {
	out := make([]Link, 0, len(sents))
	for _, id := range sents {
		l := Link{seq: seq}
		setIDs(&l.Bead, s, []align.ID{id})
		l.Kind = align.Omitted
		edited(&l.Bead)
		out = append(out, l)
	}
	return out
}

// cut splits links into the sentences for which in is true and the others:
// a link wholly on one part goes there as it is; the two pieces of a link
// that is cut are new links, a one-sided piece as lone sentences.
func cut(links []Link, in func(Side, align.ID) bool) (yes, no []Link) {
	for _, l := range links {
		var part [2]alignfile.Bead // [no, yes]
		for _, s := range []Side{EN, KO} {
			for _, id := range ids(&l.Bead, s) {
				k := 0
				if in(s, id) {
					k = 1
				}
				setIDs(&part[k], s, append(ids(&part[k], s), id))
			}
		}
		for k, p := range part {
			if len(p.EN)+len(p.KO) == 0 {
				continue
			}
			var pieces []Link
			switch {
			case len(p.EN)+len(p.KO) == len(l.EN)+len(l.KO):
				pieces = []Link{{Bead: cloneBead(l.Bead), seq: l.seq}}
			case len(p.EN) > 0 && len(p.KO) > 0:
				p.Kind = align.Match
				edited(&p)
				pieces = []Link{{Bead: p, seq: l.seq}}
			default:
				pieces = append(lone(EN, p.EN, l.seq), lone(KO, p.KO, l.seq)...)
			}
			if k == 1 {
				yes = append(yes, pieces...)
			} else {
				no = append(no, pieces...)
			}
		}
	}
	return yes, no
}

// settle finishes a bead that an operation on beads made from paragraphs
// and links: its kind (two-sided: match; one-sided: furniture when
// furniture, else omitted), its links' kinds, one link of all its
// sentences when a two-sided bead has no two-sided link, and the status
// edited for the bead and for each link that is not one of before, the
// links the operation started from.
func (d *Doc) settle(b *Bead, furniture bool, before []Link) {
	switch {
	case len(b.EN) > 0 && len(b.KO) > 0:
		b.Kind = align.Match
	case furniture:
		b.Kind = align.Furniture
	default:
		b.Kind = align.Omitted
	}
	edited(&b.Bead)
	had := map[string]Link{}
	for _, l := range before {
		had[linkKey(l)] = l
	}
	linked := false
	for i := range b.Links {
		l := &b.Links[i]
		kind := align.Omitted
		switch {
		case b.Kind == align.Furniture:
			kind = align.Furniture
		case len(l.EN) > 0 && len(l.KO) > 0:
			kind = align.Match
			linked = true
		}
		if old, ok := had[linkKey(*l)]; ok && old.Kind == kind && l.Status == old.Status {
			continue
		}
		l.Kind = kind
		edited(&l.Bead)
	}
	if b.Kind == align.Match && !linked {
		all := Link{Bead: alignfile.Bead{Bead: align.Bead{EN: d.sentences(EN, b.EN), KO: d.sentences(KO, b.KO), Kind: align.Match}}, seq: minSeq(b.Links)}
		edited(&all.Bead)
		b.Links = []Link{all}
	}
}

// linksOf returns copies of the links of beads.
func linksOf(beads ...*Bead) []Link {
	var out []Link
	for _, b := range beads {
		for _, l := range b.Links {
			out = append(out, Link{Bead: cloneBead(l.Bead), seq: l.seq})
		}
	}
	return out
}

// name says "bead 4" (numbered from 1, as the page shows them).
func name(i int) string { return fmt.Sprintf("bead %d", i+1) }

// Merge merges bead i with bead i+1.
func (d *Doc) Merge(i int) (Patch, error) {
	a, err := d.bead(i)
	if err != nil {
		return Patch{}, err
	}
	if i+1 >= len(d.beads) {
		return Patch{}, refuse("%s is the last bead: there is no next bead to merge it with", name(i))
	}
	b := &d.beads[i+1]
	m := Bead{Bead: alignfile.Bead{Bead: align.Bead{EN: slices.Concat(a.EN, b.EN), KO: slices.Concat(a.KO, b.KO)}}, Links: linksOf(a, b)}
	d.settle(&m, a.Kind == align.Furniture && b.Kind == align.Furniture, m.Links)
	return d.commit(change{what: fmt.Sprintf("merge %s with %s", name(i), name(i+1)), at: i, old: d.beads[i : i+2], new: []Bead{m}})
}

// SplitBefore splits bead i before paragraph para of side s: the first
// part keeps side s's paragraphs before para, and the other side's
// paragraphs up to the last one linked to them (none if none is).
func (d *Doc) SplitBefore(i int, s Side, para int) (Patch, error) {
	b, err := d.bead(i)
	if err != nil {
		return Patch{}, err
	}
	own := ids(&b.Bead, s)
	k := slices.Index(own, align.ParaID(para))
	switch {
	case k < 0:
		return Patch{}, refuse("%s paragraph %d is not in %s", s, para, name(i))
	case k == 0:
		return Patch{}, refuse("%s paragraph %d is the first %s paragraph of %s: a split goes between two paragraphs", s, para, s, name(i))
	}
	o := 1 - s
	other := ids(&b.Bead, o)
	j := 0
	for _, l := range b.Links {
		if !slices.ContainsFunc(ids(&l.Bead, s), func(id align.ID) bool { return id.Para < para }) {
			continue
		}
		for _, id := range ids(&l.Bead, o) {
			j = max(j, slices.Index(other, align.ParaID(id.Para))+1)
		}
	}
	n := [2]int{}
	n[s], n[o] = k, j
	return d.Split(i, n[EN], n[KO])
}

// Split splits bead i in two: the first part has its first en English and
// first ko Korean paragraphs, the second the rest. Each part must have a
// paragraph. Links that the split cuts are cut.
func (d *Doc) Split(i, en, ko int) (Patch, error) {
	b, err := d.bead(i)
	if err != nil {
		return Patch{}, err
	}
	if en < 0 || ko < 0 || en > len(b.EN) || ko > len(b.KO) {
		return Patch{}, refuse("%s has %d English and %d Korean paragraphs: it cannot be split after %d and %d", name(i), len(b.EN), len(b.KO), en, ko)
	}
	if en+ko == 0 || en+ko == len(b.EN)+len(b.KO) {
		return Patch{}, refuse("that split would leave one part of %s empty", name(i))
	}
	first := [2][]align.ID{b.EN[:en], b.KO[:ko]}
	in := func(s Side, id align.ID) bool { return slices.Contains(first[s], align.ParaID(id.Para)) }
	yes, no := cut(b.Links, in)
	p1 := Bead{Bead: alignfile.Bead{Bead: align.Bead{EN: slices.Clone(b.EN[:en]), KO: slices.Clone(b.KO[:ko])}}, Links: yes}
	p2 := Bead{Bead: alignfile.Bead{Bead: align.Bead{EN: slices.Clone(b.EN[en:]), KO: slices.Clone(b.KO[ko:])}}, Links: no}
	furn := b.Kind == align.Furniture
	d.settle(&p1, furn, b.Links)
	d.settle(&p2, furn, b.Links)
	return d.commit(change{what: fmt.Sprintf("split %s", name(i)), at: i, old: d.beads[i : i+1], new: []Bead{p1, p2}})
}

// Move moves paragraph para of side s out of bead i into the previous
// bead (dir < 0), where it becomes the last paragraph of its side, or the
// next (dir > 0), where it becomes the first. Only the first paragraph of
// a side can move back and only the last forward, to keep the order. Its
// sentences leave their links and stand alone in the bead they join; a
// bead left with no paragraph is removed.
func (d *Doc) Move(i int, s Side, para, dir int) (Patch, error) {
	b, err := d.bead(i)
	if err != nil {
		return Patch{}, err
	}
	own := ids(&b.Bead, s)
	k := slices.Index(own, align.ParaID(para))
	if k < 0 {
		return Patch{}, refuse("%s paragraph %d is not in %s", s, para, name(i))
	}
	j := i + 1
	where := "next"
	if dir < 0 {
		j, where = i-1, "previous"
		if k != 0 {
			return Patch{}, refuse("only the first %s paragraph of %s can move to the previous bead (paragraph %d comes after paragraph %d)", s, name(i), para, own[0].Para)
		}
	} else if k != len(own)-1 {
		return Patch{}, refuse("only the last %s paragraph of %s can move to the next bead (paragraph %d comes before paragraph %d)", s, name(i), para, own[len(own)-1].Para)
	}
	if j < 0 || j >= len(d.beads) {
		return Patch{}, refuse("%s has no %s bead to move paragraph %d to", name(i), where, para)
	}
	t := &d.beads[j]
	moved, kept := cut(b.Links, func(ss Side, id align.ID) bool { return ss == s && id.Para == para })
	src := Bead{Bead: cloneBead(b.Bead), Links: kept}
	setIDs(&src.Bead, s, slices.Delete(slices.Clone(own), k, k+1))
	dst := Bead{Bead: cloneBead(t.Bead)}
	if dir < 0 {
		setIDs(&dst.Bead, s, append(ids(&dst.Bead, s), align.ParaID(para)))
		dst.Links = append(linksOf(t), moved...)
	} else {
		setIDs(&dst.Bead, s, slices.Insert(ids(&dst.Bead, s), 0, align.ParaID(para)))
		dst.Links = append(moved, linksOf(t)...)
	}
	d.settle(&dst, t.Kind == align.Furniture && b.Kind == align.Furniture, t.Links)
	what := fmt.Sprintf("move %s paragraph %d to the %s bead", s, para, where)
	var out []Bead
	if len(src.EN)+len(src.KO) > 0 {
		d.settle(&src, b.Kind == align.Furniture, b.Links)
		out = []Bead{src}
	}
	lo := min(i, j)
	if dir < 0 {
		out = append([]Bead{dst}, out...)
	} else {
		out = append(out, dst)
	}
	return d.commit(change{what: what, at: lo, old: d.beads[lo : lo+2], new: out})
}

// oneSided returns the side of a one-sided bead, and false for a
// two-sided one.
func oneSided(b *Bead) (Side, bool) {
	switch {
	case len(b.EN) > 0 && len(b.KO) > 0:
		return 0, false
	case len(b.KO) > 0:
		return KO, true
	}
	return EN, true
}

// Partner returns the bead that Link(i) links bead i with: the nearest
// one-sided bead of the other side after it with only one-sided beads
// between them, or else the nearest such bead before it.
func (d *Doc) Partner(i int) (int, error) {
	b, err := d.bead(i)
	if err != nil {
		return 0, err
	}
	s, ok := oneSided(b)
	if !ok {
		return 0, refuse("%s has both sides already: it is linked", name(i))
	}
	for _, step := range []int{1, -1} {
		for j := i + step; j >= 0 && j < len(d.beads); j += step {
			t, one := oneSided(&d.beads[j])
			if !one {
				break
			}
			if t != s {
				return j, nil
			}
			// A one-sided bead of i's side, or of the other side
			// already passed: go on.
		}
	}
	return 0, refuse("%s has no one-sided %s bead to link with: the nearest beads on both sides of it have %s text", name(i), 1-s, 1-s)
}

// Link links bead i, one-sided, with bead j, one-sided on the other side,
// into one two-sided bead (j < 0: with Partner(i)). The beads between them
// must all be one-sided; those of the first bead's side come after the
// new bead, the others before it, each side in its order.
func (d *Doc) Link(i, j int) (Patch, error) {
	if j < 0 {
		var err error
		if j, err = d.Partner(i); err != nil {
			return Patch{}, err
		}
	}
	a, err := d.bead(i)
	if err != nil {
		return Patch{}, err
	}
	b, err := d.bead(j)
	if err != nil {
		return Patch{}, err
	}
	sa, oka := oneSided(a)
	sb, okb := oneSided(b)
	switch {
	case !oka:
		return Patch{}, refuse("%s has both sides already: it is linked", name(i))
	case !okb:
		return Patch{}, refuse("%s has both sides already: it is linked", name(j))
	case sa == sb:
		return Patch{}, refuse("%s and %s are both %s: a link needs one bead of each side", name(i), name(j), sa)
	}
	lo, hi := min(i, j), max(i, j)
	first, second := &d.beads[lo], &d.beads[hi]
	sFirst, _ := oneSided(first)
	// The beads between them, one-sided, go before the new bead when they
	// are on the second bead's side and after it when on the first's:
	// each side keeps its order.
	var before, after []Bead
	for k := lo + 1; k < hi; k++ {
		t, one := oneSided(&d.beads[k])
		if !one {
			return Patch{}, refuse("%s and %s cannot be linked: %s, between them, has both sides", name(i), name(j), name(k))
		}
		if t == sFirst {
			after = append(after, d.beads[k])
		} else {
			before = append(before, d.beads[k])
		}
	}
	m := Bead{Bead: alignfile.Bead{Bead: align.Bead{EN: slices.Concat(first.EN, second.EN), KO: slices.Concat(first.KO, second.KO)}}, Links: linksOf(first, second)}
	d.settle(&m, false, m.Links)
	out := slices.Concat(before, []Bead{m}, after)
	return d.commit(change{what: fmt.Sprintf("link %s with %s", name(i), name(j)), at: lo, old: d.beads[lo : hi+1], new: out})
}

// Unlink cuts two-sided bead i into its English part and its Korean part,
// each an omitted bead whose sentences stand alone.
func (d *Doc) Unlink(i int) (Patch, error) {
	b, err := d.bead(i)
	if err != nil {
		return Patch{}, err
	}
	if _, one := oneSided(b); one {
		return Patch{}, refuse("%s has one side only: there is nothing to unlink", name(i))
	}
	var out []Bead
	for _, s := range []Side{EN, KO} {
		var p Bead
		setIDs(&p.Bead, s, slices.Clone(ids(&b.Bead, s)))
		p.Links = lone(s, d.sentences(s, ids(&b.Bead, s)), minSeq(b.Links))
		d.settle(&p, false, nil)
		out = append(out, p)
	}
	return d.commit(change{what: fmt.Sprintf("unlink %s", name(i)), at: i, old: d.beads[i : i+1], new: out})
}

// Mark marks bead i as furniture (it must be one-sided) or as an omission
// (kind align.Omitted): a furniture bead becomes an omission (furniture
// unmarked), a two-sided bead is unlinked.
func (d *Doc) Mark(i int, kind align.Kind) (Patch, error) {
	b, err := d.bead(i)
	if err != nil {
		return Patch{}, err
	}
	_, one := oneSided(b)
	switch {
	case kind == align.Omitted && !one:
		return d.Unlink(i)
	case kind != align.Furniture && kind != align.Omitted:
		return Patch{}, refuse("a bead is marked as furniture or as an omission, not %s", kind)
	case !one:
		return Patch{}, refuse("%s has both sides: a furniture bead has one side only (unlink it first)", name(i))
	case b.Kind == kind:
		return Patch{}, refuse("%s is marked %s already", name(i), kind)
	}
	m := Bead{Bead: cloneBead(b.Bead), Links: linksOf(b)}
	d.settle(&m, kind == align.Furniture, nil)
	what := fmt.Sprintf("mark %s as furniture", name(i))
	if kind == align.Omitted {
		what = fmt.Sprintf("unmark furniture: %s is an omission", name(i))
	}
	return d.commit(change{what: what, at: i, old: d.beads[i : i+1], new: []Bead{m}})
}

// confirmed returns b confirmed: its status and that of its links that
// were auto become confirmed.
func confirmed(b *Bead) Bead {
	c := Bead{Bead: cloneBead(b.Bead), Links: linksOf(b)}
	if c.Status == alignfile.StatusAuto {
		c.Status = alignfile.StatusConfirmed
	}
	for k := range c.Links {
		if c.Links[k].Status == alignfile.StatusAuto {
			c.Links[k].Status = alignfile.StatusConfirmed
		}
	}
	return c
}

// Confirm confirms bead i and its links: a person says the aligner got
// them right.
func (d *Doc) Confirm(i int) (Patch, error) {
	b, err := d.bead(i)
	if err != nil {
		return Patch{}, err
	}
	if b.Status != alignfile.StatusAuto {
		return Patch{}, refuse("%s is %s already", name(i), b.Status)
	}
	return d.commit(change{what: fmt.Sprintf("confirm %s", name(i)), at: i, old: d.beads[i : i+1], new: []Bead{confirmed(b)}})
}

// ConfirmAbove confirms every bead not yet reviewed whose score is at
// least min, with its links.
func (d *Doc) ConfirmAbove(min float64) (Patch, error) {
	if !(min >= 0 && min <= 1) {
		return Patch{}, refuse("a score is from 0 to 1, not %g", min)
	}
	lo, hi, n := -1, -1, 0
	for i := range d.beads {
		if b := &d.beads[i]; b.Status == alignfile.StatusAuto && b.Score >= min {
			if lo < 0 {
				lo = i
			}
			hi = i
			n++
		}
	}
	if n == 0 {
		return Patch{}, refuse("no bead left to review scores %g or more", min)
	}
	out := make([]Bead, 0, hi-lo+1)
	for i := lo; i <= hi; i++ {
		if b := &d.beads[i]; b.Status == alignfile.StatusAuto && b.Score >= min {
			out = append(out, confirmed(b))
		} else {
			out = append(out, *b)
		}
	}
	return d.commit(change{what: fmt.Sprintf("confirm the %d beads scored %g or more", n, min), at: lo, old: d.beads[lo : hi+1], new: out})
}
