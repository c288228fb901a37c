package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/bitext-ko/bitext/align/testenv"
	"github.com/bitext-ko/bitext/tm/tmx"
)

const tmxFixtures = "../../testdata/tmx/"

// tmxUnitIDs reads a TMX file with the tmx package and returns its tuids.
func tmxUnitIDs(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := tmx.NewReader(f)
	var ids []string
	for {
		u, err := r.Read()
		if err == io.EOF {
			return ids
		}
		if err != nil {
			t.Fatalf("reading %s: %v", path, err)
		}
		ids = append(ids, u.TUID)
	}
}

// tmxValidate checks path against the TMX 1.4 DTD with xmllint, in a
// subtest that skips in the default tier (testenv: it starts xmllint) and
// when the DTD (../shared) or xmllint is absent.
func tmxValidate(t *testing.T, path string) {
	t.Helper()
	t.Run("validates against the TMX DTD", func(t *testing.T) {
		testenv.NeedLong(t, "starts xmllint")
		dtd := filepath.Join("..", "..", "..", "shared", "schemas", "tmx14.dtd")
		if _, err := os.Stat(dtd); err != nil {
			t.Skipf("TMX DTD not found at %s (it comes with the project's shared/ folder)", dtd)
		}
		if _, err := exec.LookPath("xmllint"); err != nil {
			t.Skip("xmllint not installed (Debian package libxml2-utils)")
		}
		if out, err := exec.Command("xmllint", "--noout", "--nonet", "--dtdvalid", dtd, path).CombinedOutput(); err != nil {
			t.Errorf("%s does not validate: %v\n%s", path, err, out)
		}
	})
}

func TestTMXMerge(t *testing.T) {
	a, b := tmxFixtures+"merge-a.tmx", tmxFixtures+"merge-b.tmx"
	dir := t.TempDir()
	for _, order := range []string{"flag last", "flag first"} {
		t.Run(order, func(t *testing.T) {
			out := filepath.Join(dir, strings.ReplaceAll(order, " ", "-")+".tmx")
			args := []string{"tmx", "merge", a, b, "-o", out}
			if order == "flag first" {
				args = []string{"tmx", "merge", "--output", out, a, b}
			}
			res := runCLI(t, "", nil, args...)
			if res.code != 0 {
				t.Fatalf("exit %d: %s", res.code, res.stderr)
			}
			wantStderr := "bitext: warning: " + a + `: line 24, column 5: unit (tuid "a4") has a single language (ko-KR); skipped` + "\n" +
				"bitext: merged 2 files: 8 units read, 4 written, 3 duplicates and 1 other units left out\n"
			if res.stderr != wantStderr {
				t.Errorf("stderr\n%s\nwant\n%s", res.stderr, wantStderr)
			}
			if res.stdout != "" {
				t.Errorf("stdout %q", res.stdout)
			}
			if ids := tmxUnitIDs(t, out); !reflect.DeepEqual(ids, []string{"a1", "a2", "b2", "b3"}) {
				t.Errorf("merged units %q", ids)
			}
			tmxValidate(t, out)
		})
	}
	t.Run("standard input and output", func(t *testing.T) {
		data, err := os.ReadFile(b)
		if err != nil {
			t.Fatal(err)
		}
		res := runCLI(t, string(data), nil, "tmx", "merge", a, "-", "-o", "-")
		if res.code != 0 {
			t.Fatalf("exit %d: %s", res.code, res.stderr)
		}
		out := filepath.Join(dir, "stdout.tmx")
		os.WriteFile(out, []byte(res.stdout), 0o644)
		if ids := tmxUnitIDs(t, out); len(ids) != 4 {
			t.Errorf("merged units %q", ids)
		}
	})
}

// TestTMXMergeIsAtomic checks that a failed merge leaves no output file,
// keeps an existing one as it was, and leaves no temporary file behind.
func TestTMXMergeIsAtomic(t *testing.T) {
	for _, bad := range []string{"truncated.tmx", "billion-laughs.tmx", "no-header.tmx"} {
		t.Run(bad, func(t *testing.T) {
			dir := t.TempDir()
			out := filepath.Join(dir, "out.tmx")
			res := runCLI(t, "", nil, "tmx", "merge", tmxFixtures+"merge-a.tmx", tmxFixtures+bad, "-o", out)
			if res.code != 1 || !strings.Contains(res.stderr, "reading "+tmxFixtures+bad+": line ") {
				t.Errorf("exit %d, stderr %q", res.code, res.stderr)
			}
			if _, err := os.Stat(out); !os.IsNotExist(err) {
				t.Errorf("output exists after a failed merge: %v", err)
			}
			os.WriteFile(out, []byte("old"), 0o644)
			runCLI(t, "", nil, "tmx", "merge", tmxFixtures+bad, "-o", out)
			if data, _ := os.ReadFile(out); string(data) != "old" {
				t.Errorf("a failed merge changed the existing output: %q", data)
			}
			if entries, _ := os.ReadDir(dir); len(entries) != 1 {
				t.Errorf("files left in the output directory: %v", entries)
			}
		})
	}
}

func TestTMXErrors(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string // a part of standard error
	}{
		{"merge without -o", []string{"tmx", "merge", tmxFixtures + "merge-a.tmx"}, 2, "tmx merge needs -o OUT.tmx"},
		{"merge without files", []string{"tmx", "merge", "-o", "x.tmx"}, 2, "needs at least one FILE"},
		{"merge -o without value", []string{"tmx", "merge", tmxFixtures + "merge-a.tmx", "-o"}, 2, "flag needs an argument: -o"},
		{"merge two stdin", []string{"tmx", "merge", "-", "-", "-o", "x.tmx"}, 2, "only one FILE can be standard input"},
		{"merge missing file", []string{"tmx", "merge", "nonexistent.tmx", "-o", "x.tmx"}, 1, "nonexistent.tmx: no such file"},
		{"stats two files", []string{"tmx", "stats", tmxFixtures + "stats.tmx", tmxFixtures + "merge-a.tmx"}, 2, "tmx stats needs one FILE (got 2)"},
		{"stats bad format", []string{"tmx", "stats", tmxFixtures + "stats.tmx", "--format", "xml"}, 2, `--format must be text or json, not "xml"`},
		{"stats truncated", []string{"tmx", "stats", tmxFixtures + "truncated.tmx"}, 1, "reading " + tmxFixtures + "truncated.tmx: line 10, column 38: unexpected end of file"},
		{"stats no header", []string{"tmx", "stats", tmxFixtures + "no-header.tmx"}, 1, "line 3, column 3: no <header>"},
		{"cat no file", []string{"tmx", "cat"}, 2, "tmx cat needs one FILE (got 0)"},
		{"cat bad format", []string{"tmx", "cat", "-f", "csv", tmxFixtures + "stats.tmx"}, 2, `--format must be tsv or json, not "csv"`},
		{"cat unknown flag", []string{"tmx", "cat", tmxFixtures + "stats.tmx", "--colour"}, 2, "flag provided but not defined: --colour"},
		{"cat billion laughs", []string{"tmx", "cat", tmxFixtures + "billion-laughs.tmx"}, 1, "line 17, column 33: undefined entity"},
		{"cat not tmx", []string{"tmx", "cat", "../../go.mod"}, 1, "line 1, column 1: XML syntax error: text outside the root element"},
		{"unknown subcommand", []string{"tmx", "frobnicate"}, 2, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := runCLI(t, "", nil, tt.args...)
			if res.code != tt.code || !strings.Contains(res.stderr, tt.stderr) {
				t.Errorf("exit %d, stderr %q; want exit %d and %q", res.code, res.stderr, tt.code, tt.stderr)
			}
			if strings.Contains(res.stderr, "panic") {
				t.Errorf("panic: %s", res.stderr)
			}
		})
	}
}

func TestTMXStats(t *testing.T) {
	res := runCLI(t, "", nil, "tmx", "stats", "--format", "json", tmxFixtures+"stats.tmx")
	if res.code != 0 {
		t.Fatalf("exit %d: %s", res.code, res.stderr)
	}
	var got map[string]any
	if err := json.Unmarshal([]byte(res.stdout), &got); err != nil {
		t.Fatalf("%v\n%s", err, res.stdout)
	}
	want := map[string]float64{"units": 9, "duplicates": 1, "inconsistent": 1, "single_language": 1,
		"empty": 1, "identical": 1, "ratio_off": 1, "flagged": 1, "skipped": 1}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %v, want %v", k, got[k], v)
		}
	}
	if got["segtype"] != "paragraph" || !reflect.DeepEqual(got["languages"], map[string]any{"ko-KR": 9.0, "en-US": 8.0}) {
		t.Errorf("segtype %v, languages %v", got["segtype"], got["languages"])
	}
	if !strings.Contains(res.stderr, `line 41, column 5: invalid translation unit (tuid "s10-invalid")`) {
		t.Errorf("no warning for the invalid unit: %q", res.stderr)
	}

	res = runCLI(t, "", nil, "tmx", "stats", tmxFixtures+"stats.tmx", "--list")
	if res.code != 0 {
		t.Fatalf("exit %d: %s", res.code, res.stderr)
	}
	for _, line := range []string{"units            9\n", "identical        1 "} {
		if !strings.Contains(res.stdout, line) {
			t.Errorf("text report lacks %q:\n%s", line, res.stdout)
		}
	}
	wantList := tmxFixtures + "stats.tmx:21:5: s5-ratio: en-US/ko-KR length ratio 0.29, expected about 2.13\n"
	if !strings.Contains(res.stderr, wantList) {
		t.Errorf("--list output lacks %q:\n%s", wantList, res.stderr)
	}
}

func TestTMXCat(t *testing.T) {
	res := runCLI(t, "", nil, "tmx", "cat", tmxFixtures+"one-language.tmx")
	wantOut := "tuid\tsrclang\tsource\ttgtlang\ttarget\n" +
		"pair\tko-KR\t짝이 있는 문장.\ten-US\tA sentence with its translation.\n" +
		"last\tko-KR\t마지막 문장.\ten-US\tThe last sentence.\n"
	if res.code != 0 || res.stdout != wantOut {
		t.Errorf("exit %d, stdout\n%s\nwant\n%s", res.code, res.stdout, wantOut)
	}
	if n := strings.Count(res.stderr, "bitext: warning: "); n != 4 || !strings.Contains(res.stderr, `(tuid "korean-only") has a single language (ko-KR); skipped`) {
		t.Errorf("%d warnings:\n%s", n, res.stderr)
	}

	res = runCLI(t, "", nil, "tmx", "cat", "--format", "json", "--markup", tmxFixtures+"v14-full.tmx")
	lines := strings.Split(strings.TrimSpace(res.stdout), "\n")
	if res.code != 0 || len(lines) != 6 {
		t.Fatalf("exit %d, %d lines: %s", res.code, len(lines), res.stderr)
	}
	var u struct {
		TUID string `json:"tuid"`
		TUV  []struct{ Lang, Text, Markup string }
	}
	if err := json.Unmarshal([]byte(lines[1]), &u); err != nil {
		t.Fatal(err)
	}
	if u.TUID != "hani-2" || u.TUV[1].Text != "The talks were held in Beijing." || !strings.Contains(u.TUV[1].Markup, `<bpt i="1" type="bold">&lt;b&gt;</bpt>`) {
		t.Errorf("json unit %+v", u)
	}
}

// TestTMXWarningsAreCapped checks that a file with many bad units gives a
// readable standard error.
func TestTMXWarningsAreCapped(t *testing.T) {
	var b bytes.Buffer
	w, err := tmx.NewWriter(&b, tmx.Header{})
	if err != nil {
		t.Fatal(err)
	}
	for i := range 30 {
		w.Write(tmx.Unit{TUID: fmt.Sprint(i), Variants: []tmx.Variant{{Lang: "ko-KR", Text: "번역 없음"}}})
	}
	w.Close()
	res := runCLI(t, b.String(), nil, "tmx", "cat", "-")
	if n := strings.Count(res.stderr, "bitext: warning: "); res.code != 0 || n != maxWarnings || !strings.HasSuffix(res.stderr, "bitext: 10 more warnings not shown\n") {
		t.Errorf("exit %d, %d warnings:\n%s", res.code, n, res.stderr)
	}
}

// TestTMXCatNothingBeforeError: tmx cat writes its TSV header with the
// first unit, so that a file whose units cannot be read gives no output at
// all (it used to print the header, then fail); units read before an
// error are written, and a file without units gives the header alone.
func TestTMXCatNothingBeforeError(t *testing.T) {
	const header = "tuid\tsrclang\tsource\ttgtlang\ttarget\n"
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.tmx")
	os.WriteFile(empty, []byte(`<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="ko-KR" datatype="plaintext"/><body></body></tmx>
`), 0o644)
	tests := []struct {
		name, file string
		code       int
		stdout     string
	}{
		{"an error in the first unit", tmxFixtures + "billion-laughs.tmx", 1, ""},
		{"an error after a unit", tmxFixtures + "truncated.tmx", 1, header + "1\tko-KR\t첫 번째 문장.\ten-US\tThe first sentence.\n"},
		{"no units", empty, 0, header},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before := mustRead(t, tc.file)
			res := runCLI(t, "", nil, "tmx", "cat", tc.file)
			if res.code != tc.code || res.stdout != tc.stdout || tc.code != 0 && !strings.Contains(res.stderr, tc.file) {
				t.Errorf("exit %d, stdout %q, stderr %q; want exit %d, stdout %q and an error naming the file", res.code, res.stdout, res.stderr, tc.code, tc.stdout)
			}
			if !bytes.Equal(mustRead(t, tc.file), before) {
				t.Error("the file changed")
			}
		})
	}
}
