package glossary

import (
	"cmp"
	"slices"
	"strings"

	"github.com/bitext-ko/bitext/align/names/spelling"
)

// Merge joins glossaries, such as the shards of a corpus built in
// parallel or a translator's plain two-column glossary and one bitext
// made, into one. Entries with the same Hangul become one: their forms
// with the same English are added together (counts, documents, Latin
// sightings; places up to DefaultMaxSeen), the type is the one the most
// sightings had (a real type over a plain row's "other"), the confidence
// the highest, and the romanization columns are made again from the
// merged entry (Romanize: only Korean names have them), never taken from
// one of the lists. Documents are assumed to be in one list only, as
// shards are.
//
// Order is the order given, and the result is the same whatever the order
// of the lists:
//
//   - Entries keep the order of each list (a hand-made glossary's own
//     order; bitext writes its glossaries by Hangul). Where lists
//     interleave, the entry whose Hangul sorts first comes first: the
//     lists are merged as sorted lists are, so glossaries ordered by
//     Hangul merge into one ordered by Hangul.
//   - Forms go by count, then documents, then by where their lists give
//     them (a glossary with no counts lists the preferred form first),
//     then by spelling.
//   - Contexts are those of the list that saw the name (or the form) most,
//     and places are ordered by document and id before the first
//     DefaultMaxSeen are kept.
func Merge(lists ...[]Entry) []Entry {
	type formAcc struct {
		Form
		rank    int // best position among its entry's forms in a list
		ctxSeen int // count of the sighting the context comes from
	}
	type acc struct {
		e       Entry
		votes   map[Type]int
		forms   map[string]*formAcc
		ctxSeen int
	}
	byHangul := map[string]*acc{}
	for _, list := range lists {
		for _, e := range list {
			a := byHangul[e.Hangul]
			if a == nil {
				a = &acc{e: Entry{Hangul: e.Hangul}, votes: map[Type]int{}, forms: map[string]*formAcc{}, ctxSeen: -1}
				byHangul[e.Hangul] = a
			}
			n := e.Count()
			a.votes[e.Type] += max(1, n)
			a.e.Confidence = max(a.e.Confidence, e.Confidence)
			if better(e.Context, n, a.e.Context, a.ctxSeen) {
				a.e.Context, a.ctxSeen = e.Context, n
			}
			for rank, f := range e.Forms {
				g := a.forms[f.English]
				if g == nil {
					g = &formAcc{Form: Form{English: f.English}, rank: rank, ctxSeen: -1}
					a.forms[f.English] = g
				}
				// Sums stop at the largest count the readers take.
				g.Count = min(g.Count+f.Count, maxCount)
				g.Docs = min(g.Docs+f.Docs, maxCount)
				g.Latin = min(g.Latin+f.Latin, maxCount)
				g.rank = min(g.rank, rank)
				g.Seen = append(g.Seen, f.Seen...)
				if better(f.Context, f.Count, g.Context, g.ctxSeen) {
					g.Context, g.ctxSeen = f.Context, f.Count
				}
			}
		}
	}
	entry := func(h string) Entry {
		a := byHangul[h]
		e := a.e
		e.Type = majority(a.votes)
		fs := make([]*formAcc, 0, len(a.forms))
		for _, f := range a.forms {
			fs = append(fs, f)
		}
		slices.SortFunc(fs, func(x, y *formAcc) int {
			return cmp.Or(cmp.Compare(y.Count, x.Count), cmp.Compare(y.Docs, x.Docs), cmp.Compare(x.rank, y.rank), strings.Compare(x.English, y.English))
		})
		for _, f := range fs {
			g := f.Form
			slices.SortFunc(g.Seen, func(x, y Seen) int {
				return cmp.Or(strings.Compare(x.Doc, y.Doc), strings.Compare(x.EN, y.EN), strings.Compare(x.KO, y.KO))
			})
			g.Seen = slices.Compact(g.Seen)
			if len(g.Seen) > DefaultMaxSeen {
				g.Seen = g.Seen[:DefaultMaxSeen:DefaultMaxSeen]
			}
			e.Forms = append(e.Forms, g)
		}
		e.Romanized = romanizeFor(e.Hangul, e.Type, e.Preferred())
		return e
	}
	out := make([]Entry, 0, len(byHangul))
	for _, h := range mergeOrder(lists) {
		out = append(out, entry(h))
	}
	return out
}

// better reports whether a context seen n times should replace the one
// kept, seen kept times: the more sightings win, then the text that sorts
// first, so that the choice does not depend on the order of the lists.
func better(ctx string, n int, keptCtx string, kept int) bool {
	if ctx == "" {
		return false
	}
	if keptCtx == "" || n != kept {
		return keptCtx == "" || n > kept
	}
	return ctx < keptCtx
}

// mergeOrder returns the Hangul names of lists, each once, keeping the
// order of every list: a name is taken when it comes next in every list
// that has it, and of the names that can be taken, the one that sorts
// first goes first. When the lists disagree (A before B in one, B before
// A in another) no name can be, and the least of the lists' next names
// is taken. The result depends on the lists' contents, not on their
// order.
func mergeOrder(lists [][]Entry) []string {
	// Where each name is in each list that has it.
	type at struct{ list, pos int }
	where := map[string][]at{}
	for i, l := range lists {
		for j, e := range l {
			if w := where[e.Hangul]; len(w) == 0 || w[len(w)-1].list != i {
				where[e.Hangul] = append(w, at{i, j})
			}
		}
	}
	next := make([]int, len(lists))
	taken := make(map[string]bool, len(where))
	out := make([]string, 0, len(where))
	for {
		free, least := "", ""
		anyFree, anyHead := false, false
		for i, l := range lists {
			for next[i] < len(l) && taken[l[next[i]].Hangul] {
				next[i]++
			}
		}
		for i, l := range lists {
			if next[i] == len(l) {
				continue
			}
			h := l[next[i]].Hangul
			if !anyHead || h < least {
				least, anyHead = h, true
			}
			ready := true
			for _, w := range where[h] {
				if w.pos != next[w.list] {
					ready = false
					break
				}
			}
			if ready && (!anyFree || h < free) {
				free, anyFree = h, true
			}
		}
		switch {
		case anyFree:
			taken[free] = true
			out = append(out, free)
		case anyHead:
			taken[least] = true
			out = append(out, least)
		default:
			return out
		}
	}
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

// TypeFromTable types the entries typed other whose name the built-in
// table of established spellings (package spelling) knows with their
// preferred form as one of its spellings, when the table gives that
// spelling one kind: a plain two-column row 김일성 Kim Il-sung becomes a
// person, 서울 Seoul a place, 삼성 Samsung an organization; 한강 Han
// River stays other if it is ambiguous. The romanization columns of an
// entry typed are made again. It returns how many entries it typed.
func TypeFromTable(entries []Entry) int {
	n := 0
	for i := range entries {
		e := &entries[i]
		if e.Type != Other && e.Type != "" {
			continue
		}
		want := spelling.Fold(e.Preferred())
		var kinds []spelling.Kind
		for _, s := range spelling.Default().Lookup(e.Hangul) {
			if slices.ContainsFunc(s.Spellings(), func(sp string) bool { return spelling.Fold(sp) == want }) && !slices.Contains(kinds, s.Kind) {
				kinds = append(kinds, s.Kind)
			}
		}
		if len(kinds) != 1 {
			continue
		}
		switch kinds[0] {
		case spelling.Person:
			e.Type = Person
		case spelling.Place:
			e.Type = Place
		case spelling.Organization:
			e.Type = Organization
		default:
			continue
		}
		e.Romanized = romanizeFor(e.Hangul, e.Type, e.Preferred())
		n++
	}
	return n
}

// CheckMerged reports the conflicts of lists merged into merged (Merge),
// once each and in an order that does not depend on the order of the
// lists: a Hangul name the lists give different types (its types sorted),
// in merged's order, then the English forms merged lists under more than
// one Hangul name.
func CheckMerged(merged []Entry, lists ...[]Entry) []Problem {
	types := map[string][]Type{}
	for _, l := range lists {
		for _, e := range l {
			if e.Type != Other && e.Type != "" && !slices.Contains(types[e.Hangul], e.Type) {
				types[e.Hangul] = append(types[e.Hangul], e.Type)
			}
		}
	}
	var out []Problem
	for _, e := range merged {
		if ts := types[e.Hangul]; len(ts) > 1 {
			slices.Sort(ts)
			out = append(out, typeConflict(e.Hangul, "", ts))
		}
	}
	return append(out, Check(merged)...)
}
