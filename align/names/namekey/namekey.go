// Package namekey normalizes romanized Korean personal names. Key gives
// every spelling of a name one canonical key — "Kim Jong-un", "Kim Jong
// Un", "KIM Jong-un", "Kim Jong-Un", "Kim Jongun", "Kim Chŏng-ŭn" and
// "Jong-un Kim" share one, while Kim Jong-il keeps its own — and Format
// writes a parsed name in a house style (Kim Jong-un, Kim Jong Un …).
//
// The key is deliberately coarse: it folds the spelling differences that
// romanization systems and personal choice produce (ŏ/eo/o, ŭ/eu/u, j/ch,
// k/g, t/d, p/b, r/l, doubled letters, aspiration marks) and identifies
// the surname through the conventional spellings of package surname (Lee,
// Yi, Rhee and Ri are one surname). Different names can share a key (정 and
// 종 are both jong); use it to group spellings, not to tell names apart.
package namekey

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bitext-ko/bitext/align/names/mr"
	"github.com/bitext-ko/bitext/align/names/romanize"
	"github.com/bitext-ko/bitext/align/names/surname"
)

// Name is a parsed romanized Korean name.
type Name struct {
	// Surname as written ("Kim", "KIM", "Ri").
	Surname string
	// Given holds the given name's syllables as written ("Jong", "un"),
	// split at hyphens and spaces, or by spelling when written as one
	// word ("Jongun" → "Jong", "un"); a part that cannot be split is kept
	// whole.
	Given []string
	// SurnameFirst reports the order the name was written in.
	SurnameFirst bool
	// Known is the surname's table entry, or nil when the spelling is not
	// a known surname spelling.
	Known *surname.Surname
}

// ErrNotName is returned by Parse for text that cannot be a romanized
// Korean name (empty, one word, more than five words, or characters other
// than Latin letters, hyphens, apostrophes, periods and commas).
var ErrNotName = errors.New("not a romanized Korean name")

// Parse splits a romanized Korean name into surname and given name. The
// surname is the word written in capitals (KIM Jong-un), the word before a
// comma (Kim, Jong-un), or else a known surname spelling at the start or,
// failing that, at the end (Jong-un Kim). A hyphenated word is a given
// name.
//
// Parse makes one allocation, the slice of the given name's syllables
// (which are substrings of s), or the error.
func Parse(s string) (Name, error) {
	s = strings.TrimSpace(s)
	if s == "" || utf8.RuneCountInString(s) > 80 || !utf8.ValidString(s) {
		return Name{}, notName(s)
	}
	for _, r := range s {
		if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' {
			continue // a Latin letter, the most of any name
		}
		if mr.IsApostrophe(r) {
			continue // any form of MR's apostrophe, ʼ (a letter) too
		}
		if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) && !strings.ContainsRune(" -.,", r) {
			return Name{}, notName(s)
		}
		if unicode.IsLetter(r) && !unicode.In(r, unicode.Latin) {
			return Name{}, notName(s)
		}
	}
	comma := strings.Index(s, ",")
	// The words, split at spaces and commas, in an array: more than five
	// are no name.
	var wordBuf [maxWords]string
	nw := 0
	for rest := s; rest != ""; {
		i := strings.IndexAny(rest, " ,")
		w := rest
		if i >= 0 {
			w, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		if w == "" {
			continue
		}
		if nw == maxWords {
			return Name{}, notName(s)
		}
		wordBuf[nw] = w
		nw++
	}
	words := wordBuf[:nw]
	if len(words) < 2 {
		return Name{}, notName(s)
	}
	first, last := words[0], words[len(words)-1]
	surFirst := true
	switch {
	case comma > 0:
		surFirst = true
	case allCaps(first) && !allCaps(last):
		surFirst = true
	case allCaps(last) && !allCaps(first):
		surFirst = false
	case strings.Contains(first, "-") && !strings.Contains(last, "-"):
		surFirst = false
	case strings.Contains(last, "-"):
		surFirst = true
	case len(surname.ByLatin(first)) > 0:
		surFirst = true
	case len(surname.ByLatin(last)) > 0:
		surFirst = false
	}
	n := Name{SurnameFirst: surFirst}
	var given []string
	if surFirst {
		n.Surname, given = first, words[1:]
	} else {
		n.Surname, given = last, words[:len(words)-1]
	}
	if ks := surname.ByLatin(n.Surname); len(ks) > 0 {
		n.Known = ks[0]
	}
	// The syllables in an array first (a long name grows it on the
	// heap), then in a slice of their number.
	var sylBuf [16]string
	syl := sylBuf[:0]
	for _, g := range given {
		for rest := g; ; {
			part, after, more := strings.Cut(rest, "-")
			if part != "" {
				var ok bool
				if syl, ok = appendSyllables(syl, part); !ok {
					syl = append(syl, part)
				}
			}
			if !more {
				break
			}
			rest = after
		}
	}
	if len(syl) == 0 {
		return Name{}, notName(s)
	}
	n.Given = slices.Clone(syl)
	return n, nil
}

// maxWords is the most words a name is written in.
const maxWords = 5

// notName is the error of Parse for s: ErrNotName, with s. Its message is
// made when asked for, so a text that is no name costs one allocation.
type notNameError struct{ s string }

func notName(s string) error { return &notNameError{s} }

func (e *notNameError) Error() string { return fmt.Sprintf("%q: %v", e.s, ErrNotName) }

func (e *notNameError) Unwrap() error { return ErrNotName }

// WrittenGiven returns the given name of a romanized Korean name as the
// text writes it, its parts joined (Jongun for Kim Jong-un, Jong-un Kim or
// KIM Jong Un), or s whole when s does not parse as a name (a given name
// alone). It is what romanize.PressName compares.
func WrittenGiven(s string) string {
	n, err := Parse(s)
	if err != nil {
		return s
	}
	return strings.Join(n.Given, "")
}

func allCaps(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			letters++
		}
	}
	return letters > 1
}

// Key returns the canonical key of a romanized Korean name, or "" if s
// does not parse as one.
func Key(s string) string {
	n, err := Parse(s)
	if err != nil {
		return ""
	}
	return n.Key()
}

// Key returns the name's canonical key: the surname (its Hangul when the
// spelling is a known surname) and the folded given name, joined by "|".
// It is made in a buffer on the stack: one allocation, the key.
func (n Name) Key() string {
	var buf [64]byte
	b := buf[:0]
	if n.Known != nil {
		sur := n.Known.Hangul
		if sur == "리" {
			sur = "이" // the North's spelling of the same surname
		}
		if alt, ok := northSouth[sur]; ok {
			sur = alt
		}
		b = append(b, sur...)
	} else {
		var sbuf [32]byte
		b = appendFold(b, append(sbuf[:0], n.Surname...))
	}
	b = append(b, '|')
	var gbuf [32]byte
	given := gbuf[:0]
	for _, p := range n.Given {
		given = append(given, p...)
	}
	return string(appendFold(b, given))
}

// northSouth maps surnames the North writes with an initial ㄹ to the
// South's spelling, so Rim and Lim share a key.
var northSouth = map[string]string{"림": "임", "량": "양", "로": "노", "라": "나", "렴": "염", "려": "여", "룡": "용"}

// foldRules are the spellings fold writes as one, in the order it
// rewrites them, each as strings.ReplaceAll would. No rule lengthens a
// spelling, so fold rewrites them in place.
var foldRules = [...][2]string{
	{"tch", "j"}, {"ch", "j"}, {"sh", "s"}, {"ck", "g"},
	{"kh", "g"}, {"th", "d"}, {"ph", "b"},
	{"yeo", "yo"}, {"you", "yo"}, {"weo", "wo"}, {"eui", "ui"},
	{"eo", "o"}, {"eu", "u"}, {"oo", "u"}, {"ou", "u"}, {"ee", "i"}, {"ai", "ae"},
	// ㅕ is yeo, yo, yu or you in names (Hyun, Hyon, Hyŏn), and ㅠ yu
	// or yoo: one key for the y-vowels.
	{"yu", "yo"},
}

// foldRuleLetters are the letters of each rule of foldRules, a bit each
// (a is bit 0): its spelling's and what it writes.
var foldRuleLetters = func() (letters [len(foldRules)]struct{ old, new uint32 }) {
	for i, rp := range foldRules {
		for _, c := range []byte(rp[0]) {
			letters[i].old |= 1 << (c - 'a')
		}
		for _, c := range []byte(rp[1]) {
			letters[i].new |= 1 << (c - 'a')
		}
	}
	return letters
}()

// appendFold appends to b the key form of a romanized spelling: its
// letters in plain lower case (ü as u, é and è as e), the foldRules
// applied, then k t p r as g d b l, an h after a consonant and a w before
// u dropped, and doubled letters made single. The spelling is given as
// bytes, which stay where they are: only one with marks or apostrophes
// is made a string, for mr.Plain.
func appendFold(b []byte, spelling []byte) []byte {
	var wbuf [64]byte
	w := wbuf[:0]
	if plainASCII(spelling) {
		for _, c := range spelling {
			w = appendFoldLetter(w, rune(c))
		}
	} else {
		for _, r := range mr.Plain(string(spelling)) {
			w = appendFoldLetter(w, r)
		}
	}
	// A rule is tried only when w has every letter of its spelling: few
	// are. What a rule writes may add letters.
	var have uint32
	for _, c := range w {
		have |= 1 << (c - 'a')
	}
	for i, rp := range foldRules {
		if foldRuleLetters[i].old&^have == 0 {
			w = replaceInPlace(w, rp[0], rp[1])
			have |= foldRuleLetters[i].new
		}
	}
	start := len(b)
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch c {
		case 'k':
			c = 'g'
		case 't':
			c = 'd'
		case 'p':
			c = 'b'
		case 'r':
			c = 'l'
		case 'h':
			// h after a consonant marks aspiration (ch'→chh, kh).
			if i > 0 && !isVowel(w[i-1]) {
				continue
			}
		case 'w':
			// Woo and U, Won and Wŏn.
			if i+1 < len(w) && w[i+1] == 'u' {
				continue
			}
		}
		if len(b) > start && b[len(b)-1] == c {
			continue
		}
		b = append(b, c)
	}
	return b
}

// plainASCII reports whether mr.Plain keeps s as it is because it is
// ASCII without an apostrophe.
func plainASCII(s []byte) bool {
	for _, c := range s {
		if c >= utf8.RuneSelf || mr.IsApostrophe(rune(c)) {
			return false
		}
	}
	return true
}

// appendFoldLetter appends to w the letter r of a plain spelling in lower
// case (strings.ToLower of a string is unicode.ToLower of each rune): ü
// as u, é and è as e, a to z as they are, and nothing for anything else.
func appendFoldLetter(w []byte, r rune) []byte {
	switch r = unicode.ToLower(r); r {
	case 'ü':
		return append(w, 'u')
	case 'é', 'è':
		return append(w, 'e')
	}
	if r >= 'a' && r <= 'z' {
		return append(w, byte(r))
	}
	return w
}

// replaceInPlace is strings.ReplaceAll(w, old, new) for a non-empty old
// no shorter than new, made in w itself: what is written never passes
// what is read.
func replaceInPlace(w []byte, old, new string) []byte {
	at := func(i int) bool {
		return w[i] == old[0] && len(w)-i >= len(old) && string(w[i:i+len(old)]) == old
	}
	// Up to the first match nothing moves.
	i := 0
	for i < len(w) && !at(i) {
		i++
	}
	o := i
	for i < len(w) {
		if at(i) {
			o += copy(w[o:], new)
			i += len(old)
			continue
		}
		w[o] = w[i]
		o++
		i++
	}
	return w[:o]
}

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y', 'w':
		return true
	}
	return false
}

// Format writes the name in a house style:
//
//   - Press: Kim Jong-un (surname in its usual press spelling, given name
//     hyphenated, lower case after the hyphen);
//   - DPRK: Kim Jong Un (DPRK surname spelling, one capitalized word per
//     syllable);
//   - MR, MRPlain: Kim Jong-un with the ALA-LC surname (Yi, Ch'oe; without
//     marks for MRPlain);
//   - RR, RRTranslit: Gim Jongun (the surname romanized by rule, given
//     name as one word).
//
// Format changes the layout and the surname's spelling; it does not
// re-spell the given name in another system — for that, romanize the
// Hangul name with romanize.Name.
func (n Name) Format(style romanize.Style) string {
	sur := capitalize(strings.ToLower(n.Surname))
	if k := n.Known; k != nil {
		switch style {
		case romanize.Press:
			sur = k.Press
		case romanize.DPRK:
			sur = k.DPRK
		case romanize.MR:
			sur = k.MR
		case romanize.MRPlain:
			sur = mr.Plain(k.MR)
		case romanize.RR, romanize.RRTranslit:
			sur = romanize.New(romanize.RR, romanize.Options{Capitalize: true}).String(k.Hangul)
		}
	}
	parts := make([]string, len(n.Given))
	for i, g := range n.Given {
		parts[i] = strings.ToLower(g)
	}
	var given string
	switch style {
	case romanize.DPRK:
		for i := range parts {
			parts[i] = capitalize(parts[i])
		}
		given = strings.Join(parts, " ")
	case romanize.RR, romanize.RRTranslit:
		given = capitalize(strings.Join(parts, ""))
	default:
		given = capitalize(strings.Join(parts, "-"))
	}
	return sur + " " + given
}

// Render parses a romanized name and formats it in style.
func Render(s string, style romanize.Style) (string, error) {
	n, err := Parse(s)
	if err != nil {
		return "", err
	}
	return n.Format(style), nil
}

func capitalize(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if size == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}

// Romanized Korean syllables: an initial, a vowel and a final, in the
// spellings of RR, MR (marks folded) and common personal usage.
var (
	sylInitials = []string{"kk", "gg", "tt", "dd", "pp", "bb", "ss", "jj", "tch", "ch", "sh", "kh", "th", "ph",
		"g", "k", "n", "d", "t", "r", "l", "m", "b", "p", "s", "j", "h", "c", "w", "y", ""}
	sylVowels = []string{"yeo", "you", "yae", "wae", "weo", "eui", "yoo", "wee",
		"ae", "ya", "eo", "ye", "wa", "oe", "yo", "wo", "we", "wi", "yu", "eu", "ui", "oo", "ee", "ou", "oi", "ai", "ah", "uh", "oh",
		"a", "e", "o", "u", "i"}
	sylFinals = []string{"ng", "ck", "ll", "nn", "k", "g", "n", "t", "l", "m", "p", "b", ""}
)

// maxGivenLetters is the most letters a one-word given name is split
// into syllables with; a longer word is no given name.
const maxGivenLetters = 24

// appendSyllables appends to out the syllables of a one-word given name w
// (valid UTF-8), preferring the longest first syllable that leaves a
// splittable rest (Jongun → Jong un, Eunhee → Eun hee), and reports
// whether it splits into 1 to 4 syllables; if not, it returns out as it
// was. The syllables are substrings of w: w cut at the same letter counts
// as its plain lower-case spelling, a rune that mr.Plain drops (an
// apostrophe) being no letter.
func appendSyllables(out []string, w string) ([]string, bool) {
	plain := mr.Plain(w)
	if !isASCII(plain) {
		// A non-ASCII letter may lower to an ASCII one (K, the Kelvin
		// sign): strings.ToLower decides.
		return splitSyllablesLower(out, w, strings.ToLower(plain))
	}
	if len(plain) > maxGivenLetters {
		return out, false
	}
	var buf [maxGivenLetters]byte
	for i := 0; i < len(plain); i++ {
		c := plain[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return splitSyllablesLower(out, w, string(buf[:len(plain)]))
}

// splitSyllablesLower is appendSyllables given lw, w's plain lower-case
// spelling.
func splitSyllablesLower(out []string, w, lw string) ([]string, bool) {
	if len(lw) == 0 || len(lw) > maxGivenLetters {
		return out, false
	}
	for _, c := range lw {
		if c < 'a' || c > 'z' {
			return out, false
		}
	}
	cuts, n := syllableCuts(lw)
	if n == 0 {
		return out, false
	}
	letters, start, ci, added := 0, 0, 0, 0
	for i, r := range w {
		if r < utf8.RuneSelf && r != '\'' && r != '`' || r >= utf8.RuneSelf && mr.Plain(string(r)) != "" {
			letters++
		}
		if ci < n && letters == cuts[ci] {
			end := i + utf8.RuneLen(r)
			out = append(out, w[start:end])
			start = end
			ci++
			added++
		}
	}
	if start < len(w) && added > 0 {
		out[len(out)-1] = w[start-len(out[len(out)-1]):]
	}
	if added == 0 {
		return out, false
	}
	return out, true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// syllableCuts returns where lw (1 to maxGivenLetters lower-case ASCII
// letters) is cut into 1 to 4 romanized syllables, the end of each, the
// longest first syllable that leaves a splittable rest first: the first n
// of cuts; n is 0 if it cannot be. The cuts are made in an array, not on
// the heap.
func syllableCuts(lw string) (cuts [4]int, n int) {
	// The search tries the syllables at each place longest first. What
	// follows a place splits or not whatever came before, given the
	// number of cuts made: failed[pos] has bit n set once the letters
	// from pos are known not to split after n cuts, and lengths[pos]
	// holds the syllables lw[pos:] can start with (syllableLengthSet),
	// found once. An English word (Washington) that is no name is then
	// read once, not once for every way of splitting its start. cuts
	// holds the path being tried: its first n cuts.
	var failed [maxGivenLetters + 1]uint8
	var lengths [maxGivenLetters + 1]uint16
	var known [maxGivenLetters + 1]bool
	found := 0
	var rec func(pos, n int) bool
	rec = func(pos, n int) bool {
		if pos == len(lw) {
			found = n
			return true
		}
		if n >= len(cuts) || failed[pos]&(1<<n) != 0 {
			return false
		}
		if !known[pos] {
			lengths[pos], known[pos] = syllableLengthSet(lw[pos:]), true
		}
		for l := maxSyllableLen; l > 0; l-- {
			if lengths[pos]&(1<<l) != 0 {
				cuts[n] = pos + l
				if rec(pos+l, n+1) {
					return true
				}
			}
		}
		failed[pos] |= 1 << n
		return false
	}
	rec(0, 0)
	return cuts, found
}

// maxSyllableLen is the length of the longest romanized syllable: the
// longest initial, vowel and final of sylInitials, sylVowels and
// sylFinals. A syllable's length is a bit of a uint16
// (syllableLengthSet), so it is under 16.
var maxSyllableLen = syllableParts[0].longest + syllableParts[1].longest + syllableParts[2].longest

// maxStarts is the most spellings of one part of a syllable that start
// with one letter, and so the most a string starts with: the room
// syllableLengthSet keeps for them.
const maxStarts = 8

// syllableLengthSet returns the lengths of the romanized syllables s can
// start with, length l as bit l.
func syllableLengthSet(s string) uint16 {
	var set uint16
	var ins, vs, fs [maxStarts]string
	for _, in := range syllableParts[0].startOf(s, ins[:0]) {
		for _, v := range syllableParts[1].startOf(s[len(in):], vs[:0]) {
			for _, f := range syllableParts[2].startOf(s[len(in)+len(v):], fs[:0]) {
				set |= 1 << (len(in) + len(v) + len(f))
			}
		}
	}
	return set
}

// byLetter holds the spellings of one part of a syllable (sylInitials,
// sylVowels, sylFinals) by their first letter, so that the spellings s
// starts with are tested among those that start as s does.
type byLetter struct {
	first   [26][]string // spellings starting with 'a'+i
	empty   bool         // "" is one
	longest int          // the length of the longest spelling
}

// syllableParts are sylInitials, sylVowels and sylFinals by letter.
var syllableParts = [3]byLetter{newByLetter(sylInitials), newByLetter(sylVowels), newByLetter(sylFinals)}

func newByLetter(spellings []string) byLetter {
	var b byLetter
	for _, p := range spellings {
		b.longest = max(b.longest, len(p))
		if p == "" {
			b.empty = true
		} else {
			b.first[p[0]-'a'] = append(b.first[p[0]-'a'], p)
		}
	}
	return b
}

// startOf appends to out the spellings s starts with (s is lower-case
// ASCII letters), in no particular order.
func (b *byLetter) startOf(s string, out []string) []string {
	if s != "" && 'a' <= s[0] && s[0] <= 'z' {
		for _, p := range b.first[s[0]-'a'] {
			if strings.HasPrefix(s, p) {
				out = append(out, p)
			}
		}
	}
	if b.empty {
		out = append(out, "")
	}
	return out
}
