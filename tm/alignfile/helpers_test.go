package alignfile

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bitext-ko/bitext/align"
	"github.com/bitext-ko/bitext/align/eval"
	"github.com/bitext-ko/bitext/align/read"
	"github.com/bitext-ko/bitext/tm/glossary"
)

const (
	exampleEN = "../../testdata/example/summit.en.txt"
	exampleKO = "../../testdata/example/summit.ko.txt"
)

// build aligns the pair at en and ko as bitext align does and returns its
// alignment file, written as if in directory dir, with the pair's
// glossary when names is set.
func build(t testing.TB, en, ko, dir string, names bool) (*File, *align.Alignment) {
	t.Helper()
	te, err := read.File(en, nil, read.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tk, err := read.File(ko, nil, read.Options{})
	if err != nil {
		t.Fatal(err)
	}
	opt := align.Options{MinScore: align.DefaultMinScore}
	doc := strings.TrimSuffix(filepath.Base(en), ".en.txt")
	var g *glossary.Builder
	if names {
		g = glossary.NewBuilder(glossary.Options{})
	}
	a := align.Align(te.Paragraphs, tk.Paragraphs, opt)
	if g != nil {
		g.Add(doc, a)
	}
	f := New(a, Input{Path: Rel(dir, en), Text: te}, Input{Path: Rel(dir, ko), Text: tk}, doc,
		Settings{MinScore: opt.MinScore}, "test")
	if names {
		f.SetGlossary(g.Entries())
	}
	return f, a
}

// devPairs returns the pairs of a shared corpus, or skips.
func devPairs(t testing.TB, name string) []eval.Triple {
	t.Helper()
	dir := filepath.Join("..", "..", "..", "shared", "corpus", name)
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("shared corpus not available (%v): ../shared is absent", err)
	}
	ts, err := eval.FindTriples(dir)
	if err != nil {
		t.Fatal(err)
	}
	return ts
}
