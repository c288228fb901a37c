// Package lexicon is the bilingual word list the aligner uses to see that a
// Korean paragraph and an English one talk about the same things.
//
// A Lexicon maps Korean stems to English words. Korean running text is
// agglutinative, so Lookup finds the longest known stem at the start of a
// word ("정부는" → 정부), including verb stems whose last syllable contracts
// with an ending ("밝혔다" finds 밝히다). English words are compared after
// Stem. The embedded default joins a list derived from the EZ Korean core
// vocabulary (kengdic, MPL 2.0; see data/NOTICE) with a news vocabulary the
// project wrote; Parse reads more in hunalign's dictionary format
// ("korean @ english", one pair a line). No existing Go package offers a
// Korean–English lexicon with stem lookup, hence this small one.
package lexicon

import (
	"bufio"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/bitext-ko/bitext/align/hangul"
)

// Lexicon maps Korean stems to English word stems. The zero value is
// empty and usable; a Lexicon must not be changed while it is being read.
type Lexicon struct {
	ids    map[string]uint32   // English stem → id
	nouns  map[string][]uint32 // Korean stem matched as a syllable prefix
	verbs  map[string][]uint32 // verb stem, last syllable reduced to its initial
	maxLen int                 // longest key in syllables
	// Skipped counts dictionary lines that could not be used.
	Skipped int
}

//go:embed data/ezcorean.tsv
var ezcorean string

//go:embed data/news.tsv
var news string

var defaultLexicon = sync.OnceValue(func() *Lexicon {
	l := newSized(strings.Count(ezcorean, "\n") + strings.Count(news, "\n"))
	for _, data := range []string{ezcorean, news} {
		for _, line := range strings.Split(data, "\n") {
			if line == "" || line[0] == '#' {
				continue
			}
			ko, en, ok := strings.Cut(line, "\t")
			if ok {
				l.Add(ko, strings.Fields(en)...)
			}
		}
	}
	return l
})

// Default returns the embedded lexicon. It is shared: do not Add to it;
// Clone it first.
func Default() *Lexicon { return defaultLexicon() }

// New returns an empty Lexicon.
func New() *Lexicon {
	return &Lexicon{ids: map[string]uint32{}, nouns: map[string][]uint32{}, verbs: map[string][]uint32{}}
}

// newSized returns an empty Lexicon whose maps hold about n entries
// without growing (growing them was half the cost of loading the default).
func newSized(n int) *Lexicon {
	return &Lexicon{ids: make(map[string]uint32, n), nouns: make(map[string][]uint32, n), verbs: make(map[string][]uint32, n/4)}
}

// Clone returns a copy that can be extended without touching l.
func (l *Lexicon) Clone() *Lexicon {
	c := New()
	c.maxLen, c.Skipped = l.maxLen, l.Skipped
	for k, v := range l.ids {
		c.ids[k] = v
	}
	for k, v := range l.nouns {
		c.nouns[k] = append([]uint32(nil), v...)
	}
	for k, v := range l.verbs {
		c.verbs[k] = append([]uint32(nil), v...)
	}
	return c
}

// Len returns the number of Korean keys.
func (l *Lexicon) Len() int { return len(l.nouns) + len(l.verbs) }

// Add records that the Korean word ko (a noun, or a verb or adjective in
// its dictionary form ending in 다) translates as the English words en.
func (l *Lexicon) Add(ko string, en ...string) {
	if l.ids == nil {
		*l = *New()
	}
	ko = strings.TrimSpace(ko)
	var ids []uint32
	for _, w := range en {
		s := Stem(w)
		if s == "" {
			continue
		}
		id, ok := l.ids[s]
		if !ok {
			id = uint32(len(l.ids))
			l.ids[s] = id
		}
		ids = append(ids, id)
	}
	if len(ids) == 0 || ko == "" {
		return
	}
	rs := []rune(ko)
	key, verb := ko, false
	switch {
	case len(rs) > 2 && strings.HasSuffix(ko, "하다"):
		key = string(rs[:len(rs)-2])
	case len(rs) > 2 && strings.HasSuffix(ko, "되다"):
		key = string(rs[:len(rs)-2])
	case len(rs) > 2 && rs[len(rs)-1] == '다' && isVerbish(ko):
		stem := rs[:len(rs)-1]
		key, verb = string(stem[:len(stem)-1])+string(initial(stem[len(stem)-1])), true
		// The uncontracted stem also matches as a prefix ("밝히는").
		l.nouns[string(stem)] = appendNew(l.nouns[string(stem)], ids)
	}
	if verb {
		l.verbs[key] = appendNew(l.verbs[key], ids)
	} else {
		l.nouns[key] = appendNew(l.nouns[key], ids)
	}
	if n := utf8.RuneCountInString(ko); n > l.maxLen {
		l.maxLen = n
	}
}

// isVerbish tells dictionary-form verbs from nouns that end in 다 (바다).
func isVerbish(ko string) bool {
	switch ko {
	case "바다", "캐나다", "사다리":
		return false
	}
	return true
}

func appendNew(dst, ids []uint32) []uint32 {
outer:
	for _, id := range ids {
		for _, d := range dst {
			if d == id {
				continue outer
			}
		}
		dst = append(dst, id)
	}
	return dst
}

// initial returns the syllable's initial consonant as a conjoining jamo, so
// it cannot collide with a real syllable key.
func initial(r rune) rune {
	s, ok := hangul.Decompose(r)
	if !ok {
		return r
	}
	return s.InitialJamo()
}

// Lookup returns the English ids of the longest known stem at the start of
// the Korean word w (punctuation around it ignored), or nil. Single-syllable
// stems only match short words, where they are likely the word itself plus
// a particle.
func (l *Lexicon) Lookup(w string) []uint32 {
	w = strings.TrimFunc(w, func(r rune) bool { return !hangul.IsSyllable(r) })
	if w == "" || l.ids == nil {
		return nil
	}
	var buf [8]rune
	rs := buf[:0]
	for _, r := range w {
		if !hangul.IsSyllable(r) || len(rs) == len(buf) {
			break
		}
		rs = append(rs, r)
	}
	max := len(rs)
	if max > l.maxLen {
		max = l.maxLen
	}
	var kb [32]byte
	for n := max; n >= 1; n-- {
		if n == 1 && len(rs) > 3 {
			break
		}
		key := kb[:0]
		for _, r := range rs[:n] {
			key = utf8.AppendRune(key, r)
		}
		if ids, ok := l.nouns[string(key)]; ok {
			return ids
		}
		if n >= 2 {
			key = kb[:0]
			for _, r := range rs[:n-1] {
				key = utf8.AppendRune(key, r)
			}
			key = utf8.AppendRune(key, initial(rs[n-1]))
			if ids, ok := l.verbs[string(key)]; ok {
				return ids
			}
		}
	}
	return nil
}

// ID returns the id of an English word (after Stem), if the lexicon has it.
func (l *Lexicon) ID(word string) (uint32, bool) {
	id, ok := l.ids[Stem(word)]
	return id, ok
}

// ParseError is an error in a dictionary file, with its place, like
// encoding/csv's ParseError. Err wraps one of the errors below, so that
// errors.Is tells the kind of problem.
type ParseError struct {
	File string // the name given to Parse
	Line int    // 1-based
	// Column is the 1-based character of the line where the fault is: the
	// first byte that is not UTF-8, the start of a line with no @, the @
	// of a line whose Korean side is empty, or the character after it
	// when the English side is; 0 for a line too long to read.
	Column int
	Err    error
}

func (e *ParseError) Error() string {
	if e.Column > 0 {
		return fmt.Sprintf("%s:%d:%d: %v", e.File, e.Line, e.Column, e.Err)
	}
	return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }

// The errors of a dictionary file, as ParseError.Err wraps them.
var (
	// ErrNotUTF8: a line that is not UTF-8.
	ErrNotUTF8 = errors.New("not UTF-8")
	// ErrSyntax: a line with no @ between its two sides.
	ErrSyntax = errors.New(`expected "korean @ english"`)
	// ErrEmptySide: a line with nothing before or after its @.
	ErrEmptySide = errors.New("empty side")
)

// maxLine is the longest dictionary line Parse reads.
const maxLine = 1 << 20

// Parse reads a dictionary in hunalign's format, one "korean @ english"
// pair a line (either side may have several words; a Korean side of more
// than one word is skipped and counted in Skipped), into l. Blank lines and
// lines starting with # are ignored. A line that cannot be read is a
// *ParseError naming file and line; the pairs before it are in l.
func (l *Lexicon) Parse(r io.Reader, file string) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), maxLine)
	n := 0
	for sc.Scan() {
		n++
		raw := sc.Text()
		if n == 1 {
			raw = strings.TrimPrefix(raw, "\ufeff")
		}
		line := strings.TrimSpace(raw)
		if line == "" || line[0] == '#' {
			continue
		}
		// col is the column of byte i of line.
		lead := strings.Index(raw, line)
		col := func(i int) int { return utf8.RuneCountInString(raw[:lead+i]) + 1 }
		if !utf8.ValidString(line) {
			bad := 0
			for bad < len(line) {
				r, size := utf8.DecodeRuneInString(line[bad:])
				if r == utf8.RuneError && size <= 1 {
					break
				}
				bad += size
			}
			return &ParseError{file, n, col(bad), ErrNotUTF8}
		}
		at := strings.IndexByte(line, '@')
		if at < 0 {
			return &ParseError{file, n, col(0), fmt.Errorf("%w, found %q", ErrSyntax, truncate(line))}
		}
		ko, en := strings.TrimSpace(line[:at]), strings.TrimSpace(line[at+1:])
		switch {
		case ko == "":
			return &ParseError{file, n, col(at), fmt.Errorf("%w (Korean) in %q", ErrEmptySide, truncate(line))}
		case en == "":
			return &ParseError{file, n, col(at + 1), fmt.Errorf("%w (English) in %q", ErrEmptySide, truncate(line))}
		}
		if len(strings.Fields(ko)) != 1 || !hasHangul(ko) {
			l.Skipped++
			continue
		}
		words := strings.FieldsFunc(en, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' })
		l.Add(ko, words...)
	}
	if err := sc.Err(); err != nil {
		return &ParseError{File: file, Line: n + 1, Err: err}
	}
	return nil
}

func hasHangul(s string) bool {
	for _, r := range s {
		if hangul.IsSyllable(r) {
			return true
		}
	}
	return false
}

func truncate(s string) string {
	if len(s) > 60 {
		return s[:60] + "…"
	}
	return s
}

// Has reports whether the Korean word itself (not a longer word starting
// with it) is an entry.
func (l *Lexicon) Has(ko string) bool {
	_, ok := l.nouns[ko]
	return ok
}
