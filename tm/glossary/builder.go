package glossary

import (
	"math"
	"slices"
	"strings"

	"github.com/bitext-ko/bitext/align"
)

// Options configure a Builder. The zero value is ready to use.
type Options struct {
	// MinNameScore is the lowest name-match score that pairs an English name
	// with a Hangul one; 0 means DefaultMinNameScore. (The aligner's bead
	// confidence threshold is align.Options.MinScore, another measure.)
	MinNameScore float64
	// MaxSeen caps the places kept per form (counts stay exact); 0 means
	// DefaultMaxSeen, a negative value keeps none.
	MaxSeen int
	// IncludeFlagged also reads beads the aligner flagged for review
	// (under its --min-score); by default they are skipped.
	IncludeFlagged bool
}

// Defaults for Options.
const (
	DefaultMinNameScore = 0.72
	DefaultMaxSeen      = 20
)

func (o Options) minNameScore() float64 {
	if o.MinNameScore <= 0 {
		return DefaultMinNameScore
	}
	return o.MinNameScore
}

func (o Options) maxSeen() int {
	switch {
	case o.MaxSeen == 0:
		return DefaultMaxSeen
	case o.MaxSeen < 0:
		return 0
	}
	return o.MaxSeen
}

// Builder collects the names of aligned document pairs into one glossary
// entry per Hangul name. Its memory grows with the number of distinct
// names and spellings, not with the number of documents: counts are kept
// exactly, places only up to Options.MaxSeen a form. A Builder is not
// safe for concurrent use.
type Builder struct {
	opt     Options
	entries map[string]*entryAcc
}

// entryAcc accumulates one entry.
type entryAcc struct {
	forms   map[string]*formAcc
	types   [4]int // votes per type, in typeOrder
	doubt   float64
	context string
}

type formAcc struct {
	Form
	lastDoc string
	docSeen bool
}

var typeOrder = [4]Type{Person, Place, Organization, Other}

// NewBuilder returns an empty Builder.
func NewBuilder(opt Options) *Builder {
	return &Builder{opt: opt, entries: map[string]*entryAcc{}}
}

// Len returns the number of entries (distinct Hangul names) so far.
func (b *Builder) Len() int { return len(b.entries) }

// Add extracts the names of one aligned document pair and adds them:
// AddNames of Extract with nothing prepared (so with lexicon.Default()).
// docID names the document in the entries' places (a file name, say).
// Adding the same document twice counts its names twice.
func (b *Builder) Add(docID string, a *align.Alignment) {
	if a == nil {
		return
	}
	b.AddNames(docID, Extract(a, nil, b.opt))
}

// AddNames adds the names Extract found in one document, in their order.
// Extraction may run anywhere (on a corpus worker, say); adding is what
// must happen in the order of the documents.
func (b *Builder) AddNames(docID string, n *DocNames) {
	if n == nil {
		return
	}
	for _, pr := range n.pairs {
		b.add(docID, pr)
	}
}

// add records one occurrence.
func (b *Builder) add(docID string, p pair) {
	e := b.entries[p.hangul]
	if e == nil {
		// Keys and contexts are copies: p's are often pieces of the
		// document's text, which a Builder must not keep for the rest of
		// a run.
		e = &entryAcc{forms: map[string]*formAcc{}, doubt: 1, context: strings.Clone(p.koContext.String())}
		b.entries[strings.Clone(p.hangul)] = e
	}
	for i, t := range typeOrder {
		if t == p.typ {
			e.types[i]++
		}
	}
	// Each sighting removes part of the remaining doubt: the best
	// sighting counts fully, repeated ones less.
	e.doubt *= 1 - p.score*occurrenceWeight(e)
	f := e.forms[p.english]
	if f == nil {
		english := strings.Clone(p.english)
		f = &formAcc{Form: Form{English: english, Context: strings.Clone(p.enContext.String())}}
		e.forms[english] = f
	}
	f.Count++
	if p.latin {
		f.Latin++
	}
	if !f.docSeen || f.lastDoc != docID {
		f.Docs++
		f.lastDoc, f.docSeen = docID, true
	}
	if len(f.Seen) < b.opt.maxSeen() {
		s := Seen{Doc: docID, EN: p.enID.String(), KO: p.koID.String()}
		if len(f.Seen) == 0 || f.Seen[len(f.Seen)-1] != s {
			f.Seen = append(f.Seen, s)
		}
	}
}

// occurrenceWeight is how much one more sighting lowers an entry's doubt:
// fully for the first, 30% for each later one.
func occurrenceWeight(e *entryAcc) float64 {
	n := 0
	for _, v := range e.types {
		n += v
	}
	if n <= 1 {
		return 1
	}
	return 0.3
}

// Entries returns the glossary, ordered by Hangul, each entry's forms the
// most frequent first.
func (b *Builder) Entries() []Entry {
	out := make([]Entry, 0, len(b.entries))
	for h, e := range b.entries {
		ent := Entry{Hangul: h, Type: voteType(e.types), Context: e.context}
		ent.Confidence = round3(math.Min(1-e.doubt, 0.999))
		for _, f := range e.forms {
			ff := f.Form
			ff.Seen = append([]Seen(nil), f.Seen...)
			ent.Forms = append(ent.Forms, ff)
		}
		slices.SortFunc(ent.Forms, func(x, y Form) int { return strings.Compare(x.English, y.English) })
		sortForms(ent.Forms)
		ent.Romanized = romanizeFor(h, ent.Type, ent.Preferred())
		out = append(out, ent)
	}
	sortEntries(out)
	return out
}

// voteType returns the type with the most votes; ties go to the earlier
// type in typeOrder, except that Other never beats a real type.
func voteType(v [4]int) Type {
	best := 3
	for i := 0; i < 3; i++ {
		if v[i] > 0 && (best == 3 || v[i] > v[best]) {
			best = i
		}
	}
	return typeOrder[best]
}

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }
