package alignfile

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bitext-ko/bitext/align"
	"github.com/google/go-cmp/cmp"
)

// exampleBytes returns the example pair's file as written.
func exampleBytes(t testing.TB) []byte {
	t.Helper()
	f, _ := build(t, exampleEN, exampleKO, "../../testdata/example", true)
	data, err := Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestReadRefusesMalformed: bytes that are not a valid file are refused
// with an *Error naming the file and the field (or line and column).
func TestReadRefusesMalformed(t *testing.T) {
	good := string(exampleBytes(t))
	replace := func(old, new string) string {
		if !strings.Contains(good, old) {
			t.Fatalf("the example file has no %q", old)
		}
		return strings.Replace(good, old, new, 1)
	}
	tests := []struct {
		name, data string
		want       string // the error message after "a.json: "
		is         error
	}{
		{"empty", "", "1:1: malformed JSON: unexpected end of JSON input", nil},
		{"not an object", "[1, 2]", "not a bitext alignment file: want a JSON object", ErrNotAlignment},
		{"other format", replace(`"bitext-alignment"`, `"bitext glossary"`), `format: not a bitext alignment file: format is "bitext glossary", not "bitext-alignment"`, ErrNotAlignment},
		{"no format", replace(`"format": "bitext-alignment",`, ""), `not a bitext alignment file (no "format": "bitext-alignment")`, ErrNotAlignment},
		{"newer version", replace(`"version": 1`, `"version": 2, "new_field": true`), "version: unsupported version: version 2 was written by a newer bitext; this one reads versions 1 to 1", ErrVersion},
		{"version as text", replace(`"version": 1`, `"version": "1"`), `version: unsupported version: "1" is not a version number`, ErrVersion},
		{"syntax", replace(`"bitext": "test",`, `"bitext": "test"`), "5:3: malformed JSON: invalid character '\"' after object key:value pair", nil},
		{"trailing data", good + "{}", "malformed JSON: invalid character '{' after top-level value", nil},
		{"not UTF-8", replace(`"document": "summit"`, "\"document\": \"sum\xffmit\""), "5:19: bytes that are not UTF-8", nil},
		{"unknown field", replace(`"html": false,`, `"html": false, "HTML": true,`), "en.HTML: unknown field", nil},
		{"unknown nested", replace(`"keep_furniture":false`, `"keep_furniture":false,"keep":1`), "settings.keep: unknown field", nil},
		{"missing field", replace(`"encoding": "UTF-8",`, ""), `en: no "encoding"`, nil},
		{"wrong type", replace(`"html": false,`, `"html": "no",`), "en.html: want true or false, not string", nil},
		{"paragraph id as text", replace(`{"en":[2],"ko":[2],`, `{"en":["2"],"ko":[2],`), "beads[4].en: want a whole number, not string", nil},
		{"fractional id", replace(`{"en":[2],"ko":[2],`, `{"en":[2.0],"ko":[2],`), "beads[4].en: want a whole number, not number 2.0", nil},
		{"sentence id", replace(`"en":["2.0"]`, `"en":["2.00"]`), `links[4].en[0]: "2.00" is not a sentence id (want PARAGRAPH.SENTENCE, such as "3.1")`, nil},
		{"bad kind", replace(`"kind":"furniture"`, `"kind":"junk"`), `beads[0].kind: "junk" is not a kind (want match, omitted or furniture)`, nil},
		{"bead not an object", replace(`{"en":[0],"ko":[],`, `7, {"en":[0],"ko":[],`), "beads[0]: want an object, not a number", nil},
		{"glossary count as text", replace(`"count":1,`, `"count":"1",`), "glossary[0].forms.count: want a whole number, not string", nil},
		{"glossary form field", replace(`"english":"State Department"`, `"english":"State Department","spelling":1`), `glossary[0]: unknown field "spelling"`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Read(strings.NewReader(tc.data), "a.json")
			var e *Error
			if !errors.As(err, &e) || e.File != "a.json" {
				t.Fatalf("err = %v (%T), want an *Error naming a.json", err, err)
			}
			if !strings.HasPrefix(err.Error(), "a.json") || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %q\nwant it to contain %q", err, tc.want)
			}
			if tc.is != nil && !errors.Is(err, tc.is) {
				t.Errorf("err = %v, not %v", err, tc.is)
			}
		})
	}
}

// TestValidate breaks one rule at a time and checks the field the error
// names.
func TestValidate(t *testing.T) {
	base, _ := build(t, exampleEN, exampleKO, ".", true)
	if err := base.Validate(); err != nil {
		t.Fatal(err)
	}
	// Indices of some beads of the example: 4 is the headline 1-1 bead;
	// matchAt finds more.
	matchAt := func(f *File, from int) int {
		for i := from; i < len(f.Beads); i++ {
			if f.Beads[i].Kind == align.Match && len(f.Beads[i].EN) == 1 && len(f.Beads[i].KO) == 1 {
				return i
			}
		}
		t.Fatal("no 1-1 bead")
		return 0
	}
	tests := []struct {
		name   string
		break_ func(f *File)
		want   string
	}{
		{"paragraph out of range", func(f *File) {
			i := matchAt(f, 0)
			f.Beads[i].KO = append(f.Beads[i].KO, align.ParaID(40))
		}, "beads[4].ko[1]: paragraph 40 does not exist (the Korean text has 12)"},
		{"paragraph twice", func(f *File) {
			i := matchAt(f, 5)
			f.Beads[i].EN = append([]align.ID{align.ParaID(f.Beads[i].EN[0].Para - 1)}, f.Beads[i].EN...)
		}, "beads[5].en[0]: paragraph 2 is in beads[4] already"},
		{"paragraph left out", func(f *File) {
			f.Beads = append(f.Beads[:4:4], f.Beads[5:]...)
		}, "beads[4].en[0]: paragraph 3 comes before paragraph 2, which is in no bead: every paragraph is in one bead, in order"},
		{"last paragraph in no bead", func(f *File) {
			f.Beads = f.Beads[:len(f.Beads)-1]
		}, "beads: paragraph 11 of the Korean text is in no bead"},
		{"empty bead", func(f *File) { f.Beads[0].EN = nil }, "beads[0]: empty on both sides"},
		{"one-sided match", func(f *File) { f.Beads[0].Kind = align.Match }, "beads[0]: kind match with one side empty"},
		{"two-sided omitted", func(f *File) { f.Beads[4].Kind = align.Omitted }, "beads[4]: kind omitted with both sides"},
		{"status", func(f *File) { f.Beads[2].Status = "done" }, `beads[2].status: "done" is not a status (want auto, confirmed or edited)`},
		{"score", func(f *File) { f.Links[3].Score = 1.5 }, "links[3].score: 1.5 is not in [0, 1]"},
		{"sentence out of range", func(f *File) {
			f.Links[4].EN = []align.ID{{Para: 2, Sent: 3}}
		}, "links[4].en[0]: sentence 2.3 does not exist (paragraph 2 of the English text has 1)"},
		{"paragraph id in a link", func(f *File) { f.Links[4].EN = []align.ID{align.ParaID(2)} }, "links[4].en[0]: 2 is not a sentence id"},
		{"sentence id in a bead", func(f *File) { f.Beads[4].EN = []align.ID{{Para: 2, Sent: 0}} }, "beads[4].en[0]: 2.0 is not a paragraph id"},
		{"link across beads", func(f *File) {
			// Join the first sentence links of two neighbouring 1-1
			// beads into one link.
			l := &f.Links[4]
			l.EN = append(l.EN, f.Links[5].EN...)
			l.KO = append(l.KO, f.Links[5].KO...)
			f.Links = append(f.Links[:5], f.Links[6:]...)
		}, "links[4]: its sentences lie in beads[4] and beads[5]: a link stays inside one paragraph bead"},
		{"furniture link in a body bead", func(f *File) {
			f.Links[4].Kind = align.Furniture
			f.Links[4].KO = nil
			f.Links = append(f.Links[:5], append([]Bead{{Bead: align.Bead{KO: []align.ID{{Para: 2, Sent: 0}}, Kind: align.Omitted}, Status: StatusAuto}}, f.Links[5:]...)...)
		}, "links[4]: a furniture link in beads[4], a match bead"},
		{"match bead without link", func(f *File) {
			l := f.Links[4]
			f.Links[4] = Bead{Bead: align.Bead{EN: l.EN, Kind: align.Omitted, Score: 0.5}, Status: StatusEdited}
			f.Links = append(f.Links[:5], append([]Bead{{Bead: align.Bead{KO: l.KO, Kind: align.Omitted, Score: 0.5}, Status: StatusEdited}}, f.Links[5:]...)...)
		}, "beads[4]: a match bead with no sentence link"},
		{"paragraph without sentence", func(f *File) { f.KO.Paragraphs[3].Sentences = nil }, "ko.paragraphs[3].sentences: no sentence"},
		{"empty text", func(f *File) { f.KO.Paragraphs[3].Text = " " }, "ko.paragraphs[3].text: empty"},
		{"furniture caption", func(f *File) { f.EN.Paragraphs[0].Caption = true }, "en.paragraphs[0]: both furniture and a caption"},
		{"reason alone", func(f *File) { f.EN.Paragraphs[2].Reason = "x" }, "en.paragraphs[2].reason: a reason, but neither furniture nor a caption"},
		{"no paragraphs", func(f *File) { f.EN.Paragraphs = nil }, "en.paragraphs: no paragraph"},
		{"hash", func(f *File) { f.KO.SHA256 = strings.ToUpper(f.KO.SHA256) }, "ko.sha256: "},
		{"empty path", func(f *File) { f.EN.Path = "" }, "en.path: empty"},
		{"paragraph mode", func(f *File) { f.Settings.Paragraphs = "lines" }, `settings.paragraphs: "lines" is not a paragraph mode`},
		{"min score", func(f *File) { f.Settings.MinScore = -1 }, "settings.min_score: -1 is not in [0, 1]"},
		{"dict hash", func(f *File) { f.Settings.Dict = &Dict{Path: "d.txt", SHA256: "00"} }, "settings.dict.sha256"},
		{"no document", func(f *File) { f.Document = "" }, "document: no document id"},
		{"ratio", func(f *File) { f.LengthRatio = 0 }, "length_ratio: 0 is not a ratio above 0"},
		{"review", func(f *File) { f.Glossary[1].Review = "maybe" }, `glossary[1].review: "maybe" is not a review state`},
		{"duplicate entry", func(f *File) { f.Glossary[1].Hangul = f.Glossary[0].Hangul }, "glossary[1].hangul: 국무부 is in glossary[0] already"},
		{"name type", func(f *File) { f.Glossary[0].Type = "org" }, `glossary[0].type: "org" is not a name type`},
		{"no form", func(f *File) { f.Glossary[0].Forms = nil }, "glossary[0].forms: no English form"},
		{"negative count", func(f *File) { f.Glossary[0].Forms[0].Count = -1 }, "glossary[0].forms[0]: a negative count"},
		{"confidence", func(f *File) { f.Glossary[0].Confidence = 2 }, "glossary[0].confidence: 2 is not in [0, 1]"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, _ := build(t, exampleEN, exampleKO, ".", true)
			tc.break_(f)
			err := f.Validate()
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v\nwant %q", err, tc.want)
			}
			// Write refuses it, and the reader refuses what would be
			// written.
			if _, werr := Marshal(f); werr == nil {
				t.Error("Marshal wrote an invalid file")
			}
		})
	}
}

// TestWriteFileKeepsOldOnError: an invalid file is never written, and
// the file that was there stays as it was.
func TestWriteFileKeepsOldOnError(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.json")
	f, _ := build(t, exampleEN, exampleKO, dir, false)
	if err := WriteFile(path, f); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(path)
	f.Beads = f.Beads[1:]
	if err := WriteFile(path, f); err == nil {
		t.Fatal("an invalid file was written")
	}
	after, _ := os.ReadFile(path)
	entries, _ := os.ReadDir(dir)
	if !bytes.Equal(before, after) || len(entries) != 1 {
		t.Errorf("the old file changed (%v) or a temporary file was left (%d entries)", !bytes.Equal(before, after), len(entries))
	}
	g, err := ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f.Beads = g.Beads
	if d := cmp.Diff(f, g); d != "" {
		t.Error(d)
	}
}
