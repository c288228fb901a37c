//go:build unix

package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/bitext-ko/bitext/align/testenv"
	"github.com/bitext-ko/bitext/tm/alignfile"
	"github.com/bitext-ko/bitext/tm/atomicfile"
	"github.com/bitext-ko/bitext/tm/review/server"
)

// binaryReview is the built bitext review of a file, its URL read.
type binaryReview struct {
	cmd    *exec.Cmd
	url    string
	stderr *syncBuffer
}

// startBinaryReview starts the built command, under nohup when nohup is
// set (SIGHUP ignored), reviewing file.
func startBinaryReview(t *testing.T, file string, nohup bool) *binaryReview {
	t.Helper()
	args := []string{bitext(t), "review", "--no-open", file}
	if nohup {
		p, err := exec.LookPath("nohup")
		if err != nil {
			t.Skip("no nohup command")
		}
		args = append([]string{p}, args...)
	}
	r := &binaryReview{cmd: exec.Command(args[0], args[1:]...), stderr: &syncBuffer{}}
	stdout, err := r.cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	r.cmd.Stderr = r.stderr
	if err := r.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.cmd.Process.Kill() })
	url, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil {
		t.Fatalf("no URL: %v: %s", err, r.stderr.String())
	}
	r.url = strings.TrimSpace(url)
	return r
}

// call sends a request and decodes the JSON answer; it fails the test on
// any status but 200.
func (r *binaryReview) call(t *testing.T, method, path string, body any) map[string]any {
	t.Helper()
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
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var v map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&v); err != nil || resp.StatusCode != 200 {
		t.Fatalf("%s %s: %d %v %v", method, path, resp.StatusCode, v, err)
	}
	return v
}

// TestReviewHangupBinary: closing the terminal (SIGHUP) right after an
// edit, long before the draft's autosave, stops the built review cleanly
// with the edit in the draft, as Ctrl-C and SIGTERM do. Under nohup,
// SIGHUP is ignored and the review goes on, as nohup asks.
func TestReviewHangupBinary(t *testing.T) {
	testenv.NeedLong(t, builtCommand)
	for _, tc := range []struct {
		name  string
		nohup bool
	}{{"terminal closed", false}, {"under nohup", true}} {
		t.Run(tc.name, func(t *testing.T) {
			dir, en, ko := copyExample(t)
			file := filepath.Join(dir, "pair.json")
			if r := runT(t, "align", en, ko, "-f", "json", "-o", file); r.code != 0 {
				t.Fatal(r.stderr)
			}
			before := mustRead(t, file)
			r := startBinaryReview(t, file, tc.nohup)
			st := r.call(t, "GET", "api/state", nil)
			r.call(t, "POST", "api/edit", map[string]any{"rev": st["rev"], "op": "confirm", "bead": 5})
			if err := r.cmd.Process.Signal(syscall.SIGHUP); err != nil {
				t.Fatal(err)
			}
			if tc.nohup {
				time.Sleep(200 * time.Millisecond)
				if s := r.call(t, "GET", "api/state", nil); s["rev"] == st["rev"] {
					t.Error("the edit is gone")
				}
				if err := r.cmd.Process.Signal(syscall.SIGTERM); err != nil {
					t.Fatal(err)
				}
			}
			if err := r.cmd.Wait(); err != nil {
				t.Fatalf("exit: %v: %s", err, r.stderr.String())
			}
			if !strings.Contains(r.stderr.String(), "review stopped") {
				t.Errorf("stderr: %s", r.stderr.String())
			}
			draft, err := alignfile.ReadFile(server.DraftName(file))
			if err != nil || draft.Beads[5].Status != alignfile.StatusConfirmed {
				t.Fatalf("the draft: %v", err)
			}
			if !bytes.Equal(mustRead(t, file), before) {
				t.Error("the alignment file changed")
			}
		})
	}
}

// TestTMXMergeRemovesStaleTemps: the temporary file of a merge killed
// while writing (SIGKILL, which nothing can catch) is removed by the next
// merge to the same output, which holds the output's lock; a merge
// finding that lock held is refused, and so is an output with another
// name (a hard link), which the lock would not cover.
func TestTMXMergeRemovesStaleTemps(t *testing.T) {
	testenv.NeedLong(t, builtCommand)
	dir := t.TempDir()
	out := filepath.Join(dir, "merged.tmx")
	cmd := exec.Command(bitext(t), "tmx", "merge", "-", "-o", out)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	src := &endlessTMX{}
	var temp string
	for temp == "" {
		io.CopyN(stdin, src, 256<<10)
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if atomicfile.IsTemp(e.Name()) {
				temp = filepath.Join(dir, e.Name())
			}
		}
	}
	cmd.Process.Kill()
	cmd.Wait()
	stdin.Close()
	if _, err := os.Stat(temp); err != nil {
		t.Fatalf("the killed merge left no temporary file to clean: %v", err)
	}
	other := filepath.Join(dir, atomicfile.TempPrefix(filepath.Join(dir, "other.tmx"))+"x") // another output's
	os.WriteFile(other, nil, 0o644)

	l, err := atomicfile.TryLock(atomicfile.LockName(out))
	if err != nil {
		t.Fatal(err)
	}
	r := runT(t, "tmx", "merge", tmxFixtures+"merge-a.tmx", "-o", out)
	l.Unlock()
	if r.code != 1 || !strings.Contains(r.stderr, "merged.tmx is being written") || !strings.Contains(r.stderr, "holds the lock") {
		t.Errorf("with the lock held: exit %d: %s", r.code, r.stderr)
	}
	if _, err := os.Stat(temp); err != nil {
		t.Error("a merge without the lock removed the temporary file")
	}

	if r := runT(t, "tmx", "merge", tmxFixtures+"merge-a.tmx", "-o", out); r.code != 0 {
		t.Fatal(r.stderr)
	}
	if _, err := os.Stat(temp); err == nil {
		t.Errorf("the next merge left %s", temp)
	}
	if _, err := os.Stat(other); err != nil {
		t.Error("the merge removed another output's temporary file")
	}
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if len(names) != 2 {
		t.Errorf("left in the directory: %v", names)
	}

	// A hard link to the output would escape its lock: refused.
	link := filepath.Join(dir, "link.tmx")
	if err := os.Link(out, link); err != nil {
		t.Fatal(err)
	}
	if r := runT(t, "tmx", "merge", tmxFixtures+"merge-a.tmx", "-o", link); r.code != 2 || !strings.Contains(r.stderr, "hard links") {
		t.Errorf("a hard-linked output: exit %d: %s", r.code, r.stderr)
	}
}
