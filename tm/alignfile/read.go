package alignfile

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/bitext-ko/bitext/align"
)

// MaxSize is the largest alignment file read: a few times the largest
// pair of inputs align/read accepts.
const MaxSize = 1 << 30

// Error is what reading or validating an alignment file reports: the file,
// the field as a JSON path (beads[12].ko[0]), or the line and column of a
// syntax error, and what is wrong.
type Error struct {
	File string // the file's name; "" for a File checked in memory
	// Path is the field, as a JSON path from the document's root:
	// "beads[12].ko[0]", "en.paragraphs[3].text"; "" for the whole file.
	Path string
	// Line and Column (1-based, in bytes) are set for malformed JSON
	// and bytes that are not UTF-8.
	Line, Column int
	Err          error
}

func (e *Error) Error() string {
	var b strings.Builder
	if e.File != "" {
		b.WriteString(e.File)
		if e.Line > 0 {
			fmt.Fprintf(&b, ":%d:%d", e.Line, e.Column)
		}
		b.WriteString(": ")
	} else if e.Line > 0 {
		fmt.Fprintf(&b, "line %d, column %d: ", e.Line, e.Column)
	}
	if e.Path != "" {
		b.WriteString(e.Path + ": ")
	}
	b.WriteString(e.Err.Error())
	return b.String()
}

func (e *Error) Unwrap() error { return e.Err }

// Errors that Error wraps, for errors.Is.
var (
	// ErrNotAlignment: the JSON is not a bitext alignment file.
	ErrNotAlignment = errors.New("not a bitext alignment file")
	// ErrVersion: the file's version is not one this bitext reads.
	ErrVersion = errors.New("unsupported version")
)

// errorf returns an *Error at path.
func errorf(path, format string, args ...any) *Error {
	return &Error{Path: path, Err: fmt.Errorf(format, args...)}
}

// ReadFile reads and validates the alignment file at path.
func ReadFile(path string) (*File, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("reading alignment file: %w", err)
	}
	defer fh.Close()
	return Read(fh, path)
}

// Read reads an alignment file from r and validates it (see Validate);
// name names it in errors, which are *Error.
func Read(r io.Reader, name string) (*File, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxSize+1))
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	if len(data) > MaxSize {
		return nil, &Error{File: name, Err: fmt.Errorf("larger than %d MiB", MaxSize>>20)}
	}
	f, err := Decode(data)
	if err != nil {
		var e *Error
		if errors.As(err, &e) {
			e.File = name
		}
		return nil, err
	}
	return f, nil
}

// Decode parses and validates an alignment file's bytes. Errors are
// *Error without a file name.
func Decode(data []byte) (*File, error) {
	if !utf8.Valid(data) {
		n := 0
		for n < len(data) {
			r, size := utf8.DecodeRune(data[n:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			n += size
		}
		line, col := position(data, n)
		return nil, &Error{Line: line, Column: col, Err: errors.New("bytes that are not UTF-8")}
	}
	var top rawJSON
	if err := json.Unmarshal(data, &top); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			// Offset counts the byte that was wrong: point at it.
			at := int(se.Offset)
			if at > 0 && at <= len(data) && !strings.Contains(se.Error(), "end of JSON input") {
				at--
			}
			line, col := position(data, at)
			return nil, &Error{Line: line, Column: col, Err: fmt.Errorf("malformed JSON: %s", strings.TrimPrefix(se.Error(), "json: "))}
		}
		return nil, &Error{Err: err}
	}
	if err := checkHeader(top); err != nil {
		return nil, err
	}
	f, err := decodeFile(top)
	if err != nil {
		return nil, err
	}
	if err := f.Validate(); err != nil {
		return nil, err
	}
	return f, nil
}

// position returns the 1-based line and column (in bytes) of offset.
func position(data []byte, offset int) (line, col int) {
	offset = min(max(offset, 0), len(data))
	line = 1 + bytes.Count(data[:offset], []byte("\n"))
	col = offset - bytes.LastIndexByte(data[:offset], '\n')
	return line, col
}

// checkHeader reads the format and version before anything else, so that
// a file of a newer version is refused as such rather than for a field
// this version does not know.
func checkHeader(top rawJSON) error {
	if t := bytes.TrimSpace(top); len(t) == 0 || t[0] != '{' {
		return &Error{Err: fmt.Errorf("%w: want a JSON object", ErrNotAlignment)}
	}
	var fields map[string]rawJSON
	if err := json.Unmarshal(top, &fields); err != nil {
		return &Error{Err: err}
	}
	format, ok := fields["format"]
	if !ok {
		return &Error{Err: fmt.Errorf("%w (no \"format\": %q)", ErrNotAlignment, FormatName)}
	}
	var name string
	if err := json.Unmarshal(format, &name); err != nil || name != FormatName {
		return &Error{Path: "format", Err: fmt.Errorf("%w: format is %s, not %q", ErrNotAlignment, format, FormatName)}
	}
	v, ok := fields["version"]
	if !ok {
		return &Error{Err: errors.New("no \"version\"")}
	}
	var version int
	if err := json.Unmarshal(v, &version); err != nil || version < 1 {
		return &Error{Path: "version", Err: fmt.Errorf("%w: %s is not a version number (1, 2, …)", ErrVersion, v)}
	}
	if version > Version {
		return &Error{Path: "version", Err: fmt.Errorf("%w: version %d was written by a newer bitext; this one reads versions 1 to %d", ErrVersion, version, Version)}
	}
	return nil
}

// decodeFile turns the JSON into a File, checking every object's fields
// and types; Validate checks the rest.
func decodeFile(top rawJSON) (*File, error) {
	var w wireFile
	if err := decodeObject(top, "", &w, fileObject); err != nil {
		return nil, err
	}
	f := &File{Bitext: w.Bitext, Document: w.Document, LengthRatio: w.LengthRatio}
	var s wireSettings
	if err := decodeObject(w.Settings, "settings", &s, settingsObject); err != nil {
		return nil, err
	}
	f.Settings = Settings{KeepFurniture: s.KeepFurniture, Paragraphs: s.Paragraphs, Encoding: s.Encoding, MinScore: s.MinScore}
	if s.Dict != nil {
		// Decoded again to check its fields.
		var raw struct {
			Dict rawJSON `json:"dict"`
		}
		if err := json.Unmarshal(w.Settings, &raw); err != nil {
			return nil, errorf("settings.dict", "%v", err)
		}
		var d wireDict
		if err := decodeObject(raw.Dict, "settings.dict", &d, dictObject); err != nil {
			return nil, err
		}
		f.Settings.Dict = &Dict{Path: d.Path, SHA256: d.SHA256}
	}
	for _, side := range []struct {
		key string
		raw rawJSON
		s   *Side
	}{{"en", w.EN, &f.EN}, {"ko", w.KO, &f.KO}} {
		var ws wireSideIn
		if err := decodeObject(side.raw, side.key, &ws, sideObject); err != nil {
			return nil, err
		}
		*side.s = Side{Path: ws.Path, SHA256: ws.SHA256, Encoding: ws.Encoding, HTML: ws.HTML,
			Paragraphs: make([]align.Paragraph, len(ws.Paragraphs))}
		for i, raw := range ws.Paragraphs {
			path := fmt.Sprintf("%s.paragraphs[%d]", side.key, i)
			var wp wireParagraph
			if err := decodeObject(raw, path, &wp, paragraphObject); err != nil {
				return nil, err
			}
			p := align.Paragraph{Text: wp.Text, Body: wp.Text, Sentences: wp.Sentences, Furniture: wp.Furniture,
				Reason: wp.Reason, Caption: wp.Caption, Headline: wp.Headline}
			if wp.Body != nil {
				p.Body = *wp.Body
			}
			side.s.Paragraphs[i] = p
		}
	}
	f.Beads = make([]Bead, len(w.Beads))
	for i, raw := range w.Beads {
		path := fmt.Sprintf("beads[%d]", i)
		var wb wireBead
		if err := decodeObject(raw, path, &wb, beadObject); err != nil {
			return nil, err
		}
		b, err := bead(path, wb.Kind, wb.Score, wb.Flagged, wb.Status)
		if err != nil {
			return nil, err
		}
		for _, id := range wb.EN {
			b.EN = append(b.EN, align.ParaID(id))
		}
		for _, id := range wb.KO {
			b.KO = append(b.KO, align.ParaID(id))
		}
		f.Beads[i] = b
	}
	f.Links = make([]Bead, len(w.Links))
	for i, raw := range w.Links {
		path := fmt.Sprintf("links[%d]", i)
		var wl wireLink
		if err := decodeObject(raw, path, &wl, linkObject); err != nil {
			return nil, err
		}
		b, err := bead(path, wl.Kind, wl.Score, wl.Flagged, wl.Status)
		if err != nil {
			return nil, err
		}
		for _, side := range []struct {
			key string
			ids []string
			out *[]align.ID
		}{{"en", wl.EN, &b.EN}, {"ko", wl.KO, &b.KO}} {
			for j, s := range side.ids {
				id, ok := parseSentenceID(s)
				if !ok {
					return nil, errorf(fmt.Sprintf("%s.%s[%d]", path, side.key, j), "%q is not a sentence id (want PARAGRAPH.SENTENCE, such as \"3.1\")", s)
				}
				*side.out = append(*side.out, id)
			}
		}
		f.Links[i] = b
	}
	if w.Glossary != nil {
		f.Glossary = make([]Entry, len(*w.Glossary))
		for i, raw := range *w.Glossary {
			var we wireEntry
			if err := decodeObject(raw, fmt.Sprintf("glossary[%d]", i), &we, entryObject); err != nil {
				return nil, err
			}
			for j := range we.Forms {
				if len(we.Forms[j].Seen) == 0 {
					we.Forms[j].Seen = nil // as written: "seen" is left out when empty
				}
			}
			f.Glossary[i] = Entry{Entry: we.Entry, Review: we.Review}
		}
	}
	return f, nil
}

// bead starts a Bead from the fields every bead and link has.
func bead(path, kind string, score float64, flagged bool, status Status) (Bead, error) {
	b := Bead{Bead: align.Bead{Score: score, Flagged: flagged}, Status: status}
	k, ok := parseKind(kind)
	if !ok {
		return b, errorf(path+".kind", "%q is not a kind (want match, omitted or furniture)", kind)
	}
	b.Kind = k
	return b, nil
}

func parseKind(s string) (align.Kind, bool) {
	for _, k := range []align.Kind{align.Match, align.Omitted, align.Furniture} {
		if k.String() == s {
			return k, true
		}
	}
	return 0, false
}

// parseSentenceID reads "3.1" as bitext writes sentence ids: decimal
// numbers without sign or leading zeros, so that every id has one
// spelling.
func parseSentenceID(s string) (align.ID, bool) {
	p, q, ok := strings.Cut(s, ".")
	if !ok {
		return align.ID{}, false
	}
	para, ok1 := parseIndex(p)
	sent, ok2 := parseIndex(q)
	return align.ID{Para: para, Sent: sent}, ok1 && ok2
}

func parseIndex(s string) (int, bool) {
	if s == "" || len(s) > 9 || (len(s) > 1 && s[0] == '0') {
		return 0, false
	}
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return 0, false
		}
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}

// decodeObject decodes raw, which must be a JSON object, into v (a
// pointer to a wire struct that o describes): every key must be one of
// its fields, spelled exactly, and every required one present. Errors name the field by
// its path under path.
func decodeObject(raw rawJSON, path string, v any, o object) error {
	where := func(key string) string {
		if path == "" {
			return key
		}
		return path + "." + key
	}
	t := bytes.TrimSpace(raw)
	if len(t) == 0 || t[0] != '{' {
		what := "nothing"
		if len(t) > 0 {
			what = kindOf(t)
		}
		return errorf(path, "want an object, not %s", what)
	}
	var fields map[string]rawJSON
	if err := json.Unmarshal(t, &fields); err != nil {
		return errorf(path, "%v", err)
	}
	keys := make([]string, 0, len(fields))
	for k := range fields {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		if !o.known[k] {
			return errorf(where(k), "unknown field")
		}
	}
	for _, k := range o.required {
		if _, ok := fields[k]; !ok {
			return errorf(path, "no %q", k)
		}
	}
	dec := json.NewDecoder(bytes.NewReader(t))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			return errorf(where(o.jsonPath(te.Field)), "want %s, not %s", typeName(te.Type), te.Value)
		}
		return errorf(path, "%s", strings.TrimPrefix(err.Error(), "json: "))
	}
	return nil
}

// kindOf names the kind of JSON value t starts.
func kindOf(t []byte) string {
	switch t[0] {
	case '[':
		return "an array"
	case '"':
		return "a string"
	case 'n':
		return "null"
	case 't', 'f':
		return "a boolean"
	}
	return "a number"
}

// typeName names a Go type as the JSON it reads.
func typeName(t reflect.Type) string {
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "true or false"
	case reflect.Int, reflect.Int64:
		return "a whole number"
	case reflect.Float64:
		return "a number"
	case reflect.Slice:
		return "an array of " + strings.TrimPrefix(typeName(t.Elem()), "a ") + "s"
	case reflect.Pointer:
		return typeName(t.Elem())
	}
	return "an object"
}

// object describes a JSON object of the file: its fields and those that
// are required.
type object struct {
	known    map[string]bool
	required []string
	embedded map[string]bool // Go names of embedded structs, which json puts in its field paths
}

func newObject(v any, required []string) object {
	t := reflect.TypeOf(v)
	o := object{known: fieldNames(t), required: required, embedded: map[string]bool{}}
	for i := 0; i < t.NumField(); i++ {
		if sf := t.Field(i); sf.Anonymous {
			o.embedded[sf.Name] = true
		}
	}
	return o
}

// jsonPath turns a field path of encoding/json ("Entry.forms.count") into
// the file's ("forms.count").
func (o object) jsonPath(field string) string {
	parts := strings.Split(field, ".")
	out := parts[:0]
	for _, p := range parts {
		if !o.embedded[p] {
			out = append(out, p)
		}
	}
	return strings.Join(out, ".")
}

// The objects of the file; set once, read only.
var (
	fileObject      = newObject(wireFile{}, fileRequired)
	settingsObject  = newObject(wireSettings{}, settingsRequired)
	dictObject      = newObject(wireDict{}, dictRequired)
	sideObject      = newObject(wireSideIn{}, sideRequired)
	paragraphObject = newObject(wireParagraph{}, paragraphRequired)
	beadObject      = newObject(wireBead{}, beadRequired)
	linkObject      = newObject(wireLink{}, beadRequired)
	entryObject     = newObject(wireEntry{}, entryRequired)
)

// fieldNames returns the JSON names of t's fields, those of embedded
// structs included.
func fieldNames(t reflect.Type) map[string]bool {
	m := map[string]bool{}
	for i := 0; i < t.NumField(); i++ {
		sf := t.Field(i)
		tag := sf.Tag.Get("json")
		if sf.Anonymous && tag == "" && sf.Type.Kind() == reflect.Struct {
			for k := range fieldNames(sf.Type) {
				m[k] = true
			}
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		if name == "-" || !sf.IsExported() {
			continue
		}
		if name == "" {
			name = sf.Name
		}
		m[name] = true
	}
	return m
}

// InputPaths returns where the inputs of the alignment file at path are:
// its English and Korean sides and its dictionary ("" for none), located
// from the file's directory (Locate); a side read from standard input is
// "". It decodes only those fields and validates nothing, which makes it
// much cheaper than ReadFile: it is for a command that must not write over
// the inputs of the files it reads (bitext export).
func InputPaths(path string) (en, ko, dict string, err error) {
	fh, err := os.Open(path)
	if err != nil {
		return "", "", "", fmt.Errorf("reading alignment file: %w", err)
	}
	defer fh.Close()
	data, err := io.ReadAll(io.LimitReader(fh, MaxSize+1))
	if err != nil {
		return "", "", "", fmt.Errorf("reading %s: %w", path, err)
	}
	if len(data) > MaxSize {
		return "", "", "", &Error{File: path, Err: fmt.Errorf("larger than %d MiB", MaxSize>>20)}
	}
	var w struct {
		Settings struct {
			Dict *struct {
				Path string `json:"path"`
			} `json:"dict"`
		} `json:"settings"`
		EN struct {
			Path string `json:"path"`
		} `json:"en"`
		KO struct {
			Path string `json:"path"`
		} `json:"ko"`
	}
	if err := json.Unmarshal(data, &w); err != nil {
		return "", "", "", &Error{File: path, Err: fmt.Errorf("%w: %w", ErrNotAlignment, err)}
	}
	dir := filepath.Dir(path)
	locate := func(recorded string) string {
		if recorded == "" || recorded == "-" {
			return ""
		}
		return Locate(dir, recorded)
	}
	if w.Settings.Dict != nil {
		dict = locate(w.Settings.Dict.Path)
	}
	return locate(w.EN.Path), locate(w.KO.Path), dict, nil
}
