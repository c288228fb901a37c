// Package surname knows Korean surnames: which leading syllables of a
// Hangul name are the surname (including two-syllable surnames such as 남궁
// and 선우), and how each surname is spelled in Latin letters by the press,
// the DPRK and ALA-LC McCune–Reischauer, and in the other spellings people
// actually use (이 Lee/Yi/Rhee/Ri, 박 Park/Pak …).
//
// The table (surnames.tsv, embedded) was compiled for this project; no Go
// library carries such a table, and spellings of Korean surnames follow
// convention rather than any romanization rule.
package surname

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/bitext-ko/bitext/align/hangul"
	"github.com/bitext-ko/bitext/align/names/mr"
)

//go:embed surnames.tsv
var tableTSV string

// Surname is one Hangul surname and its Latin spellings.
type Surname struct {
	Hangul string
	// Press is the usual spelling in South Korean press and passports
	// (Kim, Lee, Park, Choi, Roh).
	Press string
	// DPRK is the spelling under DPRK conventions (Ri, Pak, Choe).
	DPRK string
	// MR is the ALA-LC McCune–Reischauer spelling (Yi, Pak, Ch'oe).
	MR string
	// Variants are other spellings seen in English text.
	Variants []string
}

// Spellings returns every known Latin spelling: Press, DPRK, MR and the
// variants, without duplicates, in that order.
func (s *Surname) Spellings() []string {
	out := make([]string, 0, 3+len(s.Variants))
	seen := map[string]bool{}
	for _, v := range append([]string{s.Press, s.DPRK, s.MR}, s.Variants...) {
		if v == "" || seen[v] {
			continue
		}
		seen[v] = true
		out = append(out, v)
	}
	return out
}

type table struct {
	list    []*Surname
	byHan   map[string]*Surname
	byLatin map[string][]*Surname // lower-case, apostrophes and breves folded
	// one holds the surnames of one syllable by their syllable, less
	// hangul.SBase, and startsTwo which syllables start one of two: the
	// look-ups of Split, for every Hangul name compiled, without
	// hashing.
	one       [hangul.SLast - hangul.SBase + 1]*Surname
	startsTwo [hangul.SLast - hangul.SBase + 1]bool
}

var load = sync.OnceValue(func() *table {
	t := &table{byHan: map[string]*Surname{}, byLatin: map[string][]*Surname{}}
	for _, line := range strings.Split(tableTSV, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 4 {
			panic("surname: malformed table line " + line)
		}
		s := &Surname{Hangul: f[0], Press: f[1], DPRK: f[2], MR: f[3]}
		if len(f) > 4 {
			s.Variants = strings.Fields(f[4])
		}
		t.list = append(t.list, s)
		t.byHan[s.Hangul] = s
		if r, ok := hangul.DecodeSyllable(s.Hangul); ok {
			switch len(s.Hangul) {
			case 3:
				t.one[r-hangul.SBase] = s
			case 6:
				t.startsTwo[r-hangul.SBase] = true
			}
		}
		for _, sp := range s.Spellings() {
			k := FoldLatin(sp)
			if !containsPtr(t.byLatin[k], s) {
				t.byLatin[k] = append(t.byLatin[k], s)
			}
		}
	}
	return t
})

func containsPtr(list []*Surname, s *Surname) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// FoldLatin lower-cases a Latin spelling, folds the McCune–Reischauer
// marks (mr.Plain: breves dropped, ŏ→o, ŭ→u; apostrophes removed) and
// writes ü as u.
func FoldLatin(s string) string {
	s = mr.Plain(s)
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch r {
		case 'ü', 'Ü':
			r = 'u'
		}
		if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Lookup returns the surname written in Hangul as h.
func Lookup(h string) (*Surname, bool) {
	t := load()
	if r, ok := hangul.DecodeSyllable(h); ok && len(h) == 3 {
		s := t.one[r-hangul.SBase]
		return s, s != nil
	}
	s, ok := t.byHan[h]
	return s, ok
}

// ByLatin returns the surnames that a Latin spelling can stand for
// ("Lee" → 이, 리; "Ryu" → 류, 유), matched case-insensitively with MR
// marks folded.
func ByLatin(latin string) []*Surname {
	t := load()
	// A word of ASCII letters alone (nearly every word asked about)
	// folds to its lower case: lowered in a buffer, it is looked up
	// without a string made.
	var buf [16]byte
	if len(latin) > 0 && len(latin) <= len(buf) {
		for i := 0; i < len(latin); i++ {
			c := latin[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			} else if c < 'a' || c > 'z' {
				return t.byLatin[FoldLatin(latin)]
			}
			buf[i] = c
		}
		return t.byLatin[string(buf[:len(latin)])]
	}
	return t.byLatin[FoldLatin(latin)]
}

// All returns every surname in the table, in table order.
func All() []*Surname { return load().list }

// twoSyllableAlways are two-syllable surnames whose second syllable rarely
// begins a given name, so a three-syllable name starting with them is split
// after two syllables. The others (선우, 서문, 사공, 동방) are split after two
// syllables only in names of four syllables or more: 선우진 is usually 선
// 우진.
var twoSyllableAlways = map[string]bool{"남궁": true, "황보": true, "제갈": true, "독고": true}

// Split divides a Hangul personal name into surname and given name. ok is
// false when name is not 2 to 5 Hangul syllables. A name whose first
// syllable is not a known surname is still split after its first syllable
// (known reports whether the surname was in the table).
func Split(name string) (sur, given string, known, ok bool) {
	// Counted three bytes at a time (hangul.DecodeSyllable), and only up
	// to one syllable too many.
	n := 0
	var first rune
	for i := 0; i < len(name) && n <= 5; i += 3 {
		r, ok := hangul.DecodeSyllable(name[i:])
		if !ok {
			return "", "", false, false
		}
		if n == 0 {
			first = r
		}
		n++
	}
	if n < 2 || n > 5 {
		return "", "", false, false
	}
	t := load()
	if n >= 3 && t.startsTwo[first-hangul.SBase] {
		two := name[:6] // two syllables, three bytes each
		if s, ok := t.byHan[two]; ok && (twoSyllableAlways[two] || n >= 4) {
			return s.Hangul, name[6:], true, true
		}
	}
	return name[:3], name[3:], t.one[first-hangul.SBase] != nil, true
}
