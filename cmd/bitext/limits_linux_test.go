//go:build linux

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// feedFIFO makes a FIFO that a goroutine fills with "y" lines until its
// reader goes away, as `yes > FIFO` does.
func feedFIFO(t *testing.T) string {
	t.Helper()
	fifo := filepath.Join(t.TempDir(), "yes.en.txt")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no FIFO: %v", err)
	}
	go func() {
		w, err := os.OpenFile(fifo, os.O_WRONLY, 0)
		if err != nil {
			return
		}
		defer w.Close()
		buf := bytes.Repeat([]byte("y\n"), 4096)
		for {
			if _, err := w.Write(buf); err != nil {
				return // the reader went away
			}
		}
	}()
	return fifo
}

// TestInputLimitFIFO: a FIFO fed without end is refused at the limit.
func TestInputLimitFIFO(t *testing.T) {
	for _, args := range [][]string{
		{"align", "FIFO", exampleKO},
		{"names", "extract", "FIFO"},
		{"names", "match", "--ko", "FIFO"},
	} {
		fifo := feedFIFO(t)
		for i, a := range args {
			if a == "FIFO" {
				args[i] = fifo
			}
		}
		r := runIn("Kim\n", append([]string{"--max-input", "4MiB"}, args...)...)
		if r.code != 1 || !strings.Contains(r.stderr, fifo+": more than 4 MiB, the input limit (bitext --max-input SIZE raises it)") {
			t.Errorf("bitext %s: exit %d, stderr %q", strings.Join(args, " "), r.code, r.stderr)
		}
	}
}

// TestInputLimitDefault runs the built command on /dev/zero with the
// default limit: 256 MiB are read, then a clear error (the command used to
// read until memory ran out).
func TestInputLimitDefault(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 256 MiB")
	}
	r := runCLI(t, "", nil, "align", "/dev/zero", exampleKO)
	if r.code != 1 || r.stderr != "bitext: reading /dev/zero: more than 256 MiB, the input limit (bitext --max-input SIZE raises it)\n" {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
}
