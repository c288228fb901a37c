package edit

import (
	"fmt"
	"slices"
	"strings"

	"github.com/bitext-ko/bitext/tm/alignfile"
	"github.com/bitext-ko/bitext/tm/glossary"
)

// nameIndex returns the index of the entry of hangul.
func (d *Doc) nameIndex(hangul string) (int, error) {
	k := slices.IndexFunc(d.names, func(e alignfile.Entry) bool { return e.Hangul == hangul })
	if k < 0 {
		return 0, refuse("%s is not in the pair's glossary", hangul)
	}
	return k, nil
}

// setName commits the glossary with entry k replaced by e.
func (d *Doc) setName(k int, e alignfile.Entry, what string) (Patch, error) {
	names := slices.Clone(d.names)
	names[k] = e
	return d.commit(change{what: what, at: 0, old: d.beads[:0], names: true, newNames: names})
}

// ReviewName sets the review state of the name hangul: accepted,
// rejected, or auto (not reviewed). An entry is made edited by EditName.
func (d *Doc) ReviewName(hangul string, r alignfile.Review) (Patch, error) {
	k, err := d.nameIndex(hangul)
	if err != nil {
		return Patch{}, err
	}
	switch r {
	case alignfile.ReviewAccepted, alignfile.ReviewRejected, alignfile.ReviewAuto:
	case alignfile.ReviewEdited:
		return Patch{}, refuse("an entry is edited by correcting it, not by marking it")
	default:
		return Patch{}, refuse("%q is not a review state (want accepted, rejected or auto)", r)
	}
	e := d.names[k]
	if e.Review == r {
		return Patch{}, refuse("%s is %s already", hangul, r)
	}
	e.Review = r
	verb := map[alignfile.Review]string{alignfile.ReviewAccepted: "accept", alignfile.ReviewRejected: "reject", alignfile.ReviewAuto: "clear the review of"}[r]
	return d.setName(k, e, fmt.Sprintf("%s %s", verb, hangul))
}

// EditName corrects the entry of hangul: its English form becomes english
// alone (the form it was seen as, if it was, with the sightings of all
// the forms of the entry as the file was opened), and its type typ (""
// keeps it). The entry is then
// edited: export writes it as the reviewer made it.
func (d *Doc) EditName(hangul, english string, typ glossary.Type) (Patch, error) {
	k, err := d.nameIndex(hangul)
	if err != nil {
		return Patch{}, err
	}
	english = strings.Join(strings.Fields(english), " ")
	if english == "" {
		return Patch{}, refuse("an English form is needed to correct %s", hangul)
	}
	switch typ {
	case "", glossary.Person, glossary.Place, glossary.Organization, glossary.Other:
	default:
		return Patch{}, refuse("%q is not a name type (want person, place, organization or other)", typ)
	}
	old := d.names[k]
	// The forms and sightings are those of the entry as the file was
	// opened, so that a correction can be corrected back.
	base := old
	if j := slices.IndexFunc(d.file.Glossary, func(e alignfile.Entry) bool { return e.Hangul == hangul }); j >= 0 {
		base = d.file.Glossary[j]
	}
	e := old
	form := glossary.Form{English: english}
	for _, fs := range [][]glossary.Form{base.Forms, old.Forms} {
		if j := slices.IndexFunc(fs, func(f glossary.Form) bool { return f.English == english }); j >= 0 {
			form = fs[j]
			form.Seen = slices.Clone(form.Seen)
			break
		}
	}
	form.Count, form.Docs, form.Latin = 0, 0, 0
	for _, f := range base.Forms {
		form.Count += f.Count
		form.Docs = max(form.Docs, f.Docs)
		form.Latin += f.Latin
	}
	e.Forms = []glossary.Form{form}
	if typ != "" {
		e.Type = typ
	}
	e.Review = alignfile.ReviewEdited
	if old.Review == alignfile.ReviewEdited && len(old.Forms) == 1 && old.Forms[0].English == english && old.Type == e.Type {
		return Patch{}, refuse("%s is %s already", hangul, english)
	}
	return d.setName(k, e, fmt.Sprintf("correct %s to %s", hangul, english))
}
