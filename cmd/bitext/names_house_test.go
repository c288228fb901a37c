package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/bitext-ko/bitext/tm/review"
)

// writeIn writes a file in dir and returns its path.
func writeIn(t *testing.T, dir, name, data string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// rewrittenForeign are the forms issue 13 saw normalize write for
// foreign names; none may appear in a normalized text.
var rewrittenForeign = regexp.MustCompile(`Wosingteon|Wŏsingt|Reosia|Rŏsia|Kenteoki|Ruijiaena|Maesachusecheu|Seuteokholleum|Seutokholleum|Monggol|Beteunam|Jon Milleo|Sillikon|Singgaporeu|Weseuteu`)

// TestNormalizeLeavesForeignNames reproduces issue 13 in process: a
// glossary written by bitext align --glossary, then names normalize with
// it, in press style and alone. Only Korean names may change; a text
// with none comes back byte for byte, and --write leaves its file as it
// was.
func TestNormalizeLeavesForeignNames(t *testing.T) {
	type doc struct{ name, en, ko string }
	docs := []doc{{"summit", exampleEN, exampleKO}}
	for _, d := range []string{"test-en-news_newsweek.63908", "test-en-news_rt.com.54499"} {
		base := "../../../shared/corpus/dev/news/" + d
		if _, err := os.Stat(base + ".en.txt"); err == nil {
			docs = append(docs, doc{d, base + ".en.txt", base + ".ko.txt"})
		} else {
			t.Logf("skipping %s: the development corpus is absent", d)
		}
	}
	for _, d := range docs {
		dir := t.TempDir()
		g := filepath.Join(dir, "g.tsv")
		if r := runIn("", "align", d.en, d.ko, "--glossary", g, "-o", os.DevNull); r.code != 0 {
			t.Fatalf("%s: align: exit %d %s", d.name, r.code, r.stderr)
		}
		data, err := os.ReadFile(d.en)
		if err != nil {
			t.Fatal(err)
		}
		for _, args := range [][]string{
			{"--style", "press", "--glossary", g},
			{"--style", "press", "--house", g},
			{"--house", g},
			{"--style", "press"},
			{"--style", "rr", "--house", g}, // Korean names change, as RR writes them
		} {
			r := runIn("", append(append([]string{"names", "normalize"}, args...), d.en)...)
			if r.code != 0 {
				t.Fatalf("%s %v: exit %d %s", d.name, args, r.code, r.stderr)
			}
			if m := rewrittenForeign.FindString(r.stdout); m != "" {
				t.Errorf("%s %v: a foreign name rewritten as %q", d.name, args, m)
			}
			// These texts name Korean people only as the glossary and
			// the table spell them.
			if args[1] != "rr" && r.stdout != string(data) {
				diff := runIn("", append(append([]string{"names", "normalize", "--diff"}, args...), d.en)...)
				t.Errorf("%s %v: the text changed:\n%s", d.name, args, diff.stdout)
			}
		}
		// --write leaves the file as it was.
		f := writeIn(t, dir, "article.en.txt", string(data))
		r := runIn("", "names", "normalize", "--style", "press", "--house", g, "--write", f)
		if b, _ := os.ReadFile(f); r.code != 0 || string(b) != string(data) || !strings.Contains(r.stdout, "no names to change") {
			t.Errorf("%s --write: exit %d %q %s", d.name, r.code, r.stdout, r.stderr)
		}
	}
}

// TestNormalizeOutputs: standard output (or -o) is the rewritten text,
// --diff shows the changes instead, --write applies them in place and
// shows them; standard error says which established spelling applied.
func TestNormalizeOutputs(t *testing.T) {
	dir := t.TempDir()
	text := "Kim Il Sung met officials in Washington.\nKIM IL SUNG, the founder, and Ban Ki Moon.\n"
	want := "Kim Il-sung met officials in Washington.\nKIM IL-SUNG, the founder, and Ban Ki-moon.\n"
	f := writeIn(t, dir, "a.en.txt", text)
	r := runIn("", "names", "normalize", "--style", "press", f)
	if r.code != 0 || r.stdout != want {
		t.Errorf("stdout: exit %d %q %s", r.code, r.stdout, r.stderr)
	}
	for _, w := range []string{
		"Kim Il Sung, KIM IL SUNG → Kim Il-sung (2×): established spelling 김일성 → Kim Il-sung (person: founder of North Korea",
		"; wire; spellings.tsv:",
		"Ban Ki Moon → Ban Ki-moon (1×): established spelling 반기문 → Ban Ki-moon (person: UN secretary-general",
	} {
		if !strings.Contains(r.stderr, w) {
			t.Errorf("stderr lacks %q:\n%s", w, r.stderr)
		}
	}
	out := filepath.Join(dir, "out.txt")
	if r := runIn("", "names", "normalize", "--style", "press", f, "-o", out); r.code != 0 || r.stdout != "" {
		t.Errorf("-o: exit %d %q", r.code, r.stdout)
	}
	if b, _ := os.ReadFile(out); string(b) != want {
		t.Errorf("-o wrote %q", b)
	}
	r = runIn("", "names", "normalize", "--style", "press", "--diff", f)
	wantDiff := "1: [Kim Il Sung → Kim Il-sung] met officials in Washington.\n2: [KIM IL SUNG → KIM IL-SUNG], the founder, and [Ban Ki Moon → Ban Ki-moon].\n"
	if r.code != 0 || r.stdout != wantDiff {
		t.Errorf("--diff: exit %d\n%q\nwant\n%q", r.code, r.stdout, wantDiff)
	}
	if b, _ := os.ReadFile(f); string(b) != text {
		t.Error("the file changed without --write")
	}
	r = runIn("", "names", "normalize", "--style", "press", "--write", f)
	if b, _ := os.ReadFile(f); r.code != 0 || string(b) != want || r.stdout != wantDiff || !strings.Contains(r.stderr, "3 name(s) rewritten") {
		t.Errorf("--write: exit %d %q %q %s", r.code, b, r.stdout, r.stderr)
	}
	// No temporary file is left beside it.
	if es, _ := os.ReadDir(dir); len(es) != 2 {
		t.Errorf("files left in %s: %v", dir, es)
	}
}

// TestPressEstablishedCLI: press style consults the table of established
// spellings first, in romanize, names diff and names normalize alike.
func TestPressEstablishedCLI(t *testing.T) {
	r := runIn("", "romanize", "--style", "press", "--name", "김일성", "노무현", "반기문", "조윤제")
	if r.code != 0 || r.stdout != "Kim Il-sung Roh Moo-hyun Ban Ki-moon Cho Yoon-je\n" {
		t.Errorf("romanize: exit %d %q %s", r.code, r.stdout, r.stderr)
	}
	if r := runIn("부산 한강\n", "romanize", "--style", "press", "--place"); r.stdout != "Busan Han River\n" {
		t.Errorf("romanize --place: %q", r.stdout)
	}
	dir := t.TempDir()
	// A glossary as bitext writes one, with the correct spellings.
	g := writeIn(t, dir, "g.txt", "김일성\tKim Il-sung\tperson; count: 3\n노무현\tRoh Moo-hyun\tperson; count: 2\n반기문\tBan Ki-moon\tperson; count: 1\n조윤제\tCho Yoon-je\tperson; count: 1\n")
	r = runIn("", "names", "diff", "--style", "press", g)
	if r.code != 0 || r.stdout != "no differences\n" {
		t.Errorf("names diff flags established spellings: exit %d\n%s", r.code, r.stdout)
	}
	// A variant is judged against the established spelling, which is
	// named.
	g2 := writeIn(t, dir, "g2.txt", "김일성\tKim Il-sung\tperson; count: 3\n김일성\tKim Il-seong\tperson; count: 1\n")
	r = runIn("", "names", "diff", "--style", "press", g2)
	if r.code != 0 || !strings.Contains(r.stdout, "김일성  Kim Il-sung  (press)\n  established: 김일성 → Kim Il-sung (person: founder of North Korea") ||
		!strings.Contains(r.stdout, "  Kim Il-seong → Kim Il-sung   spelling: eo→u") {
		t.Errorf("exit %d\n%s", r.code, r.stdout)
	}
	// normalize keeps Cho Yoon-je, with the glossary or without.
	text := "Ambassador Cho Yoon-je spoke.\n"
	f := writeIn(t, dir, "a.en.txt", text)
	for _, args := range [][]string{{"--style", "press", "--glossary", g}, {"--style", "press"}} {
		if r := runIn("", append(append([]string{"names", "normalize"}, args...), f)...); r.code != 0 || r.stdout != text {
			t.Errorf("%v: exit %d %q %s", args, r.code, r.stdout, r.stderr)
		}
	}
}

// TestHouseFormats: --house reads a newsroom's list in every glossary
// format and puts it over the table, for romanize, names diff and names
// normalize alike.
func TestHouseFormats(t *testing.T) {
	dir := t.TempDir()
	txt := writeIn(t, dir, "house.txt", "김정은\tKim Jong Un\n부산\tPusan\n")
	houses := []string{
		txt,
		writeIn(t, dir, "house.csv", "Korean,English\n김정은,Kim Jong Un\n부산,Pusan\n"),
		writeIn(t, dir, "house.json", `{"entries": [{"hangul": "김정은", "forms": [{"english": "Kim Jong Un"}]}, {"hangul": "부산", "forms": [{"english": "Pusan"}]}]}`),
		writeIn(t, dir, "house.tsv", "Kim Jong Un\t김정은\nPusan\t부산\n"),
		// The table's own format: a header row, comments.
		writeIn(t, dir, "spellings.tsv", "# our list\nhangul\tenglish\tkind\tsource\twho\talso\n김정은\tKim Jong Un\tperson\town\tleader\t\n부산\tPusan\tplace\town\tcity\t\n"),
	}
	for _, ext := range []string{"tbx", "csv"} {
		out := filepath.Join(dir, "merged-house."+ext)
		if r := runIn("", "names", "merge", txt, "-o", out); r.code != 0 {
			t.Fatalf("merge to %s: %s", ext, r.stderr)
		}
		houses = append(houses, out)
	}
	text := "Kim Jong-un visited Busan.\n"
	f := writeIn(t, dir, "a.en.txt", text)
	g := writeIn(t, dir, "g.txt", "김정은\tKim Jong-un\n")
	for _, h := range houses {
		name := filepath.Base(h)
		if r := runIn("", "romanize", "--style", "press", "--name", "--house", h, "김정은", "김일성"); r.code != 0 || r.stdout != "Kim Jong Un Kim Il-sung\n" {
			t.Errorf("%s: romanize: exit %d %q %s", name, r.code, r.stdout, r.stderr)
		}
		if r := runIn("", "romanize", "--style", "press", "--place", "--house", h, "부산"); r.stdout != "Pusan\n" {
			t.Errorf("%s: romanize --place: %q %s", name, r.stdout, r.stderr)
		}
		r := runIn("", "names", "normalize", "--style", "press", "--house", h, f)
		if r.code != 0 || r.stdout != "Kim Jong Un visited Pusan.\n" || !strings.Contains(r.stderr, "house; "+h+":") {
			t.Errorf("%s: normalize: exit %d %q %s", name, r.code, r.stdout, r.stderr)
		}
		r = runIn("", "names", "diff", "--house", h, "--format", "tsv", g)
		if r.code != 0 || !strings.Contains(r.stdout, "김정은\tKim Jong Un\thouse\tKim Jong-un\tformatting") {
			t.Errorf("%s: diff: exit %d %q %s", name, r.code, r.stdout, r.stderr)
		}
	}
	// A house list in a file bitext cannot read is refused, naming it.
	bad := writeIn(t, dir, "bad.csv", "just one column\n")
	if r := runIn("", "romanize", "--style", "press", "--name", "--house", bad, "김정은"); r.code != 1 || !strings.Contains(r.stderr, "bad.csv") {
		t.Errorf("bad house list: exit %d %s", r.code, r.stderr)
	}
}

// TestNamesDiffExitCode: --exit-code exits 1 when a variant differs from
// the form it should have, and 0 when none does.
func TestNamesDiffExitCode(t *testing.T) {
	dir := t.TempDir()
	same := writeIn(t, dir, "same.txt", "김정은\tKim Jong-un\n")
	differs := writeIn(t, dir, "differs.txt", "김정은\tKim Jong-un\n김정은\tKim Jong Un\n")
	house := writeIn(t, dir, "house.txt", "김정은\tKim Jong Un\n")
	tests := []struct {
		args []string
		code int
	}{
		{[]string{same}, 0},
		{[]string{differs}, 1},
		{[]string{"--style", "press", same}, 0},
		{[]string{"--house", house, same}, 1},
		{[]string{"--house", house, "--format", "json", same}, 1},
		{[]string{"--house", same, same}, 0},
	}
	for _, tc := range tests {
		args := append([]string{"names", "diff", "--exit-code"}, tc.args...)
		r := runIn("", args...)
		if r.code != tc.code {
			t.Errorf("%v: exit %d, want %d: %s", tc.args, r.code, tc.code, r.stderr)
		}
		if tc.code == 1 && (!strings.Contains(r.stderr, "differ") || r.stdout == "") {
			t.Errorf("%v: stdout %q stderr %q", tc.args, r.stdout, r.stderr)
		}
		// Without --exit-code, differences are no failure.
		if r := runIn("", append([]string{"names", "diff"}, tc.args...)...); r.code != 0 {
			t.Errorf("%v without --exit-code: exit %d", tc.args, r.code)
		}
	}
}

// TestNamesDiffPlain: names diff prints each variant plainly beside the
// form it should be, with a caret line, and no [-…-]{+…+} markers or
// colour when not on a terminal, NO_COLOR or not.
func TestNamesDiffPlain(t *testing.T) {
	g := writeIn(t, t.TempDir(), "g.tsv", variantsTSV)
	for _, env := range []string{"", "1"} {
		t.Setenv("NO_COLOR", env)
		r := runIn("", "names", "diff", g)
		want := "김영철  Kim Yong-chol  (most frequent, 5×)\n" +
			"  Kim Yong Chol → Kim Yong-chol   formatting: space→hyphen, C→c  2× in 1 doc(s)\n" +
			"          ^^              ^^\n"
		if r.code != 0 || r.stdout != want {
			t.Errorf("NO_COLOR=%q:\n%s\nwant\n%s", env, r.stdout, want)
		}
		if strings.ContainsAny(r.stdout, "[]{}\x1b") {
			t.Errorf("markers or colour: %q", r.stdout)
		}
	}
	r := runIn("", "names", "diff", g, "--format", "tsv")
	if !strings.Contains(r.stdout, "\tformatting\t2\t1\tspace→hyphen, C→c\t") {
		t.Errorf("tsv: %s", r.stdout)
	}
}

// TestNamesDiffEstablished: under --style press, a form the spelling
// table gives as another established spelling of the name (its also
// column: AP's Kim Jong Un, own usage Jay Y. Lee) is no variant, so
// --exit-code passes; a form the table does not give still differs. In
// JSON the diff turns the variant into the form it should be, as the
// text describes it.
func TestNamesDiffEstablished(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		rows    string
		code    int
		variant string // the variant listed, "" for none
	}{
		{"이재용\tJay Y. Lee\n", 0, ""},
		{"최경주\tK.J. Choi\n", 0, ""},
		{"김연아\tYuna Kim\n", 0, ""},
		{"김연아\tKim Yu-na\n", 0, ""},
		{"김정은\tKim Jong Un\n김정은\tKim Jong-un\n", 0, ""},
		{"김정은\tKim Jong-eun\n", 1, "Kim Jong-eun"},
		{"이재용\tLee Jae-young\n", 1, "Lee Jae-young"},
		{"김일성\tKim Il-seong\n", 1, "Kim Il-seong"},
	}
	for i, tc := range tests {
		f := writeIn(t, dir, fmt.Sprintf("g%d.txt", i), tc.rows)
		r := runIn("", "names", "diff", "--style", "press", "--exit-code", f)
		if r.code != tc.code {
			t.Errorf("%q: exit %d, want %d\n%s%s", tc.rows, r.code, tc.code, r.stdout, r.stderr)
		}
		if tc.variant == "" && r.stdout != "no differences\n" || tc.variant != "" && !strings.Contains(r.stdout, "  "+tc.variant+" → ") {
			t.Errorf("%q: listed\n%s", tc.rows, r.stdout)
		}
	}
	f := writeIn(t, dir, "j.txt", "김정은\tKim Jong-un\n김정은\tKim Jong Un\n")
	r := runIn("", "names", "diff", "--format", "json", f)
	var vs []review.Variant
	if err := json.Unmarshal([]byte(r.stdout), &vs); err != nil || len(vs) != 1 {
		t.Fatalf("json: %v %s", err, r.stdout)
	}
	var del, ins string
	for _, o := range vs[0].Diff {
		switch o.Kind {
		case review.Delete:
			del += o.Text
		case review.Insert:
			ins += o.Text
		}
	}
	if vs[0].English != "Kim Jong Un" || del != " U" || ins != "-u" {
		t.Errorf("json diff of %s against %s: deletes %q, inserts %q, want \" U\" and \"-u\"", vs[0].English, vs[0].Reference, del, ins)
	}
}

// TestNormalizeReportsEveryRewrite: names normalize says on standard
// error which entry each rewrite applied — the built-in table's (with
// spellings.tsv and its line) when press style reaches it through the
// romanization systems (Kim Il-seong), and the house list's, with the
// list's file and line, with or without --style.
func TestNormalizeReportsEveryRewrite(t *testing.T) {
	dir := t.TempDir()
	house := writeIn(t, dir, "house.txt", "# our list\n김일성\tKim Il Sung\n반기문\tBan Ki-moon\n")
	text := writeIn(t, dir, "h.txt", "Kim Il-seong met Ban Gi-mun.\nKim Il-sung and Ban Ki Moon.\n")
	tests := []struct {
		args []string
		want []string // report lines, in order
	}{
		{[]string{"--style", "press"}, []string{
			`Kim Il-seong → Kim Il-sung (1×): established spelling 김일성 → Kim Il-sung (person: `,
			`Ban Gi-mun, Ban Ki Moon → Ban Ki-moon (2×): established spelling 반기문 → Ban Ki-moon (person: `,
		}},
		{[]string{"--style", "press", "--house", house}, []string{
			"Kim Il-seong, Kim Il-sung → Kim Il Sung (2×): established spelling 김일성 → Kim Il Sung (house; " + house + ":2)",
			"Ban Gi-mun, Ban Ki Moon → Ban Ki-moon (2×): established spelling 반기문 → Ban Ki-moon (house; " + house + ":3)",
		}},
		{[]string{"--house", house}, []string{
			"Ban Gi-mun, Ban Ki Moon → Ban Ki-moon (2×): established spelling 반기문 → Ban Ki-moon (house; " + house + ":3)",
			"Kim Il-sung → Kim Il Sung (1×): established spelling 김일성 → Kim Il Sung (house; " + house + ":2)",
		}},
		{[]string{"--style", "mr"}, []string{
			"Kim Il-seong, Kim Il-sung → Kim Il-sŏng (2×): no established spelling; the mr romanization of 김일성",
			"Ban Gi-mun, Ban Ki Moon → Pan Ki-mun (2×): no established spelling; the mr romanization of 반기문",
		}},
	}
	for _, tc := range tests {
		r := runIn("", append(append([]string{"names", "normalize", "--diff"}, tc.args...), text)...)
		if r.code != 0 {
			t.Fatalf("%v: exit %d: %s", tc.args, r.code, r.stderr)
		}
		var reports []string
		for _, l := range strings.Split(r.stderr, "\n") {
			if l, ok := strings.CutPrefix(l, "bitext: "+text+": "); ok && !strings.HasPrefix(l, "warning:") {
				reports = append(reports, l)
			}
		}
		ok := len(reports) == len(tc.want)
		for i := 0; ok && i < len(reports); i++ {
			ok = strings.HasPrefix(reports[i], tc.want[i])
		}
		if !ok {
			t.Errorf("%v: reports\n%s\nwant\n%s", tc.args, strings.Join(reports, "\n"), strings.Join(tc.want, "\n"))
		}
	}
}

// TestNormalizeWarnings: ordinary press spellings that no romanization
// system writes (a person's own: Kim Han-soo, Hwang Woo-suk, Oh Young-ha,
// BAE KYUNG-SANG) are left alone in press style without a warning, and put
// in the press layout when only that differs (Hwang Joon Bum); in another
// style the warning says why, truthfully. A foreign name that a bitext
// glossary given as --house lists under two Hangul names is never
// rewritten, and is not warned about; a Korean one still is.
func TestNormalizeWarnings(t *testing.T) {
	dir := t.TempDir()
	text := writeIn(t, dir, "a.txt", "Kim Han-soo met Hwang Woo-suk, Oh Young-ha and BAE KYUNG-SANG.\nHwang Joon Bum spoke to Elizabeth Warren.\n")
	house := writeIn(t, dir, "g.txt", "엘리자베스 워런\tElizabeth Warren\tperson\n워렌\tElizabeth Warren\tperson\n김정은\tKim Jong-un\tperson\n김종은\tKim Jong-un\tperson\n")
	tests := []struct {
		args     []string
		diff     string
		warnings []string // names warned about
	}{
		{[]string{"--style", "press"}, "2: [Hwang Joon Bum → Hwang Joon-bum] spoke to Elizabeth Warren.\n", nil},
		{[]string{"--style", "press", "--house", house}, "2: [Hwang Joon Bum → Hwang Joon-bum] spoke to Elizabeth Warren.\n", nil},
		{[]string{"--house", house}, "a.txt: no names to change\n", nil},
		{[]string{"--style", "rr"}, "a.txt: no names to change (5 left alone: see the warnings)\n",
			[]string{"Kim Han-soo", "Hwang Woo-suk", "Oh Young-ha", "BAE KYUNG-SANG", "Hwang Joon Bum"}},
	}
	for _, tc := range tests {
		r := runIn("", append(append([]string{"names", "normalize", "--diff"}, tc.args...), text)...)
		var warned []string
		for _, l := range strings.Split(r.stderr, "\n") {
			if _, w, ok := strings.Cut(l, ": warning: \""); ok {
				name, _, _ := strings.Cut(w, "\"")
				warned = append(warned, name)
				if !strings.Contains(l, "as a person spells their own name") {
					t.Errorf("%v: %s", tc.args, l)
				}
			}
		}
		if r.code != 0 || !strings.HasSuffix(r.stdout, tc.diff) || strings.Join(warned, "|") != strings.Join(tc.warnings, "|") {
			t.Errorf("%v: exit %d\n%s%s\nwant %q, warnings %v", tc.args, r.code, r.stdout, r.stderr, tc.diff, tc.warnings)
		}
	}
	// A Korean name listed under two Hangul names is still warned about.
	k := writeIn(t, dir, "k.txt", "Kim Jong-un spoke.\n")
	if r := runIn("", "names", "normalize", "--house", house, "--diff", k); !strings.Contains(r.stderr, `"Kim Jong-un" left alone: `+house+` gives it to 김정은, 김종은`) {
		t.Errorf("Korean namesakes: %s", r.stderr)
	}
}
