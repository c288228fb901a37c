package eval

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/bitext-ko/bitext/align"
)

func sharedCorpus(t testing.TB, name string) string {
	t.Helper()
	dir := filepath.Join("..", "..", "..", "shared", "corpus", name)
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("shared corpus %s not available (%v): ../shared is absent", name, err)
	}
	return dir
}

func TestDevScore(t *testing.T) {
	for _, c := range []struct {
		name string
		min  float64
	}{{"dev", 0}, {"dev-clean", 0}} {
		r, err := Dir(sharedCorpus(t, c.name), align.Options{})
		if err != nil {
			t.Fatal(err)
		}
		bp, br, bf := r.Bead.PRF()
		lp, lr, lf := r.Link.PRF()
		t.Logf("%s: docs %d perfect %d bead P %.4f R %.4f F1 %.4f link P %.4f R %.4f F1 %.4f", c.name, len(r.Docs), r.Perfect, bp, br, bf, lp, lr, lf)
		for _, d := range r.Worst(8) {
			t.Logf("  worst %s %.3f", d.ID, d.LinkF1())
		}
		if lf < c.min {
			t.Errorf("%s link F1 %.4f below %.4f", c.name, lf, c.min)
		}
	}
}
