package align

import (
	"fmt"
	"github.com/bitext-ko/bitext/align/testenv"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bitext-ko/bitext/align/lexicon"
	"github.com/bitext-ko/bitext/align/names/match"
	"github.com/bitext-ko/bitext/align/read"
)

// unrelatedParagraphs makes an English and a Korean paragraph of about
// size bytes each, sentences of random words of the bundled example pair:
// texts with no true alignment, the worst case for a banded search.
func unrelatedParagraphs(tb testing.TB, size int) (en, ko string) {
	tb.Helper()
	r := rand.New(rand.NewPCG(10, uint64(size)))
	var out [2]string
	for k, path := range []string{"../testdata/example/summit.en.txt", "../testdata/example/summit.ko.txt"} {
		txt, err := read.File(path, nil, read.Options{})
		if err != nil {
			tb.Fatal(err)
		}
		words := strings.Fields(strings.Join(txt.Paragraphs, " "))
		var b strings.Builder
		for b.Len() < size {
			for w := range 3 + r.IntN(10) {
				word := strings.TrimRight(words[r.IntN(len(words))], ".")
				if w == 0 {
					b.WriteString(strings.ToUpper(word[:1]) + word[1:])
					continue
				}
				b.WriteString(" " + word)
			}
			b.WriteString(". ")
		}
		out[k] = b.String()
	}
	return out[0], out[1]
}

// TestSentenceWorkLinear aligns paragraph pairs of many sentences that do
// not translate each other, so that the best path strays from any guide
// and the band would widen: the sentence program must still search a
// bounded number of cells per sentence, however long the paragraph (one of
// a megabyte took 26 s when the band widened to millions of cells).
func TestSentenceWorkLinear(t *testing.T) {
	t.Parallel()
	sizes := []int{32 << 10}
	if testenv.Long() {
		sizes = append(sizes, 128<<10)
	}
	for _, size := range sizes {
		enText, koText := unrelatedParagraphs(t, size)
		en, ko := Prepare([]string{enText}, false), Prepare([]string{koText}, false)
		es, ks := newStream(en, []int{0}, false), newStream(ko, []int{0}, true)
		v := newVocab()
		ef, kf := sideFeatures(es.text, ks.text, lexicon.Default(), v, new(match.Compiler))
		p := newDocScorer(es, ks, ef, kf, v, &defaultModel, &defaultDocModel, nil)
		path := p.search()
		t.Logf("%d×%d sentences: %d cells, %.0f an English sentence", es.len(), ks.len(), p.searched, float64(p.searched)/float64(es.len()+1))
		if i, j := pathEnd(path); i != es.len() || j != ks.len() {
			t.Fatalf("%d bytes: path ends at (%d, %d), want (%d, %d)", size, i, j, es.len(), ks.len())
		}
		// Bands of ±16 to ±maxBand, doubling: at most twice the widest.
		if most := 2 * 2 * (2*maxBand + 1) * (es.len() + 1); p.searched > most {
			t.Errorf("%d English sentences: %d cells searched, more than %d (%d a sentence)", es.len(), p.searched, most, p.searched/(es.len()+1))
		}
	}
}

func pathEnd(path []pathStep) (i, j int) {
	if len(path) == 0 {
		return 0, 0
	}
	return path[len(path)-1].ej, path[len(path)-1].kj
}

// newsParagraphs joins the shared 1,000-line wire pair, repeated, into one
// English and one Korean paragraph of about size bytes of English.
func newsParagraphs(b *testing.B, size int) (en, ko string) {
	dir := filepath.Join("..", "..", "shared", "corpus", "news-sentences")
	var sides [2][]string
	for k, name := range []string{"korean-english-park.dev.en", "korean-english-park.dev.ko"} {
		txt, err := read.File(filepath.Join(dir, name), nil, read.Options{})
		if err != nil {
			b.Skipf("shared corpus not available (%v)", err)
		}
		sides[k] = txt.Paragraphs
	}
	var e, k strings.Builder
	for i := 0; e.Len() < size; i++ {
		e.WriteString(sides[0][i%len(sides[0])] + " ")
		k.WriteString(sides[1][i%len(sides[1])] + " ")
	}
	return e.String(), k.String()
}

// BenchmarkSentenceParagraph aligns one paragraph pair at sentence level,
// for growing paragraphs: the shared wire pair joined into one paragraph a
// side (text=news), and sentences of random words that translate nothing
// (text=unrelated, the case that widened the band). Time per byte should
// stay flat.
func BenchmarkSentenceParagraph(b *testing.B) {
	for _, text := range []string{"news", "unrelated"} {
		for _, size := range []int{128 << 10, 256 << 10, 512 << 10, 1 << 20} {
			b.Run(fmt.Sprintf("text=%s/KiB=%d", text, size>>10), func(b *testing.B) {
				var en, ko string
				if text == "news" {
					en, ko = newsParagraphs(b, size)
				} else {
					en, ko = unrelatedParagraphs(b, size)
				}
				b.SetBytes(int64(len(en) + len(ko)))
				b.ReportAllocs()
				for b.Loop() {
					Align([]string{en}, []string{ko}, Options{Level: SentenceLevel})
				}
			})
		}
	}
}
