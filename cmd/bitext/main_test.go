package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/bitext-ko/bitext/align/testenv"
	"github.com/bitext-ko/bitext/tm/alignfile"
)

// The tests run bitext in this process, through runEnv, with an
// environment of their own (runWith and its short forms runCLI, runIn and
// runT). A few end-to-end tests run the built command instead, for what
// only a process shows: signals from outside, SIGKILL, a full device as
// standard output, a file size limit, a terminal. bitext(t) builds it
// once per test binary, into a directory TestMain removes.

// runWith runs bitext in this process with args, stdin as standard input
// and vars ("NAME=value") as its environment variables: nothing of the
// test process's environment. Stop signals sent to the process stop the
// long commands, as they do the real command.
func runWith(vars []string, stdin string, args ...string) result {
	e := env{getenv: func(name string) string {
		v := ""
		for _, kv := range vars {
			if k, val, ok := strings.Cut(kv, "="); ok && k == name {
				v = val
			}
		}
		return v
	}, stopContext: signalContext}
	var out, errb bytes.Buffer
	code := runEnv(append([]string{"bitext"}, args...), e, strings.NewReader(stdin), &out, &errb)
	return result{out.String(), errb.String(), code}
}

// runCLI runs bitext in this process with stdin and the environment
// variables env (see runWith).
func runCLI(t *testing.T, stdin string, env []string, args ...string) result {
	t.Helper()
	return runWith(env, stdin, args...)
}

// built is the command built for the end-to-end tests.
var built struct {
	once      sync.Once
	dir, path string
	err       error
	out       []byte
}

// builtCommand says why the tests of the built command are in the long
// tier (testenv), where each calls testenv.NeedLong(t, builtCommand) first.
const builtCommand = "builds and runs the bitext command"

// bitext returns the path of the built command, building it at the first
// call, into a temporary directory that TestMain removes. It skips t in
// the default tier.
func bitext(t *testing.T) string {
	t.Helper()
	testenv.NeedLong(t, builtCommand)
	built.once.Do(func() {
		if built.dir, built.err = os.MkdirTemp("", "bitext-e2e-"); built.err != nil {
			return
		}
		built.path = filepath.Join(built.dir, "bitext")
		built.out, built.err = exec.Command("go", "build", "-o", built.path, ".").CombinedOutput()
	})
	if built.err != nil {
		t.Fatalf("building bitext: %v\n%s", built.err, built.out)
	}
	return built.path
}

// TestMain puts the tests' temporary files on a tmpfs, where the syncs of
// bitext's atomic writes do not wait for a disk (testenv.MemoryTempDir).
func TestMain(m *testing.M) {
	restore := testenv.MemoryTempDir()
	code := m.Run()
	if built.dir != "" {
		os.RemoveAll(built.dir)
	}
	restore()
	os.Exit(code)
}

type result struct {
	stdout, stderr string
	code           int
}

const (
	exampleEN   = "../../testdata/example/summit.en.txt"
	exampleKO   = "../../testdata/example/summit.ko.txt"
	exampleGold = "../../testdata/example/summit.gold"
)

func TestAlignBeadsMatchesGold(t *testing.T) {
	gold, err := os.ReadFile(exampleGold)
	if err != nil {
		t.Fatal(err)
	}
	r := runCLI(t, "", nil, "align", "--format", "beads", exampleEN, exampleKO)
	if r.code != 0 || r.stdout != string(gold) {
		t.Fatalf("exit %d, stderr %q\ngot:\n%s\nwant:\n%s", r.code, r.stderr, r.stdout, gold)
	}
	// Reversed order gives the same beads and says so.
	r = runCLI(t, "", nil, "align", "-f", "beads", exampleKO, exampleEN)
	if r.code != 0 || r.stdout != string(gold) || !strings.Contains(r.stderr, "is Korean") {
		t.Fatalf("reversed: exit %d, stderr %q, stdout:\n%s", r.code, r.stderr, r.stdout)
	}
	// Standard input as one side.
	ko, _ := os.ReadFile(exampleKO)
	r = runCLI(t, string(ko), nil, "align", "-f", "beads", exampleEN, "-")
	if r.code != 0 || r.stdout != string(gold) {
		t.Fatalf("stdin: exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestAlignFormats(t *testing.T) {
	r := runCLI(t, "", nil, "align", "-f", "tsv", exampleEN, exampleKO)
	lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
	if r.code != 0 || lines[0] != "en\tko\tscore\ten_ids\tko_ids\tflags" {
		t.Fatalf("tsv: exit %d header %q", r.code, lines[0])
	}
	for _, l := range lines {
		if n := strings.Count(l, "\t"); n != 5 {
			t.Fatalf("tsv line with %d tabs: %q", n, l)
		}
	}
	if !strings.Contains(r.stdout, "\t4\t4,5\t") || !strings.Contains(r.stdout, "\t\t6\tomitted") {
		t.Errorf("tsv lacks the 1-2 bead or the omitted paragraph:\n%s", r.stdout)
	}

	r = runCLI(t, "", nil, "align", "-f", "json", "--level", "sentence", exampleEN, exampleKO)
	f, err := alignfile.Decode([]byte(r.stdout))
	if err != nil {
		t.Fatalf("json: %v\n%s", err, r.stdout)
	}
	if f.EN.Encoding != "UTF-8" || f.EN.Path != "../../testdata/example/summit.en.txt" || len(f.Beads) != 16 || len(f.Links) <= len(f.Beads) {
		t.Errorf("alignment file: %+v", f)
	}

	r = runCLI(t, "", nil, "align", "--width", "80", exampleEN, exampleKO)
	if r.code != 0 || !strings.Contains(r.stdout, "│") || strings.Contains(r.stdout, "\x1b[") {
		t.Errorf("text view: exit %d, colour codes or no columns:\n%s", r.code, r.stdout)
	}
	for _, l := range strings.Split(r.stdout, "\n") {
		if w := displayWidth(l); w > 80 {
			t.Errorf("line wider than 80 cells (%d): %q", w, l)
		}
	}
}

// displayWidth counts Hangul and other wide characters as two cells.
func displayWidth(s string) int {
	w := 0
	for _, r := range s {
		if r >= 0x1100 && (r <= 0x115F || (r >= 0x2E80 && r <= 0xA4CF) || (r >= 0xAC00 && r <= 0xD7A3) || (r >= 0xF900 && r <= 0xFAFF) || (r >= 0xFF00 && r <= 0xFF60)) {
			w += 2
		} else {
			w++
		}
	}
	return w
}

func TestAlignOutputFileIsAtomic(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out.beads")
	r := runCLI(t, "", nil, "align", "-f", "beads", "-o", out, exampleEN, exampleKO)
	if r.code != 0 || r.stdout != "" {
		t.Fatalf("exit %d stdout %q stderr %q", r.code, r.stdout, r.stderr)
	}
	if data, _ := os.ReadFile(out); len(data) == 0 {
		t.Fatal("output file empty")
	}
	failed := filepath.Join(dir, "failed.beads")
	r = runCLI(t, "", nil, "align", "-o", failed, exampleEN, filepath.Join(dir, "missing.txt"))
	if r.code != 1 {
		t.Fatalf("missing input: exit %d", r.code)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("a failed run left files behind: %v", entries)
	}
}

func TestAlignErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	empty := write("empty.txt", nil)
	binary := write("binary.bin", []byte("\x7fELF\x02\x01\x01\x00\x00\x00"))
	bad := write("bad.txt", []byte("abc\xff\xfe\xfd def"))
	en2 := write("other.en.txt", []byte("Another English text about the president."))
	badDict := write("bad.dic", []byte("한국 @ Korea\nno separator\n"))
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"missing file", []string{"align", exampleEN, filepath.Join(dir, "nope.txt")}, 1, "nope.txt"},
		{"directory", []string{"align", exampleEN, dir}, 1, "is a directory"},
		{"empty file", []string{"align", exampleEN, empty}, 1, "empty.txt: no text"},
		{"binary", []string{"align", exampleEN, binary}, 1, "binary.bin: line 1, column 8: binary data (NUL byte)"},
		{"bad encoding", []string{"align", exampleEN, bad}, 1, "bad.txt: line 1, column 4: neither UTF-8 (byte 0xff) nor EUC-KR/CP949 (byte 0xff at line 1, column 4) (if it is text in another encoding, --ko-encoding names it)"},
		{"same language", []string{"align", exampleEN, en2}, 1, "both look English"},
		{"bad dictionary", []string{"align", "--dict", badDict, exampleEN, exampleKO}, 1, "bad.dic:2"},
		{"one argument", []string{"align", exampleEN}, 2, "two files"},
		{"both stdin", []string{"align", "-", "-"}, 2, "standard input"},
		{"bad format", []string{"align", "-f", "xml", exampleEN, exampleKO}, 2, "unknown format"},
		{"bad level", []string{"align", "--level", "word", exampleEN, exampleKO}, 2, "--level"},
		{"bad min-score", []string{"align", "--min-score", "2", exampleEN, exampleKO}, 2, "--min-score"},
		{"unknown flag", []string{"align", "--frobnicate", exampleEN, exampleKO}, 2, "frobnicate"},
		{"unknown command", []string{"frobnicate"}, 2, "unknown command"},
		{"eval without dir", []string{"eval"}, 2, "one directory"},
		{"eval missing dir", []string{"eval", filepath.Join(dir, "nope")}, 1, "nope"},
		{"eval dir without gold", []string{"eval", dir}, 1, "no <id>.gold"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := runCLI(t, "", nil, tc.args...)
			if r.code != tc.code || !strings.Contains(r.stderr, tc.want) {
				t.Errorf("exit %d (want %d), stderr %q (want %q)", r.code, tc.code, r.stderr, tc.want)
			}
			if strings.Contains(r.stderr, "panic") || strings.Contains(r.stderr, "goroutine") {
				t.Errorf("panic: %s", r.stderr)
			}
		})
	}
}

func TestEval(t *testing.T) {
	r := runCLI(t, "", nil, "eval", "../../testdata/example")
	if r.code != 0 || !strings.Contains(r.stdout, "link  P 1.0000  R 1.0000  F1 1.0000") {
		t.Fatalf("exit %d stderr %q stdout:\n%s", r.code, r.stderr, r.stdout)
	}
}

func TestHelp(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"align", "--help"}, {"eval", "--help"}} {
		r := runCLI(t, "", nil, args...)
		if r.code != 0 || !strings.Contains(r.stdout, "USAGE") {
			t.Errorf("%v: exit %d\n%s", args, r.code, r.stdout)
		}
	}
}

// TestEvalAgreesWithScorePy aligns the shared development corpus with
// `bitext align --format beads`, scores the predictions with the corpus's
// own score.py, and checks that `bitext eval` prints the same figures.
func TestEvalAgreesWithScorePy(t *testing.T) {
	testenv.NeedLong(t, "starts the Python scorer")
	t.Parallel() // long, and independent of the other tests
	dev := "../../../shared/corpus/dev"
	scorer := "../../../shared/tools/score.py"
	if _, err := os.Stat(scorer); err != nil {
		t.Skipf("shared corpus and scorer not available (%v): ../shared is absent", err)
	}
	python := testenv.Program(t, "python3", "python3")
	pred := t.TempDir()
	var bases []string
	err := filepath.WalkDir(dev, func(path string, d os.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(path, ".gold") {
			bases = append(bases, strings.TrimSuffix(path, ".gold"))
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	// Each pair is aligned in a parallel subtest; the group returns when
	// all are done.
	t.Run("align", func(t *testing.T) {
		for _, base := range bases {
			rel, _ := filepath.Rel(dev, base)
			t.Run(rel, func(t *testing.T) {
				t.Parallel()
				out := filepath.Join(pred, rel+".pred")
				os.MkdirAll(filepath.Dir(out), 0o755)
				r := runCLI(t, "", nil, "align", "-f", "beads", "-o", out, base+".en.txt", base+".ko.txt")
				if r.code != 0 {
					t.Fatalf("align %s: %s", base, r.stderr)
				}
			})
		}
	})
	if t.Failed() {
		t.FailNow()
	}
	want, err := exec.Command(python, scorer, dev, pred).Output()
	if err != nil {
		t.Fatal(err)
	}
	// score.py's figures come first; bitext's own details follow.
	r := runCLI(t, "", nil, "eval", "--worst", "0", dev)
	if r.code != 0 || !strings.HasPrefix(r.stdout, string(want)) {
		t.Errorf("bitext eval:\n%s\nscore.py:\n%s", r.stdout, want)
	}
}

func TestFlagsAfterFiles(t *testing.T) {
	r := runCLI(t, "", nil, "align", exampleEN, exampleKO, "-f", "beads", "--min-score=0.9")
	gold, _ := os.ReadFile(exampleGold)
	if r.code != 0 || r.stdout != string(gold) {
		t.Fatalf("exit %d stderr %q\n%s", r.code, r.stderr, r.stdout)
	}
	r = runCLI(t, "", nil, "eval", "../../testdata/example", "--worst", "0")
	if r.code != 0 || strings.Contains(r.stdout, "lowest") {
		t.Fatalf("eval flags after dir: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
}

// TestColourOnlyOnTerminal runs the command under a pseudo-terminal
// (util-linux script) to check that the review view is coloured there, and
// not when NO_COLOR is set.
func TestColourOnlyOnTerminal(t *testing.T) {
	testenv.NeedLong(t, builtCommand)
	scriptCmd := testenv.Program(t, "script", "util-linux")
	line := bitext(t) + " align --width 80 " + exampleEN + " " + exampleKO
	for _, noColor := range []bool{false, true} {
		cmd := exec.Command(scriptCmd, "-qc", line, "/dev/null")
		for _, e := range os.Environ() {
			if !strings.HasPrefix(e, "NO_COLOR=") {
				cmd.Env = append(cmd.Env, e)
			}
		}
		if noColor {
			cmd.Env = append(cmd.Env, "NO_COLOR=1")
		}
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		if got := strings.Contains(string(out), "\x1b["); got == noColor {
			t.Errorf("NO_COLOR=%v: colour codes present = %v", noColor, got)
		}
	}
}
