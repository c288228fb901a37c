package main

import (
	"os"
	"strings"
	"testing"
	"unicode/utf16"
)

// TestPairEncodings: --encoding forces the encoding of both files of a
// pair, --en-encoding and --ko-encoding that of one (EN_FILE, the first,
// and KO_FILE, the second), over --encoding; an error names the flag for
// the file that failed, and 8-bit text forced to UTF-16 is refused rather
// than read as CJK (review finding 8: a Korean file in UTF-16LE without a
// byte-order mark beside an English one in UTF-8, which is now detected).
func TestPairEncodings(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string { return writeIn(t, dir, name, string(data)) }
	en, err := os.ReadFile(exampleEN)
	if err != nil {
		t.Fatal(err)
	}
	ko, err := os.ReadFile(exampleKO)
	if err != nil {
		t.Fatal(err)
	}
	// The English text at an even and an odd length: read as UTF-16, the
	// odd one fails at its stray byte, the even one decodes.
	even, odd := en, append(append([]byte{}, en...), '\n')
	if len(even)%2 != 0 {
		even, odd = odd, even
	}
	evenEN, oddEN := write("even.en.txt", even), write("odd.en.txt", odd)
	var u16 []byte
	for _, u := range utf16.Encode([]rune(string(ko))) {
		u16 = append(u16, byte(u), byte(u>>8))
	}
	u16KO := write("u16.ko.txt", u16) // UTF-16LE without a byte-order mark
	badKO := write("bad.ko.txt", []byte("서울\n\xff\xfe\xfd\n"))
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string // in the error, or "" for none
		stdout string // in the output
	}{
		{"UTF-16LE without BOM, detected", []string{evenEN, u16KO}, 0, "", "talks with Pyongyang\t한-미, 북한과 실무협상"},
		{"UTF-16LE without BOM, detected, in an alignment file", []string{"-f", "json", evenEN, u16KO}, 0, "", `"encoding": "UTF-16LE (no BOM)"`},
		{"assumed encoding names --ko-encoding", []string{evenEN, badKO}, 1, "bad.ko.txt: line 2, column 1: neither UTF-8 (byte 0xff) nor EUC-KR/CP949 (byte 0xec at line 1, column 1) (if it is text in another encoding, --ko-encoding names it)", ""},
		{"assumed encoding of the first file names --en-encoding", []string{badKO, evenEN}, 1, "(if it is text in another encoding, --en-encoding names it)", ""},
		{"--encoding on an odd-length English file", []string{"--encoding", "utf-16le", oddEN, u16KO}, 1, "odd.en.txt: not UTF-16LE: no zero byte in", ""},
		{"--encoding on an even-length English file", []string{"--encoding", "utf-16le", evenEN, u16KO}, 1, "even.en.txt: not UTF-16LE: no zero byte in", ""},
		{"--ko-encoding", []string{"--ko-encoding", "utf-16le", evenEN, u16KO}, 0, "", "talks with Pyongyang\t한-미, 북한과 실무협상"},
		{"--ko-encoding, odd-length English", []string{"--ko-encoding", "utf-16le", oddEN, u16KO}, 0, "", "talks with Pyongyang\t한-미, 북한과 실무협상"},
		{"--en-encoding for the first file, swapped", []string{"--en-encoding", "UTF16LE", u16KO, evenEN}, 0, "u16.ko.txt is Korean and", "talks with Pyongyang\t한-미, 북한과 실무협상"},
		{"the side's flag over --encoding", []string{"--encoding", "utf-16le", "--en-encoding", "utf-8", evenEN, u16KO}, 0, "", "talks with Pyongyang\t한-미, 북한과 실무협상"},
		{"an alignment file records one encoding", []string{"-f", "json", "--ko-encoding", "utf-16le", evenEN, u16KO}, 2, "records one encoding for both inputs, and EN_FILE's (detected) is not KO_FILE's (utf-16le)", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := runCLI(t, "", nil, append([]string{"align", "-f", "tsv"}, tc.args...)...)
			if r.code != tc.code || !strings.Contains(r.stderr, tc.stderr) || !strings.Contains(r.stdout, tc.stdout) {
				t.Fatalf("exit %d (want %d)\nstderr %q (want %q)\nstdout %q (want %q)", r.code, tc.code, r.stderr, tc.stderr, r.stdout, tc.stdout)
			}
			if tc.code == 1 && strings.Contains(tc.args[0], "--encoding") && !strings.Contains(r.stderr, "(--encoding utf-16le applies to both files; --en-encoding or --ko-encoding names the encoding of one)") {
				t.Errorf("stderr %q: no hint at the per-file flags", r.stderr)
			}
		})
	}
}
