//go:build unix

package read

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/sys/unix"
)

// TestOpenFileAsOsOpen: openFile reads what os.Open reads and fails as it
// does (the same *os.PathError text), and leaves a regular file's
// descriptor blocking and closed on exec. (Run as root, "no permission"
// opens: both must then read the same.)
func TestOpenFileAsOsOpen(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(file, []byte("안녕하세요.\nHello.\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	locked := filepath.Join(dir, "locked.txt")
	if err := os.WriteFile(locked, []byte("x"), 0o000); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, path string }{
		{"regular file", file},
		{"missing", filepath.Join(dir, "missing.txt")},
		{"under a file", filepath.Join(file, "b.txt")},
		{"no permission", locked},
		{"directory", dir},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want, wantErr := os.Open(tc.path)
			got, gotErr := openFile(tc.path)
			if (wantErr == nil) != (gotErr == nil) || wantErr != nil && wantErr.Error() != gotErr.Error() {
				t.Fatalf("openFile error %v, os.Open error %v", gotErr, wantErr)
			}
			if wantErr != nil {
				var pe *os.PathError
				if !errors.As(gotErr, &pe) || !errors.Is(gotErr, wantErr.(*os.PathError).Err) {
					t.Errorf("openFile error %#v is not os.Open's kind of *os.PathError", gotErr)
				}
				return
			}
			defer want.Close()
			defer got.Close()
			if got.Name() != tc.path {
				t.Errorf("Name() = %q, want %q", got.Name(), tc.path)
			}
			fl, err := unix.FcntlInt(got.Fd(), unix.F_GETFL, 0)
			if err != nil {
				t.Fatal(err)
			}
			if fl&unix.O_NONBLOCK != 0 {
				t.Errorf("descriptor is non-blocking")
			}
			fd, err := unix.FcntlInt(got.Fd(), unix.F_GETFD, 0)
			if err != nil {
				t.Fatal(err)
			}
			if fd&unix.FD_CLOEXEC == 0 {
				t.Errorf("descriptor is not closed on exec")
			}
			fi, err := got.Stat()
			if err != nil {
				t.Fatal(err)
			}
			if fi.IsDir() {
				return
			}
			wb, _ := io.ReadAll(want)
			gb, err := io.ReadAll(got)
			if err != nil || string(gb) != string(wb) {
				t.Errorf("read %q, %v; os.Open read %q", gb, err, wb)
			}
		})
	}
}
