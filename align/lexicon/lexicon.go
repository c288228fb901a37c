// Package lexicon is the bilingual word list the aligner uses to see that a
// Korean paragraph and an English one talk about the same things.
//
// A Lexicon maps Korean stems to English words. Korean running text is
// agglutinative, so Lookup finds the longest known stem at the start of a
// word ("정부는" → 정부), including verb stems whose last syllable contracts
// with an ending ("밝혔다" finds 밝히다). English words are compared after
// Stem. The embedded default joins a list derived from the EZ Korean core
// vocabulary (kengdic, MPL 2.0; see data/NOTICE), corrected by
// data/corrections.tsv, with a news vocabulary and a general vocabulary the
// project wrote (data/news.tsv, data/general.tsv), built from them by go
// generate into data/default.idx, which is read in place; Parse reads more in
// hunalign's dictionary format ("korean @ english", one pair a line). No
// existing Go package offers a Korean–English lexicon with stem lookup,
// hence this small one.
package lexicon

import (
	"bufio"
	_ "embed"
	"errors"
	"fmt"
	"github.com/bitext-ko/bitext/align/internal/fnv1a"
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
	// tab is the embedded default, read in place; a Lexicon with a tab has
	// none of the maps below, and is read-only (Clone thaws it).
	tab *table
	ids map[string]uint32 // English stem → id
	// index finds the entry of a Korean key matched as a syllable prefix:
	// a noun (정부), the noun of a 하다 verb (발표), or a verb stem with its
	// last syllable inflected (밝혀).
	index   map[string]int32
	entries []entry
	// short holds the verbs of a one-syllable stem (가다, 먹다, 살다) by
	// the first syllable of their inflected forms (가, 간, 갔, 사, 산…).
	short  map[rune][]shortForm
	maxLen int // longest key in syllables
	// Skipped counts dictionary lines that could not be used.
	Skipped int
	// version counts the calls of Add (see Version).
	version uint64
}

// Version returns a number that changes whenever l does (Add), so that a
// cache of l's look-ups can tell that it is out of date.
func (l *Lexicon) Version() uint64 { return l.version }

//go:generate go test -run TestIndexFile -update-index .

// indexFile is the default lexicon built from the TSV files of data/ (see
// build) and written in the form loadIndex reads; TestIndexFile checks
// that building it again gives the same bytes.
//
//go:embed data/default.idx
var indexFile string

var defaultLexicon = sync.OnceValue(func() *Lexicon {
	l, err := loadIndex(indexFile)
	if err != nil {
		panic("lexicon: the embedded index is damaged: " + err.Error())
	}
	return l
})

// Sources are the texts of the TSV files the default lexicon is built
// from, each a "korean<TAB>english words" line per entry.
type sources struct{ ezcorean, corrections, news, general string }

// build makes the default lexicon from its files: the EZ Korean list less
// the entries corrections.tsv replaces or deletes (a line with no English),
// then the corrections, the news vocabulary and the general one. Entries of
// one Korean word in several files merge. It runs when the index is made
// (go generate), not at start-up.
func build(src sources) *Lexicon {
	l := &Lexicon{ids: make(map[string]uint32, 8192), index: make(map[string]int32, 16384),
		entries: make([]entry, 0, 16384), short: make(map[rune][]shortForm, 1024)}
	replaced := map[string]bool{}
	eachEntry(src.corrections, func(ko, _ string) { replaced[ko] = true })
	var buf []uint32
	var become []string // verbs in -지다, for the pass below
	add := func(ko, en string) {
		buf = l.addLine(ko, en, buf)
		if strings.HasSuffix(ko, "지다") {
			become = append(become, ko)
		}
	}
	eachEntry(src.ezcorean, func(ko, en string) {
		if !replaced[ko] {
			add(ko, en)
		}
	})
	for _, data := range []string{src.corrections, src.news, src.general} {
		eachEntry(data, add)
	}
	// A verb in -아지다/-어지다 ("become …") also means what its base
	// means: 심각해지다 is found before 심각하다 in 심각해졌다, and needs
	// "serious" as well as "become serious".
	for _, ko := range become {
		if base := becomeBase(ko); base != "" {
			l.addIDs(ko, l.Lookup(base))
		}
	}
	return l
}

// addLine adds the entry of ko with the space-separated English words en,
// using buf for the ids; it returns buf for the next line.
func (l *Lexicon) addLine(ko, en string, buf []uint32) []uint32 {
	buf = buf[:0]
	for len(en) > 0 {
		w, rest, _ := strings.Cut(en, " ")
		en = rest
		if id, ok := l.glossID(w); ok {
			buf = append(buf, id)
		}
	}
	l.addIDs(ko, buf)
	return buf
}

// becomeBase returns the dictionary form a verb in -아지다, -어지다 or
// -해지다 is made from (심각해지다 → 심각하다, 높아지다 → 높다, 가까워지다
// → 가깝다), or "".
func becomeBase(ko string) string {
	rs := []rune(ko)
	n := len(rs)
	if n < 4 || string(rs[n-2:]) != "지다" {
		return ""
	}
	head, mid := rs[:n-3], rs[n-3]
	switch mid {
	case '해':
		return string(head) + "하다"
	case '아', '어':
		return string(head) + "다"
	case '워':
		if len(head) == 0 {
			return ""
		}
		last, ok := hangul.Decompose(head[len(head)-1])
		if !ok || last.T != hangul.TNone {
			return ""
		}
		last.T = hangul.TB
		return string(head[:len(head)-1]) + string(hangul.Compose(last)) + "다"
	}
	return ""
}

// eachEntry calls f with the two sides of every "korean<TAB>english" line
// of an embedded file (a line of Korean alone has no English); blank lines
// and lines starting with # are skipped.
func eachEntry(data string, f func(ko, en string)) {
	for len(data) > 0 {
		line, rest, _ := strings.Cut(data, "\n")
		data = rest
		if line == "" || line[0] == '#' {
			continue
		}
		ko, en, _ := strings.Cut(line, "\t")
		f(ko, en)
	}
}

// Default returns the embedded lexicon. It is shared: do not Add to it;
// Clone it first.
func Default() *Lexicon { return defaultLexicon() }

// New returns an empty Lexicon.
func New() *Lexicon {
	return &Lexicon{ids: map[string]uint32{}, index: map[string]int32{}, short: map[rune][]shortForm{}}
}

// Clone returns a copy that can be extended without touching l.
func (l *Lexicon) Clone() *Lexicon {
	if l.tab != nil {
		return l.tab.thaw()
	}
	c := New()
	c.maxLen, c.Skipped = l.maxLen, l.Skipped
	for k, v := range l.ids {
		c.ids[k] = v
	}
	for k, v := range l.index {
		c.index[k] = v
	}
	c.entries = make([]entry, len(l.entries))
	for i, e := range l.entries {
		c.entries[i] = entry{ids: append([]uint32(nil), e.ids...), word: e.word}
	}
	for k, v := range l.short {
		fs := make([]shortForm, len(v))
		for i, f := range v {
			fs[i] = f
			fs[i].ids = append([]uint32(nil), f.ids...)
		}
		c.short[k] = fs
	}
	return c
}

// Len returns the number of Korean keys.
func (l *Lexicon) Len() int {
	if l.tab != nil {
		return l.tab.nKeys + len(l.tab.short)
	}
	return len(l.index) + len(l.short)
}

// entryOf returns the entry of the Korean key k, whose hash fnv1a.String32(k) the
// index looks it up by (Lookup hashes the keys of a word in one pass).
func (l *Lexicon) entryOf(k string, h uint32) (entry, bool) {
	if l.tab != nil {
		return l.tab.entry(k, h)
	}
	i, ok := l.index[k]
	if !ok {
		return entry{}, false
	}
	return l.entries[i], true
}

// stemID returns the id of the English stem s.
func (l *Lexicon) stemID(s string) (uint32, bool) {
	if l.tab != nil {
		return l.tab.stemID(s)
	}
	id, ok := l.ids[s]
	return id, ok
}

// shortOf returns the forms of one-syllable verbs that start with r.
func (l *Lexicon) shortOf(r rune) []shortForm {
	if l.tab != nil {
		return l.tab.short[r]
	}
	return l.short[r]
}

// Add records that the Korean word ko (a noun, or a verb or adjective in
// its dictionary form ending in 다) translates as the English words en.
// English function words and the particles of phrasal verbs (the, of,
// take, off; see notGloss) are not recorded: they would link almost any
// English sentence to the Korean word.
//
// A verb of a stem of two syllables or more is found by its stem with the
// last syllable in each of the shapes endings give it (밝히다: 밝히는,
// 밝힌, 밝혀, 밝혔다; see verbKeys); a 하다 or 되다 verb by its noun
// (발표하다: 발표, 발표했다, 발표된). A stem of one syllable is too short a
// prefix: its inflected forms are spelled out with the endings that may
// follow them (see addShort).
func (l *Lexicon) Add(ko string, en ...string) {
	version := l.version + 1 // thawing or making the maps resets it
	switch {
	case l.tab != nil:
		*l = *l.tab.thaw()
	case l.ids == nil:
		*l = *New()
	}
	ko = strings.TrimSpace(ko)
	var ids []uint32
	for _, w := range en {
		if id, ok := l.glossID(w); ok {
			ids = append(ids, id)
		}
	}
	l.addIDs(ko, ids)
	l.version = version
}

// glossID returns the id of the English gloss w, giving it one if it is
// new; ok is false for a word that is no gloss (empty, or in notGloss).
func (l *Lexicon) glossID(w string) (id uint32, ok bool) {
	lw := strings.ToLower(w)
	if len(lw) <= maxNotGloss && notGloss[lw] {
		return 0, false
	}
	s, dropped := stem(lw)
	if s == "" {
		return 0, false
	}
	if dropped {
		// "living" is "live" when the lexicon has it: ID looks there
		// first.
		if id, ok := l.withE(s); ok {
			return id, true
		}
	}
	if id, ok := l.ids[s]; ok {
		return id, true
	}
	id = uint32(len(l.ids))
	l.ids[s] = id
	return id, true
}

// addIDs records that ko translates as the English ids.
func (l *Lexicon) addIDs(ko string, ids []uint32) {
	if len(ids) == 0 || ko == "" {
		return
	}
	n := utf8.RuneCountInString(ko)
	last, _ := utf8.DecodeLastRuneInString(ko)
	body := ko[:len(ko)-utf8.RuneLen(last)] // without 다
	prev, _ := utf8.DecodeLastRuneInString(body)
	verb := n >= 2 && last == '다' && isVerbish(ko) && hangul.IsSyllable(prev)
	switch {
	case !verb:
		l.add(ko, ids, true)
	case n > 3 && (prev == '하' || prev == '되'):
		// 발표하다 → 발표, which also finds the noun itself.
		l.add(body[:len(body)-utf8.RuneLen(prev)], ids, true)
	case n == 2:
		if !noShort[ko] {
			l.addShort(prev, ids)
		}
	default:
		// 밝히다 → 밝히, 밝힌, 밝힐, 밝힙, 밝혀, 밝혔; 말하다 → 말하, 말해, 말했….
		// A noun of the same spelling as a verb form (the adverb 그리,
		// 그리는 of 그리다) shares the entry: both meanings are found.
		verbKeys([]rune(body), func(k string) { l.add(k, ids, false) })
	}
	if n > l.maxLen {
		l.maxLen = n
	}
}

// entry holds the English ids of a Korean key; word marks a key that is a
// word of its own (a noun), not only a verb form.
type entry struct {
	ids  []uint32
	word bool
}

// add records the Korean key with the ids.
func (l *Lexicon) add(key string, ids []uint32, word bool) {
	i, ok := l.index[key]
	if !ok {
		i = int32(len(l.entries))
		l.index[key] = i
		l.entries = append(l.entries, entry{})
	}
	e := &l.entries[i]
	e.ids = appendNew(e.ids, ids)
	e.word = e.word || word
}

// maxNotGloss is the length of the longest word of notGloss.
const maxNotGloss = 9

// notGloss lists English words that are never evidence of a translation:
// function words, the particles and light verbs of phrasal verbs, and the
// placeholders of the EZ Korean glosses ("sth", "sb").
var notGloss = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an the of to in on at by for with from as into onto upon and or
	nor but if so not no is be are was were been being have has had do does did it its this that these
	those there here all some any only about after before since while during then than up down out off
	over back around very more most much also just even yet ago can will would should may might must
	could shall one i what who whom whose how
	why when where which other such own each every either neither too quite rather really please else
	ever take put set get got become like well way thing things something someone somewhere somehow sth sb
	vst oneself`) {
		m[w] = true
	}
	return m
}()

// noShort lists verbs of one syllable too common and too vague to count as
// evidence (하다 "do", 되다 "become", 이다 "be", 있다 "be, have").
var noShort = map[string]bool{"하다": true, "되다": true, "이다": true, "있다": true}

// isVerbish tells dictionary-form verbs from nouns that end in 다 (바다).
func isVerbish(ko string) bool {
	switch ko {
	case "바다", "캐나다", "사다리", "판다", "마다", "우다", "라다":
		return false
	}
	return true
}

func appendNew(dst, ids []uint32) []uint32 {
	if dst == nil {
		dst = make([]uint32, 0, len(ids))
	}
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

// Lookup returns the English ids of the longest known stem at the start of
// the Korean word w (punctuation around it ignored), or nil. A noun of one
// syllable only matches a short word, where it is likely the word itself
// plus a particle; a verb of one syllable only matches its inflected forms.
func (l *Lexicon) Lookup(w string) []uint32 {
	if l.ids == nil && l.tab == nil {
		return nil
	}
	// The word is read from its first syllable, up to lookupSyllables of
	// them. A syllable is three bytes of UTF-8, so the key of n syllables
	// is w[:3n], and the hashes of every length are taken in one pass.
	for len(w) > 0 {
		if _, ok := hangul.DecodeSyllable(w); ok {
			break
		}
		_, size := utf8.DecodeRuneInString(w)
		w = w[size:]
	}
	var buf [lookupSyllables]rune
	var hs [lookupSyllables + 1]uint32 // hs[n] is fnv1a.String32(w[:3n])
	rs := buf[:0]
	hs[0] = fnv1a.Offset32
	for len(rs) < len(buf) {
		r, ok := hangul.DecodeSyllable(w[3*len(rs):])
		if !ok {
			break
		}
		n := len(rs)
		rs = append(rs, r)
		hs[n+1] = fnv1a.Add32(hs[n], w[3*n:3*n+3])
	}
	if len(rs) == 0 {
		return nil
	}
	for n := min(len(rs), l.maxLen); n >= 2; n-- {
		if e, ok := l.entryOf(w[:3*n], hs[n]); ok {
			return e.ids
		}
	}
	// One syllable: a verb form wins when a verbal ending follows (팔았다
	// is "sold", 팔을 "the arm"); a noun matches alone or before particles
	// (손, 손에, 손으로), not as the first syllable of a longer word (손님,
	// and the surname of 손흥민).
	if len(rs) > 1 && verbal[rs[1]] {
		if ids := l.lookupShort(rs); ids != nil {
			return ids
		}
	}
	if len(rs) == 1 && notAlone[rs[0]] {
		return nil
	}
	if len(rs) == 1 || particles[w[3:3*len(rs)]] {
		if e, ok := l.entryOf(w[:3], hs[1]); ok {
			return e.ids
		}
	}
	return l.lookupShort(rs)
}

// lookupSyllables is the most syllables of a word Lookup reads.
const lookupSyllables = 8

// particles are the particles and copula forms that may follow a noun of
// one syllable in a word.
var particles = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range strings.Fields(`이 가 을 를 은 는 의 에 도 만 과 와 로 랑 께 나 야 요 엔 들 이다 이고 이며 이면
	이지 이야 이나 이라 이란 이든 이었 였다 입니다 이었다 으로 에서 에게 까지 부터 처럼 보다 마다 만큼 에는 에도
	에선 으론 로는 로도 과는 와는 과도 와도 만을 만이 만은 조차 마저 밖에 께서 한테 이랑 하고 들이 들을 들은 들의
	들도 들과 들에 에서는 에서도 으로는 으로도 에게서 이라는 이라고 에서의 으로의 들에게 까지도 부터는`) {
		m[p] = true
	}
	return m
}()

// ID returns the id of an English word (after Stem), if the lexicon has it.
// A word whose -ed or -ing ending Stem removed is first tried with a final
// e, so "announced" finds the entry "announce" and "used" finds "use"
// before "us".
//
// ID makes nothing on the heap for a word of up to 32 bytes: a capitalized
// ASCII word is lowered into a buffer on the stack, and a stem ending in a
// y it lacks ("countries" → "country") is made there too.
func (l *Lexicon) ID(word string) (uint32, bool) {
	var w string
	var low [32]byte
	switch ascii, upper := asciiCase(word); {
	case ascii && !upper:
		w = word
	case ascii && len(word) <= len(low):
		w = string(appendLowerASCII(low[:0], word))
	default:
		w = strings.ToLower(word)
	}
	s, y, dropped := stemOf(w)
	if y {
		return l.stemID(s + "y")
	}
	if dropped {
		if id, ok := l.withE(s); ok {
			return id, true
		}
	}
	return l.stemID(s)
}

// withE returns the id of the stem s with a final e ("announc" →
// "announce").
func (l *Lexicon) withE(s string) (uint32, bool) {
	var b [32]byte
	if len(s) >= len(b) {
		return 0, false
	}
	return l.stemID(string(append(append(b[:0], s...), 'e')))
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
	e, ok := l.entryOf(ko, fnv1a.String32(ko))
	return ok && e.word
}
