package main

import (
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"time"
)

// hugeHeadroom is how far tuneHeap lets a heap in huge pages grow between
// collections: there fresh memory costs less than collections (a corpus
// run with two jobs spent about 5% less CPU than with 16 MB; `align` on
// the wire pair 162 ms against 182 ms at Go's default pace), while in
// small pages it costs more.
const hugeHeadroom = 32 << 20

// tuneHeap sets the process up for a command about to build a heap of
// many megabytes: it asks for huge pages (adviseHugePages), and lets the
// heap grow hugeHeadroom between collections where it got them,
// smallHeadroom otherwise (0 leaves Go's default pace). It returns the
// function that puts the collector's pace back.
func tuneHeap(getenv func(string) string, smallHeadroom uint64) (restore func()) {
	headroom := smallHeadroom
	if adviseHugePages(getenv).on {
		headroom = hugeHeadroom
	}
	if headroom == 0 {
		return func() {}
	}
	return gcHeadroom(getenv, headroom)
}

// gcHeadroom lets the heap grow by headroom bytes between collections
// until the returned function is called. The aligner keeps a few MB live
// and allocates fast, so Go's default (collect when the heap has doubled,
// from 4 MB) collects hundreds of times a second and takes about a tenth
// of the CPU, enough to keep two workers from being twice as fast as one.
// Every 100 ms GOGC is set to headroom over the live heap, never under
// the default 100: a heap that does grow (a large glossary) is collected
// as usual. A GOGC or GOMEMLIMIT set by the user (getenv) is left alone.
func gcHeadroom(getenv func(string) string, headroom uint64) (stop func()) {
	if getenv("GOGC") != "" || getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	set := func() {
		metrics.Read(sample)
		pct := 100
		if live := sample[0].Value.Uint64(); live > 0 {
			pct = int(min(max(100, headroom*100/live), 1000))
		}
		debug.SetGCPercent(pct)
	}
	set()
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		tick := time.NewTicker(100 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-tick.C:
				set()
			case <-done:
				return
			}
		}
	}()
	return func() {
		close(done)
		wg.Wait()
		debug.SetGCPercent(100)
	}
}
