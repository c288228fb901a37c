package tmx

// The inline elements TMX 1.4b allows in a segment, and where.

type inline uint8

const (
	notInline inline = iota // <seg> itself, or an element TMX does not define here
	inBpt
	inEpt
	inIt
	inPh
	inUt
	inHi
	inSub
)

func inlineKind(name []byte) inline {
	switch string(name) {
	case "bpt":
		return inBpt
	case "ept":
		return inEpt
	case "it":
		return inIt
	case "ph":
		return inPh
	case "ut":
		return inUt
	case "hi":
		return inHi
	case "sub":
		return inSub
	}
	return notInline
}

// isCode reports whether the element holds native code (a tag of the
// original format) rather than text to translate.
func (k inline) isCode() bool { return k >= inBpt && k <= inUt }

// allowedIn follows the content models of the TMX 1.4b DTD: seg, hi and sub
// hold bpt, ept, it, ph, ut and hi (seg no sub); the code elements hold only sub.
func allowedIn(parent, child inline) bool {
	switch parent {
	case notInline, inHi, inSub:
		return child != notInline && child != inSub
	default:
		return child == inSub
	}
}

// inlineAttr reports whether the DTD defines attribute name for kind.
func inlineAttr(kind inline, name []byte) bool {
	switch string(name) {
	case "i":
		return kind == inBpt || kind == inEpt
	case "x":
		return kind != inEpt && kind != inSub
	case "type":
		return kind != inEpt && kind != inUt
	case "pos":
		return kind == inIt
	case "assoc":
		return kind == inPh
	case "datatype":
		return kind == inSub
	}
	return false
}

// hasRequiredAttrs checks the attributes the DTD requires: i on bpt and ept,
// pos (begin or end) on it.
func hasRequiredAttrs(kind inline, attrs []attr) bool {
	var need string
	switch kind {
	case inBpt, inEpt:
		need = "i"
	case inIt:
		need = "pos"
	default:
		return true
	}
	for _, a := range attrs {
		if string(a.name) == need {
			return need != "pos" || string(a.value) == "begin" || string(a.value) == "end"
		}
	}
	return false
}

type segFrame struct {
	kind  inline
	kept  bool // written to the markup
	empty bool // written as <name/>
}

// segment reads the content of a <seg> whose start tag s has just returned,
// up to and including its end tag. It appends the plain text to text and,
// when keepMarkup is set, the content as TMX inline markup to mark.
//
// Plain text leaves out what code elements (bpt, ept, it, ph, ut) hold.
// Markup keeps the inline elements the DTD allows at their place, with the
// attributes it defines; an element it does not allow there (or an unknown
// one) is unwrapped: its tags go, its text stays, except that the content
// of an unwrapped code element goes too. inlines reports whether any
// element was kept.
func segment(s *scanner, keepMarkup bool, text, mark []byte, stack []segFrame) (_, _ []byte, inlines bool, _ []segFrame, err error) {
	stack = stack[:0]
	codes, droppedCodes := 0, 0
	for {
		if err := s.next(); err != nil {
			return text, mark, inlines, stack, err
		}
		switch s.kind {
		case tokText:
			if codes == 0 {
				text = append(text, s.text...)
			}
			if keepMarkup && droppedCodes == 0 {
				mark, _ = appendEscaped(mark, s.text, false)
			}
		case tokStart:
			kind := inlineKind(s.name)
			parent := notInline
			for i := len(stack) - 1; i >= 0; i-- {
				if stack[i].kept {
					parent = stack[i].kind
					break
				}
			}
			f := segFrame{kind: kind, empty: s.empty}
			f.kept = keepMarkup && droppedCodes == 0 && kind != notInline &&
				allowedIn(parent, kind) && hasRequiredAttrs(kind, s.attrs)
			if kind.isCode() {
				codes++
				if !f.kept {
					droppedCodes++
				}
			}
			if f.kept {
				inlines = true
				mark = append(mark, '<')
				mark = append(mark, s.name...)
				for _, a := range s.attrs {
					if inlineAttr(kind, a.name) {
						mark = append(mark, ' ')
						mark = append(mark, a.name...)
						mark = append(mark, '=', '"')
						mark, _ = appendEscaped(mark, a.value, true)
						mark = append(mark, '"')
					}
				}
				if f.empty {
					mark = append(mark, '/')
				}
				mark = append(mark, '>')
			}
			stack = append(stack, f)
		case tokEnd:
			if len(stack) == 0 {
				return text, mark, inlines, stack, nil // </seg>
			}
			f := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if f.kind.isCode() {
				codes--
				if !f.kept {
					droppedCodes--
				}
			}
			if f.kept && !f.empty {
				mark = append(mark, '<', '/')
				mark = append(mark, s.name...)
				mark = append(mark, '>')
			}
		}
	}
}
