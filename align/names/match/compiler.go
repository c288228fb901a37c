package match

import (
	"github.com/bitext-ko/bitext/align/internal/wordid"
	"math"
	"strings"
	"sync"
)

// Compiler compiles Hangul names once: a document names the same people
// and places again and again, and the stages that read it (the aligner's
// name evidence, the glossary) ask for the same names. It also reads each
// Korean word into its candidates once (AppendCandidates), and, kept from
// document to document, each English name BestAtLeastEach is asked about.
// The zero value is ready to use; a Compiler is safe for concurrent use.
// It keeps every name it has compiled and every word it has read: use one
// per document, or one per worker that Trims it between documents (a
// compiled name depends on nothing but its text, and a word's candidates
// on nothing but the word and the word after it, so what a Compiler kept
// from an earlier document is what a fresh one would make), not one per
// process.
type Compiler struct {
	// A table under a mutex rather than a sync.Map: most look-ups are of
	// names not yet compiled (the aligner's index compiles each Hangul
	// name of a document once), where sync.Map costs the most.
	mu    sync.Mutex
	names nameTable
	// english holds the English names BestAtLeastEach compiled, under
	// mu, once Trim was called (a Compiler kept from document to
	// document): documents share their names, one English query in two
	// of the dev pairs' has come in an earlier one; nil keeps none (a
	// document asks for each of its English names once). Trim keeps at
	// most max/hangulPerEnglish of them.
	//
	// The glossary keeps English names of its own (tm/glossary's
	// Scratch.names, with a bound of its own), and a name that both the
	// aligner and the glossary read is compiled once for each: the
	// glossary compiles a name with its abbreviations expanded, keeps
	// with it what it alone needs (its Probe, translations and name key),
	// and keeps it in its own Scratch, which a caller may keep without
	// keeping this Compiler. Sharing the compiled English would mean the
	// glossary compiling through a Compiler method.
	english map[string]*English
	// The words have their own lock: the aligner reads them while the
	// glossary, on another goroutine, compiles names.
	wordsMu sync.Mutex
	words   wordMemo
}

// Compile is Compile, memoized.
func (c *Compiler) Compile(hangulName string) *Name {
	if n, ok := c.compiled(hangulName); ok {
		return n
	}
	return c.compile(hangulName)
}

// nameTable holds compiled names by their Hangul: the names numbered in
// a wordid.Index (a look-up reads one slot, which holds a name of up to
// five syllables itself, where a map read its bucket and then the key's
// bytes elsewhere) and the Names by number.
type nameTable struct {
	ids   wordid.Index
	names []*Name
}

// get returns the Name t holds for h, if it holds one.
func (t *nameTable) get(h string) (*Name, bool) {
	id, ok := t.ids.Lookup(h)
	if !ok {
		return nil, false
	}
	return t.names[id], true
}

// put keeps n as the Name of h, unless t holds one already; it returns
// the one t holds.
func (t *nameTable) put(h string, n *Name) *Name {
	id, added := t.ids.ID(h)
	if !added {
		return t.names[id]
	}
	t.names = append(t.names, n)
	return n
}

// reset empties t, with room for room names.
func (t *nameTable) reset(room int) {
	t.ids, t.names = wordid.New(room, hangulNameBytes), make([]*Name, 0, room)
}

// hangulNameBytes is about how many bytes a Hangul name candidate takes
// (three syllables).
const hangulNameBytes = 9

// Compiled returns the Name c holds for hangulName, if c compiled it,
// without compiling it: for a caller that compiles names c should not
// keep (see tm/glossary).
func (c *Compiler) Compiled(hangulName string) (*Name, bool) { return c.compiled(hangulName) }

// compiled returns the Name c holds for hangulName, if it holds one.
func (c *Compiler) compiled(hangulName string) (*Name, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.names.get(hangulName)
}

// touchNames reads the slots of hangulNames in c's table of names, a
// batch at a time (wordid.Index.Touch), so that the look-ups that follow
// find them in the processor's caches instead of waiting on memory for
// each in turn. It changes nothing else.
func (c *Compiler) touchNames(hangulNames []string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.names.ids.Made() {
		return
	}
	var tags [touchBatch]uint32
	for len(hangulNames) > 0 {
		n := min(len(hangulNames), len(tags))
		for i, h := range hangulNames[:n] {
			tags[i] = c.names.ids.Hash(h)
		}
		c.names.ids.Touch(tags[:n])
		hangulNames = hangulNames[n:]
	}
}

// compile compiles a name that c did not hold, and keeps it.
func (c *Compiler) compile(hangulName string) *Name {
	// Compiled outside the lock; if another goroutine compiled the name
	// meanwhile, its Name is the one kept. The name is copied: a Name
	// holds its text, and a caller's string is often a slice of a whole
	// document, which a Compiler kept from document to document would
	// otherwise keep alive.
	hangulName = strings.Clone(hangulName)
	n := Compile(hangulName)
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.names.put(hangulName, n)
}

// AppendCandidates is AppendCandidates, memoized when c is kept from
// document to document (Trim was called): a word read before, in this
// document or an earlier one, gives the candidates it gave then, without
// being taken apart again. A Compiler for one document keeps no words: a
// news article repeats one word in ten, too few to pay for keeping them.
func (c *Compiler) AppendCandidates(dst []string, koreanText string) []string {
	c.wordsMu.Lock()
	defer c.wordsMu.Unlock()
	memo := &c.words
	if !memo.ids.Made() {
		memo = nil
	}
	return appendCandidates(dst, koreanText, memo)
}

// NewIndex is NewIndex with the names compiled by c.
func (c *Compiler) NewIndex(hangulNames []string) *Index {
	c.makeRoom(len(hangulNames))
	return newIndex(hangulNames, c.Compile, nil)
}

// makeRoom makes c's table of names, with room for n, if it has none: an
// index is most often the first to compile names, and room for them
// spares the table's growing.
func (c *Compiler) makeRoom(n int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.names.ids.Made() {
		c.names.reset(n)
	}
}

// BestAtLeastEach returns, for each English name, what
// c.NewIndex(hangulNames).BestAtLeast(name, min) returns: the match, or
// one with ID -1 when there is none. Each English name is compiled once,
// and, once c is Trimmed (kept from document to document), kept for the
// documents that follow. The index it searches fills only the blocks that
// some English name may search: a Hangul name that can sit in none of
// them (most of a document's, the words that pass for names) is not
// compiled at all unless c compiled it before, and the index holds nil
// for it.
func (c *Compiler) BestAtLeastEach(hangulNames, englishNames []string, min float64) []Match {
	out := make([]Match, len(englishNames))
	es := make([]*English, len(englishNames))
	for i, name := range englishNames {
		es[i] = c.compileEnglish(name)
	}
	c.makeRoom(len(hangulNames))
	c.touchNames(hangulNames)
	want := blocksOf(es)
	// A name compiled before is taken as it is; one that is not is
	// compiled only if it may sit in a block searched.
	compile := func(h string) *Name {
		if n, ok := c.compiled(h); ok {
			return n
		}
		if !want.mayReach(h) {
			return nil
		}
		return c.compile(h)
	}
	ix := newIndex(hangulNames, compile, want)
	for i, e := range es {
		m, ok := ix.bestAtLeastOf(e, min)
		if !ok {
			m = Match{ID: -1}
		}
		out[i] = m
	}
	return out
}

// compileEnglish is CompileEnglish, memoized when c keeps English names.
func (c *Compiler) compileEnglish(englishName string) *English {
	c.mu.Lock()
	e, ok := c.english[englishName]
	keep := c.english != nil
	c.mu.Unlock()
	if ok {
		return e
	}
	if !keep {
		return CompileEnglish(englishName)
	}
	// Copied, as Compile copies a Hangul name: an English holds its text
	// and parts of it.
	englishName = strings.Clone(englishName)
	e = CompileEnglish(englishName)
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.english != nil {
		c.english[englishName] = e
	}
	return e
}

// Trim forgets every name if c holds more than max, every English name
// if it holds more than max/hangulPerEnglish, and every word read if it
// holds more than wordsPerName × max: a worker that keeps one Compiler
// from document to document calls it before each, so that the names and
// words common to many documents are compiled and read once while its
// memory stays bounded (a bound below 0 counts as 0). The tables it
// makes afresh have room for as many as are kept (up to maxRoom), so that
// they need not grow while the names and words of the next documents
// come.
func (c *Compiler) Trim(max int) {
	if max < 0 {
		max = 0
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.names.ids.Made() || c.names.ids.Len() > max {
		c.names.reset(min(max, maxRoom))
	}
	if maxEnglish := max / hangulPerEnglish; c.english == nil || len(c.english) > maxEnglish {
		c.english = make(map[string]*English, min(maxEnglish, maxRoom))
	}
	c.wordsMu.Lock()
	defer c.wordsMu.Unlock()
	maxWords := math.MaxInt // wordsPerName × max, saturated
	if max < math.MaxInt/wordsPerName {
		maxWords = wordsPerName * max
	}
	if !c.words.ids.Made() || c.words.len() > maxWords {
		c.words.reset(min(maxWords, maxRoom))
	}
}

// maxRoom bounds the room Trim makes in a map: a bound far above what
// documents hold need not be met from the start.
const maxRoom = 1 << 14

// hangulPerEnglish is how many Hangul names a Compiler may keep compiled
// for each English name it keeps: Trim(max) keeps at most max/4 English
// names, 1,024 for align.Scratch's 4,096 Hangul names. An English name
// kept takes some 1 to 1.5 KB (its compiledEnglish, 900 bytes, and eight
// bytes for each letter of its spellings prepared for matching, one to
// seven of them), about twice a Hangul name, so that the English names
// kept take at most some 1 to 1.5 MB, half as much as the Hangul ones;
// and a document has about six Hangul names for each English one.
const hangulPerEnglish = 4

// wordsPerName is how many words read a Compiler keeps for each name it
// may keep compiled (see Trim): 16,384 for align.Scratch's 4,096 names. A
// word kept takes about 120 bytes: its entry (11 bytes), its copy and its
// end in the memo's wordid.Index (some 14), and its share of the Index's
// 24-byte slots, which Trim makes room for at once (at most half full:
// four slots a word at the bound). That is a fifth of a compiled name, or
// about 2 MB for align.Scratch's bound; and documents share their words
// far more than their names: the 77 dev pairs have 23,157 words, 11,419
// of them distinct.
const wordsPerName = 4
