package alignfile

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/bitext-ko/bitext/align"
	"github.com/bitext-ko/bitext/align/read"
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

// wrapLines cuts each line of text at spaces into lines of at most width
// runes (a word longer than width gets a line of its own).
func wrapLines(text string, width int) string {
	var b strings.Builder
	for _, line := range strings.Split(text, "\n") {
		n := 0
		for i, w := range strings.Fields(line) {
			if l := len([]rune(w)); i > 0 && n+1+l > width {
				b.WriteString("\n")
				n = 0
			} else if i > 0 {
				b.WriteString(" ")
				n++
			}
			b.WriteString(w)
			n += len([]rune(w))
		}
		b.WriteString("\n")
	}
	return b.String()
}

// TestCheckInputsParagraphModes: a file made with any paragraph rule opens
// against its inputs, read again with the rule it records; recording
// another rule that cuts the inputs otherwise is refused as a change.
// The inputs are the example pair wrapped at a fixed width (line differs
// from auto and blank) and with its blank lines removed (blank differs
// from auto and line).
func TestCheckInputsParagraphModes(t *testing.T) {
	en0, ko0 := string(mustReadFile(t, exampleEN)), string(mustReadFile(t, exampleKO))
	modes := []read.ParagraphMode{read.Auto, read.Blank, read.Line}
	for _, tc := range []struct {
		name   string
		en, ko string
	}{
		{"wrapped", wrapLines(en0, 50), wrapLines(ko0, 25)},
		{"no blank line", strings.ReplaceAll(en0, "\n\n", "\n"), strings.ReplaceAll(ko0, "\n\n", "\n")},
	} {
		dir := t.TempDir()
		en, ko := filepath.Join(dir, "x.en.txt"), filepath.Join(dir, "x.ko.txt")
		os.WriteFile(en, []byte(tc.en), 0o644)
		os.WriteFile(ko, []byte(tc.ko), 0o644)
		counts := map[read.ParagraphMode]int{}
		for _, made := range modes {
			f := buildMode(t, en, ko, dir, made)
			counts[made] = len(f.EN.Paragraphs)
			for _, recorded := range modes {
				t.Run(fmt.Sprintf("%s/%s recorded %s", tc.name, made, recorded), func(t *testing.T) {
					g := *f
					g.Settings.Paragraphs = recorded.String()
					path := filepath.Join(dir, fmt.Sprintf("%s-%s.json", made, recorded))
					if err := WriteFile(path, &g); err != nil {
						t.Fatal(err)
					}
					_, err := Open(path)
					same := sameParagraphs(t, en, made, recorded) && sameParagraphs(t, ko, made, recorded)
					switch {
					case same && err != nil:
						t.Errorf("refused: %v", err)
					case !same && !errors.Is(err, ErrChanged):
						t.Errorf("err %v, want one wrapping ErrChanged", err)
					}
				})
			}
		}
		// The inputs do tell the rules apart.
		if tc.name == "wrapped" && !(counts[read.Line] > counts[read.Auto] && counts[read.Auto] == counts[read.Blank]) ||
			tc.name == "no blank line" && !(counts[read.Blank] < counts[read.Auto] && counts[read.Auto] == counts[read.Line]) {
			t.Errorf("%s: English paragraphs by rule %v: the test proves little", tc.name, counts)
		}
	}
}

// buildMode is build with the paragraph rule mode, recorded.
func buildMode(t *testing.T, en, ko, dir string, mode read.ParagraphMode) *File {
	t.Helper()
	te, err := read.File(en, nil, read.Options{Paragraphs: mode})
	if err != nil {
		t.Fatal(err)
	}
	tk, err := read.File(ko, nil, read.Options{Paragraphs: mode})
	if err != nil {
		t.Fatal(err)
	}
	opt := align.Options{MinScore: align.DefaultMinScore}
	a := align.Align(te.Paragraphs, tk.Paragraphs, opt)
	return New(a, Input{Path: Rel(dir, en), Text: te}, Input{Path: Rel(dir, ko), Text: tk}, "x",
		Settings{MinScore: opt.MinScore, Paragraphs: mode.String()}, "test")
}

// sameParagraphs reports whether rules a and b cut the file at path into
// the same paragraphs.
func sameParagraphs(t *testing.T, path string, a, b read.ParagraphMode) bool {
	t.Helper()
	ta, err1 := read.File(path, nil, read.Options{Paragraphs: a})
	tb, err2 := read.File(path, nil, read.Options{Paragraphs: b})
	if err := errors.Join(err1, err2); err != nil {
		t.Fatal(err)
	}
	return slices.Equal(ta.Paragraphs, tb.Paragraphs)
}

func mustReadFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
