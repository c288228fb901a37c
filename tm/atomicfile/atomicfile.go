// Package atomicfile writes output files so that no reader, crash or full
// disk ever sees a half-written one: each file is written to a temporary
// file beside it, flushed to disk, and renamed over the target, which
// therefore holds either its old contents or the complete new ones.
//
// It is written here rather than taken from a library because the details
// are the point, and the Go packages that offer "atomic writes"
// (google/renameio, natefinch/atomic) each leave one of them out:
//
//   - Rename-over semantics: the temporary file is created in the target's
//     directory (a rename cannot cross file systems) and renamed over the
//     target. On Windows os.Rename is MoveFileEx with
//     MOVEFILE_REPLACE_EXISTING, so the same code replaces a file there.
//   - Durability: the file is synced before the rename and its directory
//     after it, so that after a power cut the name points to the whole new
//     file. Windows has no directory sync; it is a no-op there.
//   - Names: temporary files are named ".NAME.bitext-tmp-RANDOM" (a NAME
//     that starts with a dot gets no second one), so that a later run can
//     recognize and remove those a killed run left (RemoveTemps), and
//     directory scans that skip dot files ignore them.
//   - Symbolic links: a write through a link replaces the file the link
//     points to, and the link stays, even when that file does not exist
//     yet (Target).
//   - Permissions: a new file gets 0666 minus the umask, like any file the
//     shell creates; a file replaced keeps its permission bits, except
//     setuid, setgid and sticky, which a rewritten file never keeps.
//   - Devices and pipes (/dev/null, /dev/stdout, a FIFO) cannot be renamed
//     over: they are opened and written in place.
//   - Several files (CommitAll): every temporary file is written and synced
//     before the first rename, so a failure while writing leaves all targets
//     as they were.
//
// The package also holds what a command needs around its outputs: a lock
// file per output (TryLock: flock on Unix, LockFileEx on Windows), so that
// two runs never write the same file; Guard, which finds outputs that
// name the same file as each other or as an input, or lie inside a
// directory a command reads as a whole, before any work starts; and
// CheckLinks, which finds an output with several names.
package atomicfile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// tempTag is what the names of temporary files contain after the target's
// name.
const tempTag = ".bitext-tmp-"

// TempPrefix returns the prefix of the names of target's temporary files,
// which are in target's directory: ".NAME.bitext-tmp-", or
// "NAME.bitext-tmp-" when NAME starts with a dot already (the state file
// ".names.tsv.bitext-state" has ".names.tsv.bitext-state.bitext-tmp-").
func TempPrefix(target string) string {
	return dotted(filepath.Base(target)) + tempTag
}

// dotted returns name with a leading dot, which hides it from directory
// listings.
func dotted(name string) string {
	if strings.HasPrefix(name, ".") {
		return name
	}
	return "." + name
}

// Target returns the file a write to path replaces: for an existing
// file, its real path (filepath.EvalSymlinks); for a symbolic link to a
// file that does not exist yet, the path the chain of links ends at, so
// that Create makes that file and the link stays a link; otherwise path.
func Target(path string) string {
	if _, err := os.Stat(path); err == nil {
		if real, err := filepath.EvalSymlinks(path); err == nil {
			return real
		}
		return path // /dev/stdout's link names no path ("pipe:[…]")
	}
	for range 64 { // a loop of links ends here; Create then fails on it
		fi, err := os.Lstat(path)
		if err != nil || fi.Mode()&fs.ModeSymlink == 0 {
			return path
		}
		dest, err := os.Readlink(path)
		if err != nil {
			return path
		}
		if !filepath.IsAbs(dest) {
			// Relative to the directory the link is in, as the system
			// reads it: resolve that directory's own links first, so that
			// a ".." in dest is not applied to a link's name.
			dir := filepath.Dir(path)
			if real, err := filepath.EvalSymlinks(dir); err == nil {
				dir = real
			}
			dest = filepath.Join(dir, dest)
		}
		path = dest
	}
	return path
}

// IsTemp reports whether name (a base name) is the name of a temporary
// file of this package.
func IsTemp(name string) bool {
	return strings.HasPrefix(name, ".") && strings.Contains(name, tempTag)
}

// File is an output file being written. It is an io.Writer.
type File struct {
	f        *os.File
	target   string
	temp     string      // "" when written in place
	perm     os.FileMode // set on Close when keepPerm
	keepPerm bool
	closed   bool
	closeErr error
	done     bool // committed or aborted
	disowned bool // the temporary file is the caller's
}

// Create starts writing path. Nothing is visible at path until Commit.
//
// A symbolic link is followed (Target), so the file it points to is
// replaced, or made if it does not exist yet, and the link stays. A target that exists and is not a regular file (/dev/null, a
// named pipe, a terminal) cannot be replaced by renaming; it is opened and
// written directly. A directory is an error.
//
// A new file gets the permissions 0666 less the process's umask; a file
// replaced keeps its permission bits, without setuid, setgid or sticky.
func Create(path string) (*File, error) {
	perm, keep := os.FileMode(0o666), false
	fi, err := os.Stat(path)
	switch {
	case err == nil && fi.IsDir():
		return nil, fmt.Errorf("writing %s: is a directory", path)
	case err == nil && !fi.Mode().IsRegular():
		f, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err != nil {
			return nil, fmt.Errorf("writing %s: %w", path, err)
		}
		return &File{f: f, target: path}, nil
	case err == nil:
		path = Target(path)
		perm, keep = fi.Mode().Perm(), true
	case !errors.Is(err, fs.ErrNotExist):
		return nil, fmt.Errorf("writing %s: %w", path, err)
	default: // a new file, or a link to one
		path = Target(path)
	}
	f, err := createTemp(path, perm)
	if err != nil {
		return nil, fmt.Errorf("writing %s: %w", path, err)
	}
	return &File{f: f, target: path, temp: f.Name(), perm: perm, keepPerm: keep}, nil
}

// createTemp creates a new temporary file for target with the permissions
// perm less the umask (the kernel applies it, as for any new file).
func createTemp(target string, perm os.FileMode) (*os.File, error) {
	dir := filepath.Dir(target)
	prefix := TempPrefix(target)
	for range 100 {
		name := filepath.Join(dir, prefix+strconv.FormatUint(rand.Uint64(), 36))
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, perm)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		return f, err
	}
	return nil, fmt.Errorf("no free temporary file name %s* in %s", prefix, dir)
}

// Write writes to the temporary file.
func (a *File) Write(p []byte) (int, error) { return a.f.Write(p) }

// Name returns the target path (the file a symbolic link points to, if the
// target was one).
func (a *File) Name() string { return a.target }

// TempName returns the name of the temporary file, or "" if the target is
// written in place.
func (a *File) TempName() string { return a.temp }

// Close finishes the temporary file without putting it in place: it is
// synced to disk, given its permissions and closed. Commit then only
// renames it. Close is for callers that finish several files before
// renaming any (CommitAll does that); calling it twice returns the first
// result.
func (a *File) Close() error {
	if a.closed {
		return a.closeErr
	}
	a.closed = true
	var err error
	if a.temp != "" {
		err = a.f.Sync()
		if err == nil && a.keepPerm {
			// The umask may have removed bits of the replaced file's mode.
			err = a.f.Chmod(a.perm)
		}
	}
	if cerr := a.f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		a.closeErr = fmt.Errorf("writing %s: %w", a.target, err)
	}
	return a.closeErr
}

// Commit closes the temporary file (see Close) and renames it to the
// target, then syncs the directory. On error the temporary file is
// removed and the target left as it was.
func (a *File) Commit() error {
	if a.done {
		return nil
	}
	if err := a.Close(); err != nil {
		a.Abort()
		return err
	}
	a.done = true
	if a.temp == "" {
		return nil
	}
	if err := Replace(a.temp, a.target); err != nil {
		os.Remove(a.temp)
		return err
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
	if !a.closed {
		a.closed = true
		a.f.Close()
	}
	if a.temp != "" && !a.disowned {
		os.Remove(a.temp)
	}
}

// Disown hands the temporary file over to the caller: Abort still closes
// it but no longer removes it. It is for a commit protocol that records
// the temporary file's name (a journal) and renames it itself with
// Replace, after Close.
func (a *File) Disown() { a.disowned = true }

// ReadFrom copies r to the temporary file; on Linux, from a file, the
// kernel copies (copy_file_range) without going through memory.
func (a *File) ReadFrom(r io.Reader) (int64, error) { return a.f.ReadFrom(r) }

// CommitAll puts several files in place: all of them are closed (written
// and synced) before the first is renamed, so an error while writing
// leaves every target as it was. The renames follow in the order given; a
// crash between two of them leaves the first targets new and the others
// old. On error the files not renamed are aborted, and the error says
// which targets were already replaced.
func CommitAll(files ...*File) error {
	for _, f := range files {
		if err := f.Close(); err != nil {
			for _, g := range files {
				g.Abort()
			}
			return err
		}
	}
	for i, f := range files {
		if err := f.Commit(); err != nil {
			for _, g := range files[i+1:] {
				g.Abort()
			}
			if i > 0 {
				var done []string
				for _, g := range files[:i] {
					done = append(done, g.Name())
				}
				return fmt.Errorf("%w (%s already written)", err, strings.Join(done, ", "))
			}
			return err
		}
	}
	return nil
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

// Replace renames temp over target and syncs target's directory, so that
// the new name survives a power cut.
func Replace(temp, target string) error {
	if err := os.Rename(temp, target); err != nil {
		return fmt.Errorf("writing %s: %w", target, err)
	}
	if err := SyncDir(filepath.Dir(target)); err != nil {
		return fmt.Errorf("writing %s: %w", target, err)
	}
	return nil
}

// RemoveTemps removes the temporary files of target that a killed process
// left in its directory, and returns their names. Only the holder of
// target's lock may call it: another process could be writing them.
// Those of a target whose name starts with a dot, named by earlier
// versions with a second dot ("..NAME.bitext-tmp-"), are removed too.
func RemoveTemps(target string) ([]string, error) {
	dir := filepath.Dir(target)
	prefixes := []string{TempPrefix(target)}
	if base := filepath.Base(target); strings.HasPrefix(base, ".") {
		prefixes = append(prefixes, "."+base+tempTag)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var removed []string
	for _, e := range entries {
		if e.IsDir() || !slices.ContainsFunc(prefixes, func(p string) bool { return strings.HasPrefix(e.Name(), p) }) {
			continue
		}
		name := filepath.Join(dir, e.Name())
		if err := os.Remove(name); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return removed, err
		}
		removed = append(removed, name)
	}
	return removed, nil
}
