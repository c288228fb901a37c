package server

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/bitext-ko/bitext/tm/corpus"
	"github.com/bitext-ko/bitext/tm/export"
	"github.com/bitext-ko/bitext/tm/glossary"
	"github.com/bitext-ko/bitext/tm/review/edit"
	"github.com/bitext-ko/bitext/tm/review/internal/testkit"
)

// TestCorpusReview reviews the alignment files of a corpus run: a queue
// of its pairs, lowest mean score first; a pair opened at a time, never
// left with unsaved edits; pairs marked done, with the progress kept in
// the directory and taken up again when the review is reopened; the
// corpus lock held meanwhile; and export writes what bitext export DIR
// writes.
func TestCorpusReview(t *testing.T) {
	dir := testkit.Corpus(t, filepath.Join(testkit.Root(t), "testdata", "corpus", "dir"), 0.999)
	al, err := corpus.OpenAlignments(dir)
	if err != nil {
		t.Fatal(err)
	}
	index := al.Pairs
	al.Close()
	if len(index) < 3 {
		t.Fatalf("the corpus has %d pairs: the test needs three", len(index))
	}
	out := t.TempDir()
	job := export.Job{Options: export.Options{Langs: export.Langs{KO: "ko-KR", EN: "en-US"}, Date: time.Unix(0, 0).UTC(), IncludeFlagged: true},
		Version: "test", TMX: filepath.Join(out, "review.tmx"), Glossary: filepath.Join(out, "review.json"), GlossaryFormat: glossary.JSON}
	r := start(t, Config{Corpus: dir, Export: job})

	var q queueView
	if code, body := r.call("GET", "api/queue?offset=0&limit=2", nil, &q); code != 200 || q.Total != len(index) || len(q.Items) != 2 || q.Position != 0 {
		t.Fatalf("queue: %d %s", code, body)
	}
	r.call("GET", "api/queue", nil, &q)
	for k := 1; k < len(q.Items); k++ {
		if a, b := q.Items[k-1], q.Items[k]; a.MeanScore > b.MeanScore || a.MeanScore == b.MeanScore && a.Flagged < b.Flagged {
			t.Errorf("queue order: %+v before %+v", a, b)
		}
	}
	st := r.state()
	if st.Corpus == nil || st.Corpus.ID != q.Items[0].ID || st.Document == "" || len(st.Beads) == 0 {
		t.Fatalf("the review opens on %+v, want the first of the queue, %s", st.Corpus, q.Items[0].ID)
	}
	if _, err := corpus.OpenAlignments(dir); !errors.Is(err, corpus.ErrLocked) {
		t.Errorf("a corpus run or export could take the directory during the review: %v", err)
	}

	// An edit: the next pair waits until it is saved.
	r.edit(edit.Op{Op: "confirm", Bead: 0})
	if code, body := r.call("POST", "api/open", map[string]int{"position": 1}, nil); !refused(code, body, "not saved") {
		t.Errorf("opening a pair with edits unsaved: %d %s", code, body)
	}
	var done stateView
	if code, body := r.call("POST", "api/done", struct{}{}, &done); code != 200 || done.Corpus.ID != q.Items[1].ID || done.Corpus.Done != 1 {
		t.Fatalf("done: %d %s", code, body)
	}
	first := q.Items[0].ID
	if f, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(corpus.AlignmentName(first)))); err != nil || !bytes.Contains(f, []byte(`"status":"confirmed"`)) {
		t.Errorf("done did not save %s: %v", first, err)
	}
	if code, body := r.call("POST", "api/open", map[string]int{"position": 2}, nil); code != 200 {
		t.Fatalf("open: %d %s", code, body)
	}
	if code, body := r.call("POST", "api/open", map[string]int{"position": len(index)}, nil); !refused(code, body, "there is no pair") {
		t.Errorf("a pair past the queue: %d %s", code, body)
	}
	var prog progress
	if b, err := os.ReadFile(filepath.Join(dir, ProgressName)); err != nil || json.Unmarshal(b, &prog) != nil {
		t.Fatalf("no progress file: %v", err)
	}
	if prog.Current != q.Items[2].ID || !slices.Equal(prog.Done, []string{first}) {
		t.Errorf("progress %+v", prog)
	}

	// Export: every pair, in the index's order, as bitext export DIR.
	var v exportedView
	if code, body := r.call("POST", "api/export", struct{}{}, &v); code != 200 || v.Files != len(index) || v.Reviewed == 0 {
		t.Fatalf("export: %d %s", code, body)
	}
	got, _ := os.ReadFile(job.TMX)
	var paths []string
	for _, e := range index {
		paths = append(paths, filepath.Join(dir, filepath.FromSlash(e.File)))
	}
	job.TMX, job.Glossary = filepath.Join(out, "export.tmx"), filepath.Join(out, "export.json")
	if _, err := job.Run(paths); err != nil {
		t.Fatal(err)
	}
	if want, _ := os.ReadFile(job.TMX); !bytes.Equal(got, want) {
		t.Error("the review's export of the corpus is not bitext export's")
	}

	// Reopened: the pair open last, the pairs done.
	r.ts.Close()
	r.srv.Close()
	if al, err := corpus.OpenAlignments(dir); err != nil {
		t.Errorf("the lock outlives the review: %v", err)
	} else {
		al.Close()
	}
	r = start(t, Config{Corpus: dir})
	st = r.state()
	if st.Corpus.ID != q.Items[2].ID || st.Corpus.Done != 1 {
		t.Errorf("reopened on %+v, want %s with one pair done", st.Corpus, q.Items[2].ID)
	}
	r.call("GET", "api/queue", nil, &q)
	if !q.Items[0].Done || q.Items[1].Done {
		t.Errorf("reopened queue: %+v", q.Items)
	}
}

// TestQueueWithoutPairs: the queue of a corpus is read from its index
// alone: it opens on an index of pairs whose files are not there.
func TestQueueWithoutPairs(t *testing.T) {
	dir := t.TempDir()
	writeIndex(t, dir, 1000)
	q, err := Queue(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(q) != 1000 {
		t.Fatalf("%d pairs", len(q))
	}
	for k := 1; k < len(q); k++ {
		if q[k-1].MeanScore > q[k].MeanScore {
			t.Fatalf("out of order at %d: %v then %v", k, q[k-1].MeanScore, q[k].MeanScore)
		}
	}
	// The server opens on such a queue, and says why the first pair
	// cannot be opened.
	r := start(t, Config{Corpus: dir})
	if st := r.state(); st.Corpus == nil || st.Corpus.Total != 1000 || !strings.Contains(st.Corpus.Error, "cannot be opened") {
		t.Errorf("state %+v", st.Corpus)
	}
	os.WriteFile(filepath.Join(dir, ProgressName), []byte(`{"format": "something else"}`), 0o644)
	r.ts.Close()
	r.srv.Close()
	if _, err := New(Config{Corpus: dir}); err == nil || !strings.Contains(err.Error(), "not bitext review's progress file") {
		t.Errorf("a progress file of something else: %v", err)
	}
}

// writeIndex writes an index of n pairs, with scores spread out, and no
// alignment file.
func writeIndex(t testing.TB, dir string, n int) {
	t.Helper()
	var b bytes.Buffer
	b.WriteString(`{"format":"bitext-alignment-index","version":1}` + "\n")
	for i := range n {
		id := fmt.Sprintf("news/%05d", i)
		e := corpus.IndexEntry{ID: id, File: corpus.AlignmentName(id), Beads: 20 + i%30, Flagged: i % 7, MeanScore: float64((i*7919)%1000) / 1000}
		j, _ := json.Marshal(e)
		b.Write(append(j, '\n'))
	}
	if err := os.WriteFile(filepath.Join(dir, corpus.IndexName), b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// BenchmarkQueue10000 opens the review queue of a corpus of 10,000 pairs
// (the index only, no alignment file is read): bitext review --corpus's
// start-up, before the first pair.
func BenchmarkQueue10000(b *testing.B) {
	dir := b.TempDir()
	writeIndex(b, dir, 10000)
	b.ReportAllocs()
	for b.Loop() {
		q, err := Queue(dir)
		if err != nil || len(q) != 10000 {
			b.Fatal(err, len(q))
		}
	}
}
