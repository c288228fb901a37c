//go:build !unix

package corpus

import "testing"

func makeFIFO(t *testing.T, path string) { t.Skip("no named pipes on this system") }
