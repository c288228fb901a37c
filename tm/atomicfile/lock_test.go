package atomicfile

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

func TestLockInProcess(t *testing.T) {
	name := LockName(filepath.Join(t.TempDir(), "out.tmx"))
	if filepath.Base(name) != ".out.tmx.bitext-lock" {
		t.Errorf("lock file %s", name)
	}
	l, err := TryLock(name)
	if err != nil {
		t.Fatal(err)
	}
	_, err = TryLock(name)
	var le *LockedError
	if !errors.As(err, &le) || !errors.Is(err, ErrLocked) || le.Path != name ||
		le.Holder != fmt.Sprintf("pid %d: %s", os.Getpid(), command(os.Args)) || !strings.Contains(err.Error(), name) {
		t.Fatalf("second lock: %v", err)
	}
	if err := l.Unlock(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(name); !os.IsNotExist(err) {
		t.Errorf("the lock file stays after Unlock: %v", err)
	}
	l2, err := TryLock(name)
	if err != nil {
		t.Fatalf("after Unlock: %v", err)
	}
	l2.Unlock()
}

// A lock file that a killed process left behind is no obstacle.
func TestStaleLockFile(t *testing.T) {
	name := LockName(filepath.Join(t.TempDir(), "out.tmx"))
	if err := os.WriteFile(name, []byte("pid 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	l, err := TryLock(name)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Unlock()
	if b, _ := os.ReadFile(name); string(b) != fmt.Sprintf("pid %d: %s\n", os.Getpid(), command(os.Args)) {
		t.Errorf("lock file holds %q", b)
	}
}

// TestLockAcrossProcesses: a lock another process holds is refused, and
// released when that process is killed.
func TestLockAcrossProcesses(t *testing.T) {
	if name := os.Getenv("ATOMICFILE_HOLD_LOCK"); name != "" {
		l, err := TryLock(name)
		if err != nil {
			fmt.Println("error:", err)
			os.Exit(1)
		}
		fmt.Println("locked", l.Name())
		// Until killed. l is kept reachable in the loop: a Lock the
		// garbage collector frees closes its file, and with it the lock
		// (a deferred Unlock before a select{} that never returns did not
		// keep it: the test failed about once in 25 runs).
		for {
			time.Sleep(time.Hour)
			runtime.KeepAlive(l)
		}
	}
	name := LockName(filepath.Join(t.TempDir(), "out.tmx"))
	cmd := exec.Command(os.Args[0], "-test.run=^TestLockAcrossProcesses$")
	cmd.Env = append(os.Environ(), "ATOMICFILE_HOLD_LOCK="+name)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Wait()
	defer cmd.Process.Kill()
	line, _ := bufio.NewReader(out).ReadString('\n')
	if !strings.HasPrefix(line, "locked") {
		t.Fatalf("child: %q", line)
	}
	_, err = TryLock(name)
	var le *LockedError
	// The holder names itself: its process id and its command line.
	if !errors.As(err, &le) || le.Holder != fmt.Sprintf("pid %d: %s -test.run=^TestLockAcrossProcesses$", cmd.Process.Pid, filepath.Base(os.Args[0])) {
		t.Fatalf("lock held by process %d: %v", cmd.Process.Pid, err)
	}
	cmd.Process.Kill()
	cmd.Wait()
	l, err := TryLock(name)
	if err != nil {
		t.Fatalf("after the holder was killed: %v", err)
	}
	l.Unlock()
}

// TestLockCommand: the command line a lock file records is one line of
// bounded length, whatever the arguments hold.
func TestLockCommand(t *testing.T) {
	long := strings.Repeat("기사", 100)
	tests := []struct {
		args []string
		want string
	}{
		{nil, ""},
		{[]string{"/usr/local/bin/bitext", "review", "--corpus", "al"}, "bitext review --corpus al"},
		{[]string{"bitext", "corpus", "a\nb\x00c"}, "bitext corpus a?b?c"},
		{[]string{"bitext", long}, "bitext " + strings.Repeat("기사", 25) + "기…"},       // 160 bytes
		{[]string{"bitext", "x" + long}, "bitext x" + strings.Repeat("기사", 25) + "…"}, // a cut rune is dropped
	}
	for _, tc := range tests {
		if got := command(tc.args); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.args, got, tc.want)
		}
	}
}
