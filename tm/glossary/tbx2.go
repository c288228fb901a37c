package glossary

import (
	"encoding/xml"
	"io"
)

// TBX v2 (ISO 30042:2008, MARTIF), TBX-Basic: what OmegaT, memoQ and
// MultiTerm import. It validates against the TBX schema OmegaT ships
// (schemas/tbx.xsd in OmegaT.jar): a martifHeader with the source
// description and the TBX-Basic XCS named in encodingDesc, and in the body
// one termEntry per Hangul name with a langSet per language and a tig per
// term. No DOCTYPE is written: the TBX-Basic DTD is not installed with the
// tools, and a parser that fetches it would fail.

type martifFile struct {
	XMLName xml.Name      `xml:"martif"`
	Type    string        `xml:"type,attr"`
	Lang    string        `xml:"http://www.w3.org/XML/1998/namespace lang,attr"`
	Header  martifHeader  `xml:"martifHeader"`
	Body    []martifEntry `xml:"text>body>termEntry"`
}

type martifHeader struct {
	Source   []string       `xml:"fileDesc>sourceDesc>p"`
	Encoding []tbxTypedText `xml:"encodingDesc>p"`
}

type martifEntry struct {
	ID       string          `xml:"id,attr"`
	Notes    []string        `xml:"note"`
	LangSets []martifLangSet `xml:"langSet"`
}

type martifLangSet struct {
	Lang string       `xml:"http://www.w3.org/XML/1998/namespace lang,attr"`
	Tigs []tbxTermSec `xml:"tig"`
}

// tbxBasicXCS names the TBX-Basic v2 constraint specification.
const tbxBasicXCS = "TBXBasicXCSV02.xcs"

// writeTBX2 writes TBX v2.
func writeTBX2(w io.Writer, entries []Entry, englishFirst bool) error {
	f := martifFile{Type: "TBX-Basic", Lang: mainLang(englishFirst), Header: martifHeader{
		Source:   []string{tbxSource},
		Encoding: []tbxTypedText{{Type: "XCSURI", Text: tbxBasicXCS}},
	}}
	for _, c := range tbxConcepts(entries) {
		e := martifEntry{ID: c.id, Notes: c.notes}
		for _, l := range c.languages(englishFirst) {
			e.LangSets = append(e.LangSets, martifLangSet{Lang: l.lang, Tigs: l.terms})
		}
		f.Body = append(f.Body, e)
	}
	return writeXML(w, f)
}
