package glossary

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/bitext-ko/bitext/align"
	"github.com/bitext-ko/bitext/align/read"
)

// wirePair reads the shared 1,000-line wire pair (one sentence a line),
// the pair the README times `bitext align` on.
func wirePair(tb testing.TB) (en, ko []string) {
	dir := filepath.Join("..", "..", "..", "shared", "corpus", "news-sentences")
	if _, err := os.Stat(dir); err != nil {
		tb.Skipf("skipping: %s is absent", dir)
	}
	e, err := read.File(filepath.Join(dir, "korean-english-park.dev.en"), nil, read.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	k, err := read.File(filepath.Join(dir, "korean-english-park.dev.ko"), nil, read.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	return e.Paragraphs, k.Paragraphs
}

// BenchmarkAlign times `bitext align`'s work on the wire pair; compare
// with BenchmarkAlignExtract, the same with the glossary extracted. The
// speed target itself (extraction adds under 20% to `bitext align`) is
// measured on the command by bench/glossary.
func BenchmarkAlign(b *testing.B) {
	en, ko := wirePair(b)
	for b.Loop() {
		align.Align(en, ko, align.Options{MinScore: 0.5})
	}
}

func BenchmarkAlignExtract(b *testing.B) {
	en, ko := wirePair(b)
	for b.Loop() {
		g := NewBuilder(Options{})
		g.AlignAndAdd("wire", en, ko, align.Options{MinScore: 0.5})
		g.Entries()
	}
}

// BenchmarkExtract times the extraction alone.
func BenchmarkExtract(b *testing.B) {
	en, ko := wirePair(b)
	a := align.Align(en, ko, align.Options{MinScore: 0.5})
	for b.Loop() {
		g := NewBuilder(Options{})
		g.Add("wire", a)
		g.Entries()
	}
}

// devPairs aligns every pair of the shared development corpus.
func devPairs(tb testing.TB) (en, ko [][]string) {
	needDev(tb)
	matches, _ := filepath.Glob(filepath.Join(devDir, "*", "*.en.txt"))
	for _, m := range matches {
		base := m[:len(m)-len(".en.txt")]
		e, err := read.File(m, nil, read.Options{})
		if err != nil {
			tb.Fatal(err)
		}
		k, err := read.File(base+".ko.txt", nil, read.Options{})
		if err != nil {
			tb.Fatal(err)
		}
		en, ko = append(en, e.Paragraphs), append(ko, k.Paragraphs)
	}
	return en, ko
}

// BenchmarkDevAlign and BenchmarkDevAlignExtract do the same on the 77
// article pairs of the development corpus, one op being all of them.
func BenchmarkDevAlign(b *testing.B) {
	en, ko := devPairs(b)
	for b.Loop() {
		for i := range en {
			align.Align(en[i], ko[i], align.Options{MinScore: 0.5})
		}
	}
}

func BenchmarkDevAlignExtract(b *testing.B) {
	en, ko := devPairs(b)
	for b.Loop() {
		g := NewBuilder(Options{})
		for i := range en {
			g.AlignAndAdd("d", en[i], ko[i], align.Options{MinScore: 0.5})
		}
		g.Entries()
	}
}

func BenchmarkDevExtract(b *testing.B) {
	en, ko := devPairs(b)
	as := make([]*align.Alignment, len(en))
	for i := range en {
		as[i] = align.Align(en[i], ko[i], align.Options{MinScore: 0.5})
	}
	for b.Loop() {
		g := NewBuilder(Options{})
		for _, a := range as {
			g.Add("d", a)
		}
		g.Entries()
	}
}
