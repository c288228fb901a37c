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
	l := New()
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

// Parse reads a dictionary in hunalign's format, one "korean @ english"
// pair a line (either side may have several words; a Korean side of more
// than one word is skipped and counted in Skipped), into l. Blank lines and
// lines starting with # are ignored. name is used in errors.
func (l *Lexicon) Parse(r io.Reader, name string) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if n == 1 {
			line = strings.TrimPrefix(line, "\ufeff")
		}
		if line == "" || line[0] == '#' {
			continue
		}
		if !utf8.ValidString(line) {
			return fmt.Errorf("%s:%d: not UTF-8", name, n)
		}
		ko, en, ok := strings.Cut(line, "@")
		if !ok {
			return fmt.Errorf("%s:%d: expected \"korean @ english\", found %q", name, n, truncate(line))
		}
		ko, en = strings.TrimSpace(ko), strings.TrimSpace(en)
		if ko == "" || en == "" {
			return fmt.Errorf("%s:%d: empty side in %q", name, n, truncate(line))
		}
		if len(strings.Fields(ko)) != 1 || !hasHangul(ko) {
			l.Skipped++
			continue
		}
		words := strings.FieldsFunc(en, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' })
		l.Add(ko, words...)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s:%d: %w", name, n+1, err)
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
