//go:build !long

package server

// closeBrowser does nothing in the quick tier, which has no browser tests
// (they are in browser_test.go, built with the tag long).
func closeBrowser() {}
