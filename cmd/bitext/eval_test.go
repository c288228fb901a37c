package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestEvalRefusesBadGold: bitext eval refuses a gold file that does not
// describe its pair, naming the file and the line, with exit status 1.
func TestEvalRefusesBadGold(t *testing.T) {
	gold, err := os.ReadFile(exampleGold)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(strings.TrimSuffix(string(gold), "\n"), "\n")
	n := len(lines)
	tests := []struct {
		name, gold, want string
	}{
		{"no such paragraph", string(gold) + "[]:[99]\n", ":" + strconv.Itoa(n+1) + ":5: no such paragraph: Korean paragraph 99"},
		{"duplicate", string(gold) + lines[n-1], ":" + strconv.Itoa(n+1) + ": duplicate bead"},
		{"out of order", lines[1] + lines[0] + strings.Join(lines[2:], ""), ":1:2: out of order"},
		{"missing", strings.Join(lines[:n-1], ""), ": paragraph in no bead"},
		{"not a bead", string(gold) + "[1] [2]\n", ":" + strconv.Itoa(n+1) + ":5: not a bead"},
	}
	for _, tc := range tests {
		dir := t.TempDir()
		for _, f := range []string{exampleEN, exampleKO} {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, filepath.Base(f)), data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		path := filepath.Join(dir, "summit.gold")
		if err := os.WriteFile(path, []byte(tc.gold), 0o644); err != nil {
			t.Fatal(err)
		}
		r := runIn("", "eval", dir)
		if r.code != 1 || !strings.Contains(r.stderr, path+":") || !strings.Contains(r.stderr, tc.want) || r.stdout != "" {
			t.Errorf("%s: exit %d, want 1 naming %s and %q: %s", tc.name, r.code, path, tc.want, r.stderr)
		}
	}
}
