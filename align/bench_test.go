package align_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bitext-ko/bitext/align"
	"github.com/bitext-ko/bitext/align/read"
)

// repeatPair repeats the bundled example until each side has at least n
// paragraphs.
func repeatPair(b *testing.B, n int) ([]string, []string) {
	en1, ko1 := readPair(b, "../testdata/example/summit.en.txt", "../testdata/example/summit.ko.txt")
	var en, ko []string
	for len(en) < n {
		en = append(en, en1...)
		ko = append(ko, ko1...)
	}
	return en[:n], ko[:n*len(ko1)/len(en1)]
}

// BenchmarkAlignScaling shows how time and allocation grow with the number
// of paragraphs (near-linear is the goal: the band keeps the search narrow).
func BenchmarkAlignScaling(b *testing.B) {
	for _, n := range []int{100, 1000, 10000} {
		en, ko := repeatPair(b, n)
		b.Run(fmt.Sprintf("paragraphs=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				align.Align(en, ko, align.Options{})
			}
		})
	}
}

// BenchmarkNewsSentences aligns the 1,000-line noisy wire pair of the
// shared corpus, one paragraph a line.
func BenchmarkNewsSentences(b *testing.B) {
	dir := filepath.Join("..", "..", "shared", "corpus", "news-sentences")
	if _, err := os.Stat(dir); err != nil {
		b.Skipf("shared corpus not available (%v)", err)
	}
	en, ko := readPair(b, filepath.Join(dir, "korean-english-park.dev.en"), filepath.Join(dir, "korean-english-park.dev.ko"))
	for _, level := range []align.Level{align.ParagraphLevel, align.SentenceLevel} {
		b.Run(fmt.Sprintf("level=%d", level), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				align.Align(en, ko, align.Options{Level: level})
			}
		})
	}
}

// BenchmarkDevArticles aligns the 77 article pairs of the shared dev corpus
// at sentence level, read once, one after another as a corpus worker does:
// with a fresh start per pair (scratch=no) and with one Scratch lent to
// every pair (scratch=yes, what bitext corpus does). pairs/s is per core.
func BenchmarkDevArticles(b *testing.B) {
	dir := filepath.Join("..", "..", "shared", "corpus", "dev")
	ens, _ := filepath.Glob(filepath.Join(dir, "*", "*.en.txt"))
	if len(ens) == 0 {
		b.Skip("shared corpus not available")
	}
	type pair struct{ en, ko []align.Paragraph }
	var pairs []pair
	for _, en := range ens {
		e, err := read.File(en, nil, read.Options{})
		if err != nil {
			b.Fatal(err)
		}
		k, err := read.File(strings.TrimSuffix(en, ".en.txt")+".ko.txt", nil, read.Options{})
		if err != nil {
			b.Fatal(err)
		}
		pairs = append(pairs, pair{align.Prepare(e.Paragraphs, false), align.Prepare(k.Paragraphs, false)})
	}
	for _, reuse := range []bool{false, true} {
		name := map[bool]string{false: "scratch=no", true: "scratch=yes"}[reuse]
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			opt := align.Options{Level: align.SentenceLevel, MinScore: align.DefaultMinScore}
			if reuse {
				opt.Scratch = align.NewScratch()
			}
			n := 0
			for b.Loop() {
				for _, p := range pairs {
					align.AlignPrepared(p.en, p.ko, opt)
					n++
				}
			}
			b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "pairs/s")
		})
	}
}
