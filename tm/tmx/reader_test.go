package tmx

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"testing/iotest"
	"time"

	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/unicode"

	"github.com/bitext-ko/bitext/align/testenv"
)

func fixture(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(moduleRoot(t), "testdata", "tmx", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// readAll reads every unit of data and the warnings about skipped units,
// with the scanner poisoning the input it discards.
func readAll(t testing.TB, data io.Reader, keepMarkup bool) (Header, []Unit, []error, error) {
	t.Helper()
	r := NewReader(data)
	r.KeepMarkup = keepMarkup
	r.poisonWindow = true
	var warnings []error
	r.Warn = func(err error) { warnings = append(warnings, err) }
	h, err := r.Header()
	if err != nil {
		return h, nil, warnings, err
	}
	var units []Unit
	for {
		u, err := r.Read()
		if err == io.EOF {
			if r.Skipped() != len(warnings) {
				t.Errorf("Skipped() = %d, but %d warnings", r.Skipped(), len(warnings))
			}
			return h, units, warnings, nil
		}
		if err != nil {
			return h, units, warnings, err
		}
		units = append(units, u)
	}
}

func date(s string) time.Time {
	t, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return t
}

func pair(ko, en string) []Variant {
	return []Variant{{Lang: "ko-KR", Text: ko}, {Lang: "en-US", Text: en}}
}

func TestReadFullFixture(t *testing.T) {
	wantHeader := Header{
		CreationTool: "Example CAT", CreationToolVersion: "7.2", SegType: SegSentence,
		OTMF: "ExampleTM", AdminLang: "en-US", SrcLang: "ko-KR", DataType: "html",
		CreationDate: date("20190111T083000Z"), Version: "1.4",
		Attrs: []Attr{{"changeid", "editor1"}, {"o-encoding", "UTF-8"}},
		Props: []Prop{{Type: "x-project", Value: "Hankyoreh English edition"}},
		Notes: []string{"Exported for review & reuse."},
	}
	unit1 := Unit{
		TUID: "hani-1", CreationDate: date("20190111T083512Z"),
		Attrs: []Attr{{"usagecount", "3"}, {"changedate", "20190112T101010Z"}},
		Props: []Prop{{Type: "x-document", Value: "hani-2019-01-11"}},
		Notes: []string{"Lead paragraph."},
		Variants: []Variant{
			{Lang: "ko-KR", Text: "북한의 김정은 국무위원장이 8일 중국을 방문했다."},
			{Lang: "en-US", Text: "North Korean leader Kim Jong-un visited China on the 8th.",
				Attrs: []Attr{{"creationid", "translator2"}}, Props: []Prop{{Type: "x-reviewed", Value: "yes"}}},
		},
	}
	tests := []struct {
		markup bool
		units  []Unit
	}{
		{false, []Unit{
			unit1,
			{TUID: "hani-2", Variants: pair("회담은 베이징에서 열렸다.", "The talks were held in Beijing.")},
			{TUID: "hani-3", Attrs: []Attr{{"segtype", "phrase"}}, Variants: pair("사진 설명", "Photo caption")},
			{TUID: "hani-4", Variants: pair("2차 북미 정상회담", "The second North Korea–US summit")},
			{TUID: "hani-5", Variants: pair("한국 & 미국 <동맹>(보충)", "Korea & the US <alliance>'s future")},
			{TUID: "hani-6", Attrs: []Attr{{"srclang", "en-US"}}, Variants: pair("줄이\n바뀐   문장", "A sentence\nover two lines")},
		}},
		{true, []Unit{
			unit1,
			{TUID: "hani-2", Variants: []Variant{
				{Lang: "ko-KR", Text: "회담은 베이징에서 열렸다.",
					Markup: `회담은 <bpt i="1" type="bold">&lt;b&gt;</bpt>베이징<ept i="1">&lt;/b&gt;</ept>에서 열렸다.`},
				{Lang: "en-US", Text: "The talks were held in Beijing.",
					Markup: `The talks were held in <bpt i="1" type="bold">&lt;b&gt;</bpt>Beijing<ept i="1">&lt;/b&gt;</ept>.`},
			}},
			{TUID: "hani-3", Attrs: []Attr{{"segtype", "phrase"}}, Variants: []Variant{
				{Lang: "ko-KR", Text: "사진 설명",
					Markup: `사진<ph x="1" type="image">&lt;img src="kim.jpg" alt="<sub>김정은 위원장</sub>"/&gt;</ph> 설명`},
				{Lang: "en-US", Text: "Photo caption",
					Markup: `Photo<ph x="1" type="image">&lt;img src="kim.jpg" alt="<sub>Chairman Kim</sub>"/&gt;</ph> caption`},
			}},
			{TUID: "hani-4", Variants: []Variant{
				{Lang: "ko-KR", Text: "2차 북미 정상회담",
					Markup: `<hi type="emphasis">2차</hi> 북미 정상회담<it pos="begin" x="2">&lt;i&gt;</it>`},
				{Lang: "en-US", Text: "The second North Korea–US summit",
					Markup: `The <hi type="emphasis">second</hi> North Korea–US summit<it pos="begin" x="2">&lt;i&gt;</it>`},
			}},
			{TUID: "hani-5", Variants: []Variant{
				{Lang: "ko-KR", Text: "한국 & 미국 <동맹>(보충)"}, // x-note is no inline element: no markup
				{Lang: "en-US", Text: "Korea & the US <alliance>'s future",
					Markup: `Korea &amp; the US &lt;alliance&gt;'s future<ut>{\b}</ut>`},
			}},
			{TUID: "hani-6", Attrs: []Attr{{"srclang", "en-US"}}, Variants: pair("줄이\n바뀐   문장", "A sentence\nover two lines")},
		}},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("markup=%v", tt.markup), func(t *testing.T) {
			h, units, warnings, err := readAll(t, bytes.NewReader(fixture(t, "v14-full.tmx")), tt.markup)
			if err != nil {
				t.Fatal(err)
			}
			if len(warnings) > 0 {
				t.Errorf("warnings: %v", warnings)
			}
			if !reflect.DeepEqual(h, wantHeader) {
				t.Errorf("header\n got %+v\nwant %+v", h, wantHeader)
			}
			if len(units) != len(tt.units) {
				t.Fatalf("read %d units, want %d", len(units), len(tt.units))
			}
			for i := range units {
				if !reflect.DeepEqual(units[i], tt.units[i]) {
					t.Errorf("unit %d\n got %+v\nwant %+v", i, units[i], tt.units[i])
				}
			}
		})
	}
}

func TestReadPositions(t *testing.T) {
	r := NewReader(bytes.NewReader(fixture(t, "v14-full.tmx")))
	want := [][2]int{{15, 5}, {26, 5}, {30, 5}, {34, 5}, {38, 5}, {44, 5}}
	for i, w := range want {
		if _, err := r.Read(); err != nil {
			t.Fatal(err)
		}
		if line, col := r.Pos(); line != w[0] || col != w[1] {
			t.Errorf("unit %d at %d:%d, want %d:%d", i, line, col, w[0], w[1])
		}
	}
}

func TestReadTMX11(t *testing.T) {
	r := NewReader(bytes.NewReader(fixture(t, "v11-lang.tmx")))
	h, units, _, err := readAll(t, bytes.NewReader(fixture(t, "v11-lang.tmx")), false)
	if err != nil {
		t.Fatal(err)
	}
	if h.Version != "1.1" || h.SegType != SegSentence || h.SrcLang != "EN-US" {
		t.Errorf("header %+v", h)
	}
	want := []Unit{
		{TUID: "1", Variants: []Variant{{Lang: "EN-US", Text: "Café opening hours"}, {Lang: "FR-FR", Text: "Horaires du café à Montréal"}}},
		{TUID: "2", Variants: []Variant{{Lang: "EN-US", Text: "Price: 5 £"}, {Lang: "DE-DE", Text: "Preis: 5 £ (größer)"}}},
	}
	if !reflect.DeepEqual(units, want) {
		t.Errorf("units\n got %+v\nwant %+v", units, want)
	}
	if _, err := r.Header(); err != nil || r.Encoding() != "windows-1252" {
		t.Errorf("encoding %q, %v; want windows-1252 (the WHATWG name for ISO-8859-1)", r.Encoding(), err)
	}
}

func TestReadEncodings(t *testing.T) {
	doc := func(decl string) string {
		return decl + `<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="ko-KR" datatype="plaintext"/>` +
			"<body><tu><tuv xml:lang=\"ko-KR\"><seg>대한민국 서울</seg></tuv><tuv xml:lang=\"en-US\"><seg>Seoul, Korea — \U0001F600</seg></tuv></tu></body></tmx>"
	}
	utf16 := func(e unicode.Endianness, bom unicode.BOMPolicy, s string) []byte {
		b, err := unicode.UTF16(e, bom).NewEncoder().Bytes([]byte(s))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	eucKR, err := korean.EUCKR.NewEncoder().Bytes([]byte(strings.Replace(doc(`<?xml version="1.0" encoding="EUC-KR"?>`), " — \U0001F600", "", 1)))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, encoding string
		data           []byte
		en             string
	}{
		{"utf-8", "UTF-8", []byte(doc(`<?xml version="1.0" encoding="UTF-8"?>`)), "Seoul, Korea — \U0001F600"},
		{"utf-8 no declaration", "UTF-8", []byte(doc("")), "Seoul, Korea — \U0001F600"},
		{"utf-8 bom", "UTF-8", append([]byte{0xEF, 0xBB, 0xBF}, doc(`<?xml version="1.0" encoding="utf-8"?>`)...), "Seoul, Korea — \U0001F600"},
		{"utf-16le bom", "UTF-16LE", utf16(unicode.LittleEndian, unicode.UseBOM, doc(`<?xml version="1.0" encoding="UTF-16"?>`)), "Seoul, Korea — \U0001F600"},
		{"utf-16be bom", "UTF-16BE", utf16(unicode.BigEndian, unicode.UseBOM, doc(`<?xml version="1.0" encoding="UTF-16"?>`)), "Seoul, Korea — \U0001F600"},
		{"utf-16le no bom", "UTF-16LE", utf16(unicode.LittleEndian, unicode.IgnoreBOM, doc(`<?xml version="1.0" encoding="UTF-16"?>`)), "Seoul, Korea — \U0001F600"},
		{"utf-16be no declaration", "UTF-16BE", utf16(unicode.BigEndian, unicode.UseBOM, doc("")), "Seoul, Korea — \U0001F600"},
		{"euc-kr", "euc-kr", eucKR, "Seoul, Korea"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := NewReader(bytes.NewReader(tt.data))
			u, err := r.Read()
			if err != nil {
				t.Fatal(err)
			}
			if r.Encoding() != tt.encoding {
				t.Errorf("encoding %q, want %q", r.Encoding(), tt.encoding)
			}
			if ko, en := u.Variants[0].Text, u.Variants[1].Text; ko != "대한민국 서울" || en != tt.en {
				t.Errorf("read %q, %q", ko, en)
			}
		})
	}
}

// TestReadSkipsInvalidUnits checks that units TMX does not allow are
// skipped with a warning naming their position, and that a unit in one
// language is returned.
// TestReadAttributeValues checks values holding '>', quotes of the other
// kind, references and white space.
func TestReadAttributeValues(t *testing.T) {
	doc := `<tmx version="1.4"><header creationtool="a>b" creationtoolversion='say "hi"' segtype="sentence" o-tmf="x" adminlang="en" srclang="en"
	datatype="a&amp;b&#x9;c
d"/><body/></tmx>`
	h, err := NewReader(strings.NewReader(doc)).Header()
	if err != nil {
		t.Fatal(err)
	}
	if h.CreationTool != "a>b" || h.CreationToolVersion != `say "hi"` || h.DataType != "a&b\tc d" {
		t.Errorf("header %+v", h)
	}
}

// TestReadDoctype checks that well-formed DOCTYPEs of every shape are
// skipped.
func TestReadDoctype(t *testing.T) {
	const doc = `<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/>` +
		`<body><tu><tuv xml:lang="en"><seg>a</seg></tuv></tu></body></tmx>`
	for _, doctype := range []string{
		"<!DOCTYPE tmx>",
		"<!DOCTYPE tmx >",
		`<!DOCTYPE tmx SYSTEM "tmx14.dtd">`,
		"<!DOCTYPE\ttmx\nPUBLIC '-//LISA OSCAR:1998//DTD for Translation Memory eXchange//EN' 'tmx14.dtd'\n>",
		"<!DOCTYPE tmx[]>",
		`<!DOCTYPE tmx SYSTEM "a>b" [ <!ENTITY % e "x>y"> %e; <!-- a ']' comment --> <?pi it's a '[?> ` +
			`<!ATTLIST tu tuid CDATA "a>]b"> <!ELEMENT seg (#PCDATA|bpt)*> <!NOTATION n SYSTEM "n"> ] >`,
	} {
		_, units, _, err := readAll(t, strings.NewReader(doctype+doc), false)
		if err != nil || len(units) != 1 {
			t.Errorf("%s: %d units, %v", doctype, len(units), err)
		}
	}
}

func TestReadSkipsInvalidUnits(t *testing.T) {
	_, units, warnings, err := readAll(t, bytes.NewReader(fixture(t, "one-language.tmx")), false)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, u := range units {
		ids = append(ids, u.TUID)
	}
	if want := []string{"pair", "korean-only", "last"}; !reflect.DeepEqual(ids, want) {
		t.Errorf("read units %q, want %q", ids, want)
	}
	want := []string{
		`line 12, column 5: invalid translation unit (tuid "no-lang"): <tuv> without xml:lang; skipped`,
		`line 16, column 5: invalid translation unit (tuid "empty"): no <tuv>; skipped`,
		`line 17, column 5: invalid translation unit (tuid "two-segs"): <tuv xml:lang="ko-KR"> with 2 <seg> elements; skipped`,
	}
	if len(warnings) != len(want) {
		t.Fatalf("warnings %v, want %d", warnings, len(want))
	}
	for i, w := range warnings {
		if w.Error() != want[i] || !errors.Is(w, ErrInvalidUnit) {
			t.Errorf("warning %d: %v\nwant %s", i, w, want[i])
		}
	}
}

func TestReadBadInput(t *testing.T) {
	t.Parallel()
	const header = `<header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/>`
	const open = `<tmx version="1.4">` + header + "<body>\n"
	unit := func(seg string) string {
		return `<tu><tuv xml:lang="en"><seg>` + seg + `</seg></tuv><tuv xml:lang="ko"><seg>가</seg></tuv></tu>` + "\n"
	}
	valid := open + unit("ok") + "</body></tmx>"
	tests := []struct {
		name      string
		data      string
		want      error
		line, col int // 0: not checked
	}{
		{"empty input", "", ErrUnexpectedEOF, 1, 1},
		{"only white space", "  \n ", ErrUnexpectedEOF, 2, 2},
		{"truncated file", string(fixture(t, "truncated.tmx")), ErrUnexpectedEOF, 10, 38},
		{"truncated after body", strings.TrimSuffix(valid, "</tmx>"), ErrUnexpectedEOF, 3, 8},
		{"truncated in a tag", valid[:len(open)+10], ErrUnexpectedEOF, 2, 11},
		{"no header", string(fixture(t, "no-header.tmx")), ErrNoHeader, 3, 3},
		{"empty root", `<tmx version="1.4"/>`, ErrNoHeader, 1, 1},
		{"billion laughs", string(fixture(t, "billion-laughs.tmx")), ErrUndefinedEntity, 17, 33},
		{"undefined entity", open + unit("caf&eacute;"), ErrUndefinedEntity, 2, 32},
		{"bare ampersand", open + unit("R&D"), ErrSyntax, 2, 30},
		{"null character reference", open + unit("a&#0;b"), ErrSyntax, 2, 30},
		{"surrogate reference", open + unit("&#xD800;"), ErrSyntax, 2, 29},
		{"control character", open + unit("a\x01b"), ErrInvalidChar, 2, 30},
		{"latin-1 in utf-8", open + unit("caf\xe9"), ErrInvalidBytes, 2, 32},
		{"euc-kr in utf-8", open + unit("\xb4\xeb\xc7\xd1"), ErrInvalidBytes, 2, 29},
		{"U+FFFE", open + unit("a\uFFFEb"), ErrInvalidChar, 2, 30},
		{"utf-16 declared, no bom", `<?xml version="1.0" encoding="UTF-16"?>` + valid, ErrEncoding, 1, 1},
		{"iso-2022-kr, which x/text lacks", `<?xml version="1.0" encoding="ISO-2022-KR"?>` + valid, ErrEncoding, 1, 1},
		{"unknown encoding", `<?xml version="1.0" encoding="x-klingon"?>` + valid, ErrEncoding, 1, 1},
		{"utf-8 bom, other declaration", "\xEF\xBB\xBF" + `<?xml version="1.0" encoding="EUC-KR"?>` + valid, ErrEncoding, 1, 1},
		{"utf-32", "\x00\x00\xFE\xFF\x00\x00\x00<", ErrEncoding, 1, 1},
		{"not tmx", `<html><body/></html>`, ErrNotTMX, 1, 1},
		{"tmx 2.0", `<tmx version="2.0">` + header + `<body/></tmx>`, ErrVersion, 1, 1},
		{"mismatched end tag", open + `<tu><tuv xml:lang="en"><seg>a</tuv></tu>`, ErrSyntax, 2, 30},
		{"end tag without start", "<tmx>" + header + "</body>", ErrSyntax, 1, 134},
		{"content after root", valid + "<tmx/>", ErrSyntax, 3, 14},
		{"text after root", valid + " junk", ErrSyntax, 3, 15},
		{"text before root", "junk" + valid, ErrSyntax, 1, 1},
		{"duplicate attribute", open + `<tu tuid="1" tuid="2"/>`, ErrSyntax, 2, 14},
		{"unquoted attribute", open + `<tu tuid=1/>`, ErrSyntax, 2, 10},
		{"lt in attribute", open + `<tu tuid="<"/>`, ErrSyntax, 2, 11},
		{"no name after lt", open + unit("a < b"), ErrSyntax, 2, 31},
		{"cdata end in text", open + unit("a ]]> b"), ErrSyntax, 2, 31},
		{"double hyphen in comment", open + "<!-- a -- b -->", ErrSyntax, 2, 8},
		{"unterminated comment", open + "<!-- a", ErrUnexpectedEOF, 2, 7},
		{"unterminated cdata", open + unit("<![CDATA[a"), ErrUnexpectedEOF, 3, 1},
		{"declaration not first", "\n" + `<?xml version="1.0"?>` + valid, ErrSyntax, 2, 1},
		{"doctype after root", open + "<!DOCTYPE tmx>", ErrSyntax, 2, 1},
		{"doctype without a name", "<!DOCTYPE>" + valid, ErrSyntax, 1, 10},
		{"doctype without space", `<!DOCTYPE"tmx">` + valid, ErrSyntax, 1, 10},
		{"doctype, text after the name", "<!DOCTYPE tmx tmx14.dtd>" + valid, ErrSyntax, 1, 15},
		{"doctype, system id unquoted", "<!DOCTYPE tmx SYSTEM tmx14.dtd>" + valid, ErrSyntax, 1, 22},
		{"doctype, markup that declares nothing", `<!DOCTYPE tmx [<''""<""]>` + valid, ErrSyntax, 1, 16},
		{"doctype, unknown declaration", `<!DOCTYPE tmx [<!FOO x>]>` + valid, ErrSyntax, 1, 16},
		{"doctype, text in the subset", `<!DOCTYPE tmx [ x ]>` + valid, ErrSyntax, 1, 17},
		{"doctype, double hyphen in a comment", `<!DOCTYPE tmx [<!-- a -- b -->]>` + valid, ErrSyntax, 1, 23},
		{"doctype not closed", `<!DOCTYPE tmx [<!ENTITY a "x">`, ErrUnexpectedEOF, 1, 31},
		{"bad xml version", `<?xml version="2.0"?>` + valid, ErrSyntax, 1, 1},
		{"xml version not a number", `<?xml version="1.x"?>` + valid, ErrSyntax, 1, 1},
		{"empty encoding name", `<?xml version="1.0" encoding=""?>` + valid, ErrSyntax, 1, 1},
		{"encoding name with a space", `<?xml version="1.0" encoding="utf 8"?>` + valid, ErrSyntax, 1, 1},
		{"standalone neither yes nor no", `<?xml version="1.0" standalone="maybe"?>` + valid, ErrSyntax, 1, 1},
		{"deep nesting in segment", open + `<tu><tuv xml:lang="en"><seg>` + strings.Repeat("<hi>", 10000), ErrTooDeep, 2, 1033},
		{"deep nesting in body", open + strings.Repeat("<x>", 10000), ErrTooDeep, 2, 763},
		{"token too large", open + unit(strings.Repeat("가", MaxTokenSize/3+10)), ErrTooLarge, 2, 29},
		{"too many attributes", open + "<tu" + manyAttrs(300) + "/>", ErrTooLarge, 2, 2601},
		{"name too long", open + "<" + strings.Repeat("n", 2000) + "/>", ErrTooLarge, 2, 1},
		{"unterminated attribute value", open + `<tu tuid="1>` + unit("x"), ErrUnexpectedEOF, 3, 1},
		{"unit too large", open + "<tu>" + strings.Repeat(`<prop type="x-p">`+strings.Repeat("a", 1000)+"</prop>", MaxUnitSize/1000), ErrTooLarge, 2, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, _, err := readAll(t, strings.NewReader(tt.data), true)
			if !errors.Is(err, tt.want) {
				t.Fatalf("error %v, want %v", err, tt.want)
			}
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %T is no *ParseError", err)
			}
			if tt.line != 0 && (pe.Line != tt.line || pe.Column != tt.col) {
				t.Errorf("error at %d:%d, want %d:%d (%v)", pe.Line, pe.Column, tt.line, tt.col, err)
			}
			if !strings.HasPrefix(err.Error(), fmt.Sprintf("line %d, column %d: ", pe.Line, pe.Column)) {
				t.Errorf("message %q does not start with the position", err)
			}
		})
	}
}

func manyAttrs(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, ` a%d="%d"`, i, i)
	}
	return b.String()
}

// TestReadErrorIsSticky checks that after an error every call returns it.
func TestReadErrorIsSticky(t *testing.T) {
	r := NewReader(bytes.NewReader(fixture(t, "truncated.tmx")))
	if _, err := r.Read(); err != nil {
		t.Fatalf("first unit: %v", err)
	}
	_, err1 := r.Read()
	_, err2 := r.Read()
	if err1 == nil || err1 != err2 {
		t.Errorf("errors %v then %v", err1, err2)
	}
	if _, err := r.Header(); err != nil {
		t.Errorf("Header after a later error: %v", err)
	}
}

// TestReadPositionsAcrossRefills checks line and column numbers far into a
// document read through readers that return little at a time. The
// document has 3,000 units in the long tier of tests (testenv), 600 (some
// 400 KiB, six times the scanner's first window) in the default tier.
func TestReadPositionsAcrossRefills(t *testing.T) {
	t.Parallel()
	n := testenv.Count(600, 3000)
	good := writeAll(t, Header{}, syntheticUnits(n, 7))
	// Break the document in its last segment.
	at := bytes.LastIndex(good, []byte("<seg>")) + len("<seg>") + 5
	bad := append(append(append([]byte{}, good[:at]...), 0x01), good[at:]...)
	wantLine := 1 + bytes.Count(bad[:at], []byte("\n"))
	wantCol := 1 + len([]rune(string(bad[bytes.LastIndexByte(bad[:at], '\n')+1:at])))
	readers := map[string]func([]byte) io.Reader{
		"whole":    func(b []byte) io.Reader { return bytes.NewReader(b) },
		"one byte": func(b []byte) io.Reader { return iotest.OneByteReader(bytes.NewReader(b)) },
		"half":     func(b []byte) io.Reader { return iotest.HalfReader(bytes.NewReader(b)) },
		"data+err": func(b []byte) io.Reader { return iotest.DataErrReader(bytes.NewReader(b)) },
	}
	for name, mk := range readers {
		t.Run(name, func(t *testing.T) {
			_, units, _, err := readAll(t, mk(good), false)
			if err != nil || len(units) != n {
				t.Fatalf("good document: %d units, %v", len(units), err)
			}
			_, _, _, err = readAll(t, mk(bad), false)
			var pe *ParseError
			if !errors.As(err, &pe) || !errors.Is(err, ErrInvalidChar) {
				t.Fatalf("error %v, want ErrInvalidChar", err)
			}
			if pe.Line != wantLine || pe.Column != wantCol {
				t.Errorf("error at %d:%d, want %d:%d", pe.Line, pe.Column, wantLine, wantCol)
			}
		})
	}
}

func TestReadIOError(t *testing.T) {
	data := writeAll(t, Header{}, syntheticUnits(200, 3))
	r := io.MultiReader(bytes.NewReader(data[:len(data)/2]), iotest.ErrReader(iotest.ErrTimeout))
	_, _, _, err := readAll(t, r, false)
	var pe *ParseError
	if !errors.Is(err, iotest.ErrTimeout) || !errors.As(err, &pe) {
		t.Errorf("error %v, want the reader's error with a position", err)
	}
}
