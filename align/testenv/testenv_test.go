package testenv

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestSteps(t *testing.T) {
	t.Setenv(LongVar, "")
	if got, want := Steps(16, 7), []int{1, 7, 14, 16}; !slices.Equal(got, want) {
		t.Errorf("default tier: Steps(16, 7) = %v, want %v", got, want)
	}
	if got := Count(50, 1000); got != 50 {
		t.Errorf("default tier: Count = %d", got)
	}
	t.Setenv(LongVar, "1")
	if got := Steps(5, 7); !slices.Equal(got, []int{1, 2, 3, 4, 5}) {
		t.Errorf("long tier: Steps(5, 7) = %v", got)
	}
	if got := Count(50, 1000); got != 1000 {
		t.Errorf("long tier: Count = %d", got)
	}
}

func TestMemoryTempDir(t *testing.T) {
	before := os.TempDir()
	restore := MemoryTempDir()
	dir := os.TempDir()
	if _, err := os.Stat("/dev/shm"); err == nil && !strings.HasPrefix(dir, "/dev/shm/") {
		t.Errorf("temporary directory %s, want one on /dev/shm", dir)
	}
	if err := os.WriteFile(filepath.Join(dir, "f"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	restore()
	if got := os.TempDir(); got != before {
		t.Errorf("after restore, the temporary directory is %s, want %s", got, before)
	}
	if dir != before {
		if _, err := os.Stat(dir); !os.IsNotExist(err) {
			t.Errorf("%s is left after restore: %v", dir, err)
		}
	}
}
