package glossary

import (
	"bytes"
	"testing"
)

// FuzzRead feeds arbitrary bytes to every reader: they may refuse them,
// never panic, and what they accept writes and reads back.
func FuzzRead(f *testing.F) {
	for _, format := range Formats() {
		var buf bytes.Buffer
		if err := Write(&buf, sampleEntries(), format); err != nil {
			f.Fatal(err)
		}
		f.Add(buf.Bytes(), uint8(0))
	}
	f.Add([]byte("김정은\tKim\tcount: 1; seen: a:1/2 b:x"), uint8(0))
	f.Add([]byte("Korean;English\n김;K\n"), uint8(1))
	f.Add([]byte(`<martif><text><body><termEntry><langSet xml:lang="ko"><ntig><termGrp><term>가</term></termGrp></ntig></langSet></termEntry></body></text></martif>`), uint8(2))
	f.Add([]byte(`[{"hangul":"가","forms":[{"english":"Ga","count":-1}]}]`), uint8(3))
	f.Fuzz(func(t *testing.T, data []byte, which uint8) {
		format := Formats()[int(which)%len(Formats())]
		es, err := Read(bytes.NewReader(data), "fuzz", format)
		if err != nil {
			return
		}
		var buf bytes.Buffer
		if err := Write(&buf, es, format); err != nil {
			t.Fatalf("%s: writing what was read: %v", format, err)
		}
		again, err := Read(bytes.NewReader(buf.Bytes()), "again", format)
		if err != nil {
			t.Fatalf("%s: reading back: %v\n%s", format, err, buf.String())
		}
		if len(again) != len(es) {
			t.Fatalf("%s: %d entries, then %d", format, len(es), len(again))
		}
	})
}
