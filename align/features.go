package align

import (
	"github.com/bitext-ko/bitext/align/internal/space"
	"github.com/bitext-ko/bitext/align/internal/wordid"
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
// It also remembers the keys each word gave (words, kept from document to
// document) and the ids they gave in this document, since documents
// repeat their words: a word seen before costs one lookup instead of its
// keys' making and hashing (the ids are the same either way, as a key
// keeps the id it first got in the document).
type vocab struct {
	ids [evKinds]idTable

	words wordCache
	koIDs []int32 // the ids of the Korean words of this document

	nameKeys []uint64 // koreanWord's scratch for a word's name keys

	// batch is how many words are looked up together; 0 means wordBatch.
	// (A field so that tests can vary it.)
	batch int

	// touched is the sum of what touchKorean or touchEnglish read last,
	// so that their reads are not left out by the compiler; it means
	// nothing.
	touched uint32

	// cands numbers linkNames' candidates in a document, kept for the
	// next one (see candTable).
	cands candTables

	// buf holds the id lists of the paragraph being read, which keep and
	// set copy into store, the lists of the document's features: one
	// array of many paragraphs' lists instead of a few of each. The
	// features themselves and their per-word lists are kept alike.
	buf    featureBuf
	store  chunks[int32]
	feats  chunks[features]
	tokens chunks[[]int32]
	// marks[kind][id] == stamp marks the ids set has taken of its list.
	marks [evKinds][]uint32
	stamp uint32
	// fresh[kind] is the first id of the kind the paragraph being read
	// may have given (the table's size when it began, see newParagraph).
	fresh [evKinds]int32
}

// featureBuf holds a paragraph's id lists while they are gathered.
type featureBuf struct {
	// text and hashes hold up to wordBatch words of a paragraph and
	// their tags in the word cache's table, looked up after all their
	// slots are touched (wordid.Index.Touch); entries, the words' entries
	// in the cache, read after all are touched (touchKorean,
	// touchEnglish).
	text                         []string
	hashes                       []uint32
	entries                      []int32
	words, lexs, names, prefixes []int32
	set, fresh                   []int32 // set's own
	nameEnds, lexEnds            []int
}

// chunks hands out the pieces of arrays of size elements (or more, for a
// longer piece), so that many small lists of a document cost one
// allocation between them. A vocabulary lent by a Scratch hands its
// arrays out again to the next document (recycle), cleared, instead of
// leaving them to the collector: nothing of a document's features is
// read once its alignment is made.
type chunks[T any] struct {
	free  []T   // the rest of the current array, len == cap
	used  [][]T // the arrays of size elements handed out since recycle
	spare [][]T // arrays of size elements to hand out again
}

// The sizes of the arrays of a document's id lists, features and per-word
// lists, some 10 to 16 KB.
const (
	storeChunk   = 4096
	featureChunk = 32
	tokenChunk   = 512
)

// maxSpareChunks bounds the arrays a chunks keeps for the next document
// (some 1 MB for the id lists): a long document's are left to the
// collector past it.
const maxSpareChunks = 64

// take returns n zero elements, capped at n so that appending to them
// copies them, from an array of size elements or more.
func (c *chunks[T]) take(n, size int) []T {
	if len(c.free) < n {
		switch {
		case n > size:
			c.free = make([]T, n)
		case len(c.spare) > 0:
			c.free = c.spare[len(c.spare)-1]
			c.spare = c.spare[:len(c.spare)-1]
			c.used = append(c.used, c.free)
		default:
			c.free = make([]T, size)
			if len(c.used) < maxSpareChunks {
				c.used = append(c.used, c.free)
			}
		}
	}
	out := c.free[:n:n]
	c.free = c.free[n:]
	return out
}

// recycle makes every array handed out so far spare, cleared (so that
// they hold nothing of the last document, and what they pointed to, the
// arrays past maxSpareChunks included, is the collector's), for a
// document that follows one whose pieces are no longer read.
func (c *chunks[T]) recycle() {
	for _, a := range c.used {
		clear(a)
	}
	c.spare = append(c.spare, c.used...)
	clear(c.used)
	c.used, c.free = c.used[:0], nil
}

// keep returns a copy of ids in the document's store, capped at its
// length so that appending to it copies it; nil for none.
func (v *vocab) keep(ids []int32) []int32 {
	if len(ids) == 0 {
		return nil
	}
	out := v.store.take(len(ids), storeChunk)
	copy(out, ids)
	return out
}

// newParagraph notes where each kind's ids given by the paragraph about
// to be read start, for set.
func (v *vocab) newParagraph() {
	for k := range v.fresh {
		v.fresh[k] = int32(v.size(k))
	}
}

// set returns the ids of one kind in ids, each once and in increasing
// order (what uniq gives), kept in the document's store. The duplicates
// are dropped before sorting, by marking the ids seen. The ids the
// paragraph gave (from v.fresh[kind] on) come in the order they were
// given, which is increasing: only the others need sorting, and they all
// come before them. (Should the fresh ones not be in order, they are
// sorted too.)
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
	marks, first := v.marks[kind], v.fresh[kind]
	out, fresh := v.buf.set[:0], v.buf.fresh[:0]
	inOrder := true
	for _, id := range ids {
		if marks[id] != v.stamp {
			marks[id] = v.stamp
			if id < first {
				out = append(out, id)
			} else {
				inOrder = inOrder && (len(fresh) == 0 || fresh[len(fresh)-1] < id)
				fresh = append(fresh, id)
			}
		}
	}
	slices.Sort(out)
	out = append(out, fresh...)
	if !inOrder {
		slices.Sort(out[len(out)-len(fresh):])
	}
	v.buf.set, v.buf.fresh = out, fresh
	return v.keep(out)
}

// wordCache holds the keys words gave, which depend on the word and the
// lexicon only, from document to document (corpus mode keeps one per
// worker, in its Scratch), and the ids they gave in the current document.
// It is emptied when the lexicon changes, and at the start of a document
// when it holds more than maxCachedWords words: it holds at most that
// many plus one document's words. The words are copied, so that it keeps
// no document's text alive.
type wordCache struct {
	lex        *lexicon.Lexicon // the lexicon the keys are of
	lexVersion uint64
	// doc tells the entries whose ids are this document's: theirs is
	// doc, the others' is older. It is never 0.
	doc uint32

	ko      wordid.Index // Korean word → its entry in koWords
	koWords []koWord
	koKeys  []uint64 // the keys of koWords' entries

	en      wordid.Index // English word → its entry in enWords
	enWords []enEntry

	// roomEN and roomKO are the bytes of text the word tables were made for.
	roomEN, roomKO int
	// limit bounds the words of each language kept past a document;
	// 0 means maxCachedWords. (A field so that tests can go past it.)
	limit int
}

// maxCachedWords bounds a wordCache's words of each language, which take
// about 150 bytes each (Korean: two 24-byte slots of a table at most half
// full, its copy, its entry and its keys) and 90 (English): some 5 MB
// and 3 MB at most, plus one document's words. The 77 dev pairs have 12,800 distinct
// Korean words and 6,600 English ones.
const maxCachedWords = 1 << 15

// enEntry is what an English word gives: the key of its word and its
// lexicon id (a word with no letters or digits left gives neither), and
// their ids in document doc.
type enEntry struct {
	key    uint64
	lex    uint32
	hasKey bool
	hasLex bool
	doc    uint32
	ids    enWord
}

// enWord is what an English word gave in a document: its word id and its
// lexicon id, or -1 for none.
type enWord struct {
	word, lex int32
}

// koWord is what a Korean word gives: the keys of its Hangul prefixes,
// its name keys and its translations, in turn, at koKeys[keys:]; and in
// document doc, their ids at vocab.koIDs[ids:].
type koWord struct {
	keys, ids             int32
	prefixes, names, lexs int32
	doc                   uint32
}

func newVocab() *vocab {
	return &vocab{words: wordCache{doc: 1}}
}

// newScratchVocab returns an empty vocabulary for a Scratch, which reads
// many documents: its word cache is made with room for the words of
// scratchBytes of each language, some 50 news articles' (the 77 dev pairs
// have 12,800 distinct Korean words and 6,600 English), instead of
// growing there from the first document's.
func newScratchVocab() *vocab {
	v := newVocab()
	v.words.presize(scratchBytes, scratchBytes)
	return v
}

// scratchBytes is the text a Scratch's word cache is first made for.
const scratchBytes = 128 << 10

// clear empties c, keeping its storage. (Its word tables are made by presize or
// useLexicon.)
func (c *wordCache) clear() {
	c.ko.Clear()
	c.en.Clear()
	c.koWords, c.koKeys, c.enWords = c.koWords[:0], c.koKeys[:0], c.enWords[:0]
	c.doc = 1
}

// nextDoc starts a document: the entries' ids become stale. Past its
// bound, c starts afresh with new storage at its first size, so that one
// very large document does not leave its tables' size behind.
func (c *wordCache) nextDoc() {
	limit := c.limit
	if limit == 0 {
		limit = maxCachedWords
	}
	if c.ko.Len() > limit || c.en.Len() > limit {
		c.presize(min(c.roomEN, scratchBytes), min(c.roomKO, scratchBytes))
		c.doc = 1
		return
	}
	if c.doc++; c.doc == 0 {
		c.clear()
	}
}

// useLexicon empties c unless its keys are those of lex as it is.
func (c *wordCache) useLexicon(lex *lexicon.Lexicon) {
	if !c.ko.Made() {
		c.presize(0, 0)
	}
	if c.lex != lex || c.lexVersion != lex.Version() {
		c.clear()
		c.lex, c.lexVersion = lex, lex.Version()
	}
}

// reset empties v for the next document, keeping its storage and its
// words' keys.
func (v *vocab) reset() {
	for i := range v.ids {
		v.ids[i].reset()
	}
	v.words.nextDoc()
	v.koIDs = v.koIDs[:0]
	// The last document's features are no longer read: their arrays
	// serve this one.
	v.store.recycle()
	v.feats.recycle()
	v.tokens.recycle()
}

// keyRoom estimates how many keys of kind k a document of size bytes of
// text (both sides) gives. A document repeats its words more the longer
// it is, so the first denseBytes give keys at the rate of a news article
// (the 77 dev pairs give a translation id every 12.8 bytes on average, a
// name key every 5.6, a word every 8.2), and the rest at the rate of the
// 1,000-line wire pair (292 KB: 3,900 translation ids, 18,500 name keys,
// 19,100 words and 214 numbers). An estimate too low costs the table's
// growing, one too high its size.
func keyRoom(k, bytes int) int {
	var dense, sparse int // bytes per key
	switch k {
	case evLex:
		dense, sparse = 12, 64
	case evName:
		dense, sparse = 5, 16
	case evWord:
		dense, sparse = 8, 16
	default: // evNum
		dense, sparse = 1024, 1024
	}
	return min(bytes, denseBytes)/dense + max(bytes-denseBytes, 0)/sparse
}

// denseBytes is how much of a document keyRoom counts at an article's
// rate of keys.
const denseBytes = 32 << 10

// bytesPerENWord and bytesPerKOWord are about how many bytes of a
// document's text give one distinct word: the wire pair's 135 KB of
// English have 5,500, its 160 KB of Korean 9,100. Its Korean words have
// 88,500 keys (and ids), 5 for every 8 bytes.
const bytesPerENWord, bytesPerKOWord = 24, 16

// bytesPerENWordText and bytesPerKOWordText are about how many bytes a
// distinct word takes (the dev pairs' distinct English words average 6.6
// bytes, their Korean ones 9.9).
const bytesPerENWordText, bytesPerKOWordText = 8, 10

// koKeyRoom estimates the keys of the distinct words of koBytes of Korean.
func koKeyRoom(koBytes int) int { return koBytes / 8 * 5 }

// presize sizes the id tables of an empty vocabulary for a document of
// enBytes of English and koBytes of Korean, and, while its word cache is
// empty (its first document), the cache and the list of the Korean words'
// ids, unless they have room enough already (later documents find them
// grown).
func (v *vocab) presize(enBytes, koBytes int) {
	for k := range v.ids {
		v.ids[k].presize(keyRoom(k, enBytes+koBytes))
	}
	if c := &v.words; c.ko.Len()+c.en.Len() == 0 && (!c.ko.Made() || enBytes > c.roomEN || koBytes > c.roomKO) {
		c.presize(max(enBytes, c.roomEN), max(koBytes, c.roomKO))
		if n := koKeyRoom(koBytes); cap(v.koIDs) < n {
			v.koIDs = make([]int32, 0, n)
		}
	}
}

// presize makes c's word tables and lists with room for the words of enBytes of
// English and koBytes of Korean.
func (c *wordCache) presize(enBytes, koBytes int) {
	c.roomEN, c.roomKO = enBytes, koBytes
	en, ko := enBytes/bytesPerENWord, koBytes/bytesPerKOWord
	c.en, c.ko = wordid.New(en, bytesPerENWordText), wordid.New(ko, bytesPerKOWordText)
	c.enWords, c.koWords = make([]enEntry, 0, en), make([]koWord, 0, ko)
	c.koKeys = make([]uint64, 0, koKeyRoom(koBytes))
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
	// stale marks slots that still hold the keys of the last document
	// (reset leaves them for presize, which may make a table of another
	// size instead of clearing these).
	stale bool
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
	if t.stale {
		clear(t.slots)
		t.stale = false
	}
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
// pair some 6% of its time in re-inserting keys). The last document's
// table is cleared and kept if it is the size wanted or up to four times
// larger, so that a corpus worker's documents, which differ in size,
// seldom make a new one; a larger one is let go, so that one long
// document does not cost each short one after it the clearing of its
// table. Ids do not depend on the table's size: they are given in the
// order keys come.
func (t *idTable) presize(keys int) {
	if t.n > 0 {
		return
	}
	size := minIDSlots
	for size < 2*(keys+1) {
		size *= 2
	}
	if size > len(t.slots) || 4*size < len(t.slots) {
		t.slots = make([]idSlot, size)
		t.shift = uint8(64 - bits.TrailingZeros(uint(size)))
		t.stale = false
		return
	}
	if t.stale {
		clear(t.slots)
		t.stale = false
	}
}

// reset empties t for the next document; its slots are cleared by
// presize or the first id, whichever comes first.
func (t *idTable) reset() {
	t.n = 0
	t.stale = len(t.slots) > 0
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
	v.newParagraph()
	f := &v.feats.take(1, featureChunk)[0]
	f.chars = countChars(text)
	text = capText(text)
	b := &v.buf
	b.words, b.lexs, b.names = b.words[:0], b.lexs[:0], b.names[:0]
	v.words.useLexicon(lex)
	for w := range textWords(text, true) {
		b.text, b.hashes = append(b.text, w), append(b.hashes, v.words.en.Hash(w))
		if len(b.text) == v.wordBatch() {
			v.englishWords(lex)
		}
	}
	v.englishWords(lex)
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

// englishEntry returns the number of an English word's entry in the word
// cache (c.enWords), whose hash in the cache's table is h, making the
// entry if the cache does not hold the word.
func (v *vocab) englishEntry(w string, h uint32, lex *lexicon.Lexicon) int32 {
	c := &v.words
	i, added := c.en.IDOf(w, h)
	if added {
		c.enWords = append(c.enWords, englishKeys(w, lex))
	}
	return i
}

// touchEnglish reads the English word cache's entries es, as touchKorean
// reads the Korean ones.
func (v *vocab) touchEnglish(es []int32) {
	var sum uint32
	for _, e := range es {
		sum += v.words.enWords[e].doc
	}
	v.touched = sum
}

// englishWord returns the ids in this document of the English word
// cache's entry i.
func (v *vocab) englishWord(i int32) enWord {
	c := &v.words
	e := &c.enWords[i]
	if e.doc != c.doc {
		e.doc, e.ids = c.doc, enWord{word: -1, lex: -1}
		if e.hasKey {
			e.ids.word = v.id(evWord, e.key)
		}
		if e.hasLex {
			e.ids.lex = v.id(evLex, uint64(e.lex))
		}
	}
	return e.ids
}

// lexID returns lex.ID(w), known, and true when c can tell it without
// asking lex: when it holds w, of lex as it is, and englishKeys took w
// whole (no apostrophe at either end trimmed), its entry has
// lex.ID(strings.ToLower(w)), which is lex.ID(w) since the lexicon
// lower-cases a word before anything else and lower-casing twice is
// lower-casing once. It returns false when it cannot tell.
func (c *wordCache) lexID(w string, lex *lexicon.Lexicon) (id uint32, known, ok bool) {
	if w == "" || c.lex != lex || c.lexVersion != lex.Version() {
		return 0, false, false
	}
	if f, l := w[0], w[len(w)-1]; f == '\'' || f >= utf8.RuneSelf || l == '\'' || l >= utf8.RuneSelf {
		return 0, false, false
	}
	i, held := c.en.Lookup(w)
	if !held {
		return 0, false, false
	}
	e := &c.enWords[i]
	return e.lex, e.hasLex, true
}

// englishKeys makes the keys of an English word.
func englishKeys(w string, lex *lexicon.Lexicon) enEntry {
	if c, d := w[0], w[len(w)-1]; c == '\'' || c >= utf8.RuneSelf || d == '\'' || d >= utf8.RuneSelf {
		// An apostrophe at either end: the rest of the word.
		w = strings.Trim(w, "'’")
	}
	lw := strings.ToLower(w)
	if lw == "" {
		return enEntry{}
	}
	e := enEntry{key: hash(lw), hasKey: true}
	e.lex, e.hasLex = lex.ID(lw)
	return e
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
	v.newParagraph()
	f := &v.feats.take(1, featureChunk)[0]
	f.chars = countChars(text)
	text = capText(text)
	// The ids of all words' tokens go into two flat lists, one per kind,
	// cut into the per-word lists at the end: a slice per word would be
	// an allocation per word.
	b := &v.buf
	b.prefixes, b.names, b.lexs, b.words = b.prefixes[:0], b.names[:0], b.lexs[:0], b.words[:0]
	b.nameEnds, b.lexEnds = b.nameEnds[:0], b.lexEnds[:0]
	v.words.useLexicon(lex)
	for w := range textWords(text, false) {
		b.text, b.hashes = append(b.text, w), append(b.hashes, v.words.ko.Hash(w))
		if len(b.text) == v.wordBatch() {
			v.koreanWords(lex)
		}
	}
	v.koreanWords(lex)
	f.nameTokens = v.cutTokens(v.keep(b.names), b.nameEnds)
	f.lexTokens = v.cutTokens(v.keep(b.lexs), b.lexEnds)
	f.lexUnion = v.set(evLex, b.lexs)
	f.hangulPrefixes = v.set(evWord, b.prefixes)
	for w := range cognate.LatinTokens(text) {
		b.words = append(b.words, v.id(evWord, hashLower(w)))
	}
	f.latin = v.keep(b.words)
	f.addNumbers(v, cognate.KoreanNumbers(text))
	return f
}

// wordBatch is how many words of a paragraph are looked up together, their
// slots in the word cache's table and their entries read first (Touch,
// touchKorean, touchEnglish): enough for the processor to wait on memory
// for many at once, and few enough that the buffers stay small whatever
// a paragraph's length.
const wordBatch = 128

// wordBatch returns how many words v looks up together.
func (v *vocab) wordBatch() int {
	if v.batch > 0 {
		return v.batch
	}
	return wordBatch
}

// englishWords looks up the English words gathered in v.buf.text (their
// tags in v.buf.hashes) and appends their ids to v.buf.words and
// v.buf.lexs, in order; it empties text and hashes.
func (v *vocab) englishWords(lex *lexicon.Lexicon) {
	b := &v.buf
	v.words.en.Touch(b.hashes)
	b.entries = b.entries[:0]
	for k, w := range b.text {
		b.entries = append(b.entries, v.englishEntry(w, b.hashes[k], lex))
	}
	v.touchEnglish(b.entries)
	for _, e := range b.entries {
		ew := v.englishWord(e)
		if ew.word >= 0 {
			b.words = append(b.words, ew.word)
		}
		if ew.lex >= 0 {
			b.lexs = append(b.lexs, ew.lex)
		}
	}
	clear(b.text) // the text is the document's: not kept past it
	b.text, b.hashes = b.text[:0], b.hashes[:0]
}

// koreanWords looks up the Korean words gathered in v.buf.text (their
// tags in v.buf.hashes) and appends their ids to v.buf's prefixes, names
// and lexs (with the ends of each word's names and translations), in
// order; it empties text and hashes.
func (v *vocab) koreanWords(lex *lexicon.Lexicon) {
	b := &v.buf
	v.words.ko.Touch(b.hashes)
	b.entries = b.entries[:0]
	for k, w := range b.text {
		b.entries = append(b.entries, v.koreanEntry(w, b.hashes[k], lex))
	}
	v.touchKorean(b.entries)
	for _, e := range b.entries {
		kw := v.koreanWord(e)
		ids := v.koIDs[kw.ids:]
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
	clear(b.text) // the text is the document's: not kept past it
	b.text, b.hashes = b.text[:0], b.hashes[:0]
}

// koreanEntry returns the number of a Korean word's entry in the word
// cache (c.koWords), whose hash in the cache's table is h, making the
// entry if the cache does not hold the word.
func (v *vocab) koreanEntry(w string, h uint32, lex *lexicon.Lexicon) int32 {
	c := &v.words
	i, added := c.ko.IDOf(w, h)
	if added {
		c.koWords = append(c.koWords, v.koreanKeys(w, lex))
	}
	return i
}

// touchKorean reads the Korean word cache's entries es, as
// wordid.Index.Touch reads slots: a paragraph's entries are then waited
// for together.
func (v *vocab) touchKorean(es []int32) {
	var sum uint32
	for _, e := range es {
		sum += v.words.koWords[e].doc
	}
	v.touched = sum
}

// koreanWord returns the Korean word cache's entry e, its ids in this
// document at v.koIDs[kw.ids:].
func (v *vocab) koreanWord(e int32) *koWord {
	c := &v.words
	kw := &c.koWords[e]
	if kw.doc != c.doc {
		kw.doc, kw.ids = c.doc, int32(len(v.koIDs))
		keys := c.koKeys[kw.keys:]
		for _, k := range keys[:kw.prefixes] {
			v.koIDs = append(v.koIDs, v.id(evWord, k))
		}
		keys = keys[kw.prefixes:]
		for _, k := range keys[:kw.names] {
			v.koIDs = append(v.koIDs, v.id(evName, k))
		}
		for _, k := range keys[kw.names : kw.names+kw.lexs] {
			v.koIDs = append(v.koIDs, v.id(evLex, k))
		}
	}
	return kw
}

// koreanKeys makes the keys of a Korean word and records them in
// v.words.koKeys: the prefixes of two syllables or more of the Hangul run
// that starts it, the name keys of its Hangul (cognate.KoreanNameKeys)
// and its translations.
func (v *vocab) koreanKeys(w string, lex *lexicon.Lexicon) koWord {
	c := &v.words
	kw := koWord{keys: int32(len(c.koKeys))}
	// The prefixes' keys are hashHangul(w[:i]), each the last one
	// continued by a syllable.
	h := hashHangul("")
	for i := 0; ; i += 3 {
		if _, ok := hangul.DecodeSyllable(w[i:]); !ok {
			break
		}
		h = fnv1a.Add(h, w[i:i+3])
		if i > 0 {
			c.koKeys = append(c.koKeys, h)
			kw.prefixes++
		}
	}
	v.nameKeys = cognate.KoreanNameKeys(w, v.nameKeys[:0])
	c.koKeys = append(c.koKeys, v.nameKeys...)
	kw.names = int32(len(v.nameKeys))
	for _, id := range lex.Lookup(w) {
		c.koKeys = append(c.koKeys, uint64(id))
		kw.lexs++
	}
	return kw
}

// cutTokens cuts ids into the lists that end at ends; each list's capacity
// ends with it, so that appending to one never writes into the next.
func (v *vocab) cutTokens(ids []int32, ends []int) [][]int32 {
	if len(ends) == 0 {
		return nil
	}
	out := v.tokens.take(len(ends), tokenChunk)
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
	enBytes, koBytes := 0, 0
	for _, t := range en {
		enBytes += len(t)
	}
	for _, t := range ko {
		koBytes += len(t)
	}
	v.presize(enBytes, koBytes)
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
