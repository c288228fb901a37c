package glossary

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/bitext-ko/bitext/align"
	"github.com/bitext-ko/bitext/align/names/match"
)

// BenchmarkDevGlossary measures what the glossary adds to bitext corpus
// --glossary on the 77 article pairs of the shared dev corpus: Prepare,
// Extract and AddNames for every pair, the pairs aligned once beforehand
// with corpus's default options (each with its own match.Compiler, as
// package tm/pair gives it). pairs/s is per core.
func BenchmarkDevGlossary(b *testing.B) {
	needDev(b)
	ens, _ := filepath.Glob(filepath.Join(devDir, "*", "*.en.txt"))
	type doc struct {
		id     string
		en, ko []align.Paragraph
		opt    align.Options
		a      *align.Alignment
	}
	var docs []doc
	for _, path := range ens {
		id, _ := filepath.Rel(devDir, strings.TrimSuffix(path, ".en.txt"))
		en, ko := readDoc(b, id)
		d := doc{id: id, en: align.Prepare(en, false), ko: align.Prepare(ko, false),
			opt: align.Options{MinScore: align.DefaultMinScore, Names: new(match.Compiler)}}
		d.a = align.AlignPrepared(d.en, d.ko, d.opt)
		docs = append(docs, d)
	}
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		g := NewBuilder(Options{})
		for _, d := range docs {
			g.AddNames(d.id, Extract(d.a, Prepare(d.en, d.ko, d.opt), Options{}))
			n++
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "pairs/s")
}
