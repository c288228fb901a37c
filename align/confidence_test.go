package align

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestCountMissing holds countMissing's merge walk to its definition (a
// bead is missing when no bead of the other list has its four bounds) on
// the beads of each dev pair's path and of its variants' paths, and checks
// the order the walk relies on: each list strictly increasing in (ei, ki).
func TestCountMissing(t *testing.T) {
	for _, base := range latticeDocs(t) {
		p, _ := testScorer(t, base+".en.txt", base+".ko.txt")
		path := p.search()
		body := p.paragraphBeads(path)
		dm := p.dm
		lists := [][]bodyBead{body}
		for _, v := range dm.variants() {
			p.dm = &v
			lists = append(lists, p.paragraphBeads(p.refineFrom(path, 2)))
		}
		p.dm = dm
		for li, l := range lists {
			for k := 1; k < len(l); k++ {
				if !(l[k-1].ei <= l[k].ei && l[k-1].ki <= l[k].ki && (l[k-1].ei < l[k].ei || l[k-1].ki < l[k].ki)) {
					t.Errorf("%s, list %d: bead %d %+v does not follow %+v", filepath.Base(base), li, k, l[k], l[k-1])
				}
			}
		}
		for li, other := range lists {
			has := map[[4]int]bool{}
			for _, b := range other {
				has[[4]int{b.ei, b.ej, b.ki, b.kj}] = true
			}
			got := make([]int, len(body))
			countMissing(got, body, other)
			for k, b := range body {
				want := 0
				if !has[[4]int{b.ei, b.ej, b.ki, b.kj}] {
					want = 1
				}
				if got[k] != want {
					t.Errorf("%s, list %d, bead %d %+v: countMissing gives %d, want %d", filepath.Base(base), li, k, b, got[k], want)
				}
			}
		}
	}
}

// TestScoresInRangeOnHugeParagraphs: no bead of an alignment scores NaN,
// Inf or outside [0, 1], at paragraph or sentence level, on inputs whose
// scores step out of the range of the forward-backward pass's scaled
// weights (see forwardBackward): a paragraph of hundreds of sentences
// against a short article, on either side, and a pair of paragraphs of
// some 35 KB each. A bead that holds the huge paragraph and pairs it with
// text must be flagged. The inputs are made from the shared dev-clean
// corpus (skipped without it).
func TestScoresInRangeOnHugeParagraphs(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "corpus", "dev-clean", "ntrex128")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("shared corpus not available (%v)", err)
	}
	en, ko := readPairFiles(t, filepath.Join(dir, "abcnews.306755.en.txt"), filepath.Join(dir, "abcnews.306755.ko.txt"))
	kos, _ := filepath.Glob(filepath.Join(dir, "*.ko.txt"))
	var allKO []string
	for _, f := range kos {
		_, k := readPairFiles(t, filepath.Join(dir, "abcnews.306755.en.txt"), f)
		allKO = append(allKO, k...)
	}
	repeat := func(s string, n int) string { return strings.TrimSpace(strings.Repeat(s+" ", n)) }
	// The body's text in one paragraph, its sentence ends removed, n times.
	unpunctuated := func(ps []string, n int) string {
		return repeat(strings.NewReplacer(".", "", "?", "", "!", "").Replace(strings.Join(ps[1:], " ")), n)
	}
	for _, c := range []struct {
		name   string
		en, ko []string
		huge   Side // the side holding the huge paragraph
		hugeAt int  // its paragraph
	}{
		// The review's case: every dev-clean Korean article on one line.
		{"all Korean articles in one paragraph", en, []string{strings.Join(allKO, " ")}, Korean, 0},
		{"a Korean sentence 500 times", en, []string{ko[0], repeat("서울시는 심야버스 노선을 늘린다.", 500)}, Korean, 1},
		{"an English sentence 1,000 times", []string{repeat("The city adds bus routes.", 1000)}, ko, English, 0},
		{"unpunctuated bodies 60 times", []string{en[0], unpunctuated(en, 60)}, []string{ko[0], unpunctuated(ko, 60)}, English, 1},
	} {
		a := Align(c.en, c.ko, Options{MinScore: 0.992})
		for level, beads := range map[string][]Bead{"paragraph": a.ParagraphBeads, "sentence": a.SentenceBeads} {
			for _, b := range beads {
				if !(b.Score >= 0 && b.Score <= 1) {
					t.Errorf("%s, %s level: bead %s scores %v", c.name, level, FormatBead(b), b.Score)
				}
			}
		}
		for _, b := range a.ParagraphBeads {
			ids := b.EN
			if c.huge == Korean {
				ids = b.KO
			}
			if b.Kind == Match && slices.Contains(ids, ParaID(c.hugeAt)) && !b.Flagged {
				t.Errorf("%s: bead %s holds the huge paragraph and scores %.3f, not flagged", c.name, FormatBead(b), b.Score)
			}
		}
	}
}

// TestUnrelatedHeadlinesFlagged pairs each dev-real-text English article
// with the Korean article of the next document (a rotation by one:
// unrelated articles) and requires every bead that pairs the headlines
// (the first paragraphs of the bodies), and at sentence level every link
// between them, to score under DefaultMinScore: the documents' links carry
// too little evidence to corroborate pairing the headlines by position
// (calibration.unrelated).
// The true pairs' headline beads keep their scores (the eval figures).
func TestUnrelatedHeadlinesFlagged(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "corpus", "dev-real-text")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("shared corpus not available (%v)", err)
	}
	var bases []string
	filepath.Walk(dir, func(path string, _ os.FileInfo, _ error) error {
		if base, ok := strings.CutSuffix(path, ".en.txt"); ok {
			bases = append(bases, base)
		}
		return nil
	})
	if len(bases) < 2 {
		t.Fatalf("%d documents in %s", len(bases), dir)
	}
	slices.Sort(bases)
	paired := 0
	for k, base := range bases {
		other := bases[(k+1)%len(bases)]
		en, ko := readPairFiles(t, base+".en.txt", other+".ko.txt")
		a := Align(en, ko, Options{MinScore: DefaultMinScore})
		be, bk := bodyIndex(a.EN), bodyIndex(a.KO)
		if len(be) == 0 || len(bk) == 0 {
			continue
		}
		for _, b := range a.ParagraphBeads {
			// The bead that pairs the first paragraphs of the bodies.
			if b.Kind != Match || !slices.Contains(b.EN, ParaID(be[0])) || !slices.Contains(b.KO, ParaID(bk[0])) {
				continue
			}
			paired++
			if !b.Flagged {
				t.Errorf("%s against %s: bead %s scores %.3f, not flagged", filepath.Base(base), filepath.Base(other), FormatBead(b), b.Score)
			}
		}
		// At sentence level, the links between those paragraphs.
		for _, b := range a.SentenceBeads {
			if b.Kind == Match && b.EN[0].Para == be[0] && b.KO[0].Para == bk[0] && !b.Flagged {
				t.Errorf("%s against %s: sentence bead %s scores %.3f, not flagged", filepath.Base(base), filepath.Base(other), FormatBead(b), b.Score)
			}
		}
	}
	t.Logf("%d of %d unrelated pairs pair their first paragraphs", paired, len(bases))
}
