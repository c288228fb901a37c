// Package translated is the one owner of the names that Korean translates
// rather than transliterates (미국 United States, 청와대 Blue House, 대법원
// Supreme Court, 한국전쟁 Korean War, and cities Korean names after the
// local language, 키이우 and formerly 키예프 for Kyiv): one table
// (translated.tsv, embedded), with the kind of thing each row names, and
// one key that English forms are looked up by. The name matcher scores
// these names through it and the glossary finds and types their Korean
// forms with it.
//
// The table was compiled for this project; no library lists how Korean
// news writes the names of institutions, events and places it translates.
package translated

import (
	_ "embed"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed translated.tsv
var tableTSV string

// Kind is what a translated name names, as the table's optional third
// column says.
type Kind string

// The kinds of translated names.
const (
	Place        Kind = "place"        // countries, cities, regions, seas, sites
	Organization Kind = "organization" // bodies, parties, institutions, agencies
	Other        Kind = "other"        // events, competitions, leagues
)

// table is the parsed translated.tsv. It is built once and never changed.
type table struct {
	rows      [][2][]string       // Hangul forms, English forms, as written
	kinds     []Kind              // each row's kind, "" where not given
	byHangul  map[string][]string // compact Hangul form → English keys
	byEnglish map[string][]string // English key → Hangul forms, longest first
	prefixes  map[string]bool     // every compact Hangul form and its leading syllables
	rowsOf    map[string][]int    // compact Hangul form → rows
}

var load = sync.OnceValue(func() *table {
	lines := strings.Split(tableTSV, "\n")
	// Room for a row's forms (a few each) and the leading parts of the
	// Hangul ones from the start: the maps' growing was most of the cost.
	n := len(lines)
	t := &table{byHangul: make(map[string][]string, 2*n), byEnglish: make(map[string][]string, 2*n),
		prefixes: make(map[string]bool, 6*n), rowsOf: make(map[string][]int, 2*n)}
	var keys []string
	for _, line := range lines {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 2 || len(cols) > 3 {
			panic("translated: malformed table line " + line)
		}
		var kind Kind
		if len(cols) == 3 {
			switch kind = Kind(cols[2]); kind {
			case Place, Organization, Other:
			default:
				panic("translated: unknown kind in table line " + line)
			}
		}
		row := [2][]string{strings.Split(cols[0], "|"), strings.Split(cols[1], "|")}
		t.rows = append(t.rows, row)
		t.kinds = append(t.kinds, kind)
		// The Key of each English form, made once for every Hangul
		// form of the row.
		keys = keys[:0]
		for _, e := range row[1] {
			keys = append(keys, Key(e))
		}
		for _, h := range row[0] {
			c := compact(h)
			for i := range c {
				if i > 0 {
					t.prefixes[c[:i]] = true
				}
			}
			t.prefixes[c] = true
			t.rowsOf[c] = appendNew(t.rowsOf[c], len(t.rows)-1)
			for _, k := range keys {
				t.byHangul[c] = appendNew(t.byHangul[c], k)
			}
		}
		for _, k := range keys {
			for _, h := range row[0] {
				t.byEnglish[k] = appendNew(t.byEnglish[k], h)
			}
		}
	}
	for _, hs := range t.byEnglish {
		// Longest first, so that a search of Korean text finds the
		// longest form written (유엔 안보리 before 안보리).
		slices.SortStableFunc(hs, func(a, b string) int { return len(b) - len(a) })
	}
	return t
})

func appendNew[T comparable](list []T, x T) []T {
	if slices.Contains(list, x) {
		return list
	}
	return append(list, x)
}

// compact removes the spaces of a Hangul form (유엔 안보리 → 유엔안보리).
func compact(h string) string {
	if !strings.Contains(h, " ") {
		return h
	}
	return strings.ReplaceAll(h, " ", "")
}

// Key returns the form an English name is looked up by: lower case, no
// dots, straight apostrophes, one space between words (a hyphen counts as
// a space), no leading "the" (The U.S. and US share one).
func Key(english string) string {
	var b strings.Builder
	b.Grow(len(english))
	space := false
	for _, r := range english {
		switch {
		case r == '.':
			continue
		case r == '-' || unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case r == '’':
			r = '\''
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return strings.TrimPrefix(b.String(), "the ")
}

// Hangul returns the Hangul forms of an English name that Korean
// translates (U.S. → 미국; UN Security Council → 유엔 안전보장이사회, 유엔
// 안보리, …), longest first, or nil. The slice must not be changed.
func Hangul(english string) []string {
	return HangulOfKey(Key(english))
}

// HangulOfKey is Hangul for an English name's Key: the Hangul forms h
// whose EnglishKeys hold key.
func HangulOfKey(key string) []string {
	return load().byEnglish[key]
}

// EnglishKeys returns the Keys of the English forms of a Hangul name that
// Korean translates (미국 → united states, us, …), or nil; spaces in the
// name do not count. The slice must not be changed.
func EnglishKeys(hangulName string) []string {
	return load().byHangul[compact(hangulName)]
}

// English returns the English forms of a Hangul name that Korean
// translates, as the table writes them (미국 → United States, U.S., US …),
// or nil.
func English(hangulName string) []string {
	t := load()
	var out []string
	for _, i := range t.rowsOf[compact(hangulName)] {
		for _, e := range t.rows[i][1] {
			out = appendNew(out, e)
		}
	}
	return out
}

// KindOf returns the kind the table gives a Hangul name that Korean
// translates (키이우 a place, 영국 독립당 an organization), when every row
// it is a form of gives one and they agree; spaces in the name do not
// count.
func KindOf(hangulName string) (Kind, bool) {
	t := load()
	var kind Kind
	for _, i := range t.rowsOf[compact(hangulName)] {
		k := t.kinds[i]
		if k == "" || kind != "" && k != kind {
			return "", false
		}
		kind = k
	}
	return kind, kind != ""
}

// IsHangul reports whether Korean translates the Hangul name rather than
// transliterating it (미국, 청와대): it is a Hangul form of the table.
func IsHangul(hangulName string) bool {
	return len(EnglishKeys(hangulName)) > 0
}

// Prefix reports whether some leading syllables of the Hangul word h (or
// all of it) are a Hangul form of the table (미국의, 북한군), and whether h
// is a form or the start of one (유엔 of 유엔 안보리). Spaces in h do not
// count.
func Prefix(h string) (found, open bool) {
	t := load()
	h = compact(h)
	for i := range h {
		if i == 0 {
			continue
		}
		if !t.prefixes[h[:i]] {
			return false, false
		}
		if len(t.byHangul[h[:i]]) > 0 {
			return true, t.prefixes[h]
		}
	}
	return len(t.byHangul[h]) > 0, t.prefixes[h]
}
