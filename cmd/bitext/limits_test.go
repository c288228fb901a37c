package main

import (
	"bytes"
	"fmt"
	"github.com/bitext-ko/bitext/align/testenv"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestInputLimit: every input read whole stops at --max-input with exit 1
// and a message naming the input, the limit and the flag; under the
// limit the same input is read.
func TestInputLimit(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.en.txt")
	text, err := os.ReadFile(exampleEN)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(big, bytes.Repeat(text, 2), 0o644) // 2.6 KiB
	gloss := filepath.Join(dir, "names.tsv")
	os.WriteFile(gloss, []byte(strings.Repeat("김정은\tKim Jong-un\n", 200)), 0o644)
	dict := filepath.Join(dir, "dict.txt")
	os.WriteFile(dict, []byte(strings.Repeat("정상회담 @ summit\n", 200)), 0o644)
	ko := filepath.Join(dir, "ko.txt")
	os.WriteFile(ko, []byte(strings.Repeat("김정은\n", 300)), 0o644)
	manifest := filepath.Join(dir, "pairs.tsv")
	var m strings.Builder
	absEN, _ := filepath.Abs(exampleEN)
	absKO, _ := filepath.Abs(exampleKO)
	for i := range 40 {
		fmt.Fprintf(&m, "p%02d\t%s\t%s\n", i, absEN, absKO)
	}
	os.WriteFile(manifest, []byte(m.String()), 0o644) // 3.5 KiB
	evalDir := filepath.Join(dir, "eval")
	os.MkdirAll(evalDir, 0o755)
	os.WriteFile(filepath.Join(evalDir, "a.en.txt"), append(bytes.Repeat([]byte(" "), 3<<10), text...), 0o644)
	for from, to := range map[string]string{exampleKO: "a.ko.txt", exampleGold: "a.gold"} {
		b, err := os.ReadFile(from)
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(evalDir, to), b, 0o644)
	}
	tests := []struct {
		name  string
		stdin string
		args  []string
		shown string // the input the message names
	}{
		{"align file", "", []string{"align", big, exampleKO}, big},
		{"align standard input", string(text) + string(text), []string{"align", "-", exampleKO}, "standard input"},
		{"align --dict", "", []string{"align", "--dict", dict, exampleEN, exampleKO}, dict},
		{"names extract", "", []string{"names", "extract", big}, big},
		{"names extract standard input", string(text) + string(text), []string{"names", "extract", "-"}, "standard input"},
		{"names match --ko", "Kim Jong-un\n", []string{"names", "match", "--ko", ko}, ko},
		{"names normalize", "", []string{"names", "normalize", "--style", "press", big}, big},
		{"names normalize standard input", string(text) + string(text), []string{"names", "normalize", "--style", "press", "-"}, "standard input"},
		{"names diff glossary", "", []string{"names", "diff", gloss}, gloss},
		{"names merge glossary", "", []string{"names", "merge", gloss, "-o", filepath.Join(dir, "out.tsv")}, gloss},
		{"corpus manifest", "", []string{"corpus", manifest, "--tmx", filepath.Join(dir, "c.tmx"), "--force"}, manifest},
		{"eval texts", "", []string{"eval", evalDir}, filepath.Join(evalDir, "a.en.txt")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := runIn(tc.stdin, append([]string{"--max-input", "2KiB"}, tc.args...)...)
			if r.code != 1 {
				t.Fatalf("exit %d, stderr %q; want 1", r.code, r.stderr)
			}
			want := []string{tc.shown, "2 KiB"}
			if !strings.HasPrefix(tc.name, "corpus") {
				want = append(want, "--max-input")
			}
			for _, want := range want {
				if !strings.Contains(r.stderr, want) {
					t.Errorf("stderr %q lacks %q", r.stderr, want)
				}
			}
			if r := runIn(tc.stdin, append([]string{"--max-input", "1MiB"}, tc.args...)...); r.code != 0 {
				t.Errorf("under the limit: exit %d, stderr %q", r.code, r.stderr)
			}
		})
	}
}

// TestInputLimitDevice: a device without end is refused at the limit,
// not read until memory runs out.
func TestInputLimitDevice(t *testing.T) {
	if _, err := os.Stat("/dev/zero"); err != nil {
		t.Skip("no /dev/zero")
	}
	for _, args := range [][]string{
		{"align", "/dev/zero", exampleKO},
		{"names", "extract", "/dev/zero"},
		{"names", "match", "--ko", "/dev/zero"},
	} {
		r := runIn("", append([]string{"--max-input", "1MiB"}, args...)...)
		if r.code != 1 || !strings.Contains(r.stderr, "/dev/zero: more than 1 MiB, the input limit") {
			t.Errorf("bitext %s: exit %d, stderr %q", strings.Join(args, " "), r.code, r.stderr)
		}
	}
}

// TestLimitFlags: sizes take units; what is not a size is a usage error.
func TestLimitFlags(t *testing.T) {
	for _, v := range []string{"1GiB", "300MB", "268435456", "1.5 GiB"} {
		if r := runIn("", "--max-input", v, "romanize", "가"); r.code != 0 {
			t.Errorf("--max-input %s: exit %d, stderr %q", v, r.code, r.stderr)
		}
	}
	for _, v := range []string{"0", "-1", "lots", "2PiB", ""} {
		for _, flag := range []string{"--max-input", "--max-line"} {
			if r := runIn("", flag, v, "romanize", "가"); r.code != 2 || !strings.Contains(r.stderr, flag[2:]) {
				t.Errorf("%s %q: exit %d, stderr %q; want a usage error", flag, v, r.code, r.stderr)
			}
		}
	}
	r := runIn("", "--help")
	for _, want := range []string{"--max-input SIZE", "(default: 256 MiB)", "--max-line SIZE", "(default: 1 MiB)"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("--help lacks %q:\n%s", want, r.stdout)
		}
	}
}

// TestLineFilters: romanize and names match read standard input as a
// file is read (a byte-order mark, --encoding, else UTF-8), refuse what
// is not text with its line, after answering the lines before it, and
// stop a line at --max-line.
func TestLineFilters(t *testing.T) {
	ko := filepath.Join(t.TempDir(), "ko.txt")
	os.WriteFile(ko, []byte("김정은\n"), 0o644)
	utf16le := func(s string) string {
		b := []byte{0xFF, 0xFE}
		for _, r := range s { // BMP only
			b = append(b, byte(r), byte(r>>8))
		}
		return string(b)
	}
	euckr := "\xb1\xe8\xc1\xa4\xc0\xba\n" // 김정은
	tests := []struct {
		name   string
		stdin  string
		args   []string
		code   int
		stdout string
		stderr []string
	}{
		{"romanize utf-16", utf16le("김정은\r\n평양\r\n"), []string{"romanize", "--name"}, 0, "Gim Jeongeun\nPyeong Yang\n", nil},
		{"romanize euc-kr", euckr, []string{"romanize", "--encoding", "euc-kr"}, 0, "gimjeongeun\n", nil},
		{"romanize euc-kr without --encoding", "평양\n" + euckr, []string{"romanize"}, 1, "pyeongyang\n", []string{"standard input", "line 2", "invalid UTF-8", "--encoding"}},
		{"romanize NUL", "a\x00b\n", []string{"romanize"}, 1, "", []string{"line 1", "NUL"}},
		{"romanize long line", "가\n" + strings.Repeat("가", 100) + "\n", []string{"--max-line", "64", "romanize"}, 1, "ga\n", []string{"line 2 is longer than 64 bytes", "--max-line"}},
		{"names match utf-16", utf16le("Kim Jong-un\n"), []string{"names", "match", "--ko", ko}, 0, "Kim Jong-un\t김정은\t0.978\n", nil},
		{"names match invalid", "Kim Jong-un\nKim\xc3\n", []string{"names", "match", "--ko", ko}, 1, "Kim Jong-un\t김정은\t0.978\n", []string{"standard input", "line 2", "invalid UTF-8"}},
		{"names match long line", strings.Repeat("Kim ", 30) + "\n", []string{"--max-line", "100", "names", "match", "--ko", ko}, 1, "", []string{"line 1 is longer than 100 bytes"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := runIn(tc.stdin, tc.args...)
			if r.code != tc.code || r.stdout != tc.stdout {
				t.Errorf("exit %d, stdout %q, stderr %q; want exit %d, stdout %q", r.code, r.stdout, r.stderr, tc.code, tc.stdout)
			}
			for _, s := range tc.stderr {
				if !strings.Contains(r.stderr, s) {
					t.Errorf("stderr %q lacks %q", r.stderr, s)
				}
			}
			if strings.ContainsAny(r.stdout, "\x00\uFFFD") {
				t.Errorf("stdout %q holds NUL or U+FFFD", r.stdout)
			}
		})
	}
}

// TestLineFiltersStream: names match answers standard input a batch at a
// time: more lines than one batch come out in order, each once.
func TestLineFiltersStream(t *testing.T) {
	testenv.NeedLong(t, "two batches of 65,536 lines")
	t.Parallel() // long, and independent of the other tests
	ko := filepath.Join(t.TempDir(), "ko.txt")
	os.WriteFile(ko, []byte("김정은\n문재인\n"), 0o644)
	var in strings.Builder
	n := 2*matchBatch + 7
	for i := range n {
		in.WriteString([]string{"Kim Jong-un\n", "Moon Jae-in\n"}[i%2])
	}
	r := runIn(in.String(), "names", "match", "--ko", ko)
	lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
	if r.code != 0 || len(lines) != n {
		t.Fatalf("exit %d, %d lines, want %d: %s", r.code, len(lines), n, r.stderr)
	}
	for i, l := range lines {
		want := []string{"Kim Jong-un\t김정은\t", "Moon Jae-in\t문재인\t"}[i%2]
		if !strings.HasPrefix(l, want) {
			t.Fatalf("line %d = %q, want %q…", i+1, l, want)
		}
	}
}
