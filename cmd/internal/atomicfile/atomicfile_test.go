package atomicfile

import (
	"os"
	"path/filepath"
	"testing"
)

func TestCommitAndAbort(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "out.txt")
	if err := os.WriteFile(target, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		commit bool
		want   string
	}{
		{"abort keeps old contents", false, "old"},
		{"commit replaces contents", true, "new"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, err := Create(target)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := f.Write([]byte("new")); err != nil {
				t.Fatal(err)
			}
			if got, _ := os.ReadFile(target); string(got) != "old" && !tc.commit {
				t.Fatalf("target changed before commit: %q", got)
			}
			if tc.commit {
				if err := f.Commit(); err != nil {
					t.Fatal(err)
				}
			} else {
				f.Abort()
			}
			got, err := os.ReadFile(target)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
			entries, _ := os.ReadDir(dir)
			if len(entries) != 1 {
				t.Errorf("temporary file left behind: %v", entries)
			}
		})
	}
}

func TestCreateRefusesDirectory(t *testing.T) {
	if _, err := Create(t.TempDir()); err == nil {
		t.Fatal("Create on a directory succeeded")
	}
}
