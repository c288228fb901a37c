package alignfile

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// copyExample copies the example pair into dir and returns its paths.
func copyExample(t *testing.T, dir string) (en, ko string) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{exampleEN, exampleKO} {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(p)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return filepath.Join(dir, filepath.Base(exampleEN)), filepath.Join(dir, filepath.Base(exampleKO))
}

// TestCheckInputs: a file opens against the inputs it was made from, also
// after the directory holding both is moved, and refuses an input whose
// bytes changed, one that reads into other paragraphs or sentences, and
// standard input.
func TestCheckInputs(t *testing.T) {
	root := t.TempDir()
	tests := []struct {
		name   string
		change func(t *testing.T, f *File, en, ko string)
		want   string // "" for no error
	}{
		{"unchanged", func(*testing.T, *File, string, string) {}, ""},
		{"input edited", func(t *testing.T, f *File, en, ko string) {
			b, _ := os.ReadFile(ko)
			os.WriteFile(ko, append(b, "\n덧붙인 문단.\n"...), 0o644)
		}, "the Korean input DIR/in/summit.ko.txt is not the file this alignment was made from (its SHA-256 differs): edits are never applied to a changed input"},
		{"input removed", func(t *testing.T, f *File, en, ko string) { os.Remove(en) }, "the English input: open DIR/in/summit.en.txt: no such file"},
		{"splits differently", func(t *testing.T, f *File, en, ko string) {
			// As if an older bitext had cut paragraph 4's sentences at
			// another point: the bytes are the same, the reading is not.
			p := &f.EN.Paragraphs[4]
			first, rest, _ := strings.Cut(p.Sentences[1], " ")
			p.Sentences[0] += " " + first
			p.Sentences[1] = rest
		}, "this bitext reads the English input DIR/in/summit.en.txt differently from bitext test, which made the alignment (paragraph 4's sentences): edits are never applied to an input that would now split differently"},
		{"furniture setting", func(t *testing.T, f *File, en, ko string) { f.Settings.KeepFurniture = true }, "(paragraph 0's aligned text)"},
		{"standard input", func(t *testing.T, f *File, en, ko string) { f.KO.Path = "-" }, "the Korean text was read from standard input, which cannot be checked"},
		{"paragraph mode", func(t *testing.T, f *File, en, ko string) { f.Settings.Paragraphs = ParagraphsLine }, `in "line" mode, which this bitext cannot do`},
	}
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := filepath.Join(root, string(rune('a'+i)))
			en, ko := copyExample(t, filepath.Join(dir, "in"))
			out := filepath.Join(dir, "out")
			os.MkdirAll(out, 0o755)
			f, _ := build(t, en, ko, out, false)
			if f.EN.Path != "../in/summit.en.txt" {
				t.Fatalf("recorded path %q", f.EN.Path)
			}
			tc.change(t, f, en, ko)
			path := filepath.Join(out, "a.json")
			if err := WriteFile(path, f); err != nil {
				t.Fatal(err)
			}
			_, err := Open(path)
			if tc.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				// Moving the whole directory keeps the file valid.
				moved := filepath.Join(root, "moved")
				if err := os.Rename(dir, moved); err != nil {
					t.Fatal(err)
				}
				defer os.Rename(moved, dir)
				if _, err := Open(filepath.Join(moved, "out", "a.json")); err != nil {
					t.Errorf("after moving the directory: %v", err)
				}
				return
			}
			msg := ""
			if err != nil {
				msg = strings.ReplaceAll(err.Error(), dir, "DIR")
			}
			if !strings.Contains(msg, tc.want) {
				t.Fatalf("err = %v\nwant %q", msg, tc.want)
			}
			if tc.name != "input removed" && !errors.Is(err, ErrChanged) {
				t.Errorf("err does not wrap ErrChanged: %v", err)
			}
		})
	}
}
