package match

import "sync"

// Compiler compiles Hangul names once: a document names the same people
// and places again and again, and the stages that read it (the aligner's
// name evidence, the glossary) ask for the same names. The zero value is
// ready to use; a Compiler is safe for concurrent use. It keeps every
// name it has compiled, so use one per document (or per batch of
// documents), not one per process.
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
	// meanwhile, its Name is the one kept.
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
	return newIndex(hangulNames, c.Compile)
}
