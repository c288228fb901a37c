package match

import "sync"

// Compiler compiles Hangul names once: a document names the same people
// and places again and again, and the stages that read it (the aligner's
// name evidence, the glossary) ask for the same names. The zero value is
// ready to use; a Compiler is safe for concurrent use. It keeps every
// name it has compiled, so use one per document (or per batch of
// documents), not one per process.
type Compiler struct {
	names sync.Map // string → *Name
}

// Compile is Compile, memoized.
func (c *Compiler) Compile(hangulName string) *Name {
	if n, ok := c.names.Load(hangulName); ok {
		return n.(*Name)
	}
	n, _ := c.names.LoadOrStore(hangulName, Compile(hangulName))
	return n.(*Name)
}

// NewIndex is NewIndex with the names compiled by c.
func (c *Compiler) NewIndex(hangulNames []string) *Index {
	return newIndex(hangulNames, c.Compile)
}
