package export

import (
	"slices"
	"strings"

	"github.com/bitext-ko/bitext/align"
	"github.com/bitext-ko/bitext/tm/alignfile"
	"github.com/bitext-ko/bitext/tm/glossary"
	"github.com/bitext-ko/bitext/tm/tmx"
)

// Files exports alignment files, one after another, into one memory and
// one glossary: bitext export. Exporting the files of bitext align
// --format json or bitext corpus --alignments, unedited and in their
// order, gives the units, and the glossary, those commands give.
type Files struct {
	level   align.Level
	opt     Options
	names   *glossary.Builder // nil without a glossary
	reviews map[string]alignfile.Entry
	counts  Counts
}

// NewFiles starts an export at level with the TMX options opt (DocID is
// each file's document). With names, the glossary is built too, with the
// options gopt.
func NewFiles(level align.Level, opt Options, names bool, gopt glossary.Options) *Files {
	x := &Files{level: level, opt: opt, reviews: map[string]alignfile.Entry{}}
	if names {
		x.names = glossary.NewBuilder(gopt)
	}
	return x
}

// Add exports f: it returns its units (FileUnits) and adds its names to
// the glossary, read from its beads as they are now (a bead a person
// confirmed or edited is read whatever its score), and the review states
// of its glossary entries.
func (x *Files) Add(f *alignfile.File) []tmx.Unit {
	units, c := FileUnits(f, x.level, x.opt)
	x.counts.Add(c)
	if x.names != nil {
		a, _ := f.Alignment(x.level)
		x.names.Add(f.Document, a)
		for _, e := range f.Glossary {
			if e.Review != alignfile.ReviewAuto {
				x.reviews[e.Hangul] = e
			}
		}
	}
	return units
}

// Counts returns what happened to the beads of the files added so far.
func (x *Files) Counts() Counts { return x.counts }

// Glossary returns the glossary of the files added (nil without one):
// ApplyReviews over the names their beads give.
func (x *Files) Glossary(reviewedOnly bool) []glossary.Entry {
	if x.names == nil {
		return nil
	}
	reviews := make([]alignfile.Entry, 0, len(x.reviews))
	for _, e := range x.reviews {
		reviews = append(reviews, e)
	}
	return ApplyReviews(x.names.Entries(), reviews, reviewedOnly)
}

// ApplyReviews applies a person's review of glossary entries to the
// glossary built from the beads (for a name reviewed twice, the last
// review counts):
//
//   - a rejected name is left out;
//   - an edited entry replaces the built one, as the reviewer wrote it;
//   - an accepted name keeps the built entry, with the counts of every
//     file, or the reviewed entry if the beads no longer give the name;
//   - a name nobody reviewed keeps the built entry, unless reviewedOnly,
//     which leaves it out.
//
// The result is ordered by Hangul, as glossaries are.
func ApplyReviews(built []glossary.Entry, reviews []alignfile.Entry, reviewedOnly bool) []glossary.Entry {
	byName := make(map[string]alignfile.Entry, len(reviews))
	for _, r := range reviews {
		byName[r.Hangul] = r
	}
	out := make([]glossary.Entry, 0, len(built))
	have := map[string]bool{}
	for _, e := range built {
		have[e.Hangul] = true
		r, ok := byName[e.Hangul]
		switch {
		case !ok || r.Review == alignfile.ReviewAuto:
			if !reviewedOnly {
				out = append(out, e)
			}
		case r.Review == alignfile.ReviewEdited:
			out = append(out, r.Entry)
		case r.Review == alignfile.ReviewAccepted:
			out = append(out, e)
		}
	}
	for _, r := range reviews {
		if r = byName[r.Hangul]; !have[r.Hangul] && (r.Review == alignfile.ReviewAccepted || r.Review == alignfile.ReviewEdited) {
			out = append(out, r.Entry)
			have[r.Hangul] = true
		}
	}
	slices.SortStableFunc(out, func(a, b glossary.Entry) int { return strings.Compare(a.Hangul, b.Hangul) })
	return out
}
