package tmx

import (
	"bytes"
	"errors"
	"io"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode"
)

func TestNormalizeText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"plain", "plain"},
		{"  leading and trailing \n", "leading and trailing"},
		{"line\nbreaks\r\nand\ttabs", "line breaks and tabs"},
		{"many    spaces", "many spaces"},
		{"ideographic\u3000space 한국\u3000 어", "ideographic space 한국 어"},
		{"en\u2002space and em\u2003space", "en space and em space"},
		{"10\u00a0km", "10\u00a0km"},                           // a deliberate no-break space stays
		{"10\u202fkm\u00a0\u00a0x", "10\u202fkm\u00a0\u00a0x"}, // so does a run of them
		{"10 \u00a0km", "10 km"},                               // mixed with a breaking space: one space
		{"\u00a0edge\u00a0", "edge"},                           // trimmed at the ends all the same
		{"line\u2028separator\u0085nel", "line separator nel"},
		{"\u1112\u1161\u11ab\u1100\u116e\u11a8", "한국"}, // decomposed jamo composed
		{"cafe\u0301", "café"},                         // combining accent composed
		{"control\x01kept", "control\x01kept"},         // dropped on writing, not here
		{"\v\f", ""},
	}
	for _, tt := range tests {
		if got := NormalizeText(tt.in); got != tt.want {
			t.Errorf("NormalizeText(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if got := NormalizeText(tt.want); got != tt.want {
			t.Errorf("NormalizeText is not idempotent on %q: %q", tt.want, got)
		}
	}
}

func TestAppendEscaped(t *testing.T) {
	tests := []struct {
		in          string
		attr        bool
		want        string
		wantDropped int
	}{
		{`a < b && c > "d" 'e'`, false, `a &lt; b &amp;&amp; c &gt; "d" 'e'`, 0},
		{`a < b && c > "d" 'e'`, true, `a &lt; b &amp;&amp; c &gt; &quot;d&quot; 'e'`, 0},
		{"]]>", false, "]]&gt;", 0},
		{"tab\tline\ncr\r", false, "tab\tline\ncr&#13;", 0},
		{"tab\tline\ncr\r", true, "tab&#9;line&#10;cr&#13;", 0},
		{"nul\x00bel\x07esc\x1b", false, "nulbelesc", 3},
		{"bad utf-8 \xff\xfe end", false, "bad utf-8  end", 2},
		{"surrogate \xed\xa0\x80", false, "surrogate ", 3},
		{"nonchar \uFFFE\uFFFF ok \uFFFD", false, "nonchar  ok \uFFFD", 2},
		{"한국어 \U0001F600 & <b>", false, "한국어 \U0001F600 &amp; &lt;b&gt;", 0},
		{"한국어\x01", true, "한국어", 1},
	}
	for _, tt := range tests {
		got, dropped := appendEscaped([]byte("|"), tt.in, tt.attr)
		if string(got) != "|"+tt.want || dropped != tt.wantDropped {
			t.Errorf("appendEscaped(%q, attr=%v) = %q, %d; want %q, %d", tt.in, tt.attr, got[1:], dropped, tt.want, tt.wantDropped)
		}
		gotBytes, droppedBytes := appendEscaped(nil, []byte(tt.in), tt.attr)
		if string(gotBytes) != tt.want || droppedBytes != dropped {
			t.Errorf("appendEscaped on []byte differs from string for %q", tt.in)
		}
	}
}

func TestWriterOutput(t *testing.T) {
	created := time.Date(2026, 11, 27, 18, 0, 5, 0, time.FixedZone("KST", 9*3600))
	var b bytes.Buffer
	w, err := NewWriter(&b, Header{CreationToolVersion: "0.1.0", SegType: SegParagraph, CreationDate: created})
	if err != nil {
		t.Fatal(err)
	}
	u := Unit{TUID: "doc1-3", CreationDate: created, Variants: []Variant{
		{Lang: "en-US", Text: "  Seoul's \"big\" day\n & night "},
		{Lang: "ko-KR", Text: "서울의\t큰 날"},
	}}
	u.AddProp(PropDocument, "doc1")
	u.AddProp(PropScore, "0.42")
	u.MarkFlagged("score below 0.5")
	if err := w.Write(u); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	want := `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="bitext" creationtoolversion="0.1.0" segtype="paragraph" o-tmf="bitext" adminlang="en-US" srclang="ko-KR" datatype="plaintext" creationdate="20261127T090005Z"/>
  <body>
    <tu tuid="doc1-3" creationdate="20261127T090005Z">
      <prop type="x-document">doc1</prop>
      <prop type="x-score">0.42</prop>
      <prop type="x-flagged">score below 0.5</prop>
      <tuv xml:lang="ko-KR"><seg>서울의 큰 날</seg></tuv>
      <tuv xml:lang="en-US"><seg>Seoul's "big" day &amp; night</seg></tuv>
    </tu>
  </body>
</tmx>
`
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
	if w.Count() != 1 || w.Dropped() != 0 {
		t.Errorf("Count %d, Dropped %d", w.Count(), w.Dropped())
	}
}

func TestWriterSourceFirst(t *testing.T) {
	units := []Unit{
		{TUID: "ko source", Variants: []Variant{{Lang: "en-US", Text: "en"}, {Lang: "ko-kr", Text: "ko"}}},
		{TUID: "unit srclang", Attrs: []Attr{{"srclang", "en-US"}}, Variants: []Variant{{Lang: "ko-KR", Text: "ko"}, {Lang: "en-US", Text: "en"}}},
		{TUID: "three", Variants: []Variant{{Lang: "ja-JP", Text: "ja"}, {Lang: "en-US", Text: "en"}, {Lang: "ko-KR", Text: "ko"}}},
		{TUID: "no source", Variants: []Variant{{Lang: "ja-JP", Text: "ja"}, {Lang: "en-US", Text: "en"}}},
	}
	want := [][]string{{"ko-kr", "en-US"}, {"en-US", "ko-KR"}, {"ko-KR", "ja-JP", "en-US"}, {"ja-JP", "en-US"}}
	_, got, _, err := readAll(t, bytes.NewReader(writeAll(t, Header{}, units)), false)
	if err != nil {
		t.Fatal(err)
	}
	for i, u := range got {
		var langs []string
		for _, v := range u.Variants {
			langs = append(langs, v.Lang)
		}
		if !reflect.DeepEqual(langs, want[i]) {
			t.Errorf("unit %q: languages in order %v, want %v", u.TUID, langs, want[i])
		}
	}
	// English as the source flips the order.
	_, got, _, err = readAll(t, bytes.NewReader(writeAll(t, Header{SrcLang: "en-US"}, units[:1])), false)
	if err != nil {
		t.Fatal(err)
	}
	if got[0].Variants[0].Lang != "en-US" {
		t.Errorf("with srclang en-US the first variant is %s", got[0].Variants[0].Lang)
	}
}

func TestWriterDropsForbiddenCharacters(t *testing.T) {
	var b bytes.Buffer
	w, err := NewWriter(&b, Header{})
	if err != nil {
		t.Fatal(err)
	}
	u := Unit{TUID: "id\x00", Notes: []string{"note\x1f"}, Variants: pair("한국\x07어\uFFFF", "bad \xc3 byte\x0b here")}
	u.AddProp("x-\x01type", "value\x02")
	if err := w.Write(u); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if w.Dropped() != 8 {
		t.Errorf("Dropped() = %d, want 8", w.Dropped())
	}
	_, units, _, err := readAll(t, &b, false)
	if err != nil {
		t.Fatalf("the output does not read back: %v", err)
	}
	want := Unit{TUID: "id", Notes: []string{"note"}, Props: []Prop{{Type: "x-type", Value: "value"}}, Variants: pair("한국어", "bad byte here")}
	if !reflect.DeepEqual(units[0], want) {
		t.Errorf("read back %+v\nwant %+v", units[0], want)
	}
}

func TestWriterVerbatim(t *testing.T) {
	var b bytes.Buffer
	w, err := NewWriter(&b, Header{})
	if err != nil {
		t.Fatal(err)
	}
	w.Verbatim = true
	text := "  two\r\nlines\tand\rcr  "
	if err := w.Write(Unit{Variants: pair(text, "e\u0301")}); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	_, units, _, err := readAll(t, &b, false)
	if err != nil {
		t.Fatal(err)
	}
	if got := units[0].Variants; got[0].Text != text || got[1].Text != "e\u0301" {
		t.Errorf("verbatim text read back as %q, %q", got[0].Text, got[1].Text)
	}
}

func TestWriterRejects(t *testing.T) {
	headers := []struct {
		name string
		h    Header
	}{
		{"segtype", Header{SegType: "word"}},
		{"unknown attribute", Header{Attrs: []Attr{{"colour", "red"}}}},
		{"attribute twice", Header{Attrs: []Attr{{"changeid", "a"}, {"changeid", "b"}}}},
		{"creationdate twice", Header{CreationDate: time.Now(), Attrs: []Attr{{"creationdate", "x"}}}},
	}
	for _, tt := range headers {
		if _, err := NewWriter(io.Discard, tt.h); err == nil {
			t.Errorf("header with bad %s accepted", tt.name)
		}
	}
	units := []struct {
		name string
		u    Unit
	}{
		{"no variant", Unit{TUID: "1"}},
		{"no language", Unit{Variants: []Variant{{Text: "x"}}}},
		{"unknown attribute", Unit{Attrs: []Attr{{"tuid", "x"}}, Variants: pair("a", "b")}},
		{"bad segtype", Unit{Attrs: []Attr{{"segtype", "word"}}, Variants: pair("a", "b")}},
		{"untyped prop", Unit{Props: []Prop{{Value: "v"}}, Variants: pair("a", "b")}},
		{"untyped variant prop", Unit{Variants: []Variant{{Lang: "en", Props: []Prop{{Value: "v"}}}}}},
		{"variant attribute", Unit{Variants: []Variant{{Lang: "en", Attrs: []Attr{{"xml:lang", "ko"}}}}}},
		{"markup not well-formed", Unit{Variants: []Variant{{Lang: "en", Markup: "a <b"}}}},
		{"markup unclosed", Unit{Variants: []Variant{{Lang: "en", Markup: `<bpt i="1">x`}}}},
		{"markup closing seg", Unit{Variants: []Variant{{Lang: "en", Markup: `a</seg><seg>b`}}}},
		{"markup entity", Unit{Variants: []Variant{{Lang: "en", Markup: `&nbsp;`}}}},
	}
	var b bytes.Buffer
	w, err := NewWriter(&b, Header{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range units {
		if err := w.Write(tt.u); err == nil {
			t.Errorf("unit with %s accepted", tt.name)
		}
	}
	// Rejected units leave no trace; the writer goes on.
	if err := w.Write(Unit{Variants: pair("가", "a")}); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	_, got, _, err := readAll(t, &b, false)
	if err != nil || len(got) != 1 || w.Count() != 1 {
		t.Errorf("after rejected units: %d units read, Count %d, %v", len(got), w.Count(), err)
	}
	if err := w.Write(Unit{Variants: pair("가", "a")}); err == nil {
		t.Error("Write after Close accepted")
	}
}

func TestWriterMarkupCanonical(t *testing.T) {
	tests := []struct{ in, want string }{
		{`a<ph x='1'>&lt;br&gt;</ph>b`, `a<ph x="1">&lt;br&gt;</ph>b`},
		{`<bpt i="1" foo="x">&lt;b></bpt>x<ept i="1">&lt;/b></ept>`, `<bpt i="1">&lt;b&gt;</bpt>x<ept i="1">&lt;/b&gt;</ept>`},
		{`<sub>not here</sub> text`, `not here text`},
		{`<bpt>no i</bpt>kept`, `kept`},
		{`<it pos="middle">x</it>y`, `y`},
		{`<![CDATA[<raw>]]>`, `&lt;raw&gt;`},
		{`<g id="1">xliff</g>`, `xliff`},
		{`<ph/>`, `<ph/>`},
	}
	for _, tt := range tests {
		var b bytes.Buffer
		w, _ := NewWriter(&b, Header{})
		if err := w.Write(Unit{Variants: []Variant{{Lang: "en", Markup: tt.in}}}); err != nil {
			t.Errorf("%q: %v", tt.in, err)
			continue
		}
		w.Close()
		seg := b.String()
		seg = seg[strings.Index(seg, "<seg>")+5 : strings.Index(seg, "</seg>")]
		if seg != tt.want {
			t.Errorf("markup %q written as %q, want %q", tt.in, seg, tt.want)
		}
	}
}

type failingWriter struct{ n int }

func (f *failingWriter) Write(p []byte) (int, error) {
	if f.n -= len(p); f.n < 0 {
		return 0, errors.New("disk full")
	}
	return len(p), nil
}

func TestWriterReportsWriteErrors(t *testing.T) {
	w, err := NewWriter(&failingWriter{n: 100 << 10}, Header{})
	if err != nil {
		t.Fatal(err)
	}
	var werr error
	for _, u := range syntheticUnits(2000, 5) {
		if werr = w.Write(u); werr != nil {
			break
		}
	}
	if werr == nil {
		werr = w.Close()
	}
	if werr == nil || !strings.Contains(werr.Error(), "disk full") {
		t.Errorf("error %v, want the disk-full error", werr)
	}
	if err := w.Close(); err == nil {
		t.Error("Close after a write error returned nil")
	}
}

// TestIsSpace compares the fast white-space test with the unicode package
// over all of Unicode.
func TestIsSpace(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if isSpace(r) != unicode.IsSpace(r) {
			t.Errorf("isSpace(%U) = %v", r, isSpace(r))
		}
	}
}
