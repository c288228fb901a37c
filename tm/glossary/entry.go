package glossary

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/bitext-ko/bitext/align/names/korean"
	"github.com/bitext-ko/bitext/align/names/namekey"
	"github.com/bitext-ko/bitext/align/names/romanize"
	"github.com/bitext-ko/bitext/align/names/spelling"
)

// Type is what kind of thing a name names.
type Type string

// The name types.
const (
	Person       Type = "person"
	Place        Type = "place"
	Organization Type = "organization"
	Other        Type = "other"
)

// ParseType reads a type as written in a glossary file; an empty string is
// Other.
func ParseType(s string) (Type, error) {
	switch t := Type(strings.ToLower(strings.TrimSpace(s))); t {
	case Person, Place, Organization, Other:
		return t, nil
	case "":
		return Other, nil
	case "organisation", "org":
		return Organization, nil
	}
	return Other, fmt.Errorf("unknown name type %q (want person, place, organization or other)", s)
}

// Entry is one Hangul name and the English forms a translation used for it.
type Entry struct {
	// Hangul is the name as the Korean text writes it, postpositions and
	// titles removed (김정은, 마이크 폼페이오).
	Hangul string `json:"hangul"`
	Type   Type   `json:"type"`
	// Forms are the English forms seen, the most frequent first.
	Forms []Form `json:"forms"`
	// Romanized holds the standard romanizations of Hangul.
	Romanized Romanized `json:"romanized"`
	// Confidence is how sure the extraction is that the forms translate
	// Hangul, in [0, 1]; 1 for entries written by hand.
	Confidence float64 `json:"confidence"`
	// Context is a short stretch of the Korean text around the name.
	Context string `json:"context,omitempty"`
}

// Form is one English spelling of a name with where it was seen.
type Form struct {
	English string `json:"english"`
	// Count is how many times the form was seen beside the Hangul name.
	Count int `json:"count"`
	// Docs is the number of documents it was seen in.
	Docs int `json:"docs"`
	// Latin counts the times the Korean text itself wrote the form in
	// Latin letters beside the Hangul (리용호(Ri Yong Ho)).
	Latin int `json:"latin,omitempty"`
	// Seen lists where the form was seen, in the order found, up to
	// Options.MaxSeen places.
	Seen []Seen `json:"seen,omitempty"`
	// Context is a short stretch of the English text around the form.
	Context string `json:"context,omitempty"`
}

// Seen is one place a form was seen: a document and the paragraph (or
// sentence) ids on each side, as the aligner numbers them ("3", "3.1").
type Seen struct {
	Doc string `json:"doc"`
	EN  string `json:"en"`
	KO  string `json:"ko"`
}

// String writes a place as "doc:EN/KO".
func (s Seen) String() string { return s.Doc + ":" + s.EN + "/" + s.KO }

// Romanized holds the romanizations of a Hangul name in the styles English
// news and reference works use.
type Romanized struct {
	Press string `json:"press"`
	RR    string `json:"rr"`
	MR    string `json:"mr"`
	DPRK  string `json:"dprk"`
}

// Get returns the romanization in style s (RRTranslit reads as RR, MRPlain
// as MR).
func (r Romanized) Get(s romanize.Style) string {
	switch s {
	case romanize.Press:
		return r.Press
	case romanize.RR, romanize.RRTranslit:
		return r.RR
	case romanize.MR, romanize.MRPlain:
		return r.MR
	case romanize.DPRK:
		return r.DPRK
	}
	return ""
}

// Romanize returns the standard romanizations of a Hangul name of type t:
// personal names in name mode (surname apart, conventional surname
// spelling), places with administrative units hyphenated, everything
// capitalized.
func Romanize(hangulName string, t Type) Romanized {
	opt := romanize.Options{Capitalize: true}
	switch t {
	case Person:
		opt.Name = true
	case Place:
		opt.Place = true
	}
	if t == Person && strings.Contains(hangulName, " ") {
		// A foreign name written in Hangul (마이크 폼페이오) has no
		// surname to set apart.
		opt.Name = false
	}
	get := func(s romanize.Style) string { return romanize.New(s, opt).String(hangulName) }
	return Romanized{Press: get(romanize.Press), RR: get(romanize.RR), MR: get(romanize.MR), DPRK: get(romanize.DPRK)}
}

// romanizeFor is Romanize for an entry whose English is known, and for
// Korean names only: an entry gets romanizations when the name layer
// (korean.Of) finds it a Korean person or place — its English a
// romanization of its Hangul, or an established spelling — whatever its
// type says (a plain two-column row has none). A foreign name written in
// Hangul (폼페이오 Pompeo: no "Pom Pe-i-o"), a translated name or common
// noun (한반도 Korean Peninsula: no "Hanban-do") and an organization get
// none. A Korean personal name the English spells the North's way (Kim
// Jong Un, Ri Yong Ho) gets the press spelling of North Korean names
// (Kim Jong-un), by romanize.PressName, which also takes established
// spellings (Kim Il-sung).
func romanizeFor(hangulName string, t Type, preferred string) Romanized {
	switch korean.Of(spelling.Default(), hangulName, preferred, kindOf(t)) {
	case spelling.Person:
		r := Romanize(hangulName, Person)
		r.Press = romanize.PressName(hangulName, namekey.WrittenGiven(preferred))
		return r
	case spelling.Place:
		return Romanize(hangulName, Place)
	}
	return Romanized{}
}

// kindOf is the kind of name a type says, for the name layer: other says
// nothing.
func kindOf(t Type) spelling.Kind {
	switch t {
	case Person:
		return spelling.Person
	case Place:
		return spelling.Place
	case Organization:
		return spelling.Organization
	}
	return spelling.AnyKind
}

// Preferred returns the entry's most frequent English form, or "".
func (e *Entry) Preferred() string {
	if len(e.Forms) == 0 {
		return ""
	}
	return e.Forms[0].English
}

// Count returns the number of times the entry was seen, over all forms.
func (e *Entry) Count() int {
	n := 0
	for _, f := range e.Forms {
		n += f.Count
	}
	return n
}

// sortForms orders forms by count (most first), then documents; forms
// seen as often keep their order (a hand-made glossary lists the
// preferred form first).
func sortForms(fs []Form) {
	slices.SortStableFunc(fs, func(a, b Form) int {
		if c := cmp.Compare(b.Count, a.Count); c != 0 {
			return c
		}
		return cmp.Compare(b.Docs, a.Docs)
	})
}

// sortEntries orders entries by Hangul.
func sortEntries(es []Entry) {
	slices.SortStableFunc(es, func(a, b Entry) int { return strings.Compare(a.Hangul, b.Hangul) })
}
