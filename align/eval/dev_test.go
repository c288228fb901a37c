package eval

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/bitext-ko/bitext/align"
	"github.com/bitext-ko/bitext/align/read"
)

func sharedCorpus(t testing.TB, name string) string {
	t.Helper()
	dir := filepath.Join("..", "..", "..", "shared", "corpus", name)
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("shared corpus %s not available (%v): ../shared is absent", name, err)
	}
	return dir
}

// TestDevScore is the quality guard: it fails when a figure drops under
// what the aligner reaches (dev and dev-clean: the floors; dev-real:
// link F1 0.96, bead F1 0.90 and 60% of the documents entirely right are
// the targets, the guard sits at today's figures).
func TestDevScore(t *testing.T) {
	for _, c := range []struct {
		name            string
		min, bead, docs float64
	}{{"dev", 0.990, 0.99, 0.9}, {"dev-clean", 0.998, 0.995, 0.95}, {"dev-real-text", 0.985, 0.975, 0.85}} {
		r, err := Dir(sharedCorpus(t, c.name), read.Options{}, align.Options{})
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
		if bf < c.bead {
			t.Errorf("%s bead F1 %.4f below %.4f", c.name, bf, c.bead)
		}
		if share := float64(r.Perfect) / float64(len(r.Docs)); share < c.docs {
			t.Errorf("%s: %d of %d documents entirely right, under %.0f%%", c.name, r.Perfect, len(r.Docs), 100*c.docs)
		}
	}
}

func TestCompareMatchesScorePy(t *testing.T) {
	// Figures worked out by hand with score.py's definitions.
	gold := []align.Bead{
		{EN: []align.ID{align.ParaID(0)}, KO: []align.ID{align.ParaID(0)}},
		{EN: []align.ID{align.ParaID(1)}, KO: []align.ID{align.ParaID(1), align.ParaID(2)}},
		{KO: []align.ID{align.ParaID(3)}},
	}
	pred := []align.Bead{
		{EN: []align.ID{align.ParaID(0)}, KO: []align.ID{align.ParaID(0)}},
		{EN: []align.ID{align.ParaID(1)}, KO: []align.ID{align.ParaID(1)}},
		{EN: nil, KO: []align.ID{align.ParaID(2)}},
		{KO: []align.ID{align.ParaID(3)}},
	}
	d := Compare("x", gold, pred)
	if d.Bead != (Counts{TP: 1, Pred: 2, Gold: 2}) || d.Link != (Counts{TP: 2, Pred: 2, Gold: 3}) || d.AllLinksOK {
		t.Fatalf("got bead %+v link %+v all %v", d.Bead, d.Link, d.AllLinksOK)
	}
	p, r, f := d.Link.PRF()
	if p != 1 || Round4(r) != 0.6667 || Round4(f) != 0.8 {
		t.Errorf("link P %v R %v F %v", p, r, f)
	}
	if p, r, _ := (Counts{}).PRF(); p != 1 || r != 1 {
		t.Errorf("empty counts: P %v R %v, want 1 1 as score.py", p, r)
	}
}

// TestConfidenceFindsErrors checks that bead confidence means something
// on the held-out half of dev-real (the calibration was fitted on the
// other half): beads scored p are right about p of the time (expected
// calibration error over ten bins at most 0.05), and at the default
// --min-score the flagged beads are few and hold most of the wrong ones.
// The targets: ECE 0.05 or less; flagged beads at most 15% of all
// beads and holding at least 70% of the wrong ones.
func TestConfidenceFindsErrors(t *testing.T) {
	r, err := Dir(sharedCorpus(t, "dev-real-text"), read.Options{}, align.Options{MinScore: align.DefaultMinScore})
	if err != nil {
		t.Fatal(err)
	}
	c := r.Confidence(func(i int, _ Doc) bool { return i%2 == 1 })
	t.Logf("held-out half: %d beads, %d wrong; %d flagged, %d of them wrong; ECE %.4f", c.Beads, c.Wrong, c.Flagged, c.FlaggedWrong, c.ECE)
	if c.ECE > 0.05 {
		t.Errorf("expected calibration error %.4f, want 0.05 or less", c.ECE)
	}
	if float64(c.Flagged) > 0.15*float64(c.Beads) {
		t.Errorf("%d of %d beads flagged, want 15%% or fewer", c.Flagged, c.Beads)
	}
	if c.Wrong > 0 && float64(c.FlaggedWrong) < 0.7*float64(c.Wrong) {
		t.Errorf("flagged beads hold %d of %d wrong beads, want 70%% or more", c.FlaggedWrong, c.Wrong)
	}
}
