package glossary

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unsafe"

	"github.com/bitext-ko/bitext/align"
	"github.com/bitext-ko/bitext/align/read"
	"github.com/bitext-ko/bitext/align/testenv"
)

// summitAlignment aligns the bundled example pair.
func summitAlignment(t *testing.T) *align.Alignment {
	t.Helper()
	en, err := read.File("../../testdata/example/summit.en.txt", nil, read.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ko, err := read.File("../../testdata/example/summit.ko.txt", nil, read.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return align.Align(en.Paragraphs, ko.Paragraphs, align.Options{MinScore: 0.5})
}

func TestBuilderExample(t *testing.T) {
	a := summitAlignment(t)
	b := NewBuilder(Options{})
	b.Add("summit", a)
	es := b.Entries()
	if b.Len() != len(es) || len(es) == 0 {
		t.Fatalf("Len %d, %d entries", b.Len(), len(es))
	}
	byHangul := map[string]Entry{}
	for i, e := range es {
		byHangul[e.Hangul] = e
		if i > 0 && es[i-1].Hangul >= e.Hangul {
			t.Errorf("entries out of order: %q before %q", es[i-1].Hangul, e.Hangul)
		}
		if e.Confidence <= 0 || e.Confidence > 1 {
			t.Errorf("%s: confidence %g", e.Hangul, e.Confidence)
		}
		// Romanizations for the Korean names only: not for 존 밀러,
		// 워싱턴 or 미국, foreign and translated.
		korean := e.Hangul == "박지원" || e.Hangul == "판문점"
		if has := e.Romanized.RR != "" && e.Romanized.MR != "" && e.Romanized.DPRK != "" && e.Romanized.Press != ""; has != korean {
			t.Errorf("%s: romanizations %+v, want some: %v", e.Hangul, e.Romanized, korean)
		}
		for _, f := range e.Forms {
			if f.Count < 1 || f.Docs != 1 || len(f.Seen) == 0 || f.Seen[0].Doc != "summit" {
				t.Errorf("%s / %s: count %d docs %d seen %v", e.Hangul, f.English, f.Count, f.Docs, f.Seen)
			}
		}
	}
	for h, want := range map[string]string{"박지원": "Park Ji-won", "존 밀러": "John Miller", "북한": "North Korea", "판문점": "Panmunjom"} {
		if e, ok := byHangul[h]; !ok || e.Preferred() != want {
			t.Errorf("%s: %+v, want %q", h, e, want)
		}
	}
	if e := byHangul["박지원"]; e.Type != Person || e.Romanized.Press != "Park Ji-won" {
		t.Errorf("박지원: %+v", e)
	}
	// A second document doubles the counts and the documents, not the
	// entries.
	b.Add("summit-2", a)
	es2 := b.Entries()
	if len(es2) != len(es) {
		t.Errorf("%d entries after the same names again, want %d", len(es2), len(es))
	}
	for i := range es2 {
		if es2[i].Forms[0].Docs != 2 || es2[i].Forms[0].Count != 2*es[i].Forms[0].Count {
			t.Errorf("%s: after two documents %+v", es2[i].Hangul, es2[i].Forms[0])
		}
	}
}

func TestBuilderNoNames(t *testing.T) {
	b := NewBuilder(Options{})
	b.Add("empty", align.Align([]string{"there is nothing to see here at all."}, []string{"여기에는 볼 것이 없다."}, align.Options{}))
	b.Add("nil", nil)
	if b.Len() != 0 || len(b.Entries()) != 0 {
		t.Errorf("entries from a text with no names: %+v", b.Entries())
	}
}

func TestMaxSeen(t *testing.T) {
	a := summitAlignment(t)
	b := NewBuilder(Options{MaxSeen: 1})
	for _, d := range []string{"a", "b", "c"} {
		b.Add(d, a)
	}
	for _, e := range b.Entries() {
		for _, f := range e.Forms {
			if len(f.Seen) > 1 || f.Docs != 3 {
				t.Errorf("%s/%s: %d places, %d docs", e.Hangul, f.English, len(f.Seen), f.Docs)
			}
		}
	}
}

func TestMergeShards(t *testing.T) {
	a := summitAlignment(t)
	whole := NewBuilder(Options{})
	s1, s2 := NewBuilder(Options{}), NewBuilder(Options{})
	for i, d := range []string{"d1", "d2", "d3"} {
		whole.Add(d, a)
		if i%2 == 0 {
			s1.Add(d, a)
		} else {
			s2.Add(d, a)
		}
	}
	want := whole.Entries()
	for _, got := range [][]Entry{Merge(s1.Entries(), s2.Entries()), Merge(s2.Entries(), s1.Entries())} {
		if len(got) != len(want) {
			t.Fatalf("merged %d entries, want %d", len(got), len(want))
		}
		for i := range got {
			g, w := got[i], want[i]
			if g.Hangul != w.Hangul || g.Type != w.Type || len(g.Forms) != len(w.Forms) {
				t.Fatalf("entry %d: %+v, want %+v", i, g, w)
			}
			for j := range g.Forms {
				if g.Forms[j].English != w.Forms[j].English || g.Forms[j].Count != w.Forms[j].Count || g.Forms[j].Docs != w.Forms[j].Docs {
					t.Errorf("%s form %d: %+v, want %+v", g.Hangul, j, g.Forms[j], w.Forms[j])
				}
			}
		}
	}
	if len(Merge()) != 0 {
		t.Error("Merge() not empty")
	}
}

func sampleEntries() []Entry {
	return []Entry{
		{Hangul: "김정은", Type: Person, Confidence: 0.98, Context: "…김정은 위원장이 방문…",
			Romanized: Romanize("김정은", Person),
			Forms: []Form{
				{English: "Kim Jong-un", Count: 5, Docs: 2, Latin: 1, Seen: []Seen{{"a", "1", "2"}, {"b doc", "3.1", "4.0"}}, Context: "…leader Kim Jong-un and…"},
				{English: "Kim Jong Un", Count: 2, Docs: 1},
			}},
		{Hangul: "마이크 폼페이오", Type: Person, Confidence: 0.9, Romanized: Romanize("마이크 폼페이오", Person),
			Forms: []Form{{English: "Mike Pompeo", Count: 1, Docs: 1, Context: `said "we; will" <go> & stay`}}},
		{Hangul: "유엔", Type: Organization, Confidence: 1, Romanized: Romanize("유엔", Organization),
			Forms: []Form{{English: "United Nations", Count: 3, Docs: 1}, {English: "U.N.", Count: 1, Docs: 1}}},
	}
}

// comparable drops what a format does not carry.
func comparable(es []Entry, f Format) []Entry {
	out := make([]Entry, len(es))
	for i, e := range es {
		e.Forms = append([]Form(nil), e.Forms...)
		if f == TXT { // the comment carries neither contexts nor places
			e.Context = ""
			for j := range e.Forms {
				e.Forms[j].Context = ""
				e.Forms[j].Seen = nil
			}
		}
		for j := range e.Forms {
			if len(e.Forms[j].Seen) == 0 {
				e.Forms[j].Seen = nil
			}
			// Document ids with spaces are written with "_".
			for k, s := range e.Forms[j].Seen {
				e.Forms[j].Seen[k].Doc = strings.ReplaceAll(s.Doc, " ", "_")
			}
		}
		out[i] = e
	}
	return out
}

func TestRoundTrip(t *testing.T) {
	in := sampleEntries()
	for _, f := range Formats() {
		for _, opt := range writeVariants(f) {
			var buf bytes.Buffer
			if err := WriteWith(&buf, in, f, opt); err != nil {
				t.Fatalf("%s %+v: %v", f, opt, err)
			}
			got, probs, err := ReadChecked(bytes.NewReader(buf.Bytes()), "x."+string(f), f)
			if err != nil {
				t.Fatalf("%s %+v: %v\n%s", f, opt, err, buf.String())
			}
			if len(probs) > 0 {
				t.Errorf("%s %+v: problems %v", f, opt, probs)
			}
			want := comparable(in, f)
			// Reading keeps the order written.
			if !reflect.DeepEqual(comparable(got, f), want) {
				t.Errorf("%s %+v round trip:\n got %+v\nwant %+v\n%s", f, opt, comparable(got, f), want, buf.String())
			}
		}
	}
}

// TestTBXValidates checks the TBX output against the TBX-Basic RELAX NG
// schema with xmllint.
func TestTBXValidates(t *testing.T) {
	testenv.NeedLong(t, "starts xmllint")
	schema := "../../../shared/schemas/tbx/TBXcoreStructV03_TBX-Basic_integrated.rng"
	if _, err := os.Stat(schema); err != nil {
		t.Skipf("skipping: the TBX-Basic schema (%s) is absent", schema)
	}
	xmllint := testenv.Program(t, "xmllint", "libxml2-utils")
	b := NewBuilder(Options{})
	b.Add("summit", summitAlignment(t))
	for name, es := range map[string][]Entry{"sample": sampleEntries(), "summit": b.Entries(), "empty": nil} {
		var buf bytes.Buffer
		if err := WriteWith(&buf, es, TBX, WriteOptions{TBXVersion: 3}); err != nil {
			t.Fatal(err)
		}
		// A TBX body needs one entry; the empty glossary has one with an
		// empty term.
		path := filepath.Join(t.TempDir(), name+".tbx")
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command(xmllint, "--noout", "--relaxng", schema, path).CombinedOutput()
		if err != nil {
			t.Errorf("%s: xmllint: %v\n%s\n%s", name, err, out, buf.String())
		}
	}
	// The sample shipped with the schema reads too.
	sample, err := os.ReadFile(filepath.Join(filepath.Dir(schema), "Example_Astronomy_DCA_VALID.tbx"))
	if err == nil {
		_, err := Read(bytes.NewReader(sample), "Example_Astronomy_DCA_VALID.tbx", TBX)
		if err == nil || !strings.Contains(err.Error(), "no Korean term") {
			t.Errorf("English–Spanish sample: %v, want a no-Korean-term error", err)
		}
	}
}

func TestReadTBXv2(t *testing.T) {
	v2 := `<?xml version="1.0"?>
<martif type="TBX"><text><body>
<termEntry id="t1"><langSet xml:lang="ko-KR"><tig><term>문재인</term></tig></langSet>
<langSet xml:lang="en-US"><ntig><termGrp><term>Moon Jae-in</term></termGrp></ntig></langSet></termEntry>
</body></text></martif>`
	es, err := Read(strings.NewReader(v2), "v2.tbx", TBX)
	if err != nil || len(es) != 1 || es[0].Hangul != "문재인" || es[0].Preferred() != "Moon Jae-in" || es[0].Confidence != 1 {
		t.Fatalf("%+v %v", es, err)
	}
}

func TestReadDuplicatesAndConflicts(t *testing.T) {
	data := "김정은\tKim Jong-un\tcount: 2\n김정은\tKim Jong-un\tcount: 3\n김정일\tKim Jong-un\n# note\n\n리용호\tRi Yong Ho\n"
	es, probs, err := ReadChecked(strings.NewReader(data), "g.tsv", TSV)
	if err != nil {
		t.Fatal(err)
	}
	if len(es) != 3 || es[0].Hangul != "김정은" || es[0].Forms[0].Count != 5 {
		t.Errorf("entries %+v", es)
	}
	var msgs []string
	for _, p := range probs {
		msgs = append(msgs, p.String())
	}
	all := strings.Join(msgs, "\n")
	if !strings.Contains(all, "line 2: listed again") || !strings.Contains(all, "Kim Jong-un: listed under 2 Hangul names: 김정은, 김정일") {
		t.Errorf("problems:\n%s", all)
	}
}

func TestFormatFor(t *testing.T) {
	tests := []struct {
		path, explicit string
		want           Format
		err            bool
	}{
		{"g.tsv", "", TSV, false}, {"g.txt", "", TXT, false}, {"g.UTF8", "", TXT, false}, {"g.tab", "", TXT, false}, {"g.tsv", "omegat", TXT, false}, {"G.CSV", "", CSV, false}, {"dir/g.tbx", "", TBX, false},
		{"g.json", "", JSON, false}, {"g.xlsx", "", "", true}, {"glossary", "", "", true}, {"g.xlsx", "csv", CSV, false},
		{"g.tsv", "tmx", "", true},
	}
	for _, tc := range tests {
		got, err := FormatFor(tc.path, tc.explicit)
		if got != tc.want || (err != nil) != tc.err {
			t.Errorf("FormatFor(%q, %q) = %q, %v", tc.path, tc.explicit, got, err)
		}
	}
}

func TestRomanizeNorth(t *testing.T) {
	r := romanizeFor("김정은", Person, "Kim Jong Un")
	if r.Press != "Kim Jong-un" || r.DPRK != "Kim Jong Un" || r.RR != "Gim Jeongeun" {
		t.Errorf("%+v", r)
	}
	if r := romanizeFor("문재인", Person, "Moon Jae-in"); r.Press != "Moon Jae-in" {
		t.Errorf("%+v", r)
	}
}

// TestBuilderKeepsNoText checks that a Builder keeps copies of the names
// and contexts it is given, not pieces of the document's text, which
// would keep every document of a corpus run in memory.
func TestBuilderKeepsNoText(t *testing.T) {
	a := summitAlignment(t)
	var texts []string
	for _, p := range a.EN {
		texts = append(texts, p.Text, p.Body)
	}
	for _, p := range a.KO {
		texts = append(texts, p.Text, p.Body)
	}
	inText := func(s string) bool {
		if s == "" {
			return false
		}
		p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
		for _, t := range texts {
			if t == "" {
				continue
			}
			start := uintptr(unsafe.Pointer(unsafe.StringData(t)))
			if p >= start && p < start+uintptr(len(t)) {
				return true
			}
		}
		return false
	}
	b := NewBuilder(Options{})
	b.Add("summit", a)
	if len(b.entries) == 0 {
		t.Fatal("no entries")
	}
	for h, e := range b.entries {
		if inText(h) || inText(e.context) {
			t.Errorf("entry %s keeps the Korean text: %q", h, e.context)
		}
		for en, f := range e.forms {
			if inText(en) || inText(f.English) || inText(f.Context) {
				t.Errorf("form %s of %s keeps the English text", en, h)
			}
		}
	}
}
