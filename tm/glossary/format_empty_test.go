package glossary

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bitext-ko/bitext/align/testenv"
)

const tbxSchema = "../../../shared/schemas/tbx/TBXcoreStructV03_TBX-Basic_integrated.rng"

// validateTBX checks data against the TBX-Basic RELAX NG schema with
// xmllint, skipping when the schema is absent; in the default tier, or
// without xmllint outside CI (testenv.OptionalProgram), it does nothing,
// and the test goes on.
func validateTBX(t *testing.T, name string, data []byte) {
	t.Helper()
	xmllint, ok := testenv.OptionalProgram(t, "xmllint", "libxml2-utils")
	if !ok {
		return
	}
	if _, err := os.Stat(tbxSchema); err != nil {
		t.Skipf("skipping: the TBX-Basic schema (%s) is absent", tbxSchema)
	}
	path := filepath.Join(t.TempDir(), name+".tbx")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(xmllint, "--noout", "--relaxng", tbxSchema, path).CombinedOutput()
	if err != nil {
		t.Errorf("%s: xmllint: %v\n%s\n%s", name, err, out, data)
	}
}

// TestEmptyGlossaryRoundTrip: a glossary with no entries (bitext align
// on a pair with no names) writes, in every format, a file that reads
// back as no entries, and the TBX validates (v3 here, v2 in
// TestOmegaTSchema).
func TestEmptyGlossaryRoundTrip(t *testing.T) {
	tests := []struct {
		name    string
		entries []Entry
	}{
		{"nil", nil},
		{"no entries", []Entry{}},
		{"only entries with no English", []Entry{{Hangul: "김정은", Type: Person, Confidence: 1}}},
	}
	for _, tc := range tests {
		for _, f := range Formats() {
			for _, opt := range writeVariants(f) {
				var buf bytes.Buffer
				if err := WriteWith(&buf, tc.entries, f, opt); err != nil {
					t.Fatalf("%s %s %+v: %v", tc.name, f, opt, err)
				}
				es, probs, err := ReadChecked(bytes.NewReader(buf.Bytes()), "empty."+string(f), f)
				if err != nil || len(es) != 0 || len(probs) != 0 {
					t.Errorf("%s %s %+v: read back %+v, problems %v, error %v\n%s", tc.name, f, opt, es, probs, err, buf.String())
				}
				if f == TBX && opt.TBXVersion == 3 {
					validateTBX(t, strings.ReplaceAll(tc.name, " ", "-"), buf.Bytes())
				}
				// Merging with an empty shard changes nothing.
				if got := Merge(sampleEntries(), es); len(got) != len(sampleEntries()) {
					t.Errorf("%s %s: merged with the empty glossary: %d entries", tc.name, f, len(got))
				}
			}
		}
	}
}

// TestEmptyFiles: per format, what reads as an empty glossary and what is
// not a glossary.
func TestEmptyFiles(t *testing.T) {
	tests := []struct {
		name, data string
		f          Format
		err        string // "" for a glossary with no entries
	}{
		{"a.tsv", "", TSV, ""},
		{"a.tsv", "\xef\xbb\xbf\n  \n", TSV, ""},
		{"a.tsv", "# only a comment\n", TSV, ""},
		{"a.csv", "Korean,English,Type\n", CSV, ""},
		{"a.csv", "Korean,English\n,\n\n", CSV, ""},
		{"a.csv", "", CSV, ""},
		{"a.csv", "\n\n", CSV, ""},
		{"a.csv", "Source term,Target term\n", CSV, `the Korean term "Source term" has no Hangul`},
		{"a.csv", "Type,Count\n", CSV, "names no Korean column"},
		{"a.tsv", "Korean\tEnglish\tType\n", TSV, ""},
		{"a.tsv", "Korean\tType\n", TSV, "names no English column"},
		{"a.txt", "", TXT, ""},
		{"a.txt", "# comment\n\n", TXT, ""},
		{"a.txt", "Korean\tEnglish\n", TXT, `the Korean term "Korean" has no Hangul`},
		// What bitext wrote before empty glossaries had a placeholder
		// concept: an empty body.
		{"a.tbx", `<?xml version="1.0"?><tbx xmlns="urn:iso:std:iso:30042:ed-2"><tbxHeader/><text><body></body></text></tbx>`, TBX, ""},
		{"a.tbx", `<martif><text><body/></text></martif>`, TBX, ""},
		{"a.tbx", `<tbx><text><body><conceptEntry id="empty"><langSec xml:lang="ko"><termSec><term/></termSec></langSec></conceptEntry></body></text></tbx>`, TBX, ""},
		{"a.tbx", "", TBX, "empty file"},
		{"a.tbx", `<tbx/>`, TBX, "no <body>"},
		{"a.tbx", `<html><body/></html>`, TBX, "not TBX"},
		{"a.json", `{"glossary": "bitext names", "version": 1, "entries": []}`, JSON, ""},
		{"a.json", `[]`, JSON, ""},
		{"a.json", "", JSON, "empty file"},
		{"a.json", `{}`, JSON, `no "entries"`},
		{"a.json", `null`, JSON, "not JSON"},
	}
	for _, tc := range tests {
		es, err := Read(strings.NewReader(tc.data), tc.name, tc.f)
		switch {
		case tc.err == "" && (err != nil || len(es) != 0):
			t.Errorf("%s %q: %+v, %v; want no entries", tc.f, tc.data, es, err)
		case tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err) || !strings.HasPrefix(err.Error(), tc.name+":")):
			t.Errorf("%s %q: error %v, want one naming the file and containing %q", tc.f, tc.data, err, tc.err)
		}
	}
}
