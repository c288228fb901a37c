package atomicfile

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDistinct(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.txt")
	os.WriteFile(in, []byte("x"), 0o644)
	hard := filepath.Join(dir, "hard.txt")
	if err := os.Link(in, hard); err != nil {
		hard = ""
	}
	soft := filepath.Join(dir, "soft.txt")
	if err := os.Symlink(in, soft); err != nil {
		soft = ""
	}
	out := filepath.Join(dir, "out.tmx")
	rel, _ := filepath.Rel(mustWd(t), out)
	p := func(role, name string) Path { return Path{role, name} }
	tests := []struct {
		name      string
		outs, ins []Path
		want      string // "" for no error
	}{
		{"distinct", []Path{p("tmx", out), p("report", out+".json")}, []Path{p("input", in)}, ""},
		{"inputs may repeat", []Path{p("tmx", out)}, []Path{p("en", in), p("ko", in)}, ""},
		{"same output twice", []Path{p("tmx", out), p("report", out)}, nil, "tmx and report are the same file"},
		{"same output spelled twice", []Path{p("tmx", out), p("report", rel)}, nil, "tmx (" + out + ") and report (" + rel + ") are the same file"},
		{"output dot-dot", []Path{p("tmx", out), p("glossary", filepath.Join(dir, "x", "..", "out.tmx"))}, nil, "same file"},
		{"output is an input", []Path{p("tmx", out), p("report", in)}, []Path{p("input", in)}, "report and input are the same file"},
		{"hard link to an input", []Path{p("tmx", hard)}, []Path{p("input", in)}, "same file"},
		{"symbolic link to an input", []Path{p("tmx", soft)}, []Path{p("input", in)}, "same file"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, o := range tc.outs {
				if o.Name == "" {
					t.Skip("no links here")
				}
			}
			err := Distinct(tc.outs, tc.ins)
			var sf *SameFileError
			switch {
			case tc.want == "" && err != nil:
				t.Errorf("err %v", err)
			case tc.want != "" && (!errors.As(err, &sf) || !strings.Contains(err.Error(), tc.want)):
				t.Errorf("err %v, want %q", err, tc.want)
			}
		})
	}
}

func mustWd(t *testing.T) string {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	return wd
}
