package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExportGlossaryShape: export takes --header and --tbx-version as
// align does, and its glossary file has the shape they ask for: a CSV
// header row only with --header, TBX v2 (<martif>) by default and v3
// (<tbx>) with --tbx-version 3. Each flag with a format it does not fit,
// or without --glossary, is a usage error.
func TestExportGlossaryShape(t *testing.T) {
	dir, file := t.TempDir(), alignmentFile(t)
	cases := []struct {
		name  string
		flags []string
		code  int
		has   []string // in the file's first 200 bytes
		hasnt []string
	}{
		{"plain.csv", nil, 0, nil, []string{"Korean", "English"}},
		{"head.csv", []string{"--header"}, 0, []string{"Korean,English"}, nil},
		{"en.csv", []string{"--header", "--srclang", "en"}, 0, []string{"English,Korean"}, nil},
		{"v2.tbx", nil, 0, []string{"<martif"}, []string{"<tbx "}},
		{"v2b.tbx", []string{"--tbx-version", "2"}, 0, []string{"<martif"}, nil},
		{"v3.tbx", []string{"--tbx-version", "3"}, 0, []string{"<tbx "}, []string{"<martif"}},
		{"bad.tbx", []string{"--tbx-version", "4"}, 2, nil, nil},
		{"bad.tbx", []string{"--header"}, 2, nil, nil},
		{"bad.csv", []string{"--tbx-version", "3"}, 2, nil, nil},
		{"", []string{"--header", "--tmx", filepath.Join(dir, "x.tmx")}, 2, nil, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name+strings.Join(tc.flags, ""), func(t *testing.T) {
			args := append([]string{"export", file}, tc.flags...)
			out := filepath.Join(dir, tc.name)
			if tc.name != "" {
				args = append(args, "--glossary", out)
			}
			r := runT(t, args...)
			if r.code != tc.code {
				t.Fatalf("exit %d, want %d: %s", r.code, tc.code, r.stderr)
			}
			if tc.code != 0 {
				return
			}
			b := string(mustRead(t, out))
			head := b[:min(len(b), 200)]
			for _, s := range tc.has {
				if !strings.Contains(head, s) {
					t.Errorf("no %q in %q", s, head)
				}
			}
			for _, s := range tc.hasnt {
				if strings.Contains(head, s) {
					t.Errorf("%q in %q", s, head)
				}
			}
		})
	}
}

// TestGlossaryShapeWithoutGlossary: --header or --tbx-version without a
// --glossary to shape is a usage error (exit 2) in each command that
// writes a glossary only when asked, and nothing is written.
func TestGlossaryShapeWithoutGlossary(t *testing.T) {
	dir := t.TempDir()
	for _, args := range [][]string{
		{"align", exampleEN, exampleKO, "-f", "beads", "--header"},
		{"align", exampleEN, exampleKO, "-f", "beads", "--tbx-version", "3"},
		{"align", exampleEN, exampleKO, "--tmx", filepath.Join(dir, "a.tmx"), "--header"},
		{"corpus", corpusFixtures + "dir", "--tmx", filepath.Join(dir, "c.tmx"), "--header"},
		{"export", alignmentFile(t), "--tmx", filepath.Join(dir, "e.tmx"), "--tbx-version", "2"},
	} {
		r := runT(t, args...)
		if r.code != 2 || !strings.Contains(r.stderr, "there is no --glossary") || r.stdout != "" {
			t.Errorf("%s: exit %d, want 2 saying there is no --glossary\nstderr: %s", strings.Join(args, " "), r.code, r.stderr)
		}
	}
	if es, _ := os.ReadDir(dir); len(es) > 0 {
		t.Errorf("refused runs left %d files", len(es))
	}
}
