//go:build unix

package atomicfile

import (
	"syscall"
	"testing"
)

// setUmask sets the process's umask for the test and restores it after.
func setUmask(t *testing.T, mask int) {
	t.Helper()
	old := syscall.Umask(mask)
	t.Cleanup(func() { syscall.Umask(old) })
}

const hasModeBits = true

// makeFIFO makes a named pipe.
func makeFIFO(t *testing.T, path string) {
	t.Helper()
	if err := syscall.Mkfifo(path, 0o644); err != nil {
		t.Skip("no named pipes here:", err)
	}
}
