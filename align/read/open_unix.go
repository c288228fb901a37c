//go:build unix

package read

import (
	"os"
	"syscall"
)

// openFile opens name for reading, as os.Open does, but without offering
// the file to the runtime's network poller. os.Open offers every file it
// opens: it sets the descriptor non-blocking, asks epoll to watch it and,
// for a regular file, which epoll refuses, sets it back, five system calls
// that read no byte. A corpus run opens two files a pair, and system calls
// are dear on a virtual machine. os.NewFile leaves the descriptor as it
// is, with one call to read its flags; a FIFO or a device opened this way
// is read with blocking reads, as standard input is.
func openFile(name string) (*os.File, error) {
	for {
		fd, err := syscall.Open(name, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		switch {
		case err == syscall.EINTR: // a signal: try again, as os.Open does
			continue
		case err != nil:
			return nil, &os.PathError{Op: "open", Path: name, Err: err}
		}
		return os.NewFile(uintptr(fd), name), nil
	}
}
