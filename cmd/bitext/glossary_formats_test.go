package main

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bitext-ko/bitext/tm/glossary"
)

// TestGlossaryFileFormats runs align, corpus and names merge in process
// and checks the glossary file each writes by its extension and flags:
// .txt is OmegaT's source<TAB>target<TAB>comment with no header, Korean
// first unless --srclang en; .csv has no header unless --header; .tbx is
// TBX v2 <martif> unless --tbx-version 3; .tsv is bitext's own with a
// header row. Each file reads back as the same names.
func TestGlossaryFileFormats(t *testing.T) {
	dir := t.TempDir()
	beads := filepath.Join(dir, "beads.txt")
	alignTo := func(name string, flags ...string) string {
		t.Helper()
		path := filepath.Join(dir, name)
		r := runIn("", append([]string{"align", exampleEN, exampleKO, "-f", "beads", "-o", beads, "--glossary", path}, flags...)...)
		if r.code != 0 {
			t.Fatalf("align --glossary %s %q: exit %d: %s", name, flags, r.code, r.stderr)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	lines := func(s string) []string { return strings.Split(strings.TrimSuffix(s, "\n"), "\n") }
	hangulFirst := func(l string) bool {
		ko, _, _ := strings.Cut(l, "\t")
		return strings.ContainsFunc(ko, func(r rune) bool { return r >= '가' && r <= '힣' })
	}

	txt := lines(alignTo("g.txt"))
	if len(txt) < 5 || !strings.HasPrefix(txt[0], "국무부\tState Department\torganization; count: 1;") {
		t.Errorf(".txt: %q", txt)
	}
	for _, l := range txt {
		if strings.Count(l, "\t") != 2 || !hangulFirst(l) {
			t.Errorf(".txt line %q: want Korean<TAB>English<TAB>comment", l)
		}
	}
	flipped := lines(alignTo("en.txt", "--srclang", "en"))
	if len(flipped) != len(txt) || !strings.HasPrefix(flipped[0], "State Department\t국무부\torganization;") {
		t.Errorf(".txt --srclang en: %q", flipped)
	}
	for _, l := range flipped {
		if hangulFirst(l) {
			t.Errorf(".txt --srclang en: line %q has Korean first", l)
		}
	}

	for _, tc := range []struct {
		flags  []string
		header bool
		first  string
	}{
		{nil, false, "국무부,State Department,organization,1,1,"},
		{[]string{"--header"}, true, "Korean,English,Type,Count,Documents,Latin,Confidence,Press,RR,MR,DPRK,Seen,Korean context,English context"},
		{[]string{"--header", "--srclang", "en"}, true, "English,Korean,Type,Count,"},
		{[]string{"--srclang", "en"}, false, "State Department,국무부,organization,1,1,"},
	} {
		data := alignTo("g.csv", tc.flags...)
		if !strings.HasPrefix(data, tc.first) {
			t.Errorf(".csv %q starts %.80q, want %q", tc.flags, data, tc.first)
		}
		want := len(txt)
		if tc.header {
			want++
		}
		if rows, err := csv.NewReader(strings.NewReader(data)).ReadAll(); err != nil || len(rows) != want {
			t.Errorf(".csv %q: %d rows, %v; want %d", tc.flags, len(rows), err, want)
		}
	}

	if v2 := alignTo("g.tbx"); !strings.Contains(v2, `<martif type="TBX-Basic" xml:lang="ko">`) || strings.Contains(v2, "<tbx") {
		t.Errorf(".tbx is not TBX v2 by default:\n%.300s", v2)
	}
	if v2en := alignTo("en.tbx", "--srclang", "en"); !strings.Contains(v2en, `xml:lang="en">`) || strings.Index(v2en, `<langSet xml:lang="en">`) > strings.Index(v2en, `<langSet xml:lang="ko">`) {
		t.Errorf(".tbx --srclang en does not list English first:\n%.600s", v2en)
	}
	if v3 := alignTo("g3.tbx", "--tbx-version", "3"); !strings.Contains(v3, `<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="ko">`) {
		t.Errorf("--tbx-version 3:\n%.300s", v3)
	}
	if tsv := lines(alignTo("g.tsv")); tsv[0] != "Korean\tEnglish\tType\tCount\tDocuments\tLatin\tConfidence\tPress\tRR\tMR\tDPRK\tSeen\tKorean context\tEnglish context" || len(tsv) != len(txt)+1 {
		t.Errorf(".tsv: %q", tsv)
	}

	// Every file reads back as the names of the .tsv.
	read := func(name string) []glossary.Entry {
		t.Helper()
		path := filepath.Join(dir, name)
		f, err := glossary.FormatFor(path, "")
		if err != nil {
			t.Fatal(err)
		}
		in, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		defer in.Close()
		es, err := glossary.Read(in, name, f)
		if err != nil {
			t.Fatal(err)
		}
		return es
	}
	want := read("g.tsv")
	for _, name := range []string{"g.txt", "en.txt", "g.csv", "g.tbx", "en.tbx", "g3.tbx"} {
		got := read(name)
		if len(got) != len(want) {
			t.Errorf("%s: %d entries, want %d", name, len(got), len(want))
			continue
		}
		for i := range got {
			if got[i].Hangul != want[i].Hangul || got[i].Preferred() != want[i].Preferred() || got[i].Type != want[i].Type || got[i].Forms[0].Count != want[i].Forms[0].Count {
				t.Errorf("%s entry %d: %s %s %s, want %s %s %s", name, i, got[i].Hangul, got[i].Preferred(), got[i].Type, want[i].Hangul, want[i].Preferred(), want[i].Type)
			}
		}
	}

	// names merge writes the same formats, and --srclang en flips .txt.
	out := filepath.Join(dir, "merged.txt")
	if r := runIn("", "names", "merge", filepath.Join(dir, "g.tsv"), filepath.Join(dir, "en.txt"), "-o", out, "--srclang", "en"); r.code != 0 {
		t.Fatalf("names merge: exit %d: %s", r.code, r.stderr)
	}
	if data, _ := os.ReadFile(out); !strings.HasPrefix(string(data), "State Department\t국무부\torganization; count: 2; docs: 2;") {
		t.Errorf("names merge --srclang en:\n%s", data)
	}

	// A corpus run resumed from an OmegaT glossary reads it back.
	gloss := filepath.Join(dir, "corpus.txt")
	for i := 0; i < 2; i++ {
		if r := runIn("", "corpus", corpusFixtures+"dir", "--glossary", gloss, "--srclang", "en"); r.code != 0 {
			t.Fatalf("corpus run %d: exit %d: %s", i, r.code, r.stderr)
		}
	}
	if es := read("corpus.txt"); len(es) == 0 {
		t.Error("corpus --glossary corpus.txt: no entries")
	}
	if data, _ := os.ReadFile(gloss); hangulFirst(string(data)) {
		t.Errorf("corpus --srclang en: Korean first:\n%.200s", data)
	}
}

// TestGlossaryFlagMisuse: the glossary flags are usage errors (exit 2)
// with a file format they do not apply to, and nothing is written.
func TestGlossaryFlagMisuse(t *testing.T) {
	dir := t.TempDir()
	in := writeTemp(t, "in.txt", []byte("김정은\tKim Jong-un\n"))
	tests := []struct {
		args []string
		out  string
		want string
	}{
		{[]string{"align", exampleEN, exampleKO, "-o", os.DevNull, "--glossary", "OUT", "--header"}, "g.txt", "--header is for a CSV glossary, and this one is TXT"},
		{[]string{"align", exampleEN, exampleKO, "-o", os.DevNull, "--glossary", "OUT", "--header"}, "g.tbx", "--header is for a CSV glossary, and this one is TBX"},
		{[]string{"align", exampleEN, exampleKO, "-o", os.DevNull, "--glossary", "OUT", "--tbx-version", "3"}, "g.csv", "--tbx-version is for a TBX glossary, and this one is CSV"},
		{[]string{"names", "merge", in, "-o", "OUT", "--header"}, "m.tsv", "--header is for a CSV glossary, and this one is TSV"},
		{[]string{"names", "merge", in, "-o", "OUT", "--srclang", "fr"}, "m.txt", "--srclang: the source language must be ko or en"},
		{[]string{"corpus", corpusFixtures + "dir", "--glossary", "OUT", "--tbx-version", "2"}, "c.json", "--tbx-version is for a TBX glossary, and this one is JSON"},
	}
	for _, tc := range tests {
		out := filepath.Join(dir, tc.out)
		args := append([]string(nil), tc.args...)
		for i, a := range args {
			if a == "OUT" {
				args[i] = out
			}
		}
		r := runIn("", args...)
		if r.code != 2 || !strings.Contains(r.stderr, tc.want) {
			t.Errorf("%q: exit %d, want 2 and %q: %s", args, r.code, tc.want, r.stderr)
		}
		if _, err := os.Stat(out); err == nil {
			t.Errorf("%q: %s was written", args, tc.out)
		}
	}
}
