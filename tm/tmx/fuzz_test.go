package tmx

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// FuzzReader feeds the reader arbitrary bytes. It must never panic; every
// error must be a *ParseError with a position; and whatever it reads must
// write and read back into the same document (write → read → write).
func FuzzReader(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join(moduleRoot(f), "testdata", "tmx", "*.tmx"))
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add(writeAll(f, richHeader(), richUnits()))
	const head = `<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/><body>`
	for _, body := range []string{
		`<tu><tuv xml:lang="en"><seg>a<bpt i="1">&lt;b></bpt><sub>x</sub><hi><ph/></hi></seg></tuv></tu>`,
		`<tu tuid='1' creationdate="bad"><prop>untyped</prop><tuv lang="en"><seg><![CDATA[x]]>&#x41;&#66;</seg></tuv></tu>`,
		"<tu><tuv xml:lang=\"en\"><seg>a\r\nb\rc</seg></tuv><!-- c --><?pi x?></tu>",
		`<tu><tuv xml:lang="en"><seg>&lol;</seg></tuv></tu>`,
	} {
		f.Add([]byte(head + body + "</body></tmx>"))
	}
	f.Add([]byte("\xFF\xFE<\x00t\x00m\x00x\x00/\x00>\x00"))
	f.Add([]byte(`<?xml version="1.0" encoding="EUC-KR"?>` + head + "</body></tmx>"))

	f.Fuzz(func(t *testing.T, data []byte) {
		for _, markup := range []bool{false, true} {
			h, units, _, err := readAll(t, bytes.NewReader(data), markup)
			if err != nil {
				var pe *ParseError
				if !errors.As(err, &pe) || pe.Line < 1 || pe.Column < 1 {
					t.Fatalf("error without a position: %v", err)
				}
				continue
			}
			first := writeVerbatim(t, h, units)
			h2, units2, warnings, err := readAll(t, bytes.NewReader(first), markup)
			if err != nil || len(warnings) > 0 || len(units2) != len(units) {
				t.Fatalf("written document reads back with %v, warnings %v, %d of %d units\n%s", err, warnings, len(units2), len(units), first)
			}
			if second := writeVerbatim(t, h2, units2); !bytes.Equal(first, second) {
				t.Fatalf("write → read → write differs:\n%s\n---\n%s", first, second)
			}
		}
	})
}

func writeVerbatim(t *testing.T, h Header, units []Unit) []byte {
	t.Helper()
	var b bytes.Buffer
	w, err := NewWriter(&b, h)
	if err != nil {
		t.Fatalf("header read cannot be written: %v (%+v)", err, h)
	}
	w.Verbatim = true
	for _, u := range units {
		if err := w.Write(u); err != nil {
			t.Fatalf("unit read cannot be written: %v (%+v)", err, u)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}
