package glossary

import (
	"bytes"
	"strings"
	"testing"
)

// TestTBXEntriesWithoutTerms: a concept with no Korean and no English term
// names nothing and is skipped, so what the reader accepts writes and
// reads back; a concept with terms on one side only is an error naming
// the file and the concept's line and column.
func TestTBXEntriesWithoutTerms(t *testing.T) {
	const kim = `<termEntry><langSet xml:lang="ko"><tig><term>김정은</term></tig></langSet><langSet xml:lang="en"><tig><term>Kim Jong-un</term></tig></langSet></termEntry>`
	tests := []struct {
		name, body string
		want       int    // entries
		err        string // or an error
	}{
		{"no terms (fuzz)", `<termEntry></termEntry>`, 0, ""},
		{"empty terms", `<termEntry><langSet xml:lang="ko"><tig><term> </term></tig></langSet><langSet xml:lang="en"><tig><term/></tig></langSet></termEntry>`, 0, ""},
		{"other languages only", `<termEntry><langSet xml:lang="ja"><tig><term>金正恩</term></tig></langSet></termEntry>`, 0, ""},
		{"empty beside a name", "<termEntry/>\n" + kim, 1, ""},
		{"Korean only", "\n<termEntry><langSet xml:lang=\"ko\"><tig><term>김정은</term></tig></langSet></termEntry>", 0, "a.tbx: line 2, column 1: no English term"},
		{"English only", "\n\n<termEntry><langSet xml:lang=\"en\"><tig><term>Kim</term></tig></langSet></termEntry>", 0, "a.tbx: line 3, column 1: no Korean term"},
		{"empty English beside Korean", `<termEntry><langSet xml:lang="ko"><tig><term>김정은</term></tig></langSet><langSet xml:lang="en"><tig><term/></tig></langSet></termEntry>`, 0, "an empty English term"},
	}
	for _, tc := range tests {
		data := []byte("<martif><text><body>" + tc.body + "</body></text></martif>")
		es, err := Read(bytes.NewReader(data), "a.tbx", TBX)
		if tc.err != "" {
			if err == nil || !strings.HasPrefix(err.Error(), tc.err) && !strings.Contains(err.Error(), tc.err) {
				t.Errorf("%s: %+v, error %v; want %q", tc.name, es, err, tc.err)
			}
			continue
		}
		if err != nil || len(es) != tc.want {
			t.Errorf("%s: %d entries, error %v; want %d", tc.name, len(es), err, tc.want)
			continue
		}
		var buf bytes.Buffer
		if err := Write(&buf, es, TBX); err != nil {
			t.Fatal(err)
		}
		again, err := Read(bytes.NewReader(buf.Bytes()), "again.tbx", TBX)
		if err != nil || len(again) != len(es) {
			t.Errorf("%s: written and read back: %d entries, %v\n%s", tc.name, len(again), err, buf.String())
		}
	}
}

// TestEmptyTerms: a row or entry with an empty Korean or English term is
// an error naming the file and the cell (the entry in JSON), in every
// format; no entry is read
// with no English form.
func TestEmptyTerms(t *testing.T) {
	tests := []struct {
		name, data string
		f          Format
		want       string
	}{
		{"a.tsv", "김정은\t\tperson\n", TSV, "a.tsv: line 1, column 5: no English term for 김정은"},
		{"a.tsv", "리용호\tRi Yong Ho\n김정은\t \n", TSV, "a.tsv: line 2, column 5: no English term"},
		{"a.tsv", "김정은\t\n", TSV, "a.tsv: line 1, column 5: no English term"},
		{"a.tsv", "\tKim Jong-un\tperson\n", TSV, `a.tsv: line 1, column 1: no Korean term for "Kim Jong-un"`},
		{"a.tsv", " #김정은\tKim\n", TSV, "a.tsv: line 1, column 1: the term \"#김정은\" starts with #"},
		{"a.csv", "Korean,English\n김정은,\n", CSV, "a.csv: line 2, column 5: no English term"},
		{"a.csv", "Korean,English,Type\n,Kim,person\n", CSV, "a.csv: line 2, column 1: no Korean term"},
		{"a.json", `[{"hangul": "김정은", "forms": []}]`, JSON, "a.json: line 1, column 2: entry 1 (김정은): no English form"},
		{"a.json", `[{"hangul": "김정은"}]`, JSON, "a.json: line 1, column 2: entry 1 (김정은): no English form"},
		{"a.json", `[{"hangul": "김정은", "forms": [{"english": " "}]}]`, JSON, "a.json: line 1, column 2: entry 1 (김정은): a form with no English"},
		{"a.json", `[{"hangul": "", "forms": [{"english": "Kim"}]}]`, JSON, `a.json: line 1, column 2: no Korean term for "Kim"`},
	}
	for _, tc := range tests {
		es, err := Read(strings.NewReader(tc.data), tc.name, tc.f)
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("%s %q: %+v, error %v; want %q", tc.f, tc.data, es, err, tc.want)
		}
	}
}
