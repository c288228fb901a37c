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
}

// Create starts writing path. Nothing is visible at path until Commit.
func Create(path string) (*File, error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		return nil, fmt.Errorf("writing %s: is a directory", path)
	}
	f, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return nil, fmt.Errorf("writing %s: %w", path, err)
	}
	return &File{f: f, target: path}, nil
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
	// CreateTemp makes files 0600; outputs are ordinary files.
	if err := os.Chmod(tmp, 0o644); err != nil {
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
	os.Remove(a.f.Name())
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
