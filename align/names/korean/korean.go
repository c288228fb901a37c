// Package korean tells Korean names from the rest: whether a Hangul name,
// with the English form a text gives it, is a Korean personal name or a
// Korean place name — a name whose English is a romanization of its
// Hangul — rather than a foreign name written in Hangul (폼페이오 Pompeo,
// 워싱턴 Washington, 도쿄 Tokyo), a translated name or common noun (한반도
// Korean Peninsula, 공화당 Republican Party) or an organization.
//
// The name layer rewrites and romanizes only what this package says is
// Korean: names normalize restyles Korean names and nothing else, and a
// glossary gives romanization columns to Korean names only. It decides
// with what it knows, and says no when it does not know:
//
//   - An established spelling (package spelling: the built-in table) of
//     a place, or of a person by a name of two words or more, answers at
//     once, and one of an organization rules the name out; a stage name
//     or mononym (Suga, BoA) is no personal name to romanize.
//   - A personal name needs a Korean shape on both sides: a known surname
//     and a given name of one or two Sino-Korean syllables (SinoSyllable:
//     not 리카싱, Li Ka-shing) in the Hangul; in the
//     English a known spelling of that surname, words in capitals, and a
//     spelling that reads as that very Hangul name in some romanization
//     (match.KoreanScore at least PersonScore). On the shared lists, 187
//     of 194 Korean names (the others are typing errors in the source)
//     and 10 of 16,866 foreign names written in Hangul (Han Suyin, La
//     Vega; Chinese names such as Ma Ying-jeou 마잉주 have Korean shapes
//     too) pass.
//   - A place name needs its Hangul to end with an administrative unit or
//     a geographic term (시 도 군 구 읍 면 리 동 가, 산 강 섬 …) that its
//     English sets apart (Suwon or Suwon City for 수원시, Gangnam-gu,
//     Jongno 2-ga), or the table to know it as a place; and its English,
//     without generic words (Province, District, Island, Mount …), to be
//     letter for letter a romanization (RR, McCune–Reischauer, the DPRK's)
//     of the Hangul or of its name before the unit. Loanwords often
//     romanize letter for letter (도쿄 Tokyo by McCune–Reischauer, 아시아
//     Asia and 모렐리 Morelli by RR), which is why the unit is required:
//     on the shared lists 286 of 6,126 foreign words written in Hangul
//     romanize to themselves, and none passes, while 3,419 of KOSTAT's
//     3,750 places do (the others join their unit: Pildong).
package korean

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bitext-ko/bitext/align/hangul"
	"github.com/bitext-ko/bitext/align/names/match"
	"github.com/bitext-ko/bitext/align/names/namekey"
	"github.com/bitext-ko/bitext/align/names/romanize"
	"github.com/bitext-ko/bitext/align/names/spelling"
	"github.com/bitext-ko/bitext/align/names/surname"
)

// PersonScore is the lowest match.KoreanScore of a Korean personal name.
const PersonScore = 0.8

// Of tells whether hangulName, written english in an English text, is a
// Korean personal name (spelling.Person) or a Korean place name
// (spelling.Place); it returns spelling.AnyKind when it is neither or
// when that is not known. t holds the established spellings (usually
// spelling.Default(); nil for none). Entries of a house list
// (spelling.House) in it are not taken as evidence: a newsroom's list, or
// a glossary used as one, gives spellings of foreign names as well, so
// only the built-in table and the shapes decide what is Korean. hint is
// what the caller knows of the name, such as a glossary's type: Person or
// Place is the only answer looked for, Organization is never Korean here,
// AnyKind lets the name decide.
func Of(t *spelling.Table, hangulName, english string, hint spelling.Kind) spelling.Kind {
	english = strings.TrimSpace(english)
	h := strings.Join(strings.Fields(hangul.Normalize(hangulName)), "")
	if hint == spelling.Organization || english == "" || h == "" {
		return spelling.AnyKind
	}
	knownPlace := false
	if t != nil {
		key := spelling.Key(h)
		for _, e := range t.ByEnglish(english) {
			if e.Source == spelling.House || spelling.Key(e.Hangul) != key || !fits(e.Kind, hint) {
				continue
			}
			switch {
			case e.Kind == spelling.Person && len(strings.Fields(english)) >= 2, e.Kind == spelling.Place:
				return e.Kind
			case e.Kind == spelling.Organization:
				return spelling.AnyKind
			}
			// A stage name or mononym (Suga, BoA, IU) is no personal
			// name to romanize: the shapes decide, and say no.
		}
		for _, e := range t.Lookup(h) {
			knownPlace = knownPlace || e.Kind == spelling.Place && e.Source != spelling.House
		}
	}
	if hint != spelling.Place && Person(h, english) {
		return spelling.Person
	}
	if hint != spelling.Person && place(h, english, knownPlace) {
		return spelling.Place
	}
	return spelling.AnyKind
}

// fits reports whether an entry of kind k can answer a question about a
// name of kind hint.
func fits(k, hint spelling.Kind) bool {
	return hint == spelling.AnyKind || k == spelling.AnyKind || k == hint
}

// Person reports whether hangulName and english are the same Korean
// personal name by their shapes alone (see the package doc): 김정은 and
// Kim Jong Un, 반기문 and Ban Ki-moon, but not 리커창 and Li Keqiang or
// 조예브 and Zoran Zaev.
func Person(hangulName, english string) bool {
	sur, given, known, ok := surname.Split(hangulName)
	if !ok || !known || utf8.RuneCountInString(given) > 2 || !SinoName(given) || !capitalized(english) {
		return false
	}
	n, err := namekey.Parse(english)
	if err != nil || n.Known == nil {
		return false
	}
	if !slices.ContainsFunc(surname.ByLatin(n.Surname), func(s *surname.Surname) bool { return s.Hangul == sur }) {
		return false
	}
	return match.KoreanScore(english, hangulName) >= PersonScore
}

// capitalized reports whether every word of s starts with a capital
// letter, as names are written (not "back row").
func capitalized(s string) bool {
	for _, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// units are the last syllables of Korean place names that mark them as
// places: administrative units and geographic terms.
const units = "도시군구읍면리동가섬산강천역항만호봉곶령"

// generic are English words that translate a unit or a geographic term
// (Gangnam District for 강남구, Jeju Island for 제주도) and are left out
// when the English is compared with the Hangul's romanization.
var generic = map[string]bool{
	"province": true, "city": true, "county": true, "district": true, "town": true, "township": true,
	"village": true, "island": true, "isle": true, "mount": true, "mountain": true, "mt": true, "peak": true,
	"river": true, "stream": true, "lake": true, "bay": true, "port": true, "harbor": true, "harbour": true,
	"station": true, "street": true, "pass": true, "cape": true, "dong": true, "gu": true, "si": true, "do": true,
}

// place reports whether english romanizes hangulName as a Korean place.
// A name the table knows as a place may match any romanization of it or
// of its name before the unit. Otherwise the Hangul must end with a unit,
// and the English must set the unit apart — leave it out (Suwon for
// 수원시), translate it (Gangnam District) or write it after a hyphen or a
// space (Gangnam-gu, Jongno 2-ga) — so that a loanword that happens to
// romanize letter for letter (모렐리 Morelli, 아호 Aho) is not taken for
// a place.
func place(h, english string, known bool) bool {
	rs := []rune(h)
	hasUnit := len(rs) >= 2 && strings.ContainsRune(units, rs[len(rs)-1])
	if !known && !hasUnit {
		return false
	}
	var parts []string // the English without generic words, split at hyphens
	hadGeneric := false
	for _, w := range strings.Fields(english) {
		if generic[strings.ToLower(strings.Trim(w, "."))] {
			hadGeneric = true
			continue
		}
		parts = append(parts, strings.Split(w, "-")...)
	}
	if len(parts) == 0 || !capitalized(parts[0]) {
		// A name starts with a capital (Jongno 2-ga).
		return false
	}
	all := spelling.Fold(strings.Join(parts, ""))
	if known && romanizes(h, all) {
		return true
	}
	if !hasUnit {
		return false
	}
	stem, unit := string(rs[:len(rs)-1]), string(rs[len(rs)-1])
	switch {
	case (len(rs) >= 3 || hadGeneric) && romanizes(stem, all):
		// The unit left out or translated: Suwon, Jung District.
		return true
	case len(parts) >= 2:
		// The unit set apart: Gangnam-gu, Jongno 2-ga.
		last := spelling.Fold(parts[len(parts)-1])
		return romanizes(unit, last) && romanizes(stem, spelling.Fold(strings.Join(parts[:len(parts)-1], "")))
	}
	return false
}

// romanizes reports whether folded is the Fold of a romanization of h.
func romanizes(h, folded string) bool {
	for _, r := range placeRomanizers {
		if spelling.Fold(r.String(h)) == folded {
			return true
		}
	}
	return false
}

// placeRomanizers write place names in the systems English text uses.
var placeRomanizers = []*romanize.Romanizer{
	romanize.New(romanize.RR, romanize.Options{Place: true}),
	romanize.New(romanize.RR, romanize.Options{}),
	romanize.New(romanize.MR, romanize.Options{Place: true}),
	romanize.New(romanize.DPRK, romanize.Options{Place: true}),
}
