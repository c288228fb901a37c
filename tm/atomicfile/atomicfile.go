// Package atomicfile writes a file so that readers see either the old
// contents or the complete new contents, never a half-written file.
//
// Create returns a *File that writes to a temporary file in the target's
// directory; Commit syncs it and renames it over the target, Abort removes it.
// A failed run therefore leaves no partial output behind.
package atomicfile

import (
	"fmt"
	"os"
	"path/filepath"
)

// File is an output file being written. It is an io.Writer.
type File struct {
	f      *os.File
	target string
	done   bool
	direct bool        // writing straight to a device or pipe
	mode   os.FileMode // permissions of the file written
}

// Create starts writing path. Nothing is visible at path until Commit.
//
// A symbolic link is followed, so the file it points to is replaced and the
// link stays. A target that exists and is not a regular file (/dev/null, a
// named pipe, a terminal) cannot be replaced by renaming; it is opened and
// written directly.
//
// The new file keeps the permission bits of the file it replaces; a file
// that did not exist gets 0644.
func Create(path string) (*File, error) {
	mode := os.FileMode(0o644)
	if fi, err := os.Stat(path); err == nil {
		switch {
		case fi.IsDir():
			return nil, fmt.Errorf("writing %s: is a directory", path)
		case !fi.Mode().IsRegular():
			f, err := os.OpenFile(path, os.O_WRONLY, 0)
			if err != nil {
				return nil, fmt.Errorf("writing %s: %w", path, err)
			}
			return &File{f: f, target: path, direct: true}, nil
		}
		if real, err := filepath.EvalSymlinks(path); err == nil {
			path = real
		}
		mode = fi.Mode().Perm() | fi.Mode()&(os.ModeSetuid|os.ModeSetgid|os.ModeSticky)
	}
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return nil, fmt.Errorf("writing %s: %w", path, err)
	}
	return &File{f: f, target: path, mode: mode}, nil
}

// Write writes to the temporary file.
func (a *File) Write(p []byte) (int, error) { return a.f.Write(p) }

// Name returns the target path.
func (a *File) Name() string { return a.target }

// Commit flushes the temporary file to disk and renames it to the target.
func (a *File) Commit() error {
	if a.done {
		return nil
	}
	a.done = true
	if a.direct {
		if err := a.f.Close(); err != nil {
			return fmt.Errorf("writing %s: %w", a.target, err)
		}
		return nil
	}
	tmp := a.f.Name()
	if err := a.f.Sync(); err != nil {
		a.f.Close()
		os.Remove(tmp)
		return fmt.Errorf("writing %s: %w", a.target, err)
	}
	if err := a.f.Close(); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("writing %s: %w", a.target, err)
	}
	// CreateTemp makes files 0600: give the output the replaced file's
	// permissions, or those of an ordinary file.
	if err := os.Chmod(tmp, a.mode); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("writing %s: %w", a.target, err)
	}
	if err := os.Rename(tmp, a.target); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("writing %s: %w", a.target, err)
	}
	return nil
}

// Abort discards what was written. It is safe to call after Commit, which
// makes "defer f.Abort()" the usual pattern.
func (a *File) Abort() {
	if a.done {
		return
	}
	a.done = true
	a.f.Close()
	if !a.direct {
		os.Remove(a.f.Name())
	}
}

// WriteFile writes data to path atomically.
func WriteFile(path string, data []byte) error {
	f, err := Create(path)
	if err != nil {
		return err
	}
	defer f.Abort()
	if _, err := f.Write(data); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return f.Commit()
}
