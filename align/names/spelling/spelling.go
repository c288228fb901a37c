// Package spelling knows the established English spellings of Korean
// names: how public figures of both Koreas, places and organizations are
// spelled in English text, where that differs from what the romanization
// rules give (김일성 Kim Il-sung, not Kim Il-seong; 노무현 Roh Moo-hyun;
// 이승만 Syngman Rhee; 부산 Busan; 평양 Pyongyang; 현대 Hyundai), and a
// newsroom's own list that overrides them.
//
// The built-in table (Default) is data, not code: spellings.tsv, embedded,
// whose header documents its format. Each entry has its Hangul, its
// spelling, its kind (person, place, organization), where the spelling is
// established (the bearer's own usage, a government list, wire style or
// reference works) and a short description that tells namesakes apart
// (김정은: the North Korean leader Kim Jong-un and the actress Kim
// Jung-eun). No Go library carries such a table, and established spellings
// follow usage rather than rules, so it was written for bitext.
//
// Lookup returns every namesake of a Hangul name; Press gives the spelling
// a press-style romanizer should use, and the entry it took it from, so
// that a caller can say which entry applied; Spelled tells whether an
// English form is one of the established spellings of a Hangul name.
// ParseHouse reads a newsroom's list (two columns, Hangul and English in
// either order, or a glossary with a header row), and Override layers it
// over the table.
//
// Look names up, not words: some names are also common words (현대
// "modern", 기아 "hunger"), so callers look up only what the name layer
// has identified as a name.
package spelling

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/bitext-ko/bitext/align/hangul"
	"golang.org/x/text/unicode/norm"
)

//go:embed spellings.tsv
var tableTSV string

// TableFile is the name of the built-in table's data file, as Entry.File
// gives it.
const TableFile = "spellings.tsv"

// Kind is what a name names.
type Kind uint8

// The kinds of names. AnyKind in a query matches every kind; an entry of a
// house list that does not say its kind has AnyKind and answers queries
// of every kind.
const (
	AnyKind Kind = iota
	Person
	Place
	Organization
)

var kindNames = [...]string{"any", "person", "place", "organization"}

// String returns the kind's name as the table writes it ("person" …).
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

// ParseKind parses a kind as the table writes it: person, place or
// organization.
func ParseKind(s string) (Kind, error) {
	for i, n := range kindNames[1:] {
		if s == n {
			return Kind(i + 1), nil
		}
	}
	return AnyKind, fmt.Errorf("unknown kind %q (want person, place or organization)", s)
}

// Source is where a spelling is established.
type Source uint8

// The sources of a spelling.
const (
	// Own is the bearer's own usage: a passport, an official English
	// name, books, a signature, a stage name.
	Own Source = iota + 1
	// Government is an official list: the presidential office, the
	// ministries (foreign affairs, unification), the National Assembly,
	// official place names.
	Government
	// Wire is wire and press style (Yonhap, AP), where no own or
	// government form is known: North Korean figures and places.
	Wire
	// Reference is reference works and scholarship: historical figures.
	Reference
	// House is a newsroom's own list, given by the caller.
	House
)

var sourceNames = [...]string{"", "own", "government", "wire", "reference", "house"}

// String returns the source's name as the table writes it ("own" …).
func (s Source) String() string {
	if s > 0 && int(s) < len(sourceNames) {
		return sourceNames[s]
	}
	return fmt.Sprintf("Source(%d)", int(s))
}

// ParseSource parses a source as the table writes it: own, government,
// wire or reference. House is not written in the table.
func ParseSource(s string) (Source, error) {
	for i := Own; i < House; i++ {
		if s == sourceNames[i] {
			return i, nil
		}
	}
	return 0, fmt.Errorf("unknown source %q (want own, government, wire or reference)", s)
}

// Entry is one established spelling of one bearer of a Hangul name.
type Entry struct {
	Hangul  string // as written in the table or list
	English string // the established spelling
	Kind    Kind   // AnyKind for a house entry that does not say
	Source  Source
	Who     string   // what tells namesakes apart; may be empty in a house list
	Also    []string // other established spellings of the same name
	File    string   // the table or list the entry was read from
	Line    int      // its line there (1-based)
}

// String describes the entry and where it was read, as a report of which
// entry applied: `김정은 → Kim Jong-un (person: North Korean leader from
// 2011 (b. 1984); wire; spellings.tsv:123)`.
func (e Entry) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s → %s (", e.Hangul, e.English)
	if e.Kind != AnyKind {
		// A house entry may not say its kind.
		fmt.Fprintf(&b, "%s", e.Kind)
		if e.Who != "" {
			fmt.Fprintf(&b, ": %s", e.Who)
		}
		b.WriteString("; ")
	} else if e.Who != "" {
		fmt.Fprintf(&b, "%s; ", e.Who)
	}
	fmt.Fprintf(&b, "%s; %s", e.Source, e.File)
	if e.Line > 0 {
		// Entries made from a glossary read as a whole have no line.
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	b.WriteByte(')')
	return b.String()
}

// Spellings returns the entry's spelling followed by its other
// established spellings.
func (e Entry) Spellings() []string {
	return append([]string{e.English}, e.Also...)
}

// Table is a set of established spellings, looked up by Hangul. It is
// immutable and safe for concurrent use.
type Table struct {
	entries []Entry
	byKey   map[string][]int32 // Key(Hangul) → indices in entries, in order
	byFold  map[string][]int32 // Fold of every spelling → indices, in order
}

// Key is the form a Hangul name is looked up by: normalized (NFC, width
// folded) with white space removed, so that 김 정은 and 김정은 are the
// same name.
func Key(hangulName string) string {
	s := hangul.Normalize(hangulName)
	if strings.IndexFunc(s, isSpace) < 0 {
		return s
	}
	var b [64]byte
	return string(appendUnspaced(b[:0], s))
}

// appendUnspaced appends s to b without its white space (unicode.IsSpace,
// as strings.Fields splits at), for Key. s is valid UTF-8, as Normalize
// leaves it.
func appendUnspaced(b []byte, s string) []byte {
	for i, r := range s {
		if !unicode.IsSpace(r) {
			b = append(b, s[i:i+utf8.RuneLen(r)]...)
		}
	}
	return b
}

// ids returns the indices of the entries of a Hangul name, compared by
// Key; it makes the key of a name with white space in it on the stack.
func (t *Table) ids(hangulName string) []int32 {
	s := hangul.Normalize(hangulName)
	if strings.IndexFunc(s, isSpace) < 0 {
		return t.byKey[s]
	}
	var b [64]byte
	return t.byKey[string(appendUnspaced(b[:0], s))]
}

// isSpace is unicode.IsSpace, what appendUnspaced removes, with the
// ASCII spaces tested first.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	return unicode.IsSpace(r)
}

func newTable(entries []Entry) *Table {
	t := &Table{entries: entries, byKey: make(map[string][]int32, len(entries)), byFold: make(map[string][]int32, len(entries))}
	for i := range entries {
		k := Key(entries[i].Hangul)
		t.byKey[k] = append(t.byKey[k], int32(i))
		for _, s := range entries[i].Spellings() {
			if f := Fold(s); f != "" && !slices.Contains(t.byFold[f], int32(i)) {
				t.byFold[f] = append(t.byFold[f], int32(i))
			}
		}
	}
	return t
}

// Fold is the form an English spelling is looked up by in ByEnglish:
// lower case, letters and digits only, accents and McCune–Reischauer
// breves removed, so that Kim Jong Un, KIM JONG-UN and Kim Jong-un are
// one spelling, and Kim Chŏng-ŭn and Kim Chong-un another.
func Fold(english string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(english) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// ByEnglish returns the entries of which english is one of the
// spellings (English or Also), compared by Fold, in table order: the
// Hangul names a text's spelling stands for. Callers that rewrite text
// look up only what the name layer found to be a name, and leave a
// spelling that stands for several Hangul names alone.
func (t *Table) ByEnglish(english string) []Entry {
	ids := t.byFold[Fold(english)]
	if len(ids) == 0 {
		return nil
	}
	out := make([]Entry, len(ids))
	for i, id := range ids {
		out[i] = t.entries[id]
		out[i].Also = append([]string(nil), out[i].Also...)
	}
	return out
}

var defaultTable = sync.OnceValue(func() *Table {
	t, err := Parse(TableFile, strings.NewReader(tableTSV))
	if err != nil {
		// The embedded data is checked by the package's tests.
		panic("spelling: embedded table: " + err.Error())
	}
	return t
})

// Default returns the built-in table (spellings.tsv).
func Default() *Table { return defaultTable() }

// Len returns the number of entries.
func (t *Table) Len() int { return len(t.entries) }

// Entries returns a copy of every entry, in table order.
func (t *Table) Entries() []Entry {
	out := make([]Entry, len(t.entries))
	copy(out, t.entries)
	for i := range out {
		out[i].Also = append([]string(nil), out[i].Also...)
	}
	return out
}

// Lookup returns every entry for a Hangul name (compared by Key), in table
// order: the namesakes, the default one first. It returns nil for a name
// the table does not know.
func (t *Table) Lookup(hangulName string) []Entry {
	ids := t.ids(hangulName)
	if len(ids) == 0 {
		return nil
	}
	out := make([]Entry, len(ids))
	for i, id := range ids {
		out[i] = t.entries[id]
		out[i].Also = append([]string(nil), out[i].Also...)
	}
	return out
}

// Has reports whether the table has an entry for a Hangul name (compared
// by Key): whether Lookup would return any, without copying them.
func (t *Table) Has(hangulName string) bool {
	return len(t.ids(hangulName)) > 0
}

// KindOf returns the kind the entries of a Hangul name (compared by Key)
// give it, when it has entries and they agree; otherwise AnyKind and
// false. A house entry that does not say its kind gives AnyKind.
func (t *Table) KindOf(hangulName string) (Kind, bool) {
	ids := t.ids(hangulName)
	if len(ids) == 0 {
		return AnyKind, false
	}
	kind := t.entries[ids[0]].Kind
	for _, id := range ids[1:] {
		if t.entries[id].Kind != kind {
			return AnyKind, false
		}
	}
	return kind, true
}

// Press returns the established spelling of a Hangul name for press style,
// with the entry it comes from: the first entry of the name whose kind is
// kind (any entry for AnyKind; a house entry without a kind answers every
// kind). ok is false when the table has no such entry; the caller then
// falls back to the romanization rules. Where namesakes of one kind are
// spelled differently, the first listed (the best known) is taken; a
// caller that can tell them apart uses Lookup.
func (t *Table) Press(hangulName string, kind Kind) (spelling string, applied Entry, ok bool) {
	for _, id := range t.ids(hangulName) {
		e := &t.entries[id]
		if kind == AnyKind || e.Kind == AnyKind || e.Kind == kind {
			applied = *e
			applied.Also = append([]string(nil), e.Also...)
			return e.English, applied, true
		}
	}
	return "", Entry{}, false
}

// Spelled reports whether english is exactly one of the established
// spellings (English or Also) of a Hangul name, and returns the first
// entry that has it.
func (t *Table) Spelled(hangulName, english string) (Entry, bool) {
	for _, id := range t.ids(hangulName) {
		e := &t.entries[id]
		if e.English == english || slices.Contains(e.Also, english) {
			out := *e
			out.Also = append([]string(nil), e.Also...)
			return out, true
		}
	}
	return Entry{}, false
}

// Override returns a table in which house overrides t: for each Hangul name
// that house lists, its entries come first and replace t's entries of the
// same kind (of every kind when a house entry has no kind), so that a
// newsroom's 김정은 Kim Jong Un replaces the table's spellings of 김정은
// while its 한강 Han River (place) leaves the novelist Han Kang. Neither
// table is changed.
func (t *Table) Override(house *Table) *Table {
	if house == nil || len(house.entries) == 0 {
		return t
	}
	// Kinds each Hangul name of the house list covers.
	covered := map[string][4]bool{}
	for i := range house.entries {
		k := Key(house.entries[i].Hangul)
		c := covered[k]
		c[house.entries[i].Kind] = true
		covered[k] = c
	}
	out := make([]Entry, 0, len(house.entries)+len(t.entries))
	out = append(out, house.entries...)
	for i := range t.entries {
		e := &t.entries[i]
		if c, ok := covered[Key(e.Hangul)]; ok && (c[AnyKind] || c[e.Kind]) {
			continue
		}
		out = append(out, *e)
	}
	return newTable(out)
}
