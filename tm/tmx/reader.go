package tmx

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

// A Reader reads translation units from a TMX document, one at a time.
//
// It reads TMX 1.1 to 1.4b: the deprecated lang attribute of TMX 1.1 and
// 1.2 is taken for xml:lang where there is no xml:lang, and <ut> is read
// like the other codes.
// Elements TMX does not define are skipped, with what they contain, except
// inside a segment, where only their tags go (see Variant.Text). Header
// <ude> elements are skipped too: they matter only to the non-Unicode
// encodings that the reader has already decoded.
//
// A <prop> without a type is left out. A unit that TMX does not allow (no
// <tuv>, a <tuv> without xml:lang, or with no or several <seg>) is skipped: Warn is called with a *ParseError
// naming the unit's position, and Skipped counts it. A unit with a single
// language is valid TMX and is returned.
//
// Anything else that is not well-formed XML stops the reader with a
// *ParseError naming the line and column. So do a document that is not
// TMX, has no <header> before its <body>, nests elements more than MaxDepth
// deep, holds a token longer than MaxTokenSize or a unit longer than
// MaxUnitSize, whatever the cause.
// A DOCTYPE is skipped, its form checked but its declarations never
// read: the reader expands only the five predefined entities and
// character references, and a reference to any other entity is an error
// (ErrUndefinedEntity), so entity-expansion attacks ("billion laughs")
// cannot work. The reader's memory depends on
// the size of the largest unit, not of the document, and the limits above
// bound it whatever the input: a reader holds about 10 MB for ordinary
// memories, a few times MaxUnitSize at worst.
//
// Encodings: UTF-8, UTF-16 (with or without byte-order mark) and whatever
// the XML declaration names among the encodings golang.org/x/text
// implements (see ErrEncoding): EUC-KR, CP949, ISO-8859-*, windows-125*,
// Shift_JIS, GB18030, Big5 and more (ISO-8859-1 is read as windows-1252,
// as browsers do). Decoding is strict: bytes that are not valid in the
// encoding stop the reader with ErrInvalidBytes at their line and column;
// they never become U+FFFD in the text. Line and column numbers count
// characters of the decoded text.
type Reader struct {
	// KeepMarkup makes Read fill Variant.Markup for segments that hold
	// inline elements. Set it before the first call to Read.
	KeepMarkup bool

	// Warn, if not nil, is called with each unit the reader skips.
	Warn func(error)

	in         io.Reader
	s          *scanner
	headerRead bool
	header     Header
	inBody     bool
	err        error // sticky: the error every later call returns
	line, col  int
	skipped    int
	encoding   string

	text, mark []byte

	// poisonWindow makes the scanner overwrite input it discards (see
	// scanner.poison); tests set it.
	poisonWindow bool

	frames  []segFrame
	strings map[string]string
}

// NewReader returns a Reader reading the TMX document in r. It reads
// nothing until the first call to Header or Read.
func NewReader(r io.Reader) *Reader {
	return &Reader{in: r}
}

// Header reads the document up to the end of its <header> and returns the
// header.
func (r *Reader) Header() (Header, error) {
	if !r.headerRead && r.err == nil {
		if err := r.readHeader(); err != nil {
			r.err = err
		} else {
			r.headerRead = true
		}
	}
	if !r.headerRead {
		return Header{}, r.err
	}
	return r.header, nil
}

// Read returns the next translation unit, or io.EOF after the last one,
// once the rest of the document has been checked. After an error every
// call returns the same error.
func (r *Reader) Read() (Unit, error) {
	if _, err := r.Header(); err != nil {
		return Unit{}, err
	}
	if r.err != nil {
		return Unit{}, r.err
	}
	u, err := r.nextUnit()
	if err != nil {
		r.err = err
	}
	return u, err
}

// Pos returns the line and column where the unit last returned by Read
// starts.
func (r *Reader) Pos() (line, column int) { return r.line, r.col }

// Skipped returns how many invalid units the reader has skipped so far.
func (r *Reader) Skipped() int { return r.skipped }

// Encoding returns the character encoding the document was found to be in,
// once Header or Read has been called.
func (r *Reader) Encoding() string { return r.encoding }

func (r *Reader) readHeader() error {
	src, enc, err := utf8Input(r.in)
	if err != nil {
		return &ParseError{Line: 1, Column: 1, Err: err}
	}
	r.encoding = enc
	r.s = newScanner(src)
	s := r.s
	s.poison, s.encoding = r.poisonWindow, enc
	if err := s.next(); err != nil {
		return err
	}
	// The scanner allows no text outside the root, so this is its start tag.
	if strings.HasPrefix(enc, "UTF-16") && s.declEncoding != "" && !isUTF16Label(s.declEncoding) {
		return s.errAt(0, fmt.Errorf("%w: the file is %s but its XML declaration says %s", ErrEncoding, enc, s.declEncoding))
	}
	if string(s.name) != "tmx" {
		return s.errAt(s.tokOff, fmt.Errorf("%w: the root element is <%s>, not <tmx>", ErrNotTMX, s.name))
	}
	for _, a := range s.attrs {
		if string(a.name) == "version" {
			r.header.Version = string(a.value)
		}
	}
	switch r.header.Version {
	case "", "1.1", "1.2", "1.3", "1.4", "1.4a", "1.4b":
	default:
		return s.errAt(s.tokOff, fmt.Errorf("%w: %q (this reader knows 1.1 to 1.4b)", ErrVersion, r.header.Version))
	}
	for {
		if err := s.next(); err != nil {
			return err
		}
		switch {
		case s.kind == tokEnd, s.kind == tokStart && string(s.name) == "body":
			return s.errAt(s.tokOff, ErrNoHeader)
		case s.kind == tokStart && string(s.name) == "header":
			return r.readHeaderElement()
		case s.kind == tokStart:
			if err := r.skip(); err != nil {
				return err
			}
		}
	}
}

// limitUnit makes the scanner fail once the element whose start tag was
// just read (at line, col) grows past MaxUnitSize; the returned function
// lifts the limit and turns that failure into a *ParseError.
func (r *Reader) limitUnit(what string, line, col int) func(error) error {
	r.s.unitStart = r.s.tokOff
	return func(err error) error {
		r.s.unitStart = -1
		if errors.Is(err, errUnitTooLarge) {
			return &ParseError{Line: line, Column: col, Err: fmt.Errorf("%w: %s longer than %d MiB", ErrTooLarge, what, MaxUnitSize>>20)}
		}
		return err
	}
}

func (r *Reader) readHeaderElement() error {
	s, h := r.s, &r.header
	line, col := s.position(s.tokOff)
	done := r.limitUnit("<header>", line, col)
	for _, a := range s.attrs {
		v := string(a.value)
		switch string(a.name) {
		case "creationtool":
			h.CreationTool = v
		case "creationtoolversion":
			h.CreationToolVersion = v
		case "segtype":
			h.SegType = segType(v)
		case "o-tmf":
			h.OTMF = v
		case "adminlang":
			h.AdminLang = v
		case "srclang":
			h.SrcLang = v
		case "datatype":
			h.DataType = v
		case "creationdate":
			if t, err := ParseDate(v); err == nil {
				h.CreationDate = t
			} else {
				h.Attrs = append(h.Attrs, Attr{"creationdate", v})
			}
		case "o-encoding", "creationid", "changedate", "changeid":
			h.Attrs = append(h.Attrs, Attr{string(a.name), v})
		}
	}
	return done(r.children(func(name string) error {
		switch name {
		case "prop":
			return r.readProp(&h.Props)
		case "note":
			n, err := r.readText()
			h.Notes = append(h.Notes, n)
			return err
		}
		return r.skip()
	}))
}

// children calls f for each child element of the element whose start tag
// was just read, ignoring text, until that element's end. f must consume
// the child up to its end tag.
func (r *Reader) children(f func(name string) error) error {
	s := r.s
	for {
		if err := s.next(); err != nil {
			return err
		}
		switch s.kind {
		case tokEnd:
			return nil
		case tokStart:
			if err := f(string(s.name)); err != nil {
				return err
			}
		}
	}
}

// skip consumes the element whose start tag was just read.
func (r *Reader) skip() error {
	s := r.s
	for depth := s.depth() - 1; ; {
		if err := s.next(); err != nil {
			return err
		}
		if s.kind == tokEnd && s.depth() == depth {
			return nil
		}
	}
}

// readText returns the text of the element whose start tag was just read;
// text inside child elements is left out.
func (r *Reader) readText() (string, error) {
	s := r.s
	b := r.text[:0]
	for {
		if err := s.next(); err != nil {
			return "", err
		}
		switch s.kind {
		case tokText:
			b = append(b, s.text...)
		case tokStart:
			if err := r.skip(); err != nil {
				return "", err
			}
		case tokEnd:
			r.text = b
			return string(b), nil
		}
	}
}

// intern returns b as a string, sharing one copy of the strings that repeat
// from unit to unit (language tags, property types). The table is bounded.
func (r *Reader) intern(b []byte) string {
	if v, ok := r.strings[string(b)]; ok {
		return v
	}
	v := string(b)
	if r.strings == nil {
		r.strings = make(map[string]string)
	}
	if len(r.strings) < 1024 {
		r.strings[v] = v
	}
	return v
}

// readProp reads a <prop> and appends it to props, unless it has no type.
func (r *Reader) readProp(props *[]Prop) error {
	var p Prop
	xmlLang := false
	for _, a := range r.s.attrs {
		switch string(a.name) {
		case "type":
			p.Type = r.intern(a.value)
		case "xml:lang":
			p.Lang, xmlLang = r.intern(a.value), true
		case "lang": // TMX 1.1 and 1.2
			if !xmlLang {
				p.Lang = r.intern(a.value)
			}
		}
	}
	var err error
	p.Value, err = r.readText()
	if p.Type != "" {
		*props = append(*props, p)
	}
	return err
}

func (r *Reader) nextUnit() (Unit, error) {
	s := r.s
	for {
		if err := s.next(); err != nil {
			return Unit{}, err
		}
		switch {
		case s.kind == tokStart && r.inBody && string(s.name) == "tu":
			u, problem, err := r.readUnit()
			if err != nil {
				return Unit{}, err
			}
			if problem == nil {
				return u, nil
			}
			r.skipped++
			if r.Warn != nil {
				r.Warn(problem)
			}
		case s.kind == tokStart && !r.inBody && s.depth() == 2 && string(s.name) == "body":
			r.inBody = !s.empty
		case s.kind == tokStart:
			if err := r.skip(); err != nil {
				return Unit{}, err
			}
		case s.kind == tokEnd && r.inBody:
			r.inBody = false // </body>
		}
	}
}

// readUnit reads a <tu> whose start tag was just read. A unit TMX does not
// allow comes back as a problem, not an error: the reader goes on.
func (r *Reader) readUnit() (u Unit, problem error, err error) {
	s := r.s
	r.line, r.col = s.position(s.tokOff)
	done := r.limitUnit("unit", r.line, r.col)
	for _, a := range s.attrs {
		switch name := string(a.name); name {
		case "tuid":
			u.TUID = string(a.value)
		case "creationdate":
			v := string(a.value)
			if t, err := ParseDate(v); err == nil {
				u.CreationDate = t
			} else {
				u.Attrs = append(u.Attrs, Attr{"creationdate", v})
			}
		case "segtype":
			if v := segType(string(a.value)); v != "" {
				u.Attrs = append(u.Attrs, Attr{"segtype", v})
			}
		default:
			if tuAttr(name) {
				u.Attrs = append(u.Attrs, Attr{r.intern(a.name), string(a.value)})
			}
		}
	}
	var why string
	err = r.children(func(name string) error {
		switch name {
		case "prop":
			return r.readProp(&u.Props)
		case "note":
			n, err := r.readText()
			u.Notes = append(u.Notes, n)
			return err
		case "tuv":
			v, bad, err := r.readVariant()
			if bad != "" && why == "" {
				why = bad
			}
			u.Variants = append(u.Variants, v)
			return err
		}
		return r.skip()
	})
	if err = done(err); err != nil {
		return Unit{}, nil, err
	}
	if why == "" && len(u.Variants) == 0 {
		why = "no <tuv>"
	}
	if why != "" {
		id := ""
		if u.TUID != "" {
			id = fmt.Sprintf(" (tuid %q)", u.TUID)
		}
		return Unit{}, &ParseError{Line: r.line, Column: r.col, Err: fmt.Errorf("%w%s: %s; skipped", ErrInvalidUnit, id, why)}, nil
	}
	return u, nil, nil
}

func (r *Reader) readVariant() (v Variant, why string, err error) {
	s := r.s
	xmlLang := false
	for _, a := range s.attrs {
		switch name := string(a.name); name {
		case "xml:lang":
			v.Lang, xmlLang = r.intern(a.value), true
		case "lang": // TMX 1.1 and 1.2; xml:lang wins, wherever it is
			if !xmlLang {
				v.Lang = r.intern(a.value)
			}
		default:
			// creationdate stays a string here: a variant has no date field.
			if tuvAttr(name) {
				v.Attrs = append(v.Attrs, Attr{r.intern(a.name), string(a.value)})
			}
		}
	}
	if v.Lang == "" {
		why = "<tuv> without xml:lang"
	}
	segs := 0
	err = r.children(func(name string) error {
		switch name {
		case "prop":
			return r.readProp(&v.Props)
		case "note":
			n, err := r.readText()
			v.Notes = append(v.Notes, n)
			return err
		case "seg":
			segs++
			var inlines bool
			var err error
			r.text, r.mark, inlines, r.frames, err = segment(s, r.KeepMarkup, r.text[:0], r.mark[:0], r.frames)
			if segs == 1 {
				v.Text = string(r.text)
				if inlines {
					v.Markup = string(r.mark)
				}
			}
			return err
		}
		return r.skip()
	})
	if why == "" && segs != 1 {
		why = fmt.Sprintf("<tuv xml:lang=%q> with %d <seg> elements", v.Lang, segs)
	}
	return v, why, err
}

// segType returns v if it is a segment type TMX defines (in any case), in
// lower case, else "".
func segType(v string) string {
	switch l := strings.ToLower(v); l {
	case SegBlock, SegParagraph, SegSentence, SegPhrase:
		return l
	}
	return ""
}

// tuAttr reports whether name is a <tu> attribute that Unit keeps in Attrs.
func tuAttr(name string) bool {
	switch name {
	case "o-encoding", "datatype", "usagecount", "lastusagedate", "creationtool",
		"creationtoolversion", "creationid", "changedate", "segtype", "changeid",
		"o-tmf", "srclang", "creationdate":
		return true
	}
	return false
}

// tuvAttr reports whether name is a <tuv> attribute that Variant keeps in
// Attrs.
func tuvAttr(name string) bool {
	switch name {
	case "o-encoding", "datatype", "usagecount", "lastusagedate", "creationtool",
		"creationtoolversion", "creationid", "changedate", "o-tmf", "changeid",
		"creationdate":
		return true
	}
	return false
}

// headerAttr reports whether name is a <header> attribute that Header keeps
// in Attrs.
func headerAttr(name string) bool {
	switch name {
	case "o-encoding", "creationid", "changedate", "changeid", "creationdate":
		return true
	}
	return false
}
