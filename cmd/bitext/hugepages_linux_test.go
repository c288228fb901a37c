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

// thpMode skips a test unless transparent huge pages are given to a
// process that asks, as the tests need.
func thpMode(t *testing.T) {
	t.Helper()
	mode, err := os.ReadFile(thpSetting)
	if err != nil || !strings.Contains(string(mode), "[madvise]") {
		t.Skipf("skipping: transparent huge pages are not in madvise mode here (%s: %q, %v)", thpSetting, mode, err)
	}
}

// TestAdviseHuge checks that the advice reaches the kernel: the huge
// pages inside a buffer are marked for huge pages, and the rest of the
// buffer is not (the kernel would refuse a range that is not aligned).
func TestAdviseHuge(t *testing.T) {
	thpMode(t)
	size := hugePageSize()
	// A mapping of its own, which no earlier advice (of another test's
	// heap) can have marked.
	b, err := unix.Mmap(-1, 0, 3*size, unix.PROT_READ|unix.PROT_WRITE, unix.MAP_ANON|unix.MAP_PRIVATE)
	if err != nil {
		t.Fatal(err)
	}
	defer unix.Munmap(b)
	start := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	first := (start + uintptr(size) - 1) &^ uintptr(size-1)
	if hugeAdvised(t, first) {
		t.Fatal("advised before adviseHuge")
	}
	skip, n := adviseHuge(b, size)
	if start+uintptr(skip) != first || n < size {
		t.Fatalf("adviseHuge advised %d bytes from %#x, want at least %d from %#x", n, start+uintptr(skip), size, first)
	}
	if !hugeAdvised(t, first) || !hugeAdvised(t, first+uintptr(size)-1) {
		t.Errorf("the huge page at %#x is not advised", first)
	}
	if first > start && hugeAdvised(t, first-1) {
		t.Errorf("the bytes before the first huge page of the buffer are advised")
	}
}

// TestAdviseHugePages checks the whole advice: the heap's range it
// advised is marked for huge pages, and GODEBUG=disablethp=1 turns it
// off (nothing allocated, no collection forced).
func TestAdviseHugePages(t *testing.T) {
	thpMode(t)
	for _, godebug := range []string{"gctrace=0,disablethp=1", "gctrace=0"} {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		a := adviseHugePages(func(k string) string {
			if k == "GODEBUG" {
				return godebug
			}
			return ""
		})
		runtime.ReadMemStats(&after)
		gcs, bytes := after.NumForcedGC-before.NumForcedGC, after.TotalAlloc-before.TotalAlloc
		if strings.Contains(godebug, "disablethp=1") {
			if a.on || gcs > 0 || bytes >= hugeHeap {
				t.Errorf("GODEBUG=%s: %+v, %d forced collections and %d bytes allocated, want nothing done", godebug, a, gcs, bytes)
			}
			continue
		}
		if !a.on || a.size < hugeHeap-hugePageSize() || gcs == 0 {
			t.Fatalf("GODEBUG=%s: %+v after %d forced collections, want %d bytes or so advised", godebug, a, gcs, hugeHeap)
		}
		from := a.start + uintptr(a.skip)
		if !hugeAdvised(t, from) || !hugeAdvised(t, from+uintptr(a.size)-1) {
			t.Errorf("the heap's range [%#x, %#x) is not advised", from, from+uintptr(a.size))
		}
	}
}
