package tmx

import (
	"errors"
	"strconv"
	"strings"
	"time"
)

// Segment types a header or unit may declare (TMX 1.4b, attribute segtype).
const (
	SegBlock     = "block"
	SegParagraph = "paragraph"
	SegSentence  = "sentence"
	SegPhrase    = "phrase"
)

// Defaults a Writer fills into empty Header fields. bitext's originals are
// Korean, so Korean is the source language unless the caller says otherwise.
const (
	DefaultSrcLang      = "ko-KR"
	DefaultTgtLang      = "en-US"
	DefaultAdminLang    = "en-US"
	DefaultCreationTool = "bitext"
	DefaultDataType     = "plaintext"
)

// AllLanguages is the srclang value meaning "any variant may be the source".
const AllLanguages = "*all*"

// DateLayout is the time layout of TMX dates (creationdate, changedate):
// ISO 8601 basic format in UTC, YYYYMMDDThhmmssZ.
const DateLayout = "20060102T150405Z"

// Property types bitext writes on its units. TMX reserves the "x-" prefix
// for user-defined properties; CAT tools show them and carry them along.
const (
	PropDocument = "x-document" // id of the document pair the unit comes from
	PropKoIDs    = "x-ko-ids"   // paragraph or sentence ids on the Korean side, e.g. "3,4"
	PropEnIDs    = "x-en-ids"   // the same on the English side
	PropScore    = "x-score"    // alignment score of the unit
	PropFlagged  = "x-flagged"  // present when the unit needs a translator's review; the value says why
	PropStatus   = "x-status"   // "confirmed" or "edited": a person reviewed the alignment of the unit
)

// Errors a Reader reports, wrapped in a *ParseError that names the line and
// column. Test with errors.Is.
var (
	ErrSyntax          = errors.New("XML syntax error") // input that is not well-formed XML
	ErrUnexpectedEOF   = errors.New("unexpected end of file")
	ErrInvalidChar     = errors.New("character not allowed in XML 1.0 (wrong encoding?)")
	ErrInvalidBytes    = errors.New("bytes that are not valid in the document's encoding")
	ErrEncoding        = errors.New("unsupported or inconsistent character encoding")
	ErrUndefinedEntity = errors.New("undefined entity (entities declared in a DOCTYPE are never expanded)")
	ErrTooDeep         = errors.New("elements nested too deeply")
	ErrTooLarge        = errors.New("token too large")
	ErrNotTMX          = errors.New("not a TMX document")
	ErrVersion         = errors.New("unsupported TMX version")
	ErrNoHeader        = errors.New("no <header> before the translation units")

	// ErrInvalidUnit is what the warnings about skipped units wrap.
	ErrInvalidUnit = errors.New("invalid translation unit")
)

// ParseError is the error a Reader returns for input it cannot read. Line
// and Column are 1-based; Column counts characters, not bytes, in the text
// after decoding to UTF-8.
type ParseError struct {
	Line, Column int
	Err          error
}

func (e *ParseError) Error() string {
	return "line " + strconv.Itoa(e.Line) + ", column " + strconv.Itoa(e.Column) + ": " + e.Err.Error()
}

func (e *ParseError) Unwrap() error { return e.Err }

// Attr is an attribute TMX defines for an element but that has no field of
// its own here, e.g. usagecount or changeid. Name is as in the file.
type Attr struct {
	Name, Value string
}

// Prop is a <prop> element: a typed, free-form property.
type Prop struct {
	Type  string
	Lang  string // xml:lang of the property, usually empty
	Value string
}

// Header is the <header> of a TMX document. The Writer requires none of the
// fields: empty ones get the defaults above.
type Header struct {
	CreationTool        string
	CreationToolVersion string
	SegType             string // one of SegBlock, SegParagraph, SegSentence, SegPhrase
	OTMF                string // o-tmf: the format the memory came from
	AdminLang           string
	SrcLang             string // a language tag or AllLanguages
	DataType            string
	CreationDate        time.Time // written as DateLayout in UTC; zero means absent

	// Version is the version attribute of <tmx> as read ("1.4", "1.1", …).
	// The Writer ignores it and always writes version 1.4.
	Version string

	Attrs []Attr // o-encoding, creationid, changedate, changeid
	Props []Prop
	Notes []string
}

// Unit is a translation unit, <tu>: the same text in several languages.
type Unit struct {
	TUID         string
	CreationDate time.Time // zero means absent
	Attrs        []Attr    // other <tu> attributes: changedate, usagecount, srclang, …
	Props        []Prop
	Notes        []string
	Variants     []Variant // one per language; the Writer puts the source language first
}

// Variant is a <tuv>: the unit's text in one language.
type Variant struct {
	Lang string // xml:lang, e.g. "ko-KR"

	// Text is the segment as plain text: inline codes (bpt, ept, ph, it, ut
	// and the sub elements inside them) are left out, the text of hi kept.
	Text string

	// Markup is the segment as TMX inline markup, i.e. escaped XML such as
	// `Click <bpt i="1">&lt;b&gt;</bpt>here<ept i="1">&lt;/b&gt;</ept>`.
	// A Reader sets it only when KeepMarkup is on and the segment holds inline
	// elements; a Writer writes Markup instead of Text when it is not empty.
	Markup string

	Attrs []Attr // <tuv> attributes other than xml:lang
	Props []Prop
	Notes []string
}

// Prop returns the value of the first property of type typ.
func (u *Unit) Prop(typ string) (string, bool) {
	for _, p := range u.Props {
		if p.Type == typ {
			return p.Value, true
		}
	}
	return "", false
}

// AddProp appends a property.
func (u *Unit) AddProp(typ, value string) {
	u.Props = append(u.Props, Prop{Type: typ, Value: value})
}

// MarkFlagged marks the unit for review with a PropFlagged property whose
// value is reason ("yes" when reason is empty).
func (u *Unit) MarkFlagged(reason string) {
	if reason == "" {
		reason = "yes"
	}
	u.AddProp(PropFlagged, reason)
}

// Flagged reports whether the unit carries a PropFlagged property.
func (u *Unit) Flagged() bool {
	_, ok := u.Prop(PropFlagged)
	return ok
}

// Variant returns the first variant whose language tag equals lang, ignoring
// case as BCP 47 does.
func (u *Unit) Variant(lang string) (Variant, bool) {
	for _, v := range u.Variants {
		if strings.EqualFold(v.Lang, lang) {
			return v, true
		}
	}
	return Variant{}, false
}

// SourceIndex returns the index in u.Variants of the source-language variant:
// the one matching the unit's own srclang attribute if it has one, else
// srclang (usually the header's). It returns -1 when no variant matches or
// the source language is AllLanguages.
func (u *Unit) SourceIndex(srclang string) int {
	for _, a := range u.Attrs {
		if a.Name == "srclang" {
			srclang = a.Value
			break
		}
	}
	if srclang == "" || srclang == AllLanguages {
		return -1
	}
	for i, v := range u.Variants {
		if strings.EqualFold(v.Lang, srclang) {
			return i
		}
	}
	return -1
}

// FormatDate formats t as a TMX date (DateLayout, in UTC).
func FormatDate(t time.Time) string { return t.UTC().Format(DateLayout) }

// ParseDate parses a TMX date written as DateLayout.
func ParseDate(s string) (time.Time, error) { return time.Parse(DateLayout, s) }
