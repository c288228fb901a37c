package atomicfile

import (
	"os"

	"golang.org/x/sys/windows"
)

// errHeld is lockFile's error when another holds the lock.
var errHeld = windows.ERROR_LOCK_VIOLATION

// lockRange is the byte locked: far past the holder's process id written
// at the start, which others can then still read (LockFileEx locks are
// mandatory on Windows).
const lockRange = 1 << 30

// lockFile takes an exclusive LockFileEx lock on f without waiting.
func lockFile(f *os.File) error {
	ol := &windows.Overlapped{OffsetHigh: lockRange}
	return windows.LockFileEx(windows.Handle(f.Fd()), windows.LOCKFILE_EXCLUSIVE_LOCK|windows.LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, ol)
}

// unlockAndRemove releases the lock and removes the file. Windows does not
// remove a file another process has open: then the file stays, unlocked,
// and its next user locks it again.
func unlockAndRemove(f *os.File, name string) error {
	err := f.Close()
	os.Remove(name)
	return err
}
