//go:build unix

package corpus

import (
	"syscall"
	"testing"
)

// makeFIFO makes a named pipe.
func makeFIFO(t *testing.T, path string) {
	t.Helper()
	if err := syscall.Mkfifo(path, 0o644); err != nil {
		t.Skip("no named pipes here:", err)
	}
}
