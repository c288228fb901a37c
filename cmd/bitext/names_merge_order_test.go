package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNamesMergeOrder: names merge and names diff give the same output
// whatever the order of the same files, keep each file's order (a
// translator's list is not sorted), and merge a plain two-column glossary
// with bitext's own without breaking its romanization columns.
func TestNamesMergeOrder(t *testing.T) {
	dir := t.TempDir()
	made := filepath.Join(dir, "made.tsv")
	if r := runIn("", "align", exampleEN, exampleKO, "--glossary", made, "-o", os.DevNull); r.code != 0 {
		t.Fatal(r.stderr)
	}
	plain := writeIn(t, dir, "plain.txt", "황교안\tHwang Kyo-ahn\n이낙연\tLee Nak-yon\n문재인\tMoon Jae-in\n박지원\tPark Jie-won\n워싱턴\tWashington, D.C.\n판문점\tPanmunjeom\n")
	english := writeIn(t, dir, "english.txt", "Kim Jong Un\t김정은\nMoon Jae In\t문재인\n")
	files := []string{made, plain, english}
	orders := [][]int{{0, 1, 2}, {2, 1, 0}, {1, 0, 2}, {1, 2, 0}}
	var firstMerge, firstDiff string
	for i, o := range orders {
		var in []string
		for _, j := range o {
			in = append(in, files[j])
		}
		out := filepath.Join(dir, "m.tsv")
		if r := runIn("", append(append([]string{"names", "merge"}, in...), "-o", out)...); r.code != 0 {
			t.Fatal(r.stderr)
		}
		b, _ := os.ReadFile(out)
		d := runIn("", append([]string{"names", "diff", "--format", "json"}, in...)...)
		if i == 0 {
			firstMerge, firstDiff = string(b), d.stdout
			continue
		}
		if string(b) != firstMerge {
			t.Errorf("merge in order %v:\n%s\nagainst\n%s", o, b, firstMerge)
		}
		if d.stdout != firstDiff {
			t.Errorf("diff in order %v:\n%s\nagainst\n%s", o, d.stdout, firstDiff)
		}
	}
	// The plain file's order is kept: 황교안 before 이낙연 before 문재인.
	pos := func(s string) int { return strings.Index(firstMerge, "\n"+s+"\t") }
	if !(pos("황교안") < pos("이낙연") && pos("이낙연") < pos("문재인")) {
		t.Errorf("plain file's order lost:\n%s", firstMerge)
	}
	// Romanization columns: the Korean names', made from the merged
	// entry; none for Washington, John Miller or the United States.
	rows := map[string][]string{}
	for _, line := range strings.Split(firstMerge, "\n") {
		c := strings.Split(line, "\t")
		if len(c) > 10 {
			rows[c[0]+"/"+c[1]] = c
		}
	}
	for key, want := range map[string][4]string{
		"김정은/Kim Jong Un":      {"Kim Jong-un", "Gim Jeongeun", "Kim Chŏng-ŭn", "Kim Jong Un"},
		"문재인/Moon Jae-in":      {"Moon Jae-in", "Mun Jaein", "Mun Chae-in", "Mun Jae In"},
		"박지원/Park Ji-won":      {"Park Ji-won", "Bak Jiwon", "Pak Chi-wŏn", "Pak Ji Won"},
		"판문점/Panmunjom":        {"Panmunjom", "Panmunjeom", "P'anmunjŏm", "Phanmunjŏm"},
		"워싱턴/Washington":       {"", "", "", ""},
		"워싱턴/Washington, D.C.": {"", "", "", ""},
		"존 밀러/John Miller":     {"", "", "", ""},
	} {
		c, ok := rows[key]
		if !ok {
			t.Errorf("no row %s in\n%s", key, firstMerge)
			continue
		}
		if got := [4]string{c[7], c[8], c[9], c[10]}; got != want {
			t.Errorf("%s: romanizations %q, want %q", key, got, want)
		}
	}
	// names diff reads the merge as one glossary.
	var vs []map[string]any
	if err := json.Unmarshal([]byte(firstDiff), &vs); err != nil {
		t.Fatal(err)
	}
	if len(vs) == 0 {
		t.Errorf("no variants in %s", firstDiff)
	}
}

// TestMergeTypesAndWarnings: names merge types plain rows from the table
// of established spellings when it knows the spelling with one kind (김일성
// Kim Il-sung a person, 서울 Seoul a place), and leaves other what it does
// not know; a form under two Hangul names is warned about once, not again
// for the output, in the same words whatever the order of the files.
func TestMergeTypesAndWarnings(t *testing.T) {
	dir := t.TempDir()
	a := writeIn(t, dir, "a.txt", "김일성\tKim Il-sung\tNK founder; always hyphenate\n서울\tSeoul\n김철수\tKim Chul-soo\n")
	b := writeIn(t, dir, "b.txt", "홍길동\tKim Chul-soo\n서울\tSeoul\tplace\n")
	var first string
	for _, order := range [][]string{{a, b}, {b, a}} {
		out := filepath.Join(dir, "m.tsv")
		r := runIn("", append(append([]string{"names", "merge"}, order...), "-o", out)...)
		if r.code != 0 {
			t.Fatalf("exit %d: %s", r.code, r.stderr)
		}
		if n := strings.Count(r.stderr, "Kim Chul-soo: listed under 2 Hangul names"); n != 1 {
			t.Errorf("%v: the conflict told %d times:\n%s", order, n, r.stderr)
		}
		if first == "" {
			first = r.stderr
		} else if r.stderr != first {
			t.Errorf("warnings depend on the order:\n%s\nagainst\n%s", r.stderr, first)
		}
		got := map[string]string{}
		for _, l := range strings.Split(string(mustRead(t, out)), "\n")[1:] {
			if c := strings.Split(l, "\t"); len(c) > 2 {
				got[c[0]] = c[2]
			}
		}
		want := map[string]string{"김일성": "person", "서울": "place", "김철수": "other", "홍길동": "other"}
		for h, ty := range want {
			if got[h] != ty {
				t.Errorf("%v: %s typed %q, want %q", order, h, got[h], ty)
			}
		}
	}
}
