package atomicfile

import (
	"fmt"
	"os"
	"path/filepath"
)

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

// Guard finds the paths that name one of a set of outputs: by the cleaned
// absolute path, and with os.SameFile where both files exist (a hard link,
// a symbolic link, another spelling on a case-insensitive file system).
type Guard struct {
	outs   []guarded
	exists bool // some output exists: inputs must be looked at
}

type guarded struct {
	Path
	abs string
	fi  os.FileInfo // nil if the file does not exist
}

func describe(p Path) guarded {
	g := guarded{Path: p, abs: filepath.Clean(p.Name)}
	if abs, err := filepath.Abs(p.Name); err == nil {
		g.abs = abs
	}
	if fi, err := os.Stat(p.Name); err == nil {
		g.fi = fi
	}
	return g
}

func (g guarded) same(o guarded) bool {
	return g.abs == o.abs || g.fi != nil && o.fi != nil && os.SameFile(g.fi, o.fi)
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

// Check returns a *SameFileError if input names one of the outputs. It
// looks at the file system only if some output exists.
func (g *Guard) Check(input Path) error {
	d := guarded{Path: input, abs: filepath.Clean(input.Name)}
	if abs, err := filepath.Abs(input.Name); err == nil {
		d.abs = abs
	}
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
