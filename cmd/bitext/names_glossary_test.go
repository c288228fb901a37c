package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bitext-ko/bitext/align/testenv"
)

func TestAlignGlossaryFormats(t *testing.T) {
	dir := t.TempDir()
	for _, ext := range []string{"tsv", "csv", "tbx", "json"} {
		out := filepath.Join(dir, "g."+ext)
		r := runCLI(t, "", nil, "align", exampleEN, exampleKO, "-o", filepath.Join(dir, "a.txt"), "--glossary", out)
		if r.code != 0 {
			t.Fatalf("%s: exit %d: %s", ext, r.code, r.stderr)
		}
		data, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(data), "존 밀러") || !strings.Contains(string(data), "John Miller") {
			t.Errorf("%s: glossary lacks 존 밀러 / John Miller:\n%s", ext, data)
		}
		// Every format reads back through names diff.
		if r := runCLI(t, "", nil, "names", "diff", out); r.code != 0 {
			t.Errorf("%s: names diff: exit %d %s", ext, r.code, r.stderr)
		}
	}
	// An explicit format for an odd extension, and a bad one.
	odd := filepath.Join(dir, "g.glossary")
	if r := runCLI(t, "", nil, "align", exampleEN, exampleKO, "-o", filepath.Join(dir, "a.txt"), "--glossary", odd, "--glossary-format", "csv"); r.code != 0 {
		t.Errorf("--glossary-format csv: exit %d %s", r.code, r.stderr)
	}
	if r := runCLI(t, "", nil, "align", exampleEN, exampleKO, "-o", filepath.Join(dir, "a.txt"), "--glossary", filepath.Join(dir, "g.xlsx")); r.code != 2 || !strings.Contains(r.stderr, "not a glossary format") {
		t.Errorf("bad extension: exit %d %q", r.code, r.stderr)
	}
}

func TestAlignGlossaryTBXValidates(t *testing.T) {
	testenv.NeedLong(t, "starts xmllint")
	schema := "../../../shared/schemas/tbx/TBXcoreStructV03_TBX-Basic_integrated.rng"
	if _, err := os.Stat(schema); err != nil {
		t.Skipf("skipping: %s is absent", schema)
	}
	if _, err := exec.LookPath("xmllint"); err != nil {
		t.Skip("skipping: xmllint not installed (libxml2-utils)")
	}
	out := filepath.Join(t.TempDir(), "g.tbx")
	if r := runCLI(t, "", nil, "align", exampleEN, exampleKO, "-o", os.DevNull, "--glossary", out, "--tbx-version", "3"); r.code != 0 {
		t.Fatal(r.stderr)
	}
	if b, err := exec.Command("xmllint", "--noout", "--relaxng", schema, out).CombinedOutput(); err != nil {
		t.Errorf("xmllint: %v\n%s", err, b)
	}
}

func TestNamesExtractSeed(t *testing.T) {
	seed := "../../../shared/corpus/seed/hankyoreh-2019-01-11-nk-us-summit.en.txt"
	if _, err := os.Stat(seed); err != nil {
		t.Skipf("skipping: the seed article (%s) is absent", seed)
	}
	r := runCLI(t, "", nil, "names", "extract", seed, "--format", "json")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	var names []struct {
		Name string `json:"name"`
		Type string `json:"type"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &names); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, n := range names {
		got[n.Name] = n.Type
	}
	for _, want := range []string{"Kim Jong-un", "Xi Jinping", "Donald Trump", "Mike Pompeo", "Kim Yong-chol", "Cho Yoon-je",
		"Daniel Kritenbrink", "Pham Binh Minh", "Nguyen Phu Trong", "Nguyen Xuan Phuc", "Yondon Otgonbayar", "Hwang Joon-bum"} {
		if got[want] != "person" {
			t.Errorf("%q: %q", want, got[want])
		}
	}
	// Page furniture is no source of names: the dateline's "Modified".
	for _, furniture := range []string{"Modified", "Posted", "KST"} {
		if _, ok := got[furniture]; ok {
			t.Errorf("furniture word %q listed as a name", furniture)
		}
	}
	if got["DC"] != "place" {
		t.Errorf("DC (Washington, DC): %q, want place", got["DC"])
	}
	for _, f := range []string{"text", "tsv"} {
		if r := runCLI(t, "", nil, "names", "extract", "--format", f, seed); r.code != 0 || !strings.Contains(r.stdout, "Mike Pompeo") {
			t.Errorf("%s: exit %d %q", f, r.code, r.stderr)
		}
	}
}

func TestNamesExtractBadInput(t *testing.T) {
	r := runCLI(t, "no names in this text at all.\n", nil, "names", "extract", "-")
	if r.code != 0 || !strings.Contains(r.stderr, "no names found") {
		t.Errorf("no names: exit %d %q", r.code, r.stderr)
	}
	if r := runCLI(t, "", nil, "names", "extract", exampleKO); r.code != 1 || !strings.Contains(r.stderr, "Korean") {
		t.Errorf("Korean input: exit %d %q", r.code, r.stderr)
	}
	if r := runCLI(t, "", nil, "names", "extract"); r.code != 2 {
		t.Errorf("no file: exit %d", r.code)
	}
}

const variantsTSV = "김영철\tKim Yong-chol\tperson; count: 5; docs: 3\n김영철\tKim Yong Chol\tperson; count: 2; docs: 1\n평양\tPyongyang\tplace; count: 3\n"

func TestNamesDiff(t *testing.T) {
	dir := t.TempDir()
	g := filepath.Join(dir, "g.tsv")
	if err := os.WriteFile(g, []byte(variantsTSV), 0o644); err != nil {
		t.Fatal(err)
	}
	r := runCLI(t, "", nil, "names", "diff", g)
	if r.code != 0 || !strings.Contains(r.stdout, "김영철  Kim Yong-chol  (most frequent, 5×)") || !strings.Contains(r.stdout, "formatting Kim Yong[--]{+ +}[-c-]{+C+}hol") && !strings.Contains(r.stdout, "formatting") {
		t.Errorf("exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	if strings.Contains(r.stdout, "\x1b[") {
		t.Error("colour when not on a terminal")
	}
	r = runCLI(t, "", nil, "names", "diff", g, "--style", "rr", "--format", "json")
	var vs []map[string]any
	if err := json.Unmarshal([]byte(r.stdout), &vs); err != nil || r.code != 0 {
		t.Fatalf("%v %s", err, r.stderr)
	}
	// Kim/Gim is a system's surname, Yong/Yeong a vowel's spelling: the
	// least benign, spelling, wins.
	if len(vs) != 3 || vs[0]["reference"] != "Gim Yeongcheol" || vs[0]["class"] != "spelling" {
		t.Errorf("%v", vs)
	}
	ref := filepath.Join(dir, "ref.csv")
	os.WriteFile(ref, []byte("Korean,English\n김영철,Kim Yong Chol\n"), 0o644)
	r = runCLI(t, "", nil, "names", "diff", g, "--against", ref, "--format", "tsv")
	if r.code != 0 || !strings.Contains(r.stdout, "김영철\tKim Yong Chol\thouse\tKim Yong-chol\tformatting") {
		t.Errorf("exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	// Wrong formats and styles.
	bad := filepath.Join(dir, "bad.tbx")
	os.WriteFile(bad, []byte(variantsTSV), 0o644)
	if r := runCLI(t, "", nil, "names", "diff", bad); r.code != 1 || !strings.Contains(r.stderr, "bad.tbx: looks like tab-separated") {
		t.Errorf("TSV named .tbx: exit %d %q", r.code, r.stderr)
	}
	if r := runCLI(t, "", nil, "names", "diff", g, "--style", "wade-giles"); r.code != 2 {
		t.Errorf("bad style: exit %d %q", r.code, r.stderr)
	}
	if r := runCLI(t, "", nil, "names", "diff", filepath.Join(dir, "missing.tsv")); r.code != 1 || !strings.Contains(r.stderr, "missing.tsv") {
		t.Errorf("missing file: exit %d %q", r.code, r.stderr)
	}
}

func TestNamesNormalize(t *testing.T) {
	dir := t.TempDir()
	text := "North Korean leader Kim Jong Un met KIM Yong-chol.\n\nThe rest, Kim Jong-un's aide said, stays as it was.\n"
	want := "North Korean leader Kim Jong-un met Kim Yong-chol.\n\nThe rest, Kim Jong-un's aide said, stays as it was.\n"
	f := filepath.Join(dir, "a.txt")
	os.WriteFile(f, []byte(text), 0o644)
	// Standard output is the rewritten text.
	r := runCLI(t, "", nil, "names", "normalize", "--style", "press", f)
	if r.code != 0 || r.stdout != want {
		t.Errorf("exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	// --diff shows the changes instead.
	r = runCLI(t, "", nil, "names", "normalize", "--style", "press", "--diff", f)
	if r.code != 0 || r.stdout != "1: North Korean leader [Kim Jong Un → Kim Jong-un] met [KIM Yong-chol → Kim Yong-chol].\n" {
		t.Errorf("exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	if b, _ := os.ReadFile(f); string(b) != text {
		t.Error("file changed without --write")
	}
	r = runCLI(t, "", nil, "names", "normalize", f, "--style", "press", "--write")
	if b, _ := os.ReadFile(f); r.code != 0 || string(b) != want || !strings.HasPrefix(r.stdout, "1: North Korean leader [Kim Jong Un") {
		t.Errorf("exit %d %s\n%q", r.code, r.stderr, b)
	}
	// With a house list: its preferred form.
	g := filepath.Join(dir, "g.tsv")
	os.WriteFile(g, []byte(variantsTSV), 0o644)
	for _, flag := range []string{"--house", "--glossary"} {
		out := filepath.Join(dir, "out.txt")
		r = runCLI(t, "Kim Yong Chol arrived in Pyongyang.\n", nil, "names", "normalize", flag, g, "-", "-o", out)
		if b, _ := os.ReadFile(out); r.code != 0 || string(b) != "Kim Yong-chol arrived in Pyongyang.\n" || r.stdout != "" {
			t.Errorf("%s: exit %d %s %q", flag, r.code, r.stderr, b)
		}
	}
	if r := runCLI(t, "", nil, "names", "normalize", f); r.code != 2 {
		t.Errorf("no style or house list: exit %d", r.code)
	}
	if r := runCLI(t, "x", nil, "names", "normalize", "--style", "press", "--write", "-"); r.code != 2 {
		t.Errorf("--write on stdin: exit %d", r.code)
	}
}

func TestNamesMerge(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.tsv"), filepath.Join(dir, "b.json")
	runCLI(t, "", nil, "align", exampleEN, exampleKO, "-o", os.DevNull, "--glossary", a)
	runCLI(t, "", nil, "align", exampleEN, exampleKO, "-o", os.DevNull, "--glossary", b)
	out := filepath.Join(dir, "m.csv")
	r := runCLI(t, "", nil, "names", "merge", a, b, "-o", out, "--header")
	if r.code != 0 {
		t.Fatalf("exit %d %s", r.code, r.stderr)
	}
	data, _ := os.ReadFile(out)
	if !strings.HasPrefix(string(data), "Korean,English,") || !strings.Contains(string(data), "존 밀러,John Miller,person,4,2") {
		t.Errorf("%s", data)
	}
	if r := runCLI(t, "", nil, "names", "merge", a); r.code != 2 {
		t.Errorf("no -o: exit %d", r.code)
	}
}

// TestNamesOptionConflicts: options that cannot go together are usage
// errors (exit 2) with one clean message, never silently ignored.
func TestNamesOptionConflicts(t *testing.T) {
	dir := t.TempDir()
	g := filepath.Join(dir, "g.tsv")
	os.WriteFile(g, []byte(variantsTSV), 0o644)
	text := "Kim Jong Un met Kim Yong Chol.\n"
	f := filepath.Join(dir, "a.txt")
	os.WriteFile(f, []byte(text), 0o644)
	x := filepath.Join(dir, "x.txt")
	tests := []struct {
		name string
		args []string
		want string // in the message
	}{
		{"--write with -o", []string{"names", "normalize", "--style", "press", "--write", "-o", x, f}, "--write"},
		{"-o with --write", []string{"names", "normalize", f, "-o", x, "-w", "--style", "press"}, "-o"},
		{"--against with --house", []string{"names", "diff", "--house", g, "--against", g, g}, "--against is the older name of --house"},
		{"--glossary with --house", []string{"names", "normalize", "--house", g, "--glossary", g, f}, "--glossary is the older name of --house"},
		{"--house in rr", []string{"romanize", "--house", g, "--name", "김정은"}, "--style press"},
		{"unknown style in diff", []string{"names", "diff", g, "--style", "wade-giles"}, `not "wade-giles"`},
		{"unknown style in normalize", []string{"names", "normalize", "--style", "hepburn", f}, `not "hepburn"`},
	}
	for _, tc := range tests {
		r := runCLI(t, "", nil, tc.args...)
		if r.code != 2 || !strings.Contains(r.stderr, tc.want) {
			t.Errorf("%s: exit %d %q, want 2 and %q", tc.name, r.code, r.stderr, tc.want)
		}
		if strings.Count(r.stderr, "(") > 1 || strings.Contains(r.stderr, "want one of") {
			t.Errorf("%s: the message repeats itself: %q", tc.name, r.stderr)
		}
		if b, _ := os.ReadFile(f); string(b) != text {
			t.Errorf("%s: the file changed: %q", tc.name, b)
		}
		if _, err := os.Stat(x); err == nil {
			t.Errorf("%s: %s written", tc.name, x)
		}
	}
}

// TestNamesNormalizeKeepsMode: --write keeps the file's permissions.
func TestNamesNormalizeKeepsMode(t *testing.T) {
	for _, mode := range []os.FileMode{0o600, 0o640, 0o644} {
		f := filepath.Join(t.TempDir(), "a.txt")
		os.WriteFile(f, []byte("Kim Jong Un met Kim Yong Chol.\n"), 0o600)
		os.Chmod(f, mode)
		if r := runCLI(t, "", nil, "names", "normalize", "--style", "press", "--write", f); r.code != 0 {
			t.Fatalf("exit %d %s", r.code, r.stderr)
		}
		fi, err := os.Stat(f)
		if err != nil || fi.Mode().Perm() != mode {
			t.Errorf("mode %v after --write, want %v (%v)", fi.Mode().Perm(), mode, err)
		}
		if b, _ := os.ReadFile(f); string(b) != "Kim Jong-un met Kim Yong-chol.\n" {
			t.Errorf("%q", b)
		}
	}
}

// TestNamesDiffNoCounts: plain OmegaT rows have no counts: none shown, and
// the first form listed is the reference.
func TestNamesDiffNoCounts(t *testing.T) {
	g := filepath.Join(t.TempDir(), "plain.tsv")
	os.WriteFile(g, []byte("김영철\tKim Yong-chol\n김영철\tKim Yong Chol\n김영철\tKim Yong-cheol\n"), 0o644)
	tests := []struct {
		format string
		want   []string
		not    []string
	}{
		{"text", []string{"김영철  Kim Yong-chol  (first listed)\n", "  Kim Yong Chol → Kim Yong-chol   formatting: space→hyphen, C→c\n          ^^              ^^\n"}, []string{"0×", "0 doc", "most frequent", "[-", "{+"}},
		{"tsv", []string{"김영철\tKim Yong-chol\tfirst listed\tKim Yong Chol\tformatting\t\t\t"}, []string{"\t0\t"}},
		{"json", []string{`"basis": "first listed"`}, []string{`"count"`, `"docs"`}},
	}
	for _, tc := range tests {
		r := runCLI(t, "", nil, "names", "diff", g, "--format", tc.format)
		if r.code != 0 {
			t.Fatalf("%s: exit %d %s", tc.format, r.code, r.stderr)
		}
		for _, w := range tc.want {
			if !strings.Contains(r.stdout, w) {
				t.Errorf("%s: no %q in\n%s", tc.format, w, r.stdout)
			}
		}
		for _, n := range tc.not {
			if strings.Contains(r.stdout, n) {
				t.Errorf("%s: %q in\n%s", tc.format, n, r.stdout)
			}
		}
	}
	// With counts, the counts are shown and the basis is the most frequent.
	g2 := filepath.Join(t.TempDir(), "g.tsv")
	os.WriteFile(g2, []byte(variantsTSV), 0o644)
	r := runCLI(t, "", nil, "names", "diff", g2)
	if !strings.Contains(r.stdout, "(most frequent, 5×)") || !strings.Contains(r.stdout, "2× in 1 doc(s)") {
		t.Errorf("%s", r.stdout)
	}
}

// TestNamesNormalizeStyles: the CLI on headlines and on names whose
// Hangul the spelling does not tell.
func TestNamesNormalizeStyles(t *testing.T) {
	f := filepath.Join(t.TempDir(), "caps.en.txt")
	os.WriteFile(f, []byte("KIM JONG UN WAS HERE.\nMoon Jae In Says Yes\nKim Jong Un And Moon\n"), 0o644)
	tests := []struct {
		style, want, stderr string
	}{
		{"press", "KIM JONG-UN WAS HERE.\nMoon Jae-in Says Yes\nKim Jong-un And Moon\n", ""},
		{"dprk", "KIM JONG UN WAS HERE.\nMun Jae In Says Yes\nKim Jong Un And Moon\n", ""},
		// The established spellings give the Hangul: 김정은, 문재인.
		{"mr", "KIM CHŎNG-ŬN WAS HERE.\nMun Chae-in Says Yes\nKim Chŏng-ŭn And Moon\n", ""},
	}
	for _, tc := range tests {
		out := filepath.Join(t.TempDir(), "out.txt")
		r := runCLI(t, "", nil, "names", "normalize", "--style", tc.style, f, "-o", out)
		b, _ := os.ReadFile(out)
		if r.code != 0 || string(b) != tc.want || !strings.Contains(r.stderr, tc.stderr) {
			t.Errorf("%s: exit %d %q\ngot  %q\nwant %q", tc.style, r.code, r.stderr, b, tc.want)
		}
	}
}

// TestNamesConflictWarnings: conflicts inside a glossary and between the
// glossaries given together are reported before merging can hide them.
func TestNamesConflictWarnings(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	one := write("one.tsv", "김정은\tKim Jong-un\t\n김정일\tKim Jong-un\t\n")
	place := write("place.json", `{"entries": [{"hangul": "조지아", "type": "place", "forms": [{"english": "Georgia", "count": 2}]}]}`)
	person := write("person.json", `{"entries": [{"hangul": "조지아", "type": "person", "forms": [{"english": "Georgia", "count": 1}]}]}`)
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"diff, one file", []string{"names", "diff", one}, "listed under 2 Hangul names"},
		{"diff, two files", []string{"names", "diff", place, person}, "조지아"},
		{"merge, two files", []string{"names", "merge", place, person, "-o", filepath.Join(dir, "m.json")}, "조지아"},
	}
	for _, tt := range tests {
		r := runCLI(t, "", nil, tt.args...)
		if r.code != 0 {
			t.Errorf("%s: exit %d: %s", tt.name, r.code, r.stderr)
		}
		if !strings.Contains(r.stderr, "warning") || !strings.Contains(r.stderr, tt.want) {
			t.Errorf("%s: stderr %q, want a warning about %q", tt.name, r.stderr, tt.want)
		}
	}
}
