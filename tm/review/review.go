// Package review compares how names are romanized and restyles them: the
// English forms of one Hangul name in a glossary against each other, or
// against a House — a newsroom's list over the table of established
// spellings — and a romanization style, as character diffs with a
// classification of each difference (Against, shown by SideBySide and
// Describe); and RestyleNames rewrites the Korean names of an English
// text, and nothing else, into the house's spelling or a style.
//
// Character diffs are computed with github.com/sergi/go-diff (Myers'
// algorithm, letter by letter); rendering them and the classification are
// written here, on top of the project's name layer (align/names), which
// knows that Chŏng and Jong are one name in two systems, or Ri and Lee one
// surname, and finds the Hangul of a romanized name (align/names/resolve).
//
// Classes, from the most to the least benign:
//
//   - formatting: the same letters, differing in case, hyphens, spaces or
//     word order (Kim Jong Un, Kim Jong-un, Jong-un Kim);
//   - system: the letters of another romanization system (McCune–
//     Reischauer marks and apostrophes, Chŏng for Jong; k/g, ch/j, p/b,
//     t/d, r/l for one consonant; a surname's spelling by the DPRK, the
//     press or ALA-LC, Ri for Lee);
//   - spelling: another vowel spelling of the same sound (Jong and Jeong,
//     Joon-bum and Jun-beom, Kim Yong-chol and Kim Yeong-cheol), or a near
//     spelling of a name that is not Korean (Zelensky and Zelenskyy);
//   - other: a different name, or a difference none of the above explains.
//
// A difference with parts of several classes takes the least benign
// (Kim Yong-chol, Gim Yeongcheol: a system surname, spelled vowels).
package review

import (
	"strings"
	"unicode"

	"github.com/bitext-ko/bitext/align/names/mr"
	"github.com/bitext-ko/bitext/align/names/namekey"
	"github.com/bitext-ko/bitext/align/names/surname"
	"github.com/sergi/go-diff/diffmatchpatch"
	"golang.org/x/text/unicode/norm"
)

// Class is the kind of a difference between two spellings.
type Class string

// The classes.
const (
	Same       Class = "same"
	Formatting Class = "formatting"
	System     Class = "system"
	Spelling   Class = "spelling"
	Other      Class = "other"
)

// Op is one piece of a character diff.
type Op struct {
	Kind OpKind `json:"op"`
	Text string `json:"text"`
}

// OpKind says whether a piece is in both spellings, only the first or
// only the second.
type OpKind string

// The kinds of diff pieces.
const (
	Equal  OpKind = "="
	Delete OpKind = "-"
	Insert OpKind = "+"
)

// CharDiff returns the character diff that turns from into to.
func CharDiff(from, to string) []Op {
	dmp := diffmatchpatch.New()
	// No semantic cleanup: names are short, and the reviewer wants to
	// see the very letters that differ (Y{+e+}ong).
	ds := dmp.DiffMain(from, to, false)
	out := make([]Op, 0, len(ds))
	for _, d := range ds {
		k := Equal
		switch d.Type {
		case diffmatchpatch.DiffDelete:
			k = Delete
		case diffmatchpatch.DiffInsert:
			k = Insert
		}
		out = append(out, Op{k, d.Text})
	}
	return out
}

// ANSI colours for a terminal.
const (
	red   = "\x1b[31m"
	green = "\x1b[32m"
	reset = "\x1b[0m"
)

// Classify says how variant differs from reference. Romanized Korean
// names are compared part by part — the surname, then each syllable of
// the given name as initial, vowel and final — and the difference is the
// worst of the parts': formatting (none but case, hyphens, spaces, word
// order), system (the letters of another romanization system for the same
// sound: McCune–Reischauer marks and aspiration apostrophes, Chŏng/Jong;
// the voiced or unvoiced letter of one consonant, k/g, ch/j, p/b, t/d,
// r/l; a surname's conventional spellings, Ri/Lee, Pak/Park), spelling
// (another vowel spelling of the same sound, Jong/Jeong, Joon/Jun,
// bum/beom) and other (a different syllable or name). Other names are
// compared as wholes: marks only is system, a near spelling (Zelensky,
// Zelenskyy) spelling.
func Classify(reference, variant string) Class {
	if reference == variant {
		return Same
	}
	if formatKey(reference) == formatKey(variant) {
		return Formatting
	}
	if c, ok := classifyKorean(reference, variant); ok {
		return c
	}
	if mr.HasMarks(reference) != mr.HasMarks(variant) && formatKey(foldMarks(reference)) == formatKey(foldMarks(variant)) {
		return System
	}
	kr, kv := namekey.Key(reference), namekey.Key(variant)
	if kr != "" && kr == kv {
		return Spelling
	}
	// A near spelling of a name that is not Korean (Zelensky, Zelenskyy).
	a, b := strings.ToLower(foldMarks(reference)), strings.ToLower(foldMarks(variant))
	dmp := diffmatchpatch.New()
	d := dmp.DiffLevenshtein(dmp.DiffMain(a, b, false))
	if n := max(len([]rune(a)), len([]rune(b))); n > 0 && float64(d)/float64(n) <= 0.25 {
		return Spelling
	}
	return Other
}

// worse returns the less benign of two classes.
func worse(a, b Class) Class {
	if classRank(b) > classRank(a) {
		return b
	}
	return a
}

func classRank(c Class) int {
	switch c {
	case Same:
		return 0
	case Formatting:
		return 1
	case System:
		return 2
	case Spelling:
		return 3
	}
	return 4
}

// classifyKorean classifies the difference between two romanized Korean
// personal names syllable by syllable; ok is false when they are not both
// Korean names with a known surname and given names of as many syllables.
func classifyKorean(reference, variant string) (Class, bool) {
	a, err1 := namekey.Parse(reference)
	b, err2 := namekey.Parse(variant)
	if err1 != nil || err2 != nil || a.Known == nil || b.Known == nil || len(a.Given) != len(b.Given) {
		return "", false
	}
	c := Formatting
	if !strings.EqualFold(norm.NFC.String(a.Surname), norm.NFC.String(b.Surname)) {
		if !surnameSystem(reference, variant) {
			return Other, true
		}
		c = System
	}
	for i := range a.Given {
		c = worse(c, classifySyllable(a.Given[i], b.Given[i]))
	}
	return c, true
}

// classifySyllable compares two spellings of one romanized syllable.
func classifySyllable(x, y string) Class {
	x, y = strings.ToLower(norm.NFC.String(x)), strings.ToLower(norm.NFC.String(y))
	if x == y {
		return Formatting
	}
	xo, xv, xc := splitSyllable(x)
	yo, yv, yc := splitSyllable(y)
	c := Formatting
	for i, p := range [][2]string{{xo, yo}, {xc, yc}} {
		switch {
		case p[0] == p[1]:
		case consonantClass(p[0]) == consonantClass(p[1]):
			c = worse(c, System)
		case i == 0 && (p[0] == "" && liquidOrNasal(p[1]) || p[1] == "" && liquidOrNasal(p[0])):
			// 류/유, 녀/여: the North's initial ㄹ or ㄴ, dropped in the
			// South. Only at the start of a syllable: 은 and 우 are two
			// syllables.
			c = worse(c, System)
		default:
			return Other
		}
	}
	return worse(c, classifyVowel(xv, yv))
}

// liquidOrNasal reports whether an initial is written r, l or n (ㄹ, ㄴ).
func liquidOrNasal(onset string) bool {
	cl := consonantClass(onset)
	return onset != "" && (cl == "l" || cl == "n")
}

// classifyVowel compares two spellings of a syllable's vowel.
func classifyVowel(x, y string) Class {
	if x == y {
		return Formatting
	}
	mx, my := strings.ContainsAny(x, "ŏŭ"), strings.ContainsAny(y, "ŏŭ")
	if mx != my {
		// MR's ŏ and ŭ are eo and eu in RR, o and u without marks.
		m, o := x, y
		if my {
			m, o = y, x
		}
		if mr.Digraphs(m) == o || mr.Plain(m) == o {
			return System
		}
	}
	if sameVowel(x, y) {
		return Spelling
	}
	return Other
}

// vowelSounds lists the Korean vowels each vowel spelling of a romanized
// name can stand for, in the systems and in personal spellings: o is ㅓ
// (DPRK, Jong) or ㅗ; u is ㅜ, ㅡ (Kun) or ㅓ (Sung, Bum); yu is ㅠ or ㅕ
// (Hyun, Myung).
var vowelSounds = map[string]string{
	"a": "ㅏ", "ae": "ㅐ", "ai": "ㅐ", "e": "ㅔㅐ", "eo": "ㅓ", "ŏ": "ㅓ", "o": "ㅓㅗ", "oh": "ㅗ",
	"u": "ㅜㅡㅓ", "oo": "ㅜ", "ou": "ㅜ", "eu": "ㅡ", "ŭ": "ㅡ", "i": "ㅣ", "ee": "ㅣ",
	"ya": "ㅑ", "yae": "ㅒ", "yeo": "ㅕ", "yŏ": "ㅕ", "yo": "ㅕㅛ", "yu": "ㅠㅕ", "yoo": "ㅠ", "you": "ㅠㅕ",
	"ye": "ㅖ", "wa": "ㅘ", "wae": "ㅙ", "oe": "ㅚ", "wo": "ㅝ", "weo": "ㅝ", "wŏ": "ㅝ",
	"we": "ㅞ", "wi": "ㅟ", "wee": "ㅟ", "ui": "ㅢ", "eui": "ㅢ", "ŭi": "ㅢ",
}

// sameVowel reports whether two vowel spellings can stand for one vowel.
func sameVowel(x, y string) bool {
	sx, okx := vowelSounds[x]
	sy, oky := vowelSounds[y]
	if !okx || !oky {
		return false
	}
	return strings.ContainsAny(sx, sy)
}

// splitSyllable splits a romanized syllable into initial consonants,
// vowel letters and final consonants (ch'ŏl: ch', ŏ, l; yong: "", yo, ng).
func splitSyllable(s string) (onset, vowel, coda string) {
	isVowel := func(r rune) bool { return strings.ContainsRune("aeiouywŏŭ", r) }
	rs := []rune(s)
	i := 0
	for i < len(rs) && !isVowel(rs[i]) {
		i++
	}
	j := i
	for j < len(rs) && isVowel(rs[j]) {
		j++
	}
	return string(rs[:i]), string(rs[i:j]), string(rs[j:])
}

// consonantClass maps the spellings of one Korean consonant in the
// romanization systems to one letter: voiced or not, aspirated or not
// (marked with an apostrophe or an h), doubled or not.
func consonantClass(c string) string {
	c = mr.Plain(c)
	switch c {
	case "g", "k", "kk", "gg", "kh", "c":
		return "g"
	case "d", "t", "tt", "dd", "th":
		return "d"
	case "b", "p", "pp", "bb", "ph":
		return "b"
	case "j", "ch", "tch", "jj", "chh", "tsh":
		return "j"
	case "s", "ss", "sh":
		return "s"
	case "r", "l", "ll", "rr":
		return "l"
	case "n", "nn":
		return "n"
	}
	return c
}

// formatKey folds case, hyphens, spaces and word order away.
func formatKey(s string) string {
	f := strings.FieldsFunc(strings.ToLower(norm.NFC.String(s)), func(r rune) bool {
		return r == ' ' || r == '-' || r == '‐' || r == ',' || r == '.'
	})
	// Word order: sort the words (Kim Jong-un, Jong-un Kim) — but keep
	// the syllables of a hyphenated given name together as one word by
	// joining everything into a sorted multiset.
	for i := 1; i < len(f); i++ {
		for j := i; j > 0 && f[j] < f[j-1]; j-- {
			f[j], f[j-1] = f[j-1], f[j]
		}
	}
	return strings.Join(f, "")
}

// foldMarks removes McCune–Reischauer marks (mr.Plain) and every other
// accent.
func foldMarks(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(mr.Plain(s)) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(r)
	}
	return norm.NFC.String(b.String())
}

// surnameSystem reports whether two romanized Korean names differ in
// their surname spelling only by convention (Lee, Yi, Ri, Rhee for 이).
func surnameSystem(a, b string) bool {
	na, err1 := namekey.Parse(a)
	nb, err2 := namekey.Parse(b)
	if err1 != nil || err2 != nil || strings.EqualFold(na.Surname, nb.Surname) {
		return false
	}
	for _, x := range surname.ByLatin(na.Surname) {
		for _, y := range surname.ByLatin(nb.Surname) {
			if x == y {
				return true
			}
		}
	}
	return false
}
