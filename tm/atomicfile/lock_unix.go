//go:build unix

package atomicfile

import (
	"errors"
	"os"

	"golang.org/x/sys/unix"
)

// errHeld is lockFile's error when another holds the lock.
var errHeld = unix.EWOULDBLOCK

// lockFile takes an exclusive flock on f without waiting.
func lockFile(f *os.File) error {
	for {
		err := unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB)
		if !errors.Is(err, unix.EINTR) {
			return err
		}
	}
}

// unlockAndRemove removes the lock file while still holding it, then
// releases it: whoever opened the file before it was removed finds, once
// it has the lock, that the name no longer points to it (TryLock checks).
func unlockAndRemove(f *os.File, name string) error {
	err := os.Remove(name)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}
