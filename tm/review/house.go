package review

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bitext-ko/bitext/align/names/korean"
	"github.com/bitext-ko/bitext/align/names/mr"
	"github.com/bitext-ko/bitext/align/names/namekey"
	"github.com/bitext-ko/bitext/align/names/resolve"
	"github.com/bitext-ko/bitext/align/names/romanize"
	"github.com/bitext-ko/bitext/align/names/spelling"
	"github.com/bitext-ko/bitext/tm/glossary"
)

// House is what names diff and names normalize judge spellings by first:
// a newsroom's own list of spellings (a glossary in any format, --house)
// over the built-in table of established spellings (package spelling),
// and press style spelling through both (romanize.PressStyle).
//
// Each entry of the list gives its Hangul name's house spelling, its
// first (most frequent) English form; its type, when it has one, says
// whether the name is a person, a place or an organization. A glossary
// that bitext made can serve as a house list: its most frequent forms are
// then the house's spellings.
//
// A House is immutable and safe for concurrent use.
type House struct {
	file    string
	list    *spelling.Table // the list alone
	entries []glossary.Entry
	byHan   map[string]*glossary.Entry // spelling.Key(Hangul) → entry of the list
	forms   *formIndex
	press   *romanize.PressStyle
}

// NewHouse returns the house list entries read from file, over the
// built-in table; no entries give the built-in table alone. An entry
// without Hangul or English is an error naming the file.
func NewHouse(file string, entries []glossary.Entry) (*House, error) {
	return NewHouseLines(file, entries, nil)
}

// NewHouseLines is NewHouse for entries read with their lines in file
// (glossary.ReadLines), which reports of the entries applied then give:
// `house.txt:12`.
func NewHouseLines(file string, entries []glossary.Entry, lines []int) (*House, error) {
	h := &House{file: file, entries: entries, byHan: map[string]*glossary.Entry{}, forms: newFormIndex(entries)}
	if len(entries) == 0 {
		h.press = romanize.DefaultPressStyle()
		return h, nil
	}
	list := make([]spelling.Entry, 0, len(entries))
	for i := range entries {
		e := &entries[i]
		k := spelling.Key(e.Hangul)
		if _, dup := h.byHan[k]; !dup {
			h.byHan[k] = e
		}
		line := 0
		if i < len(lines) {
			line = lines[i]
		}
		list = append(list, spelling.Entry{Hangul: e.Hangul, English: e.Preferred(), Kind: kindOf(e.Type), Source: spelling.House, File: file, Line: line})
	}
	t, err := spelling.FromEntries(list)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	h.list = t
	h.press = romanize.NewPressStyle(t)
	return h, nil
}

// Spellings returns the house list as a table of spellings, without the
// built-in table (romanize.Options.House); nil for a nil House or one
// without a list.
func (h *House) Spellings() *spelling.Table {
	if h == nil {
		return nil
	}
	return h.list
}

// DefaultHouse returns the built-in table of established spellings alone.
func DefaultHouse() *House {
	h, _ := NewHouse("", nil)
	return h
}

// Table returns the established spellings of the house: the built-in
// table with the list over it.
func (h *House) Table() *spelling.Table { return h.press.Table() }

// kindOf is the kind of a glossary type: other (or none) is any kind.
func kindOf(t glossary.Type) spelling.Kind {
	switch t {
	case glossary.Person:
		return spelling.Person
	case glossary.Place:
		return spelling.Place
	case glossary.Organization:
		return spelling.Organization
	}
	return spelling.AnyKind
}

// listEntry returns the house list's entry for a Hangul name as a
// spelling entry, with its file and line, or nil.
func (h *House) listEntry(hangulName string) *spelling.Entry {
	if h.list == nil {
		return nil
	}
	if es := h.list.Lookup(hangulName); len(es) > 0 {
		return &es[0]
	}
	return nil
}

// listed returns the list's entry for a Hangul name, or nil.
func (h *House) listed(hangulName string) *glossary.Entry {
	return h.byHan[spelling.Key(hangulName)]
}

// KoreanKind says whether a glossary entry is a Korean person or place
// (korean.Of with the built-in table: a house list gives spellings, not
// evidence), judged by its preferred form; spelling.AnyKind when it is
// neither or that is not known.
func (h *House) KoreanKind(e *glossary.Entry) spelling.Kind {
	return korean.Of(spelling.Default(), e.Hangul, e.Preferred(), kindOf(e.Type))
}

// StyleForm returns how the Korean name hangulName (a person or a place:
// kind) that a text writes as written is written in style, and the
// established spelling applied, if any.
//
// Press style takes the house list's spelling, then the built-in table's
// (romanize.PressStyle). A person neither has keeps the spelling the text
// gives, as the press keeps people's own spellings (Oh Kyu-sang, Hwang
// Joon-bum), in the press layout: surname first, the given name
// hyphenated (Hwang Joon Bum → Hwang Joon-bum); only a spelling with
// McCune–Reischauer marks, which the press does not use, is spelled by
// the press rules (Hwang Chun-pŏm → Hwang Jun-beom). The other styles
// romanize the Hangul.
func (h *House) StyleForm(hangulName string, kind spelling.Kind, written string, style romanize.Style) (string, *spelling.Entry) {
	switch kind {
	case spelling.Person:
		if style != romanize.Press {
			return romanize.Name(hangulName, style), nil
		}
		f := h.press.Person(hangulName, namekey.WrittenGiven(written))
		if f.Entry != nil || written == "" || mr.HasMarks(written) {
			return f.Text, f.Entry
		}
		return pressLayout(written), nil
	case spelling.Place:
		if style == romanize.Press {
			f := h.press.Place(hangulName)
			return f.Text, f.Entry
		}
		return romanize.New(style, romanize.Options{Place: true, Capitalize: true}).String(hangulName), nil
	}
	return "", nil
}

// pressLayout writes a romanized Korean name in the press layout with its
// letters and its order as written: the surname capitalized; the given
// name's words joined by a hyphen, lower case after it (KIM Joon Bum →
// Kim Joon-bum, Jong-Un Kim → Jong-un Kim). A name that does not parse
// stays as it is.
func pressLayout(written string) string {
	n, err := namekey.Parse(written)
	if err != nil {
		return written
	}
	words := strings.Fields(strings.ReplaceAll(written, ",", " "))
	var given []string
	if n.SurnameFirst {
		given = words[1:]
	} else {
		given = words[:len(words)-1]
	}
	g := capitalize(strings.ToLower(strings.Join(given, "-")))
	sur := capitalize(strings.ToLower(n.Surname))
	if !n.SurnameFirst {
		return g + " " + sur
	}
	return sur + " " + g
}

// capitalize upper-cases the first letter of s.
func capitalize(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if size == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}

// identified is what the house and the name layer know of a name found
// in a text.
type identified struct {
	hangul string
	kind   spelling.Kind
	listed *glossary.Entry // the house list's entry it is a form of, or nil
	// candidates are the Hangul names the spelling may stand for, when
	// only the romanization systems tell (resolve.Hangul).
	candidates []string
	ambiguous  string // why the name is left alone, if it is
	// own marks a Korean name in Korean order spelled the way a person
	// spells their own name, not a romanization system's: its Hangul is
	// unknown.
	own bool
}

// identify finds the Korean person or place a name of an English text
// is: a form of the house list's Korean names, an established spelling of
// the table, or, failing those, a spelling that some romanization system
// writes for a Korean personal name. It returns the zero value for names
// it does not know to be Korean.
func (h *House) identify(name string) identified {
	if es := h.forms.lookup(name); len(es) > 1 {
		var hs []string
		korean := false
		for _, e := range es {
			hs = append(hs, e.Hangul)
			korean = korean || h.KoreanKind(e) != spelling.AnyKind
		}
		if !korean {
			// Foreign names (Elizabeth Warren: 엘리자베스 워런, 워렌)
			// are never rewritten, so their ambiguity is no news.
			return identified{}
		}
		return identified{ambiguous: fmt.Sprintf("%q left alone: %s gives it to %s", name, h.name(), strings.Join(hs, ", "))}
	} else if len(es) == 1 {
		// A form of a name the list has: Korean or never rewritten.
		e := es[0]
		if k := h.KoreanKind(e); k != spelling.AnyKind {
			return identified{hangul: e.Hangul, kind: k, listed: e}
		}
		return identified{}
	}
	// The built-in table tells the Hangul (a house list may respell it:
	// Busan is 부산 even where the house writes Pusan). A stage name or a
	// mononym (Suga, BoA) is left out: it may be another person's name
	// (Japan's Suga) or a word, and is no personal name to romanize.
	var found []spelling.Entry
	for _, e := range spelling.Default().ByEnglish(name) {
		if e.Kind == spelling.Person && korean.Of(spelling.Default(), e.Hangul, name, spelling.Person) != spelling.Person {
			continue
		}
		if !slices.ContainsFunc(found, func(f spelling.Entry) bool { return spelling.Key(f.Hangul) == spelling.Key(e.Hangul) }) {
			found = append(found, e)
		}
	}
	switch {
	case len(found) > 1:
		// Namesakes spelled alike (Ri Yong-ho: 리용호 and 리영호): a style
		// that writes them alike may still rewrite them.
		var hs []string
		for _, e := range found {
			hs = append(hs, e.Hangul)
			if e.Kind != found[0].Kind || (e.Kind != spelling.Person && e.Kind != spelling.Place) {
				return identified{ambiguous: fmt.Sprintf("%q left alone: it is an established spelling of %s", name, strings.Join(hs, ", "))}
			}
		}
		return identified{kind: found[0].Kind, candidates: hs}
	case len(found) == 1:
		if k := found[0].Kind; k == spelling.Person || k == spelling.Place {
			return identified{hangul: found[0].Hangul, kind: k, listed: h.listed(found[0].Hangul)}
		}
		return identified{} // an organization
	}
	if res := resolve.Hangul(name); res.Korean && res.Name.SurnameFirst {
		// Only in Korean order: Sung Kim (the diplomat) and Guan Yu
		// (the general) have a Korean surname's spelling last. No
		// candidates: a person's own spelling that no system writes
		// (Kim Han-soo, Hwang Woo-suk, Oh Young-ha).
		return identified{kind: spelling.Person, candidates: res.Hangul, own: len(res.Hangul) == 0}
	}
	return identified{}
}

// name is how messages call the house list.
func (h *House) name() string {
	if h.file == "" {
		return "the house list"
	}
	return h.file
}
