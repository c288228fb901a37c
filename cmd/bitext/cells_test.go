package main

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bitext-ko/bitext/align/render/cell"
)

// A pair whose paragraphs start with a formula and a Korean bullet ("- ").
const (
	hostileEN = "=HYPERLINK(\"http://evil.example\",\"x\") Kim Jong-un met Moon Jae-in in Pyongyang on Tuesday.\n\n- Kim Jong-un said the talks with Moon Jae-in went well.\n"
	hostileKO = "=HYPERLINK 김정은 국무위원장은 화요일 평양에서 문재인 대통령을 만났다.\n\n- 김정은 위원장은 문재인 대통령과의 회담이 잘 진행됐다고 말했다.\n"
	// hostileGlossary is an OmegaT glossary with forms a spreadsheet runs.
	hostileGlossary = "김정은\tKim Jong-un\tperson; count: 3\n김정은\t=Kim Jong-un\tperson; count: 1\n김정은\t-Kim Jong Un\tperson; count: 1\n문재인\t@Moon Jae-in\tperson; count: 1\n"
	hostileTMXFile  = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="ko-KR" datatype="plaintext"/>
<body><tu tuid="=1"><tuv xml:lang="ko-KR"><seg>- 북한은 미사일을 발사했다.</seg></tuv><tuv xml:lang="en-US"><seg>+82 North Korea fired a missile.</seg></tuv></tu></body></tmx>`
)

func hostilePair(t *testing.T, dir string) (en, ko string) {
	t.Helper()
	en, ko = filepath.Join(dir, "h.en.txt"), filepath.Join(dir, "h.ko.txt")
	for path, text := range map[string]string{en: hostileEN, ko: hostileKO} {
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return en, ko
}

func formulaCell(s string) bool { return s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) }

func tsvCells(s string) [][]string {
	var rows [][]string
	for _, l := range strings.Split(strings.TrimSuffix(s, "\n"), "\n") {
		rows = append(rows, strings.Split(l, "\t"))
	}
	return rows
}

// TestSafeCells runs every command that writes TSV without and with
// --safe-cells: raw, the hostile cells are written as they are; with the
// flag no cell starts with a formula character, and each cell is the raw
// one, with a leading ' where cell.Neutralize puts one.
func TestSafeCells(t *testing.T) {
	dir := t.TempDir()
	en, ko := hostilePair(t, dir)
	gloss := writeTemp(t, "g.tsv", []byte(hostileGlossary))
	tmxFile := writeTemp(t, "h.tmx", []byte(hostileTMXFile))
	corpusDir := filepath.Join(dir, "corpus")
	if err := os.Mkdir(corpusDir, 0o755); err != nil {
		t.Fatal(err)
	}
	hostilePair(t, corpusDir)
	out := filepath.Join(dir, "out.tsv")
	tests := []struct {
		name    string
		stdin   string
		args    []string
		file    string // the output, if not standard output
		hostile bool   // the raw output has cells a spreadsheet runs
	}{
		{"align tsv", "", []string{"align", "-f", "tsv", en, ko}, "", true},
		{"align glossary", "", []string{"align", "-f", "beads", en, ko, "--glossary", out}, out, true},
		{"names match", "-Kim Jong-un\n=1+1\n@Moon Jae-in\nMoon Jae-in\n", []string{"names", "match", "--ko", "../../testdata/names/ko_names.txt"}, "", true},
		{"names extract", "", []string{"names", "extract", "-f", "tsv", en}, "", false},
		{"names diff", "", []string{"names", "diff", "-f", "tsv", gloss}, "", true},
		{"names merge", "", []string{"names", "merge", gloss, "-o", out}, out, true},
		{"tmx cat", "", []string{"tmx", "cat", tmxFile}, "", true},
		{"corpus", "", []string{"corpus", corpusDir, "--glossary", out, "--force"}, out, true},
	}
	for _, tc := range tests {
		outputs := map[bool]string{}
		for _, safe := range []bool{false, true} {
			args := tc.args
			if safe {
				args = append(append([]string(nil), args...), "--safe-cells")
			}
			r := runIn(tc.stdin, args...)
			if r.code != 0 {
				t.Fatalf("%s (safe %v): exit %d: %s", tc.name, safe, r.code, r.stderr)
			}
			outputs[safe] = r.stdout
			if tc.file != "" {
				data, err := os.ReadFile(tc.file)
				if err != nil {
					t.Fatal(err)
				}
				outputs[safe] = string(data)
			}
		}
		raw, safe := tsvCells(outputs[false]), tsvCells(outputs[true])
		if len(raw) != len(safe) || len(raw) < 2 {
			t.Errorf("%s: %d raw rows, %d safe rows", tc.name, len(raw), len(safe))
			continue
		}
		sawHostile := false
		for i := range raw {
			if len(raw[i]) != len(safe[i]) {
				t.Errorf("%s: row %d: %q against %q", tc.name, i, raw[i], safe[i])
				continue
			}
			for j, c := range safe[i] {
				sawHostile = sawHostile || formulaCell(raw[i][j])
				if formulaCell(c) || c != cell.Neutralize(raw[i][j]) {
					t.Errorf("%s: safe cell %q for raw %q", tc.name, c, raw[i][j])
				}
			}
		}
		if sawHostile != tc.hostile {
			t.Errorf("%s: raw output has cells a spreadsheet runs: %v, want %v\n%s", tc.name, sawHostile, tc.hostile, outputs[false])
		}
	}
}

// TestCSVGlossaryNeutralized: a CSV glossary never has a cell a
// spreadsheet runs, and bitext reads its cells back as they were: names
// merge to JSON gives the original contexts, and a corpus run resumed from
// a CSV glossary keeps one quote (it does not quote the quote).
func TestCSVGlossaryNeutralized(t *testing.T) {
	dir := t.TempDir()
	en, ko := hostilePair(t, dir)
	csvPath := filepath.Join(dir, "g.csv")
	if r := runIn("", "align", "-f", "beads", en, ko, "--glossary", csvPath); r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	checkCSV := func(path string) [][]string {
		t.Helper()
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		rows, err := csv.NewReader(f).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		quoted := 0
		for _, row := range rows {
			for _, c := range row {
				if formulaCell(c) || strings.HasPrefix(c, "''") {
					t.Errorf("%s: cell %q", path, c)
				}
				if strings.HasPrefix(c, "'=HYPERLINK 김정은") {
					quoted++
				}
			}
		}
		if quoted == 0 {
			t.Errorf("%s: no neutralized Korean context:\n%q", path, rows)
		}
		return rows
	}
	first := checkCSV(csvPath)

	jsonPath := filepath.Join(dir, "g.json")
	if r := runIn("", "names", "merge", csvPath, "-o", jsonPath); r.code != 0 {
		t.Fatalf("merge: exit %d: %s", r.code, r.stderr)
	}
	data, err := os.ReadFile(jsonPath)
	if err != nil {
		t.Fatal(err)
	}
	var g struct {
		Entries []struct{ Hangul, Context string }
	}
	if err := json.Unmarshal(data, &g); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, e := range g.Entries {
		if strings.HasPrefix(e.Context, "'") {
			t.Errorf("%s: context %q kept the quote", e.Hangul, e.Context)
		}
		found = found || strings.HasPrefix(e.Context, "=HYPERLINK 김정은")
	}
	if !found {
		t.Errorf("no original context in %s", data)
	}

	// A corpus run, then a resumed one with one more pair: the resumed
	// glossary reads the first run's cells back as they were.
	corpusDir := filepath.Join(dir, "corpus")
	if err := os.Mkdir(corpusDir, 0o755); err != nil {
		t.Fatal(err)
	}
	hostilePair(t, corpusDir)
	out := filepath.Join(dir, "c.csv")
	if r := runIn("", "corpus", corpusDir, "--glossary", out); r.code != 0 {
		t.Fatalf("corpus: exit %d: %s", r.code, r.stderr)
	}
	before := checkCSV(out)
	for _, f := range []string{exampleEN, exampleKO} {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(corpusDir, filepath.Base(f)), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	r := runIn("", "corpus", corpusDir, "--glossary", out)
	if r.code != 0 || !strings.Contains(r.stderr, "1 resumed") {
		t.Fatalf("resumed corpus: exit %d: %s", r.code, r.stderr)
	}
	after := checkCSV(out)
	rowOf := func(rows [][]string, hangul string) []string {
		for _, row := range rows {
			if row[0] == hangul {
				return row
			}
		}
		return nil
	}
	if b, a := rowOf(before, "평양"), rowOf(after, "평양"); b == nil || a == nil || b[12] != a[12] {
		t.Errorf("the Korean context of 평양 changed on resuming: %q, then %q", b, a)
	}
	if len(first) < 2 {
		t.Errorf("align's glossary has %d rows", len(first))
	}
}
