//go:build unix

package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"

	"github.com/bitext-ko/bitext/align/testenv"
	"github.com/bitext-ko/bitext/tm/atomicfile"
)

// endlessTMX is a TMX document that never ends; after a thousand units
// it sends sig (if not 0) to this process once.
type endlessTMX struct {
	sig  syscall.Signal
	once sync.Once
	n    int
	buf  bytes.Buffer
}

func (e *endlessTMX) Read(p []byte) (int, error) {
	if e.n == 0 {
		e.buf.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="paragraph" o-tmf="t" adminlang="en" srclang="ko" datatype="plaintext"/><body>` + "\n")
	}
	for e.buf.Len() < len(p) {
		e.n++
		fmt.Fprintf(&e.buf, "<tu><tuv xml:lang=\"ko\"><seg>문장 %d</seg></tuv><tuv xml:lang=\"en\"><seg>sentence %d</seg></tuv></tu>\n", e.n, e.n)
	}
	if e.sig != 0 && e.n > 1000 {
		e.once.Do(func() { syscall.Kill(os.Getpid(), e.sig) })
	}
	return e.buf.Read(p)
}

// TestTMXMergeSignals: Ctrl-C, SIGTERM or SIGHUP (the terminal closed)
// during tmx merge stops it with exit status 1 and leaves neither the
// output nor a temporary file.
func TestTMXMergeSignals(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP} {
		t.Run(sig.String(), func(t *testing.T) {
			if signal.Ignored(sig) {
				t.Skipf("the test runs with %v ignored (nohup), so bitext keeps running, as it should", sig)
			}
			dir := t.TempDir()
			out := filepath.Join(dir, "merged.tmx")
			var stdout, stderr bytes.Buffer
			code := run([]string{"bitext", "tmx", "merge", "-", "-o", out}, &endlessTMX{sig: sig}, &stdout, &stderr)
			if code != 1 || !strings.Contains(stderr.String(), "interrupted") {
				t.Fatalf("exit %d: %s", code, stderr.String())
			}
			if entries, _ := os.ReadDir(dir); len(entries) != 0 {
				t.Errorf("left in the output directory: %v", entries)
			}
		})
	}
}

// TestTMXMergeSignalBinary: the same with the built command, fed through a
// pipe that never ends.
func TestTMXMergeSignalBinary(t *testing.T) {
	testenv.NeedLong(t, builtCommand)
	dir := t.TempDir()
	out := filepath.Join(dir, "merged.tmx")
	cmd := exec.Command(bitext(t), "tmx", "merge", "-", "-o", out)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	src := &endlessTMX{}
	io.CopyN(stdin, src, 1<<20) // the merge is under way: its temporary file exists
	for !hasTemp(dir) {
		io.CopyN(stdin, src, 64<<10)
	}
	cmd.Process.Signal(syscall.SIGTERM)
	go io.Copy(stdin, src) // keeps writing until the pipe closes
	err = cmd.Wait()
	stdin.Close()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 || !strings.Contains(stderr.String(), "interrupted") {
		t.Fatalf("err %v: %s", err, stderr.String())
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("left in the output directory: %v", entries)
	}
}

// hasTemp reports whether dir holds a temporary file of package
// atomicfile (beside the output's lock file, say).
func hasTemp(dir string) bool {
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if atomicfile.IsTemp(e.Name()) {
			return true
		}
	}
	return false
}
