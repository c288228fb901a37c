//go:build linux

package read

import (
	"bytes"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestFileFIFO: a FIFO fed without end (yes > fifo) is read up to the
// limit and refused, naming it.
func TestFileFIFO(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "fifo.txt")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no FIFO: %v", err)
	}
	done := make(chan error, 1)
	go func() {
		w, err := os.OpenFile(fifo, os.O_WRONLY, 0)
		if err != nil {
			done <- err
			return
		}
		defer w.Close()
		line := bytes.Repeat([]byte("y\n"), 2048)
		for {
			if _, err := w.Write(line); err != nil {
				done <- nil // the reader went away: EPIPE
				return
			}
		}
	}()
	_, err := File(fifo, nil, Options{Limits: Limits{MaxSize: 1 << 20}})
	tooLarge(t, err, fifo, 0, 1<<20, fifo)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}
