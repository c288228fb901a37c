package tmx

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// Limits that keep a reader's memory bounded whatever the input.
const (
	// MaxDepth is how deeply elements may nest. A TMX document needs about
	// ten levels (tmx, body, tu, tuv, seg and a few inline elements).
	MaxDepth = 256
	// MaxTokenSize is the largest single piece of markup or text the reader
	// accepts: a tag with its attributes, a run of text, a comment, a
	// DOCTYPE. Text longer than this inside one segment is an error.
	MaxTokenSize = 16 << 20

	// MaxUnitSize is the most input one translation unit (or the header)
	// may take, markup included.
	MaxUnitSize = 64 << 20

	initialBufSize = 64 << 10
	maxNameLen     = 1024 // bytes in an element name
	maxAttrs       = 256  // attributes on one element
)

type tokenKind uint8

const (
	tokStart tokenKind = iota + 1 // start tag; scanner.empty tells <name/>
	tokEnd                        // end tag, or the end of an empty element
	tokText                       // character data or a CDATA section
)

type attr struct {
	name, value []byte
}

// scanner splits UTF-8 XML into start tags, end tags and text. It checks
// well-formedness (matching tags, legal characters, quoting, references) as
// it goes, skips comments, processing instructions and the DOCTYPE without
// interpreting them, and expands only the five predefined entities and
// character references. Everything it returns is valid until the next call.
//
// It keeps one window of the input: memory is bounded by MaxTokenSize and
// MaxDepth, not by the size of the document.
type scanner struct {
	r    io.Reader
	rerr error // first error from r, io.EOF at the end

	buf      []byte
	pos, end int   // unread bytes are buf[pos:end]
	base     int64 // offset in the input of buf[0]

	// Line and column (in characters, 0-based) of input offset curOff;
	// moved forward lazily, always before the bytes it needs are discarded.
	curOff          int64
	curLine, curCol int

	// The current token.
	kind   tokenKind
	tokOff int64 // input offset where it starts
	name   []byte
	attrs  []attr
	empty  bool // start tag of an empty element, <name/>
	text   []byte

	scratch []byte // decoded text
	avals   []byte // decoded attribute values
	aspans  []int  // name start, name end, value start, value end per attribute

	stack      []int  // start offsets into names of the open elements
	names      []byte // names of the open elements, end to end
	pendingEnd bool   // the last token was <name/>: its end comes next
	rootSeen   bool
	rootDone   bool
	doctype    bool

	startOff     int64  // where the document starts, after any byte-order mark
	declEncoding string // encoding named by the XML declaration, if any

	// checked is the input offset up to which the bytes read are known to
	// be UTF-8 (see checkInput); encoding names the document's encoding
	// in errors about bytes that are not.
	checked  int64
	encoding string

	// While unitStart >= 0, next fails with errUnitTooLarge once the input
	// has gone more than MaxUnitSize past it.
	unitStart int64

	// poison makes fill overwrite the bytes it discards from the window
	// with 0xFF (never in UTF-8), so that a token kept past its lifetime
	// reads as garbage in tests instead of as plausible text.
	poison bool
}

var errUnitTooLarge = errors.New("unit too large")

func newScanner(r io.Reader) *scanner {
	s := &scanner{}
	s.reset(r, initialBufSize)
	return s
}

func (s *scanner) reset(r io.Reader, bufSize int) {
	buf := s.buf
	if cap(buf) < bufSize {
		buf = make([]byte, bufSize)
	}
	*s = scanner{
		r: r, buf: buf[:cap(buf)], curLine: 1, unitStart: -1,
		scratch: s.scratch[:0], avals: s.avals[:0], aspans: s.aspans[:0],
		attrs: s.attrs[:0], stack: s.stack[:0], names: s.names[:0],
	}
}

func (s *scanner) depth() int { return len(s.stack) }

// position returns the 1-based line and column of input offset off, which
// must not lie before an offset asked about earlier.
func (s *scanner) position(off int64) (line, col int) {
	if off > s.curOff {
		lo, hi := s.curOff-s.base, off-s.base
		if lo >= 0 && hi <= int64(s.end) {
			s.advance(s.buf[lo:hi])
			s.curOff = off
		}
	}
	return s.curLine, s.curCol + 1
}

func (s *scanner) advance(b []byte) {
	if n := bytes.Count(b, []byte{'\n'}); n > 0 {
		s.curLine += n
		s.curCol = utf8.RuneCount(b[bytes.LastIndexByte(b, '\n')+1:])
	} else {
		s.curCol += utf8.RuneCount(b)
	}
}

func (s *scanner) errAt(off int64, err error) error {
	line, col := s.position(off)
	return &ParseError{Line: line, Column: col, Err: err}
}

// fill reads more input into the window. It reports false when the input
// is exhausted; err is set for read errors and for tokens over
// MaxTokenSize.
func (s *scanner) fill() (bool, error) {
	if s.rerr != nil {
		return false, s.readErr()
	}
	if s.pos > 0 {
		s.position(s.base + int64(s.pos)) // count lines before discarding
		n := copy(s.buf, s.buf[s.pos:s.end])
		if s.poison {
			fillPoison(s.buf[n:s.end])
		}
		s.base += int64(s.pos)
		s.end, s.pos = n, 0
	}
	if s.end-s.pos >= MaxTokenSize { // s.pos is where the current token starts
		return false, s.errAt(s.tokOff, fmt.Errorf("%w: more than %d MiB in one piece", ErrTooLarge, MaxTokenSize>>20))
	}
	if s.end == len(s.buf) {
		nb := make([]byte, min(2*len(s.buf), MaxTokenSize+initialBufSize))
		copy(nb, s.buf[:s.end])
		if s.poison {
			fillPoison(s.buf)
		}
		s.buf = nb
	}
	for range 100 {
		old := s.end
		n, err := s.r.Read(s.buf[s.end:])
		s.end += n
		if err != nil {
			s.rerr = err
		}
		s.checkInput()
		if s.end > old {
			return true, nil
		}
		if s.rerr != nil {
			return false, s.readErr()
		}
	}
	s.rerr = io.ErrNoProgress
	return false, s.readErr()
}

// checkInput checks that the bytes read since the last call are UTF-8. At
// the first sequence that is not, it cuts the window and makes that the end
// of the input, with a *decodeError for an error: the scanner reports it
// at the line and column where the sequence starts, once it has read all
// before. A character cut by the end of a read waits for the next one,
// unless the input has ended.
//
// Every byte the scanner reads is thus UTF-8, whichever path it came by:
// the decoders of other encodings make UTF-8, and check their input
// themselves (strictDecoder).
func (s *scanner) checkInput() {
	b := s.buf[s.checked-s.base : s.end]
	n := len(b)
	if s.rerr == nil {
		n = completeRunes(b)
	}
	if utf8.Valid(b[:n]) {
		s.checked += int64(n)
		return
	}
	// Find the first invalid sequence (or, at the end of the input, the
	// character cut by it).
	i := 0
	for i < len(b) {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			break
		}
		i += size
	}
	// Report the bytes that began a character, up to the one that did not
	// continue it.
	bad := 1
	for bad < len(b)-i && bad < utf8.UTFMax && b[i+bad]&0xC0 == 0x80 && !utf8.FullRune(b[i:i+bad]) {
		bad++
	}
	s.end = int(s.checked-s.base) + i
	s.checked = s.base + int64(s.end)
	if s.rerr == nil || s.rerr == io.EOF { // a read error stays the error
		s.rerr = &decodeError{encoding: s.encoding, bytes: bytes.Clone(b[i:min(i+bad, len(b))])}
	}
}

// completeRunes returns the length of b without a UTF-8 character cut off
// at its end.
func completeRunes(b []byte) int {
	for j := len(b) - 1; j >= 0 && j >= len(b)-utf8.UTFMax; j-- {
		if b[j]&0xC0 != 0x80 { // the last character starts here
			if utf8.FullRune(b[j:]) {
				return len(b)
			}
			return j
		}
	}
	return len(b)
}

func fillPoison(b []byte) {
	for i := range b {
		b[i] = 0xFF
	}
}

func (s *scanner) readErr() error {
	if s.rerr == io.EOF {
		return nil
	}
	return s.errAt(s.base+int64(s.end), s.rerr)
}

// ensure makes n bytes from pos available; false means the input ends first.
func (s *scanner) ensure(n int) (bool, error) {
	for s.end-s.pos < n {
		ok, err := s.fill()
		if !ok {
			return false, err
		}
	}
	return true, nil
}

// find returns the index, relative to pos, of the first sep at or after
// pos+from, or -1 if the input ends first.
func (s *scanner) find(from int, sep string) (int, error) {
	for {
		if s.pos+from <= s.end {
			var i int
			if len(sep) == 1 {
				i = bytes.IndexByte(s.buf[s.pos+from:s.end], sep[0])
			} else {
				i = bytes.Index(s.buf[s.pos+from:s.end], []byte(sep))
			}
			if i >= 0 {
				return from + i, nil
			}
			from = max(from, s.end-s.pos-len(sep)+1)
		}
		ok, err := s.fill()
		if err != nil {
			return -1, err
		}
		if !ok {
			return -1, nil
		}
	}
}

func (s *scanner) eofError(what string) error {
	return s.errAt(s.base+int64(s.end), fmt.Errorf("%w in %s", ErrUnexpectedEOF, what))
}

// next reads the next token. It returns io.EOF after the root element has
// ended and the rest of the input held only white space, comments and
// processing instructions.
//
// The token (name, attrs, text) is valid only until the following call:
// names and text may be slices of the window, which fill moves and
// overwrites. Callers copy what they keep.
func (s *scanner) next() error {
	s.attrs, s.text, s.empty = s.attrs[:0], nil, false
	if s.pendingEnd {
		s.pendingEnd = false
		s.kind = tokEnd
		s.pop()
		return nil
	}
	for {
		if s.unitStart >= 0 && s.base+int64(s.pos)-s.unitStart > MaxUnitSize {
			return errUnitTooLarge
		}
		if s.pos >= s.end {
			ok, err := s.fill()
			if err != nil {
				return err
			}
			if !ok {
				return s.atEOF()
			}
		}
		s.tokOff = s.base + int64(s.pos)
		if s.buf[s.pos] != '<' {
			if tok, err := s.scanText(); tok || err != nil {
				return err
			}
			continue
		}
		if ok, err := s.ensure(2); !ok {
			if err == nil {
				err = s.eofError("markup")
			}
			return err
		}
		switch s.buf[s.pos+1] {
		case '/':
			return s.scanEndTag()
		case '?':
			if err := s.scanPI(); err != nil {
				return err
			}
		case '!':
			if tok, err := s.scanBang(); tok || err != nil {
				return err
			}
		default:
			return s.scanStartTag()
		}
	}
}

func (s *scanner) atEOF() error {
	off := s.base + int64(s.end)
	switch {
	case s.depth() > 0:
		top := s.names[s.stack[len(s.stack)-1]:]
		return s.errAt(off, fmt.Errorf("%w: <%s> not closed", ErrUnexpectedEOF, top))
	case !s.rootSeen:
		return s.errAt(off, fmt.Errorf("%w: no root element", ErrUnexpectedEOF))
	}
	return io.EOF
}

func (s *scanner) scanText() (bool, error) {
	i, err := s.find(0, "<")
	if err != nil {
		return false, err
	}
	if i < 0 {
		i = s.end - s.pos
	}
	raw := s.buf[s.pos : s.pos+i]
	if s.depth() == 0 {
		for k, c := range raw {
			if !isSpaceByte(c) {
				return false, s.errAt(s.tokOff+int64(k), fmt.Errorf("%w: text outside the root element", ErrSyntax))
			}
		}
		s.pos += i
		return false, nil
	}
	if bytes.IndexByte(raw, ']') >= 0 {
		if k := bytes.Index(raw, []byte("]]>")); k >= 0 {
			return false, s.errAt(s.tokOff+int64(k), fmt.Errorf("%w: \"]]>\" in text (write ]]&gt;)", ErrSyntax))
		}
	}
	text, err := s.decodeText(raw, s.tokOff)
	if err != nil {
		return false, err
	}
	s.pos += i
	s.kind, s.text = tokText, text
	return true, nil
}

// decodeText returns the character data raw (at input offset off, for
// errors) decoded: raw itself when decoding changes nothing, else a copy in
// s.scratch. Either way the result is valid only until the next token.
func (s *scanner) decodeText(raw []byte, off int64) ([]byte, error) {
	i, err := s.firstChange(raw, off, false)
	if err != nil || i == len(raw) {
		return raw, err
	}
	text, err := s.decodeFrom(s.scratch[:0], raw, i, off, false)
	s.scratch = text[:0] // keep the grown buffer for the next text
	return text, err
}

// appendDecoded checks raw, character data or an attribute value, for
// characters XML forbids, normalizes line ends, expands references (in
// attribute values also turning white space into spaces) and appends the
// result to dst. The result never shares memory with raw: raw is a slice of
// the window, which the next fill overwrites.
func (s *scanner) appendDecoded(dst, raw []byte, off int64, attrValue bool) ([]byte, error) {
	i, err := s.firstChange(raw, off, attrValue)
	if err != nil {
		return dst, err
	}
	return s.decodeFrom(dst, raw, i, off, attrValue)
}

// decodeFrom is appendDecoded for raw checked by firstChange, which
// returned i.
func (s *scanner) decodeFrom(dst, raw []byte, i int, off int64, attrValue bool) ([]byte, error) {
	dst = append(dst, raw[:i]...)
	for i < len(raw) {
		switch c := raw[i]; {
		case c == '&':
			n, err := s.reference(raw[i:], off+int64(i), &dst)
			if err != nil {
				return dst, err
			}
			i += n
		case c == '\r':
			if i+1 < len(raw) && raw[i+1] == '\n' {
				i++
			}
			if attrValue {
				dst = append(dst, ' ')
			} else {
				dst = append(dst, '\n')
			}
			i++
		case c == '\n' || c == '\t':
			if attrValue {
				c = ' '
			}
			dst = append(dst, c)
			i++
		case c < 0x20:
			return dst, s.errAt(off+int64(i), ErrInvalidChar)
		default:
			j := i + 1
			for j < len(raw) && raw[j] >= 0x20 && raw[j] != '&' {
				j++
			}
			dst = append(dst, raw[i:j]...)
			i = j
		}
	}
	return dst, nil
}

// firstChange checks that raw holds only characters XML allows and returns
// the index of the first byte that decoding changes (a reference, a line
// end to normalize), len(raw) if there is none. off is raw's offset in the
// input, for errors.
func (s *scanner) firstChange(raw []byte, off int64, attrValue bool) (int, error) {
	// raw is UTF-8: checkInput saw to it. What XML forbids besides is
	// U+FFFE, U+FFFF and the control characters.
	if hasNonchar(raw) {
		return 0, s.errAt(off+int64(checkChars(raw)), ErrInvalidChar)
	}
	if !hasControlOrAmp(raw) {
		return len(raw), nil
	}
	// White space between elements and multi-line text usually change
	// nothing.
	for i, c := range raw {
		if c >= 0x20 {
			if c == '&' {
				return i, nil
			}
			continue
		}
		if c == '\r' || (attrValue && (c == '\n' || c == '\t')) {
			return i, nil
		}
		if c != '\n' && c != '\t' {
			return 0, s.errAt(off+int64(i), ErrInvalidChar)
		}
	}
	return len(raw), nil
}

// reference expands the entity or character reference at the start of b
// into *dst and returns its length.
func (s *scanner) reference(b []byte, off int64, dst *[]byte) (int, error) {
	end := bytes.IndexByte(b[:min(len(b), 64)], ';')
	if end < 0 {
		return 0, s.errAt(off, fmt.Errorf("%w: '&' that starts no reference (write &amp;)", ErrSyntax))
	}
	ref := b[1:end]
	switch string(ref) {
	case "lt":
		*dst = append(*dst, '<')
	case "gt":
		*dst = append(*dst, '>')
	case "amp":
		*dst = append(*dst, '&')
	case "apos":
		*dst = append(*dst, '\'')
	case "quot":
		*dst = append(*dst, '"')
	default:
		if len(ref) > 0 && ref[0] == '#' {
			r, ok := parseCharRef(ref[1:])
			if !ok || !isXMLChar(r) {
				return 0, s.errAt(off, fmt.Errorf("%w: invalid character reference &%s;", ErrSyntax, ref))
			}
			*dst = utf8.AppendRune(*dst, r)
			break
		}
		if nameEnd(ref, 0) != len(ref) || len(ref) == 0 {
			return 0, s.errAt(off, fmt.Errorf("%w: '&' that starts no reference (write &amp;)", ErrSyntax))
		}
		return 0, s.errAt(off, fmt.Errorf("%w: &%s;", ErrUndefinedEntity, ref))
	}
	return end + 1, nil
}

func parseCharRef(b []byte) (rune, bool) {
	base := rune(10)
	if len(b) > 0 && b[0] == 'x' {
		base, b = 16, b[1:]
	}
	if len(b) == 0 || len(b) > 8 {
		return 0, false
	}
	var r rune
	for _, c := range b {
		var d rune
		switch {
		case c >= '0' && c <= '9':
			d = rune(c - '0')
		case base == 16 && c >= 'a' && c <= 'f':
			d = rune(c-'a') + 10
		case base == 16 && c >= 'A' && c <= 'F':
			d = rune(c-'A') + 10
		default:
			return 0, false
		}
		r = r*base + d
	}
	return r, true
}

func (s *scanner) scanStartTag() error {
	if s.rootDone {
		return s.errAt(s.tokOff, fmt.Errorf("%w: content after the root element", ErrSyntax))
	}
	// The tag ends at the first '>' outside quotes; a quote jumps to the
	// matching one, so that the search stays linear.
	i := 1
	for {
		k := -1
		for j, c := range s.buf[s.pos+i : s.end] {
			if c == '>' || c == '"' || c == '\'' {
				k = j
				break
			}
		}
		if k < 0 {
			i = s.end - s.pos
			ok, err := s.fill()
			if err != nil {
				return err
			}
			if !ok {
				return s.eofError("a start tag")
			}
			continue
		}
		i += k
		q := s.buf[s.pos+i]
		if q == '>' {
			break
		}
		j, err := s.find(i+1, string(q))
		if err != nil {
			return err
		}
		if j < 0 {
			return s.eofError("an attribute value")
		}
		i = j + 1
	}
	if err := s.parseTag(s.buf[s.pos : s.pos+i+1]); err != nil {
		return err
	}
	s.pos += i + 1
	if s.depth() >= MaxDepth {
		return s.errAt(s.tokOff, fmt.Errorf("%w: more than %d levels", ErrTooDeep, MaxDepth))
	}
	s.stack = append(s.stack, len(s.names))
	s.names = append(s.names, s.name...)
	s.rootSeen = true
	s.kind = tokStart
	s.pendingEnd = s.empty
	return nil
}

// parseTag parses tag, from '<' to the '>' that ends it, into name, attrs
// and empty.
func (s *scanner) parseTag(tag []byte) error {
	n := nameEnd(tag, 1)
	if n == 1 {
		return s.errAt(s.tokOff, fmt.Errorf("%w: '<' not followed by a name (write &lt;)", ErrSyntax))
	}
	if n-1 > maxNameLen {
		return s.errAt(s.tokOff, fmt.Errorf("%w: element name longer than %d bytes", ErrTooLarge, maxNameLen))
	}
	s.name = tag[1:n]
	s.avals, s.aspans = s.avals[:0], s.aspans[:0]
	last := len(tag) - 1 // the '>'
	k := n
	for {
		sp := k
		for isSpaceByte(tag[k]) {
			k++
		}
		if k == last || (tag[k] == '/' && k+1 == last) {
			break
		}
		if k == sp {
			return s.errAt(s.tokOff+int64(k), fmt.Errorf("%w: in a start tag", ErrSyntax))
		}
		nameStart := k
		k = nameEnd(tag, k)
		if k == nameStart {
			return s.errAt(s.tokOff+int64(k), fmt.Errorf("%w: invalid attribute name", ErrSyntax))
		}
		nameStop := k
		for isSpaceByte(tag[k]) {
			k++
		}
		if tag[k] != '=' {
			return s.errAt(s.tokOff+int64(k), fmt.Errorf("%w: attribute %s without '='", ErrSyntax, tag[nameStart:nameStop]))
		}
		k++
		for isSpaceByte(tag[k]) {
			k++
		}
		q := tag[k]
		if q != '"' && q != '\'' {
			return s.errAt(s.tokOff+int64(k), fmt.Errorf("%w: attribute value not quoted", ErrSyntax))
		}
		valStart := k + 1
		closing := bytes.IndexByte(tag[valStart:], q)
		if closing < 0 {
			return s.errAt(s.tokOff+int64(k), fmt.Errorf("%w: unterminated attribute value", ErrSyntax))
		}
		valEnd := valStart + closing
		raw := tag[valStart:valEnd]
		if len(s.aspans) >= 4*maxAttrs {
			return s.errAt(s.tokOff+int64(nameStart), fmt.Errorf("%w: more than %d attributes", ErrTooLarge, maxAttrs))
		}
		for a := 0; a < len(s.aspans); a += 4 {
			if bytes.Equal(tag[s.aspans[a]:s.aspans[a+1]], tag[nameStart:nameStop]) {
				return s.errAt(s.tokOff+int64(nameStart), fmt.Errorf("%w: attribute %s given twice", ErrSyntax, tag[nameStart:nameStop]))
			}
		}
		from := len(s.avals)
		if plainAttrValue(raw) {
			s.avals = append(s.avals, raw...)
		} else {
			if j := bytes.IndexByte(raw, '<'); j >= 0 {
				return s.errAt(s.tokOff+int64(valStart+j), fmt.Errorf("%w: '<' in an attribute value", ErrSyntax))
			}
			var err error
			s.avals, err = s.appendDecoded(s.avals, raw, s.tokOff+int64(valStart), true)
			if err != nil {
				return err
			}
		}
		s.aspans = append(s.aspans, nameStart, nameStop, from, len(s.avals))
		k = valEnd + 1
	}
	s.attrs = s.attrs[:0]
	for a := 0; a < len(s.aspans); a += 4 {
		sp := s.aspans[a : a+4]
		s.attrs = append(s.attrs, attr{name: tag[sp[0]:sp[1]], value: s.avals[sp[2]:sp[3]]})
	}
	s.empty = tag[last-1] == '/'
	return nil
}

// plainAttrValue reports whether raw is printable ASCII without '&' or '<',
// which an attribute value keeps as it is.
func plainAttrValue(raw []byte) bool {
	for _, c := range raw {
		if c < 0x20 || c >= 0x80 || c == '&' || c == '<' {
			return false
		}
	}
	return true
}

func (s *scanner) pop() {
	top := s.stack[len(s.stack)-1]
	s.names = s.names[:top]
	s.stack = s.stack[:len(s.stack)-1]
	if len(s.stack) == 0 {
		s.rootDone = true
	}
}

func (s *scanner) scanEndTag() error {
	i, err := s.find(2, ">")
	if err != nil {
		return err
	}
	if i < 0 {
		return s.eofError("an end tag")
	}
	tag := s.buf[s.pos : s.pos+i+1]
	n := nameEnd(tag, 2)
	k := n
	for isSpaceByte(tag[k]) {
		k++
	}
	if n == 2 || k != i {
		return s.errAt(s.tokOff, fmt.Errorf("%w: malformed end tag", ErrSyntax))
	}
	name := tag[2:n]
	if s.depth() == 0 {
		return s.errAt(s.tokOff, fmt.Errorf("%w: end tag </%s> without a start tag", ErrSyntax, name))
	}
	if top := s.names[s.stack[len(s.stack)-1]:]; !bytes.Equal(top, name) {
		return s.errAt(s.tokOff, fmt.Errorf("%w: end tag </%s> does not match <%s>", ErrSyntax, name, top))
	}
	s.pop()
	s.name = name
	s.pos += i + 1
	s.kind = tokEnd
	return nil
}

// scanPI skips a processing instruction and reads the XML declaration.
func (s *scanner) scanPI() error {
	i, err := s.find(2, "?>")
	if err != nil {
		return err
	}
	if i < 0 {
		return s.eofError("a processing instruction")
	}
	pi := s.buf[s.pos : s.pos+i]
	n := nameEnd(pi, 2)
	if n == 2 {
		return s.errAt(s.tokOff, fmt.Errorf("%w: processing instruction without a target", ErrSyntax))
	}
	if k := checkChars(pi); k >= 0 {
		return s.errAt(s.tokOff+int64(k), ErrInvalidChar)
	}
	if target := pi[2:n]; len(target) == 3 && bytes.EqualFold(target, []byte("xml")) {
		if s.tokOff != s.startOff || string(target) != "xml" {
			return s.errAt(s.tokOff, fmt.Errorf("%w: XML declaration not at the very start", ErrSyntax))
		}
		enc, err := parseDeclaration(pi[n:])
		if err != nil {
			return s.errAt(s.tokOff, err)
		}
		s.declEncoding = enc
	} else if n < len(pi) && !isSpaceByte(pi[n]) {
		return s.errAt(s.tokOff, fmt.Errorf("%w: malformed processing instruction", ErrSyntax))
	}
	s.pos += i + 2
	return nil
}

// parseDeclaration reads the pseudo-attributes of an XML declaration and
// returns the encoding it names.
func parseDeclaration(b []byte) (encoding string, err error) {
	seen := 0
	for k := 0; ; {
		sp := k
		for k < len(b) && isSpaceByte(b[k]) {
			k++
		}
		if k == len(b) {
			break
		}
		if k == sp {
			return "", fmt.Errorf("%w: malformed XML declaration", ErrSyntax)
		}
		ns := k
		for k < len(b) && b[k] >= 'a' && b[k] <= 'z' {
			k++
		}
		name := string(b[ns:k])
		for k < len(b) && isSpaceByte(b[k]) {
			k++
		}
		if k >= len(b) || b[k] != '=' {
			return "", fmt.Errorf("%w: malformed XML declaration", ErrSyntax)
		}
		k++
		for k < len(b) && isSpaceByte(b[k]) {
			k++
		}
		if k >= len(b) || (b[k] != '"' && b[k] != '\'') {
			return "", fmt.Errorf("%w: malformed XML declaration", ErrSyntax)
		}
		e := bytes.IndexByte(b[k+1:], b[k])
		if e < 0 {
			return "", fmt.Errorf("%w: malformed XML declaration", ErrSyntax)
		}
		val := string(b[k+1 : k+1+e])
		k += e + 2
		switch {
		case name == "version" && seen == 0:
			if len(val) < 3 || val[:2] != "1." || strings.Trim(val[2:], "0123456789") != "" {
				return "", fmt.Errorf("%w: XML version %q", ErrSyntax, val)
			}
			seen = 1
		case name == "encoding" && seen == 1:
			if !isEncName(val) {
				return "", fmt.Errorf("%w: encoding name %q", ErrSyntax, val)
			}
			encoding, seen = val, 2
		case name == "standalone" && seen >= 1 && seen < 3:
			if val != "yes" && val != "no" {
				return "", fmt.Errorf("%w: standalone=%q (yes or no)", ErrSyntax, val)
			}
			seen = 3
		default:
			return "", fmt.Errorf("%w: malformed XML declaration", ErrSyntax)
		}
	}
	if seen == 0 {
		return "", fmt.Errorf("%w: XML declaration without a version", ErrSyntax)
	}
	return encoding, nil
}

// isEncName reports whether s is an encoding name as XML 1.0 allows one:
// a Latin letter, then letters, digits, '.', '_' and '-'.
func isEncName(s string) bool {
	for i, c := range []byte(s) {
		letter := c|0x20 >= 'a' && c|0x20 <= 'z'
		if !letter && (i == 0 || !(c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-')) {
			return false
		}
	}
	return s != ""
}

// scanBang handles comments, CDATA sections and the DOCTYPE. It reports
// true when it produced a text token (CDATA).
func (s *scanner) scanBang() (bool, error) {
	if _, err := s.ensure(9); err != nil {
		return false, err
	}
	rest := s.buf[s.pos:s.end]
	if len(rest) < 9 {
		for _, m := range []string{"<!--", "<![CDATA[", "<!DOCTYPE"} {
			if len(rest) < len(m) && m[:len(rest)] == string(rest) {
				return false, s.eofError("markup")
			}
		}
	}
	switch {
	case bytes.HasPrefix(rest, []byte("<!--")):
		i, err := s.find(4, "--")
		if err != nil {
			return false, err
		}
		if i < 0 {
			return false, s.eofError("a comment")
		}
		if ok, err := s.ensure(i + 3); !ok {
			if err == nil {
				err = s.eofError("a comment")
			}
			return false, err
		}
		if s.buf[s.pos+i+2] != '>' {
			return false, s.errAt(s.tokOff+int64(i), fmt.Errorf("%w: \"--\" inside a comment", ErrSyntax))
		}
		if k := checkChars(s.buf[s.pos+4 : s.pos+i]); k >= 0 {
			return false, s.errAt(s.tokOff+4+int64(k), ErrInvalidChar)
		}
		s.pos += i + 3
		return false, nil
	case bytes.HasPrefix(rest, []byte("<![CDATA[")):
		if s.depth() == 0 {
			return false, s.errAt(s.tokOff, fmt.Errorf("%w: CDATA outside the root element", ErrSyntax))
		}
		i, err := s.find(9, "]]>")
		if err != nil {
			return false, err
		}
		if i < 0 {
			return false, s.eofError("a CDATA section")
		}
		raw := s.buf[s.pos+9 : s.pos+i]
		if k := checkChars(raw); k >= 0 {
			return false, s.errAt(s.tokOff+9+int64(k), ErrInvalidChar)
		}
		text := raw
		if bytes.IndexByte(raw, '\r') >= 0 {
			text = s.scratch[:0]
			for j := 0; j < len(raw); j++ {
				if raw[j] == '\r' {
					if j+1 < len(raw) && raw[j+1] == '\n' {
						j++
					}
					text = append(text, '\n')
				} else {
					text = append(text, raw[j])
				}
			}
			s.scratch = text[:0]
		}
		s.pos += i + 3
		s.kind, s.text = tokText, text
		return true, nil
	case bytes.HasPrefix(rest, []byte("<!DOCTYPE")):
		if s.rootSeen || s.doctype {
			return false, s.errAt(s.tokOff, fmt.Errorf("%w: DOCTYPE after the start of the document", ErrSyntax))
		}
		s.doctype = true
		return false, s.skipDoctype()
	}
	return false, s.errAt(s.tokOff, fmt.Errorf("%w: unknown markup after \"<!\"", ErrSyntax))
}

// skipDoctype skips the document type declaration, internal subset
// included, without interpreting any of its declarations: entities defined
// there are never expanded (a reference to one is an error), which makes
// the reader immune to entity-expansion attacks such as "billion laughs".
// It checks the declaration's form, so that it ends where XML says:
//
//	<!DOCTYPE name [SYSTEM "uri" | PUBLIC "id" "uri"] [[ subset ]]>
//
// where the subset holds white space, parameter-entity references, comments,
// processing instructions and ELEMENT, ATTLIST, ENTITY and NOTATION
// declarations (whose contents are not checked, quoted strings aside).
func (s *scanner) skipDoctype() error {
	d := doctypeSkipper{s: s, i: len("<!DOCTYPE")}
	if err := d.doctype(); err != nil {
		return err
	}
	if k := checkChars(s.buf[s.pos : s.pos+d.i]); k >= 0 {
		return s.errAt(s.tokOff+int64(k), ErrInvalidChar)
	}
	s.pos += d.i
	return nil
}

// doctypeSkipper walks a DOCTYPE from s.pos; i is where it is.
type doctypeSkipper struct {
	s *scanner
	i int
}

// peek returns the byte at i, reading more input as needed.
func (d *doctypeSkipper) peek() (byte, error) {
	if ok, err := d.s.ensure(d.i + 1); !ok {
		if err == nil {
			err = d.s.eofError("the DOCTYPE")
		}
		return 0, err
	}
	return d.s.buf[d.s.pos+d.i], nil
}

func (d *doctypeSkipper) syntax(what string) error {
	return d.s.errAt(d.s.tokOff+int64(d.i), fmt.Errorf("%w: %s in the DOCTYPE", ErrSyntax, what))
}

// has reports whether the input at i starts with prefix.
func (d *doctypeSkipper) has(prefix string) (bool, error) {
	if ok, err := d.s.ensure(d.i + len(prefix)); !ok {
		return false, err
	}
	return string(d.s.buf[d.s.pos+d.i:d.s.pos+d.i+len(prefix)]) == prefix, nil
}

// spaces skips white space and reports whether there was some.
func (d *doctypeSkipper) spaces() (bool, error) {
	start := d.i
	for {
		c, err := d.peek()
		if err != nil {
			return false, err
		}
		if !isSpaceByte(c) {
			return d.i > start, nil
		}
		d.i++
	}
}

// name skips an XML name (its non-ASCII characters are not checked).
func (d *doctypeSkipper) name() error {
	for start := d.i; ; d.i++ {
		c, err := d.peek()
		if err != nil {
			return err
		}
		letter := c|0x20 >= 'a' && c|0x20 <= 'z' || c == '_' || c == ':' || c >= utf8.RuneSelf
		if !letter && (d.i == start || !(c >= '0' && c <= '9' || c == '.' || c == '-')) {
			if d.i == start {
				return d.syntax("a name expected")
			}
			return nil
		}
	}
}

// word reads ASCII capital letters.
func (d *doctypeSkipper) word() (string, error) {
	start := d.i
	for {
		c, err := d.peek()
		if err != nil {
			return "", err
		}
		if c < 'A' || c > 'Z' {
			return string(d.s.buf[d.s.pos+start : d.s.pos+d.i]), nil
		}
		d.i++
	}
}

// quoted skips white space (required) and a quoted string.
func (d *doctypeSkipper) quoted() error {
	if sp, err := d.spaces(); err != nil || !sp {
		if err == nil {
			err = d.syntax("white space expected")
		}
		return err
	}
	q, err := d.peek()
	if err != nil {
		return err
	}
	if q != '"' && q != '\'' {
		return d.syntax("a quoted string expected")
	}
	return d.until(string(q))
}

// until skips past the first end at or after i+1.
func (d *doctypeSkipper) until(end string) error {
	k, err := d.s.find(d.i+1, end)
	if err != nil {
		return err
	}
	if k < 0 {
		return d.s.eofError("the DOCTYPE")
	}
	d.i = k + len(end)
	return nil
}

func (d *doctypeSkipper) doctype() error {
	if sp, err := d.spaces(); err != nil || !sp {
		if err == nil {
			err = d.syntax("white space expected")
		}
		return err
	}
	if err := d.name(); err != nil {
		return err
	}
	sp, err := d.spaces()
	if err != nil {
		return err
	}
	if c, err := d.peek(); err != nil {
		return err
	} else if sp && c >= 'A' && c <= 'Z' {
		at := d.i
		switch w, err := d.word(); {
		case err != nil:
			return err
		case w == "SYSTEM":
			err = d.quoted()
		case w == "PUBLIC":
			if err = d.quoted(); err == nil {
				err = d.quoted()
			}
		default:
			d.i = at
			return d.syntax("SYSTEM, PUBLIC, '[' or '>' expected")
		}
		if err != nil {
			return err
		}
		if _, err := d.spaces(); err != nil {
			return err
		}
	}
	c, err := d.peek()
	if err != nil {
		return err
	}
	if c == '[' {
		d.i++
		if err := d.subset(); err != nil {
			return err
		}
		if _, err := d.spaces(); err != nil {
			return err
		}
		if c, err = d.peek(); err != nil {
			return err
		}
	}
	if c != '>' {
		return d.syntax("SYSTEM, PUBLIC, '[' or '>' expected")
	}
	d.i++
	return nil
}

// subset skips the internal subset, up to and including its ']'.
func (d *doctypeSkipper) subset() error {
	for {
		if _, err := d.spaces(); err != nil {
			return err
		}
		c, err := d.peek()
		if err != nil {
			return err
		}
		switch c {
		case ']':
			d.i++
			return nil
		case '%':
			d.i++
			if err := d.name(); err != nil {
				return err
			}
			if c, err := d.peek(); err != nil {
				return err
			} else if c != ';' {
				return d.syntax("';' expected")
			}
			d.i++
			continue
		case '<':
		default:
			return d.syntax("text")
		}
		if ok, err := d.has("<!--"); err != nil {
			return err
		} else if ok {
			if err := d.comment(); err != nil {
				return err
			}
			continue
		}
		if ok, err := d.has("<?"); err != nil {
			return err
		} else if ok {
			if err := d.until("?>"); err != nil {
				return err
			}
			continue
		}
		if err := d.declaration(); err != nil {
			return err
		}
	}
}

func (d *doctypeSkipper) comment() error {
	k, err := d.s.find(d.i+4, "--")
	if err != nil {
		return err
	}
	if k < 0 {
		return d.s.eofError("the DOCTYPE")
	}
	d.i = k + 2
	if c, err := d.peek(); err != nil {
		return err
	} else if c != '>' {
		d.i = k
		return d.syntax(`"--" inside a comment`)
	}
	d.i++
	return nil
}

// declaration skips <!ELEMENT …>, <!ATTLIST …>, <!ENTITY …> or
// <!NOTATION …>, quoted strings and all.
func (d *doctypeSkipper) declaration() error {
	at := d.i
	if ok, err := d.has("<!"); err != nil || !ok {
		if err == nil {
			err = d.syntax("markup that declares nothing")
		}
		return err
	}
	d.i += 2
	switch w, err := d.word(); {
	case err != nil:
		return err
	case w != "ELEMENT" && w != "ATTLIST" && w != "ENTITY" && w != "NOTATION":
		d.i = at
		return d.syntax("markup that declares nothing")
	}
	for {
		c, err := d.peek()
		if err != nil {
			return err
		}
		switch c {
		case '>':
			d.i++
			return nil
		case '<':
			return d.syntax("'<' in a declaration")
		case '"', '\'':
			if err := d.until(string(c)); err != nil {
				return err
			}
		default:
			d.i++
		}
	}
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// checkChars returns the index of the first byte in b that does not start a
// character allowed by XML 1.0 (including bytes that are not UTF-8), or -1.
func checkChars(b []byte) int {
	if utf8.Valid(b) && !hasControl(b) && !hasNonchar(b) {
		return -1
	}
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\t' && c != '\n' && c != '\r' {
				return i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if (r == utf8.RuneError && size == 1) || r == 0xFFFE || r == 0xFFFF {
			return i
		}
		i += size
	}
	return -1
}

// hasControlOrAmp reports whether b holds a byte below 0x20 (a control
// character or white space other than the space) or '&': the bytes that
// decode has to look at. It tests eight bytes at a time.
func hasControlOrAmp(b []byte) bool {
	const lo, hi, amp = 0x2020202020202020, 0x8080808080808080, 0x2626262626262626
	i := 0
	for ; i+8 <= len(b); i += 8 {
		x := binary.LittleEndian.Uint64(b[i:])
		y := x ^ amp // zero bytes where x has '&'
		if ((x-lo)&^x|(y-0x0101010101010101)&^y)&hi != 0 {
			return true
		}
	}
	for _, c := range b[i:] {
		if c < 0x20 || c == '&' {
			return true
		}
	}
	return false
}

// hasControl reports whether b holds a C0 control character other than
// tab, line feed and carriage return. It tests eight bytes at a time for a
// byte below 0x20 and looks closer only where there is one.
func hasControl(b []byte) bool {
	const lo, hi = 0x2020202020202020, 0x8080808080808080
	i := 0
	for ; i+8 <= len(b); i += 8 {
		x := binary.LittleEndian.Uint64(b[i:])
		if (x-lo)&^x&hi == 0 {
			continue
		}
		for _, c := range b[i : i+8] {
			if c < 0x20 && c != '\t' && c != '\n' && c != '\r' {
				return true
			}
		}
	}
	for _, c := range b[i:] {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' {
			return true
		}
	}
	return false
}

// nameEnd returns the end of the XML name starting at b[i] (i itself when
// there is none).
func nameEnd(b []byte, i int) int {
	start := i
	for i < len(b) {
		c := b[i]
		if c < utf8.RuneSelf {
			if ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') || c == '_' || c == ':' ||
				(i > start && (('0' <= c && c <= '9') || c == '-' || c == '.')) {
				i++
				continue
			}
			return i
		}
		r, size := utf8.DecodeRune(b[i:])
		if !isNameRune(r, i > start) {
			return i
		}
		i += size
	}
	return i
}

// isNameRune reports whether non-ASCII r may appear in an XML 1.0 (fifth
// edition) name, as its first character when first is false.
func isNameRune(r rune, notFirst bool) bool {
	switch {
	case r >= 0xC0 && r <= 0xD6, r >= 0xD8 && r <= 0xF6, r >= 0xF8 && r <= 0x2FF,
		r >= 0x370 && r <= 0x37D, r >= 0x37F && r <= 0x1FFF, r == 0x200C, r == 0x200D,
		r >= 0x2070 && r <= 0x218F, r >= 0x2C00 && r <= 0x2FEF, r >= 0x3001 && r <= 0xD7FF,
		r >= 0xF900 && r <= 0xFDCF, r >= 0xFDF0 && r <= 0xFFFD, r >= 0x10000 && r <= 0xEFFFF:
		return true
	case notFirst && (r == 0xB7 || (r >= 0x300 && r <= 0x36F) || r == 0x203F || r == 0x2040):
		return true
	}
	return false
}
