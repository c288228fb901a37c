package pair

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/bitext-ko/bitext/align"
	"github.com/bitext-ko/bitext/align/read"
	"github.com/bitext-ko/bitext/tm/glossary"
)

const devDir = "../../../shared/corpus/dev"

// wirePair reads the shared 1,000-line wire pair (one sentence a line),
// the pair the README times `bitext align` on.
func wirePair(tb testing.TB) (en, ko []string) {
	dir := filepath.Join("..", "..", "..", "shared", "corpus", "news-sentences")
	if _, err := os.Stat(dir); err != nil {
		tb.Skipf("skipping: %s is absent", dir)
	}
	return readFile(tb, filepath.Join(dir, "korean-english-park.dev.en")), readFile(tb, filepath.Join(dir, "korean-english-park.dev.ko"))
}

func readFile(tb testing.TB, path string) []string {
	tb.Helper()
	txt, err := read.File(path, nil, read.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	return txt.Paragraphs
}

// devPairs reads every pair of the shared development corpus.
func devPairs(tb testing.TB) (en, ko [][]string) {
	if _, err := os.Stat(devDir); err != nil {
		tb.Skipf("skipping: the shared development corpus (%s) is absent", devDir)
	}
	matches, _ := filepath.Glob(filepath.Join(devDir, "*", "*.en.txt"))
	for _, m := range matches {
		base := m[:len(m)-len(".en.txt")]
		en, ko = append(en, readFile(tb, m)), append(ko, readFile(tb, base+".ko.txt"))
	}
	return en, ko
}

// BenchmarkAlign times `bitext align`'s work on the wire pair; compare
// with BenchmarkAlignExtract, the same with the glossary's names found.
// The speed target itself (a glossary adds under 20% to `bitext align`)
// is measured on the command by bench/glossary.
func BenchmarkAlign(b *testing.B) {
	en, ko := wirePair(b)
	for b.Loop() {
		Align(en, ko, align.Options{MinScore: 0.5}, nil)
	}
}

func BenchmarkAlignExtract(b *testing.B) {
	en, ko := wirePair(b)
	for b.Loop() {
		g := glossary.NewBuilder(glossary.Options{})
		_, names := Align(en, ko, align.Options{MinScore: 0.5}, &glossary.Options{})
		g.AddNames("wire", names)
		g.Entries()
	}
}

// BenchmarkExtract times the extraction alone.
func BenchmarkExtract(b *testing.B) {
	en, ko := wirePair(b)
	a := align.Align(en, ko, align.Options{MinScore: 0.5})
	for b.Loop() {
		g := glossary.NewBuilder(glossary.Options{})
		g.Add("wire", a)
		g.Entries()
	}
}

// BenchmarkDevAlign and BenchmarkDevAlignExtract do the same on the 77
// article pairs of the development corpus, one op being all of them.
func BenchmarkDevAlign(b *testing.B) {
	en, ko := devPairs(b)
	for b.Loop() {
		for i := range en {
			Align(en[i], ko[i], align.Options{MinScore: 0.5}, nil)
		}
	}
}

func BenchmarkDevAlignExtract(b *testing.B) {
	en, ko := devPairs(b)
	for b.Loop() {
		g := glossary.NewBuilder(glossary.Options{})
		for i := range en {
			_, names := Align(en[i], ko[i], align.Options{MinScore: 0.5}, &glossary.Options{})
			g.AddNames("d", names)
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
		g := glossary.NewBuilder(glossary.Options{})
		for _, a := range as {
			g.Add("d", a)
		}
		g.Entries()
	}
}
