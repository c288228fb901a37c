package atomicfile

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode"
)

// lockTag ends the names of lock files.
const lockTag = ".bitext-lock"

// LockName returns the name of the lock file that guards target:
// ".NAME.bitext-lock" in target's directory.
func LockName(target string) string {
	return filepath.Join(filepath.Dir(target), "."+filepath.Base(target)+lockTag)
}

// ErrLocked is matched (errors.Is) by the error TryLock returns when
// another process holds the lock.
var ErrLocked = errors.New("locked by another process")

// LockedError is the error of TryLock when another process, or another
// Lock of this one, holds the lock.
type LockedError struct {
	Path string // the lock file
	// Holder is what the holder wrote in it, if readable: its process id
	// and command ("pid 1234: bitext review --corpus al").
	Holder string
}

func (e *LockedError) Error() string {
	holder := "another process"
	if e.Holder != "" {
		holder = "another process (" + e.Holder + ")"
	}
	return fmt.Sprintf("%s holds the lock %s", holder, e.Path)
}

// Unwrap makes errors.Is(err, ErrLocked) true.
func (e *LockedError) Unwrap() error { return ErrLocked }

// Lock is a held lock file. Keep it reachable until Unlock: a Lock the
// garbage collector frees closes its file, which releases the lock.
type Lock struct {
	f    *os.File
	name string
}

// TryLock takes the lock file name, creating it if needed, without
// waiting: if another process (or another Lock in this one) holds it, the
// error is a *LockedError naming the file and the holder: its process id
// and command line, which the holder writes in the file, so that a message
// can say what holds the lock (a corpus run, a review, an export).
//
// The lock is flock(2) on Unix and LockFileEx on Windows: the operating
// system releases it when the process ends, however it ends, so a lock
// file left behind by a killed process is no obstacle. Unlock removes the
// file.
func TryLock(name string) (*Lock, error) {
	for range 10 {
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE, 0o666)
		if err != nil {
			return nil, fmt.Errorf("locking %s: %w", name, err)
		}
		if err := lockFile(f); err != nil {
			holder := readHolder(f)
			f.Close()
			if errors.Is(err, errHeld) {
				return nil, &LockedError{Path: name, Holder: holder}
			}
			return nil, fmt.Errorf("locking %s: %w", name, err)
		}
		// The holder before us may have removed the file between our open
		// and our lock: then we locked a file no one else can find. Lock
		// the one at the name instead.
		held, err1 := f.Stat()
		now, err2 := os.Stat(name)
		if err1 != nil || err2 != nil || !os.SameFile(held, now) {
			f.Close()
			continue
		}
		if err := f.Truncate(0); err == nil {
			fmt.Fprintf(f, "pid %d: %s\n", os.Getpid(), command(os.Args))
		}
		return &Lock{f: f, name: name}, nil
	}
	return nil, fmt.Errorf("locking %s: the lock file keeps being replaced", name)
}

// maxCommand bounds the command line a lock file holds.
const maxCommand = 160

// command returns the command line args, for a lock file: the program's
// base name and its arguments, on one line of at most maxCommand bytes,
// control characters replaced.
func command(args []string) string {
	if len(args) == 0 {
		return ""
	}
	args = append([]string{filepath.Base(args[0])}, args[1:]...)
	line := strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return '?'
		}
		return r
	}, strings.Join(args, " "))
	if len(line) > maxCommand {
		line = strings.ToValidUTF8(line[:maxCommand], "") + "…"
	}
	return line
}

// readHolder returns the first line of a lock file.
func readHolder(f *os.File) string {
	b := make([]byte, maxCommand+64)
	n, err := f.ReadAt(b, 0)
	if err != nil && err != io.EOF {
		return ""
	}
	line, _, _ := strings.Cut(string(b[:n]), "\n")
	return strings.TrimSpace(line)
}

// Name returns the lock file's name.
func (l *Lock) Name() string { return l.name }

// Unlock releases the lock and removes the lock file.
func (l *Lock) Unlock() error {
	if l == nil || l.f == nil {
		return nil
	}
	err := unlockAndRemove(l.f, l.name)
	l.f = nil
	return err
}
