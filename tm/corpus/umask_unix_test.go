//go:build unix

package corpus

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestOutputsRespectUmask: every file a run leaves, the bookkeeping files
// included, has 0666 less the umask, and a rewritten output keeps its
// mode but not setuid or setgid.
func TestOutputsRespectUmask(t *testing.T) {
	old := syscall.Umask(0o027)
	defer syscall.Umask(old)
	dir := t.TempDir()
	cfg := testConfig(filepath.Join(fixtures, "good.tsv"), 1, dir, true)
	if _, err := Run(context.Background(), cfg); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		fi, _ := e.Info()
		if fi.Mode() != 0o640 {
			t.Errorf("%s: mode %v, want 0640", e.Name(), fi.Mode())
		}
	}
	if len(entries) != 5 {
		t.Errorf("files %v", entries)
	}
	if err := os.Chmod(cfg.TMXPath, 0o664|os.ModeSetgid); err != nil {
		t.Fatal(err)
	}
	cfg.Force = true
	if _, err := Run(context.Background(), cfg); err != nil {
		t.Fatal(err)
	}
	fi, _ := os.Stat(cfg.TMXPath)
	if fi.Mode() != 0o664 || !strings.HasSuffix(cfg.TMXPath, "out.tmx") {
		t.Errorf("rewritten TMX: mode %v, want 0664", fi.Mode())
	}
}
