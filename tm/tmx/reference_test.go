package tmx

// A reference reading of TMX built on encoding/xml, to compare the reader
// with: the same bytes are read by both, and every token (element, attribute,
// text) and every unit must come out the same. The reference shares with
// the reader only the tables of what TMX defines (which attributes a unit
// keeps, which inline element may hold which); the XML parsing, the
// decoding of character sets and the walk from elements to units are its
// own.

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"
)

// xmlToken is a token of either reading: a start tag with its attributes
// (and its line and column), an end tag, or text. Adjacent text (across
// comments, processing instructions and CDATA boundaries) is merged, and
// empty text is left out.
type xmlToken struct {
	kind      tokenKind
	name      string
	attrs     []Attr
	text      string
	line, col int // start tags only
}

func (t xmlToken) String() string {
	switch t.kind {
	case tokStart:
		var b strings.Builder
		fmt.Fprintf(&b, "%d:%d <%s", t.line, t.col, t.name)
		for _, a := range t.attrs {
			fmt.Fprintf(&b, " %s=%q", a.Name, a.Value)
		}
		return b.String() + ">"
	case tokEnd:
		return "</" + t.name + ">"
	}
	return fmt.Sprintf("text %q", t.text)
}

// appendToken appends t to toks, merging text.
func appendToken(toks []xmlToken, t xmlToken) []xmlToken {
	if t.kind == tokText {
		if t.text == "" {
			return toks
		}
		if n := len(toks); n > 0 && toks[n-1].kind == tokText {
			toks[n-1].text += t.text
			return toks
		}
	}
	return append(toks, t)
}

// attrSpaces maps tab, line feed and carriage return to spaces. The
// reader normalizes attribute values as XML 1.0 §3.3.3 says (literal white
// space becomes a space, a character reference stays); encoding/xml does
// not. Attribute values are compared after this mapping on both sides.
var attrSpaces = strings.NewReplacer("\t", " ", "\n", " ", "\r", " ")

// scannerTokens reads data with the reader's own decoding and scanner,
// through the reader mk makes, poisoning what the scanner discards.
func scannerTokens(data []byte, mk func([]byte) io.Reader) ([]xmlToken, error) {
	src, enc, err := utf8Input(mk(data))
	if err != nil {
		return nil, &ParseError{Line: 1, Column: 1, Err: err} // as Reader.Header reports it
	}
	s := newScanner(src)
	s.poison, s.encoding = true, enc
	var toks []xmlToken
	for {
		err := s.next()
		if err == io.EOF {
			return toks, nil
		}
		if err != nil {
			return toks, err
		}
		t := xmlToken{kind: s.kind, name: string(s.name)}
		switch s.kind {
		case tokStart:
			t.line, t.col = s.position(s.tokOff)
			for _, a := range s.attrs {
				t.attrs = append(t.attrs, Attr{string(a.name), attrSpaces.Replace(string(a.value))})
			}
		case tokText:
			t.name, t.text = "", string(s.text)
		}
		toks = appendToken(toks, t)
	}
}

var declEncoding = regexp.MustCompile(`^<\?xml[^>]*?\sencoding\s*=\s*["']([^"']*)["']`)

// referenceText returns data as UTF-8 without a byte-order mark, decoded
// the simple way: a BOM or "<?" in UTF-16 means UTF-16, else the encoding
// the XML declaration names, else UTF-8. Decoding is not strict (bad bytes
// become U+FFFD): the reference is only consulted when the reader accepted
// the input.
func referenceText(data []byte) ([]byte, error) {
	var utf16 *unicode.Endianness
	switch {
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}), bytes.HasPrefix(data, []byte{0, '<', 0, '?'}):
		e := unicode.BigEndian
		utf16 = &e
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{'<', 0, '?', 0}):
		e := unicode.LittleEndian
		utf16 = &e
	}
	if utf16 != nil {
		return unicode.UTF16(*utf16, unicode.UseBOM).NewDecoder().Bytes(data)
	}
	data = bytes.TrimPrefix(data, []byte{0xEF, 0xBB, 0xBF})
	m := declEncoding.FindSubmatch(data)
	if m == nil {
		return data, nil
	}
	switch strings.ToLower(string(m[1])) {
	case "utf-8", "utf8", "us-ascii", "ascii":
		return data, nil
	}
	enc, _ := lookupEncoding(string(m[1]))
	if enc == nil {
		return nil, fmt.Errorf("unknown encoding %q", m[1])
	}
	end := bytes.Index(data, []byte("?>")) + 2
	rest, err := enc.NewDecoder().Bytes(data[end:])
	return append(data[:end:end], rest...), err
}

// referenceTokens reads data with encoding/xml (after referenceText): the
// tokens inside the root element.
func referenceTokens(data []byte) ([]xmlToken, error) {
	text, err := referenceText(data)
	if err != nil {
		return nil, err
	}
	d := xml.NewDecoder(bytes.NewReader(text))
	d.Strict = true
	d.CharsetReader = func(_ string, in io.Reader) (io.Reader, error) { return in, nil } // decoded above
	var toks, open []xmlToken
	roots := 0
	// Line and column of offset at, moved forward as tokens are read.
	at, line, col := int64(0), 1, 1
	for {
		off := d.InputOffset()
		tok, err := d.RawToken()
		if err == io.EOF {
			if len(open) > 0 || roots == 0 {
				return toks, io.ErrUnexpectedEOF
			}
			return toks, nil
		}
		if err != nil {
			return toks, err
		}
		name := func(n xml.Name) string {
			if n.Space != "" {
				return n.Space + ":" + n.Local
			}
			return n.Local
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if len(open) == 0 {
				if roots++; roots > 1 {
					return toks, errors.New("a second root element")
				}
			}
			t := xmlToken{kind: tokStart, name: name(tok.Name)}
			skipped := text[at:off]
			if n := bytes.Count(skipped, []byte("\n")); n > 0 {
				line += n
				col = 1 + utf8.RuneCount(skipped[bytes.LastIndexByte(skipped, '\n')+1:])
			} else {
				col += utf8.RuneCount(skipped)
			}
			at, t.line, t.col = off, line, col
			for _, a := range tok.Attr {
				t.attrs = append(t.attrs, Attr{name(a.Name), attrSpaces.Replace(a.Value)})
			}
			toks = append(toks, t)
			open = append(open, t)
		case xml.EndElement:
			if len(open) == 0 || open[len(open)-1].name != name(tok.Name) {
				return toks, fmt.Errorf("end tag </%s> does not match", name(tok.Name))
			}
			open = open[:len(open)-1]
			toks = append(toks, xmlToken{kind: tokEnd, name: name(tok.Name)})
		case xml.CharData:
			if len(open) > 0 {
				toks = appendToken(toks, xmlToken{kind: tokText, text: string(tok)})
			}
		}
	}
}

// knownStricter reports whether encoding/xml refusing a document that the
// reader read as toks is one of the known cases where encoding/xml is
// stricter than XML 1.0: it takes only version 1.0 in the XML declaration,
// names with more than one colon (which XML 1.0 allows; namespaces do
// not), and name characters beyond those of XML 1.0's fourth edition.
func knownStricter(err error, toks []xmlToken) bool {
	msg := err.Error()
	if strings.Contains(msg, "unsupported version") {
		return true
	}
	odd := func(name string) bool {
		return strings.Count(name, ":") > 1 || strings.IndexFunc(name, func(r rune) bool { return r >= utf8.RuneSelf }) >= 0
	}
	if _, name, ok := strings.Cut(msg, "invalid XML name: "); ok {
		return odd(name) // also a PI target, which toks do not show
	}
	if !strings.Contains(msg, "expected element name") && !strings.Contains(msg, "expected attribute name") {
		return false
	}
	for _, t := range toks {
		if odd(t.name) {
			return true
		}
		for _, a := range t.attrs {
			if odd(a.Name) {
				return true
			}
		}
	}
	return false
}

// diffTokens describes the first difference between two token lists, or
// returns "".
func diffTokens(got, want []xmlToken) string {
	for i := range min(len(got), len(want)) {
		g, w := got[i], want[i]
		if g.kind != w.kind || g.name != w.name || g.text != w.text || g.line != w.line || g.col != w.col || !slices.Equal(g.attrs, w.attrs) {
			return fmt.Sprintf("token %d:\n got %s\nwant %s\nbefore: %v", i, g, w, want[max(0, i-3):i])
		}
	}
	if len(got) != len(want) {
		return fmt.Sprintf("%d tokens, want %d", len(got), len(want))
	}
	return ""
}

// refNode is an element or, with name "", a piece of text.
type refNode struct {
	name      string
	attrs     []Attr
	line, col int
	text      string
	kids      []*refNode
}

// refTree builds the element tree of a token list.
func refTree(toks []xmlToken) *refNode {
	root := &refNode{}
	stack := []*refNode{root}
	for _, t := range toks {
		top := stack[len(stack)-1]
		switch t.kind {
		case tokStart:
			n := &refNode{name: t.name, attrs: t.attrs, line: t.line, col: t.col}
			top.kids = append(top.kids, n)
			stack = append(stack, n)
		case tokEnd:
			stack = stack[:len(stack)-1]
		case tokText:
			top.kids = append(top.kids, &refNode{text: t.text})
		}
	}
	return root.kids[0]
}

func (n *refNode) elements() []*refNode {
	var els []*refNode
	for _, k := range n.kids {
		if k.name != "" {
			els = append(els, k)
		}
	}
	return els
}

// ownText is the text of n outside its child elements.
func (n *refNode) ownText() string {
	var b strings.Builder
	for _, k := range n.kids {
		if k.name == "" {
			b.WriteString(k.text)
		}
	}
	return b.String()
}

// refWarning is where a skipped unit starts.
type refWarning struct{ line, col int }

// refUnit is a unit with where it starts.
type refUnit struct {
	Unit
	line, col int
}

// refRead maps the element tree of a document to its header and units the
// way the package documentation describes, independently of the reader.
func refRead(root *refNode, keepMarkup bool) (Header, []refUnit, []refWarning, error) {
	var h Header
	if root.name != "tmx" {
		return h, nil, nil, ErrNotTMX
	}
	for _, a := range root.attrs {
		if a.Name == "version" {
			h.Version = a.Value
		}
	}
	switch h.Version {
	case "", "1.1", "1.2", "1.3", "1.4", "1.4a", "1.4b":
	default:
		return h, nil, nil, ErrVersion
	}
	els := root.elements()
	i := 0
	for ; i < len(els) && els[i].name != "header" && els[i].name != "body"; i++ {
	}
	if i == len(els) || els[i].name == "body" {
		return h, nil, nil, ErrNoHeader
	}
	refHeader(&h, els[i])
	var units []refUnit
	var warnings []refWarning
	for _, body := range els[i+1:] {
		if body.name != "body" {
			continue
		}
		for _, tu := range body.elements() {
			if tu.name != "tu" {
				continue
			}
			if u, ok := refReadUnit(tu, keepMarkup); ok {
				units = append(units, refUnit{u, tu.line, tu.col})
			} else {
				warnings = append(warnings, refWarning{tu.line, tu.col})
			}
		}
	}
	return h, units, warnings, nil
}

func refHeader(h *Header, el *refNode) {
	for _, a := range el.attrs {
		switch a.Name {
		case "creationtool":
			h.CreationTool = a.Value
		case "creationtoolversion":
			h.CreationToolVersion = a.Value
		case "segtype":
			h.SegType = segType(a.Value)
		case "o-tmf":
			h.OTMF = a.Value
		case "adminlang":
			h.AdminLang = a.Value
		case "srclang":
			h.SrcLang = a.Value
		case "datatype":
			h.DataType = a.Value
		case "creationdate":
			if t, err := ParseDate(a.Value); err == nil {
				h.CreationDate = t
				continue
			}
			fallthrough
		default:
			if headerAttr(a.Name) {
				h.Attrs = append(h.Attrs, a)
			}
		}
	}
	for _, k := range el.elements() {
		switch k.name {
		case "prop":
			refProp(&h.Props, k)
		case "note":
			h.Notes = append(h.Notes, k.ownText())
		}
	}
}

func refProp(props *[]Prop, el *refNode) {
	var p Prop
	var xmlLang, lang *string
	for _, a := range el.attrs {
		switch a.Name {
		case "type":
			p.Type = a.Value
		case "xml:lang":
			xmlLang = &a.Value
		case "lang":
			lang = &a.Value
		}
	}
	p.Lang = xmlOrOldLang(xmlLang, lang)
	if p.Type != "" {
		p.Value = el.ownText()
		*props = append(*props, p)
	}
}

// xmlOrOldLang returns the value of xml:lang if the element has one, else
// that of TMX 1.1's lang, whatever their order.
func xmlOrOldLang(xmlLang, lang *string) string {
	switch {
	case xmlLang != nil:
		return *xmlLang
	case lang != nil:
		return *lang
	}
	return ""
}

func refReadUnit(tu *refNode, keepMarkup bool) (Unit, bool) {
	var u Unit
	for _, a := range tu.attrs {
		switch a.Name {
		case "tuid":
			u.TUID = a.Value
		case "creationdate":
			if t, err := ParseDate(a.Value); err == nil {
				u.CreationDate = t
			} else {
				u.Attrs = append(u.Attrs, a)
			}
		case "segtype":
			if v := segType(a.Value); v != "" {
				u.Attrs = append(u.Attrs, Attr{a.Name, v})
			}
		default:
			if tuAttr(a.Name) {
				u.Attrs = append(u.Attrs, a)
			}
		}
	}
	valid := true
	for _, k := range tu.elements() {
		switch k.name {
		case "prop":
			refProp(&u.Props, k)
		case "note":
			u.Notes = append(u.Notes, k.ownText())
		case "tuv":
			v, ok := refVariant(k, keepMarkup)
			valid = valid && ok
			u.Variants = append(u.Variants, v)
		}
	}
	return u, valid && len(u.Variants) > 0
}

func refVariant(tuv *refNode, keepMarkup bool) (Variant, bool) {
	var v Variant
	var xmlLang, lang *string
	for _, a := range tuv.attrs {
		switch a.Name {
		case "xml:lang":
			xmlLang = &a.Value
		case "lang":
			lang = &a.Value
		default:
			if tuvAttr(a.Name) {
				v.Attrs = append(v.Attrs, a)
			}
		}
	}
	v.Lang = xmlOrOldLang(xmlLang, lang)
	segs := 0
	for _, k := range tuv.elements() {
		switch k.name {
		case "prop":
			refProp(&v.Props, k)
		case "note":
			v.Notes = append(v.Notes, k.ownText())
		case "seg":
			if segs++; segs == 1 {
				var mark []xmlToken
				v.Text, mark = refSegment(k, keepMarkup)
				if mark != nil {
					v.Markup = renderTokens(mark)
				}
			}
		}
	}
	return v, v.Lang != "" && segs == 1
}

// refSegment returns the plain text of a segment (without what code
// elements hold) and, when keepMarkup is set and some inline element is
// kept, the tokens of its markup: the inline elements the DTD allows where
// they are, with the attributes it defines; others unwrapped, and with an
// unwrapped code element its content.
func refSegment(seg *refNode, keepMarkup bool) (string, []xmlToken) {
	var text strings.Builder
	var mark []xmlToken
	kept := false
	var walk func(n *refNode, inCode, dropped bool, parent inline)
	walk = func(n *refNode, inCode, dropped bool, parent inline) {
		for _, k := range n.kids {
			if k.name == "" {
				if !inCode {
					text.WriteString(k.text)
				}
				if keepMarkup && !dropped {
					mark = appendToken(mark, xmlToken{kind: tokText, text: k.text})
				}
				continue
			}
			kind := inlineKind([]byte(k.name))
			var attrs []attr
			for _, a := range k.attrs {
				attrs = append(attrs, attr{[]byte(a.Name), []byte(a.Value)})
			}
			keep := keepMarkup && !dropped && kind != notInline && allowedIn(parent, kind) && hasRequiredAttrs(kind, attrs)
			if !keep {
				walk(k, inCode || kind.isCode(), dropped || kind.isCode(), parent)
				continue
			}
			kept = true
			start := xmlToken{kind: tokStart, name: k.name}
			for _, a := range k.attrs {
				if inlineAttr(kind, []byte(a.Name)) {
					start.attrs = append(start.attrs, a)
				}
			}
			mark = append(mark, start)
			walk(k, inCode || kind.isCode(), false, kind)
			mark = append(mark, xmlToken{kind: tokEnd, name: k.name})
		}
	}
	walk(seg, false, false, notInline)
	if !kept {
		return text.String(), nil
	}
	return text.String(), mark
}

// renderTokens writes markup tokens as a canonical string for comparison.
func renderTokens(toks []xmlToken) string {
	var b strings.Builder
	for _, t := range toks {
		t.line, t.col = 0, 0
		b.WriteString(t.String())
		b.WriteByte('\n')
	}
	return b.String()
}

// markupTokens parses a Variant.Markup with encoding/xml.
func markupTokens(markup string) ([]xmlToken, error) {
	d := xml.NewDecoder(strings.NewReader("<seg>" + markup + "</seg>"))
	var toks []xmlToken
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return toks[1 : len(toks)-1], nil
		}
		if err != nil {
			return nil, err
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			t := xmlToken{kind: tokStart, name: tok.Name.Local}
			for _, a := range tok.Attr {
				t.attrs = append(t.attrs, Attr{a.Name.Local, attrSpaces.Replace(a.Value)})
			}
			toks = append(toks, t)
		case xml.EndElement:
			toks = append(toks, xmlToken{kind: tokEnd, name: tok.Name.Local})
		case xml.CharData:
			toks = appendToken(toks, xmlToken{kind: tokText, text: string(tok)})
		}
	}
}
