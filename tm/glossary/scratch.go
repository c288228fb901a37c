package glossary

import (
	"strings"

	"github.com/bitext-ko/bitext/align/names/english"
	"github.com/bitext-ko/bitext/align/names/match"
)

// Scratch keeps, from one document to the next, what the glossary finds
// of a Korean word whatever the document it is in: its wordFacts and its
// match.HangulKey; and of an English name: its compiled forms, its
// translations and its namekey.Key (englishName). Corpus mode keeps one per worker
// (pair.Worker, through PrepareWith), as it keeps an align.Scratch: about
// 40% of the distinct Korean words of an article of the development
// corpus were in an earlier one (of its English names, fewer: a corpus
// that comes back to the same people and places gains more). Every
// entry depends on the word or name alone, so no output depends on which
// documents came before. A Scratch must not be used by two documents at
// once: PrepareWith writes it, Extract reads it (through the Prepared),
// keeps the English names it compiles when it reads the document on one
// goroutine (not the names of a long one it splits over several), and
// then keeps the keys its beads found.
//
// It also lends its storage to each document: the arrays and maps
// PrepareWith fills (prepBuffers, at most about 3 MB), its entries'
// chunks and words, and the English name finder (english.Finder, which
// holds no text once it has read a document, and at most about 4 MB of
// tokens and as many names and words). A Prepared reads that storage, so
// it is dead once the next PrepareWith on the same Scratch starts: a
// caller must let Extract read one document before preparing the next,
// as pair.Worker does. Its bounds add up to some 25 MB a worker.
type Scratch struct {
	// prep holds what PrepareWith made of the last document, which the
	// next one clears and fills again.
	prep prepBuffers
	// chunks holds the arrays of entryChunk entries that free is made of:
	// used of them since words last started afresh, when they were
	// cleared to be used again (at most maxKeptChunks of them are kept).
	chunks [][]wordEntry
	used   int
	// text holds the entries' words (copyWord), one after another; a
	// string of it is never changed, as strings.Builder writes only past
	// its end.
	text strings.Builder
	// maxWords bounds words; 0 means maxScratchWords. (A field so that
	// tests can go past it.)
	maxWords int

	words map[string]*wordEntry
	// names holds what Extract found of English names, when it read a
	// document on one goroutine (see englishName).
	names map[string]*englishName
	// maxNames bounds names; 0 means maxScratchNames. (A field so that
	// tests can go past it.)
	maxNames int
	doc      int         // the number of the document being read, for wordEntry.doc
	free     []wordEntry // where the next entries are made, a chunk at a time
	// finder finds the English names of each document (paragraphMentions)
	// with the storage of the last (english.Finder, which bounds it).
	finder english.Finder
}

// maxScratchWords bounds the Korean words a Scratch keeps: past it, the
// next document starts afresh. An entry takes about 160 bytes with its
// share of the map, so a worker keeps about 2.6 MB of them, and at most
// the words of one document more. The 77 articles of the development
// corpus have about 11,000 distinct words: a bound of 4,096 started
// afresh three times over them, and found a word of an article in an
// earlier one a quarter of the time rather than 40%. The stems that
// koreanVocab.stems finds of them take entries too (some 2,600 more
// that are no word of those articles).
const maxScratchWords = 16384

// maxScratchNames bounds the English names a Scratch keeps: past it, the
// next document starts afresh. A name takes about 3.5 KB (most of it its
// match.English), so a worker keeps about 7 MB of them, and at most the
// names of one document more. An article of the development corpus
// compiles about 20 English names: the 77 articles fit.
//
// These are not the English names that the aligner's match.Compiler
// keeps (align.Scratch's, at most 1,024 of them, see Compiler.english),
// and a name both read is compiled once for each: the glossary compiles
// a name with its abbreviations expanded, keeps with it what only the
// glossary needs (its Probe, translations and name key), and keeps it
// whether or not the caller keeps a Compiler from document to document.
const maxScratchNames = 2048

// entryChunk is how many entries are made at once.
const entryChunk = 256

// maxKeptChunks bounds the arrays of entries a Scratch keeps to use again
// when it starts afresh: those of maxScratchWords entries and a document
// of some 2,000 more (about 2.2 MB). A long document's others are left
// to the collector.
const maxKeptChunks = maxScratchWords/entryChunk + 8

// textChunk is the size of the arrays where a Scratch copies its entries'
// words: those of some 400 entries (the distinct Korean words of the
// development corpus take 9.9 bytes on average).
const textChunk = 4096

// wordEntry is what a Scratch knows of one Korean word.
type wordEntry struct {
	word  string    // the word, a copy: an entry keeps no document's text
	facts wordFacts // id unset
	key   match.HangulKey
	keyed bool // key is found
	// doc and id: the entry is word id of document doc's koreanVocab
	// (Scratch.doc, of which the low 32 bits are enough).
	doc, id int32
	// stem is the entry of facts.stem when it is not the word, found
	// when koreanVocab.stems first asks for it (the entry of a word or
	// of a stem alone: its doc says whether the document has the word).
	stem *wordEntry
	// stripped counts the words of document strippedDoc whose stem is
	// this entry's word (koreanVocab.stems).
	strippedDoc, stripped int32
}

// NewScratch returns an empty Scratch.
func NewScratch() *Scratch { return &Scratch{} }

// startDocument makes s ready for the next document's words and names,
// starting afresh with each when it holds more than maxScratchWords
// (s.maxWords) words or more than maxScratchNames (s.maxNames) names.
// Starting afresh with words, it clears their table and entries and
// keeps them for the next words (nothing reads an entry of a document
// once Extract has read it), unless a long document made the table
// twice too large.
func (s *Scratch) startDocument() {
	bound := s.maxWords
	if bound == 0 {
		bound = maxScratchWords
	}
	switch {
	case s.words == nil || len(s.words) > 2*bound:
		s.words = make(map[string]*wordEntry, bound)
		s.clearEntries()
	case len(s.words) > bound:
		clear(s.words)
		s.clearEntries()
	}
	limit := s.maxNames
	if limit == 0 {
		limit = maxScratchNames
	}
	if s.names == nil || len(s.names) > limit {
		s.names = make(map[string]*englishName, limit)
	}
	s.doc++
}

// entry returns the entry of Korean word w, made when s has none.
func (s *Scratch) entry(w string) *wordEntry {
	e := s.words[w]
	if e == nil {
		if len(s.free) == 0 {
			s.newChunk()
		}
		e, s.free = &s.free[0], s.free[1:]
		c := s.copyWord(w)
		e.word, e.facts = c, newWordFacts(c)
		s.words[c] = e
	}
	return e
}

// clearEntries clears the entries made since words last started afresh,
// for the next ones.
func (s *Scratch) clearEntries() {
	for _, c := range s.chunks[:min(s.used, len(s.chunks))] {
		clear(c)
	}
	s.free, s.used = nil, 0
}

// newChunk makes free the next array of entries: a kept one, or a new
// one, kept when s keeps fewer than maxKeptChunks.
func (s *Scratch) newChunk() {
	if s.used < len(s.chunks) {
		s.free = s.chunks[s.used]
	} else {
		s.free = make([]wordEntry, entryChunk)
		if len(s.chunks) < maxKeptChunks {
			s.chunks = append(s.chunks, s.free)
		}
	}
	s.used++
}

// copyWord returns a copy of w in s.text, which starts a new array of
// textChunk bytes when the last has no room left: one allocation for
// many entries' words instead of one for each.
func (s *Scratch) copyWord(w string) string {
	if s.text.Cap()-s.text.Len() < len(w) {
		s.text = strings.Builder{}
		s.text.Grow(max(textChunk, len(w)))
	}
	from := s.text.Len()
	s.text.WriteString(w)
	return s.text.String()[from:]
}

// keepKeys records in the entries of the document's words the keys that
// the docStates of one Extract found for them.
func keepKeys(entries []*wordEntry, states []*docState) {
	if entries == nil {
		return // no Scratch
	}
	for _, d := range states {
		for id, ok := range d.keyed {
			if e := entries[id]; ok && !e.keyed {
				e.key, e.keyed = d.keys[id], true
			}
		}
	}
}

// englishName is what the glossary finds of an English name (or of any
// English text it compiles: a name without its head), each part when
// first asked for. Every part depends on the name alone, so a Scratch
// keeps them from one document to the next.
type englishName struct {
	text            string         // the name, a copy when a Scratch keeps it
	english         *match.English // match.CompileEnglish of the name, abbreviations expanded
	probe           *match.Probe
	translated      []string // translated.Hangul of the name
	translatedFound bool
	key             string // namekey.Key of the name
	keyFound        bool
}

// compile returns the compiled English of the name.
func (n *englishName) compile() *match.English {
	if n.english == nil {
		n.english = match.CompileEnglish(expandAbbreviations(n.text))
	}
	return n.english
}
