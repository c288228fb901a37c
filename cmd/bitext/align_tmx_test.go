package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/bitext-ko/bitext/align/testenv"
)

// TestAlignTMXConsumers writes TMX from `bitext align --tmx` in several
// configurations and has the real consumers read it: xmllint validates it
// against the TMX 1.4 DTD, translate-toolkit (the Python library CAT
// pipelines use) reads it with the expected unit count and source texts.
func TestAlignTMXConsumers(t *testing.T) {
	testenv.NeedLong(t, "starts xmllint and translate-toolkit")
	t.Parallel() // long, and independent of the other tests
	dtd := "../../../shared/schemas/tmx14.dtd"
	if _, err := os.Stat(dtd); err != nil {
		t.Skipf("TMX DTD not available (%v): ../shared is absent", err)
	}
	testenv.Program(t, "xmllint", "libxml2-utils")
	python := "/usr/bin/python3"
	haveTT := exec.Command(python, "-c", "import translate.storage.tmx").Run() == nil
	if !haveTT {
		t.Log("translate-toolkit not installed (Debian translate-toolkit): skipping its check")
	}
	dir := t.TempDir()
	tests := []struct {
		name      string
		args      []string
		srcPrefix string // the first unit's source text starts like this
		minUnits  int
	}{
		{"paragraphs", nil, "한-미", 6},
		{"sentences", []string{"--level", "sentence"}, "한-미", 9},
		{"english source", []string{"--srclang", "en", "--langs", "ko,en-GB"}, "Seoul and Washington", 6},
		{"flagged included", []string{"--min-score", "0.99", "--include-flagged"}, "한-미", 6},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out := filepath.Join(dir, strings.ReplaceAll(tc.name, " ", "-")+".tmx")
			args := append([]string{"align", "-f", "beads", "--tmx", out, "--date", "20260302T090000Z"}, tc.args...)
			r := runCLI(t, "", nil, append(args, exampleEN, exampleKO)...)
			if r.code != 0 {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			if b, err := exec.Command("xmllint", "--noout", "--nonet", "--dtdvalid", dtd, out).CombinedOutput(); err != nil {
				t.Fatalf("xmllint: %v\n%s", err, b)
			}
			data, _ := os.ReadFile(out)
			units := strings.Count(string(data), "<tu ")
			if units < tc.minUnits {
				t.Errorf("%d units, want at least %d", units, tc.minUnits)
			}
			if !haveTT {
				return
			}
			script := `import sys
from translate.storage import tmx
st = tmx.tmxfile.parsefile(sys.argv[1])
us = [u for u in st.units if u.source]
print(len(us))
print(us[0].source)`
			b, err := exec.Command(python, "-c", script, out).CombinedOutput()
			if err != nil {
				t.Fatalf("translate-toolkit: %v\n%s", err, b)
			}
			lines := strings.SplitN(string(b), "\n", 2)
			if n, _ := strconv.Atoi(lines[0]); n != units || !strings.HasPrefix(lines[1], tc.srcPrefix) {
				t.Errorf("translate-toolkit read %q units (want %d), first source %q (want %q…)", lines[0], units, lines[1], tc.srcPrefix)
			}
		})
	}
	// Bad TMX flags are usage errors; nothing is written.
	r := runCLI(t, "", nil, "align", "--tmx", filepath.Join(dir, "x.tmx"), "--srclang", "fr", exampleEN, exampleKO)
	if r.code != 2 {
		t.Errorf("--srclang fr: exit %d", r.code)
	}
	if _, err := os.Stat(filepath.Join(dir, "x.tmx")); err == nil {
		t.Error("a TMX file was written despite the usage error")
	}
}

// TestAlignTMXLeftOut: what `align --tmx` says it left out under
// --min-score names the units' level: beads, or sentence links.
func TestAlignTMXLeftOut(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct{ level, what string }{{"paragraph", " beads under --min-score left out"}, {"sentence", " sentence links under --min-score left out"}} {
		r := runCLI(t, "", nil, "align", "-f", "beads", "--level", tc.level, "--min-score", "1", "--tmx", filepath.Join(dir, tc.level+".tmx"), exampleEN, exampleKO)
		if r.code != 0 || !strings.Contains(r.stderr, tc.what) {
			t.Errorf("level %s: exit %d, stderr %q; want it to say%s", tc.level, r.code, r.stderr, tc.what)
		}
	}
}
