//go:build !linux

package main

// adviseHugePages does nothing outside Linux, whose advice it gives (see
// hugepages_linux.go): the heap is not known to be in huge pages.
func adviseHugePages(func(string) string) hugeAdvice { return hugeAdvice{} }

// hugeAdvice is what adviseHugePages did: nothing.
type hugeAdvice struct{ on bool }
