package server

import (
	"os"
	"testing"

	"github.com/bitext-ko/bitext/align/testenv"
)

// TestMain puts the tests' temporary files on a tmpfs, where the syncs of
// the review's saves do not wait for a disk (testenv.MemoryTempDir), and
// in the long tier closes the headless Chromium the browser tests share
// (browser_test.go).
func TestMain(m *testing.M) {
	restore := testenv.MemoryTempDir()
	code := m.Run()
	closeBrowser()
	restore()
	os.Exit(code)
}
