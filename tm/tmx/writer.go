package tmx

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

// A Writer writes a TMX 1.4b document, one translation unit at a time, in
// UTF-8. It holds one unit at a time: memory does not grow with the number
// of units.
//
// Text is escaped for XML. Characters XML 1.0 forbids (most C0 control
// characters, U+FFFE, U+FFFF) and bytes that are not UTF-8 are dropped
// wherever they occur and counted by Dropped, so that the caller can warn.
// Segment text is normalized with NormalizeText unless Verbatim is set.
//
// The document validates against the TMX 1.4 DTD: it has the header
// attributes the DTD requires, only the elements and attributes the DTD
// defines, and the source-language variant first in every unit. It has no
// DOCTYPE: the DTD does not travel with the file, and XML parsers that
// fetch a DTD by default (Java's) or refuse one (.NET's) would fail on it.
//
// Output is buffered; Close writes the end of the document and flushes.
// A Writer does not close the io.Writer it writes to.
type Writer struct {
	// Verbatim writes segment text exactly as given instead of normalized
	// by NormalizeText (characters XML forbids are dropped all the same).
	// Set it before the first Write.
	Verbatim bool

	out     io.Writer
	buf     []byte
	header  Header
	err     error
	closed  bool
	count   int
	dropped int

	seg    *scanner // checks Variant.Markup
	frames []segFrame
	text   []byte
}

const flushSize = 64 << 10

// NewWriter returns a Writer that writes a TMX document with header h to w.
// Empty header fields get defaults: CreationTool DefaultCreationTool,
// CreationToolVersion "unknown", SegType SegSentence, OTMF the creation
// tool, AdminLang DefaultAdminLang, SrcLang DefaultSrcLang, DataType
// DefaultDataType. A zero CreationDate is left out. NewWriter fails if h
// names a segment type or attribute TMX does not define.
func NewWriter(w io.Writer, h Header) (*Writer, error) {
	def := func(s *string, v string) {
		if *s == "" {
			*s = v
		}
	}
	def(&h.CreationTool, DefaultCreationTool)
	def(&h.CreationToolVersion, "unknown")
	def(&h.SegType, SegSentence)
	def(&h.OTMF, h.CreationTool)
	def(&h.AdminLang, DefaultAdminLang)
	def(&h.SrcLang, DefaultSrcLang)
	def(&h.DataType, DefaultDataType)
	h.Version = "1.4"
	if segType(h.SegType) != h.SegType {
		return nil, fmt.Errorf("tmx header: segtype %q is not one of block, paragraph, sentence, phrase", h.SegType)
	}
	if err := checkAttrs("header", h.Attrs, headerAttr, !h.CreationDate.IsZero()); err != nil {
		return nil, err
	}
	wr := &Writer{out: w, header: h, buf: make([]byte, 0, flushSize+4096)}
	wr.writeHeader()
	return wr, nil
}

// Header returns the header as written, defaults filled in.
func (w *Writer) Header() Header { return w.header }

// Count returns the number of units written so far.
func (w *Writer) Count() int { return w.count }

// Dropped returns how many characters that XML 1.0 forbids were left out
// so far.
func (w *Writer) Dropped() int { return w.dropped }

func (w *Writer) writeHeader() {
	h := &w.header
	w.buf = append(w.buf, `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header`...)
	w.attr("creationtool", h.CreationTool)
	w.attr("creationtoolversion", h.CreationToolVersion)
	w.attr("segtype", h.SegType)
	w.attr("o-tmf", h.OTMF)
	w.attr("adminlang", h.AdminLang)
	w.attr("srclang", h.SrcLang)
	w.attr("datatype", h.DataType)
	if !h.CreationDate.IsZero() {
		w.attr("creationdate", FormatDate(h.CreationDate))
	}
	for _, a := range h.Attrs {
		w.attr(a.Name, a.Value)
	}
	if len(h.Props)+len(h.Notes) == 0 {
		w.buf = append(w.buf, "/>\n"...)
	} else {
		w.buf = append(w.buf, ">\n"...)
		w.propsNotes("    ", h.Props, h.Notes)
		w.buf = append(w.buf, "  </header>\n"...)
	}
	w.buf = append(w.buf, "  <body>\n"...)
}

// Write writes one translation unit. The unit needs at least one variant,
// each with a language; the variant in the source language (the unit's
// srclang attribute, else the header's) is written first, the others in
// their order. Variant.Markup, when set, must be TMX inline markup as a
// Reader with KeepMarkup returns it; it is checked and written as is.
func (w *Writer) Write(u Unit) error {
	if w.err != nil {
		return w.err
	}
	if w.closed {
		return errors.New("tmx: Write after Close")
	}
	if err := w.checkUnit(&u); err != nil {
		return err
	}
	mark := len(w.buf)
	if err := w.writeUnit(&u); err != nil {
		w.buf = w.buf[:mark]
		return err
	}
	w.count++
	if len(w.buf) >= flushSize {
		return w.flush()
	}
	return nil
}

func (w *Writer) checkUnit(u *Unit) error {
	id := u.TUID
	if id == "" {
		id = fmt.Sprintf("#%d", w.count+1)
	}
	if len(u.Variants) == 0 {
		return fmt.Errorf("tmx: unit %s has no variant", id)
	}
	for _, v := range u.Variants {
		if v.Lang == "" {
			return fmt.Errorf("tmx: unit %s has a variant without a language", id)
		}
		if err := checkAttrs("tuv", v.Attrs, tuvAttr, false); err != nil {
			return fmt.Errorf("unit %s: %w", id, err)
		}
		if err := checkProps(v.Props); err != nil {
			return fmt.Errorf("unit %s: %w", id, err)
		}
	}
	if err := checkAttrs("tu", u.Attrs, tuAttr, !u.CreationDate.IsZero()); err != nil {
		return fmt.Errorf("unit %s: %w", id, err)
	}
	for _, a := range u.Attrs {
		if a.Name == "segtype" && segType(a.Value) != a.Value {
			return fmt.Errorf("tmx: unit %s: segtype %q is not one of block, paragraph, sentence, phrase", id, a.Value)
		}
	}
	if err := checkProps(u.Props); err != nil {
		return fmt.Errorf("unit %s: %w", id, err)
	}
	return nil
}

func checkAttrs(elem string, attrs []Attr, allowed func(string) bool, hasDate bool) error {
	for i, a := range attrs {
		if !allowed(a.Name) {
			return fmt.Errorf("tmx: <%s> has no attribute %q", elem, a.Name)
		}
		if a.Name == "creationdate" && hasDate {
			return fmt.Errorf("tmx: <%s> creationdate given twice", elem)
		}
		for _, b := range attrs[:i] {
			if b.Name == a.Name {
				return fmt.Errorf("tmx: <%s> attribute %q given twice", elem, a.Name)
			}
		}
	}
	return nil
}

func checkProps(props []Prop) error {
	for _, p := range props {
		if p.Type == "" {
			return errors.New("tmx: property without a type")
		}
	}
	return nil
}

func (w *Writer) writeUnit(u *Unit) error {
	w.buf = append(w.buf, "    <tu"...)
	if u.TUID != "" {
		w.attr("tuid", u.TUID)
	}
	if !u.CreationDate.IsZero() {
		w.buf = append(w.buf, ` creationdate="`...)
		w.buf = u.CreationDate.UTC().AppendFormat(w.buf, DateLayout)
		w.buf = append(w.buf, '"')
	}
	for _, a := range u.Attrs {
		w.attr(a.Name, a.Value)
	}
	w.buf = append(w.buf, ">\n"...)
	w.propsNotes("      ", u.Props, u.Notes)
	src := u.SourceIndex(w.header.SrcLang)
	if src >= 0 {
		if err := w.variant(&u.Variants[src]); err != nil {
			return fmt.Errorf("unit %s: %w", u.TUID, err)
		}
	}
	for i := range u.Variants {
		if i != src {
			if err := w.variant(&u.Variants[i]); err != nil {
				return fmt.Errorf("unit %s: %w", u.TUID, err)
			}
		}
	}
	w.buf = append(w.buf, "    </tu>\n"...)
	return nil
}

func (w *Writer) variant(v *Variant) error {
	w.buf = append(w.buf, `      <tuv`...)
	w.attr("xml:lang", v.Lang)
	for _, a := range v.Attrs {
		w.attr(a.Name, a.Value)
	}
	w.buf = append(w.buf, '>')
	if len(v.Props)+len(v.Notes) > 0 {
		w.buf = append(w.buf, '\n')
		w.propsNotes("        ", v.Props, v.Notes)
		w.buf = append(w.buf, "        "...)
	}
	w.buf = append(w.buf, "<seg>"...)
	if v.Markup != "" {
		if err := w.markup(v.Markup); err != nil {
			return err
		}
	} else {
		text := v.Text
		if !w.Verbatim {
			var n int
			text, n = normalizeText(text, true)
			w.dropped += n
		}
		w.escape(text, false)
	}
	w.buf = append(w.buf, "</seg>"...)
	if len(v.Props)+len(v.Notes) > 0 {
		w.buf = append(w.buf, "\n      "...)
	}
	w.buf = append(w.buf, "</tuv>\n"...)
	return nil
}

// markup checks that m is TMX inline markup and appends it in canonical
// form.
func (w *Writer) markup(m string) error {
	if w.seg == nil {
		w.seg = &scanner{}
	}
	s := w.seg
	s.reset(io.MultiReader(strings.NewReader("<seg>"), strings.NewReader(m), strings.NewReader("</seg>")), 4096)
	err := s.next()
	if err == nil {
		var inlines bool
		w.text, w.buf, inlines, w.frames, err = segment(s, true, w.text[:0], w.buf, w.frames)
		_ = inlines
	}
	if err == nil {
		if err = s.next(); err == io.EOF {
			return nil
		}
		if err == nil {
			err = errors.New("markup ends the segment early")
		}
	}
	return fmt.Errorf("invalid markup %q: %w", m, err)
}

func (w *Writer) propsNotes(indent string, props []Prop, notes []string) {
	for _, p := range props {
		w.buf = append(w.buf, indent...)
		w.buf = append(w.buf, "<prop"...)
		w.attr("type", p.Type)
		if p.Lang != "" {
			w.attr("xml:lang", p.Lang)
		}
		w.buf = append(w.buf, '>')
		w.escape(p.Value, false)
		w.buf = append(w.buf, "</prop>\n"...)
	}
	for _, n := range notes {
		w.buf = append(w.buf, indent...)
		w.buf = append(w.buf, "<note>"...)
		w.escape(n, false)
		w.buf = append(w.buf, "</note>\n"...)
	}
}

func (w *Writer) attr(name, value string) {
	w.buf = append(w.buf, ' ')
	w.buf = append(w.buf, name...)
	w.buf = append(w.buf, '=', '"')
	w.escape(value, true)
	w.buf = append(w.buf, '"')
}

func (w *Writer) escape(s string, attr bool) {
	var n int
	w.buf, n = appendEscaped(w.buf, s, attr)
	w.dropped += n
}

func (w *Writer) flush() error {
	if w.err != nil {
		return w.err
	}
	if _, err := w.out.Write(w.buf); err != nil {
		w.err = fmt.Errorf("tmx: %w", err)
		return w.err
	}
	w.buf = w.buf[:0]
	return nil
}

// Flush writes buffered units to the underlying writer.
func (w *Writer) Flush() error { return w.flush() }

// Close writes the end of the document and flushes it. It does not close
// the underlying writer.
func (w *Writer) Close() error {
	if w.closed {
		return w.err
	}
	w.closed = true
	w.buf = append(w.buf, "  </body>\n</tmx>\n"...)
	return w.flush()
}
