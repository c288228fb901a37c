package edit

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/bitext-ko/bitext/align"
	"github.com/bitext-ko/bitext/tm/alignfile"
)

// ParseSentence reads a sentence id, "PARA.SENT".
func ParseSentence(s string) (align.ID, error) {
	p, q, ok := strings.Cut(s, ".")
	para, err1 := strconv.Atoi(p)
	sent, err2 := strconv.Atoi(q)
	id := align.ID{Para: para, Sent: sent}
	if !ok || err1 != nil || err2 != nil || para < 0 || sent < 0 || id.String() != s {
		return id, fmt.Errorf("%q is not a sentence id (PARA.SENT)", s)
	}
	return id, nil
}

// findLink returns the index of the link of bead b holding sentence id of
// side s, or -1.
func findLink(b *Bead, s Side, id align.ID) int {
	for k := range b.Links {
		if slices.Contains(ids(&b.Links[k].Bead, s), id) {
			return k
		}
	}
	return -1
}

// sentenceIn checks that sentence id of side s exists and is in bead i.
func (d *Doc) sentenceIn(i int, s Side, id align.ID) (*Bead, int, error) {
	b, err := d.bead(i)
	if err != nil {
		return nil, 0, err
	}
	ps := d.Paragraphs(s)
	if id.Para < 0 || id.Para >= len(ps) || id.Sent < 0 || id.Sent >= len(ps[id.Para].Sentences) {
		return nil, 0, refuse("there is no %s sentence %s", s, id)
	}
	k := findLink(b, s, id)
	if k < 0 {
		return nil, 0, refuse("%s sentence %s is not in %s", s, id, name(i))
	}
	return b, k, nil
}

// gap says which sentences of side s are missing between those of l,
// which must follow one another, or returns "".
func (d *Doc) gap(l *alignfile.Bead, s Side) string {
	own := ids(l, s)
	for k := 1; k < len(own); k++ {
		if d.ord(s, own[k]) != d.ord(s, own[k-1])+1 {
			return fmt.Sprintf("%s sentences between %s and %s are in another link", s, own[k-1], own[k])
		}
	}
	return ""
}

// checkOrder says what is wrong with links as the links of one bead, in
// order: on each side, the sentences of a link must follow one another,
// and each link's must follow those of the links before it.
func (d *Doc) checkOrder(links []Link) string {
	for _, s := range []Side{EN, KO} {
		last := -1
		var lastID align.ID
		for _, l := range links {
			for _, id := range ids(&l.Bead, s) {
				o := d.ord(s, id)
				if last >= 0 && o != last+1 {
					if o < last {
						return fmt.Sprintf("the link would cross another: %s sentence %s would come after %s", s, id, lastID)
					}
					return fmt.Sprintf("%s sentences between %s and %s are in another link", s, lastID, id)
				}
				last, lastID = o, id
			}
		}
	}
	return ""
}

// LinkSentences joins, inside bead i, the link of English sentence en
// with the link of Korean sentence ko. The sentences of the new link must
// follow one another on each side, and it may not cross another link.
func (d *Doc) LinkSentences(i int, en, ko align.ID) (Patch, error) {
	b, p, err := d.sentenceIn(i, EN, en)
	if err != nil {
		return Patch{}, err
	}
	_, q, err := d.sentenceIn(i, KO, ko)
	if err != nil {
		return Patch{}, err
	}
	if p == q {
		return Patch{}, refuse("English sentence %s and Korean sentence %s are linked already", en, ko)
	}
	if b.Kind == align.Furniture {
		return Patch{}, refuse("%s is furniture: its sentences are not linked", name(i))
	}
	lp, lq := b.Links[p], b.Links[q]
	u := Link{Bead: alignfile.Bead{Bead: align.Bead{Kind: align.Match}}, seq: min(lp.seq, lq.seq)}
	for _, s := range []Side{EN, KO} {
		all := slices.Concat(ids(&lp.Bead, s), ids(&lq.Bead, s))
		slices.SortFunc(all, func(x, y align.ID) int { return d.ord(s, x) - d.ord(s, y) })
		setIDs(&u.Bead, s, all)
	}
	edited(&u.Bead)
	for _, s := range []Side{EN, KO} {
		if why := d.gap(&u.Bead, s); why != "" {
			return Patch{}, refuse("English sentence %s and Korean sentence %s cannot be linked: %s", en, ko, why)
		}
	}
	// The joined link takes the place of the first of the two that keeps
	// the order.
	var why string
	for _, at := range []int{min(p, q), max(p, q)} {
		links := make([]Link, 0, len(b.Links)-1)
		for k, l := range b.Links {
			switch {
			case k == at:
				links = append(links, u)
			case k == p || k == q:
			default:
				links = append(links, Link{Bead: cloneBead(l.Bead), seq: l.seq})
			}
		}
		if why = d.checkOrder(links); why == "" {
			m := Bead{Bead: cloneBead(b.Bead), Links: links}
			edited(&m.Bead)
			return d.commit(change{what: fmt.Sprintf("link sentences %s and %s", en, ko), at: i, old: d.beads[i : i+1], new: []Bead{m}})
		}
	}
	return Patch{}, refuse("English sentence %s and Korean sentence %s cannot be linked: %s", en, ko, why)
}

// UnlinkSentence takes sentence id of side s, in bead i, out of its link:
// it stands alone. Only the first or the last sentence of a side of a
// link can leave it (the others would cut it in two), and a two-sided
// bead must keep a two-sided link.
func (d *Doc) UnlinkSentence(i int, s Side, id align.ID) (Patch, error) {
	b, k, err := d.sentenceIn(i, s, id)
	if err != nil {
		return Patch{}, err
	}
	l := b.Links[k]
	own := ids(&l.Bead, s)
	if len(l.EN)+len(l.KO) == 1 {
		return Patch{}, refuse("%s sentence %s is in no link", s, id)
	}
	pos := slices.Index(own, id)
	if pos != 0 && pos != len(own)-1 {
		return Patch{}, refuse("%s sentence %s is in the middle of its link (%s to %s): unlink the sentences at one end first", s, id, own[0], own[len(own)-1])
	}
	rest := Link{Bead: cloneBead(l.Bead), seq: l.seq}
	setIDs(&rest.Bead, s, slices.Delete(slices.Clone(own), pos, pos+1))
	var pieces []Link
	if len(rest.EN) > 0 && len(rest.KO) > 0 {
		rest.Kind = align.Match
		edited(&rest.Bead)
		pieces = []Link{rest}
	} else {
		pieces = append(lone(EN, rest.EN, l.seq), lone(KO, rest.KO, l.seq)...)
	}
	// The sentence goes before what is left of its link when sentences of
	// its side follow it there, after it otherwise.
	alone := lone(s, []align.ID{id}, l.seq)
	if pos == 0 && len(own) > 1 {
		pieces = append(alone, pieces...)
	} else {
		pieces = append(pieces, alone...)
	}
	if b.Kind == align.Furniture {
		for k := range pieces {
			pieces[k].Kind = align.Furniture
		}
	}
	links := slices.Concat(linksOf(&Bead{Links: b.Links[:k]}), pieces, linksOf(&Bead{Links: b.Links[k+1:]}))
	if b.Kind == align.Match && !slices.ContainsFunc(links, func(l Link) bool { return l.Kind == align.Match }) {
		return Patch{}, refuse("%s would have no sentence link left, and a bead with both sides needs one: unlink the bead instead", name(i))
	}
	if why := d.checkOrder(links); why != "" {
		return Patch{}, refuse("%s sentence %s cannot leave its link: %s", s, id, why)
	}
	m := Bead{Bead: cloneBead(b.Bead), Links: links}
	edited(&m.Bead)
	return d.commit(change{what: fmt.Sprintf("unlink %s sentence %s", s, id), at: i, old: d.beads[i : i+1], new: []Bead{m}})
}
