package tmxops

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"testing/iotest"
	"time"

	"github.com/bitext-ko/bitext/tm/tmx"
)

// nonASCIIUnits returns what testdata/tmx/nonascii-attrs.tmx holds: 30
// units, the first with tuid="é0", the others with Korean tuids as corpus
// mode writes them, under a header with an accented creationtool. Before
// issue 10 was fixed the reader misread it (a panic, later text changed).
func nonASCIIUnits() []tmx.Unit {
	units := make([]tmx.Unit, 30)
	for i := range units {
		id := fmt.Sprintf("뉴스/기사%d.en.txt#%d", 1+i%3, i)
		if i == 0 {
			id = "é0"
		}
		en := tmx.Variant{Lang: "en-US", Text: fmt.Sprintf("The State Department said sentence number %d is here.", i)}
		if i%2 == 1 {
			en.Attrs = []tmx.Attr{{Name: "creationid", Value: "Zoë"}}
		}
		units[i] = tmx.Unit{TUID: id,
			Props: []tmx.Prop{{Type: tmx.PropDocument, Value: fmt.Sprintf("뉴스/기사%d", 1+i%3)}},
			Variants: []tmx.Variant{
				{Lang: "ko-KR", Text: fmt.Sprintf("국무부는 %d번 문장이 여기 있다고 밝혔다.", i)},
				en,
			}}
	}
	return units
}

// readerShapes hand a fixture to the commands whole and in short reads,
// which move the reader's window at other places.
var readerShapes = map[string]func([]byte) io.Reader{
	"whole": func(b []byte) io.Reader { return bytes.NewReader(b) },
	"half":  func(b []byte) io.Reader { return iotest.HalfReader(bytes.NewReader(b)) },
	"bytes": func(b []byte) io.Reader { return iotest.OneByteReader(bytes.NewReader(b)) },
}

// TestNonASCIIAttributes runs cat, stats and merge on the regression input
// of issue 10 and checks every unit they see.
func TestNonASCIIAttributes(t *testing.T) {
	const name = "nonascii-attrs.tmx"
	data, err := io.ReadAll(fixtureInput(t, name).R)
	if err != nil {
		t.Fatal(err)
	}
	want := nonASCIIUnits()
	tests := []struct {
		op  string
		run func(t *testing.T, in Input)
	}{
		{"cat tsv", func(t *testing.T, in Input) {
			var out bytes.Buffer
			res, err := Cat(&out, in, CatOptions{Format: FormatTSV})
			if err != nil || res != (CatResult{Units: 30}) {
				t.Fatalf("result %+v, %v", res, err)
			}
			lines := []string{"tuid\tsrclang\tsource\ttgtlang\ttarget"}
			for _, u := range want {
				lines = append(lines, strings.Join([]string{u.TUID, "ko-KR", u.Variants[0].Text, "en-US", u.Variants[1].Text}, "\t"))
			}
			if got := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n"); !reflect.DeepEqual(got, lines) {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(lines, "\n"))
			}
		}},
		{"cat json", func(t *testing.T, in Input) {
			var out bytes.Buffer
			if _, err := Cat(&out, in, CatOptions{Format: FormatJSON}); err != nil {
				t.Fatal(err)
			}
			dec := json.NewDecoder(&out)
			for i, u := range want {
				var got jsonUnit
				if err := dec.Decode(&got); err != nil {
					t.Fatalf("line %d: %v", i+1, err)
				}
				w := jsonUnit{TUID: u.TUID, Props: jsonProps(u.Props), Variants: []jsonVariant{
					{Lang: "ko-KR", Text: u.Variants[0].Text}, {Lang: "en-US", Text: u.Variants[1].Text}}}
				if !reflect.DeepEqual(got, w) {
					t.Errorf("line %d\n got %+v\nwant %+v", i+1, got, w)
				}
			}
			if dec.More() {
				t.Error("more lines than units")
			}
		}},
		{"stats", func(t *testing.T, in Input) {
			s, err := ComputeStats(in, StatsOptions{Suspect: func(x Suspect) { t.Errorf("suspect %+v", x) }})
			if err != nil {
				t.Fatal(err)
			}
			if s.Units != 30 || !reflect.DeepEqual(s.Languages, map[string]int{"ko-KR": 30, "en-US": 30}) ||
				s.Duplicates+s.Inconsistent+s.SingleLanguage+s.Empty+s.Identical+s.RatioOff+s.Skipped != 0 || s.Ratios["ko/en"].Units != 30 {
				t.Errorf("stats %+v", s)
			}
		}},
		{"merge", func(t *testing.T, in Input) {
			var out bytes.Buffer
			again := Input{Name: "again", R: bytes.NewReader(data)}
			created := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
			res, err := Merge(&out, []Input{in, again}, MergeOptions{CreationTool: "bitext", CreationToolVersion: "t", CreationDate: created})
			if err != nil || res != (MergeResult{Read: 60, Written: 30, Duplicates: 30}) {
				t.Fatalf("result %+v, %v", res, err)
			}
			h, units := readUnits(t, out.Bytes())
			if len(h.Attrs) != 1 || h.Attrs[0] != (tmx.Attr{Name: "changeid", Value: "José"}) || len(h.Props) != 1 || h.Props[0].Value != "Café" {
				t.Errorf("header %+v", h)
			}
			if !reflect.DeepEqual(units, want) {
				t.Errorf("merged units\n got %+v\nwant %+v", units, want)
			}
		}},
	}
	for _, tt := range tests {
		for shape, mk := range readerShapes {
			t.Run(tt.op+"/"+shape, func(t *testing.T) {
				tt.run(t, Input{Name: name, R: mk(data)})
			})
		}
	}
}

// manyTagsTMX streams a memory of n units, each with a Korean variant and
// one in a language tag of its own (a distinct primary subtag each), long
// enough for Stats to judge its length ratio.
func manyTagsTMX(t testing.TB, n int) io.Reader {
	pr, pw := io.Pipe()
	go func() {
		w, err := tmx.NewWriter(pw, tmx.Header{})
		if err != nil {
			pw.CloseWithError(err)
			return
		}
		for i := range n {
			tag := []byte("q")
			for k := i; ; k /= 26 {
				tag = append(tag, byte('a'+k%26))
				if k < 26 {
					break
				}
			}
			err := w.Write(tmx.Unit{Variants: []tmx.Variant{
				{Lang: "ko-KR", Text: fmt.Sprintf("국무부는 %d일 성명을 내고 회담이 재개될 것이라고 밝혔다.", i)},
				{Lang: string(tag) + "-Latn", Text: fmt.Sprintf("The State Department said on day %d that the talks would resume.", i)},
			}})
			if err != nil {
				pw.CloseWithError(err)
				return
			}
		}
		pw.CloseWithError(w.Close())
	}()
	return pr
}

// TestStatsBoundedLanguages checks that Stats keeps a bounded number of
// language tags and pairs whatever a file holds: every unit here has a
// language of its own. Before issue 10, each pair took a histogram of
// 8 KB, so that 10,000 units held 90 MB (100,000 units: 950 MB).
func TestStatsBoundedLanguages(t *testing.T) {
	const n = 10000
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	s, err := ComputeStats(Input{Name: "tags", R: manyTagsTMX(t, n)}, StatsOptions{})
	if err != nil {
		t.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	live := int64(after.HeapAlloc) - int64(before.HeapAlloc)
	if s.Units != n || s.Languages["ko-KR"] != n {
		t.Errorf("%d units, %d in ko-KR, want %d", s.Units, s.Languages["ko-KR"], n)
	}
	if len(s.Languages) > MaxLanguages || s.Languages["ko-KR"]+s.OtherLanguages+sumExcept(s.Languages, "ko-KR") != 2*n ||
		s.OtherLanguages != n-(MaxLanguages-1) {
		t.Errorf("%d tags counted, %d variants in other tags; want %d and %d", len(s.Languages), s.OtherLanguages, MaxLanguages, n-(MaxLanguages-1))
	}
	judged := 0
	for _, r := range s.Ratios {
		judged += r.Units
	}
	if len(s.Ratios) > MaxLanguagePairs || judged+s.OtherPairs != n || s.OtherPairs < n-MaxLanguagePairs {
		t.Errorf("%d pairs judging %d variants, %d in other pairs; want at most %d pairs and the rest of %d others", len(s.Ratios), judged, s.OtherPairs, MaxLanguagePairs, n)
	}
	// What stays: a key per unit and per source text (about 40 bytes per
	// unit), the bounded tables (under 1 MB).
	if live > 4<<20 {
		t.Errorf("the statistics of %d units hold %d MB", n, live>>20)
	}
	t.Logf("live heap held by the statistics: %.1f MB", float64(live)/(1<<20))
	var text bytes.Buffer
	if err := s.WriteText(&text); err != nil {
		t.Fatal(err)
	}
	if lines := strings.Count(text.String(), "\n"); lines > 40+MaxLanguagePairs {
		t.Errorf("text report of %d lines", lines)
	}
	for _, want := range []string{fmt.Sprintf("%d variants in tags past the first %d", s.OtherLanguages, MaxLanguages),
		fmt.Sprintf("other pairs %d (variants in pairs past the first %d", s.OtherPairs, MaxLanguagePairs)} {
		if !strings.Contains(strings.Join(strings.Fields(text.String()), " "), want) {
			t.Errorf("text report lacks %q:\n%s", want, text.String())
		}
	}
}

func sumExcept(m map[string]int, skip string) int {
	n := 0
	for k, v := range m {
		if k != skip {
			n += v
		}
	}
	return n
}

// TestInvalidBytesAreErrors checks that cat, stats and merge stop at bytes
// invalid in a file's encoding, naming the file, line and column, instead of
// passing U+FFFD on: here UTF-8 Korean in a file declared EUC-KR, the
// example of issue 10.
func TestInvalidBytesAreErrors(t *testing.T) {
	head := `<?xml version="1.0" encoding="EUC-KR"?>` + "\n" +
		`<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en-US" datatype="plaintext"/><body>` + "\n" +
		`<tu><tuv xml:lang="en-US"><seg>Seoul</seg></tuv><tuv xml:lang="ko-KR"><seg>`
	data := append([]byte(head), "서울</seg></tuv></tu>\n</body></tmx>\n"...)
	// The bad bytes start line 3 after its 75 characters.
	const want = "reading bad.tmx: line 3, column 76: bytes that are not valid in the document's encoding (euc-kr): EC 84"
	ops := map[string]func(Input) error{
		"cat": func(in Input) error {
			_, err := Cat(io.Discard, in, CatOptions{Format: FormatTSV})
			return err
		},
		"stats": func(in Input) error {
			_, err := ComputeStats(in, StatsOptions{})
			return err
		},
		"merge": func(in Input) error {
			ok := Input{Name: "ok.tmx", R: bytes.NewReader(fixtureData(t, "merge-a.tmx"))}
			_, err := Merge(io.Discard, []Input{ok, in}, MergeOptions{})
			return err
		},
	}
	for name, op := range ops {
		t.Run(name, func(t *testing.T) {
			err := op(Input{Name: "bad.tmx", R: bytes.NewReader(data)})
			if !errors.Is(err, tmx.ErrInvalidBytes) || !strings.HasPrefix(fmt.Sprint(err), want) {
				t.Errorf("error %v\nwant %s…", err, want)
			}
		})
	}
}

func fixtureData(t *testing.T, name string) []byte {
	t.Helper()
	data, err := io.ReadAll(fixtureInput(t, name).R)
	if err != nil {
		t.Fatal(err)
	}
	return data
}
