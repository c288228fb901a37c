package atomicfile

import (
	"os"

	"golang.org/x/sys/windows"
)

// linkCount returns the number of names (hard links) of the file at path:
// NTFS has them too, and os.FileInfo does not say.
func linkCount(path string, _ os.FileInfo) uint64 {
	f, err := os.Open(path)
	if err != nil {
		return 1
	}
	defer f.Close()
	var info windows.ByHandleFileInformation
	if err := windows.GetFileInformationByHandle(windows.Handle(f.Fd()), &info); err != nil {
		return 1
	}
	return uint64(info.NumberOfLinks)
}
