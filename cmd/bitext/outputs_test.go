package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runT runs bitext in this process with empty standard input (see
// runWith).
func runT(t *testing.T, args ...string) result {
	t.Helper()
	return runWith(nil, "", args...)
}

// TestAlignWritesAllBeforeRenaming: when one of align's files cannot be
// written, none is put in place, whichever it is.
func TestAlignWritesAllBeforeRenaming(t *testing.T) {
	if _, err := os.Stat("/dev/full"); err != nil {
		t.Skip("no /dev/full to fill")
	}
	for _, full := range []string{"--tmx", "--glossary", "-o"} {
		t.Run(full, func(t *testing.T) {
			dir := t.TempDir()
			paths := map[string]string{
				"--tmx": filepath.Join(dir, "out.tmx"), "--glossary": filepath.Join(dir, "names.tsv"), "-o": filepath.Join(dir, "view.txt"),
			}
			paths[full] = "/dev/full"
			args := []string{"align", exampleEN, exampleKO, "--glossary-format", "tsv"}
			for flag, p := range paths {
				args = append(args, flag, p)
			}
			r := runT(t, args...)
			if r.code != 1 || !strings.Contains(r.stderr, "/dev/full") {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			if entries, _ := os.ReadDir(dir); len(entries) != 0 {
				t.Errorf("files left: %v", entries)
			}
		})
	}
}

// TestAlignOutputsDistinct: outputs that name one file, or an input, are
// usage errors found before anything is read or written.
func TestAlignOutputsDistinct(t *testing.T) {
	dir := t.TempDir()
	en := filepath.Join(dir, "a.en.txt")
	ko := filepath.Join(dir, "a.ko.txt")
	for src, dst := range map[string]string{exampleEN: en, exampleKO: ko} {
		b, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(dst, b, 0o644)
	}
	dict := filepath.Join(dir, "dict.txt")
	os.WriteFile(dict, []byte("정상회담 @ summit\n"), 0o644)
	x := filepath.Join(dir, "x.tmx")
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"-o", x, "--tmx", x}, "-o and --tmx are the same file"},
		{[]string{"--tmx", x, "--glossary", x, "--glossary-format", "tsv"}, "--tmx and --glossary are the same file"},
		{[]string{"--tmx", en}, "--tmx and input " + en + " are the same file"},
		{[]string{"-o", filepath.Join(dir, ".", "a.ko.txt")}, "same file"},
		{[]string{"--glossary", dict, "--glossary-format", "tsv", "--dict", dict}, "--glossary and --dict are the same file"},
	}
	for _, tc := range tests {
		before := map[string][]byte{}
		for _, p := range []string{en, ko, dict} {
			before[p], _ = os.ReadFile(p)
		}
		r := runT(t, append([]string{"align", en, ko}, tc.args...)...)
		if r.code != 2 || !strings.Contains(r.stderr, tc.want) {
			t.Errorf("%q: exit %d, want 2 and %q: %s", tc.args, r.code, tc.want, r.stderr)
		}
		for p, b := range before {
			if after, _ := os.ReadFile(p); !bytes.Equal(after, b) {
				t.Errorf("%q: %s changed", tc.args, p)
			}
		}
		if _, err := os.Stat(x); err == nil {
			t.Errorf("%q: %s written", tc.args, x)
		}
	}
	// Standard output is no file: -o - beside --tmx is fine.
	if r := runT(t, "align", en, ko, "-o", "-", "--tmx", x); r.code != 0 || r.stdout == "" {
		t.Errorf("-o - --tmx: exit %d: %s", r.code, r.stderr)
	}
}
