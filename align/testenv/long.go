//go:build long

package testenv

// long is true: the tests were built with the tag long, the long tier.
const long = true
