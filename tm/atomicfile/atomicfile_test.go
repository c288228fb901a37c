package atomicfile

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
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
		if IsTemp(e.Name()) {
			t.Errorf("temporary file %s left beside %s", e.Name(), os.DevNull)
		}
	}
}

// TestCommitKeepsMode: replacing a file keeps its permission bits; a new
// file is an ordinary file (0644 under the usual umask 022, which
// TestUmask sets).
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
			setUmask(t, 0o022)
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

// TestNewFileRespectsUmask: a new output gets 0666 less the umask, like
// any file a shell or an editor creates.
func TestNewFileRespectsUmask(t *testing.T) {
	for _, tc := range []struct {
		umask int
		want  os.FileMode
	}{
		{0o022, 0o644},
		{0o002, 0o664},
		{0o077, 0o600},
		{0o000, 0o666},
	} {
		t.Run(fmt.Sprintf("umask %03o", tc.umask), func(t *testing.T) {
			setUmask(t, tc.umask)
			target := filepath.Join(t.TempDir(), "new.txt")
			if err := WriteFile(target, []byte("x")); err != nil {
				t.Fatal(err)
			}
			if fi, err := os.Stat(target); err != nil || fi.Mode().Perm() != tc.want {
				t.Errorf("mode %v (%v), want %v", fi.Mode().Perm(), err, tc.want)
			}
		})
	}
}

// TestRewriteDropsSpecialBits: a rewritten file keeps its permission bits
// (even those the umask would remove) but never setuid, setgid or sticky.
func TestRewriteDropsSpecialBits(t *testing.T) {
	if !hasModeBits {
		t.Skip("no Unix permission bits here")
	}
	for _, tc := range []struct {
		before, want os.FileMode
	}{
		{0o755 | os.ModeSetuid, 0o755},
		{0o750 | os.ModeSetgid, 0o750},
		{0o644 | os.ModeSticky, 0o644},
		{0o777 | os.ModeSetuid | os.ModeSetgid | os.ModeSticky, 0o777},
		{0o666, 0o666}, // kept although the umask is 022
	} {
		t.Run(tc.before.String(), func(t *testing.T) {
			setUmask(t, 0o022)
			target := filepath.Join(t.TempDir(), "out.txt")
			if err := os.WriteFile(target, []byte("old"), 0o600); err != nil {
				t.Fatal(err)
			}
			if err := os.Chmod(target, tc.before); err != nil {
				t.Fatal(err)
			}
			if fi, _ := os.Stat(target); fi.Mode()&(os.ModePerm|os.ModeSetuid|os.ModeSetgid|os.ModeSticky) != tc.before {
				t.Skipf("this file system keeps %v of %v", fi.Mode(), tc.before)
			}
			if err := WriteFile(target, []byte("new")); err != nil {
				t.Fatal(err)
			}
			fi, err := os.Stat(target)
			if err != nil {
				t.Fatal(err)
			}
			if got := fi.Mode() & (os.ModePerm | os.ModeSetuid | os.ModeSetgid | os.ModeSticky); got != tc.want {
				t.Errorf("mode %v, want %v", got, tc.want)
			}
		})
	}
}

// TestTempNames: temporary files are named after their target and
// recognizable, and RemoveTemps removes exactly those of one target.
func TestTempNames(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "out.tmx")
	f, err := Create(target)
	if err != nil {
		t.Fatal(err)
	}
	if base := filepath.Base(f.TempName()); !strings.HasPrefix(base, ".out.tmx.bitext-tmp-") || !IsTemp(base) {
		t.Errorf("temporary file %s", base)
	}
	g, err := Create(filepath.Join(dir, "other.tmx"))
	if err != nil {
		t.Fatal(err)
	}
	defer g.Abort()
	for _, name := range []string{"out.tmx", ".out.tmx.lock", "out.tmx.bitext-tmp-1"} {
		os.WriteFile(filepath.Join(dir, name), nil, 0o644)
	}
	f.Close() // as a killed run leaves it, never renamed
	removed, err := RemoveTemps(target)
	if err != nil || len(removed) != 1 || removed[0] != f.TempName() {
		t.Fatalf("removed %q (%v), want only %s", removed, err, f.TempName())
	}
	var left []string
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		left = append(left, e.Name())
	}
	want := []string{".out.tmx.lock", filepath.Base(g.TempName()), "out.tmx", "out.tmx.bitext-tmp-1"}
	slices.Sort(want)
	if !slices.Equal(left, want) {
		t.Errorf("left %q, want %q", left, want)
	}
}

// TestCommitAllRenamesAfterWritingAll: a rename that fails leaves the
// later files unwritten and says which were.
func TestCommitAllFailure(t *testing.T) {
	dir := t.TempDir()
	a, b, c := filepath.Join(dir, "a"), filepath.Join(dir, "b"), filepath.Join(dir, "c")
	var files []*File
	for _, p := range []string{a, b, c} {
		f, err := Create(p)
		if err != nil {
			t.Fatal(err)
		}
		f.Write([]byte(filepath.Base(p)))
		files = append(files, f)
	}
	// b becomes a non-empty directory: no file can be renamed over it.
	if err := os.MkdirAll(filepath.Join(b, "x"), 0o755); err != nil {
		t.Fatal(err)
	}
	err := CommitAll(files...)
	if err == nil || !strings.Contains(err.Error(), a+" already written") {
		t.Fatalf("err %v, want one naming %s", err, a)
	}
	if got, _ := os.ReadFile(a); string(got) != "a" {
		t.Errorf("a holds %q", got)
	}
	if _, err := os.Stat(c); !os.IsNotExist(err) {
		t.Errorf("c was written after b failed: %v", err)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if IsTemp(e.Name()) {
			t.Errorf("temporary file left: %s", e.Name())
		}
	}
}

// TestFullDevice: a device is written in place, and a full one (/dev/full)
// is an error, not a silent loss.
func TestFullDevice(t *testing.T) {
	if _, err := os.Stat("/dev/full"); err != nil {
		t.Skip("no /dev/full")
	}
	err := WriteFile("/dev/full", []byte("data"))
	if !errors.Is(err, syscall.ENOSPC) || !strings.Contains(err.Error(), "/dev/full") {
		t.Fatalf("err %v, want ENOSPC naming /dev/full", err)
	}
}

// TestFIFOWrittenInPlace: a named pipe is written, not replaced.
func TestFIFOWrittenInPlace(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "pipe")
	makeFIFO(t, fifo)
	got := make(chan []byte)
	go func() {
		b, _ := os.ReadFile(fifo)
		got <- b
	}()
	if err := WriteFile(fifo, []byte("through")); err != nil {
		t.Fatal(err)
	}
	if b := <-got; string(b) != "through" {
		t.Errorf("read %q", b)
	}
	if fi, err := os.Lstat(fifo); err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("the pipe was replaced: %v %v", fi, err)
	}
}

// TestDanglingSymlinkIsWrittenThrough: a symbolic link to a file not there
// yet stays a link; the file is made where it points, through a chain of
// links and relative to the link's own directory.
func TestDanglingSymlinkIsWrittenThrough(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "sub")
	os.Mkdir(sub, 0o755)
	tests := []struct {
		name   string
		links  [][2]string // link, what it holds, made in order
		write  string
		target string
	}{
		{"absolute", [][2]string{{"dang.txt", filepath.Join(dir, "target.txt")}}, "dang.txt", "target.txt"},
		{"relative", [][2]string{{"rel.txt", "made.txt"}}, "rel.txt", "made.txt"},
		{"relative to its directory", [][2]string{{"sub/up.txt", "../fromsub.txt"}}, "sub/up.txt", "fromsub.txt"},
		{"chain", [][2]string{{"c2.txt", "end.txt"}, {"c1.txt", "c2.txt"}}, "c1.txt", "end.txt"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, l := range tc.links {
				if err := os.Symlink(l[1], filepath.Join(dir, l[0])); err != nil {
					t.Skip("no symlinks here:", err)
				}
			}
			if err := WriteFile(filepath.Join(dir, tc.write), []byte("new")); err != nil {
				t.Fatal(err)
			}
			for _, l := range tc.links {
				if fi, err := os.Lstat(filepath.Join(dir, l[0])); err != nil || fi.Mode()&os.ModeSymlink == 0 {
					t.Errorf("the link %s was replaced: %v", l[0], err)
				}
			}
			if got, err := os.ReadFile(filepath.Join(dir, tc.target)); string(got) != "new" {
				t.Errorf("%s holds %q (%v)", tc.target, got, err)
			}
			if got, err := os.ReadFile(filepath.Join(dir, tc.write)); string(got) != "new" {
				t.Errorf("reading through the link: %q (%v)", got, err)
			}
		})
	}
}

// TestTempNameOfDotFile: a target whose name starts with a dot (the
// corpus's state file) gets temporary files with one leading dot, and
// RemoveTemps also removes those named with two by earlier versions.
func TestTempNameOfDotFile(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, ".names.tsv.bitext-state")
	f, err := Create(target)
	if err != nil {
		t.Fatal(err)
	}
	base := filepath.Base(f.TempName())
	if !strings.HasPrefix(base, ".names.tsv.bitext-state.bitext-tmp-") || !IsTemp(base) {
		t.Errorf("temporary file %s", base)
	}
	f.Close()
	old := filepath.Join(dir, "..names.tsv.bitext-state.bitext-tmp-abc")
	os.WriteFile(old, nil, 0o644)
	removed, err := RemoveTemps(target)
	slices.Sort(removed)
	if want := []string{old, f.TempName()}; err != nil || !slices.Equal(removed, want) {
		t.Errorf("removed %q (%v), want %q", removed, err, want)
	}
}
