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
	}{{"dev", 0.990}, {"dev-clean", 0.998}} {
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

func TestCompareMatchesScorePy(t *testing.T) {
	// Figures worked out by hand with score.py's definitions.
	gold := []align.Bead{
		{EN: []align.ID{align.P(0)}, KO: []align.ID{align.P(0)}},
		{EN: []align.ID{align.P(1)}, KO: []align.ID{align.P(1), align.P(2)}},
		{KO: []align.ID{align.P(3)}},
	}
	pred := []align.Bead{
		{EN: []align.ID{align.P(0)}, KO: []align.ID{align.P(0)}},
		{EN: []align.ID{align.P(1)}, KO: []align.ID{align.P(1)}},
		{EN: nil, KO: []align.ID{align.P(2)}},
		{KO: []align.ID{align.P(3)}},
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

// TestConfidenceFindsErrors checks that bead confidence is useful to a
// reviewer: on the development corpus, the beads flagged at 0.7 hold most
// of the wrong beads while being a small share of all beads.
func TestConfidenceFindsErrors(t *testing.T) {
	ts, err := FindTriples(sharedCorpus(t, "dev"))
	if err != nil {
		t.Fatal(err)
	}
	var beads, wrong, flagged, flaggedWrong int
	for _, tr := range ts {
		_, pred, err := Evaluate(tr, align.Options{MinScore: 0.7})
		if err != nil {
			t.Fatal(err)
		}
		p, err := Load(tr)
		if err != nil {
			t.Fatal(err)
		}
		right := map[string]bool{}
		for _, b := range p.Gold {
			right[align.FormatBead(b)] = true
		}
		for _, b := range pred {
			if b.Kind == align.Furniture {
				continue
			}
			beads++
			ok := right[align.FormatBead(b)]
			if !ok {
				wrong++
			}
			if b.Flagged {
				flagged++
				if !ok {
					flaggedWrong++
				}
			}
		}
	}
	t.Logf("%d beads, %d wrong; %d flagged, %d of them wrong", beads, wrong, flagged, flaggedWrong)
	if wrong > 0 && float64(flaggedWrong) < 0.8*float64(wrong) {
		t.Errorf("flagged beads hold %d of %d wrong beads, want 80%% or more", flaggedWrong, wrong)
	}
	if float64(flagged) > 0.15*float64(beads) {
		t.Errorf("%d of %d beads flagged, want 15%% or fewer", flagged, beads)
	}
}
