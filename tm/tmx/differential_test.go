package tmx

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/bitext-ko/bitext/align/testenv"
)

// readerResult is what the reader made of a document.
type readerResult struct {
	header   Header
	units    []refUnit
	warnings []refWarning
	err      error
}

// readWithReader reads data with a Reader through the reader mk makes,
// with the scanner poisoning what it discards.
func readWithReader(data []byte, mk func([]byte) io.Reader, keepMarkup bool) readerResult {
	var res readerResult
	r := NewReader(mk(data))
	r.KeepMarkup = keepMarkup
	r.poisonWindow = true
	r.Warn = func(err error) {
		var pe *ParseError
		if errors.As(err, &pe) && errors.Is(err, ErrInvalidUnit) {
			res.warnings = append(res.warnings, refWarning{pe.Line, pe.Column})
		} else {
			res.warnings = append(res.warnings, refWarning{-1, -1})
		}
	}
	res.header, res.err = r.Header()
	for res.err == nil {
		var u Unit
		u, res.err = r.Read()
		if res.err == nil {
			line, col := r.Pos()
			res.units = append(res.units, refUnit{u, line, col})
		}
	}
	if res.err == io.EOF {
		res.err = nil
	}
	return res
}

// canonical returns the header and units with attribute values mapped as
// attrSpaces says and markup parsed into tokens (rendered as text), so
// that the reader's results compare with the reference's.
func canonical(h Header, units []refUnit) (Header, []refUnit, error) {
	sp := attrSpaces.Replace
	attrs := func(as []Attr) []Attr {
		var out []Attr
		for _, a := range as {
			out = append(out, Attr{a.Name, sp(a.Value)})
		}
		return out
	}
	props := func(ps []Prop) []Prop {
		var out []Prop
		for _, p := range ps {
			out = append(out, Prop{sp(p.Type), sp(p.Lang), p.Value})
		}
		return out
	}
	h.CreationTool, h.CreationToolVersion, h.OTMF = sp(h.CreationTool), sp(h.CreationToolVersion), sp(h.OTMF)
	h.AdminLang, h.SrcLang, h.DataType, h.Version = sp(h.AdminLang), sp(h.SrcLang), sp(h.DataType), sp(h.Version)
	h.Attrs, h.Props = attrs(h.Attrs), props(h.Props)
	out := make([]refUnit, len(units))
	for i, u := range units {
		u.TUID, u.Attrs, u.Props = sp(u.TUID), attrs(u.Attrs), props(u.Props)
		vs := make([]Variant, len(u.Variants))
		for j, v := range u.Variants {
			v.Lang, v.Attrs, v.Props = sp(v.Lang), attrs(v.Attrs), props(v.Props)
			if v.Markup != "" {
				toks, err := markupTokens(v.Markup)
				if err != nil {
					return h, nil, fmt.Errorf("unit %d, variant %d: markup %q does not parse: %v", i, j, v.Markup, err)
				}
				v.Markup = renderTokens(toks)
			}
			vs[j] = v
		}
		u.Variants = vs
		out[i] = u
	}
	return h, out, nil
}

// checkAgainstReference reads data with the reader and with encoding/xml
// and fails t when they differ: in any token (every element, attribute and
// text, and the line and column of each start tag), and, for a TMX
// document, in the header, any unit or its position, or the units skipped.
// It reports whether the reader accepted data.
func checkAgainstReference(t *testing.T, data []byte, mk func([]byte) io.Reader) bool {
	t.Helper()
	toks, err := scannerTokens(data, mk)
	if err != nil {
		var pe *ParseError
		if !errors.As(err, &pe) || pe.Line < 1 || pe.Column < 1 {
			t.Fatalf("error without a position: %v", err)
		}
		return false
	}
	ref, rerr := referenceTokens(data)
	if rerr != nil {
		if knownStricter(rerr, toks) {
			return true
		}
		t.Fatalf("the reader took what encoding/xml refuses: %v", rerr)
	}
	if d := diffTokens(toks, ref); d != "" {
		t.Fatalf("tokens differ from encoding/xml's: %s", d)
	}
	for _, markup := range []bool{false, true} {
		got := readWithReader(data, mk, markup)
		wh, wunits, wwarnings, werr := refRead(refTree(ref), markup)
		if got.err != nil || werr != nil {
			if !errors.Is(got.err, werr) && !(werr == nil && isLimit(got.err)) {
				t.Fatalf("markup=%v: reader error %v, reference error %v", markup, got.err, werr)
			}
			continue
		}
		gh, gunits, err := canonical(got.header, got.units)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(gh, wh) {
			t.Fatalf("markup=%v: header\n got %+v\nwant %+v", markup, gh, wh)
		}
		for i := range min(len(gunits), len(wunits)) {
			if !reflect.DeepEqual(gunits[i], wunits[i]) {
				t.Fatalf("markup=%v: unit %d\n got %+v\nwant %+v", markup, i, gunits[i], wunits[i])
			}
		}
		if len(gunits) != len(wunits) {
			t.Fatalf("markup=%v: %d units, want %d", markup, len(gunits), len(wunits))
		}
		if !reflect.DeepEqual(got.warnings, wwarnings) {
			t.Fatalf("markup=%v: skipped units at %v, want %v", markup, got.warnings, wwarnings)
		}
	}
	return true
}

// isLimit reports whether err is one of the reader's limits, which the
// reference does not have.
func isLimit(err error) bool {
	return errors.Is(err, ErrTooLarge) || errors.Is(err, ErrTooDeep)
}

// TestReaderMatchesEncodingXML reads generated documents of a few hundred
// KiB (enough to move the window many times) in UTF-8, UTF-16 and EUC-KR,
// handed over whole and in short reads, and compares every token and
// unit with encoding/xml's reading. The default tier of tests (testenv)
// halves the two largest documents, to 150 and 100 KiB, still more than
// the scanner's first window.
func TestReaderMatchesEncodingXML(t *testing.T) {
	t.Parallel()
	tests := []struct {
		seed uint64
		size int
		enc  string
	}{
		{1, 300 << 10, "UTF-8"},
		{2, 200 << 10, "UTF-8"},
		{3, 150 << 10, "EUC-KR"},
		{4, 100 << 10, "UTF-16LE"},
		{5, 100 << 10, "UTF-16BE"},
	}
	for _, tt := range tests {
		size := tt.size
		if !testenv.Long() && size >= 200<<10 {
			size /= 2
		}
		data := genDocument(tt.seed, size, tt.enc)
		for _, shape := range []string{"whole", "chunks"} {
			t.Run(fmt.Sprintf("%s-%d/%s", tt.enc, tt.seed, shape), func(t *testing.T) {
				if !checkAgainstReference(t, data, readerShapes[shape]) {
					_, err := scannerTokens(data, readerShapes[shape])
					t.Fatalf("generated document refused: %v", err)
				}
				res := readWithReader(data, readerShapes[shape], true)
				if len(res.units) < 50 || len(res.warnings) == 0 {
					t.Errorf("document too plain: %d units, %d skipped", len(res.units), len(res.warnings))
				}
			})
		}
	}
}

// FuzzReaderMatchesEncodingXML compares the reader with encoding/xml on
// arbitrary bytes, handed over whole and in short reads: whatever the
// reader accepts, encoding/xml must accept too (but for the cases
// knownStricter lists) and read into the same tokens and units; whatever
// it refuses, it refuses with a position. The seeds are generated documents
// in every encoding the generator knows, the fixtures, and edge cases.
//
// Some seeds are large; when fuzzing, bound the time spent minimizing:
//
//	go test ./tm/tmx -run '^$' -fuzz FuzzReaderMatchesEncodingXML -fuzzminimizetime 5s
func FuzzReaderMatchesEncodingXML(f *testing.F) {
	for i, enc := range []string{"UTF-8", "UTF-8", "EUC-KR", "UTF-16LE", "UTF-16BE"} {
		f.Add(genDocument(uint64(100+i), 2<<10, enc))
	}
	f.Add(genDocument(200, 16<<10, "UTF-8"))
	f.Add(genDocument(201, 300<<10, "UTF-8"))
	files, _ := filepath.Glob(filepath.Join(moduleRoot(f), "testdata", "tmx", "*.tmx"))
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	const head = `<tmx version="1.4"><header creationtool="é" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/><body>`
	for _, body := range []string{
		`<tu><tuv xml:lang="" lang="en"><seg>a</seg></tuv></tu><tu><tuv lang="ko" xml:lang="fr"><seg>b</seg></tuv></tu>`,
		`<tu><tuv lang="en" xml:lang="fr"><seg>a</seg></tuv><prop type="t" xml:lang="a" lang="b">x</prop><prop type="t" lang="b" xml:lang="a">y</prop></tu>`,
		`<tu tuid="é0" x="&#10;a&#9;b"><tuv xml:lang="en"><seg>a<bpt i="1" x="&#10;">b</bpt><sub>c</sub><hi x="1"><ph/></hi><it pos="begin&#10;"/></seg></tuv></tu>`,
	} {
		f.Add([]byte(head + body + "</body></tmx>"))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, shape := range []string{"whole", "chunks"} {
			checkAgainstReference(t, data, readerShapes[shape])
		}
	})
}
