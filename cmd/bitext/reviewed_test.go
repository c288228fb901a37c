package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
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
