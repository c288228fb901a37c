package glossary

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
)

// writeVariants lists the write options that change what format f
// writes, the default first.
func writeVariants(f Format) []WriteOptions {
	switch f {
	case TSV:
		return []WriteOptions{{}, {SafeCells: true}}
	case TXT:
		return []WriteOptions{{}, {EnglishSource: true}, {SafeCells: true}}
	case CSV:
		return []WriteOptions{{}, {Header: true}, {EnglishSource: true}, {Header: true, EnglishSource: true}}
	case TBX:
		return []WriteOptions{{}, {TBXVersion: 3}, {EnglishSource: true}, {TBXVersion: 3, EnglishSource: true}}
	}
	return []WriteOptions{{}}
}

func writeString(t *testing.T, es []Entry, f Format, opt WriteOptions) string {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteWith(&buf, es, f, opt); err != nil {
		t.Fatalf("%s %+v: %v", f, opt, err)
	}
	return buf.String()
}

// TestTXTLayout: OmegaT's glossary is source<TAB>target<TAB>comment, one
// line per English form, no header and no # line; Korean is the source
// unless EnglishSource; the comment has the type and fields but not the
// places seen.
func TestTXTLayout(t *testing.T) {
	for _, englishFirst := range []bool{false, true} {
		out := writeString(t, sampleEntries(), TXT, WriteOptions{EnglishSource: englishFirst})
		lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		if len(lines) != 5 {
			t.Fatalf("%d lines, want one per form and no header:\n%s", len(lines), out)
		}
		for _, l := range lines {
			c := strings.Split(l, "\t")
			if len(c) != 3 || hasHangul(c[0]) == englishFirst || hasHangul(c[1]) != englishFirst || strings.HasPrefix(l, "#") {
				t.Errorf("English first %v: not source<TAB>target<TAB>comment: %q", englishFirst, l)
			}
			if strings.Contains(c[2], "seen:") {
				t.Errorf("the comment lists places: %q", l)
			}
		}
		want := "김정은\tKim Jong-un\tperson; count: 5; docs: 2; latin: 1; confidence: 0.98; press: Kim Jong-un;"
		if englishFirst {
			want = "Kim Jong-un\t김정은\tperson; count: 5;"
		}
		if !strings.HasPrefix(lines[0], want) {
			t.Errorf("first line %q, want %q…", lines[0], want)
		}
	}
}

// TestTSVLayout: bitext's TSV has a header row and a column for every
// field, the Korean term first whatever the source language.
func TestTSVLayout(t *testing.T) {
	for _, englishFirst := range []bool{false, true} {
		out := writeString(t, sampleEntries(), TSV, WriteOptions{EnglishSource: englishFirst})
		lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		if len(lines) != 6 {
			t.Fatalf("%d lines, want a header and one per form:\n%s", len(lines), out)
		}
		if lines[0] != "Korean\tEnglish\tType\tCount\tDocuments\tLatin\tConfidence\tPress\tRR\tMR\tDPRK\tSeen\tKorean context\tEnglish context" {
			t.Errorf("header %q", lines[0])
		}
		want := "김정은\tKim Jong-un\tperson\t5\t2\t1\t0.98\tKim Jong-un\tGim Jeongeun\tKim Chŏng-ŭn\tKim Jong Un\ta:1/2 b_doc:3.1/4.0\t…김정은 위원장이 방문…\t…leader Kim Jong-un and…"
		if lines[1] != want {
			t.Errorf("first row\n%q, want\n%q", lines[1], want)
		}
	}
}

// TestCSVLayout: CSV has no header unless asked (OmegaT reads one as an
// entry); with Header the columns are named, the source first.
func TestCSVLayout(t *testing.T) {
	rows := func(opt WriteOptions) [][]string {
		r, err := csv.NewReader(strings.NewReader(writeString(t, sampleEntries(), CSV, opt))).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	plain := rows(WriteOptions{})
	if len(plain) != 5 || strings.Join(plain[0][:4], ",") != "김정은,Kim Jong-un,person,5" || len(plain[0]) != 14 {
		t.Errorf("no header: %q", plain)
	}
	withHeader := rows(WriteOptions{Header: true})
	if len(withHeader) != 6 || strings.Join(withHeader[0], ",") != "Korean,English,Type,Count,Documents,Latin,Confidence,Press,RR,MR,DPRK,Seen,Korean context,English context" {
		t.Errorf("header: %q", withHeader[:1])
	}
	flipped := rows(WriteOptions{Header: true, EnglishSource: true})
	if strings.Join(flipped[0][:3], ",") != "English,Korean,Type" || strings.Join(flipped[1][:3], ",") != "Kim Jong-un,김정은,person" {
		t.Errorf("English source: %q", flipped[:2])
	}
}

// TestReadOtherLayouts reads glossaries as other tools and earlier
// versions of bitext wrote them.
func TestReadOtherLayouts(t *testing.T) {
	tests := []struct {
		name, data string
		f          Format
		hangul     string
		want       Entry // the fields checked: type, confidence, Romanized.Press, context
		form       Form  // English, Count, Docs, Context, Seen
	}{
		{"OmegaT English→Korean", "Kim Jong-un\t김정은\tleader of North Korea\n", TXT, "김정은",
			Entry{Type: Other, Confidence: 1}, Form{English: "Kim Jong-un"}},
		{"OmegaT comment with items", "김정은\tKim Jong-un\tperson; count: 3; confidence: 0.5; press: Kim Jong-un\n", TXT, "김정은",
			Entry{Type: Person, Confidence: 0.5, Romanized: Romanized{Press: "Kim Jong-un"}}, Form{English: "Kim Jong-un", Count: 3}},
		{"OmegaT extra tabs join the comment", "김정은\tKim\tperson\tcount: 2\n", TXT, "김정은",
			Entry{Type: Person, Confidence: 1}, Form{English: "Kim", Count: 2}},
		{"bitext TSV before headers", "김정은\tKim Jong-un\tperson; count: 3; docs: 2; seen: a:1/2; confidence: 0.9\n", TSV, "김정은",
			Entry{Type: Person, Confidence: 0.9}, Form{English: "Kim Jong-un", Count: 3, Docs: 2, Seen: []Seen{{"a", "1", "2"}}}},
		{"plain two-column TSV", "Kim Jong-un\t김정은\n", TSV, "김정은",
			Entry{Type: Other, Confidence: 1}, Form{English: "Kim Jong-un"}},
		{"TSV columns in another order", "English\tCount\tKorean\tKorean context\nKim\t4\t김정은\t김정은 위원장\n", TSV, "김정은",
			Entry{Type: Other, Confidence: 1, Context: "김정은 위원장"}, Form{English: "Kim", Count: 4}},
		{"OmegaT CSV with a comment", "김정은,Kim Jong-un,\"leader, North Korea\"\n", CSV, "김정은",
			Entry{Type: Other, Confidence: 1}, Form{English: "Kim Jong-un"}},
		{"CSV English first", "Kim Jong-un,김정은,person,2\n", CSV, "김정은",
			Entry{Type: Person, Confidence: 1}, Form{English: "Kim Jong-un", Count: 2}},
		{"bitext CSV with its old header", "Korean,English,Type,Count,Documents,Latin,Confidence\n김정은,Kim,person,5,2,,0.75\n", CSV, "김정은",
			Entry{Type: Person, Confidence: 0.75}, Form{English: "Kim", Count: 5, Docs: 2}},
		{"memoQ-style header", "English term,Korean term,Note\nKim,김정은,place\n", CSV, "김정은",
			Entry{Type: Place, Confidence: 1}, Form{English: "Kim"}},
	}
	for _, tc := range tests {
		es, err := Read(strings.NewReader(tc.data), "x", tc.f)
		if err != nil || len(es) != 1 || len(es[0].Forms) != 1 {
			t.Errorf("%s: %+v, %v", tc.name, es, err)
			continue
		}
		e, f := es[0], es[0].Forms[0]
		if e.Hangul != tc.hangul || e.Type != tc.want.Type || e.Confidence != tc.want.Confidence || e.Context != tc.want.Context ||
			(tc.want.Romanized.Press != "" && e.Romanized.Press != tc.want.Romanized.Press) {
			t.Errorf("%s: entry %+v, want %s %+v", tc.name, e, tc.hangul, tc.want)
		}
		if f.English != tc.form.English || f.Count != tc.form.Count || f.Docs != tc.form.Docs || len(f.Seen) != len(tc.form.Seen) {
			t.Errorf("%s: form %+v, want %+v", tc.name, f, tc.form)
		}
	}
}
