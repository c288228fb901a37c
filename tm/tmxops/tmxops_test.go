package tmxops

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/bitext-ko/bitext/tm/tmx"
)

func fixtureInput(t *testing.T, name string) Input {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "tmx", name))
	if err != nil {
		t.Fatal(err)
	}
	return Input{Name: name, R: bytes.NewReader(data)}
}

func readUnits(t *testing.T, data []byte) (tmx.Header, []tmx.Unit) {
	t.Helper()
	r := tmx.NewReader(bytes.NewReader(data))
	r.KeepMarkup = true
	h, err := r.Header()
	if err != nil {
		t.Fatal(err)
	}
	var units []tmx.Unit
	for {
		u, err := r.Read()
		if err == io.EOF {
			return h, units
		}
		if err != nil {
			t.Fatal(err)
		}
		units = append(units, u)
	}
}

func TestUnitKey(t *testing.T) {
	base := tmx.Unit{Variants: []tmx.Variant{{Lang: "ko-KR", Text: "서울 시내"}, {Lang: "en-US", Text: "downtown Seoul"}}}
	same := []tmx.Unit{
		{TUID: "other id", Props: []tmx.Prop{{Type: "x-a", Value: "b"}}, Variants: base.Variants},
		{Variants: []tmx.Variant{{Lang: "en-us", Text: " downtown\nSeoul "}, {Lang: "KO-kr", Text: "서울  시내"}}},
		{Variants: []tmx.Variant{{Lang: "ko-KR", Text: "\u1109\u1165\u110b\u116e\u11af 시내"}, {Lang: "en-US", Text: "downtown Seoul", Markup: "<hi>downtown</hi> Seoul"}}},
	}
	different := []tmx.Unit{
		{Variants: []tmx.Variant{{Lang: "ko-KR", Text: "서울 시내"}, {Lang: "en-US", Text: "Downtown Seoul"}}},
		{Variants: []tmx.Variant{{Lang: "ko-KR", Text: "서울 시내"}, {Lang: "en-GB", Text: "downtown Seoul"}}},
		{Variants: []tmx.Variant{{Lang: "ko-KR", Text: "서울 시내"}}},
		{Variants: []tmx.Variant{{Lang: "ko-KR", Text: "서울 시내downtown Seoul"}, {Lang: "en-US", Text: ""}}},
		{Variants: []tmx.Variant{{Lang: "ko-KR", Text: "서울 시내"}, {Lang: "en-US", Text: "downtown Seoul"}, {Lang: "ja", Text: "ソウル"}}},
	}
	k := UnitKey(&base)
	for i, u := range same {
		if UnitKey(&u) != k {
			t.Errorf("same[%d] has another key", i)
		}
	}
	for i, u := range different {
		if UnitKey(&u) == k {
			t.Errorf("different[%d] has the same key", i)
		}
	}
}

func TestMerge(t *testing.T) {
	var out bytes.Buffer
	var warnings []string
	created := time.Date(2026, 11, 27, 12, 0, 0, 0, time.UTC)
	res, err := Merge(&out, []Input{fixtureInput(t, "merge-a.tmx"), fixtureInput(t, "merge-b.tmx")}, MergeOptions{
		CreationTool: "bitext", CreationToolVersion: "9.9", CreationDate: created,
		Warn: func(err error) { warnings = append(warnings, err.Error()) },
	})
	if err != nil {
		t.Fatal(err)
	}
	want := MergeResult{Read: 8, Written: 4, Duplicates: 3, Skipped: 1}
	if res != want {
		t.Errorf("result %+v, want %+v", res, want)
	}
	wantWarnings := []string{`merge-a.tmx: line 24, column 5: unit (tuid "a4") has a single language (ko-KR); skipped`}
	if !reflect.DeepEqual(warnings, wantWarnings) {
		t.Errorf("warnings %q, want %q", warnings, wantWarnings)
	}
	h, units := readUnits(t, out.Bytes())
	if h.CreationTool != "bitext" || h.CreationToolVersion != "9.9" || !h.CreationDate.Equal(created) ||
		h.SegType != tmx.SegParagraph || h.SrcLang != "ko-KR" || len(h.Props) != 1 || h.Props[0].Value != "merge test A" {
		t.Errorf("header %+v", h)
	}
	var ids []string
	for _, u := range units {
		ids = append(ids, u.TUID)
	}
	if want := []string{"a1", "a2", "b2", "b3"}; !reflect.DeepEqual(ids, want) {
		t.Fatalf("units %q, want %q", ids, want)
	}
	// The first of the duplicates is kept, with its properties.
	if doc, _ := units[1].Prop(tmx.PropDocument); doc != "docA" {
		t.Errorf("a2 kept property x-document=%q, want docA", doc)
	}
	if score, _ := units[0].Prop(tmx.PropScore); score != "0.910" {
		t.Errorf("a1 lost its score: %q", score)
	}
	// Inline markup survives the merge.
	if m := units[3].Variants[1].Markup; m != `The talks were held in <bpt i="1">&lt;b&gt;</bpt>Beijing<ept i="1">&lt;/b&gt;</ept>.` {
		t.Errorf("b3 markup %q", m)
	}
}

func TestMergeWarnsAboutSourceLanguage(t *testing.T) {
	doc := `<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en-US" datatype="plaintext"/><body>` +
		`<tu><tuv xml:lang="en-US"><seg>Seoul</seg></tuv><tuv xml:lang="ko-KR"><seg>서울</seg></tuv></tu></body></tmx>`
	var warnings []error
	var out bytes.Buffer
	res, err := Merge(&out, []Input{fixtureInput(t, "merge-a.tmx"), {Name: "en.tmx", R: strings.NewReader(doc)}},
		MergeOptions{Warn: func(err error) { warnings = append(warnings, err) }})
	if err != nil {
		t.Fatal(err)
	}
	if len(warnings) != 2 || !strings.Contains(warnings[1].Error(), `en.tmx: source language "en-US" differs from "ko-KR"`) {
		t.Errorf("warnings %v", warnings)
	}
	_, units := readUnits(t, out.Bytes())
	if last := units[len(units)-1]; res.Written != 3 || last.Variants[0].Lang != "ko-KR" {
		t.Errorf("written %d; the en.tmx unit starts with %s", res.Written, last.Variants[0].Lang)
	}
}

func TestMergeErrors(t *testing.T) {
	if _, err := Merge(io.Discard, nil, MergeOptions{}); err == nil {
		t.Error("merge of nothing succeeded")
	}
	_, err := Merge(io.Discard, []Input{fixtureInput(t, "merge-a.tmx"), fixtureInput(t, "truncated.tmx")}, MergeOptions{})
	var pe *tmx.ParseError
	if !errors.As(err, &pe) || !strings.HasPrefix(err.Error(), "reading truncated.tmx: line 10, column 38:") {
		t.Errorf("error %v", err)
	}
}

func TestStats(t *testing.T) {
	var suspects []Suspect
	var warnings []error
	s, err := ComputeStats(fixtureInput(t, "stats.tmx"), StatsOptions{
		Warn:    func(err error) { warnings = append(warnings, err) },
		Suspect: func(x Suspect) { suspects = append(suspects, x) },
	})
	if err != nil {
		t.Fatal(err)
	}
	want := &Stats{
		File: "stats.tmx", Version: "1.4", Encoding: "UTF-8", SegType: "paragraph", SrcLang: "ko-KR",
		Units: 9, Languages: map[string]int{"ko-KR": 9, "en-US": 8},
		Duplicates: 1, Inconsistent: 1, SingleLanguage: 1, Empty: 1, Identical: 1, RatioOff: 1, Flagged: 1, Skipped: 1,
		Ratios: map[string]RatioInfo{"ko/en": {Expected: 1 / 0.47, Source: "calibrated", Units: 6}},
	}
	s.pairs = nil
	if !reflect.DeepEqual(s, want) {
		t.Errorf("stats\n got %+v\nwant %+v", s, want)
	}
	if len(warnings) != 1 || !strings.Contains(warnings[0].Error(), `stats.tmx: line 41, column 5: invalid translation unit (tuid "s10-invalid")`) {
		t.Errorf("warnings %v", warnings)
	}
	var got []string
	for _, x := range suspects {
		got = append(got, x.TUID+": "+x.Reason)
	}
	wantSuspects := []string{
		"s3-identical: en-US text same as ko-KR",
		"s5-ratio: en-US/ko-KR length ratio 0.29, expected about 2.13",
		"s6-empty: no text in en-US",
		"s7-single: a single language (ko-KR)",
	}
	if !reflect.DeepEqual(got, wantSuspects) {
		t.Errorf("suspects\n got %q\nwant %q", got, wantSuspects)
	}
	var text bytes.Buffer
	if err := s.WriteText(&text); err != nil {
		t.Fatal(err)
	}
	for _, line := range []string{"units            9\n", "languages        ko-KR 9, en-US 8\n", "ratio off        1 "} {
		if !strings.Contains(text.String(), line) {
			t.Errorf("text report lacks %q:\n%s", line, text.String())
		}
	}
	if _, err := json.Marshal(s); err != nil {
		t.Error(err)
	}
}

// TestStatsMedianRatio checks a language pair without a calibrated ratio:
// the expected ratio is the file's median, and units far from it count.
func TestStatsMedianRatio(t *testing.T) {
	var b bytes.Buffer
	w, err := tmx.NewWriter(&b, tmx.Header{SrcLang: "fr-FR"})
	if err != nil {
		t.Fatal(err)
	}
	de := []string{"Der Hund schläft im Garten neben dem Haus.", "Die Katze sitzt auf dem Dach und schaut herab.", "Wir fahren morgen mit dem Zug nach Berlin."}
	fr := []string{"Le chien dort dans le jardin près de la maison.", "Le chat est assis sur le toit et regarde en bas.", "Nous prenons le train pour Berlin demain."}
	for i := range 60 {
		w.Write(tmx.Unit{Variants: []tmx.Variant{{Lang: "fr-FR", Text: fr[i%3]}, {Lang: "de-DE", Text: de[i%3]}}})
	}
	w.Write(tmx.Unit{Variants: []tmx.Variant{{Lang: "fr-FR", Text: fr[0] + " " + fr[1] + " " + fr[2]}, {Lang: "de-DE", Text: "Ja."}}})
	w.Write(tmx.Unit{Variants: []tmx.Variant{{Lang: "fr-FR", Text: "Oui, bien sûr."}, {Lang: "de-DE", Text: de[0] + " " + de[1] + " " + de[2]}}})
	w.Close()
	s, err := ComputeStats(Input{Name: "fr-de", R: &b}, StatsOptions{})
	if err != nil {
		t.Fatal(err)
	}
	info := s.Ratios["fr/de"]
	if info.Source != "median" || info.Units != 62 || info.Expected < 0.85 || info.Expected > 1.05 {
		t.Errorf("ratio info %+v", info)
	}
	if s.RatioOff != 2 {
		t.Errorf("RatioOff %d, want 2", s.RatioOff)
	}
}

func TestCat(t *testing.T) {
	tests := []struct {
		name     string
		opt      CatOptions
		file     string
		want     []string
		skipped  int
		warnings int
	}{
		{"tsv", CatOptions{Format: FormatTSV}, "merge-b.tmx", []string{
			"tuid\tsrclang\tsource\ttgtlang\ttarget",
			"b1\tko-kr\t정부는 수출이 전년보다 늘었다고 밝혔다.\ten-us\tThe government said exports rose from a year earlier.",
			"b2\tko-KR\t정부는 수출이 전년보다 늘었다고 밝혔다.\ten-US\tExports increased from a year earlier, the government said.",
			"b3\tko-KR\t회담은 베이징에서 열렸다.\ten-US\tThe talks were held in Beijing.",
			"b4\tko-KR\t\u1112\u1161\u11ab\u1100\u116e\u11a8\u110b\u1173\u11ab\u1112\u1162\u11bc\u110b\u1175 \u1100\u1175\u110c\u116e\u11ab\u1100\u1173\u11b7\u1105\u1175\u1105\u1173\u11af \u110b\u1167\u11ab 3.5%\u1105\u1169 \u1103\u1169\u11bc\u1100\u1167\u11af\u1112\u1162\u11bb\u1103\u1161.\ten-US\tThe Bank of Korea kept its benchmark interest rate at 3.5 percent.",
		}, 0, 0},
		{"tsv markup", CatOptions{Format: FormatTSV, Markup: true}, "v14-full.tmx", []string{
			"tuid\tsrclang\tsource\ttgtlang\ttarget",
			"hani-1\tko-KR\t북한의 김정은 국무위원장이 8일 중국을 방문했다.\ten-US\tNorth Korean leader Kim Jong-un visited China on the 8th.",
			`hani-2` + "\tko-KR\t" + `회담은 <bpt i="1" type="bold">&lt;b&gt;</bpt>베이징<ept i="1">&lt;/b&gt;</ept>에서 열렸다.` + "\ten-US\t" + `The talks were held in <bpt i="1" type="bold">&lt;b&gt;</bpt>Beijing<ept i="1">&lt;/b&gt;</ept>.`,
			`hani-3` + "\tko-KR\t" + `사진<ph x="1" type="image">&lt;img src="kim.jpg" alt="<sub>김정은 위원장</sub>"/&gt;</ph> 설명` + "\ten-US\t" + `Photo<ph x="1" type="image">&lt;img src="kim.jpg" alt="<sub>Chairman Kim</sub>"/&gt;</ph> caption`,
			`hani-4` + "\tko-KR\t" + `<hi type="emphasis">2차</hi> 북미 정상회담<it pos="begin" x="2">&lt;i&gt;</it>` + "\ten-US\t" + `The <hi type="emphasis">second</hi> North Korea–US summit<it pos="begin" x="2">&lt;i&gt;</it>`,
			"hani-5\tko-KR\t한국 & 미국 <동맹>(보충)\ten-US\t" + `Korea &amp; the US &lt;alliance&gt;'s future<ut>{\\b}</ut>`,
			`hani-6` + "\ten-US\tA sentence\\nover two lines\tko-KR\t줄이\\n바뀐   문장",
		}, 0, 0},
		{"tsv skips", CatOptions{Format: FormatTSV}, "one-language.tmx", []string{
			"tuid\tsrclang\tsource\ttgtlang\ttarget",
			"pair\tko-KR\t짝이 있는 문장.\ten-US\tA sentence with its translation.",
			"last\tko-KR\t마지막 문장.\ten-US\tThe last sentence.",
		}, 4, 4},
		{"json", CatOptions{Format: FormatJSON}, "one-language.tmx", []string{
			`{"tuid":"pair","tuv":[{"lang":"ko-KR","text":"짝이 있는 문장."},{"lang":"en-US","text":"A sentence with its translation."}]}`,
			`{"tuid":"korean-only","tuv":[{"lang":"ko-KR","text":"번역이 없는 문장."}]}`,
			`{"tuid":"last","tuv":[{"lang":"ko-KR","text":"마지막 문장."},{"lang":"en-US","text":"The last sentence."}]}`,
		}, 3, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			warnings := 0
			tt.opt.Warn = func(error) { warnings++ }
			res, err := Cat(&out, fixtureInput(t, tt.file), tt.opt)
			if err != nil {
				t.Fatal(err)
			}
			got := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			if res.Skipped != tt.skipped || warnings != tt.warnings {
				t.Errorf("skipped %d with %d warnings, want %d and %d", res.Skipped, warnings, tt.skipped, tt.warnings)
			}
		})
	}
}

func TestCatJSONFields(t *testing.T) {
	var out bytes.Buffer
	if _, err := Cat(&out, fixtureInput(t, "v14-full.tmx"), CatOptions{Format: FormatJSON}); err != nil {
		t.Fatal(err)
	}
	first, _, _ := strings.Cut(out.String(), "\n")
	want := `{"tuid":"hani-1","creationdate":"20190111T083512Z","props":[{"type":"x-document","value":"hani-2019-01-11"}],"notes":["Lead paragraph."],` +
		`"tuv":[{"lang":"ko-KR","text":"북한의 김정은 국무위원장이 8일 중국을 방문했다."},` +
		`{"lang":"en-US","text":"North Korean leader Kim Jong-un visited China on the 8th.","props":[{"type":"x-reviewed","value":"yes"}]}]}`
	if first != want {
		t.Errorf("got\n%s\nwant\n%s", first, want)
	}
	if _, err := Cat(io.Discard, fixtureInput(t, "v14-full.tmx"), CatOptions{Format: "csv"}); err == nil {
		t.Error("unknown format accepted")
	}
}
