//go:build linux

package english

import (
	"bufio"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"
)

// peakGrowth runs f and returns by how much it raised the peak resident
// memory of the process (VmHWM, reset before f through
// /proc/self/clear_refs), and whether that could be measured.
func peakGrowth(t *testing.T, f func()) (int, bool) {
	debug.FreeOSMemory()
	if err := os.WriteFile("/proc/self/clear_refs", []byte("5"), 0); err != nil {
		t.Logf("cannot reset the peak resident memory: %v", err)
		f()
		return 0, false
	}
	before, ok1 := procStatus(t, "VmHWM")
	f()
	after, ok2 := procStatus(t, "VmHWM")
	return after - before, ok1 && ok2
}

// procStatus returns a field of /proc/self/status in bytes.
func procStatus(t *testing.T, field string) (int, bool) {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		t.Log(err)
		return 0, false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		name, value, ok := strings.Cut(sc.Text(), ":")
		if !ok || name != field {
			continue
		}
		kb, err := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(value), " kB"))
		if err != nil {
			t.Log(err)
			return 0, false
		}
		return kb << 10, true
	}
	return 0, false
}
