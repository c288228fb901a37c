package main

import (
	"os"
	"runtime"
	"strings"
	"unsafe"

	"golang.org/x/sys/unix"
)

// hugeHeap is how much of the heap adviseHugePages asks huge pages for:
// the whole heap of `bitext align` on the 1,000-line wire pair (about 22
// MB) and of a two-job corpus run (about 45 MB). A larger heap is served
// in small pages past it, as without the advice.
const hugeHeap = 64 << 20

// thpSetting is where Linux tells when it backs memory with transparent
// huge pages: "always", "madvise" (only where a process asks) or "never",
// the one in use in brackets.
const thpSetting = "/sys/kernel/mm/transparent_hugepage/enabled"

// adviseHugePages asks Linux to back the next hugeHeap bytes of the heap
// with 2 MB pages, when the system gives them only to a process that
// asks (the "madvise" setting, Debian's default). A command calls it
// when it is about to build a heap of many megabytes (see
// bigAlignInput). Such a heap is freshly touched: without the advice
// every 4 KB page costs a page fault on first use, and faults are dear
// on virtual machines (about 17 µs each on the machine of the README's
// tables, where they were a third of `bitext align`'s CPU time on the
// wire pair). With it, a fault brings in 2 MB at once.
//
// The Go runtime has no setting for this, so the heap is made to map the
// range first: one large allocation, advised and freed at once by a
// collection. Its pages stay untouched until the allocator hands them
// out again, so the advice costs no memory by itself; the collection and
// the first huge pages cost a few milliseconds, more than a small
// document's whole heap saves (hence bigAlignInput). GODEBUG=disablethp=1,
// the runtime's own switch against huge pages, turns it off.
func adviseHugePages(getenv func(string) string) {
	if strings.Contains(getenv("GODEBUG"), "disablethp=1") {
		return
	}
	mode, err := os.ReadFile(thpSetting)
	if err != nil || !strings.Contains(string(mode), "[madvise]") {
		return
	}
	b := make([]byte, hugeHeap)
	// An error (an old kernel without the advice) leaves the heap as it
	// was, which is only slower.
	_ = adviseHuge(b)
	runtime.KeepAlive(b)
	runtime.GC() // frees b: it is dead past KeepAlive
}

// hugePage is the size of a huge page on amd64 and arm64.
const hugePage = 2 << 20

// adviseHuge advises huge pages for the whole huge pages inside b.
func adviseHuge(b []byte) error {
	skip := -int(uintptr(unsafe.Pointer(unsafe.SliceData(b)))) & (hugePage - 1)
	if skip >= len(b) {
		return nil
	}
	n := (len(b) - skip) &^ (hugePage - 1)
	return unix.Madvise(b[skip:skip+n], unix.MADV_HUGEPAGE)
}
