package glossary

import (
	"slices"
	"strings"
)

// Merge joins glossaries, such as the shards of a corpus built in
// parallel, into one: entries with the same Hangul become one, their
// forms with the same English are added together (counts, documents,
// Latin sightings; places up to DefaultMaxSeen), the type is the one the
// most sightings had, the confidence the highest; forms seen as often are
// ordered by spelling. Documents are assumed
// to be in one list only, as shards are. The result is ordered like
// Builder.Entries, whatever the order of the lists.
func Merge(lists ...[]Entry) []Entry {
	type acc struct {
		e     Entry
		votes map[Type]int
		forms map[string]int // English → index in e.Forms
	}
	byHangul := map[string]*acc{}
	for _, list := range lists {
		for _, e := range list {
			a := byHangul[e.Hangul]
			if a == nil {
				a = &acc{e: Entry{Hangul: e.Hangul, Romanized: e.Romanized, Context: e.Context}, votes: map[Type]int{}, forms: map[string]int{}}
				byHangul[e.Hangul] = a
			}
			a.votes[e.Type] += max(1, e.Count())
			a.e.Confidence = max(a.e.Confidence, e.Confidence)
			if a.e.Context == "" {
				a.e.Context = e.Context
			}
			if a.e.Romanized == (Romanized{}) {
				a.e.Romanized = e.Romanized
			}
			for _, f := range e.Forms {
				i, ok := a.forms[f.English]
				if !ok {
					a.forms[f.English] = len(a.e.Forms)
					g := f
					g.Seen = append([]Seen(nil), f.Seen...)
					if len(g.Seen) > DefaultMaxSeen {
						g.Seen = g.Seen[:DefaultMaxSeen]
					}
					a.e.Forms = append(a.e.Forms, g)
					continue
				}
				g := &a.e.Forms[i]
				// Sums stop at the largest count the readers take.
				g.Count = min(g.Count+f.Count, maxCount)
				g.Docs = min(g.Docs+f.Docs, maxCount)
				g.Latin = min(g.Latin+f.Latin, maxCount)
				for _, s := range f.Seen {
					if len(g.Seen) >= DefaultMaxSeen {
						break
					}
					g.Seen = append(g.Seen, s)
				}
				if g.Context == "" {
					g.Context = f.Context
				}
			}
		}
	}
	out := make([]Entry, 0, len(byHangul))
	for _, a := range byHangul {
		e := a.e
		e.Type = majority(a.votes)
		if e.Romanized == (Romanized{}) {
			e.Romanized = romanizeFor(e.Hangul, e.Type, e.Preferred())
		}
		slices.SortFunc(e.Forms, func(x, y Form) int { return strings.Compare(x.English, y.English) })
		sortForms(e.Forms)
		out = append(out, e)
	}
	sortEntries(out)
	return out
}

// majority returns the type with the most votes, preferring a real type
// to Other and the earlier type in typeOrder on ties.
func majority(votes map[Type]int) Type {
	var v [4]int
	for i, t := range typeOrder {
		v[i] = votes[t]
	}
	return voteType(v)
}
