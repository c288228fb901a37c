//go:build !unix && !windows

package atomicfile

import (
	"errors"
	"os"
)

// errHeld is never returned: there is no file locking on this system.
var errHeld = errors.New("lock held")

// lockFile does nothing: this system has no advisory file locks, so two
// runs are not kept apart here.
func lockFile(f *os.File) error { return nil }

func unlockAndRemove(f *os.File, name string) error {
	err := os.Remove(name)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}
