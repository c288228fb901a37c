package read

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// tooLarge checks that err is a *TooLargeError for the input name, line
// and limit, and that its message names them.
func tooLarge(t *testing.T, err error, name string, line int, limit int64, shown string) {
	t.Helper()
	var e *TooLargeError
	if !errors.As(err, &e) {
		t.Fatalf("error %v, want a *TooLargeError", err)
	}
	if e.Name != name || e.Line != line || e.Limit != limit {
		t.Errorf("error %+v, want name %q, line %d, limit %d", e, name, line, limit)
	}
	if !strings.Contains(err.Error(), shown) || !strings.Contains(err.Error(), FormatSize(limit)) {
		t.Errorf("message %q does not name %q and %s", err, shown, FormatSize(limit))
	}
}

func TestLimited(t *testing.T) {
	for _, tc := range []struct {
		size, limit int
		ok          bool
	}{
		{1024, 1024, true},
		{1025, 1024, false},
		{0, 1, true},
		{1 << 20, 4096, false},
	} {
		r := Limit(strings.NewReader(strings.Repeat("a", tc.size)), "in", int64(tc.limit))
		data, err := io.ReadAll(r)
		if tc.ok {
			if err != nil || len(data) != tc.size {
				t.Errorf("%d bytes under a limit of %d: read %d, %v", tc.size, tc.limit, len(data), err)
			}
			continue
		}
		tooLarge(t, err, "in", 0, int64(tc.limit), "in")
		if len(data) > tc.limit {
			t.Errorf("%d bytes under a limit of %d: %d read before the error", tc.size, tc.limit, len(data))
		}
		// All keeps to the limit of a Limited.
		_, err = All(Limit(strings.NewReader(strings.Repeat("a", tc.size)), "in", int64(tc.limit)), "other")
		tooLarge(t, err, "in", 0, int64(tc.limit), "in")
	}
	if got := FormatSize(DefaultMaxSize); got != "256 MiB" {
		t.Errorf("FormatSize(DefaultMaxSize) = %q", got)
	}
}

// TestFileLimit: a file, standard input and a device are read at most to
// the limit, with an error naming the input and the limit beyond it.
func TestFileLimit(t *testing.T) {
	dir := t.TempDir()
	exact := filepath.Join(dir, "exact.txt")
	over := filepath.Join(dir, "over.txt")
	os.WriteFile(exact, []byte(strings.Repeat("a", 1023)+"\n"), 0o644)
	os.WriteFile(over, []byte(strings.Repeat("a", 1024)+"\n"), 0o644)
	opt := Options{Limits: Limits{MaxSize: 1024}}
	if _, err := File(exact, nil, opt); err != nil {
		t.Errorf("a file of exactly the limit: %v", err)
	}
	_, err := File(over, nil, opt)
	tooLarge(t, err, over, 0, 1024, over)
	_, err = File("-", strings.NewReader(strings.Repeat("a", 2000)), opt)
	tooLarge(t, err, "-", 0, 1024, "standard input")
	if _, err := File("-", strings.NewReader(strings.Repeat("a", 1024)), opt); err != nil {
		t.Errorf("standard input of exactly the limit: %v", err)
	}
	_, err = ReadFile(over, 1024)
	tooLarge(t, err, over, 0, 1024, over)
	if data, err := ReadFile(exact, 1024); err != nil || len(data) != 1024 {
		t.Errorf("ReadFile of exactly the limit: %d bytes, %v", len(data), err)
	}
	// /dev/zero has no size and no end: it used to be read until memory
	// ran out.
	if _, err := os.Stat("/dev/zero"); err == nil {
		_, err = File("/dev/zero", nil, Options{Limits: Limits{MaxSize: 1 << 20}})
		tooLarge(t, err, "/dev/zero", 0, 1<<20, "/dev/zero")
		_, err = ReadFile("/dev/zero", 1<<20)
		tooLarge(t, err, "/dev/zero", 0, 1<<20, "/dev/zero")
	}
}

// TestStream: a parser that reads lines and keeps them sees the last line
// cut in two at the limit; Stream reports the limit, not the cut.
func TestStream(t *testing.T) {
	parse := func(lines *[]string) func(io.Reader) error {
		return func(r io.Reader) error {
			sc := bufio.NewScanner(r)
			for sc.Scan() {
				if !utf8.ValidString(sc.Text()) || !strings.HasSuffix(sc.Text(), "다") {
					return fmt.Errorf("line %d: not a sentence: %q", len(*lines)+1, sc.Text())
				}
				*lines = append(*lines, sc.Text())
			}
			return sc.Err()
		}
	}
	in := strings.Repeat("했다\n", 100) // 7 bytes a line
	var got []string
	err := Stream(strings.NewReader(in), "in.txt", 200, parse(&got))
	tooLarge(t, err, "in.txt", 0, 200, "in.txt")
	got = nil
	if err := Stream(strings.NewReader(in), "in.txt", 700, parse(&got)); err != nil || len(got) != 100 {
		t.Errorf("exactly the limit: %d lines, %v", len(got), err)
	}
	// Under the limit, an error of the parser's own stays its own.
	err = Stream(strings.NewReader("했다\nno\n"+in), "in.txt", 1000, parse(&got))
	if err == nil || !strings.Contains(err.Error(), "line") || errors.As(err, new(*TooLargeError)) {
		t.Errorf("parser's error: %v", err)
	}
}
