package alignfile

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCheckReplace: only an alignment file with a person's review (a
// bead confirmed or edited, a name judged) stops a new output from
// replacing it; missing files, other files and unreviewed alignment files
// do not.
func TestCheckReplace(t *testing.T) {
	dir := t.TempDir()
	en, ko := copyExample(t, filepath.Join(dir, "in"))
	write := func(name string, change func(f *File)) string {
		f, _ := build(t, en, ko, dir, true)
		if change != nil {
			change(f)
		}
		path := filepath.Join(dir, name)
		if err := WriteFile(path, f); err != nil {
			t.Fatal(err)
		}
		return path
	}
	raw := func(name, text string) string {
		path := filepath.Join(dir, name)
		os.WriteFile(path, []byte(text), 0o644)
		return path
	}
	for _, tc := range []struct {
		name     string
		path     string
		reviewed bool
	}{
		{"missing", filepath.Join(dir, "none.json"), false},
		{"empty", raw("empty.json", ""), false},
		{"text", raw("notes.txt", "my notes\n"), false},
		{"TMX", raw("out.tmx", `<?xml version="1.0"?><tmx version="1.4"/>`), false},
		{"other JSON", raw("other.json", `  {"a": 1}`), false},
		{"directory", filepath.Join(dir, "in"), false},
		{"unreviewed", write("auto.json", nil), false},
		{"bead confirmed", write("confirmed.json", func(f *File) { f.Beads[2].Status = StatusConfirmed }), true},
		{"link edited", write("edited.json", func(f *File) { f.Links[0].Status = StatusEdited }), true},
		{"name rejected", write("rejected.json", func(f *File) { f.Glossary[0].Review = ReviewRejected }), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := CheckReplace(tc.path)
			switch {
			case tc.reviewed && !errors.Is(err, ErrReviewed):
				t.Fatalf("err %v, want ErrReviewed", err)
			case tc.reviewed && !strings.HasPrefix(err.Error(), tc.path+" holds a person's review, which bitext never overwrites"):
				t.Errorf("message %q", err)
			case !tc.reviewed && err != nil:
				t.Errorf("err %v, want nil", err)
			}
		})
	}
}
