//go:build !long

package testenv

// long is false: the tests were built without the tag long, the quick
// tier.
const long = false
