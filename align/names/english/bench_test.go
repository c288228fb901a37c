package english

import (
	"path/filepath"
	"testing"

	"github.com/bitext-ko/bitext/align/read"
)

// BenchmarkFindNamesInDev finds the names of every English document of
// the development corpus, as the glossary does for each pair it reads
// (allocations are exact, time is noisy on a shared machine), with a
// new Finder for each document and with one kept from each to the next.
func BenchmarkFindNamesInDev(b *testing.B) {
	docs := devDocs(b)
	b.Run("finder=new", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, d := range docs {
				FindNamesIn(d)
			}
		}
	})
	// One Finder for all the documents, as a corpus worker keeps one.
	b.Run("finder=kept", func(b *testing.B) {
		b.ReportAllocs()
		var f Finder
		for b.Loop() {
			for _, d := range docs {
				f.FindNamesIn(d)
			}
		}
	})
}

// BenchmarkRunsDev finds the runs of every paragraph of the English
// documents of the development corpus with one Runner, as the aligner
// does (namelink).
func BenchmarkRunsDev(b *testing.B) {
	docs := devDocs(b)
	b.ReportAllocs()
	var r Runner
	for b.Loop() {
		for _, d := range docs {
			for _, p := range d {
				r.Runs(p)
			}
		}
	}
}

// devDocs returns the paragraphs of the English documents of the
// development corpus, and skips b without them.
func devDocs(b *testing.B) [][]string {
	matches, _ := filepath.Glob(filepath.Join(devDir, "*", "*.en.txt"))
	if len(matches) == 0 {
		b.Skip("skipping: ../shared/corpus is absent (the shared corpus is not here)")
	}
	var docs [][]string
	for _, m := range matches {
		txt, err := read.File(m, nil, read.Options{})
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, txt.Paragraphs)
	}
	return docs
}
