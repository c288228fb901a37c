package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bitext-ko/bitext/align"
	"github.com/bitext-ko/bitext/align/names/romanize"
	"github.com/bitext-ko/bitext/tm/alignfile"
	"github.com/bitext-ko/bitext/tm/atomicfile"
	"github.com/bitext-ko/bitext/tm/export"
	"github.com/bitext-ko/bitext/tm/glossary"
	"github.com/bitext-ko/bitext/tm/review/edit"
	"github.com/bitext-ko/bitext/tm/review/internal/testkit"
)

// pairFile writes the example pair and its alignment file (threshold
// 0.999, which flags beads) into a new directory and returns the file's
// path.
func pairFile(t testing.TB) string {
	t.Helper()
	dir := t.TempDir()
	en, ko := testkit.Example(t)
	for _, p := range []string{en, ko} {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(p)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(dir, "summit.json")
	testkit.WriteAligned(t, filepath.Join(dir, "summit.en.txt"), filepath.Join(dir, "summit.ko.txt"), path, 0.999)
	return path
}

// tserver is a review server under test, served by httptest on the
// loopback interface.
type tserver struct {
	t    testing.TB
	srv  *Server
	ts   *httptest.Server
	port int
	base string // http://127.0.0.1:PORT/TOKEN/
}

func start(t testing.TB, cfg Config) *tserver {
	t.Helper()
	srv, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewUnstartedServer(nil)
	port := ts.Listener.Addr().(*net.TCPAddr).Port
	ts.Config.Handler = srv.Handler(port)
	ts.Start()
	t.Cleanup(func() { ts.Close(); srv.Close() })
	return &tserver{t: t, srv: srv, ts: ts, port: port, base: fmt.Sprintf("http://127.0.0.1:%d/%s/", port, srv.Token())}
}

// call sends a request to path (below the token) and decodes a JSON
// answer into out (when not nil); it returns the status and the body.
func (r *tserver) call(method, path string, body any, out any) (int, string) {
	r.t.Helper()
	var rd io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			r.t.Fatal(err)
		}
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequest(method, r.base+path, rd)
	if err != nil {
		r.t.Fatal(err)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		r.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if out != nil && resp.StatusCode == http.StatusOK && !bytes.Contains(b, []byte(`"refused":`)) {
		if err := json.Unmarshal(b, out); err != nil {
			r.t.Fatalf("%s %s: %v: %s", method, path, err, b)
		}
	}
	return resp.StatusCode, string(b)
}

// refused reports whether an answer is a refusal saying reason.
func refused(code int, body, reason string) bool {
	return code == http.StatusOK && strings.Contains(body, `"refused":`) && strings.Contains(body, reason)
}

func (r *tserver) state() stateView {
	r.t.Helper()
	var s stateView
	if code, body := r.call("GET", "api/state", nil, &s); code != http.StatusOK {
		r.t.Fatalf("state: %d %s", code, body)
	}
	return s
}

// edit sends op at the current revision and returns the patch.
func (r *tserver) edit(op edit.Op) patchView {
	r.t.Helper()
	var p patchView
	if code, body := r.call("POST", "api/edit", editRequest{Rev: r.state().Rev, Op: op}, &p); code != http.StatusOK || p.Rev == 0 {
		r.t.Fatalf("%+v: %d %s", op, code, body)
	}
	return p
}

func mustMarshal(t testing.TB, f *alignfile.File) []byte {
	t.Helper()
	b, err := alignfile.Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestSafety: the review answers only requests that carry its token, name
// it by the loopback address or localhost with its port, and, for those
// that change something, come from its own page as JSON.
func TestSafety(t *testing.T) {
	r := start(t, Config{File: pairFile(t)})
	other := start(t, Config{File: pairFile(t)})
	if r.srv.Token() == other.srv.Token() || len(r.srv.Token()) != 32 {
		t.Fatalf("tokens %q and %q: want two different random 128-bit tokens", r.srv.Token(), other.srv.Token())
	}
	tok := r.srv.Token()
	wrong := []byte(tok)
	wrong[5] ^= 1
	host := fmt.Sprintf("127.0.0.1:%d", r.port)
	cases := []struct {
		name          string
		method, path  string
		host, origin  string
		site, ctype   string
		want          int
		wantInBody    string
		noRedirection bool
	}{
		{"the page", "GET", "/" + tok + "/", host, "", "", "", 200, "<title>bitext review</title>", false},
		{"the state", "GET", "/" + tok + "/api/state", host, "", "", "", 200, `"document":"summit"`, false},
		{"named localhost", "GET", "/" + tok + "/api/state", fmt.Sprintf("localhost:%d", r.port), "", "", "", 200, "summit", false},
		{"no token", "GET", "/api/state", host, "", "", "", 403, "token", false},
		{"the root", "GET", "/", host, "", "", "", 403, "token", false},
		{"a wrong token", "GET", "/" + string(wrong) + "/api/state", host, "", "", "", 403, "token", false},
		{"another review's token", "GET", "/" + other.srv.Token() + "/api/state", host, "", "", "", 403, "token", false},
		{"the token without its slash", "GET", "/" + tok, host, "", "", "", 302, "", true},
		{"a token in the query", "GET", "/api/state?token=" + tok, host, "", "", "", 403, "token", false},
		{"a rebound name", "GET", "/" + tok + "/api/state", fmt.Sprintf("attacker.example:%d", r.port), "", "", "", 403, "127.0.0.1 and localhost", false},
		{"another port", "GET", "/" + tok + "/api/state", "127.0.0.1:1", "", "", "", 403, "127.0.0.1 and localhost", false},
		{"no port", "GET", "/" + tok + "/api/state", "127.0.0.1", "", "", "", 403, "127.0.0.1 and localhost", false},
		{"a save from the page", "POST", "/" + tok + "/api/save", host, "http://" + host, "same-origin", "application/json", 200, `"dirty":false`, false},
		{"a save from another site", "POST", "/" + tok + "/api/save", host, "http://attacker.example", "", "application/json", 403, "another site", false},
		{"a save a browser says is cross-site", "POST", "/" + tok + "/api/save", host, "", "cross-site", "application/json", 403, "another site", false},
		{"a save as a form", "POST", "/" + tok + "/api/save", host, "", "", "application/x-www-form-urlencoded", 415, "JSON", false},
		{"a GET of an API that changes something", "GET", "/" + tok + "/api/save", host, "", "", "", 405, "", false},
		{"a file path", "GET", "/" + tok + "/../summit.json", host, "", "", "", 403, "not files", false},
		{"a file path inside", "GET", "/" + tok + "/api/../../summit.json", host, "", "", "", 403, "not files", false},
		{"an asset that is not there", "GET", "/" + tok + "/index.go", host, "", "", "", 404, "", false},
	}
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var body io.Reader
			if c.method == "POST" {
				body = strings.NewReader("{}")
			}
			req, err := http.NewRequest(c.method, r.ts.URL, body)
			if err != nil {
				t.Fatal(err)
			}
			req.URL.Path = c.path
			req.URL.RawQuery = ""
			if q := strings.Index(c.path, "?"); q >= 0 {
				req.URL.Path, req.URL.RawQuery = c.path[:q], c.path[q+1:]
			}
			req.URL.Opaque = req.URL.Path // sent as it is, ".." included
			req.Host = c.host
			for k, v := range map[string]string{"Origin": c.origin, "Sec-Fetch-Site": c.site, "Content-Type": c.ctype} {
				if v != "" {
					req.Header.Set(k, v)
				}
			}
			resp, err := client.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != c.want || !strings.Contains(string(b), c.wantInBody) {
				t.Errorf("%d %q, want %d with %q", resp.StatusCode, b, c.want, c.wantInBody)
			}
			if c.noRedirection && resp.Header.Get("Location") != "/"+tok+"/" {
				t.Errorf("redirected to %q", resp.Header.Get("Location"))
			}
			if h := resp.Header; h.Get("X-Content-Type-Options") != "nosniff" || h.Get("Referrer-Policy") != "no-referrer" {
				t.Errorf("headers %v", h)
			}
			if c.path == "/"+tok+"/" && !strings.Contains(resp.Header.Get("Content-Security-Policy"), "default-src 'none'") {
				t.Errorf("the page's Content-Security-Policy is %q", resp.Header.Get("Content-Security-Policy"))
			}
		})
	}

	ln, err := Listen(0)
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	if ip := ln.Addr().(*net.TCPAddr).IP; !ip.IsLoopback() || ip.To4() == nil {
		t.Errorf("Listen listens on %v, want 127.0.0.1", ip)
	}
	if u := r.srv.URL(ln); !strings.HasPrefix(u, "http://127.0.0.1:") || !strings.HasSuffix(u, "/"+tok+"/") {
		t.Errorf("URL %s", u)
	}
}

// TestEditsOverHTTP: each edit sent to the server changes the file as the
// edit model does, refusals come back with their reason, and a
// page that is out of date or sends nonsense is told so.
func TestEditsOverHTTP(t *testing.T) {
	path := pairFile(t)
	r := start(t, Config{File: path})
	f, err := alignfile.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	model, err := edit.New(f)
	if err != nil {
		t.Fatal(err)
	}
	ops := []edit.Op{
		{Op: "merge", Bead: 5}, {Op: "split", Bead: 5, Side: "en", Para: 4}, {Op: "move", Bead: 7, Side: "ko", Para: 6, Dir: -1},
		{Op: "unlink", Bead: 4}, {Op: "mark", Bead: 5, Kind: "furniture"}, {Op: "mark", Bead: 5, Kind: "omitted"}, {Op: "link", Bead: 4},
		{Op: "mark", Bead: 0, Kind: "omitted"}, {Op: "confirm", Bead: 9}, {Op: "confirm_above", Score: 0.994},
		{Op: "link_sentences", Bead: 7, EN: "5.0", KO: "7.1"}, {Op: "unlink_sentence", Bead: 7, Side: "ko", Sentence: "7.1"},
		{Op: "undo"}, {Op: "undo"}, {Op: "redo"},
		{Op: "name", Hangul: f.Glossary[0].Hangul, Review: "rejected"}, {Op: "edit_name", Hangul: f.Glossary[0].Hangul, English: "Test Name", Type: "place"},
	}
	for _, op := range ops {
		want, err := model.Apply(op)
		if err != nil {
			t.Fatalf("the model refuses %+v: %v", op, err)
		}
		p := r.edit(op)
		if p.Rev != want.Rev || p.At != want.At || p.Removed != want.Removed || len(p.Beads) != len(want.Beads) || p.Names != want.Names || p.What != want.What {
			t.Errorf("%+v: patch %+v, want %+v", op, p, want)
		}
		if !bytes.Equal(mustMarshal(t, r.srv.file()), mustMarshal(t, model.File())) {
			t.Fatalf("after %+v the server's file is not the model's", op)
		}
		if st := r.state(); !st.Dirty || st.Undo == "" {
			t.Errorf("after %+v: dirty %v, undo %q", op, st.Dirty, st.Undo)
		}
	}

	before := mustMarshal(t, r.srv.file())
	rev := r.state().Rev
	for _, c := range []struct {
		body       any
		want       int // 0: a refusal
		wantInBody string
	}{
		{editRequest{Rev: rev, Op: edit.Op{Op: "merge", Bead: 99}}, 0, "there is no bead 100"},
		{map[string]any{"rev": rev, "op": "merge", "bead": -1}, 0, "there is no bead -1"},
		{editRequest{Rev: rev, Op: edit.Op{Op: "mark", Bead: 5, Kind: "furniture"}}, 0, "a furniture bead has one side only"},
		{editRequest{Rev: rev - 1, Op: edit.Op{Op: "confirm", Bead: 4}}, 409, "out of date"},
		{map[string]any{"rev": rev, "op": "merge", "bead": 1, "path": "/etc/passwd"}, 400, "unknown field"},
		{"merge", 400, "malformed"},
	} {
		code, body := r.call("POST", "api/edit", c.body, nil)
		if c.want == 0 && !refused(code, body, c.wantInBody) || c.want != 0 && (code != c.want || !strings.Contains(body, c.wantInBody)) {
			t.Errorf("%v: %d %s, want %d with %q", c.body, code, body, c.want, c.wantInBody)
		}
	}
	if !bytes.Equal(mustMarshal(t, r.srv.file()), before) || r.state().Rev != rev {
		t.Error("a refused request changed the review")
	}
}

// TestSaveDraftReopen: edits are kept in a draft beside the file until
// saved; stopping the server writes the draft; reopening offers it, and
// nothing can be edited until it is restored (an edit that can be undone)
// or discarded; saving writes the file and removes the draft; the saved
// file reopens as it was saved.
func TestSaveDraftReopen(t *testing.T) {
	path := pairFile(t)
	draft := DraftName(path)
	orig, _ := os.ReadFile(path)
	r := start(t, Config{File: path, DraftDelay: 20 * time.Millisecond})
	r.edit(edit.Op{Op: "merge", Bead: 5})
	r.edit(edit.Op{Op: "confirm", Bead: 4})
	edited := mustMarshal(t, r.srv.file())
	waitFor(t, func() bool { b, err := os.ReadFile(draft); return err == nil && bytes.Equal(b, edited) }, "the draft of two edits")
	if b, _ := os.ReadFile(path); !bytes.Equal(b, orig) {
		t.Fatal("an edit changed the alignment file before it was saved")
	}
	r.edit(edit.Op{Op: "unlink", Bead: 7}) // not yet in the draft
	edited = mustMarshal(t, r.srv.file())
	r.ts.Close()
	if err := r.srv.Close(); err != nil {
		t.Fatal(err)
	}
	if b, err := os.ReadFile(draft); err != nil || !bytes.Equal(b, edited) {
		t.Fatalf("closing the review left the draft %v, want the edits", err)
	}

	// Reopened: the draft is offered; edits wait.
	r = start(t, Config{File: path, DraftDelay: 20 * time.Millisecond})
	st := r.state()
	if st.Draft == nil || st.Dirty {
		t.Fatalf("reopened: draft %v, dirty %v; want the draft offered", st.Draft, st.Dirty)
	}
	if code, body := r.call("POST", "api/edit", editRequest{Rev: st.Rev, Op: edit.Op{Op: "confirm", Bead: 4}}, nil); !refused(code, body, "restore it or discard it first") {
		t.Errorf("an edit while a draft is offered: %d %s", code, body)
	}
	if code, body := r.call("POST", "api/save", struct{}{}, nil); !refused(code, body, "restore it or discard it first") {
		t.Errorf("a save while a draft is offered: %d %s", code, body)
	}
	var p patchView
	if code, body := r.call("POST", "api/draft", map[string]string{"action": "restore"}, &p); code != 200 || !strings.HasPrefix(p.What, "restore the draft of ") {
		t.Fatalf("restore: %d %s", code, body)
	}
	if !bytes.Equal(mustMarshal(t, r.srv.file()), edited) || !r.state().Dirty {
		t.Fatal("the restored review is not the draft's")
	}
	r.edit(edit.Op{Op: "undo"})
	if !bytes.Equal(mustMarshal(t, r.srv.file()), orig) {
		t.Fatal("undoing the restore does not give back the file")
	}
	r.edit(edit.Op{Op: "redo"})
	if code, body := r.call("POST", "api/save", struct{}{}, nil); code != 200 {
		t.Fatalf("save: %d %s", code, body)
	}
	if _, err := os.Stat(draft); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the draft is still there after a save: %v", err)
	}
	if b, _ := os.ReadFile(path); !bytes.Equal(b, edited) {
		t.Fatal("the saved file is not the review's")
	}
	if st := r.state(); st.Dirty || st.SavedAt == "" {
		t.Errorf("after saving: dirty %v, saved at %q", st.Dirty, st.SavedAt)
	}
	r.ts.Close()
	r.srv.Close()
	if _, err := os.Stat(draft); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("closing a saved review left a draft: %v", err)
	}
	saved, err := alignfile.Open(path)
	if err != nil || !saved.Reviewed() {
		t.Fatalf("the saved file reopens with %v, reviewed %v", err, saved != nil && saved.Reviewed())
	}

	// A draft discarded is gone; a draft that holds nothing new is removed
	// when the file is opened; a draft of another pair stops the review.
	r = start(t, Config{File: path, DraftDelay: time.Hour})
	r.edit(edit.Op{Op: "confirm", Bead: 10})
	r.ts.Close()
	r.srv.Close()
	r = start(t, Config{File: path})
	if code, _ := r.call("POST", "api/draft", map[string]string{"action": "discard"}, nil); code != 200 {
		t.Fatal("discard refused")
	}
	if _, err := os.Stat(draft); !errors.Is(err, os.ErrNotExist) || r.state().Draft != nil {
		t.Errorf("a discarded draft is still there: %v", err)
	}
	if b, _ := os.ReadFile(path); !bytes.Equal(b, edited) {
		t.Fatal("discarding the draft changed the file")
	}
	r.ts.Close()
	r.srv.Close()
	os.WriteFile(draft, edited, 0o644)
	r = start(t, Config{File: path})
	if _, err := os.Stat(draft); !errors.Is(err, os.ErrNotExist) || r.state().Draft != nil {
		t.Errorf("a draft equal to the file was offered or kept: %v", err)
	}
	r.ts.Close()
	r.srv.Close()
	other := pairFile(t)
	f, _ := alignfile.ReadFile(other)
	f.Document = "another"
	alignfile.WriteFile(draft, f)
	if _, err := New(Config{File: path}); err == nil || !strings.Contains(err.Error(), "is not a draft of") {
		t.Errorf("a draft of another pair: %v", err)
	}
	os.WriteFile(draft, []byte("{"), 0o644)
	if _, err := New(Config{File: path}); err == nil || !strings.Contains(err.Error(), "cannot be read") {
		t.Errorf("a draft that is not JSON: %v", err)
	}
}

// waitFor waits up to five seconds for cond.
func waitFor(t testing.TB, cond func() bool, what string) {
	t.Helper()
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if cond() {
			return
		}
	}
	t.Fatalf("no %s after five seconds", what)
}

// TestConcurrentSaves: edits, saves and drafts from many requests at once
// (run with -race) leave a valid file on disk that is the review's last
// state, and every request is answered.
func TestConcurrentSaves(t *testing.T) {
	path := pairFile(t)
	r := start(t, Config{File: path, DraftDelay: time.Millisecond})
	var wg sync.WaitGroup
	var mu sync.Mutex
	codes := map[int]int{}
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range 15 {
				var st stateView
				r.call("GET", "api/state", nil, &st)
				op := edit.Op{Op: "confirm", Bead: (g*15 + k) % len(st.Beads)}
				if k%3 == 2 {
					op = edit.Op{Op: "undo"}
				}
				c1, b1 := r.call("POST", "api/edit", editRequest{Rev: st.Rev, Op: op}, nil)
				c2, _ := r.call("POST", "api/save", struct{}{}, nil)
				if refused(c1, b1, "") {
					c1 = 0
				}
				mu.Lock()
				codes[c1]++
				codes[c2]++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	for code := range codes {
		if code != 200 && code != 409 && code != 0 {
			t.Errorf("answers %v: want 200, 409 (out of date) or 0 (refused) only", codes)
		}
	}
	if codes[200] < 120 {
		t.Errorf("answers %v: want every save and many edits done", codes)
	}
	if code, body := r.call("POST", "api/save", struct{}{}, nil); code != 200 {
		t.Fatal(body)
	}
	f, err := alignfile.ReadFile(path)
	if err != nil {
		t.Fatalf("the file after concurrent saves: %v", err)
	}
	if !bytes.Equal(mustMarshal(t, f), mustMarshal(t, r.srv.file())) {
		t.Error("the file on disk is not the review's last state")
	}
	t.Logf("answers: %v", codes)
}

// TestExport: export saves the file and writes exactly what bitext export
// (export.Job) writes from the saved file, edits included; without
// export paths it is refused.
func TestExport(t *testing.T) {
	path := pairFile(t)
	dir := filepath.Dir(path)
	date := time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
	job := export.Job{Options: export.Options{Langs: export.Langs{KO: "ko-KR", EN: "en-US"}, Date: date}, Version: "test",
		TMX: filepath.Join(dir, "review.tmx"), Glossary: filepath.Join(dir, "review.tsv"), GlossaryFormat: glossary.TSV}
	r := start(t, Config{File: path, Export: job})
	r.edit(edit.Op{Op: "confirm", Bead: 5})            // flagged: now exported
	r.edit(edit.Op{Op: "merge", Bead: 8})              // two beads in one
	r.edit(edit.Op{Op: "link", Bead: 1, With: ptr(3)}) // furniture linked: exported
	var v exportedView
	if code, body := r.call("POST", "api/export", struct{}{}, &v); code != 200 {
		t.Fatalf("export: %d %s", code, body)
	}
	if g, _ := os.ReadFile(job.Glossary); !strings.Contains(string(g), "\n북한\t") {
		t.Fatalf("the glossary lacks 북한 before it is rejected:\n%s", g)
	}
	r.edit(edit.Op{Op: "name", Hangul: "북한", Review: "rejected"}) // left out of the glossary
	if code, body := r.call("POST", "api/export", struct{}{}, &v); code != 200 {
		t.Fatalf("export: %d %s", code, body)
	}
	if v.Dirty || v.Files != 1 || v.Units != 3 || v.Reviewed != 3 || v.TMX != "review.tmx" {
		t.Errorf("export %+v: want 3 units, all reviewed, from the saved file", v)
	}
	saved, _ := os.ReadFile(path)
	if !bytes.Equal(saved, mustMarshal(t, r.srv.file())) {
		t.Fatal("export did not save the file first")
	}
	gotTMX, _ := os.ReadFile(job.TMX)
	gotGloss, _ := os.ReadFile(job.Glossary)
	job.TMX, job.Glossary = filepath.Join(dir, "export.tmx"), filepath.Join(dir, "export.tsv")
	if _, err := job.Run([]string{path}); err != nil {
		t.Fatal(err)
	}
	wantTMX, _ := os.ReadFile(job.TMX)
	wantGloss, _ := os.ReadFile(job.Glossary)
	if !bytes.Equal(gotTMX, wantTMX) || !bytes.Equal(gotGloss, wantGloss) {
		t.Error("the review's export is not what export.Job writes from the saved file")
	}
	tmx := string(gotTMX)
	for _, want := range []string{`<prop type="x-status">confirmed</prop>`, `<prop type="x-status">edited</prop>`, "Share on Facebook Share on Twitter", "페이스북", `<prop type="x-en-ids">5,6</prop>`} {
		if !strings.Contains(tmx, want) {
			t.Errorf("the TMX lacks %q", want)
		}
	}
	if strings.Contains(string(gotGloss), "\n북한\t") || !strings.Contains(string(gotGloss), "\n박지원\t") {
		t.Errorf("a rejected name is in the glossary, or a name left alone is not:\n%s", gotGloss)
	}

	r2 := start(t, Config{File: pairFile(t)})
	if code, body := r2.call("POST", "api/export", struct{}{}, nil); !refused(code, body, "--tmx or --glossary") {
		t.Errorf("export without paths: %d %s", code, body)
	}
}

func ptr(i int) *int { return &i }

// TestLocks: a file under review cannot be reviewed twice; the lock goes
// with the review.
func TestLocks(t *testing.T) {
	path := pairFile(t)
	r := start(t, Config{File: path})
	if _, err := New(Config{File: path}); !errors.Is(err, atomicfile.ErrLocked) || !strings.Contains(err.Error(), "under review already") {
		t.Fatalf("a second review of a file: %v", err)
	}
	r.ts.Close()
	r.srv.Close()
	s, err := New(Config{File: path})
	if err != nil {
		t.Fatalf("after the first review closed: %v", err)
	}
	s.Close()
	if _, err := New(Config{File: path, Corpus: filepath.Dir(path)}); err == nil {
		t.Error("a file and a corpus at once were accepted")
	}
}

// TestServe: Serve answers on its listener and, when its context ends
// (Ctrl-C), stops, writes the draft and releases the lock; the quit
// request stops it too.
func TestServe(t *testing.T) {
	path := pairFile(t)
	for _, how := range []string{"signal", "quit"} {
		t.Run(how, func(t *testing.T) {
			srv, err := New(Config{File: path, DraftDelay: time.Hour})
			if err != nil {
				t.Fatal(err)
			}
			ln, err := Listen(0)
			if err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			done := make(chan error, 1)
			go func() { done <- srv.Serve(ctx, ln) }()
			r := &tserver{t: t, srv: srv, base: srv.URL(ln)}
			r.edit(edit.Op{Op: "confirm", Bead: 4})
			if how == "signal" {
				cancel()
			} else if code, _ := r.call("POST", "api/quit", struct{}{}, nil); code != 200 {
				t.Fatal("quit refused")
			}
			select {
			case err := <-done:
				if err != nil {
					t.Fatal(err)
				}
			case <-time.After(10 * time.Second):
				t.Fatal("Serve did not return")
			}
			g, err := alignfile.ReadFile(DraftName(path))
			if err != nil || g.Beads[4].Status != alignfile.StatusConfirmed {
				t.Fatalf("no draft of the edit after the server stopped: %v", err)
			}
			os.Remove(DraftName(path))
			l, err := atomicfile.TryLock(atomicfile.LockName(path))
			if err != nil {
				t.Fatalf("the lock is still held: %v", err)
			}
			l.Unlock()
		})
	}
}

// TestNamesAndPreview: the names of the pair with their house-style forms
// and diffs, a house style chosen, and the names normalize preview, which
// is review.RestyleNames's over the English text.
func TestNamesAndPreview(t *testing.T) {
	path := pairFile(t)
	press := romanize.Press
	r := start(t, Config{File: path, Style: &press})
	var nv namesView
	if code, body := r.call("GET", "api/names", nil, &nv); code != 200 || nv.Style != "press" || len(nv.Rows) == 0 {
		t.Fatalf("names: %d %s", code, body)
	}
	var park *struct{ house string }
	for _, row := range nv.Rows {
		if row.Hangul == "박지원" {
			park = &struct{ house string }{row.House}
		}
	}
	if park == nil || park.house != "Park Ji-won" {
		t.Fatalf("박지원's press form: %+v", park)
	}
	if code, body := r.call("POST", "api/style", map[string]string{"style": "rr"}, &nv); code != 200 || nv.Style != "rr" {
		t.Fatalf("style rr: %d %s", code, body)
	}
	for _, row := range nv.Rows {
		if row.Hangul == "박지원" && row.House != "Bak Ji-won" && row.House != "Bak Jiwon" {
			t.Errorf("박지원 in rr: %q", row.House)
		}
	}
	if code, body := r.call("POST", "api/style", map[string]string{"style": "klingon"}, nil); !refused(code, body, "klingon") {
		t.Errorf("an unknown style: %d %s", code, body)
	}
	var pv previewView
	if code, body := r.call("GET", "api/preview", nil, &pv); code != 200 || pv.Style != "rr" {
		t.Fatalf("preview: %d %s", code, body)
	}
	found := false
	for _, c := range pv.Changes {
		if c.From == "Park Ji-won" {
			found = true
			if !strings.HasPrefix(c.To, "Bak") || c.Para != 3 || !strings.Contains(c.Before, "Foreign Minister") {
				t.Errorf("the change of Park Ji-won: %+v", c)
			}
		}
	}
	if !found {
		t.Errorf("the preview does not restyle Park Ji-won: %+v", pv.Changes)
	}
	// Rejected, the entry no longer serves as the house's spelling; the
	// name layer still knows Park Ji-won for a Korean name (normalize
	// restyles Korean names it identifies), so the preview still restyles
	// it in rr, now without the glossary's help.
	r.edit(edit.Op{Op: "name", Hangul: "박지원", Review: "rejected"})
	if code, body := r.call("GET", "api/preview", nil, &pv); code != 200 {
		t.Fatalf("preview after rejecting: %d %s", code, body)
	}
}

// BenchmarkEditRoundTrip sends edits to the review server over HTTP, as
// the page does, and waits for each answer: a merge and its undo per
// loop, on the largest dev-real pair (the example without ../shared) and
// on a pair of 1,000 paragraphs a side (news-sentences). ns/edit is the
// time of one round trip.
func BenchmarkEditRoundTrip(b *testing.B) {
	type pair struct{ name, en, ko string }
	en, ko := testkit.Example(b)
	pairs := []pair{{"example", en, ko}}
	if dir, _ := testkit.Shared(b, "dev-real"); dir != "" {
		best, most := pair{}, 0
		for _, tr := range testkit.DevPairs(b, "dev-real") {
			f := testkit.Align(b, tr.EN, tr.KO, ".", align.DefaultMinScore)
			if n := len(f.EN.Paragraphs) + len(f.KO.Paragraphs); n > most {
				best, most = pair{"dev-real/" + filepath.Base(tr.ID), tr.EN, tr.KO}, n
			}
		}
		pairs = []pair{best}
	}
	if dir, _ := testkit.Shared(b, "news-sentences"); dir != "" {
		pairs = append(pairs, pair{"news-sentences", filepath.Join(dir, "korean-english-park.dev.en"), filepath.Join(dir, "korean-english-park.dev.ko")})
	}
	for _, p := range pairs {
		path := filepath.Join(b.TempDir(), "pair.json")
		f := testkit.WriteAligned(b, p.en, p.ko, path, align.DefaultMinScore)
		b.Run(fmt.Sprintf("%s/%d+%d_paragraphs", p.name, len(f.EN.Paragraphs), len(f.KO.Paragraphs)), func(b *testing.B) {
			r := start(b, Config{File: path})
			client := &http.Client{}
			send := func(rev int, op edit.Op) int {
				body, _ := json.Marshal(editRequest{Rev: rev, Op: op})
				req, _ := http.NewRequest("POST", r.base+"api/edit", bytes.NewReader(body))
				req.Header.Set("Content-Type", "application/json")
				resp, err := client.Do(req)
				if err != nil {
					b.Fatal(err)
				}
				var pv patchView
				err = json.NewDecoder(resp.Body).Decode(&pv)
				resp.Body.Close()
				if err != nil || resp.StatusCode != 200 {
					b.Fatalf("%+v: %d %v", op, resp.StatusCode, err)
				}
				return pv.Rev
			}
			mid := len(f.Beads) / 2
			rev := r.state().Rev
			for b.Loop() {
				rev = send(rev, edit.Op{Op: "merge", Bead: mid})
				rev = send(rev, edit.Op{Op: "undo"})
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(2*b.N), "ns/edit")
		})
	}
}

// TestBrowserCommand: the command that opens the page on each system.
func TestBrowserCommand(t *testing.T) {
	const url = "http://127.0.0.1:1234/token/"
	for _, c := range []struct {
		goos string
		want []string
	}{
		{"linux", []string{"xdg-open", url}},
		{"freebsd", []string{"xdg-open", url}},
		{"darwin", []string{"open", url}},
		{"windows", []string{"rundll32", "url.dll,FileProtocolHandler", url}},
	} {
		name, args := BrowserCommand(c.goos, url)
		if got := append([]string{name}, args...); strings.Join(got, " ") != strings.Join(c.want, " ") {
			t.Errorf("%s: %q, want %q", c.goos, got, c.want)
		}
	}
}
