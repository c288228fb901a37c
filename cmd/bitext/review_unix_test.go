//go:build unix

package main

import (
	"bufio"
	"bytes"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/bitext-ko/bitext/align/testenv"
	"github.com/bitext-ko/bitext/tm/alignfile"
	"github.com/bitext-ko/bitext/tm/review/server"
)

// TestReviewSignal: Ctrl-C stops a review in process; its unsaved edits
// are in the draft, and the file is as it was.
func TestReviewSignal(t *testing.T) {
	dir, en, ko := copyExample(t)
	file := filepath.Join(dir, "pair.json")
	if r := runT(t, "align", en, ko, "-f", "json", "-o", file); r.code != 0 {
		t.Fatal(r.stderr)
	}
	before := mustRead(t, file)
	r := startReview(t, file)
	st := r.call("GET", "api/state", nil)
	r.call("POST", "api/edit", map[string]any{"rev": st["rev"], "op": "confirm", "bead": 5})
	syscall.Kill(os.Getpid(), syscall.SIGINT)
	if code := r.wait(); code != 0 {
		t.Fatalf("exit %d after Ctrl-C: %s", code, r.stderr.String())
	}
	draft, err := alignfile.ReadFile(server.DraftName(file))
	if err != nil || draft.Beads[5].Status != alignfile.StatusConfirmed {
		t.Fatalf("the draft after Ctrl-C: %v", err)
	}
	if !bytes.Equal(mustRead(t, file), before) {
		t.Error("Ctrl-C changed the alignment file")
	}
}

// TestReviewBinary runs the built bitext review, reads its URL from
// standard output, and stops it with SIGTERM, as a service manager would:
// it exits 0 and says so.
func TestReviewBinary(t *testing.T) {
	testenv.NeedLong(t, builtCommand)
	_, en, ko := copyExample(t)
	file := filepath.Join(filepath.Dir(en), "pair.json")
	cmd := exec.Command(bitext(t), "review", "--no-open", en, ko, "-o", file)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr syncBuffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	url, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil {
		t.Fatalf("no URL: %v: %s", err, stderr.String())
	}
	url = strings.TrimSpace(url)
	resp, err := http.Get(url + "api/state")
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("state: %v %v", resp, err)
	}
	resp.Body.Close()
	if resp, err := http.Get(strings.TrimSuffix(url, "/")[:strings.LastIndex(strings.TrimSuffix(url, "/"), "/")] + "/api/state"); err != nil || resp.StatusCode != 403 {
		t.Errorf("a request without the token: %v %v", resp, err)
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("exit: %v: %s", err, stderr.String())
	}
	if !strings.Contains(stderr.String(), "review stopped") {
		t.Errorf("stderr: %s", stderr.String())
	}
}
