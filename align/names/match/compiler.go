package match

import (
	"strings"
	"sync"
)

// Compiler compiles Hangul names once: a document names the same people
// and places again and again, and the stages that read it (the aligner's
// name evidence, the glossary) ask for the same names. The zero value is
// ready to use; a Compiler is safe for concurrent use. It keeps every
// name it has compiled: use one per document, or one per worker that
// Trims it between documents (a compiled Name depends on nothing but its
// text, so a Name compiled for an earlier document is the one a fresh
// Compiler would make), not one per process.
type Compiler struct {
	// A plain map under a mutex rather than a sync.Map: most look-ups
	// are of names not yet compiled (the aligner's index compiles each
	// Hangul name of a document once), where sync.Map costs the most.
	mu    sync.Mutex
	names map[string]*Name
}

// Compile is Compile, memoized.
func (c *Compiler) Compile(hangulName string) *Name {
	c.mu.Lock()
	n, ok := c.names[hangulName]
	c.mu.Unlock()
	if ok {
		return n
	}
	// Compiled outside the lock; if another goroutine compiled the name
	// meanwhile, its Name is the one kept. The name is copied: a Name
	// holds its text, and a caller's string is often a slice of a whole
	// document, which a Compiler kept from document to document would
	// otherwise keep alive.
	hangulName = strings.Clone(hangulName)
	n = Compile(hangulName)
	c.mu.Lock()
	defer c.mu.Unlock()
	if m, ok := c.names[hangulName]; ok {
		return m
	}
	if c.names == nil {
		c.names = map[string]*Name{}
	}
	c.names[hangulName] = n
	return n
}

// NewIndex is NewIndex with the names compiled by c.
func (c *Compiler) NewIndex(hangulNames []string) *Index {
	c.mu.Lock()
	if c.names == nil {
		// The index is most often the first to compile names: room
		// for them spares the map's growing.
		c.names = make(map[string]*Name, len(hangulNames))
	}
	c.mu.Unlock()
	return newIndex(hangulNames, c.Compile, nil)
}

// BestAtLeastEach returns, for each English name, what
// c.NewIndex(hangulNames).BestAtLeast(name, min) returns: the match, or
// one with ID -1 when there is none. Each English name is compiled once,
// and the index it searches fills only the blocks that some English name
// may search: most Hangul names of a document (the words that pass for
// names) are kept out of the index's maps.
func (c *Compiler) BestAtLeastEach(hangulNames, englishNames []string, min float64) []Match {
	out := make([]Match, len(englishNames))
	es := make([]*English, len(englishNames))
	for i, name := range englishNames {
		es[i] = CompileEnglish(name)
	}
	ix := newIndex(hangulNames, c.Compile, blocksOf(es))
	for i, e := range es {
		m, ok := ix.bestAtLeastOf(e, min)
		if !ok {
			m = Match{ID: -1}
		}
		out[i] = m
	}
	return out
}

// Trim forgets every name, and the map that held them, if c holds more
// than max: a worker that keeps one Compiler from document to document
// calls it before each, so that the names common to many documents are
// compiled once while its memory stays bounded.
func (c *Compiler) Trim(max int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.names) > max {
		c.names = nil
	}
}
