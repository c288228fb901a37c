package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/bitext-ko/bitext/tm/glossary"
)

// corpusGlossary is the glossary of a corpus run: the names of the pairs
// aligned now, merged with the glossary of the run resumed, if any.
type corpusGlossary struct {
	path    string
	format  glossary.Format
	builder *glossary.Builder
	prev    []glossary.Entry
	// opt is how the file is written (--safe-cells, --header …).
	opt glossary.WriteOptions
}

func newCorpusGlossary(path, format string, includeFlagged bool) (*corpusGlossary, error) {
	f, err := glossary.FormatFor(path, format)
	if err != nil {
		return nil, err
	}
	return &corpusGlossary{path: path, format: f, builder: glossary.NewBuilder(glossary.Options{IncludeFlagged: includeFlagged})}, nil
}

// loadPrevious reads the glossary an earlier run left at the path, and
// reports whether there was one.
func (g *corpusGlossary) loadPrevious() (bool, error) {
	f, err := os.Open(g.path)
	if errors.Is(err, os.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("reading %s: %w", g.path, err)
	}
	defer f.Close()
	if g.prev, err = glossary.Read(f, g.path, g.format); err != nil {
		return false, fmt.Errorf("reading the previous glossary: %w", err)
	}
	return true, nil
}

func (g *corpusGlossary) write(w io.Writer) error {
	entries := g.builder.Entries()
	if g.prev != nil {
		entries = glossary.Merge(g.prev, entries)
	}
	return glossary.WriteWith(w, entries, g.format, g.opt)
}
