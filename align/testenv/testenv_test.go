package testenv

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestSteps: the quick tier tries the first and last step and every
// stride'th, the long tier every step; Steps gives the compiled tier's.
func TestSteps(t *testing.T) {
	for _, c := range []struct {
		long      bool
		n, stride int
		want      []int
	}{
		{false, 16, 7, []int{1, 7, 14, 16}},
		{false, 14, 7, []int{1, 7, 14}},
		{false, 1, 7, []int{1}},
		{false, 0, 7, nil},
		{true, 5, 7, []int{1, 2, 3, 4, 5}},
		{true, 0, 7, nil},
	} {
		if got := steps(c.long, c.n, c.stride); !slices.Equal(got, c.want) {
			t.Errorf("long %v: steps(%d, %d) = %v, want %v", c.long, c.n, c.stride, got, c.want)
		}
	}
	if got, want := Steps(16, 7), steps(Long(), 16, 7); !slices.Equal(got, want) {
		t.Errorf("Steps(16, 7) = %v, want the %s tier's %v", got, tier(), want)
	}
}

// TestCount: the quick tier's count is the short one, the long tier's the
// full one.
func TestCount(t *testing.T) {
	if got := count(false, 50, 1000); got != 50 {
		t.Errorf("quick tier: count = %d, want 50", got)
	}
	if got := count(true, 50, 1000); got != 1000 {
		t.Errorf("long tier: count = %d, want 1000", got)
	}
	want := 50
	if Long() {
		want = 1000
	}
	if got := Count(50, 1000); got != want {
		t.Errorf("%s tier: Count = %d, want %d", tier(), got, want)
	}
}

// skipRecorder is a testing.TB that records what Skipf is asked to say.
type skipRecorder struct {
	testing.TB
	skipped string
}

func (r *skipRecorder) Helper() {}

func (r *skipRecorder) Skipf(format string, args ...any) { r.skipped = fmt.Sprintf(format, args...) }

// TestNeedLong: in the quick tier NeedLong skips, saying why and the
// command that runs the test; in the long tier it lets the test run.
func TestNeedLong(t *testing.T) {
	r := &skipRecorder{TB: t}
	NeedLong(r, "starts a program")
	switch {
	case Long() && r.skipped != "":
		t.Errorf("long tier: NeedLong skipped: %q", r.skipped)
	case !Long() && r.skipped != "long tier (starts a program): run with go test -tags long":
		t.Errorf("quick tier: NeedLong skipped with %q", r.skipped)
	}
}

func tier() string {
	if Long() {
		return "long"
	}
	return "quick"
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
