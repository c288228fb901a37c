package review

import (
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/bitext-ko/bitext/align/hangul"
	"github.com/bitext-ko/bitext/align/names/namekey"
	"github.com/bitext-ko/bitext/align/names/romanize"
	"github.com/bitext-ko/bitext/align/names/surname"
	"golang.org/x/text/unicode/norm"
)

// Finding the Hangul of a romanized Korean name without a glossary.
//
// A romanized name is resolved to the Hangul names that some romanization
// system writes exactly as the text does: the surname is one of those the
// text's spelling conventionally stands for (Lee: 이 or 리), and the given
// name is what RR, McCune–Reischauer (with or without marks), the DPRK's
// system or the press style (South or North) make of the Hangul given
// name, letter for letter, ignoring only case, hyphens and spaces. The
// candidates come from a table of every Hangul syllable's romanizations;
// each is then romanized whole and kept only if it really gives the
// text's spelling.
//
// Spellings no system produces (Yoon, Joon, Myung) resolve to nothing,
// and lossy spellings to several names (Jong-un is 정은, 종은, 정운 or 종운
// in DPRK spelling): a name is rewritten only when every candidate gives
// the same form in the target style, so the rewriting never guesses.

// maxGiven is the most syllables a Korean given name has.
const maxGiven = 2

// verifiers are the systems a text's spelling is checked against.
var verifiers = []*romanize.Romanizer{
	romanize.New(romanize.RR, romanize.Options{Name: true, Capitalize: true}),
	romanize.New(romanize.MR, romanize.Options{Name: true, Capitalize: true}),
	romanize.New(romanize.MRPlain, romanize.Options{Name: true, Capitalize: true}),
	romanize.New(romanize.DPRK, romanize.Options{Name: true, Capitalize: true}),
	romanize.New(romanize.Press, romanize.Options{Name: true, Capitalize: true}),
	romanize.New(romanize.Press, romanize.Options{Name: true, Capitalize: true, North: true}),
}

// nameSyllable reports whether a Hangul syllable can be one of a given
// name, roughly the shapes of Sino-Korean syllables, which given names are
// made of: no tense initial, a Sino-Korean final (none, ㄱ ㄴ ㄹ ㅁ ㅂ ㅇ),
// no ㅒ, no y-vowel after ㅅ ㅈ ㅊ, ㅠ only after ㄱ ㄴ ㄹ ㅇ ㅎ, ㅢ only in 의
// and 희, ㅞ only after ㄱ. Other syllables (뮹 for Myung, 졍, 욵) would only
// add candidates no one is named with, and a wrong candidate that happens
// to be alone would be taken for the name.
func nameSyllable(c rune) bool {
	s, ok := hangul.Decompose(c)
	if !ok {
		return false
	}
	l, v := s.L, s.V
	switch {
	case s.T != hangul.TNone && s.T != hangul.TG && s.T != hangul.TN && s.T != hangul.TL &&
		s.T != hangul.TM && s.T != hangul.TB && s.T != hangul.TNG:
		return false
	case l == hangul.LGG || l == hangul.LDD || l == hangul.LBB || l == hangul.LSS || l == hangul.LJJ:
		return false
	case v == hangul.VYAE:
		return false
	case hangul.IsYVowel(v) && (l == hangul.LS || l == hangul.LJ || l == hangul.LCh):
		return false
	case v == hangul.VYU && l != hangul.LG && l != hangul.LN && l != hangul.LR && l != hangul.LNull && l != hangul.LH:
		return false
	case v == hangul.VUI && l != hangul.LNull && l != hangul.LH:
		return false
	case v == hangul.VWE && l != hangul.LG:
		return false
	}
	return true
}

var (
	syllableOnce  sync.Once
	syllableIndex map[string][]string // sylKey of a romanized syllable → Hangul syllables
)

// sylKey is the coarse key of one romanized syllable: namekey's folding
// (voicing, ŏ/eo/o, ch/j …), so that a syllable's spellings at the start
// of a given name and after another syllable share it.
func sylKey(s string) string {
	return givenOf(namekey.Key("Kim " + strings.ToLower(s)))
}

func loadSyllableIndex() map[string][]string {
	syllableOnce.Do(func() {
		m := map[string][]string{}
		for c := rune(hangul.SBase); c <= hangul.SLast; c++ {
			if !nameSyllable(c) {
				continue
			}
			h := string(c)
			var keys []string
			for _, r := range verifiers {
				_, g, ok := strings.Cut(r.String("김"+h), " ")
				if !ok {
					continue
				}
				if k := sylKey(g); k != "" && !slices.Contains(keys, k) {
					keys = append(keys, k)
					m[k] = append(m[k], h)
				}
			}
		}
		syllableIndex = m
	})
	return syllableIndex
}

// looseLetters lower-cases s and drops hyphens and spaces; MR's marks and
// apostrophes stay (one apostrophe form).
func looseLetters(s string) string {
	var b strings.Builder
	for _, r := range norm.NFC.String(strings.ToLower(s)) {
		switch {
		case r == '-' || r == '‐' || unicode.IsSpace(r):
		case r == '’' || r == 'ʼ' || r == '‘':
			b.WriteByte('\'')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// resolution is what a romanized name resolves to.
type resolution struct {
	name   namekey.Name
	hangul []string // candidate Hangul names, in table order
	// checked: the text reads as a Korean name — a known surname and a
	// given name of two syllables, each spelled like a Korean syllable.
	checked bool
}

// resolveHangul returns the Hangul names whose romanization in some system
// is the text's spelling s (a Korean name, surname first or last).
func resolveHangul(s string) resolution {
	n, err := namekey.Parse(s)
	if err != nil || n.Known == nil || len(n.Given) != maxGiven {
		return resolution{name: n}
	}
	res := resolution{name: n}
	// The written parts of the given name (split at hyphens and spaces
	// only): each is one syllable or, written as one word, two.
	var parts []string
	for _, g := range givenWords(s, n) {
		for _, p := range strings.Split(g, "-") {
			if p != "" {
				parts = append(parts, p)
			}
		}
	}
	if len(parts) == 0 || len(parts) > maxGiven {
		return res
	}
	idx := loadSyllableIndex()
	// Every way to read the parts as one or two syllables in all.
	var seqs [][][]string // per reading, per syllable, the Hangul candidates
	var walk func(i int, acc [][]string)
	walk = func(i int, acc [][]string) {
		if len(acc) > maxGiven {
			return
		}
		if i == len(parts) {
			if len(acc) == maxGiven {
				seqs = append(seqs, slices.Clone(acc))
			}
			return
		}
		p := parts[i]
		if c := idx[sylKey(p)]; len(c) > 0 {
			walk(i+1, append(acc, c))
		}
		for cut := 1; cut < len(p); cut++ {
			a, b := idx[sylKey(p[:cut])], idx[sylKey(p[cut:])]
			if len(a) > 0 && len(b) > 0 {
				walk(i+1, append(acc, a, b))
			}
		}
	}
	walk(0, nil)
	if len(seqs) == 0 {
		return res
	}
	res.checked = true
	want := looseLetters(strings.Join(parts, ""))
	seen := map[string]bool{}
	for _, sur := range surname.ByLatin(n.Surname) {
		for _, seq := range seqs {
			for _, a := range seq[0] {
				for _, b := range seq[1] {
					h := sur.Hangul + a + b
					if seen[h] {
						continue
					}
					for _, r := range verifiers {
						_, g, ok := strings.Cut(r.String(h), " ")
						if ok && looseLetters(g) == want {
							seen[h] = true
							res.hangul = append(res.hangul, h)
							break
						}
					}
				}
			}
		}
	}
	return res
}

// givenWords returns the words of s that are its given name.
func givenWords(s string, n namekey.Name) []string {
	ws := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' })
	if len(ws) < 2 {
		return nil
	}
	if n.SurnameFirst {
		return ws[1:]
	}
	return ws[:len(ws)-1]
}

// renderName writes the Hangul personal name h in style; in press style,
// the North's or the South's spelling as the text wrote it (romanize.PressName).
func renderName(h string, style romanize.Style, written string) string {
	if style == romanize.Press {
		return romanize.PressName(h, namekey.WrittenGiven(written))
	}
	return romanize.New(style, romanize.Options{Name: true, Capitalize: true}).String(h)
}
