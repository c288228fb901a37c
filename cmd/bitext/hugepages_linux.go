package main

import (
	"os"
	"runtime"
	"strconv"
	"strings"
	"unsafe"

	"golang.org/x/sys/unix"
)

// hugeHeap is how much of the heap adviseHugePages asks huge pages for:
// the whole heap of `bitext align` on the 1,000-line wire pair (about 22
// MB) and of a two-job corpus run (about 60 MB at its peak, 80 MB with
// --glossary; more jobs make more, which is served in small pages past
// it, as without the advice). At 64 MB a two-job --glossary run took some
// 3,000 page faults more (5,500 against 2,500 for 1,000 pairs), each
// dear on a virtual machine; advised pages that the heap never reaches
// cost nothing (peak RSS was the same).
const hugeHeap = 128 << 20

// The files where Linux tells how it backs memory with transparent huge
// pages: thpSetting holds "always", "madvise" (only where a process asks)
// and "never", the one in use in brackets; thpSize the size of a huge
// page (2 MB with 4 KB pages, more on kernels with larger pages).
const (
	thpSetting = "/sys/kernel/mm/transparent_hugepage/enabled"
	thpSize    = "/sys/kernel/mm/transparent_hugepage/hpage_pmd_size"
)

// adviseHugePages asks Linux to back the next hugeHeap bytes of the heap
// with huge pages when the system gives them only to a process that asks
// (the "madvise" setting, Debian's default), and reports whether the
// heap is in huge pages (advised now, or the setting is "always"): the
// caller lets the heap grow more between collections only then.
//
// A command calls it when it is about to build a heap of many megabytes
// (see bigAlignInput). Such a heap is freshly touched: without the advice
// every 4 KB page costs a page fault on first use, and faults are dear on
// virtual machines (about 17 µs each on the machine of the README's
// tables, where they were a third of `bitext align`'s CPU time on the
// wire pair). With it, a fault brings in a whole huge page.
//
// The Go runtime has no setting for this, so the heap is made to map the
// range first: one large allocation, advised and freed at once by a
// collection. Its pages stay untouched until the allocator hands them
// out again, so the advice costs no memory by itself; the collection and
// the first huge pages cost a few milliseconds, more than a small
// document's whole heap saves (hence bigAlignInput). The risk is the one
// that made the runtime stop giving this advice itself (Go 1.21.1): where
// memory is fragmented, the kernel may stall a fault to compact memory
// for a huge page (with the "madvise" defrag setting). GODEBUG=disablethp=1,
// the runtime's own switch against huge pages, turns the advice off.
func adviseHugePages(getenv func(string) string) hugeAdvice {
	if strings.Contains(getenv("GODEBUG"), "disablethp=1") {
		return hugeAdvice{}
	}
	mode, err := os.ReadFile(thpSetting)
	switch {
	case err != nil:
		return hugeAdvice{}
	case strings.Contains(string(mode), "[always]"):
		return hugeAdvice{on: true}
	case !strings.Contains(string(mode), "[madvise]"):
		return hugeAdvice{}
	}
	b := make([]byte, hugeHeap)
	a := hugeAdvice{start: uintptr(unsafe.Pointer(unsafe.SliceData(b)))}
	// An error (an old kernel without the advice) leaves the heap as it
	// was, which is only slower.
	a.skip, a.size = adviseHuge(b, hugePageSize())
	a.on = a.size > 0
	runtime.KeepAlive(b)
	runtime.GC() // frees b: it is dead past KeepAlive
	return a
}

// hugeAdvice is what adviseHugePages did: whether the heap is in huge
// pages, and the range it advised, size bytes from start+skip (none when
// size is 0).
type hugeAdvice struct {
	on         bool
	start      uintptr
	skip, size int
}

// hugePageSize is the size of a transparent huge page: thpSize's, or 2
// MB when it cannot be read.
func hugePageSize() int {
	const usual = 2 << 20
	b, err := os.ReadFile(thpSize)
	if err != nil {
		return usual
	}
	n, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil || n <= 0 || n&(n-1) != 0 {
		return usual
	}
	return n
}

// adviseHuge advises huge pages of size bytes for the whole huge pages
// inside b, and returns where they start in b and how many bytes they
// take (0 when none fits, or when the kernel refused).
func adviseHuge(b []byte, size int) (skip, n int) {
	skip = -int(uintptr(unsafe.Pointer(unsafe.SliceData(b)))) & (size - 1)
	if skip >= len(b) {
		return 0, 0
	}
	n = (len(b) - skip) &^ (size - 1)
	if n == 0 || unix.Madvise(b[skip:skip+n], unix.MADV_HUGEPAGE) != nil {
		return 0, 0
	}
	return skip, n
}
