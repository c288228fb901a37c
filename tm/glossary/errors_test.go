package glossary

import (
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"errors"
	"strings"
	"testing"
)

// TestReadErrors: an error in a glossary is a *ParseError naming the file,
// at the line and column (in characters) of the faulty cell, JSON entry,
// TBX concept or syntax error (line 0 for the whole file's), wrapping
// what encoding/csv, encoding/xml or encoding/json found, and ErrFormat
// for a file in another format than the one asked for.
func TestReadErrors(t *testing.T) {
	var (
		csvErr  *csv.ParseError
		xmlErr  *xml.SyntaxError
		jsonErr *json.SyntaxError
	)
	tests := []struct {
		name, data string
		f          Format
		line, col  int
		want       string
		as         any   // a pointer to an error type the error wraps, or nil
		is         error // an error the error wraps, or nil
	}{
		{"a.tsv", "<?xml version=\"1.0\"?><tbx/>", TSV, 0, 0, "a.tsv: looks like XML (TBX?), not TSV", nil, ErrFormat},
		{"a.tsv", `{"entries": []}`, TSV, 0, 0, "looks like JSON", nil, ErrFormat},
		{"a.tbx", "김정은\tKim Jong-un\n", TBX, 0, 0, "tab-separated", nil, ErrFormat},
		{"a.json", "Korean,English\n김정은,Kim\n", JSON, 0, 0, "comma-separated", nil, ErrFormat},
		{"a.tsv", "김정은,Kim Jong-un\n", TSV, 1, 16, "a.tsv: line 1, column 16: no tab; this looks like CSV", nil, ErrFormat},
		{"a.tsv", "Kim\n", TSV, 1, 4, "want Korean<TAB>English[<TAB>comment], found no tab", nil, nil},
		{"a.tsv", "Kim Jong-un\t김정은\n김정은\tKim\n", TSV, 2, 1, "line 2, column 1: the Korean term is in the first column, but line 1 has it in the second", nil, nil},
		{"a.txt", "김정은\tKim\n\nKim Jong-un\t김정은\n", TXT, 3, 1, "line 3, column 1: the Korean term is in the second column, but line 1 has it in the first", nil, nil},
		{"a.csv", "Kim,김정은\n김정은,Kim\n", CSV, 2, 1, "the Korean term is in the first column, but line 1", nil, nil},
		{"a.tsv", "Korean\tEnglish\nKim Jong-un\t김정은\n", TSV, 2, 1, "Korean term comes first", nil, nil},
		{"a.tsv", "Kim\tJong\n", TSV, 1, 1, "has no Hangul", nil, nil},
		{"a.tsv", "김정은\tKim\tcount: many\n", TSV, 1, 9, "line 1, column 9: comment: count", nil, nil},
		{"a.tsv", "Korean\tEnglish\tCount\n김정은\tKim\t-2\n", TSV, 2, 9, "count", nil, nil},
		{"a.tsv", "English\tKorean\n\nKim\t김정은\n김정은\t김\n", TSV, 4, 1, "line 4, column 1: the English term \"김정은\" for 김 has Hangul", nil, nil},
		{"a.tsv", "English\tKorean\n\nKim\t김정은\n김정은\t\n", TSV, 4, 5, "line 4, column 5: no Korean term for \"김정은\"", nil, nil},
		{"a.csv", "Source term,Target term\nx,y\n", CSV, 1, 1, "has no Hangul", nil, nil},
		{"a.csv", "Korean,Term\n김,K\n", CSV, 1, 1, "names no English column", nil, nil},
		{"a.csv", "Korean,English\n김정은,\n", CSV, 2, 5, "line 2, column 5: no English term", nil, nil},
		{"a.csv", "Korean,English,Confidence\n김정은,Kim,2\n", CSV, 2, 9, "not a confidence", nil, nil},
		{"a.csv", "Korean,English\n김정은,Kim \"Jong-un\"\n", CSV, 2, 9, `a.csv: line 2, column 9: a " in a field that is not quoted`, &csvErr, csv.ErrBareQuote},
		{"a.csv", "Korean,English\n김정은,\"Kim\n리용호,Ri\n", CSV, 2, 0, `a.csv: line 2: a quoted field is not closed`, &csvErr, csv.ErrQuote},
		{"a.json", `{"entries": [{"hangul": "김정은", "forms": [{"english": ""}]}]}`, JSON, 1, 14, "a form with no English", nil, nil},
		{"a.json", "{\"entries\": [\n  {\"hangul\": \"김정은\", \"forms\": [{\"english\": \"Kim\"}]},\n  {\"hangul\": \"김정은\", \"type\": \"robot\"}]}", JSON, 3, 3, "line 3, column 3: entry 2: unknown name type", nil, nil},
		{"a.json", `{"Entries": [1, {"hangul": "김정은"}]}`, JSON, 1, 14, "cannot unmarshal number", nil, nil},
		{"a.json", `{"entries": [}`, JSON, 1, 14, "invalid JSON", &jsonErr, nil},
		{"a.json", `{"x": 1}`, JSON, 0, 0, `no "entries"`, nil, nil},
		{"a.json", `[{"hangul": "", "forms": [{"english": "X"}]}]`, JSON, 1, 2, "no Korean term", nil, nil},
		{"a.tbx", `<tbx><text><body><conceptEntry id="c1"><langSec xml:lang="en"><termSec><term>X</term></termSec></langSec></conceptEntry></body></text></tbx>`, TBX, 1, 18, `no Korean term (langSec xml:lang="ko")`, nil, nil},
		// TBX v2 is named in its own words: langSet, not v3's langSec.
		{"a.tbx", `<martif><text><body><termEntry id="c1"><langSet xml:lang="ko"><tig><term>김정은</term></tig></langSet></termEntry></body></text></martif>`, TBX, 1, 21, `no English term (langSet xml:lang="en") for "김정은"`, nil, nil},
		{"a.tbx", `<martif><text><body><termEntry id="c1"><langSet xml:lang="en"><tig><term>X</term></tig></langSet></termEntry></body></text></martif>`, TBX, 1, 21, `no Korean term (langSet xml:lang="ko")`, nil, nil},
		{"a.tbx", "<tbx><text><body>\n<conceptEntry><langSec xml:lang=\"ko\"><termSec><term>김정은</term></termSec>\n<termSec><term>x</termSec></langSec></conceptEntry></body></text></tbx>", TBX, 3, 27, "line 3, column 27: invalid XML: element <term> closed by </termSec>", &xmlErr, nil},
		{"a.tbx", `<tbx><text><body>`, TBX, 1, 18, "invalid XML", &xmlErr, nil},
		{"a.tbx", `<html><body/></html>`, TBX, 0, 0, "not TBX", nil, ErrFormat},
		{"a.tsv", "\xff\xfe김\x00", TSV, 1, 1, "not UTF-8", nil, nil},
		{"a.tsv", "김정은\tKim\n김\xff", TSV, 2, 2, "line 2, column 2: not UTF-8 (byte 0xff", nil, nil},
	}
	for _, tc := range tests {
		_, err := Read(strings.NewReader(tc.data), tc.name, tc.f)
		var pe *ParseError
		if !errors.As(err, &pe) || pe.File != tc.name || pe.Line != tc.line || pe.Column != tc.col {
			t.Errorf("%s %q: error %#v, want a *ParseError at line %d, column %d", tc.f, tc.data, err, tc.line, tc.col)
			continue
		}
		if !strings.Contains(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), tc.name+":") {
			t.Errorf("%s %q: error %v, want one naming the file and containing %q", tc.f, tc.data, err, tc.want)
		}
		if tc.as != nil && !errors.As(err, tc.as) || tc.is != nil && !errors.Is(err, tc.is) {
			t.Errorf("%s %q: error %v does not wrap %T %v", tc.f, tc.data, err, tc.as, tc.is)
		}
	}
}
