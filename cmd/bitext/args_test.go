package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestUndefinedFlagHints: a one-letter flag with its value attached (-j1)
// and a global flag after the command are usage errors that say how to
// write them, whether urfave/cli or positional reads them; the spellings
// the hints give work; another unknown flag gets no hint.
func TestUndefinedFlagHints(t *testing.T) {
	dir := t.TempDir()
	corpus := "../../testdata/corpus/dir"
	out := func(name string) string { return filepath.Join(dir, name) }
	for _, tc := range []struct {
		name string
		args []string
		code int
		want string // in standard error; with code 2, the whole hint
	}{
		{"-j1 before the input", []string{"corpus", "-j1", corpus, "--tmx", out("a.tmx")}, 2,
			"flag provided but not defined: -j1 (write -j 1 or -j=1: a one-letter flag takes its value after a space or =)"},
		{"-j1 after the input", []string{"corpus", corpus, "-j1", "--tmx", out("b.tmx")}, 2,
			"flag provided but not defined: -j1 (write -j 1 or -j=1: a one-letter flag takes its value after a space or =)"},
		{"-ofile", []string{"tmx", "merge", "-omerged.tmx", tmxFixtures + "merge-a.tmx"}, 2,
			"flag provided but not defined: -omerged.tmx (write -o merged.tmx or -o=merged.tmx"},
		{"global flag after the command", []string{"corpus", "--max-input", "1GiB", corpus, "--tmx", out("c.tmx")}, 2,
			"flag provided but not defined: -max-input (--max-input is a global flag: it goes before the command, as in bitext --max-input SIZE corpus …)"},
		{"global flag after the files", []string{"align", exampleEN, exampleKO, "--max-line=1KiB"}, 2,
			"flag provided but not defined: --max-line=1KiB (--max-line is a global flag: it goes before the command"},
		{"unknown flag", []string{"align", "-x1", exampleEN, exampleKO}, 2, "flag provided but not defined: -x1\n"},
		{"-j 1", []string{"corpus", "-j", "1", corpus, "--tmx", out("d.tmx")}, 0, ""},
		{"-j=1", []string{"corpus", "-j=1", corpus, "--tmx", out("e.tmx")}, 0, ""},
		{"global flag before the command", []string{"--max-input", "1GiB", "corpus", "-j", "1", corpus, "--tmx", out("f.tmx")}, 0, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := runT(t, tc.args...)
			if r.code != tc.code || !strings.Contains(r.stderr, tc.want) {
				t.Errorf("exit %d: %s\nwant exit %d and %q", r.code, r.stderr, tc.code, tc.want)
			}
		})
	}
}
