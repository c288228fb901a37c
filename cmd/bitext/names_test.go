package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const koNames = "../../testdata/names/ko_names.txt"

func TestNamesMatch(t *testing.T) {
	in := strings.Join([]string{
		"Kim Jong Un",
		"KIM Jong-un",
		"Kim Chŏng-ŭn",
		"Jong-un Kim",
		"Kim Jong-il",
		"Kim Yo-jong",
		"President Moon Jae-in",
		"Ri Yong-ho",
		"Choe Ryong Hae",
		"Park Geun-hye",
		"Lee Myung-bak",
		"Namkoong Min",
		"Mike Pompeo",
		"Pompeo",
		"Xi Jinping",
		"Trump",
		"Vietnam",
		"U.S.",
		"North Korea",
		"the White House",
		"UN",
		"Kritenbrink",
		"Angela Merkel",
		"",
	}, "\n") + "\n"
	want := []string{"김정은", "김정은", "김정은", "김정은", "김정일", "김여정", "문재인", "리용호", "최룡해", "박근혜", "이명박", "남궁민",
		"마이크 폼페이오", "마이크 폼페이오", "시진핑", "도널드 트럼프", "베트남", "미국", "북한", "백악관", "유엔", "크리튼브링크", "-", "-"}
	r := runCLI(t, in, nil, "names", "match", "--ko", koNames)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
	if len(lines) != len(want) {
		t.Fatalf("got %d lines, want %d:\n%s", len(lines), len(want), r.stdout)
	}
	inLines := strings.Split(in, "\n")
	for i, l := range lines {
		f := strings.Split(l, "\t")
		if len(f) != 3 {
			t.Errorf("line %d %q: want 3 fields", i+1, l)
			continue
		}
		if f[0] != inLines[i] || f[1] != want[i] {
			t.Errorf("line %d: %q → %q (score %s), want %q", i+1, f[0], f[1], f[2], want[i])
		}
	}
}

func TestNamesMatchThreshold(t *testing.T) {
	r := runCLI(t, "Kim Jong Un\n", nil, "names", "match", "--ko", koNames, "--threshold", "1")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "Kim Jong Un\t-\t") {
		t.Errorf("threshold 1: exit %d, stdout %q", r.code, r.stdout)
	}
}

func TestNamesMatchErrors(t *testing.T) {
	tests := []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"names", "match"}, 2, "--ko"},
		{[]string{"names", "match", "--ko", "no/such/file"}, 1, "no/such/file"},
		{[]string{"names", "match", "--ko", koNames, "--threshold", "2"}, 2, "threshold"},
		{[]string{"names", "match", "--ko", koNames, "extra"}, 2, "no arguments"},
		{[]string{"names", "frobnicate"}, 2, ""},
	}
	for _, tt := range tests {
		r := runCLI(t, "", nil, tt.args...)
		if r.code != tt.code || !strings.Contains(r.stderr, tt.msg) {
			t.Errorf("bitext %s: exit %d, stderr %q; want exit %d mentioning %q", strings.Join(tt.args, " "), r.code, r.stderr, tt.code, tt.msg)
		}
	}
}

// writeTemp writes data to a new file in a test's temporary directory.
func writeTemp(t *testing.T, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestNamesMatchDifferentPerson: with only one Hangul name to choose from,
// the names of other people must not match it at the default threshold.
func TestNamesMatchDifferentPerson(t *testing.T) {
	tests := []struct{ ko, en string }{
		{"김정은", "Kim Jong-il"},
		{"김정은", "Kim Il-sung"},
		{"김정은", "Kim Yo-jong"},
		{"김훈훈", "Kim Jong-un"},
	}
	for _, tt := range tests {
		ko := writeTemp(t, "ko.txt", []byte(tt.ko+"\n"))
		r := runCLI(t, tt.en+"\n", nil, "names", "match", "--ko", ko)
		if r.code != 0 || !strings.HasPrefix(r.stdout, tt.en+"\t-\t") {
			t.Errorf("%s against %s: exit %d, stdout %q; want no match", tt.en, tt.ko, r.code, r.stdout)
		}
	}
}

// TestNamesMatchInput: the --ko file is decoded like the aligner's input,
// refused with its line when it is not text, and the output stays three
// TSV fields a line whatever the English holds.
func TestNamesMatchInput(t *testing.T) {
	utf16 := []byte{0xFF, 0xFE}
	for _, r := range "김정은\n" {
		utf16 = append(utf16, byte(r), byte(r>>8))
	}
	dir := t.TempDir()
	tests := []struct {
		name    string
		ko      []byte // nil: use dir
		stdin   string
		code    int
		stdout  string
		stderr  []string
		inStdin bool // the error is in standard input
	}{
		{"utf-8 bom", []byte("\ufeff김정은\n"), "Kim Jong-un\n", 0, "Kim Jong-un\t김정은\t0.978\n", nil, false},
		{"utf-16le bom", utf16, "Kim Jong-un\n", 0, "Kim Jong-un\t김정은\t0.978\n", nil, false},
		{"euc-kr", []byte{0xB1, 0xE8, 0xC1, 0xA4, 0xC0, 0xBA, '\n'}, "Kim Jong-un\n", 0, "Kim Jong-un\t김정은\t0.978\n", nil, false},
		{"crlf and blank lines", []byte("\r\n김정은\r\n\r\n"), "Kim Jong-un\n", 0, "Kim Jong-un\t김정은\t0.978\n", nil, false},
		{"invalid utf-8", []byte("김정은\n\xc3\x28\n"), "Kim Jong-un\n", 1, "", []string{"ko.txt", "line 2"}, false},
		{"directory", nil, "Kim Jong-un\n", 1, "", []string{dir, "is a directory"}, false},
		{"tab in english", []byte("김정은\n"), "Kim\tJong-un\n", 0, "Kim Jong-un\t김정은\t0.978\n", nil, false},
		{"cr inside english", []byte("김정은\n"), "Kim\rJong-un\n", 0, "Kim Jong-un\t김정은\t0.978\n", nil, false},
		{"bom on stdin", []byte("김정은\n"), "\ufeffKim Jong-un\n", 0, "Kim Jong-un\t김정은\t0.978\n", nil, false},
		{"invalid utf-8 on stdin", []byte("김정은\n"), "Kim Jong-un\n\nKim Jong-un\xff\n", 1, "Kim Jong-un\t김정은\t0.978\n\t-\t0.000\n", []string{"standard input", "line 3", "invalid UTF-8"}, true},
		{"utf-16 on stdin", []byte("김정은\n"), string(utf16[:2]) + "K\x00i\x00m\x00 \x00J\x00o\x00n\x00g\x00-\x00u\x00n\x00\n\x00", 0, "Kim Jong-un\t김정은\t0.978\n", nil, false},
		{"NUL on stdin", []byte("김정은\n"), "Kim\x00Jong-un\n", 1, "", []string{"standard input", "line 1", "NUL"}, true},
	}
	for _, tt := range tests {
		ko := dir
		if tt.ko != nil {
			ko = writeTemp(t, "ko.txt", tt.ko)
		}
		r := runCLI(t, tt.stdin, nil, "names", "match", "--ko", ko)
		if r.code != tt.code || r.stdout != tt.stdout {
			t.Errorf("%s: exit %d, stdout %q, stderr %q; want exit %d, stdout %q", tt.name, r.code, r.stdout, r.stderr, tt.code, tt.stdout)
		}
		for _, s := range tt.stderr {
			if !strings.Contains(r.stderr, s) {
				t.Errorf("%s: stderr %q lacks %q", tt.name, r.stderr, s)
			}
		}
		if !tt.inStdin && strings.Contains(r.stderr, "standard input") {
			t.Errorf("%s: stderr %q blames standard input", tt.name, r.stderr)
		}
	}
}
