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

func TestSymlinkIsFollowed(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "real.txt")
	link := filepath.Join(dir, "link.txt")
	if err := os.WriteFile(real, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(real, link); err != nil {
		t.Skip("no symlinks here:", err)
	}
	if err := WriteFile(link, []byte("new")); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the link was replaced: %v %v", fi, err)
	}
	if got, _ := os.ReadFile(real); string(got) != "new" {
		t.Errorf("target holds %q", got)
	}
}

// TestDeviceIsWrittenInPlace: a target that is not a regular file, such as
// /dev/null or a named pipe, must be written, never renamed over.
func TestDeviceIsWrittenInPlace(t *testing.T) {
	fi, err := os.Stat(os.DevNull)
	if err != nil {
		t.Skip(err)
	}
	if err := WriteFile(os.DevNull, []byte("discarded")); err != nil {
		t.Fatal(err)
	}
	after, err := os.Stat(os.DevNull)
	if err != nil || after.Mode() != fi.Mode() || after.Mode().IsRegular() {
		t.Fatalf("%s changed: %v -> %v (%v)", os.DevNull, fi.Mode(), after.Mode(), err)
	}
	entries, _ := os.ReadDir(filepath.Dir(os.DevNull))
	for _, e := range entries {
		if len(e.Name()) > 10 && e.Name()[:10] == ".null.tmp-" {
			t.Errorf("temporary file %s left beside %s", e.Name(), os.DevNull)
		}
	}
}

// TestCommitKeepsMode: replacing a file keeps its permission bits; a new
// file is an ordinary 0644 file.
func TestCommitKeepsMode(t *testing.T) {
	tests := []struct {
		name   string
		before os.FileMode // 0: no file before
		want   os.FileMode
	}{
		{"new file", 0, 0o644},
		{"private file", 0o600, 0o600},
		{"executable", 0o755, 0o755},
		{"read-only for others", 0o640, 0o640},
		{"ordinary", 0o644, 0o644},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			target := filepath.Join(t.TempDir(), "out.txt")
			if tc.before != 0 {
				if err := os.WriteFile(target, []byte("old"), 0o600); err != nil {
					t.Fatal(err)
				}
				if err := os.Chmod(target, tc.before); err != nil {
					t.Fatal(err)
				}
			}
			if err := WriteFile(target, []byte("new")); err != nil {
				t.Fatal(err)
			}
			fi, err := os.Stat(target)
			if err != nil {
				t.Fatal(err)
			}
			if got := fi.Mode().Perm(); got != tc.want {
				t.Errorf("mode %v, want %v", got, tc.want)
			}
		})
	}
}

// TestSymlinkTargetKeepsMode: through a link, the mode kept is that of the
// file the link points to.
func TestSymlinkTargetKeepsMode(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "real.txt")
	link := filepath.Join(dir, "link.txt")
	if err := os.WriteFile(real, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(real, link); err != nil {
		t.Skip("no symlinks here:", err)
	}
	if err := WriteFile(link, []byte("new")); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(real); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("mode %v (%v), want 0600", fi.Mode().Perm(), err)
	}
}
