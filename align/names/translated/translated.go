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
	"bytes"
	_ "embed"
	"math"
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
	rowsOf    map[string][]int    // compact Hangul form → rows
	forms     trie                // the compact Hangul forms (byHangul's keys), for Prefix
}

var load = sync.OnceValue(func() *table {
	lines := strings.Split(tableTSV, "\n")
	// Room for a row's forms (a few each) and the leading parts of the
	// Hangul ones from the start: the maps' growing was most of the cost.
	n := len(lines)
	t := &table{byHangul: make(map[string][]string, 2*n), byEnglish: make(map[string][]string, 2*n),
		rowsOf: make(map[string][]int, 2*n), forms: newTrie(6 * n)}
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
			t.forms.add(c)
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

// atCompact returns m[compact(h)], making the compact form of a name with
// spaces on the stack rather than on the heap.
func atCompact[V any](m map[string]V, h string) V {
	if !strings.Contains(h, " ") {
		return m[h]
	}
	var buf [64]byte
	b := buf[:0]
	for i := 0; i < len(h); i++ {
		if h[i] != ' ' {
			b = append(b, h[i])
		}
	}
	return m[string(b)]
}

// Key returns the form an English name is looked up by: lower case, no
// dots, straight apostrophes, one space between words (a hyphen counts as
// a space), no leading "the" (The U.S. and US share one).
func Key(english string) string {
	var buf [64]byte
	return strings.TrimPrefix(string(appendKey(buf[:0], english)), "the ")
}

// appendKey appends Key(english) to b, but for the leading "the " that Key
// trims.
func appendKey(b []byte, english string) []byte {
	start := len(b)
	space := false
	for _, r := range english {
		switch {
		case r == '.':
			continue
		case r == '-' || (r <= ' ' || r >= utf8.RuneSelf) && unicode.IsSpace(r):
			// (The ASCII spaces are ' ' and the controls below it.)
			space = len(b) > start
			continue
		case r == '’':
			r = '\''
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b = append(b, byte(r))
		} else {
			b = utf8.AppendRune(b, unicode.ToLower(r))
		}
	}
	return b
}

// Hangul returns the Hangul forms of an English name that Korean
// translates (U.S. → 미국; UN Security Council → 유엔 안전보장이사회, 유엔
// 안보리, …), longest first, or nil. The slice must not be changed. It
// makes the name's Key on the stack.
func Hangul(english string) []string {
	var buf [64]byte
	key := bytes.TrimPrefix(appendKey(buf[:0], english), []byte("the "))
	return load().byEnglish[string(key)]
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
	return atCompact(load().byHangul, hangulName)
}

// English returns the English forms of a Hangul name that Korean
// translates, as the table writes them (미국 → United States, U.S., US …),
// or nil.
func English(hangulName string) []string {
	t := load()
	var out []string
	for _, i := range atCompact(t.rowsOf, hangulName) {
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
	for _, i := range atCompact(t.rowsOf, hangulName) {
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
//
// It walks the trie of the compact forms rune by rune, skipping spaces,
// so it makes nothing on the heap; a word whose first syllable starts no
// form (most words) costs one look-up in an array.
func Prefix(h string) (found, open bool) {
	tr := &load().forms
	node := int32(0)
	for i := 0; i < len(h); {
		if h[i] == ' ' {
			i++
			continue
		}
		r, size := decodeRune(h[i:])
		if size == 1 && r == utf8.RuneError {
			// No form holds a byte that is not UTF-8.
			return found, false
		}
		if node = tr.child(node, r); node < 0 {
			return found, false
		}
		i += size
		if !found && tr.nodes[node].form && hasMore(h[i:]) {
			// Leading syllables that are a form, with more after
			// them: h is translated; it is open when it is a form or
			// the start of one, which the rest of the walk tells.
			found = true
		}
	}
	if node == 0 {
		return false, false // h is empty or spaces
	}
	// h is a form or the start of one: its own node.
	return found || tr.nodes[node].form, true
}

// hasMore reports whether s holds more than spaces.
func hasMore(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] != ' ' {
			return true
		}
	}
	return false
}

// trie holds the compact Hangul forms of the table rune by rune, for
// Prefix: a node for every form and every run of its leading runes (the
// root, node 0, for none). The nodes one rune longer than a node are a
// list (child, then next), but for those under the root that start with
// a Hangul syllable, which are in first: most words start with one, and
// the root has hundreds of children. It is made once, as the table is
// read, and never changed.
type trie struct {
	nodes []trieNode
	// first holds the root's children by Hangul syllable (rune
	// r-hangulFirst), 0 for a syllable no form starts with.
	first []uint16
}

type trieNode struct {
	r           rune  // the node's last rune
	child, next int32 // its first child and its next sibling, 0 for none
	form        bool  // the node's runes are a form
}

// The Hangul syllables, U+AC00 to U+D7A3.
const hangulFirst, hangulLast = 0xAC00, 0xD7A3

// newTrie returns an empty trie with room for about n nodes.
func newTrie(n int) trie {
	t := trie{nodes: make([]trieNode, 1, n), first: make([]uint16, hangulLast-hangulFirst+1)}
	return t
}

// add adds the form c (a compact Hangul form of the table).
func (t *trie) add(c string) {
	n := int32(0)
	for _, r := range c {
		next := t.child(n, r)
		if next < 0 {
			next = int32(len(t.nodes))
			if next > math.MaxUint16 {
				panic("translated: too many forms for the trie")
			}
			if n == 0 && hangulFirst <= r && r <= hangulLast {
				t.first[r-hangulFirst] = uint16(next)
				t.nodes = append(t.nodes, trieNode{r: r})
			} else {
				t.nodes = append(t.nodes, trieNode{r: r, next: t.nodes[n].child})
				t.nodes[n].child = next
			}
		}
		n = next
	}
	t.nodes[n].form = true
}

// child returns the node one rune r longer than node n, or -1.
func (t *trie) child(n int32, r rune) int32 {
	if n == 0 && hangulFirst <= r && r <= hangulLast {
		if c := t.first[r-hangulFirst]; c != 0 {
			return int32(c)
		}
		return -1
	}
	for c := t.nodes[n].child; c != 0; c = t.nodes[c].next {
		if t.nodes[c].r == r {
			return c
		}
	}
	return -1
}

// decodeRune is utf8.DecodeRuneInString, with the three bytes of a Hangul
// syllable read in line.
func decodeRune(s string) (rune, int) {
	if len(s) >= 3 && s[0]&0xF0 == 0xE0 && s[1]&0xC0 == 0x80 && s[2]&0xC0 == 0x80 {
		// A Hangul syllable is never an overlong form or a surrogate,
		// which a three-byte sequence may be.
		if r := rune(s[0]&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F); hangulFirst <= r && r <= hangulLast {
			return r, 3
		}
	}
	return utf8.DecodeRuneInString(s)
}
