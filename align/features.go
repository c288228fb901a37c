package align

import (
	"github.com/bitext-ko/bitext/align/internal/space"
	"iter"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bitext-ko/bitext/align/cognate"
	"github.com/bitext-ko/bitext/align/hangul"
	"github.com/bitext-ko/bitext/align/internal/fnv1a"
	"github.com/bitext-ko/bitext/align/lexicon"
	"github.com/bitext-ko/bitext/align/names/match"
)

// Kinds of evidence, each with its own id space.
const (
	evLex  = iota // lexicon translation ids
	evName        // name skeleton keys
	evWord        // Latin words
	evNum         // number keys
	evKinds
)

// vocab gives every key of one kind of evidence a dense id for the length
// of one alignment, so that comparisons index arrays instead of hashing.
// It also remembers the ids each word of the document gave, since a
// document repeats its words: a word seen before costs one lookup instead
// of its keys' making and hashing (the ids are the same either way, as a
// key keeps the id it first got).
type vocab struct {
	ids [evKinds]idTable

	enWords map[string]enWord // by word as written, for englishFeatures
	koWords map[string]koWord // by word as written, for koreanFeatures
	koIDs   []int32           // the ids of koWords' entries

	nameKeys []uint64 // koreanWord's scratch for a word's name keys

	// buf holds the id lists of the paragraph being read, which keep and
	// set copy into store, the lists of the document's features: one
	// array of many paragraphs' lists instead of a few of each.
	buf   featureBuf
	store []int32 // the free part of the current array, len == cap
	// marks[kind][id] == stamp marks the ids set has taken of its list.
	marks [evKinds][]uint32
	stamp uint32
}

// featureBuf holds a paragraph's id lists while they are gathered.
type featureBuf struct {
	words, lexs, names, prefixes []int32
	set                          []int32 // set's own
	nameEnds, lexEnds            []int
}

// storeChunk is the size of the arrays a document's id lists are kept in.
const storeChunk = 4096

// keep returns a copy of ids in the document's store, capped at its
// length so that appending to it copies it; nil for none.
func (v *vocab) keep(ids []int32) []int32 {
	n := len(ids)
	if n == 0 {
		return nil
	}
	if len(v.store) < n {
		v.store = make([]int32, max(storeChunk, n))
	}
	out := v.store[:n:n]
	copy(out, ids)
	v.store = v.store[n:]
	return out
}

// set returns the ids of one kind in ids, each once and in increasing
// order (what uniq gives), kept in the document's store. The duplicates
// are dropped before sorting, by marking the ids seen.
func (v *vocab) set(kind int, ids []int32) []int32 {
	if v.stamp++; v.stamp == 0 {
		for k := range v.marks {
			clear(v.marks[k])
		}
		v.stamp = 1
	}
	if n := v.size(kind); len(v.marks[kind]) < n {
		v.marks[kind] = append(v.marks[kind], make([]uint32, n-len(v.marks[kind]))...)
	}
	marks := v.marks[kind]
	out := v.buf.set[:0]
	for _, id := range ids {
		if marks[id] != v.stamp {
			marks[id] = v.stamp
			out = append(out, id)
		}
	}
	v.buf.set = out
	slices.Sort(out)
	return v.keep(out)
}

// enWord is what an English word gave: its word id and its lexicon id, or
// -1 for none (a word with no letters or digits left gives neither).
type enWord struct {
	word, lex int32
}

// koWord is what a Korean word gave: the ids of its Hangul prefixes, its
// name keys and its translations, in turn, at koIDs[start:].
type koWord struct {
	start                 int32
	prefixes, names, lexs int32
}

func newVocab() *vocab {
	return &vocab{enWords: map[string]enWord{}, koWords: map[string]koWord{}}
}

// reset empties v for the next document, keeping its storage.
func (v *vocab) reset() {
	for i := range v.ids {
		v.ids[i].reset()
	}
	clear(v.enWords)
	clear(v.koWords)
	v.koIDs = v.koIDs[:0]
	// The last document's features keep their arrays.
	v.store = nil
}

// bytesPerKey is about how many bytes of a document's text (both sides)
// give one key of each kind: the 1,000-line wire pair, 292 KB, has 3,900
// translation ids, 18,500 name keys, 19,100 words and 214 numbers.
var bytesPerKey = [evKinds]int{evLex: 64, evName: 16, evWord: 16, evNum: 1024}

// presize sizes the id tables of an empty vocabulary for a document of
// textBytes bytes.
func (v *vocab) presize(textBytes int) {
	for k := range v.ids {
		v.ids[k].presize(textBytes / bytesPerKey[k])
	}
}

func (v *vocab) id(kind int, key uint64) int32 { return v.ids[kind].id(key) }

func (v *vocab) size(kind int) int { return v.ids[kind].n }

// idTable gives keys dense ids in the order they come: a hash table with
// open addressing, which costs a vocabulary's hundred thousand look-ups a
// document less than a map. The keys are mostly hashes already; the
// others (lexicon ids, number keys) are spread by Fibonacci hashing.
type idTable struct {
	slots []idSlot // a power of two of them, at most half full
	n     int      // keys held
	shift uint8    // 64 - log2(len(slots))
}

// idSlot holds a key and its id + 1; 0 marks an empty slot.
type idSlot struct {
	key uint64
	id  int32
}

// minIDSlots is the size of a new table.
const minIDSlots = 256

// id returns the id of key, giving it the next one if it is new.
func (t *idTable) id(key uint64) int32 {
	if 2*(t.n+1) > len(t.slots) {
		t.grow()
	}
	mask := len(t.slots) - 1
	for i := int((key * 0x9e3779b97f4a7c15) >> t.shift); ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.id == 0 {
			t.n++
			*s = idSlot{key, int32(t.n)}
			return int32(t.n - 1)
		}
		if s.key == key {
			return s.id - 1
		}
	}
}

// grow doubles the table (or makes its first slots) and puts back its keys.
func (t *idTable) grow() {
	old := t.slots
	size := max(2*len(old), minIDSlots)
	t.slots = make([]idSlot, size)
	t.shift = uint8(64 - bits.TrailingZeros(uint(size)))
	mask := size - 1
	for _, s := range old {
		if s.id == 0 {
			continue
		}
		i := int((s.key * 0x9e3779b97f4a7c15) >> t.shift)
		for t.slots[i].id != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = s
	}
}

// presize makes room for keys keys in an empty table at once, instead of
// the table's doubling from minIDSlots (which costs the 1,000-line wire
// pair some 6% of its time in re-inserting keys). Ids do not depend on
// the table's size: they are given in the order keys come.
func (t *idTable) presize(keys int) {
	if t.n > 0 {
		return
	}
	size := minIDSlots
	for size < 2*(keys+1) {
		size *= 2
	}
	if size > len(t.slots) {
		t.slots = make([]idSlot, size)
		t.shift = uint8(64 - bits.TrailingZeros(uint(size)))
	}
}

// reset empties t, keeping its slots unless the last document used few of
// them (a long document before many short ones would otherwise cost each
// of them the clearing of its table).
func (t *idTable) reset() {
	if len(t.slots) > minIDSlots && 8*t.n < len(t.slots) {
		*t = idTable{}
		return
	}
	clear(t.slots)
	t.n = 0
}

// features are what the scorer compares of one side of a paragraph pair,
// as dense ids.
type features struct {
	chars int // letters and digits, not spaces or punctuation

	// English side: sorted unique ids.
	lexSet, nameSet, wordSet []int32

	// Korean side: per word (or Latin token) the ids that would match it.
	lexTokens  [][]int32
	lexUnion   []int32 // every translation id of the paragraph
	nameTokens [][]int32
	latin      []int32
	// Korean side: every prefix of two syllables or more of its Hangul
	// words ("계가라고" gives 계가, 계가라, 계가라고), for the Hangul the
	// English quotes.
	hangulPrefixes []int32

	// English side: Hangul words quoted in the English ("called 계가").
	hangul []int32

	// Both sides: unique number ids and their weights.
	numbers []int32
	numW    []float64
}

// hash returns the key of a word (FNV-1a).
func hash(s string) uint64 { return fnv1a.String(s) }

// hashLower returns the key of a word lower-cased, hash(strings.ToLower(w)),
// lower-casing ASCII as it hashes instead of copying the word.
func hashLower(w string) uint64 {
	h := fnv1a.Offset
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return hash(strings.ToLower(w))
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = fnv1a.AddByte(h, c)
	}
	return h
}

// hashHangul returns the key of a Hangul word, kept apart from the Latin
// words' keys by a NUL before it: hash("\x00" + w), without building the
// string.
func hashHangul(w string) uint64 { return fnv1a.Add(fnv1a.AddByte(fnv1a.Offset, 0), w) }

// countChars counts the letters and digits of s. ASCII and Hangul
// syllables, nearly all of a news text, are told by their bytes
// (hangul.DecodeSyllable); other runes are decoded and asked about in
// package unicode.
func countChars(s string) int {
	n := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if l := c | 0x20; l >= 'a' && l <= 'z' || c >= '0' && c <= '9' {
				n++
			}
			i++
			continue
		}
		if _, ok := hangul.DecodeSyllable(s[i:]); ok {
			n++
			i += 3
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
		}
		i += size
	}
	return n
}

func uniq(ids []int32) []int32 {
	slices.Sort(ids)
	return slices.Compact(ids)
}

func (f *features) addNumbers(v *vocab, ns []cognate.Number) {
	// A paragraph has few numbers: a scan finds the ones seen before more
	// cheaply than a set, which only a long list needs.
	var seen map[int32]bool
	if len(ns) > maxNumberScan {
		seen = map[int32]bool{}
	}
	for _, n := range ns {
		id := v.id(evNum, n.Key())
		if seen != nil && seen[id] || seen == nil && slices.Contains(f.numbers, id) {
			continue
		}
		if seen != nil {
			seen[id] = true
		}
		f.numbers = append(f.numbers, id)
		f.numW = append(f.numW, n.Weight())
	}
}

// maxNumberScan is the most numbers addNumbers dedupes by scanning.
const maxNumberScan = 32

// maxFeatureText is how much of a paragraph its features are taken from.
// News paragraphs are far shorter; the cap keeps a pathological input (a
// whole book on one line) from costing more than it can tell.
const maxFeatureText = 64 << 10

func capText(s string) string {
	if len(s) <= maxFeatureText {
		return s
	}
	cut := maxFeatureText
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut]
}

// englishFeatures extracts the features of English text.
func englishFeatures(text string, lex *lexicon.Lexicon, v *vocab) *features {
	f := &features{chars: countChars(text)}
	text = capText(text)
	b := &v.buf
	b.words, b.lexs, b.names = b.words[:0], b.lexs[:0], b.names[:0]
	for w := range textWords(text, true) {
		ew, ok := v.enWords[w]
		if !ok {
			ew = englishWord(w, lex, v)
			v.enWords[w] = ew
		}
		if ew.word >= 0 {
			b.words = append(b.words, ew.word)
		}
		if ew.lex >= 0 {
			b.lexs = append(b.lexs, ew.lex)
		}
	}
	if strings.IndexFunc(text, hangul.IsSyllable) >= 0 {
		for w := range strings.FieldsSeq(text) {
			if w = strings.TrimFunc(w, notHangulSyllable); w != "" && strings.IndexFunc(w, notHangulSyllable) < 0 {
				f.hangul = append(f.hangul, v.id(evWord, hashHangul(w)))
			}
		}
	}
	// Hyphenated and dotted words also count whole ("u.s.", "jong-un").
	for w := range cognate.LatinTokens(text) {
		b.words = append(b.words, v.id(evWord, hashLower(w)))
	}
	for _, k := range cognate.EnglishNameKeys(text) {
		b.names = append(b.names, v.id(evName, k))
	}
	f.lexSet, f.wordSet, f.nameSet = v.set(evLex, b.lexs), v.set(evWord, b.words), v.set(evName, b.names)
	f.addNumbers(v, cognate.EnglishNumbers(text))
	return f
}

// englishWord makes the ids of an English word.
func englishWord(w string, lex *lexicon.Lexicon, v *vocab) enWord {
	ew := enWord{word: -1, lex: -1}
	if c, d := w[0], w[len(w)-1]; c == '\'' || c >= utf8.RuneSelf || d == '\'' || d >= utf8.RuneSelf {
		// An apostrophe at either end: the rest of the word.
		w = strings.Trim(w, "'’")
	}
	lw := strings.ToLower(w)
	if lw == "" {
		return ew
	}
	ew.word = v.id(evWord, hash(lw))
	if id, ok := lex.ID(lw); ok {
		ew.lex = v.id(evLex, uint64(id))
	}
	return ew
}

// notEnglishWordRune separates the words of English text: anything but
// letters, digits and apostrophes.
func notEnglishWordRune(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’'
}

// textWords yields the words of a text, telling ASCII by its bytes and
// decoding only the runes that may separate words. English words
// (english true) are what strings.FieldsFuncSeq(s, notEnglishWordRune)
// yields, runs of letters, digits and apostrophes. Korean words are what
// strings.FieldsSeq yields, runs of runes that are not white space, found
// without decoding most bytes (package space: Hangul text is nearly all
// bytes that start no white space).
func textWords(s string, english bool) iter.Seq[string] {
	return func(yield func(string) bool) {
		start := -1
		for i := 0; i < len(s); {
			c, size, sep := s[i], 1, false
			switch {
			case !english:
				switch space.Class(c) {
				case space.ASCII:
					sep = true
				case space.MayStart:
					sep, size = space.Decode(s[i:])
				}
			case c < utf8.RuneSelf:
				l := c | 0x20
				sep = !(l >= 'a' && l <= 'z' || c >= '0' && c <= '9' || c == '\'')
			default:
				var r rune
				r, size = utf8.DecodeRuneInString(s[i:])
				sep = notEnglishWordRune(r)
			}
			if sep {
				if start >= 0 {
					if !yield(s[start:i]) {
						return
					}
					start = -1
				}
			} else if start < 0 {
				start = i
			}
			i += size
		}
		if start >= 0 {
			yield(s[start:])
		}
	}
}

// koreanFeatures extracts the features of Korean text.
func koreanFeatures(text string, lex *lexicon.Lexicon, v *vocab) *features {
	f := &features{chars: countChars(text)}
	text = capText(text)
	// The ids of all words' tokens go into two flat lists, one per kind,
	// cut into the per-word lists at the end: a slice per word would be
	// an allocation per word.
	b := &v.buf
	b.prefixes, b.names, b.lexs, b.words = b.prefixes[:0], b.names[:0], b.lexs[:0], b.words[:0]
	b.nameEnds, b.lexEnds = b.nameEnds[:0], b.lexEnds[:0]
	for w := range textWords(text, false) {
		kw, ok := v.koWords[w]
		if !ok {
			kw = koreanWord(w, lex, v)
			v.koWords[w] = kw
		}
		ids := v.koIDs[kw.start:]
		b.prefixes = append(b.prefixes, ids[:kw.prefixes]...)
		ids = ids[kw.prefixes:]
		if kw.names > 0 {
			b.names = append(b.names, ids[:kw.names]...)
			b.nameEnds = append(b.nameEnds, len(b.names))
		}
		ids = ids[kw.names:]
		if kw.lexs > 0 {
			b.lexs = append(b.lexs, ids[:kw.lexs]...)
			b.lexEnds = append(b.lexEnds, len(b.lexs))
		}
	}
	f.nameTokens = cutTokens(v.keep(b.names), b.nameEnds)
	f.lexTokens = cutTokens(v.keep(b.lexs), b.lexEnds)
	f.lexUnion = v.set(evLex, b.lexs)
	f.hangulPrefixes = v.set(evWord, b.prefixes)
	for w := range cognate.LatinTokens(text) {
		b.words = append(b.words, v.id(evWord, hashLower(w)))
	}
	f.latin = v.keep(b.words)
	f.addNumbers(v, cognate.KoreanNumbers(text))
	return f
}

// koreanWord makes the ids of a Korean word and records them in v.koIDs:
// the prefixes of two syllables or more of the Hangul run that starts it,
// the name keys of its Hangul (cognate.KoreanNameKeys) and its
// translations.
func koreanWord(w string, lex *lexicon.Lexicon, v *vocab) koWord {
	kw := koWord{start: int32(len(v.koIDs))}
	// The prefixes' keys are hashHangul(w[:i]), each the last one
	// continued by a syllable.
	h := hashHangul("")
	for i := 0; ; i += 3 {
		if _, ok := hangul.DecodeSyllable(w[i:]); !ok {
			break
		}
		h = fnv1a.Add(h, w[i:i+3])
		if i > 0 {
			v.koIDs = append(v.koIDs, v.id(evWord, h))
			kw.prefixes++
		}
	}
	v.nameKeys = cognate.KoreanNameKeys(w, v.nameKeys[:0])
	for _, k := range v.nameKeys {
		v.koIDs = append(v.koIDs, v.id(evName, k))
		kw.names++
	}
	for _, id := range lex.Lookup(w) {
		v.koIDs = append(v.koIDs, v.id(evLex, uint64(id)))
		kw.lexs++
	}
	return kw
}

// cutTokens cuts ids into the lists that end at ends; each list's capacity
// ends with it, so that appending to one never writes into the next.
func cutTokens(ids []int32, ends []int) [][]int32 {
	if len(ends) == 0 {
		return nil
	}
	out := make([][]int32, len(ends))
	start := 0
	for i, e := range ends {
		out[i] = ids[start:e:e]
		start = e
	}
	return out
}

// sideFeatures extracts the features of parallel lists of English and
// Korean texts, names linked across them by linkNames.
func sideFeatures(en, ko []string, lex *lexicon.Lexicon, v *vocab, names *match.Compiler) (ef, kf []*features) {
	n := 0
	for _, t := range en {
		n += len(t)
	}
	for _, t := range ko {
		n += len(t)
	}
	v.presize(n)
	ef = make([]*features, len(en))
	for k, t := range en {
		ef[k] = englishFeatures(t, lex, v)
	}
	kf = make([]*features, len(ko))
	for k, t := range ko {
		kf[k] = koreanFeatures(t, lex, v)
	}
	enNames, koNames := linkNames(en, ko, lex, v, names)
	for k := range ef {
		ef[k].nameSet = uniq(append(ef[k].nameSet, enNames[k]...))
	}
	for k := range kf {
		kf[k].nameTokens = append(kf[k].nameTokens, koNames[k]...)
	}
	return ef, kf
}

func notHangulSyllable(r rune) bool { return !hangul.IsSyllable(r) }
