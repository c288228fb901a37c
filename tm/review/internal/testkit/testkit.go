// Package testkit holds what the tests of the review packages share: pairs
// aligned as bitext align does, the example and the shared corpus's pairs,
// and, in the long tier of tests only (go test -tags long; browser.go),
// headless Chromium driven by chromedp.
package testkit

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bitext-ko/bitext/align"
	"github.com/bitext-ko/bitext/align/eval"
	"github.com/bitext-ko/bitext/align/read"
	"github.com/bitext-ko/bitext/tm/alignfile"
	"github.com/bitext-ko/bitext/tm/corpus"
	"github.com/bitext-ko/bitext/tm/export"
	"github.com/bitext-ko/bitext/tm/glossary"
)

// Root returns the module's root directory, found from the working
// directory of the test.
func Root(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		up := filepath.Dir(dir)
		if up == dir {
			t.Fatal("no go.mod above the test's directory")
		}
		dir = up
	}
}

// Example returns the paths of the example pair (testdata/example).
func Example(t testing.TB) (en, ko string) {
	root := Root(t)
	return filepath.Join(root, "testdata", "example", "summit.en.txt"), filepath.Join(root, "testdata", "example", "summit.ko.txt")
}

// Shared returns the directory of a corpus of ../shared (dev, dev-real,
// news-sentences …), or "" and the reason when it is absent.
func Shared(t testing.TB, corpus string) (string, string) {
	dir := filepath.Join(filepath.Dir(Root(t)), "shared", "corpus", corpus)
	if _, err := os.Stat(dir); err != nil {
		return "", "the shared corpus is not available (" + err.Error() + "): ../shared is absent"
	}
	return dir, ""
}

// DevPairs returns the pairs of a corpus of ../shared, or skips the test
// with a message when it is absent.
func DevPairs(t testing.TB, corpus string) []eval.Triple {
	t.Helper()
	dir, why := Shared(t, corpus)
	if dir == "" {
		t.Skip(why)
	}
	ts, err := eval.FindTriples(dir)
	if err != nil {
		t.Fatal(err)
	}
	return ts
}

// Align aligns the pair at en and ko as bitext align --format json
// --glossary does, with review threshold minScore, and returns its
// alignment file as if written in directory dir (input paths relative to
// it), with the pair's names, read from every bead, flagged ones included
// (so that a threshold that flags every bead still gives names).
func Align(t testing.TB, en, ko, dir string, minScore float64) *alignfile.File {
	t.Helper()
	te, err := read.File(en, nil, read.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tk, err := read.File(ko, nil, read.Options{})
	if err != nil {
		t.Fatal(err)
	}
	doc := filepath.Base(en)
	for _, ext := range []string{".txt", ".html", ".en", ".dev"} {
		doc = strings.TrimSuffix(doc, ext)
	}
	// Builder.Add after align.Align gives the glossary pair.Align gives.
	a := align.Align(te.Paragraphs, tk.Paragraphs, align.Options{MinScore: minScore})
	b := glossary.NewBuilder(glossary.Options{IncludeFlagged: true})
	b.Add(doc, a)
	f := alignfile.New(a, alignfile.Input{Path: alignfile.Rel(dir, en), Text: te}, alignfile.Input{Path: alignfile.Rel(dir, ko), Text: tk}, doc,
		alignfile.Settings{MinScore: minScore, Paragraphs: alignfile.ParagraphsAuto}, "test")
	f.SetGlossary(b.Entries())
	return f
}

// WriteAligned aligns the pair at en and ko (Align) and writes its
// alignment file to path, whose directory must exist.
func WriteAligned(t testing.TB, en, ko, path string, minScore float64) *alignfile.File {
	t.Helper()
	f := Align(t, en, ko, filepath.Dir(path), minScore)
	if err := alignfile.WriteFile(path, f); err != nil {
		t.Fatal(err)
	}
	return f
}

// Corpus runs bitext corpus on input (a directory of pairs) with
// --alignments, into a new directory, and returns the directory of
// alignment files.
func Corpus(t testing.TB, input string, minScore float64) string {
	t.Helper()
	out := t.TempDir()
	cfg := corpus.Config{Input: input, Jobs: 1, Version: "test", Align: align.Options{MinScore: minScore},
		Langs: export.Langs{KO: "ko-KR", EN: "en-US"}, AlignmentsDir: filepath.Join(out, "aligned")}
	if _, err := corpus.Run(context.Background(), cfg); err != nil {
		t.Fatal(err)
	}
	return cfg.AlignmentsDir
}
