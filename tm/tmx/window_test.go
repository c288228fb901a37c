package tmx

import (
	"bytes"
	"fmt"
	"io"
	"reflect"
	"strings"
	"testing"
	"testing/iotest"
)

// chunkReader returns its data in reads of 1, 2, …, 97 bytes in turn, so
// that the scanner's window moves at every other token.
type chunkReader struct {
	data []byte
	n    int
}

func (r *chunkReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, io.EOF
	}
	r.n = r.n%97 + 1
	n := copy(p[:min(len(p), r.n)], r.data)
	r.data = r.data[n:]
	return n, nil
}

// readerShapes are ways of handing a document to the reader that move the
// scanner's window at different places.
var readerShapes = map[string]func([]byte) io.Reader{
	"whole":    func(b []byte) io.Reader { return bytes.NewReader(b) },
	"one byte": func(b []byte) io.Reader { return iotest.OneByteReader(bytes.NewReader(b)) },
	"half":     func(b []byte) io.Reader { return iotest.HalfReader(bytes.NewReader(b)) },
	"chunks":   func(b []byte) io.Reader { return &chunkReader{data: b} },
	"data+eof": func(b []byte) io.Reader { return iotest.DataErrReader(bytes.NewReader(b)) },
}

// TestReadNonASCIIAttributes is the regression test for issue 10: an
// attribute value with non-ASCII characters (the first unit's tuid="é0", a
// Korean tuid as bitext's corpus mode writes them, an accented creationtool)
// made later attribute values be written into the scanner's window, so that
// text further on changed ("sentence number 3 here" read as "…hene") or
// made-up syntax errors appeared.
func TestReadNonASCIIAttributes(t *testing.T) {
	const n = 30
	type unitFunc func(i int) (string, Unit)
	plain := func(tuid func(int) string) unitFunc {
		return func(i int) (string, Unit) {
			id := tuid(i)
			en, ko := fmt.Sprintf("sentence number %d here", i), fmt.Sprintf("문장 번호 %d 여기", i)
			return fmt.Sprintf(`<tu tuid="%s"><tuv xml:lang="en-US"><seg>%s</seg></tuv><tuv xml:lang="ko-KR"><seg>%s</seg></tuv></tu>`, id, en, ko),
				Unit{TUID: id, Variants: []Variant{{Lang: "en-US", Text: en}, {Lang: "ko-KR", Text: ko}}}
		}
	}
	const plainHeader = `<header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en-US" datatype="plaintext"/>`
	tests := []struct {
		name   string
		header string
		want   Header
		unit   unitFunc
	}{
		{"é0 first tuid", plainHeader, Header{}, plain(func(i int) string {
			if i == 0 {
				return "é0"
			}
			return fmt.Sprint("u", i)
		})},
		{"korean tuids", plainHeader, Header{}, plain(func(i int) string { return fmt.Sprintf("뉴스/기사%d.en.txt#%d", i%3, i) })},
		{"accented creationtool", `<header creationtool="Éditeur de mémoires" creationtoolversion="2.1 bêta" segtype="sentence" o-tmf="Trados Übersetzer" adminlang="en" srclang="en-US" datatype="plaintext"/>`,
			Header{CreationTool: "Éditeur de mémoires", CreationToolVersion: "2.1 bêta", OTMF: "Trados Übersetzer"},
			plain(func(i int) string { return fmt.Sprint(i) })},
		{"every kind of attribute", `<header creationtool="Éditeur" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en-US" datatype="plaintext" changeid="José"><prop type="x-projet" xml:lang="fr">Café</prop><note>Übersicht</note></header>`,
			Header{CreationTool: "Éditeur", CreationToolVersion: "1", OTMF: "t", Attrs: []Attr{{"changeid", "José"}}, Props: []Prop{{Type: "x-projet", Lang: "fr", Value: "Café"}}, Notes: []string{"Übersicht"}},
			func(i int) (string, Unit) {
				en, ko := fmt.Sprintf("The State Department said on day %d", i), fmt.Sprintf("국무부는 %d일 밝혔다", i)
				return fmt.Sprintf(`<tu tuid="기사-%d" changeid="Zoë &amp; 지수" usagecount="%d"><prop type="x-출처">한겨레 %d</prop>`+
						`<tuv xml:lang="en-US" creationid="Renée"><seg>%s <bpt i="1" type="gras-é">&lt;b></bpt>😀<ept i="1">&lt;/b></ept></seg></tuv>`+
						`<tuv xml:lang="ko-KR"><note>메모 ü</note><seg>%s</seg></tuv></tu>`, i, i, i, en, ko),
					Unit{TUID: fmt.Sprint("기사-", i), Attrs: []Attr{{"changeid", "Zoë & 지수"}, {"usagecount", fmt.Sprint(i)}},
						Props: []Prop{{Type: "x-출처", Value: fmt.Sprint("한겨레 ", i)}},
						Variants: []Variant{
							{Lang: "en-US", Text: en + " 😀", Markup: en + ` <bpt i="1" type="gras-é">&lt;b&gt;</bpt>😀<ept i="1">&lt;/b&gt;</ept>`,
								Attrs: []Attr{{"creationid", "Renée"}}},
							{Lang: "ko-KR", Text: ko, Notes: []string{"메모 ü"}},
						}}
			}},
	}
	for _, tt := range tests {
		var doc strings.Builder
		doc.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n<tmx version=\"1.4\">" + tt.header + "<body>\n")
		var want []Unit
		for i := range n {
			x, u := tt.unit(i)
			doc.WriteString(x + "\n")
			want = append(want, u)
		}
		doc.WriteString("</body></tmx>\n")
		tt.want.Version = "1.4"
		if tt.want.CreationTool == "" {
			tt.want.CreationTool, tt.want.CreationToolVersion, tt.want.OTMF = "t", "1", "t"
		}
		tt.want.SegType, tt.want.AdminLang, tt.want.SrcLang, tt.want.DataType = SegSentence, "en", "en-US", "plaintext"
		for shape, mk := range readerShapes {
			t.Run(tt.name+"/"+shape, func(t *testing.T) {
				h, units, warnings, err := readAll(t, mk([]byte(doc.String())), true)
				if err != nil || len(warnings) > 0 {
					t.Fatalf("error %v, warnings %v", err, warnings)
				}
				if !reflect.DeepEqual(h, tt.want) {
					t.Errorf("header\n got %+v\nwant %+v", h, tt.want)
				}
				if len(units) != len(want) {
					t.Fatalf("%d units, want %d", len(units), len(want))
				}
				for i := range units {
					if !reflect.DeepEqual(units[i], want[i]) {
						t.Errorf("unit %d\n got %+v\nwant %+v", i, units[i], want[i])
					}
				}
			})
		}
	}
}
