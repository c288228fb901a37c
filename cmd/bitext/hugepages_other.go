//go:build !linux

package main

// adviseHugePages does nothing outside Linux, whose advice it gives (see
// hugepages_linux.go).
func adviseHugePages(func(string) string) {}
