package romanize

import (
	_ "embed"
	"errors"
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/bitext-ko/bitext/align/hangul"
)

// The words that take ㄴ-insertion (standard pronunciation, article 29):
// format and sources are described at the top of the file.
//
//go:embed ninsertion.tsv
var nInsertionTSV string

// nEntry is one line of the ㄴ-insertion word list.
type nEntry struct {
	line    int
	element bool   // applies after any final consonant inside a word
	syl     []rune // the entry's syllables, without '+'
	ins     []bool // ins[k]: ㄴ is inserted before syl[k]
	example string
	pron    string
	note    string
}

// wordListError reports a malformed line of a word list, with its position
// (line and column counted in runes from 1, as encoding/csv does).
type wordListError struct {
	File         string
	Line, Column int
	Err          error
}

func (e *wordListError) Error() string {
	return fmt.Sprintf("%s:%d:%d: %v", e.File, e.Line, e.Column, e.Err)
}

func (e *wordListError) Unwrap() error { return e.Err }

// parseNInsertion reads a ㄴ-insertion word list in the format described in
// ninsertion.tsv. name names the file in errors.
func parseNInsertion(name, text string) ([]nEntry, error) {
	var out []nEntry
	seen := map[string]int{}
	for i, line := range strings.Split(text, "\n") {
		line = strings.TrimSuffix(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fail := func(field int, format string, args ...any) error {
			col := 1
			for _, f := range strings.SplitN(line, "\t", field+1)[:field] {
				col += utf8.RuneCountInString(f) + 1
			}
			return &wordListError{File: name, Line: i + 1, Column: col, Err: fmt.Errorf(format, args...)}
		}
		f := strings.Split(line, "\t")
		if len(f) < 3 || len(f) > 4 {
			return nil, fail(0, "%d fields, want 3 or 4 (entry, example, pronunciation[, note])", len(f))
		}
		e := nEntry{line: i + 1, example: f[1], pron: f[2]}
		if len(f) == 4 {
			e.note = f[3]
		}
		entry := f[0]
		e.element = strings.HasPrefix(entry, "+")
		plus := false
		for _, c := range entry {
			switch {
			case c == '+':
				if plus {
					return nil, fail(0, "two + in a row in %q", entry)
				}
				plus = true
			case hangul.IsSyllable(c):
				e.syl = append(e.syl, c)
				e.ins = append(e.ins, plus)
				plus = false
			default:
				return nil, fail(0, "%q in entry %q is neither a Hangul syllable nor +", c, entry)
			}
		}
		if plus {
			return nil, fail(0, "entry %q ends with +", entry)
		}
		n := 0
		for k, in := range e.ins {
			if !in {
				continue
			}
			n++
			s, _ := hangul.Decompose(e.syl[k])
			if s.L != hangul.LNull || !(s.V == hangul.VI || hangul.IsYVowel(s.V)) {
				return nil, fail(0, "entry %q: %c after + does not start with 이, 야, 여, 요 or 유", entry, e.syl[k])
			}
			if k > 0 {
				if p, _ := hangul.Decompose(e.syl[k-1]); p.T == hangul.TNone {
					return nil, fail(0, "entry %q: %c before + has no final consonant", entry, e.syl[k-1])
				}
			}
		}
		if n == 0 {
			return nil, fail(0, "entry %q has no +", entry)
		}
		if !e.element && len(e.syl) < 2 {
			return nil, fail(0, "entry %q: a word needs two syllables or more", entry)
		}
		if !hangul.AllSyllables(e.example) {
			return nil, fail(1, "example %q is not all Hangul syllables", e.example)
		}
		if !hangul.AllSyllables(e.pron) {
			return nil, fail(2, "pronunciation %q is not all Hangul syllables", e.pron)
		}
		if utf8.RuneCountInString(e.pron) != utf8.RuneCountInString(e.example) {
			return nil, fail(2, "pronunciation %q has not as many syllables as example %q", e.pron, e.example)
		}
		if !e.covers(e.example) {
			return nil, fail(1, "example %q is not a word entry %q applies to", e.example, entry)
		}
		key := entry
		if prev, ok := seen[key]; ok {
			return nil, fail(0, "entry %q repeats line %d", entry, prev)
		}
		seen[key] = i + 1
		out = append(out, e)
	}
	if len(out) == 0 {
		return nil, &wordListError{File: name, Line: 1, Column: 1, Err: errors.New("no entries")}
	}
	return out, nil
}

// covers reports whether e applies to word, by the rules of the list:
// a word entry at the start, an element after a final consonant.
func (e *nEntry) covers(word string) bool {
	w := []rune(word)
	at := func(i int) bool {
		if i+len(e.syl) > len(w) {
			return false
		}
		for k, c := range e.syl {
			if w[i+k] != c {
				return false
			}
		}
		return true
	}
	if !e.element {
		return at(0)
	}
	for i := 1; i < len(w); i++ {
		if p, _ := hangul.Decompose(w[i-1]); p.T != hangul.TNone && at(i) {
			return true
		}
	}
	return false
}

// nNode is a node of a trie of entries, keyed by syllable.
type nNode struct {
	next map[rune]*nNode
	ins  bool // ㄴ is inserted before the syllable that leads here
	end  bool // an entry ends here
}

func (t *nNode) add(e *nEntry) {
	n := t
	for k, c := range e.syl {
		if n.next == nil {
			n.next = map[rune]*nNode{}
		}
		child := n.next[c]
		if child == nil {
			child = &nNode{}
			n.next[c] = child
		}
		// Entries that share a path agree on where ㄴ goes: the test of the
		// list checks it, and the trie keeps the union.
		child.ins = child.ins || e.ins[k]
		n = child
	}
	n.end = true
}

// markFrom marks the syllables of the longest entry matching s at i.
func (t *nNode) markFrom(s []psyl, i int) {
	n := t
	last := -1
	for k := i; k < len(s); k++ {
		if k > i && s[k].bnd != bSoft {
			break
		}
		n = n.next[s[k].r]
		if n == nil {
			break
		}
		if n.end {
			last = k
		}
	}
	n = t
	for k := i; k <= last; k++ {
		n = n.next[s[k].r]
		if n.ins {
			s[k].nIns = true
		}
	}
}

// nList is the ㄴ-insertion word list, ready for matching.
type nList struct {
	words    nNode // entries matched at the start of a word
	elements nNode // entries matched after a final consonant
}

var nInsertions = sync.OnceValue(func() *nList {
	entries, err := parseNInsertion("ninsertion.tsv", nInsertionTSV)
	if err != nil {
		panic("romanize: embedded word list: " + err.Error())
	}
	l := &nList{}
	for i := range entries {
		if entries[i].element {
			l.elements.add(&entries[i])
		} else {
			l.words.add(&entries[i])
		}
	}
	return l
})

// mark sets nIns on the syllables of a word before which the word list
// inserts ㄴ. Only syllables joined without a boundary (bSoft) form an
// entry, so a hyphenated element, an administrative unit or the syllables
// of a given name never take it.
func (l *nList) mark(s []psyl) {
	// Most words have no place where ㄴ could be inserted: a syllable
	// starting with 이 or a y-vowel after a final consonant.
	first := -1
	for i := 1; i < len(s); i++ {
		if insertable(s, i) {
			first = i
			break
		}
	}
	if first < 0 {
		return
	}
	if s[0].bnd == bWordStart || s[0].bnd == bAfterOther {
		l.words.markFrom(s, 0)
	}
	for i := first; i < len(s); i++ {
		if insertable(s, i) {
			l.elements.markFrom(s, i)
		}
	}
}

// insertable reports whether ㄴ could be inserted before s[i]: it starts
// with ㅇ and 이 or a y-vowel, follows a final consonant, and is joined to
// it inside the word.
func insertable(s []psyl, i int) bool {
	c := &s[i]
	return c.L == hangul.LNull && (c.V == hangul.VI || hangul.IsYVowel(c.V)) && c.bnd == bSoft && s[i-1].T != hangul.TNone
}
