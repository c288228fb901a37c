package tmx

import (
	"bytes"
	"fmt"
	"io"
	"reflect"
	"runtime"
	"testing"
	"time"

	"github.com/bitext-ko/bitext/align/testenv"
)

// richUnits are units that use every part of the model, with text that
// needs escaping and normalizing.
func richUnits() []Unit {
	when := time.Date(2019, 1, 11, 8, 30, 0, 0, time.UTC)
	return []Unit{
		{
			TUID: "hani-2019-01-11-p3", CreationDate: when,
			Attrs: []Attr{{"usagecount", "2"}, {"changedate", "20190112T000000Z"}, {"segtype", "paragraph"}},
			Props: []Prop{{Type: PropDocument, Value: "hani-2019-01-11"}, {Type: PropKoIDs, Value: "3,4"},
				{Type: PropEnIDs, Value: "2"}, {Type: PropScore, Value: "0.812"}, {Type: "x-label", Lang: "ko-KR", Value: "표제"}},
			Notes: []string{"Two Korean paragraphs merged in the English."},
			Variants: []Variant{
				{Lang: "ko-KR", Text: "김정은 국무위원장은 \"비핵화\" 의지를 재확인했다.\n\n그는 <조선중앙통신>에 말했다 & 덧붙였다.",
					Attrs: []Attr{{"creationid", "bitext"}}, Props: []Prop{{Type: "x-source", Value: "hani"}}, Notes: []string{"원문"}},
				{Lang: "en-US", Text: "Kim Jong-un reaffirmed his will for \"denuclearization\" & told the <KCNA> so.\tIt's 'final'."},
			},
		},
		{
			TUID: "flagged", CreationDate: when,
			Variants: []Variant{{Lang: "ko-KR", Text: "제목"}, {Lang: "en-US", Text: "An unrelated line"}},
		},
		{
			TUID: "markup",
			Variants: []Variant{
				{Lang: "ko-KR", Text: "회담은 베이징에서", Markup: `회담은 <bpt i="1" type="bold">&lt;b&gt;</bpt>베이징<ept i="1">&lt;/b&gt;</ept>에서`},
				{Lang: "en-US", Text: "Talks in Beijing", Markup: `Talks in <hi type="x-place">Beijing<ph x="2">&lt;br/&gt;</ph></hi>`},
			},
		},
		{TUID: "empty target", Variants: []Variant{{Lang: "ko-KR", Text: "번역 없음"}, {Lang: "en-US", Text: ""}}},
		{TUID: "three languages", Variants: []Variant{{Lang: "en-US", Text: "Seoul"}, {Lang: "ja-JP", Text: "ソウル"}, {Lang: "ko-KR", Text: "서울"}}},
		{TUID: "one language", Variants: []Variant{{Lang: "ko-KR", Text: "혼자"}}},
	}
}

func richHeader() Header {
	return Header{
		CreationToolVersion: "0.1.0", SegType: SegParagraph,
		CreationDate: time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC),
		Attrs:        []Attr{{"changeid", "lead"}},
		Props:        []Prop{{Type: "x-corpus", Value: "hankyoreh & co"}},
		Notes:        []string{"Exported by bitext."},
	}
}

// TestRoundTrip writes units, reads them back and writes them again: the
// two documents must be identical, and the units read must be the units
// written, normalized.
func TestRoundTrip(t *testing.T) {
	units := append(richUnits(), syntheticUnits(500, 11)...)
	units[1].MarkFlagged("score 0.12 below 0.5")
	first := writeAll(t, richHeader(), units)
	h, read, warnings, err := readAll(t, bytes.NewReader(first), true)
	if err != nil || len(warnings) > 0 {
		t.Fatalf("reading back: %v %v", err, warnings)
	}
	second := writeAll(t, h, read)
	if !bytes.Equal(first, second) {
		t.Errorf("write → read → write changed the document:\n%s\n---\n%s", first[:min(len(first), 2000)], second[:min(len(second), 2000)])
	}
	if len(read) != len(units) {
		t.Fatalf("read %d units, wrote %d", len(read), len(units))
	}
	for i, u := range units {
		want := normalizedAsWritten(u, DefaultSrcLang)
		if !reflect.DeepEqual(read[i], want) {
			t.Errorf("unit %d\n got %+v\nwant %+v", i, read[i], want)
		}
	}
	if !read[1].Flagged() || read[0].Flagged() {
		t.Error("flag lost or invented")
	}
}

// normalizedAsWritten is what a Reader returns for a unit a Writer wrote:
// text normalized, source variant first.
func normalizedAsWritten(u Unit, srclang string) Unit {
	vs := make([]Variant, 0, len(u.Variants))
	src := u.SourceIndex(srclang)
	if src >= 0 {
		vs = append(vs, u.Variants[src])
	}
	for i, v := range u.Variants {
		if i != src {
			vs = append(vs, v)
		}
	}
	for i := range vs {
		if vs[i].Markup == "" {
			vs[i].Text = NormalizeText(vs[i].Text)
		}
	}
	u.Variants = vs
	return u
}

// TestRoundTripFixtures reads every well-formed fixture, writes it, and
// checks that writing what it reads gives the same document again.
func TestRoundTripFixtures(t *testing.T) {
	for _, name := range []string{"v14-full.tmx", "v11-lang.tmx", "one-language.tmx"} {
		for _, markup := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s markup=%v", name, markup), func(t *testing.T) {
				h, units, _, err := readAll(t, bytes.NewReader(fixture(t, name)), markup)
				if err != nil {
					t.Fatal(err)
				}
				first := writeAll(t, h, units)
				h2, units2, _, err := readAll(t, bytes.NewReader(first), markup)
				if err != nil {
					t.Fatal(err)
				}
				if len(units2) != len(units) {
					t.Fatalf("%d units, then %d", len(units), len(units2))
				}
				if second := writeAll(t, h2, units2); !bytes.Equal(first, second) {
					t.Errorf("second write differs:\n%s\n---\n%s", first, second)
				}
			})
		}
	}
}

// TestConstantMemory streams units from a Writer through a pipe into a
// Reader and checks that the heap does not grow with the number of units:
// 100,000 units (60 MB) in the long tier of tests (testenv), 25,000 (15 MB,
// still more than the bound if the units were kept) in the default tier.
func TestConstantMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("streams 60 MB")
	}
	n := testenv.Count(25000, 100000)
	pr, pw := io.Pipe()
	go func() {
		w, err := NewWriter(pw, Header{})
		if err != nil {
			pw.CloseWithError(err)
			return
		}
		units := syntheticUnits(1000, 9)
		for i := range n {
			u := units[i%len(units)]
			u.TUID = fmt.Sprint(i)
			if err := w.Write(u); err != nil {
				pw.CloseWithError(err)
				return
			}
		}
		pw.CloseWithError(w.Close())
	}()
	r := NewReader(pr)
	var live []uint64
	var ms runtime.MemStats
	for i := 0; ; i++ {
		_, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if i%(n/5) == n/5-1 {
			runtime.GC()
			runtime.ReadMemStats(&ms)
			live = append(live, ms.HeapAlloc)
		}
	}
	// The live heap holds the 1,000 template units (about 1 MB), the
	// writer's and reader's buffers and one unit; none of it depends on n.
	for i, p := range live {
		if p > 8<<20 {
			t.Errorf("live heap after %d units: %d MB", (i+1)*n/5, p>>20)
		}
	}
	t.Logf("live heap every %d units: %v", n/5, live)
}
