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
// package tm/pair gives it). With scratch=yes one Scratch serves every
// pair, as a corpus worker's does (PrepareWith); with scratch=no each
// pair starts afresh (Prepare). pairs/s is per core.
func BenchmarkDevGlossary(b *testing.B) {
	docs := alignedDevPairs(b, align.DefaultMinScore, 0)
	for _, keep := range []bool{false, true} {
		b.Run("scratch="+map[bool]string{false: "no", true: "yes"}[keep], func(b *testing.B) {
			b.ReportAllocs()
			var s *Scratch
			if keep {
				s = NewScratch()
			}
			n := 0
			for b.Loop() {
				g := NewBuilder(Options{})
				for _, d := range docs {
					g.AddNames(d.id, Extract(d.a, PrepareWith(d.en, d.ko, d.opt, s), Options{}))
					n++
				}
			}
			b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "pairs/s")
		})
	}
}

// devPair is a pair of the shared dev corpus, prepared and aligned.
type devPair struct {
	id     string
	en, ko []align.Paragraph
	opt    align.Options
	a      *align.Alignment
}

// alignedDevPairs prepares and aligns the first n pairs of the shared dev
// corpus (all of them when n is 0) with minScore, each with its own
// match.Compiler, as package tm/pair gives it. It skips tb without the
// corpus.
func alignedDevPairs(tb testing.TB, minScore float64, n int) []devPair {
	needDev(tb)
	ens, _ := filepath.Glob(filepath.Join(devDir, "*", "*.en.txt"))
	if n > 0 {
		ens = ens[:min(len(ens), n)]
	}
	var docs []devPair
	for _, path := range ens {
		id, _ := filepath.Rel(devDir, strings.TrimSuffix(path, ".en.txt"))
		en, ko := readDoc(tb, id)
		d := devPair{id: id, en: align.Prepare(en, false), ko: align.Prepare(ko, false),
			opt: align.Options{MinScore: minScore, Names: new(match.Compiler)}}
		d.a = align.AlignPrepared(d.en, d.ko, d.opt)
		docs = append(docs, d)
	}
	return docs
}
