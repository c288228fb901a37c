// Package resolve finds the Hangul of a romanized Korean personal name
// without a glossary — reverse romanization — and restyles the name from
// it.
//
// A romanized name is resolved to the Hangul names that some romanization
// system writes exactly as the text does: the surname is one of those the
// text's spelling conventionally stands for (Lee: 이 or 리), and the given
// name is what RR, McCune–Reischauer (with or without marks), the DPRK's
// system or the press style (South or North) make of the Hangul given
// name, letter for letter, ignoring only case, hyphens and spaces. The
// candidates come from a table of every Hangul syllable's romanizations,
// keyed by namekey's folding; each is then romanized whole and kept only
// if it really gives the text's spelling.
//
// Spellings no system produces (Yoon, Joon, Myung) resolve to nothing,
// and lossy spellings to several names (Jong-un is 정은, 종은, 정운 or 종운
// in DPRK spelling): Restyle rewrites a name only when every candidate
// gives the same form in the target style, so it never guesses.
package resolve

import (
	"slices"
	"strings"
	"sync"

	"github.com/bitext-ko/bitext/align/hangul"
	"github.com/bitext-ko/bitext/align/names/korean"
	"github.com/bitext-ko/bitext/align/names/namekey"
	"github.com/bitext-ko/bitext/align/names/romanize"
	"github.com/bitext-ko/bitext/align/names/surname"
)

// maxGiven is the most syllables a Korean given name has.
const maxGiven = 2

// verifiers are the systems a text's spelling is checked against.
var verifiers = []*romanize.Romanizer{
	romanize.New(romanize.RR, romanize.Options{Name: true, Capitalize: true}),
	romanize.New(romanize.MR, romanize.Options{Name: true, Capitalize: true}),
	romanize.New(romanize.MRPlain, romanize.Options{Name: true, Capitalize: true}),
	romanize.New(romanize.DPRK, romanize.Options{Name: true, Capitalize: true}),
	romanize.New(romanize.Press, romanize.Options{Name: true, Capitalize: true, RulesOnly: true}),
	romanize.New(romanize.Press, romanize.Options{Name: true, Capitalize: true, North: true, RulesOnly: true}),
}

// nameSyllable reports whether a Hangul syllable can be one of a given
// name: a Sino-Korean syllable (korean.SinoSyllable: the reading of some
// Han character), which given names are made of, of these shapes: no
// tense initial, a Sino-Korean final (none, ㄱ ㄴ ㄹ ㅁ ㅂ ㅇ),
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
	// Biden is no 비덴, Ka-shing no 카싱.
	return korean.SinoSyllable(c)
}

// sylKey is the coarse key of one romanized syllable: namekey's folding
// (voicing, ŏ/eo/o, ch/j …), so that a syllable's spellings at the start
// of a given name and after another syllable share it.
func sylKey(s string) string {
	_, given, _ := strings.Cut(namekey.Key("Kim "+strings.ToLower(s)), "|")
	return given
}

// syllableIndex maps the sylKey of a romanized syllable to the Hangul
// syllables some system writes that way. It is built once and never
// changed.
var syllableIndex = sync.OnceValue(func() map[string][]string {
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
	return m
})

// Resolution is what a romanized name resolves to.
type Resolution struct {
	// Name is the name as parsed.
	Name namekey.Name
	// Hangul holds the Hangul names some system spells as the text does,
	// in the order of the surname table and the syllable table.
	Hangul []string
	// Korean reports that the text reads as a Korean name: a known
	// surname and a given name of two syllables, each spelled like a
	// Korean syllable. A Korean name may still have no Hangul (Yoon,
	// Myung: spellings no system produces).
	Korean bool
}

// Hangul returns the Hangul names whose romanization in some system is
// the spelling s of a Korean personal name (surname first or last).
func Hangul(s string) Resolution {
	n, err := namekey.Parse(s)
	if err != nil || n.Known == nil || len(n.Given) != maxGiven {
		return Resolution{Name: n}
	}
	res := Resolution{Name: n}
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
	idx := syllableIndex()
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
	res.Korean = true
	want := romanize.Letters(strings.Join(parts, ""))
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
						if ok && romanize.Letters(g) == want {
							seen[h] = true
							res.Hangul = append(res.Hangul, h)
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

// Restyled is what Restyle makes of a name.
type Restyled struct {
	// To is the name in the style, or "" to leave it alone.
	To string
	// Hangul is the one Hangul name the spelling stands for, when it was
	// found.
	Hangul string
	// Unknown reports a Korean name left alone because its form in the
	// style is unknown: no system spells a Hangul name that way
	// (Candidates is empty), or the Hangul names it may be (Candidates)
	// are written differently in the style.
	Unknown    bool
	Candidates []string
}

// Restyle writes the romanized Korean personal name s in style, from its
// Hangul: the Hangul names that some romanization system spells as s
// (Hangul) are romanized in style, and s is rewritten only when they all
// give the same form — Kim Chŏng-ŭn and Kim Jeong-eun are 김정은 and
// nothing else, so they become Kim Jong Un in DPRK style, while Kim
// Jong-un, which may be 김정은 or 김종은, has no one MR form and is left
// alone (Unknown). Text that is not a Korean name is left alone and not
// Unknown. In press style, a name that cannot be resolved still gets the
// press layout and surname (Kim Jong Un → Kim Jong-un, Pak → Park), its
// given name keeping its letters: the press keeps people's own spellings
// of their given names (Cho Yoon-je), so nothing is mixed.
func Restyle(s string, style romanize.Style) Restyled {
	res := Hangul(s)
	if !res.Korean {
		return Restyled{}
	}
	given := namekey.WrittenGiven(s)
	var forms []string
	for _, h := range res.Hangul {
		if f := romanize.NameAs(h, style, given); !slices.Contains(forms, f) {
			forms = append(forms, f)
		}
	}
	if len(forms) == 1 {
		r := Restyled{To: forms[0]}
		if len(res.Hangul) == 1 {
			r.Hangul = res.Hangul[0]
		}
		return r
	}
	if style == romanize.Press {
		return Restyled{To: pressLayout(res.Name)}
	}
	return Restyled{Unknown: true, Candidates: res.Hangul}
}

// pressLayout writes a parsed Korean name in the press layout (Kim
// Jong-un) with the press spelling of its surname; the given name keeps
// its letters. A surname already written the press way for one of the
// surnames it can be (Ri is the press spelling of 리, Lee that of 이)
// stays as written.
func pressLayout(n namekey.Name) string {
	out := n.Format(romanize.Press)
	for _, sur := range surname.ByLatin(n.Surname) {
		if strings.EqualFold(sur.Press, n.Surname) {
			f, err := namekey.Parse(out)
			if err == nil && !strings.EqualFold(f.Surname, n.Surname) {
				out = strings.Replace(out, f.Surname, sur.Press, 1)
			}
			break
		}
	}
	return out
}
