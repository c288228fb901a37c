package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/bitext-ko/bitext/align"
	"github.com/bitext-ko/bitext/align/eval"
	"github.com/bitext-ko/bitext/align/testenv"
	"github.com/bitext-ko/bitext/tm/alignfile"
	"github.com/bitext-ko/bitext/tm/atomicfile"
	"github.com/bitext-ko/bitext/tm/glossary"
)

const testDate = "20260302T090000Z"

// exportPairs returns the example pair and dev and dev-real pairs (with
// HTML sides), or the example alone without ../shared.
func exportPairs(t *testing.T) [][2]string {
	pairs := [][2]string{{exampleEN, exampleKO}}
	for _, corpus := range []string{"dev", "dev-real"} {
		dir := filepath.Join("..", "..", "..", "shared", "corpus", corpus)
		if _, err := os.Stat(dir); err != nil {
			t.Logf("shared corpus not available (%v): the example pair only", err)
			return pairs
		}
		ts, err := eval.FindTriples(dir)
		if err != nil {
			t.Fatal(err)
		}
		// Three pairs of each in the long tier (testenv), one in the
		// default tier.
		for i := 0; i < len(ts) && i < testenv.Count(10, 30); i += 10 {
			pairs = append(pairs, [2]string{ts[i].EN, ts[i].KO})
		}
	}
	return pairs
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestExportUneditedIsAlign: exporting the alignment file of bitext align
// --format json gives, byte for byte, the TMX and the glossary that the
// same align run wrote, on the example and dev pairs, at both levels,
// with flagged beads left out and included.
func TestExportUneditedIsAlign(t *testing.T) {
	t.Parallel() // long, and independent of the other tests
	dir := t.TempDir()
	n := 0
	names := map[bool][]string{} // the glossaries, without and with flagged beads
	for i, p := range exportPairs(t) {
		for _, level := range []string{"paragraph", "sentence"} {
			for _, flagged := range []bool{false, true} {
				name := fmt.Sprintf("%d-%s-%v", i, level, flagged)
				file, tmx1, tmx2 := filepath.Join(dir, name+".json"), filepath.Join(dir, name+".align.tmx"), filepath.Join(dir, name+".export.tmx")
				g1, g2 := filepath.Join(dir, name+".align.names.json"), filepath.Join(dir, name+".export.names.json")
				common := []string{"--level", level, "--date", testDate, "--tmx"}
				args := []string{"align", p[0], p[1], "-f", "json", "-o", file, "--min-score", "0.99", "--glossary", g1}
				exp := []string{"export", file, "--glossary", g2}
				if flagged {
					args = append(args, "--include-flagged")
					exp = append(exp, "--include-flagged")
				}
				if r := runT(t, append(append(args, common...), tmx1)...); r.code != 0 {
					t.Fatalf("%s: align: exit %d: %s", name, r.code, r.stderr)
				}
				r := runT(t, append(append(exp, common...), tmx2)...)
				if r.code != 0 {
					t.Fatalf("%s: export: exit %d: %s", name, r.code, r.stderr)
				}
				a, b := mustRead(t, tmx1), mustRead(t, tmx2)
				if !bytes.Equal(a, b) {
					t.Errorf("%s: the export's TMX differs from align's (%d and %d bytes)", name, len(a), len(b))
				}
				if !bytes.Contains(a, []byte("<tu ")) {
					t.Errorf("%s: no unit: the comparison proves little", name)
				}
				if !bytes.Equal(mustRead(t, g1), mustRead(t, g2)) {
					t.Errorf("%s: the export's glossary differs from align's", name)
				}
				n++
				names[flagged] = append(names[flagged], string(mustRead(t, g1)))
			}
		}
	}
	// With every bead under 0.99 flagged, --include-flagged must change
	// some glossary, or the flagged comparisons prove nothing.
	if slices.Equal(names[false], names[true]) {
		t.Error("--include-flagged changes no glossary: the comparison with flagged beads proves little")
	}
	t.Logf("%d exports compared", n)
}

// TestExportReviewed: an alignment file a person corrected exports its
// corrections: a confirmed bead under the threshold comes in with
// x-status, an edited bead with its new pairing, a rejected name leaves
// the glossary.
func TestExportReviewed(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "a.json")
	if r := runT(t, "align", exampleEN, exampleKO, "-f", "json", "-o", file, "--glossary", filepath.Join(dir, "g.tsv")); r.code != 0 {
		t.Fatal(r.stderr)
	}
	f, err := alignfile.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	// As if under a higher threshold, the first two 1-1 beads are flagged:
	// a person confirms the first and leaves the second; the 1-2 bead
	// [4]:[4, 5] is marked edited; the first name is rejected.
	var flagged []int
	matches := 0
	for i, b := range f.Beads {
		if b.Kind != align.Match {
			continue
		}
		matches++
		if len(flagged) < 2 && len(b.EN) == 1 && len(b.KO) == 1 {
			f.Beads[i].Flagged = true
			flagged = append(flagged, i)
		}
		if align.FormatBead(b.Bead) == "[4]:[4, 5]" {
			f.Beads[i].Status = alignfile.StatusEdited
			f.Beads[i].Score = 1
		}
	}
	f.Beads[flagged[0]].Status = alignfile.StatusConfirmed
	rejected := f.Glossary[0].Hangul
	f.Glossary[0].Review = alignfile.ReviewRejected
	if err := alignfile.WriteFile(file, f); err != nil {
		t.Fatal(err)
	}
	out, names := filepath.Join(dir, "out.tmx"), filepath.Join(dir, "names.tsv")
	r := runT(t, "export", file, "--tmx", out, "--glossary", names, "--date", testDate)
	if r.code != 0 {
		t.Fatal(r.stderr)
	}
	tmx := string(mustRead(t, out))
	left := fmt.Sprintf(`tuid="summit:%s:%s"`, align.JoinIDs(f.Beads[flagged[1]].KO, ","), align.JoinIDs(f.Beads[flagged[1]].EN, ","))
	if strings.Count(tmx, "<tu ") != matches-1 || strings.Contains(tmx, left) ||
		strings.Count(tmx, `<prop type="x-status">confirmed</prop>`) != 1 || strings.Count(tmx, `<prop type="x-status">edited</prop>`) != 1 {
		t.Errorf("want every match bead but the flagged one left auto (%s), the reviewed ones with their status:\n%s", left, tmx)
	}
	if strings.Contains(tmx, "x-flagged") {
		t.Error("a reviewed bead is marked flagged")
	}
	if want := fmt.Sprintf("%d units from 1 alignment files, 2 of them confirmed or edited by a person; 1 beads under the review threshold left out", matches-1); !strings.Contains(r.stderr, want) {
		t.Errorf("stderr: %s\nwant %s", r.stderr, want)
	}
	g := string(mustRead(t, names))
	// The first column is the Korean term (contexts may quote it too).
	if strings.Contains("\n"+g, "\n"+rejected+"\t") || !strings.Contains(g, "\t") {
		t.Errorf("the rejected name %s is in the glossary, or it is empty:\n%s", rejected, g)
	}
}

// TestExportCorpusDir: bitext export DIR rebuilds the corpus run's TMX
// and glossary byte for byte from the alignment files, at both levels;
// then a correction shows; a run holding the directory's lock stops it.
func TestExportCorpusDir(t *testing.T) {
	for _, level := range []string{"paragraph", "sentence"} {
		t.Run(level, func(t *testing.T) {
			dir := t.TempDir()
			al := filepath.Join(dir, "al")
			tmx1, g1 := filepath.Join(dir, "corpus.tmx"), filepath.Join(dir, "corpus.json")
			r := runT(t, "corpus", corpusFixtures+"dir", "--alignments", al, "--tmx", tmx1, "--glossary", g1, "--date", testDate, "--level", level)
			if r.code != 0 {
				t.Fatalf("corpus: exit %d: %s", r.code, r.stderr)
			}
			tmx2, g2 := filepath.Join(dir, "export.tmx"), filepath.Join(dir, "export.json")
			r = runT(t, "export", al, "--tmx", tmx2, "--glossary", g2, "--date", testDate, "--level", level)
			if r.code != 0 {
				t.Fatalf("export: exit %d: %s", r.code, r.stderr)
			}
			if !bytes.Equal(mustRead(t, tmx1), mustRead(t, tmx2)) {
				t.Error("the export's TMX differs from the corpus run's")
			}
			if !bytes.Equal(mustRead(t, g1), mustRead(t, g2)) {
				t.Error("the export's glossary differs from the corpus run's")
			}
			if strings.Count(string(mustRead(t, tmx1)), "<tu ") < 5 {
				t.Error("too few units for the comparison to prove much")
			}
		})
	}

	dir := t.TempDir()
	al := filepath.Join(dir, "al")
	if r := runT(t, "corpus", corpusFixtures+"dir", "--alignments", al, "--date", testDate, "--min-score", "0.999"); r.code != 0 {
		t.Fatalf("corpus with alignment files only: exit %d: %s", r.code, r.stderr)
	}
	if _, err := os.Stat(filepath.Join(al, "report.json")); err != nil {
		t.Errorf("no report in the alignments directory: %v", err)
	}
	// A name rejected in one pair's file leaves the corpus glossary.
	path := filepath.Join(al, "politics", "summit.alignment.json")
	f, err := alignfile.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f.Glossary = []alignfile.Entry{{Entry: glossary.Entry{Hangul: "몽골", Type: glossary.Place, Forms: []glossary.Form{{English: "Mongolia"}}}, Review: alignfile.ReviewRejected}}
	i := 0
	for i = range f.Beads {
		if f.Beads[i].Kind == align.Match {
			f.Beads[i].Status = alignfile.StatusConfirmed
			break
		}
	}
	if err := alignfile.WriteFile(path, f); err != nil {
		t.Fatal(err)
	}
	tmx, names := filepath.Join(dir, "out.tmx"), filepath.Join(dir, "names.json")
	r := runT(t, "export", al, "--tmx", tmx, "--glossary", names, "--date", testDate, "--include-flagged")
	if r.code != 0 {
		t.Fatal(r.stderr)
	}
	if !strings.Contains(string(mustRead(t, tmx)), `<prop type="x-status">confirmed</prop>`) {
		t.Error("the confirmed bead has no x-status")
	}
	if g := string(mustRead(t, names)); strings.Contains(g, `"hangul": "몽골"`) || !strings.Contains(g, `"hangul": "베트남"`) {
		t.Errorf("the rejected name is in the corpus glossary, or the glossary is empty:\n%.300s", g)
	}

	lock, err := atomicfile.TryLock(atomicfile.LockName(filepath.Join(mustAbs(t, al), "index.jsonl")))
	if err != nil {
		t.Fatal(err)
	}
	defer lock.Unlock()
	r = runT(t, "export", al, "--tmx", tmx)
	if r.code != 1 || !strings.Contains(r.stderr, fmt.Sprintf("%s is in use: another process (pid %d: ", al, os.Getpid())) {
		t.Errorf("export while a run holds the lock: exit %d: %s", r.code, r.stderr)
	}
}

func mustAbs(t *testing.T, p string) string {
	t.Helper()
	abs, err := filepath.Abs(p)
	if err != nil {
		t.Fatal(err)
	}
	return abs
}

// TestExportRefuses: usage errors exit 2 before any work, bad files exit
// 1 with the file and the field named, and nothing is written.
func TestExportRefuses(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.json")
	if r := runT(t, "align", exampleEN, exampleKO, "-f", "json", "-o", good); r.code != 0 {
		t.Fatal(r.stderr)
	}
	data := mustRead(t, good)
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, bytes.Replace(data, []byte(`{"en":[2],"ko":[2],`), []byte(`{"en":[2],"ko":[40],`), 1), 0o644)
	out := filepath.Join(dir, "out.tmx")
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no file", []string{"export", "--tmx", out}, 2, "export needs ALIGNMENT.json files"},
		{"no output", []string{"export", good}, 2, "export needs --tmx OUT.tmx or --glossary OUT.tsv"},
		{"level", []string{"export", good, "--tmx", out, "--level", "word"}, 2, "--level must be paragraph or sentence"},
		{"output is input", []string{"export", good, "--tmx", good}, 2, good},
		{"missing", []string{"export", filepath.Join(dir, "none.json"), "--tmx", out}, 1, "none.json: no such file"},
		{"invalid", []string{"export", good, bad, "--tmx", out}, 1, bad + ": beads[4].ko[0]: paragraph 40 does not exist (the Korean text has 12)"},
		{"not an alignment directory", []string{"export", dir, "--tmx", out}, 1, "has no index.jsonl"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := runT(t, tc.args...)
			if r.code != tc.code || !strings.Contains(r.stderr, tc.want) {
				t.Errorf("exit %d, want %d: %s\nwant %q", r.code, tc.code, r.stderr, tc.want)
			}
			if _, err := os.Stat(out); err == nil {
				t.Error("an output was written")
			}
		})
	}
}

// TestAlignJSON: the file that align --format json writes names its
// inputs relative to its own directory (-o) or to the working directory
// (standard output), opens against them, and holds the pair's names only
// with --glossary; the old JSON shape is gone.
func TestAlignJSON(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "sub", "a.json")
	os.MkdirAll(filepath.Dir(out), 0o755)
	r := runT(t, "align", exampleEN, exampleKO, "-f", "json", "-o", out, "--glossary", filepath.Join(dir, "g.tsv"))
	if r.code != 0 {
		t.Fatal(r.stderr)
	}
	f, err := alignfile.Open(out)
	if err != nil {
		t.Fatalf("the file does not open against its inputs: %v", err)
	}
	if want := alignfile.Rel(filepath.Dir(out), exampleEN); f.EN.Path != want || !strings.HasPrefix(f.EN.Path, "../") {
		t.Errorf("English path %q, want %q", f.EN.Path, want)
	}
	if len(f.Glossary) == 0 || f.Glossary[0].Review != alignfile.ReviewAuto || f.Document != "summit" || f.Bitext != version {
		t.Errorf("file %+v", f)
	}
	r = runT(t, "align", exampleEN, exampleKO, "-f", "json")
	g, err := alignfile.Decode([]byte(r.stdout))
	if err != nil {
		t.Fatal(err)
	}
	if g.EN.Path != "../../testdata/example/summit.en.txt" || g.Glossary != nil {
		t.Errorf("on standard output: path %q, glossary %v", g.EN.Path, g.Glossary)
	}
	ko := string(mustRead(t, exampleKO))
	r = runIn(ko, "align", exampleEN, "-", "-f", "json")
	if g, err = alignfile.Decode([]byte(r.stdout)); err != nil || g.KO.Path != "-" {
		t.Errorf("standard input: %v, path %q", err, g.KO.Path)
	}
	r = runT(t, "align", exampleEN, exampleKO, "-f", "xml")
	if r.code != 2 || !strings.Contains(r.stderr, `unknown format "xml" (want text, tsv, json, html or beads)`) {
		t.Errorf("unknown format: exit %d: %s", r.code, r.stderr)
	}
}

// TestAlignHTML: --format html writes the page, atomically to -o or to
// standard output, with the pair's names even without --glossary.
func TestAlignHTML(t *testing.T) {
	out := filepath.Join(t.TempDir(), "review.html")
	r := runT(t, "align", exampleEN, exampleKO, "-f", "html", "-o", out, "--min-score", "0.999")
	if r.code != 0 {
		t.Fatal(r.stderr)
	}
	page := string(mustRead(t, out))
	for _, want := range []string{"<!DOCTYPE html>", "<title>summit — bitext alignment</title>", "default-src 'none'", `lang="ko"`, "⚑ review", "<h2>Names</h2>", "박지원"} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
	r = runT(t, "align", exampleEN, exampleKO, "-f", "html")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "<!DOCTYPE html>") {
		t.Errorf("on standard output: exit %d: %.100s", r.code, r.stdout)
	}
}
