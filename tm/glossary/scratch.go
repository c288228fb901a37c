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
type Scratch struct {
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
// next document starts afresh. An entry takes about 150 bytes with its
// share of the map, so a worker keeps about 2.5 MB of them, and at most
// the words of one document more. The 77 articles of the development
// corpus have about 11,000 distinct words: a bound of 4,096 started
// afresh three times over them, and found a word of an article in an
// earlier one a quarter of the time rather than 40%.
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

// wordEntry is what a Scratch knows of one Korean word.
type wordEntry struct {
	word  string    // the word, a copy: an entry keeps no document's text
	facts wordFacts // id unset
	key   match.HangulKey
	keyed bool // key is found
	// doc and id: the entry is word id of document doc's koreanVocab.
	doc, id int
}

// NewScratch returns an empty Scratch.
func NewScratch() *Scratch { return &Scratch{} }

// startDocument makes s ready for the next document's words and names,
// starting afresh with each when it holds more than maxScratchWords words
// or more than maxScratchNames (s.maxNames) names.
func (s *Scratch) startDocument() {
	if s.words == nil || len(s.words) > maxScratchWords {
		s.words = make(map[string]*wordEntry, maxScratchWords)
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
			s.free = make([]wordEntry, entryChunk)
		}
		e, s.free = &s.free[0], s.free[1:]
		c := strings.Clone(w)
		e.word, e.facts = c, newWordFacts(c)
		s.words[c] = e
	}
	return e
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
