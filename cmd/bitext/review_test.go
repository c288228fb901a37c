package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// urlWriter is standard output for a review run in process: it gives the
// first line, the review's URL, to a channel.
type urlWriter struct {
	mu   sync.Mutex
	buf  bytes.Buffer
	url  chan string
	sent bool
}

func (w *urlWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.buf.Write(p)
	if line, _, ok := strings.Cut(w.buf.String(), "\n"); ok && !w.sent {
		w.sent = true
		w.url <- line
	}
	return len(p), nil
}

// syncBuffer is a bytes.Buffer safe for the review's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// reviewRun is bitext review running in process.
type reviewRun struct {
	t      *testing.T
	url    string
	stderr *syncBuffer
	code   chan int
}

// startReview runs bitext review with args (and --no-open) and waits for
// its URL.
func startReview(t *testing.T, args ...string) *reviewRun {
	t.Helper()
	out := &urlWriter{url: make(chan string, 1)}
	r := &reviewRun{t: t, stderr: &syncBuffer{}, code: make(chan int, 1)}
	go func() {
		r.code <- run(append([]string{"bitext", "review", "--no-open"}, args...), strings.NewReader(""), out, r.stderr)
	}()
	select {
	case r.url = <-out.url:
	case code := <-r.code:
		t.Fatalf("review exited %d before serving: %s", code, r.stderr.String())
	case <-time.After(time.Minute):
		t.Fatal("no URL after a minute")
	}
	if !strings.HasPrefix(r.url, "http://127.0.0.1:") || !strings.HasSuffix(r.url, "/") {
		t.Fatalf("URL %q", r.url)
	}
	return r
}

// call sends a request to the review and decodes its JSON answer.
func (r *reviewRun) call(method, path string, body any) map[string]any {
	r.t.Helper()
	var rd io.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		rd = bytes.NewReader(b)
	}
	req, _ := http.NewRequest(method, r.url+path, rd)
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		r.t.Fatal(err)
	}
	defer resp.Body.Close()
	var v map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&v); err != nil || resp.StatusCode != 200 {
		r.t.Fatalf("%s %s: %d %v %v", method, path, resp.StatusCode, v, err)
	}
	return v
}

// wait waits for the review to end and returns its exit status.
func (r *reviewRun) wait() int {
	r.t.Helper()
	select {
	case code := <-r.code:
		return code
	case <-time.After(time.Minute):
		r.t.Fatal("the review did not stop")
		return 0
	}
}

// copyExample copies the example pair into a new directory.
func copyExample(t *testing.T) (dir, en, ko string) {
	t.Helper()
	dir = t.TempDir()
	en, ko = filepath.Join(dir, "summit.en.txt"), filepath.Join(dir, "summit.ko.txt")
	os.WriteFile(en, mustRead(t, exampleEN), 0o644)
	os.WriteFile(ko, mustRead(t, exampleKO), 0o644)
	return dir, en, ko
}

// TestReview: bitext review EN KO -o FILE aligns the pair, serves its
// review, saves and exports what bitext export writes from the saved
// file, and stops when the page quits; run again, it reviews the file it
// made; --corpus reviews a corpus run's alignment files; other inputs
// with the file are refused.
func TestReview(t *testing.T) {
	dir, en, ko := copyExample(t)
	file := filepath.Join(dir, "pair.json")
	tmx, names := filepath.Join(dir, "review.tmx"), filepath.Join(dir, "review.tsv")
	r := startReview(t, en, ko, "-o", file, "--min-score", "0.999", "--tmx", tmx, "--glossary", names, "--date", testDate)
	st := r.call("GET", "api/state", nil)
	if st["document"] != "summit" || !strings.Contains(r.stderr.String(), "pair.json: aligned") {
		t.Fatalf("state %v, stderr %s", st["document"], r.stderr.String())
	}
	rev := st["rev"]
	r.call("POST", "api/edit", map[string]any{"rev": rev, "op": "confirm", "bead": 4})
	exported := r.call("POST", "api/export", struct{}{})
	r.call("POST", "api/quit", struct{}{})
	if code := r.wait(); code != 0 || !strings.Contains(r.stderr.String(), "review stopped") {
		t.Fatalf("exit %d: %s", code, r.stderr.String())
	}
	if exported["units"] != 1.0 || exported["reviewed"] != 1.0 {
		t.Errorf("export %v: want the confirmed bead alone (the others are flagged)", exported)
	}
	ex := runT(t, "export", file, "--tmx", filepath.Join(dir, "export.tmx"), "--glossary", filepath.Join(dir, "export.tsv"), "--date", testDate)
	if ex.code != 0 {
		t.Fatal(ex.stderr)
	}
	if !bytes.Equal(mustRead(t, tmx), mustRead(t, filepath.Join(dir, "export.tmx"))) || !bytes.Equal(mustRead(t, names), mustRead(t, filepath.Join(dir, "export.tsv"))) {
		t.Error("the review's export is not bitext export's of the saved file")
	}

	r = startReview(t, en, ko, "-o", file)
	if !strings.Contains(r.stderr.String(), "is the alignment of these files already") {
		t.Errorf("reopening: %s", r.stderr.String())
	}
	beads := r.call("GET", "api/state", nil)["beads"].([]any)
	if s := beads[4].(map[string]any)["status"]; s != "confirmed" {
		t.Errorf("reopened, bead 5 is %v", s)
	}
	r.call("POST", "api/quit", struct{}{})
	r.wait()

	aligned := filepath.Join(dir, "aligned")
	if c := runT(t, "corpus", "../../testdata/corpus/dir", "--alignments", aligned); c.code != 0 {
		t.Fatal(c.stderr)
	}
	r = startReview(t, "--corpus", aligned)
	if c := r.call("GET", "api/state", nil)["corpus"].(map[string]any); c["total"] != 4.0 || c["position"] != 0.0 {
		t.Errorf("corpus review: %v", c)
	}
	r.call("POST", "api/quit", struct{}{})
	r.wait()

	other := runT(t, "review", "--no-open", en, exampleKO, "-o", file)
	if other.code != 2 || !strings.Contains(other.stderr, "is the alignment of") {
		t.Errorf("another pair into the file: %d %s", other.code, other.stderr)
	}
}

// TestReviewUsage: how review is called is checked before anything is
// aligned or served.
func TestReviewUsage(t *testing.T) {
	dir, en, ko := copyExample(t)
	file := filepath.Join(dir, "pair.json")
	for _, c := range []struct {
		args []string
		want string
	}{
		{nil, "review needs EN_FILE KO_FILE -o ALIGNMENT.json"},
		{[]string{en, ko}, "needs -o ALIGNMENT.json"},
		{[]string{en, ko, "-o", "-"}, "needs -o ALIGNMENT.json"},
		{[]string{"--corpus", dir, file}, "takes no files"},
		{[]string{file, "--style", "klingon"}, "--style must be"},
		{[]string{file, "--level", "word"}, "--level must be"},
		{[]string{en, ko, "-o", file, "--tmx", file}, "--tmx"},
		{[]string{file, "--glossary", filepath.Join(dir, "pair.draft.json")}, "its draft"},
		{[]string{"-", ko, "-o", file}, "not standard input"},
	} {
		r := runT(t, append([]string{"review", "--no-open"}, c.args...)...)
		if r.code != 2 || !strings.Contains(r.stderr, c.want) {
			t.Errorf("%q: exit %d, %s; want 2 and %q", c.args, r.code, r.stderr, c.want)
		}
	}
	if _, err := os.Stat(file); err == nil {
		t.Error("a refused review wrote the alignment file")
	}
	if r := runT(t, "review", "--no-open", filepath.Join(dir, "missing.json")); r.code != 1 || !strings.Contains(r.stderr, "missing.json") {
		t.Errorf("a missing file: %d %s", r.code, r.stderr)
	}
}

// TestReviewFlags: the ends of review's numeric flags are accepted: the
// review is served (on the port asked for) with the threshold given.
func TestReviewFlags(t *testing.T) {
	_, en, ko := copyExample(t)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	free := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	for k, c := range []struct{ port, minScore string }{{"0", "0"}, {strconv.Itoa(free), "1"}} {
		file := filepath.Join(filepath.Dir(en), fmt.Sprintf("pair%d.json", k))
		r := startReview(t, en, ko, "-o", file, "--port", c.port, "--min-score", c.minScore)
		if c.port != "0" && !strings.HasPrefix(r.url, "http://127.0.0.1:"+c.port+"/") {
			t.Errorf("--port %s: %s", c.port, r.url)
		}
		if got := r.call("GET", "api/state", nil)["min_score"]; got != map[string]float64{"0": 0, "1": 1}[c.minScore] {
			t.Errorf("--min-score %s: the file's threshold is %v", c.minScore, got)
		}
		r.call("POST", "api/quit", struct{}{})
		if code := r.wait(); code != 0 {
			t.Errorf("exit %d", code)
		}
	}
}
