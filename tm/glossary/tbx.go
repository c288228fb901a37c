package glossary

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Both TBX versions write one concept (v3 conceptEntry, v2 termEntry) per
// Hangul name: a Korean language section with the Hangul term and its
// context, an English one with one term per form (the most frequent
// marked preferred, the others admitted), each with its context, its
// places as an admin source and its counts as a note. The entry's type,
// confidence and romanizations are a note on the concept, written like a
// TXT comment. The Korean section comes first, or the English one with
// englishFirst, which also makes English the file's xml:lang.
//
// TBX-Basic has no empty glossary: a body holds one concept or more, each
// with a language section and a term. A glossary with no entries is
// written as one concept (id "empty") whose Korean term is empty, and the
// reader skips concepts with no Korean or English term text.

// tbxSource is the source description in the header of both versions.
const tbxSource = "Name glossary made by bitext from English news translations aligned with their Korean originals."

// concept is what both versions write of one entry.
type concept struct {
	id    string
	notes []string
	ko    tbxTermSec
	en    []tbxTermSec
}

// tbxConcepts returns the concepts of entries (the placeholder concept
// when there are none).
func tbxConcepts(entries []Entry) []concept {
	var out []concept
	for i := range entries {
		e := &entries[i]
		c := concept{id: "c" + strconv.Itoa(i+1)}
		c.notes = []string{xmlSafe(strings.Join(append([]string{"type: " + string(e.Type)}, entryItems(e)...), "; "))}
		c.ko = tbxTermSec{Term: xmlSafe(e.Hangul), TermNotes: []tbxTypedText{{"partOfSpeech", "properNoun"}}}
		if e.Context != "" {
			c.ko.Descrips = append(c.ko.Descrips, tbxTypedText{"context", xmlSafe(e.Context)})
		}
		for j := range e.Forms {
			fm := &e.Forms[j]
			status := "admittedTerm-admn-sts"
			if j == 0 {
				status = "preferredTerm-admn-sts"
			}
			t := tbxTermSec{Term: xmlSafe(fm.English), TermNotes: []tbxTypedText{{"partOfSpeech", "properNoun"}, {"administrativeStatus", status}}}
			if fm.Context != "" {
				t.Descrips = append(t.Descrips, tbxTypedText{"context", xmlSafe(fm.Context)})
			}
			if len(fm.Seen) > 0 {
				t.Admins = append(t.Admins, tbxTypedText{"source", xmlSafe(seenString(fm.Seen))})
			}
			if items := formItems(fm, false); len(items) > 0 {
				t.Notes = append(t.Notes, strings.Join(items, "; "))
			}
			c.en = append(c.en, t)
		}
		out = append(out, c)
	}
	if len(out) == 0 {
		out = []concept{{id: "empty", notes: []string{"This glossary has no entries."}}}
	}
	return out
}

// langTerms is one language section of a concept.
type langTerms struct {
	lang  string
	terms []tbxTermSec
}

// languages returns the language sections of c in the order written; a
// concept with no English terms (the placeholder) has only the Korean one.
func (c *concept) languages(englishFirst bool) []langTerms {
	ko := langTerms{"ko", []tbxTermSec{c.ko}}
	if len(c.en) == 0 {
		return []langTerms{ko}
	}
	en := langTerms{"en", c.en}
	if englishFirst {
		return []langTerms{en, ko}
	}
	return []langTerms{ko, en}
}

// mainLang is the xml:lang of the file.
func mainLang(englishFirst bool) string {
	if englishFirst {
		return "en"
	}
	return "ko"
}

// writeXML writes v, indented, after the XML declaration.
func writeXML(w io.Writer, v any) error {
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

// TBX v3 (ISO 30042:2019), TBX-Basic in DCA style, validating against the
// TBX-Basic RELAX NG schema.

type tbxFile struct {
	XMLName xml.Name     `xml:"urn:iso:std:iso:30042:ed-2 tbx"`
	Type    string       `xml:"type,attr"`
	Style   string       `xml:"style,attr"`
	Lang    string       `xml:"http://www.w3.org/XML/1998/namespace lang,attr"`
	Header  tbxHeader    `xml:"tbxHeader"`
	Body    []tbxConcept `xml:"text>body>conceptEntry"`
}

type tbxHeader struct {
	Source []string `xml:"fileDesc>sourceDesc>p"`
}

type tbxConcept struct {
	ID    string       `xml:"id,attr"`
	Notes []string     `xml:"note"`
	Langs []tbxLangSec `xml:"langSec"`
}

type tbxLangSec struct {
	Lang  string       `xml:"http://www.w3.org/XML/1998/namespace lang,attr"`
	Terms []tbxTermSec `xml:"termSec"`
}

// tbxTermSec is a v3 termSec and a v2 tig, which hold the same elements.
type tbxTermSec struct {
	Term      string         `xml:"term"`
	TermNotes []tbxTypedText `xml:"termNote"`
	Descrips  []tbxTypedText `xml:"descrip"`
	Admins    []tbxTypedText `xml:"admin"`
	Notes     []string       `xml:"note"`
}

type tbxTypedText struct {
	Type string `xml:"type,attr"`
	Text string `xml:",chardata"`
}

// writeTBX writes TBX v3.
func writeTBX(w io.Writer, entries []Entry, englishFirst bool) error {
	f := tbxFile{Type: "TBX-Basic", Style: "dca", Lang: mainLang(englishFirst), Header: tbxHeader{Source: []string{tbxSource}}}
	for _, c := range tbxConcepts(entries) {
		tc := tbxConcept{ID: c.id, Notes: c.notes}
		for _, l := range c.languages(englishFirst) {
			tc.Langs = append(tc.Langs, tbxLangSec{Lang: l.lang, Terms: l.terms})
		}
		f.Body = append(f.Body, tc)
	}
	return writeXML(w, f)
}

// xmlSafe drops the characters XML 1.0 does not allow.
func xmlSafe(s string) string {
	ok := func(r rune) bool {
		return r == '\t' || r == '\n' || r == '\r' || r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
	}
	for _, r := range s {
		if !ok(r) {
			return strings.Map(func(r rune) rune {
				if ok(r) {
					return r
				}
				return -1
			}, s)
		}
	}
	return s
}

// readTBX reads TBX v3 (conceptEntry, langSec, termSec) and the older
// TBX v2 / MARTIF layout (termEntry, langSet, tig or ntig), as MultiTerm
// and memoQ export them, walking the elements so that categories it does
// not know are skipped. Korean and English are told by xml:lang (ko…,
// en…), or by script when a langSec has no language. A concept with no
// Korean and no English term text names nothing and is skipped (the empty
// glossary is written so); one with terms on one side only is an error. A
// file needs a <tbx> (or <martif>) root and a <body>, which may hold no
// entries.
func readTBX(data []byte, c *collector) error {
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = true
	var (
		inConcept bool
		concept   struct {
			start   int64
			section string // langSec (v3) or langSet (v2), for messages
			notes   []string
			ko      []tbxTermSec
			en      []tbxTermSec
		}
		lang    string
		sawRoot bool
		sawBody bool
	)
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return tbxErr(data, dec, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "tbx", "martif":
				sawRoot = true
			case "body":
				sawBody = true
			case "conceptEntry", "termEntry":
				inConcept = true
				concept.notes, concept.ko, concept.en = nil, nil, nil
				concept.section = "langSec"
				if t.Name.Local == "termEntry" {
					concept.section = "langSet"
				}
				// The offset of its start tag's <.
				concept.start = int64(bytes.LastIndexByte(data[:dec.InputOffset()], '<'))
			case "langSec", "langSet":
				lang = ""
				for _, a := range t.Attr {
					if a.Name.Local == "lang" {
						lang = strings.ToLower(a.Value)
					}
				}
			case "note":
				if inConcept {
					var s string
					if err := dec.DecodeElement(&s, &t); err != nil {
						return tbxErr(data, dec, err)
					}
					concept.notes = append(concept.notes, s)
				}
			case "termSec", "tig", "ntig":
				var ts tbxTermSec
				if t.Name.Local == "ntig" {
					var n struct {
						Term      string         `xml:"termGrp>term"`
						TermNotes []tbxTypedText `xml:"termGrp>termNote"`
						Descrips  []tbxTypedText `xml:"descrip"`
						Admins    []tbxTypedText `xml:"admin"`
						Notes     []string       `xml:"note"`
					}
					if err := dec.DecodeElement(&n, &t); err != nil {
						return tbxErr(data, dec, err)
					}
					ts = tbxTermSec{Term: n.Term, TermNotes: n.TermNotes, Descrips: n.Descrips, Admins: n.Admins, Notes: n.Notes}
				} else if err := dec.DecodeElement(&ts, &t); err != nil {
					return tbxErr(data, dec, err)
				}
				if !inConcept {
					continue
				}
				switch {
				case strings.HasPrefix(lang, "ko"):
					concept.ko = append(concept.ko, ts)
				case strings.HasPrefix(lang, "en"):
					concept.en = append(concept.en, ts)
				case lang == "" && hasHangul(ts.Term):
					concept.ko = append(concept.ko, ts)
				case lang == "":
					concept.en = append(concept.en, ts)
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "langSec", "langSet":
				lang = ""
			case "conceptEntry", "termEntry":
				if !inConcept {
					continue
				}
				inConcept = false
				line, col := position(data, int(concept.start))
				p := place{where: fmt.Sprintf("entry at line %d", line), at: func(string) (int, int) { return line, col }}
				if err := addConcept(c, p, concept.section, concept.notes, concept.ko, concept.en); err != nil {
					return err
				}
			}
		}
	}
	if !sawRoot {
		return formatErrorf("not TBX: no <tbx> (or TBX v2 <martif>) element")
	}
	if !sawBody {
		return errors.New("no <body> (a TBX glossary has <text><body> with its conceptEntry elements)")
	}
	return nil
}

// tbxErr is the *ParseError of an error of encoding/xml, which it wraps,
// at the decoder's position.
func tbxErr(data []byte, dec *xml.Decoder, err error) error {
	line, col := dec.InputPos()
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		// A syntax error's message names the line again.
		line = se.Line
		err = &wrapped{"invalid XML: " + se.Msg, err}
	}
	return &ParseError{Line: line, Column: charColumn(data, line, col), Err: err}
}

// addConcept turns one concept into entries: one per Korean term, each
// with every English term as a form. An error is a *ParseError at the
// concept.
func addConcept(c *collector, p place, section string, notes []string, ko, en []tbxTermSec) error {
	blank := func(ts []tbxTermSec) bool {
		for _, t := range ts {
			if strings.TrimSpace(t.Term) != "" {
				return false
			}
		}
		return true
	}
	if blank(ko) && blank(en) {
		return nil // no name: skipped
	}
	if len(ko) == 0 {
		return p.errorf("ko", "no Korean term (%s xml:lang=\"ko\") for %q", section, strings.TrimSpace(en[0].Term))
	}
	if len(en) == 0 {
		return p.errorf("en", "no English term (%s xml:lang=\"en\") for %q", section, strings.TrimSpace(ko[0].Term))
	}
	meta := Entry{Confidence: -1}
	var dummy Form
	for _, n := range notes {
		if err := parseComment(n, &dummy, &meta); err != nil {
			return p.wrap("", fmt.Errorf("note: %w", err))
		}
	}
	for _, k := range ko {
		m := meta
		for _, d := range k.Descrips {
			if d.Type == "context" {
				m.Context = strings.TrimSpace(d.Text)
			}
		}
		for _, t := range en {
			f := Form{English: strings.TrimSpace(t.Term)}
			if f.English == "" {
				return p.errorf("en", "an empty English term")
			}
			for _, d := range t.Descrips {
				if d.Type == "context" {
					f.Context = strings.TrimSpace(d.Text)
				}
			}
			for _, a := range t.Admins {
				if a.Type == "source" {
					f.Seen = append(f.Seen, parseSeen(a.Text)...)
				}
			}
			f.Seen = textSeen(f.Seen)
			var ignored Entry
			for _, n := range t.Notes {
				if err := parseComment(n, &f, &ignored); err != nil {
					return p.wrap("", fmt.Errorf("note: %w", err))
				}
			}
			if err := c.add(p, k.Term, f, m); err != nil {
				return err
			}
		}
	}
	return nil
}
