package main

import (
	"bufio"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unsafe"

	"golang.org/x/sys/unix"
)

// hugeAdvised reports whether the process's mapping that holds address
// addr carries the huge page advice (the "hg" flag of /proc/self/smaps).
func hugeAdvised(t *testing.T, addr uintptr) bool {
	t.Helper()
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Skipf("skipping: %v", err)
	}
	defer f.Close()
	in := false // whether the mapping being read holds addr
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) == 0 {
			continue
		}
		if lo, hi, ok := strings.Cut(fields[0], "-"); ok && len(fields) >= 5 {
			l, err1 := strconv.ParseUint(lo, 16, 64)
			h, err2 := strconv.ParseUint(hi, 16, 64)
			in = err1 == nil && err2 == nil && uint64(addr) >= l && uint64(addr) < h
			continue
		}
		if in && fields[0] == "VmFlags:" {
			return slices.Contains(fields[1:], "hg")
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	t.Fatalf("no mapping holds %#x", addr)
	return false
}

// TestAdviseHuge checks that the advice reaches the kernel: the huge
// pages inside a buffer are marked for huge pages, and the rest of the
// buffer is not (the kernel would refuse a range that is not aligned).
func TestAdviseHuge(t *testing.T) {
	mode, err := os.ReadFile(thpSetting)
	if err != nil || !strings.Contains(string(mode), "[madvise]") {
		t.Skipf("skipping: transparent huge pages are not in madvise mode here (%s: %q, %v)", thpSetting, mode, err)
	}
	// A mapping of its own, which no earlier advice (of another test's
	// heap) can have marked.
	b, err := unix.Mmap(-1, 0, 3*hugePage, unix.PROT_READ|unix.PROT_WRITE, unix.MAP_ANON|unix.MAP_PRIVATE)
	if err != nil {
		t.Fatal(err)
	}
	defer unix.Munmap(b)
	start := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	first := (start + hugePage - 1) &^ (hugePage - 1)
	if hugeAdvised(t, first) {
		t.Fatal("advised before adviseHuge")
	}
	if err := adviseHuge(b); err != nil {
		t.Fatal(err)
	}
	if !hugeAdvised(t, first) || !hugeAdvised(t, first+hugePage-1) {
		t.Errorf("the huge page at %#x is not advised", first)
	}
	if first > start && hugeAdvised(t, first-1) {
		t.Errorf("the bytes before the first huge page of the buffer are advised")
	}
}

// TestAdviseHugePagesOff checks that GODEBUG=disablethp=1 turns the
// advice off (the heap is not made to map a range for it), while without
// it the range is allocated and collected.
func TestAdviseHugePagesOff(t *testing.T) {
	mode, err := os.ReadFile(thpSetting)
	if err != nil || !strings.Contains(string(mode), "[madvise]") {
		t.Skipf("skipping: transparent huge pages are not in madvise mode here (%s: %q, %v)", thpSetting, mode, err)
	}
	for _, tc := range []struct {
		godebug string
		advised bool
	}{
		{"gctrace=0,disablethp=1", false},
		{"gctrace=0", true},
	} {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		adviseHugePages(func(k string) string {
			if k == "GODEBUG" {
				return tc.godebug
			}
			return ""
		})
		runtime.ReadMemStats(&after)
		gcs, bytes := after.NumForcedGC-before.NumForcedGC, after.TotalAlloc-before.TotalAlloc
		if advised := gcs > 0 && bytes >= hugeHeap; advised != tc.advised {
			t.Errorf("GODEBUG=%s: %d forced collections and %d bytes allocated, want advice %v", tc.godebug, gcs, bytes, tc.advised)
		}
	}
}
