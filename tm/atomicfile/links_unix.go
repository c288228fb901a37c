//go:build unix

package atomicfile

import (
	"os"
	"syscall"
)

// linkCount returns the number of names (hard links) of the file fi
// describes.
func linkCount(_ string, fi os.FileInfo) uint64 {
	if st, ok := fi.Sys().(*syscall.Stat_t); ok {
		return uint64(st.Nlink)
	}
	return 1
}
