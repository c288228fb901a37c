package alignfile

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/bitext-ko/bitext/align"
	"github.com/bitext-ko/bitext/tm/atomicfile"
)

// Write writes f to w as JSON: the header fields and each side's
// description one a line, then every paragraph, bead, link and glossary
// entry on a line of its own, so that a reviewer's change is a change of
// a few lines. f is validated first (Validate); an invalid file is never
// written.
func Write(w io.Writer, f *File) error {
	if err := f.Validate(); err != nil {
		return err
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	e := &encoder{w: bw}
	e.raw("{\n")
	e.field(1, "format", FormatName, false)
	e.field(1, "version", Version, false)
	e.field(1, "bitext", f.Bitext, false)
	e.field(1, "document", f.Document, false)
	s := wireSettings{KeepFurniture: f.Settings.KeepFurniture, Paragraphs: f.Settings.Paragraphs,
		Encoding: f.Settings.Encoding, MinScore: f.Settings.MinScore}
	if d := f.Settings.Dict; d != nil {
		s.Dict = &wireDict{Path: d.Path, SHA256: d.SHA256}
	}
	e.field(1, "settings", s, false)
	e.field(1, "length_ratio", f.LengthRatio, false)
	for _, side := range []struct {
		key string
		s   *Side
	}{{"en", &f.EN}, {"ko", &f.KO}} {
		e.raw("  " + strconv.Quote(side.key) + ": {\n")
		e.field(2, "path", side.s.Path, false)
		e.field(2, "sha256", side.s.SHA256, false)
		e.field(2, "encoding", side.s.Encoding, false)
		e.field(2, "html", side.s.HTML, false)
		e.list(2, "paragraphs", len(side.s.Paragraphs), func(i int) any { return paragraphOut(side.s.Paragraphs[i]) }, true)
		e.raw("  },\n")
	}
	e.list(1, "beads", len(f.Beads), func(i int) any { return beadOut(f.Beads[i]) }, false)
	last := f.Glossary == nil
	e.list(1, "links", len(f.Links), func(i int) any { return linkOut(f.Links[i]) }, last)
	if !last {
		e.list(1, "glossary", len(f.Glossary), func(i int) any { return wireEntry{Entry: f.Glossary[i].Entry, Review: f.Glossary[i].Review} }, true)
	}
	e.raw("}\n")
	if e.err != nil {
		return e.err
	}
	return bw.Flush()
}

// WriteFile writes f to path atomically (package atomicfile): the file is
// replaced whole or left as it was.
func WriteFile(path string, f *File) error {
	out, err := atomicfile.Create(path)
	if err != nil {
		return err
	}
	defer out.Abort()
	if err := Write(out, f); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return out.Commit()
}

// Marshal returns f as Write writes it.
func Marshal(f *File) ([]byte, error) {
	var b bytes.Buffer
	err := Write(&b, f)
	return b.Bytes(), err
}

func paragraphOut(p align.Paragraph) wireParagraph {
	w := wireParagraph{Text: p.Text, Sentences: p.Sentences, Furniture: p.Furniture, Reason: p.Reason, Caption: p.Caption, Headline: p.Headline}
	if p.Body != p.Text {
		body := p.Body
		w.Body = &body
	}
	if w.Sentences == nil {
		w.Sentences = []string{}
	}
	return w
}

func beadOut(b Bead) wireBead {
	paras := func(ids []align.ID) []int {
		out := make([]int, len(ids))
		for i, id := range ids {
			out[i] = id.Para
		}
		return out
	}
	return wireBead{EN: paras(b.EN), KO: paras(b.KO), Score: b.Score, Kind: b.Kind.String(), Flagged: b.Flagged, Status: b.Status}
}

func linkOut(b Bead) wireLink {
	return wireLink{EN: align.IDStrings(b.EN), KO: align.IDStrings(b.KO), Score: b.Score, Kind: b.Kind.String(), Flagged: b.Flagged, Status: b.Status}
}

// encoder writes the file's layout, keeping the first error.
type encoder struct {
	w   *bufio.Writer
	err error
}

func (e *encoder) raw(s string) {
	if e.err == nil {
		_, e.err = e.w.WriteString(s)
	}
}

// value returns v as compact JSON, HTML characters as they are.
func (e *encoder) value(v any) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil && e.err == nil {
		e.err = err
	}
	return string(bytes.TrimSuffix(b.Bytes(), []byte("\n")))
}

func indent(level int) string { return strings.Repeat("  ", level) }

// field writes "key": value at an indentation level.
func (e *encoder) field(level int, key string, v any, last bool) {
	e.raw(indent(level) + strconv.Quote(key) + ": " + e.value(v) + comma(last) + "\n")
}

// list writes "key": [ with n elements one a line ].
func (e *encoder) list(level int, key string, n int, elem func(int) any, last bool) {
	if n == 0 {
		e.raw(indent(level) + strconv.Quote(key) + ": []" + comma(last) + "\n")
		return
	}
	e.raw(indent(level) + strconv.Quote(key) + ": [\n")
	for i := 0; i < n; i++ {
		e.raw(indent(level+1) + e.value(elem(i)) + comma(i == n-1) + "\n")
	}
	e.raw(indent(level) + "]" + comma(last) + "\n")
}

func comma(last bool) string {
	if last {
		return ""
	}
	return ","
}
