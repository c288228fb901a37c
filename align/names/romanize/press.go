package romanize

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/bitext-ko/bitext/align/hangul"
	"github.com/bitext-ko/bitext/align/names/spelling"
	"github.com/bitext-ko/bitext/align/names/surname"
)

// PressStyle spells Korean names in South Korean press style: the established
// spelling where a table of them (package spelling: the built-in table,
// with a newsroom's house list over it) has one for the name and its
// kind, the rules otherwise (RR for South Korean given names and places,
// the DPRK's spelling of North Korean given names, the press's surnames).
// 김일성 is Kim Il-sung, not the rules' Kim Il-seong; 노무현 Roh Moo-hyun;
// 반기문 Ban Ki-moon.
//
// It is the one place press style meets the established spellings: the
// Romanizer in Press style with Options.Name or Options.Place, PressName,
// and through them a glossary's press column, names diff --style press
// and names normalize --style press. Organizations are never looked up:
// press style romanizes people and places.
//
// A PressStyle is immutable and safe for concurrent use.
type PressStyle struct {
	table *spelling.Table
}

// NewPressStyle returns press style with the built-in table of established
// spellings, overridden by house (nil: the table alone) as
// spelling.Table.Override does.
func NewPressStyle(house *spelling.Table) *PressStyle {
	if house == nil || house.Len() == 0 {
		return DefaultPressStyle()
	}
	return &PressStyle{table: spelling.Default().Override(house)}
}

var defaultPressStyle = sync.OnceValue(func() *PressStyle { return &PressStyle{table: spelling.Default()} })

// DefaultPressStyle returns press style with the built-in table alone.
func DefaultPressStyle() *PressStyle { return defaultPressStyle() }

// Table returns the established spellings p uses, house list included.
func (p *PressStyle) Table() *spelling.Table { return p.table }

// PressForm is a name in press style and where its spelling comes from.
type PressForm struct {
	Text string
	// Entry is the established spelling applied, or nil when the rules
	// spelled the name.
	Entry *spelling.Entry
}

// Person spells a Hangul personal name (surname first) in press style.
// writtenGiven is the given name as an English text writes it (Jong Un,
// Jong-un; "" when there is none): among namesakes spelled differently
// (김정은: the leader Kim Jong-un, the actress Kim Jung-eun) it picks the
// one whose spelling has it, else the first listed; and without an
// established spelling, the rules take the North's spelling of the given
// name when writtenGiven is it and the South's is not (see PressName).
func (p *PressStyle) Person(hangulName, writtenGiven string) PressForm {
	if e := p.pick(hangulName, spelling.Person, writtenGiven); e != nil {
		return PressForm{Text: e.English, Entry: e}
	}
	return PressForm{Text: pressRules(hangulName, writtenGiven)}
}

// Place spells a Hangul place name in press style: its established
// spelling (부산 Busan, 평양 Pyongyang, 제주도 Jeju Island), or RR with
// administrative units hyphenated and the words capitalized.
func (p *PressStyle) Place(hangulName string) PressForm {
	if e := p.pick(hangulName, spelling.Place, ""); e != nil {
		return PressForm{Text: e.English, Entry: e}
	}
	return PressForm{Text: New(Press, Options{Place: true, Capitalize: true, RulesOnly: true}).String(hangulName)}
}

// pick returns the entry of a name of kind k, the namesake whose
// spelling holds written if there is one.
func (p *PressStyle) pick(hangulName string, k spelling.Kind, written string) *spelling.Entry {
	var first *spelling.Entry
	w := Letters(written)
	for _, e := range p.table.Lookup(hangulName) {
		if e.Kind != k && e.Kind != spelling.AnyKind {
			continue
		}
		if first == nil {
			first = &e
		}
		if len(w) < 2 {
			break
		}
		for _, s := range e.Spellings() {
			if strings.Contains(Letters(s), w) {
				return &e
			}
		}
	}
	return first
}

// PressName romanizes a Hangul personal name (surname first) in press
// style, with the built-in table of established spellings
// (DefaultPressStyle().Person), for an English text that writes its given name
// as writtenGiven.
//
// By the rules, the press spells a South Korean given name by RR (Kim
// Jeong-eun) and a North Korean one the DPRK's way (Kim Jong-un,
// Options.North); the North's spelling is taken when writtenGiven is it
// and the South's is not, so 김정은 written Kim Jong Un gets Kim Jong-un.
// Case, hyphens, spaces and the form of apostrophes do not count. A name
// whose Hangul is spelled the North's way (리용호) is North Korean whatever
// writtenGiven says.
func PressName(hangulName, writtenGiven string) string {
	return DefaultPressStyle().Person(hangulName, writtenGiven).Text
}

// pressRules is PressName by the rules alone.
func pressRules(hangulName, writtenGiven string) string {
	opt := Options{Name: true, Capitalize: true, RulesOnly: true}
	south := New(Press, opt).String(hangulName)
	opt.North = true
	north := New(Press, opt).String(hangulName)
	w := Letters(writtenGiven)
	if Letters(givenPart(north)) == w && Letters(givenPart(south)) != w {
		return north
	}
	return south
}

// LooksLikeName reports whether a token of Hangul looks like a Korean
// personal name: a person the established spellings list, or 3 or 4
// syllables whose first is a known surname and that are no place the
// established spellings know (two syllables starting with a surname's
// are too often a word: 사람, 서울). It is a hint for a caller that was
// not told the token is a name (김일성 is written gimilseong as text, Kim
// Il-sung as a name), not a judgement.
func LooksLikeName(tok string) bool {
	if !hangul.AllSyllables(tok) {
		return false
	}
	person := false
	for _, e := range spelling.Default().Lookup(tok) {
		if e.Kind != spelling.Person {
			return false
		}
		person = true
	}
	if person {
		return true
	}
	n := utf8.RuneCountInString(tok)
	_, given, known, ok := surname.Split(tok)
	return n >= 3 && n <= 4 && ok && known && given != ""
}
