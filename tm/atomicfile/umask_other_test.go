//go:build !unix

package atomicfile

import "testing"

func setUmask(t *testing.T, mask int) { t.Skip("no umask on this system") }

const hasModeBits = false

func makeFIFO(t *testing.T, path string) { t.Skip("no named pipes on this system") }
