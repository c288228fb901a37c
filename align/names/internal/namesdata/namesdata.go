// Package namesdata loads the names reference data that tests and
// benchmarks of the name layer measure against: the TSV files of the
// ../shared/names directory beside the module root. Tests skip when the
// data is absent.
package namesdata

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Dir returns the names reference directory, or skips tb if it is absent.
func Dir(tb testing.TB) string {
	tb.Helper()
	names, err := find()
	if err != nil {
		tb.Skipf("shared data not found: %v", err)
	}
	return names
}

// find returns the names reference directory, or why it is not there.
func find() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("getwd: %w", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("no go.mod above the working directory")
		}
		dir = parent
	}
	names := filepath.Join(dir, "..", "shared", "names")
	if _, err := os.Stat(names); err != nil {
		return "", fmt.Errorf("%s is absent (it lives beside the module root)", names)
	}
	return names, nil
}

// Fields returns every tab-separated field of every line of the TSV files
// of the names reference directory, header rows and empty fields
// included, or none when the directory is absent: for tests that hold a
// fast path to its reference on whatever text the lists hold, beside
// cases of their own that run without them. It fails tb if a file cannot
// be read.
func Fields(tb testing.TB) []string {
	tb.Helper()
	dir, err := find()
	if err != nil {
		return nil
	}
	paths, _ := filepath.Glob(filepath.Join(dir, "*.tsv"))
	var out []string
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			out = append(out, strings.Split(line, "\t")...)
		}
	}
	return out
}

// Table is a TSV file with a header row.
type Table struct {
	Header []string
	Rows   [][]string
}

// Col returns the index of a named column, or -1.
func (t *Table) Col(name string) int {
	for i, h := range t.Header {
		if h == name {
			return i
		}
	}
	return -1
}

// ReadTSV reads a reference TSV file by name, skipping tb if the directory
// is absent and failing it if the file cannot be read.
func ReadTSV(tb testing.TB, name string) *Table {
	tb.Helper()
	path := filepath.Join(Dir(tb), name)
	t, err := readTSV(path)
	if err != nil {
		tb.Fatalf("%v", err)
	}
	return t
}

func readTSV(path string) (*Table, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("opening %s: %w", path, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	t := &Table{}
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		if line == "" {
			continue
		}
		fields := strings.Split(line, "\t")
		if t.Header == nil {
			t.Header = fields
			continue
		}
		for len(fields) < len(t.Header) {
			fields = append(fields, "")
		}
		t.Rows = append(t.Rows, fields)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	return t, nil
}
