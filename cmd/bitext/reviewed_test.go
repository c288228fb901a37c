package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bitext-ko/bitext/tm/alignfile"
)

// TestCorpusForceKeepsReviewedInIndex: a bead confirmed in review
// --corpus survives a corpus --force run that declines to replace the
// reviewed file: bitext export DIR exports it with its x-status, and the
// pair stays in the review queue, whatever settings the new run has.
func TestCorpusForceKeepsReviewedInIndex(t *testing.T) {
	for _, tc := range []struct {
		name  string
		rerun []string // the second run's settings
	}{
		{"same settings", []string{"--min-score", "0.9999"}},
		{"other settings", []string{"--min-score", "0.999", "--level", "sentence"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			al := filepath.Join(dir, "al")
			corpus := []string{"corpus", "../../testdata/corpus/dir", "--alignments", al, "--tmx", filepath.Join(dir, "c.tmx"), "--date", testDate}
			// Every bead flagged: a unit is exported only once confirmed.
			if r := runT(t, append(corpus, "--min-score", "0.9999")...); r.code != 0 {
				t.Fatal(r.stderr)
			}
			rv := startReview(t, "--corpus", al)
			st := rv.call("GET", "api/state", nil)
			doc := st["document"].(string)
			rv.call("POST", "api/edit", map[string]any{"rev": st["rev"], "op": "confirm", "bead": 0})
			rv.call("POST", "api/done", struct{}{})
			rv.call("POST", "api/quit", struct{}{})
			if code := rv.wait(); code != 0 {
				t.Fatalf("review: exit %d: %s", code, rv.stderr.String())
			}

			r := runT(t, append(append(corpus, "--force"), tc.rerun...)...)
			if r.code != 1 || !strings.Contains(r.stderr, "holds a person's review") || !strings.Contains(r.stderr, "stays in index.jsonl") {
				t.Fatalf("corpus --force: exit %d: %s", r.code, r.stderr)
			}
			out := filepath.Join(dir, "y.tmx")
			r = runT(t, "export", al, "--tmx", out, "--date", testDate)
			if r.code != 0 || !strings.Contains(r.stderr, "1 of them confirmed or edited") {
				t.Fatalf("export: exit %d: %s", r.code, r.stderr)
			}
			tmx := mustRead(t, out)
			if !bytes.Contains(tmx, []byte(`<prop type="x-status">confirmed</prop>`)) || !bytes.Contains(tmx, []byte(`<prop type="x-document">`+doc+`</prop>`)) {
				t.Errorf("the confirmed bead of %s is not in the export:\n%s", doc, tmx)
			}
			rv = startReview(t, "--corpus", al)
			q := rv.call("GET", "api/state", nil)["corpus"].(map[string]any)
			rv.call("POST", "api/quit", struct{}{})
			rv.wait()
			if q["total"] != 4.0 {
				t.Errorf("the review queue after the run: %v", q)
			}
		})
	}
}

// TestAlignKeepsReviewedFile: align never replaces an alignment file a
// person reviewed, whichever of its outputs names it (nor does review's
// export): exit 1 before any work, the corpus's message, the file byte
// for byte. Unreviewed alignment files and other files are replaced as
// before.
func TestAlignKeepsReviewedFile(t *testing.T) {
	dir, en, ko := copyExample(t)
	reviewed := filepath.Join(dir, "pair.json")
	if r := runT(t, "align", en, ko, "-f", "json", "-o", reviewed); r.code != 0 {
		t.Fatal(r.stderr)
	}
	f, err := alignfile.ReadFile(reviewed)
	if err != nil {
		t.Fatal(err)
	}
	f.Beads[3].Status = alignfile.StatusConfirmed
	if err := alignfile.WriteFile(reviewed, f); err != nil {
		t.Fatal(err)
	}
	unreviewed := filepath.Join(dir, "auto.json")
	if r := runT(t, "align", en, ko, "-f", "json", "-o", unreviewed); r.code != 0 {
		t.Fatal(r.stderr)
	}
	notes := filepath.Join(dir, "notes.json")
	for _, tc := range []struct {
		name string
		args []string
		file string // the file the command names as an output
		code int
	}{
		{"-o, json", []string{"align", en, ko, "-f", "json", "-o", reviewed}, reviewed, 1},
		{"-o, html", []string{"align", en, ko, "-f", "html", "-o", reviewed}, reviewed, 1},
		{"-o, text", []string{"align", en, ko, "-o", reviewed}, reviewed, 1},
		{"--tmx", []string{"align", en, ko, "--tmx", reviewed}, reviewed, 1},
		{"--glossary", []string{"align", en, ko, "--glossary", reviewed}, reviewed, 1},
		{"review's --tmx", []string{"review", "--no-open", unreviewed, "--tmx", reviewed}, reviewed, 1},
		{"export's --tmx", []string{"export", unreviewed, "--tmx", reviewed}, reviewed, 1},
		{"export's --glossary", []string{"export", unreviewed, "--glossary", reviewed, "--glossary-format", "tsv"}, reviewed, 1},
		{"unreviewed", []string{"align", en, ko, "-f", "json", "-o", unreviewed, "--min-score", "0.9"}, unreviewed, 0},
		{"not an alignment file", []string{"align", en, ko, "-f", "json", "-o", notes}, notes, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.file == notes {
				os.WriteFile(notes, []byte("{my notes"), 0o644)
			}
			before := mustRead(t, tc.file)
			r := runT(t, tc.args...)
			if r.code != tc.code {
				t.Fatalf("exit %d, want %d: %s", r.code, tc.code, r.stderr)
			}
			same := bytes.Equal(before, mustRead(t, tc.file))
			if tc.code == 1 {
				if want := tc.file + " holds a person's review, which bitext never overwrites: move it away to align the pair again"; !strings.Contains(r.stderr, want) {
					t.Errorf("stderr %q, want %q", r.stderr, want)
				}
				if !same {
					t.Error("the reviewed file was changed")
				}
			} else if same {
				t.Error("the file was not replaced")
			}
		})
	}
}
