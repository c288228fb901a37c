package atomicfile

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// ErrOutputConflict is matched (errors.Is) by the errors of Guard,
// Distinct and CheckLinks: an output path that cannot be written without
// destroying another file the command reads or writes. Commands report it
// as a usage error, before any work.
var ErrOutputConflict = errors.New("output path conflicts")

// Path is a file a command reads or writes, with the role it plays there
// ("the TMX", "--report"), for messages.
type Path struct {
	Role, Name string
}

// SameFileError says that two paths name one file.
type SameFileError struct {
	A, B Path
}

func (e *SameFileError) Error() string {
	if filepath.Clean(e.A.Name) == filepath.Clean(e.B.Name) {
		return fmt.Sprintf("%s and %s are the same file, %s", e.A.Role, e.B.Role, e.A.Name)
	}
	return fmt.Sprintf("%s (%s) and %s (%s) are the same file", e.A.Role, e.A.Name, e.B.Role, e.B.Name)
}

// Unwrap makes errors.Is(err, ErrOutputConflict) true.
func (e *SameFileError) Unwrap() error { return ErrOutputConflict }

// InsideError says that an output is a directory that the command reads
// or writes as a whole, or a file inside it.
type InsideError struct {
	Out, Dir Path
	// Equal is set when the output is the directory itself.
	Equal bool
}

func (e *InsideError) Error() string {
	if e.Equal {
		if filepath.Clean(e.Out.Name) == filepath.Clean(e.Dir.Name) {
			return fmt.Sprintf("%s and %s are the same path, %s", e.Out.Role, e.Dir.Role, e.Out.Name)
		}
		return fmt.Sprintf("%s (%s) and %s (%s) are the same path", e.Out.Role, e.Out.Name, e.Dir.Role, e.Dir.Name)
	}
	return fmt.Sprintf("%s (%s) is inside %s, %s: write it elsewhere", e.Out.Role, e.Out.Name, e.Dir.Role, e.Dir.Name)
}

// Unwrap makes errors.Is(err, ErrOutputConflict) true.
func (e *InsideError) Unwrap() error { return ErrOutputConflict }

// LinkedError says that an output is a file with more than one name (hard
// links).
type LinkedError struct {
	Path
	Links uint64
}

func (e *LinkedError) Error() string {
	return fmt.Sprintf("%s (%s) is a file with %d names (hard links): bitext would replace only this name, and its lock would not keep out a run writing another name; give a file with one name", e.Role, e.Name, e.Links)
}

// Unwrap makes errors.Is(err, ErrOutputConflict) true.
func (e *LinkedError) Unwrap() error { return ErrOutputConflict }

// CheckLinks returns a *LinkedError if the file p names exists and has
// more than one name. A command that locks its outputs (a lock file beside
// each name) refuses such a file: two runs writing it under two names
// would not see each other's lock. (Writing it would not corrupt the
// other name: the rename replaces this name only, which breaks the link.)
func CheckLinks(p Path) error {
	fi, err := os.Stat(p.Name)
	if err != nil || !fi.Mode().IsRegular() {
		return nil
	}
	if n := linkCount(p.Name, fi); n > 1 {
		return &LinkedError{Path: p, Links: n}
	}
	return nil
}

// Guard finds the paths that name one of a set of outputs: by the cleaned
// absolute path (through symbolic links, even to a file not there yet:
// Target), and with os.SameFile where both files exist (a hard link, a
// symbolic link, another spelling on a case-insensitive file system).
type Guard struct {
	outs   []guarded
	exists bool // some output exists: inputs must be looked at
}

type guarded struct {
	Path
	abs   string      // the name made absolute, lexically
	canon string      // where a write lands: canonical(Target(name)); "" for inputs
	fi    os.FileInfo // nil if the file does not exist
}

// absolute returns path made absolute and clean, without looking at the
// file system.
func absolute(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		return abs
	}
	return filepath.Clean(path)
}

// canonical returns the absolute path of path with the symbolic links of
// its longest existing part resolved: the same string for two spellings of
// one place, even one that does not exist yet.
func canonical(path string) string {
	path = absolute(path)
	rest := ""
	for dir := path; ; {
		if real, err := filepath.EvalSymlinks(dir); err == nil {
			return filepath.Join(real, rest)
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return path
		}
		rest = filepath.Join(filepath.Base(dir), rest)
		dir = parent
	}
}

func describe(p Path) guarded {
	g := guarded{Path: p, abs: absolute(p.Name), canon: canonical(Target(p.Name))}
	if fi, err := os.Stat(p.Name); err == nil {
		g.fi = fi
	}
	return g
}

func (g guarded) same(o guarded) bool {
	return g.abs == o.abs || g.canon != "" && (g.canon == o.abs || g.canon == o.canon) ||
		g.fi != nil && o.fi != nil && os.SameFile(g.fi, o.fi)
}

// NewGuard returns a Guard for outputs, or a *SameFileError if two of
// them name the same file.
func NewGuard(outputs ...Path) (*Guard, error) {
	g := &Guard{}
	for _, p := range outputs {
		d := describe(p)
		for _, o := range g.outs {
			if o.same(d) {
				return nil, &SameFileError{o.Path, p}
			}
		}
		g.outs = append(g.outs, d)
		g.exists = g.exists || d.fi != nil
	}
	return g, nil
}

// Exists reports whether some output exists. If none does, no input can
// be overwritten, wherever it is: a command may skip reading what would
// tell it its inputs.
func (g *Guard) Exists() bool { return g.exists }

// Check returns a *SameFileError if input names one of the outputs. It
// looks at the file system only if some output exists.
func (g *Guard) Check(input Path) error {
	d := guarded{Path: input, abs: absolute(input.Name)}
	if g.exists {
		if fi, err := os.Stat(input.Name); err == nil {
			d.fi = fi
		}
	}
	for _, o := range g.outs {
		if o.same(d) {
			return &SameFileError{o.Path, input}
		}
	}
	return nil
}

// Inside returns an *InsideError if an output is the directory dir, or a
// file inside it (or inside a directory inside it), by its path or, where
// dir exists, by the identity of the output's directories: another
// spelling, a symbolic link, a case-insensitive file system.
func (g *Guard) Inside(dir Path) error {
	canon := canonical(Target(dir.Name))
	dfi, err := os.Stat(dir.Name)
	if err != nil || !dfi.IsDir() {
		dfi = nil
	}
	for _, o := range g.outs {
		if o.canon == canon || o.fi != nil && dfi != nil && os.SameFile(o.fi, dfi) {
			return &InsideError{Out: o.Path, Dir: dir, Equal: true}
		}
		if strings.HasPrefix(o.canon, strings.TrimSuffix(canon, string(filepath.Separator))+string(filepath.Separator)) {
			return &InsideError{Out: o.Path, Dir: dir}
		}
		if dfi == nil {
			continue
		}
		for p := filepath.Dir(o.canon); ; p = filepath.Dir(p) {
			if fi, err := os.Stat(p); err == nil && os.SameFile(fi, dfi) {
				return &InsideError{Out: o.Path, Dir: dir}
			}
			if filepath.Dir(p) == p {
				break
			}
		}
	}
	return nil
}

// Distinct returns a *SameFileError if two outputs, or an output and an
// input, name the same file. Inputs may name one file twice: reading a
// file twice is harmless.
func Distinct(outputs, inputs []Path) error {
	g, err := NewGuard(outputs...)
	if err != nil {
		return err
	}
	for _, in := range inputs {
		if err := g.Check(in); err != nil {
			return err
		}
	}
	return nil
}
