package glossary

import (
	"bytes"
	"encoding/csv"
	"errors"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzRead feeds arbitrary bytes to every reader: they may refuse them,
// with a *ParseError at a place the file has (checkParseError), never
// panic, and what they accept writes and reads back unchanged
// (read → write → read gives the entries of the first read, in every
// format with every set of write options: fuzzOptions; an empty glossary
// included). Written CSV and safe TSV and TXT have no cell starting with
// a formula character.
func FuzzRead(f *testing.F) {
	for i, format := range Formats() {
		for v := 0; v < 16; v++ {
			for _, es := range [][]Entry{sampleEntries(), nil} {
				var buf bytes.Buffer
				if err := WriteWith(&buf, es, format, fuzzOptions(uint8(v))); err != nil {
					f.Fatal(err)
				}
				f.Add(buf.Bytes(), uint8(i+v*len(Formats())))
			}
		}
	}
	f.Add([]byte("김정은\tKim\tcount: 1; seen: a:1/2 b:x"), uint8(0))
	f.Add([]byte("김정은\tKim\tseen: a|b:1/2 c;d:3/4"), uint8(0))
	f.Add([]byte("김정은\t\tperson\n"), uint8(0))
	f.Add([]byte(" #김\tKim\n"), uint8(0))
	// Found by the fuzzer: the romanizations made for a Hangul term with
	// a semicolon, written in the comment, read back with commas.
	f.Add([]byte("숀);\t0"), uint8(0))
	f.Add([]byte(`<tbx><text><body><conceptEntry><langSec xml:lang="ko"><termSec><term>가;나</term></termSec></langSec><langSec xml:lang="en"><termSec><term>Ga</term></termSec></langSec></conceptEntry></body></text></tbx>`), uint8(2))
	f.Add([]byte("Korean;English\n김;K\n"), uint8(1))
	f.Add([]byte("Korean,English\n김정은,\"Kim\n"), uint8(1))
	f.Add([]byte("Korean,English,Seen,English context\n김,K,a|b:1/2,\"two\nlines\"\n"), uint8(1))
	f.Add([]byte(`<martif><text><body><termEntry><langSet xml:lang="ko"><ntig><termGrp><term>가</term></termGrp></ntig></langSet></termEntry></body></text></martif>`), uint8(2))
	// Found by the fuzzer: an entry with no terms was read, and the empty
	// glossary written from it was not.
	f.Add([]byte(`<martif><text><body><termEntry></termEntry></body></text></martif>`), uint8(2))
	f.Add([]byte(`<tbx><text><body></body></text></tbx>`), uint8(2))
	f.Add([]byte(`[{"hangul":"가","forms":[{"english":"Ga","count":-1}]}]`), uint8(3))
	f.Add([]byte(`[{"hangul":"가","forms":[{"english":"Ga","count":1099511627776},{"english":"Ga","count":1099511627776}]}]`), uint8(3))
	f.Add([]byte(`{"entries":[]}`), uint8(3))
	for i, format := range []Format{TSV, CSV} {
		var buf bytes.Buffer
		if err := Write(&buf, hostileEntries(), format); err != nil {
			f.Fatal(err)
		}
		f.Add(buf.Bytes(), uint8(i))
	}
	f.Add([]byte("김\t''=K\n김\t'-K\t- c\n"), uint8(5))
	f.Add([]byte("Kim\t김\tperson\n"), uint8(4+5*8))
	f.Add([]byte("English,Korean,Seen\nK,김,a:1/2\n"), uint8(1+5*2))
	f.Fuzz(func(t *testing.T, data []byte, which uint8) {
		format := Formats()[int(which)%len(Formats())]
		opt := fuzzOptions(which / uint8(len(Formats())))
		safe := opt.SafeCells && (format == TSV || format == TXT)
		es, err := Read(bytes.NewReader(data), "fuzz", format)
		if err != nil {
			checkParseError(t, data, err)
			return
		}
		var buf bytes.Buffer
		if err := WriteWith(&buf, es, format, opt); err != nil {
			t.Fatalf("%s %+v: writing what was read: %v", format, opt, err)
		}
		if format == CSV || safe {
			var rows [][]string
			if format == CSV {
				if rows, err = csv.NewReader(bytes.NewReader(buf.Bytes())).ReadAll(); err != nil {
					t.Fatalf("%s: %v\n%s", format, err, buf.String())
				}
			} else { // TSV cells are what lies between tabs
				for _, line := range strings.Split(buf.String(), "\n") {
					rows = append(rows, strings.Split(line, "\t"))
				}
			}
			for _, row := range rows {
				for _, c := range row {
					if formulaStart(c) {
						t.Fatalf("%s (safe %v): cell %q starts with a formula character", format, safe, c)
					}
				}
			}
		}
		again, err := Read(bytes.NewReader(buf.Bytes()), "again", format)
		if err != nil {
			t.Fatalf("%s %+v: reading back: %v\n%s", format, opt, err, buf.String())
		}
		if !reflect.DeepEqual(normalized(again), normalized(es)) {
			t.Fatalf("%s %+v: read\n%+v\nthen, written and read back,\n%+v\n%s", format, opt, es, again, buf.String())
		}
	})
}

// fuzzOptions gives each of the low four bits of v a write option:
// SafeCells, Header, TBX v3, EnglishSource.
func fuzzOptions(v uint8) WriteOptions {
	opt := WriteOptions{SafeCells: v&1 != 0, Header: v&2 != 0, EnglishSource: v&8 != 0}
	if v&4 != 0 {
		opt.TBXVersion = 3
	}
	return opt
}

// normalized makes empty slices nil, which the readers do not tell apart.
func normalized(es []Entry) []Entry {
	if len(es) == 0 {
		return nil
	}
	out := make([]Entry, len(es))
	for i, e := range es {
		e.Forms = append([]Form(nil), e.Forms...)
		for j := range e.Forms {
			if len(e.Forms[j].Seen) == 0 {
				e.Forms[j].Seen = nil
			}
		}
		out[i] = e
	}
	return out
}

// checkParseError fails unless err, Read's error for data, is a
// *ParseError naming the file at a line data has (or 0, the whole file's)
// and a column of that line, up to the one after its last character.
func checkParseError(t *testing.T, data []byte, err error) {
	t.Helper()
	var pe *ParseError
	if !errors.As(err, &pe) || pe.File != "fuzz" {
		t.Fatalf("error %v is not a *ParseError naming the file", err)
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	lines := bytes.Split(data, []byte("\n"))
	switch {
	case pe.Line == 0 && pe.Column != 0, pe.Line < 0, pe.Line > len(lines):
		t.Fatalf("error %v: line %d, column %d of a file of %d lines", err, pe.Line, pe.Column, len(lines))
	case pe.Line > 0 && (pe.Column < 0 || pe.Column > utf8.RuneCount(lines[pe.Line-1])+1):
		t.Fatalf("error %v: column %d of line %q", err, pe.Column, lines[pe.Line-1])
	}
}
