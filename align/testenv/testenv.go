// Package testenv is for bitext's tests only; no command or library
// imports it. It holds the one switch between the two tiers of tests, and
// the helpers the tests of every package use to obey it.
//
// The default tier, go test ./..., is quick: it runs every test that works
// in process, and the property and fault tests over a reduced but still
// meaningful sample (a crash at every thirteenth step and at the first
// and last, say, instead of at every step), and leaves the tests whose
// point is the size of their input to the long tier. It skips the tests that start
// outside programs (OmegaT on a JVM, LibreOffice, xmllint,
// translate-toolkit, the Python scorer, uconv) or read an outside
// reference (Debian's Unihan database), and the tests that build and run
// the bitext command end to end.
//
// The long tier runs everything, at full count. It is the build tag long:
//
//	go test -tags long ./...
//
// That is the README's test command, and what CI runs (.ci/run). The tests
// that drive Chromium through chromedp, and the part of
// tm/review/internal/testkit that starts it, are in files built only with
// the tag (//go:build long), so that the quick tier's test binaries do not
// link chromedp at all; every other long-tier test asks NeedLong, Program,
// Count or Steps, or Long where it picks its sample itself.
package testenv

import (
	"os"
	"os/exec"
	"testing"
)

// Tag is the build tag that selects the long tier.
const Tag = "long"

// Long reports whether the long tier runs: whether the tests were built
// with the tag long (long.go and quick.go set the constant it returns).
func Long() bool { return long }

// NeedLong skips t in the default tier, saying what it does that keeps it
// out of that tier (it starts an outside program, builds the command...)
// and how to run it.
func NeedLong(t testing.TB, what string) {
	t.Helper()
	if !Long() {
		t.Skipf("long tier (%s): run with go test -tags %s", what, Tag)
	}
}

// Program returns the path of the outside program name for a test that
// starts it. It skips t in the default tier, and in the long tier when the
// program is not installed, naming the Debian package that has it; under
// CI (the CI variable set, as .ci/run does) a missing program fails t
// instead, since CI must run every check.
func Program(t testing.TB, name, debianPackage string) string {
	t.Helper()
	NeedLong(t, "starts "+name)
	p, ok := OptionalProgram(t, name, debianPackage)
	if !ok {
		t.Skipf("%s is not installed (apt-get install %s)", name, debianPackage)
	}
	return p
}

// OptionalProgram is Program for a test that goes on without the program:
// one that only adds a comparison with it to checks of its own. It
// reports false in the default tier and, outside CI, when the program is
// not installed (saying so in the log); under CI a missing program fails
// t as in Program.
func OptionalProgram(t testing.TB, name, debianPackage string) (path string, ok bool) {
	t.Helper()
	if !Long() {
		return "", false
	}
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is not installed, and CI must run this test: .ci/run installs %s", name, debianPackage)
		}
		t.Logf("%s is not installed (apt-get install %s): its comparison is left out", name, debianPackage)
		return "", false
	}
	return p, true
}

// Count returns full in the long tier and short in the default tier: the
// number of iterations of a property test, say.
func Count(short, full int) int { return count(Long(), short, full) }

func count(long bool, short, full int) int {
	if long {
		return full
	}
	return short
}

// Steps returns the steps, from 1 to n, that a test tries something at
// (a crash, a fault): all of them in the long tier; in the default tier
// the first, the last, and every stride'th one between.
func Steps(n, stride int) []int { return steps(Long(), n, stride) }

func steps(long bool, n, stride int) []int {
	var steps []int
	for k := 1; k <= n; k++ {
		if long || k == 1 || k == n || k%stride == 0 {
			steps = append(steps, k)
		}
	}
	return steps
}

// MemoryTempDir points TMPDIR, and so t.TempDir and os.MkdirTemp, at a
// new directory on /dev/shm, a tmpfs, when the machine has one; the
// function it returns removes the directory and restores TMPDIR. It is
// for the TestMain of packages whose tests write through
// tm/atomicfile, which syncs every file and directory it commits: on a
// tmpfs a sync does not wait for a disk. Nothing those tests check needs
// the data on a disk: the crashes and kills they simulate lose no page
// cache, and renames, links, locks and file size limits work on a tmpfs as
// on a disk. Without /dev/shm it changes nothing.
//
// RunInMemory is the whole of such a TestMain.
func MemoryTempDir() (restore func()) {
	fi, err := os.Stat("/dev/shm")
	if err != nil || !fi.IsDir() {
		return func() {}
	}
	dir, err := os.MkdirTemp("/dev/shm", "bitext-test-")
	if err != nil {
		return func() {}
	}
	old, had := os.LookupEnv("TMPDIR")
	os.Setenv("TMPDIR", dir)
	return func() {
		if had {
			os.Setenv("TMPDIR", old)
		} else {
			os.Unsetenv("TMPDIR")
		}
		os.RemoveAll(dir)
	}
}

// RunInMemory runs a package's tests with their temporary files on a
// tmpfs (MemoryTempDir) and returns the exit code, for a TestMain:
//
//	func TestMain(m *testing.M) { os.Exit(testenv.RunInMemory(m)) }
func RunInMemory(m *testing.M) int {
	restore := MemoryTempDir()
	defer restore()
	return m.Run()
}
