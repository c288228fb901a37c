package export

import (
	"os"
	"testing"

	"github.com/bitext-ko/bitext/align/testenv"
)

// TestMain puts the tests' temporary files on a tmpfs, where the syncs of
// the atomic writes do not wait for a disk (testenv.MemoryTempDir).
func TestMain(m *testing.M) { os.Exit(testenv.RunInMemory(m)) }
