package main

import (
	"bytes"
	"errors"
	"io"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/bitext-ko/bitext/align/testenv"
)

// errFull is what failingWriter returns.
var errFull = errors.New("no space left on the test device")

// failingWriter takes limit bytes, then fails every write, as a full disk
// does.
type failingWriter struct {
	limit int
	got   bytes.Buffer
}

func (f *failingWriter) Write(p []byte) (int, error) {
	room := f.limit - f.got.Len()
	if room >= len(p) {
		return f.got.Write(p)
	}
	f.got.Write(p[:max(room, 0)])
	return max(room, 0), errFull
}

// stdoutCommands are command lines that write to standard output, every
// command and format that does.
func stdoutCommands(t *testing.T) []struct {
	name, stdin string
	args        []string
} {
	gloss := writeTemp(t, "g.tsv", []byte("김정은\tKim Jong-un\n김정은\tKim Jong Un\n문재인\tMoon Jae-in\n"))
	const tmxA = "../../testdata/tmx/merge-a.tmx"
	return []struct {
		name, stdin string
		args        []string
	}{
		{"help", "", []string{"--help"}},
		{"version", "", []string{"--version"}},
		{"command help", "", []string{"align", "--help"}},
		{"align text", "", []string{"align", exampleEN, exampleKO}},
		{"align tsv", "", []string{"align", "-f", "tsv", exampleEN, exampleKO}},
		{"align json", "", []string{"align", "-f", "json", exampleEN, exampleKO}},
		{"align beads", "", []string{"align", "-f", "beads", exampleEN, exampleKO}},
		{"align -o -", "", []string{"align", "-f", "beads", "-o", "-", exampleEN, exampleKO}},
		{"eval", "", []string{"eval", "../../testdata/example"}},
		{"tmx merge -o -", "", []string{"tmx", "merge", tmxA, "-o", "-"}},
		{"tmx stats text", "", []string{"tmx", "stats", tmxA}},
		{"tmx stats json", "", []string{"tmx", "stats", "-f", "json", tmxA}},
		{"tmx cat tsv", "", []string{"tmx", "cat", tmxA}},
		{"tmx cat json", "", []string{"tmx", "cat", "-f", "json", tmxA}},
		{"romanize text", "", []string{"romanize", "김정은", "서울"}},
		{"romanize stdin", "김정은\n서울\n", []string{"romanize"}},
		{"romanize help", "", []string{"romanize", "--help"}},
		{"names match", "Kim Jong-un\nMoon Jae-in\n", []string{"names", "match", "--ko", "../../testdata/names/ko_names.txt"}},
		{"names extract text", "", []string{"names", "extract", exampleEN}},
		{"names extract tsv", "", []string{"names", "extract", "-f", "tsv", exampleEN}},
		{"names extract json", "", []string{"names", "extract", "-f", "json", exampleEN}},
		{"names diff text", "", []string{"names", "diff", gloss}},
		{"names diff tsv", "", []string{"names", "diff", "-f", "tsv", gloss}},
		{"names diff json", "", []string{"names", "diff", "-f", "json", gloss}},
		{"names normalize", "", []string{"names", "normalize", "--style", "press", exampleEN}},
		{"names normalize stdin", "Kim Jong Un met Moon Jae-in.\n", []string{"names", "normalize", "--style", "press", "-"}},
	}
}

// TestStandardOutputErrors runs every command that writes to standard
// output against one that fails: at once, halfway through and at the last
// byte (where only the final flush is left). Each exits 1 with a message
// naming standard output and the cause; what did get through is the start
// of the full output.
func TestStandardOutputErrors(t *testing.T) {
	// One clock for every run, so that the outputs that carry a date (tmx
	// merge) are the same in each.
	e := processEnv()
	now := e.now()
	e.now = func() time.Time { return now }
	run := func(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
		return runEnv(args, e, stdin, stdout, stderr)
	}
	for _, tc := range stdoutCommands(t) {
		var full, errb bytes.Buffer
		if code := run(append([]string{"bitext"}, tc.args...), strings.NewReader(tc.stdin), &full, &errb); code != 0 || full.Len() == 0 {
			t.Fatalf("%s: exit %d with %d bytes of output: %s", tc.name, code, full.Len(), errb.String())
		}
		for _, limit := range []int{0, full.Len() / 2, full.Len() - 1} {
			fw := &failingWriter{limit: limit}
			errb.Reset()
			code := run(append([]string{"bitext"}, tc.args...), strings.NewReader(tc.stdin), fw, &errb)
			msg := errb.String()
			if code != 1 || !strings.Contains(msg, "writing standard output") || !strings.Contains(msg, errFull.Error()) {
				t.Errorf("%s, failing after %d of %d bytes: exit %d, want 1 and a message on standard output: %q", tc.name, limit, full.Len(), code, msg)
			}
			if !bytes.HasPrefix(full.Bytes(), fw.got.Bytes()) {
				t.Errorf("%s, failing after %d bytes: what was written is not the start of the output", tc.name, limit)
			}
		}
	}
}

// TestNormalizeWriteNeedsItsDiff: names normalize --write does not rewrite
// the file when it cannot show the changes.
func TestNormalizeWriteNeedsItsDiff(t *testing.T) {
	const text = "Kim Jong Un met Moon Jae-in.\n"
	path := writeTemp(t, "a.en.txt", []byte(text))
	var errb bytes.Buffer
	code := run([]string{"bitext", "names", "normalize", "--style", "press", "--write", path}, strings.NewReader(""), &failingWriter{}, &errb)
	if code != 1 || !strings.Contains(errb.String(), "writing standard output") {
		t.Errorf("exit %d: %s", code, errb.String())
	}
	if got, _ := os.ReadFile(path); string(got) != text {
		t.Errorf("the file was rewritten: %q", got)
	}
	// With standard output working, it is.
	if code := run([]string{"bitext", "names", "normalize", "--style", "press", "--write", path}, strings.NewReader(""), &bytes.Buffer{}, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if got, _ := os.ReadFile(path); string(got) == text {
		t.Errorf("the file was not rewritten")
	}
}

// TestFullDevice runs the built command with standard output on /dev/full.
func TestFullDevice(t *testing.T) {
	testenv.NeedLong(t, builtCommand)
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skipf("no /dev/full on this system: %v", err)
	}
	defer full.Close()
	for _, args := range [][]string{
		{"eval", "../../testdata/example"},
		{"names", "normalize", "--style", "press", exampleEN},
		{"align", exampleEN, exampleKO},
		{"tmx", "cat", "../../testdata/tmx/merge-a.tmx"},
	} {
		cmd := exec.Command(bitext(t), args...)
		cmd.Stdout = full
		var errb bytes.Buffer
		cmd.Stderr = &errb
		err := cmd.Run()
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.ExitCode() != 1 || !strings.Contains(errb.String(), "no space left on device") {
			t.Errorf("%s > /dev/full: %v, want exit status 1 and the cause: %s", strings.Join(args, " "), err, errb.String())
		}
	}
}
