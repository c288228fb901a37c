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

// TestGuardThroughDanglingLink: an output that is a link to a file not
// there yet names that file.
func TestGuardThroughDanglingLink(t *testing.T) {
	dir := t.TempDir()
	target, dang := filepath.Join(dir, "target.tmx"), filepath.Join(dir, "dang.tmx")
	if err := os.Symlink("target.tmx", dang); err != nil {
		t.Skip("no symlinks here:", err)
	}
	_, err := NewGuard(Path{"--tmx", dang}, Path{"--glossary", target})
	if !errors.Is(err, ErrOutputConflict) || !strings.Contains(err.Error(), "--tmx ("+dang+") and --glossary ("+target+") are the same file") {
		t.Errorf("err %v", err)
	}
}

// TestInside: an output may not be a directory the command reads as a
// whole, nor be inside it, however spelled.
func TestInside(t *testing.T) {
	dir := t.TempDir()
	al := filepath.Join(dir, "al")
	os.MkdirAll(filepath.Join(al, "news"), 0o755)
	os.WriteFile(filepath.Join(al, "index.jsonl"), []byte("x"), 0o644)
	linkDir, linkFile := filepath.Join(dir, "alias"), filepath.Join(dir, "index-link")
	if os.Symlink(al, linkDir) != nil || os.Symlink(filepath.Join(al, "index.jsonl"), linkFile) != nil {
		linkDir, linkFile = "", ""
	}
	rel, _ := filepath.Rel(mustWd(t), filepath.Join(al, "news", "x.tmx"))
	tests := []struct {
		name, out string
		dir       string // default al
		want      string // "" for no error
	}{
		{"outside", filepath.Join(dir, "out.tmx"), "", ""},
		{"a sibling with the same prefix", filepath.Join(dir, "al2", "out.tmx"), "", ""},
		{"the directory", al, "", "out and the alignments directory are the same path, " + al},
		{"the directory, slash", al + string(filepath.Separator), "", "are the same path"},
		{"its index", filepath.Join(al, "index.jsonl"), "", "is inside the alignments directory"},
		{"deeper, relative", rel, "", "out (" + rel + ") is inside the alignments directory, " + al + ": write it elsewhere"},
		{"not there yet", filepath.Join(al, "new", "x.tmx"), "", "is inside"},
		{"dot-dot", filepath.Join(dir, "x", "..", "al", "r.json"), "", "is inside"},
		{"through a linked directory", filepath.Join(linkDir, "y.tmx"), "", "is inside"},
		{"a link into it", linkFile, "", "is inside"},
		{"directory not there yet", filepath.Join(dir, "fresh", "a.tmx"), filepath.Join(dir, "fresh"), "is inside"},
		{"directory is a link", filepath.Join(al, "z.tmx"), linkDir, "is inside"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if linkDir == "" && strings.Contains(tc.name, "link") {
				t.Skip("no symlinks here")
			}
			d := tc.dir
			if d == "" {
				d = al
			}
			g, err := NewGuard(Path{"out", tc.out})
			if err != nil {
				t.Fatal(err)
			}
			err = g.Inside(Path{"the alignments directory", d})
			var ie *InsideError
			switch {
			case tc.want == "" && err != nil:
				t.Errorf("err %v", err)
			case tc.want != "" && (!errors.As(err, &ie) || !errors.Is(err, ErrOutputConflict) || !strings.Contains(err.Error(), tc.want)):
				t.Errorf("err %v, want %q", err, tc.want)
			}
		})
	}
}

// TestCheckLinks: a file with more than one name is refused as an output
// of a command that locks its outputs; one name, or no file, is fine.
func TestCheckLinks(t *testing.T) {
	dir := t.TempDir()
	one, a, b := filepath.Join(dir, "one.tmx"), filepath.Join(dir, "a.tmx"), filepath.Join(dir, "b.tmx")
	os.WriteFile(one, []byte("x"), 0o644)
	os.WriteFile(a, []byte("x"), 0o644)
	if err := os.Link(a, b); err != nil {
		t.Skip("no hard links here:", err)
	}
	tests := []struct {
		path, want string
	}{
		{one, ""},
		{filepath.Join(dir, "none.tmx"), ""},
		{dir, ""},
		{a, "the TMX (" + a + ") is a file with 2 names (hard links)"},
		{b, "with 2 names"},
	}
	for _, tc := range tests {
		err := CheckLinks(Path{"the TMX", tc.path})
		var le *LinkedError
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%s: err %v", tc.path, err)
		case tc.want != "" && (!errors.As(err, &le) || !errors.Is(err, ErrOutputConflict) || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("%s: err %v, want %q", tc.path, err, tc.want)
		}
	}
}
