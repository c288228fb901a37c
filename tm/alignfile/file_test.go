package alignfile

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bitext-ko/bitext/align"
	"github.com/bitext-ko/bitext/align/testenv"
	"github.com/google/go-cmp/cmp"
)

// TestRoundTripExample writes the example pair's file, with its glossary,
// reads it back and gets the same value, and the same bytes when written
// again; the layout keeps a line per paragraph, bead, link and entry.
func TestRoundTripExample(t *testing.T) {
	f, a := build(t, exampleEN, exampleKO, "../../testdata/example", true)
	if len(f.Glossary) == 0 {
		t.Fatal("the example has no names: the test would prove nothing about the glossary")
	}
	data, err := Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	g, err := Decode(data)
	if err != nil {
		t.Fatalf("%v\n%s", err, data)
	}
	if d := cmp.Diff(f, g); d != "" {
		t.Fatalf("read back differs (-written +read):\n%s", d)
	}
	again, err := Marshal(g)
	if err != nil || !bytes.Equal(again, data) {
		t.Fatalf("written again: %v, same bytes %v", err, bytes.Equal(again, data))
	}
	lines := strings.Count(string(data), "\n")
	want := len(a.EN) + len(a.KO) + len(a.ParagraphBeads) + len(a.SentenceBeads) + len(f.Glossary)
	if lines < want || lines > want+40 {
		t.Errorf("%d lines for %d paragraphs, beads, links and entries: not one a line", lines, want)
	}
	if f.EN.Path != "summit.en.txt" || f.KO.Path != "summit.ko.txt" {
		t.Errorf("paths %q, %q, want them relative to the file's directory", f.EN.Path, f.KO.Path)
	}
	for _, want := range []string{`"format": "bitext-alignment"`, `"version": 1`, `"status":"auto"`, `"review":"auto"`, `"en":["0.0"]`} {
		if !bytes.Contains(data, []byte(want)) {
			t.Errorf("the file lacks %s", want)
		}
	}
}

// TestDevFilesValid makes the alignment file of every dev and dev-real
// pair (HTML sides included): each must pass Validate (the aligner keeps
// the contract the file checks, closure of the links included), read back
// to the same value, open against its inputs (CheckInputs reads them into
// the very paragraphs and sentences the aligner numbered), and give back,
// through Alignment, the texts and beads of the alignment it was made
// from, at both levels. Each pair is a parallel subtest. The default
// tier of tests (testenv) takes every sixth pair of each corpus.
func TestDevFilesValid(t *testing.T) {
	n := 0
	for _, corpus := range []string{"dev", "dev-real", "dev-real-text"} {
		for i, tr := range devPairs(t, corpus) {
			if !testenv.Long() && i%6 != 0 {
				continue
			}
			n++
			t.Run(corpus+"/"+tr.ID, func(t *testing.T) {
				t.Parallel()
				checkDevFile(t, tr.EN, tr.KO)
			})
		}
	}
	t.Logf("%d pairs", n)
}

// checkDevFile checks the alignment file of the pair at en and ko for
// TestDevFilesValid.
func checkDevFile(t *testing.T, en, ko string) {
	f, a := build(t, en, ko, filepath.Dir(en), false)
	data, err := Marshal(f)
	if err != nil {
		t.Fatalf("%s: %v", en, err)
	}
	g, err := Decode(data)
	if err != nil {
		t.Fatalf("%s: %v", en, err)
	}
	if d := cmp.Diff(f, g); d != "" {
		t.Fatalf("%s: read back differs:\n%s", en, d)
	}
	if err := g.CheckInputs(filepath.Dir(en)); err != nil {
		t.Fatalf("the file does not open against its own inputs: %v", err)
	}
	for _, level := range []align.Level{align.ParagraphLevel, align.SentenceLevel} {
		want := a.ParagraphBeads
		if level == align.SentenceLevel {
			want = a.SentenceBeads
		}
		got, status := g.Alignment(level)
		if d := cmp.Diff(want, got.Beads); d != "" {
			t.Fatalf("%s level %d: beads differ:\n%s", en, level, d)
		}
		for i, b := range got.Beads {
			e1, k1 := a.BeadText(want[i])
			e2, k2 := got.BeadText(b)
			if e1 != e2 || k1 != k2 || status[i] != StatusAuto {
				t.Fatalf("%s bead %d: texts or status differ", en, i)
			}
		}
	}
}

// TestAlignmentUnflagsReviewed: a bead a person confirmed or edited is no
// longer flagged in the alignment the exporters read.
func TestAlignmentUnflagsReviewed(t *testing.T) {
	f, _ := build(t, exampleEN, exampleKO, ".", false)
	f.Beads[0].Flagged, f.Beads[1].Flagged, f.Beads[2].Flagged = true, true, true
	f.Beads[1].Status, f.Beads[2].Status = StatusConfirmed, StatusEdited
	a, st := f.Alignment(align.ParagraphLevel)
	got := []bool{a.Beads[0].Flagged, a.Beads[1].Flagged, a.Beads[2].Flagged}
	if !cmp.Equal(got, []bool{true, false, false}) || st[1] != StatusConfirmed || st[2] != StatusEdited {
		t.Errorf("flags %v, statuses %v", got, st[:3])
	}
	if !f.Beads[1].Flagged {
		t.Error("Alignment changed the file")
	}
	if !f.Reviewed() {
		t.Error("a file with confirmed beads is not Reviewed")
	}
}

func TestRel(t *testing.T) {
	abs, _ := filepath.Abs("x/a.en.txt")
	tests := []struct{ dir, path, want string }{
		{"x", "x/a.en.txt", "a.en.txt"},
		{"out", "x/a.en.txt", "../x/a.en.txt"},
		{".", "x/a.en.txt", "x/a.en.txt"},
		{"x/y", abs, "../a.en.txt"},
		{".", "-", "-"},
	}
	for _, tc := range tests {
		got := Rel(tc.dir, tc.path)
		if got != tc.want {
			t.Errorf("Rel(%q, %q) = %q, want %q", tc.dir, tc.path, got, tc.want)
		}
		if tc.path != "-" {
			back, _ := filepath.Abs(Locate(tc.dir, got))
			if want, _ := filepath.Abs(tc.path); back != want {
				t.Errorf("Locate(%q, %q) = %q, want %q", tc.dir, got, back, want)
			}
		}
	}
}
