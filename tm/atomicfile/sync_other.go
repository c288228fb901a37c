//go:build !unix

package atomicfile

// SyncDir does nothing outside Unix: Windows has no directory handle to
// sync (NTFS journals renames itself).
func SyncDir(dir string) error { return nil }
