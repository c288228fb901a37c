// Package export turns alignments into TMX translation units: one unit per
// aligned bead, the Korean and English texts with the document id, the ids
// on each side and the alignment score as x- properties. Furniture and
// 1-0/0-1 beads are never exported; beads flagged for review are left out
// unless asked for, and then marked.
//
// An alignment read back from an alignment file (package alignfile) may
// carry a person's review: beads confirmed or edited are exported whatever
// their score, with an x-status property; the others follow the rules
// above, so that a file nobody edited exports exactly what the alignment
// it was made from did. Files exports many alignment files into one
// memory and one glossary.
//
// This is the one place that knows both the aligner's beads and TMX units;
// package tmx knows nothing of alignment.
package export

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/bitext-ko/bitext/align"
	"github.com/bitext-ko/bitext/tm/alignfile"
	"github.com/bitext-ko/bitext/tm/glossary"
	"github.com/bitext-ko/bitext/tm/tmx"
	"golang.org/x/text/language"
)

// Langs names the two languages and which is the source.
type Langs struct {
	KO, EN string // language tags, default tmx.DefaultSrcLang and tmx.DefaultTgtLang
	// SourceEN makes English the source language (the default is Korean:
	// the originals are Korean).
	SourceEN bool
}

// ErrSource is what ParseLangs's error wraps when the source language is
// neither side's.
var ErrSource = errors.New("the source language must be ko or en")

// ParseLangs reads the language tags of a memory, langs "KO,EN" (either
// may be empty for its default), and its source language, srclang "ko" or
// "en" (or one of the two tags). Each tag must be a
// well-formed BCP 47 tag (golang.org/x/text/language) naming the language
// of the text it labels: the first a Korean tag (ko, ko-KR, ko-Kore …;
// with a script, Kore or Hang), the second an English one (en, en-GB …;
// with a script, Latn). The tags are returned in their canonical form
// (ko_kr gives ko-KR).
//
// An error about srclang wraps ErrSource; the others are about langs.
func ParseLangs(langs, srclang string) (Langs, error) {
	l := Langs{KO: tmx.DefaultSrcLang, EN: tmx.DefaultTgtLang}
	if langs != "" {
		ko, en, ok := strings.Cut(langs, ",")
		if !ok || strings.Contains(en, ",") {
			return l, fmt.Errorf("want two tags, Korean first: \"ko-KR,en-US\", not %q", langs)
		}
		if ko = strings.TrimSpace(ko); ko != "" {
			l.KO = ko
		}
		if en = strings.TrimSpace(en); en != "" {
			l.EN = en
		}
		var err error
		if l.KO, err = checkTag(l.KO, korean); err != nil {
			return l, fmt.Errorf("%q: %w", langs, err)
		}
		if l.EN, err = checkTag(l.EN, english); err != nil {
			return l, fmt.Errorf("%q: %w", langs, err)
		}
	}
	switch s := strings.ToLower(srclang); {
	case s == "" || s == "ko" || strings.EqualFold(srclang, l.KO):
	case s == "en" || strings.EqualFold(srclang, l.EN):
		l.SourceEN = true
	default:
		return l, fmt.Errorf("%w (or %s / %s), not %q", ErrSource, l.KO, l.EN, srclang)
	}
	return l, nil
}

// A side is the language one tag of --langs labels.
type side struct {
	name, base, example string
	scripts             []string // the scripts its text is written in
}

var (
	korean  = side{"Korean", "ko", "ko-KR", []string{"Kore", "Hang"}}
	english = side{"English", "en", "en-US", []string{"Latn"}}
)

// checkTag parses tag as BCP 47 and checks that it names s's language
// (and, if it has a script subtag, one s is written in); it returns the
// tag in canonical form.
func checkTag(tag string, s side) (string, error) {
	t, err := language.Parse(tag)
	if err != nil {
		return "", fmt.Errorf("%q is not a valid BCP 47 language tag (%v)", tag, err)
	}
	if b, conf := t.Base(); conf != language.Exact || b.String() != s.base {
		lang := "no language"
		if conf == language.Exact {
			lang = "language " + b.String()
		}
		return "", fmt.Errorf("%q would label the %s text, but it names %s, not %s (want %s, %s …)", tag, s.name, lang, s.base, s.base, s.example)
	}
	if sc, conf := t.Script(); conf == language.Exact && !slices.Contains(s.scripts, sc.String()) {
		return "", fmt.Errorf("%q would label the %s text, but its script %s is not the %s script (%s)", tag, s.name, sc, s.name, strings.Join(s.scripts, " or "))
	}
	return t.String(), nil
}

// Source returns the source-language tag.
func (l Langs) Source() string {
	if l.SourceEN {
		return l.EN
	}
	return l.KO
}

// Header returns the TMX header for alignments at level, made by bitext
// version at date.
func Header(l Langs, level align.Level, version string, date time.Time) tmx.Header {
	seg := tmx.SegParagraph
	if level == align.SentenceLevel {
		seg = tmx.SegSentence
	}
	return tmx.Header{
		CreationTool:        "bitext",
		CreationToolVersion: version,
		SegType:             seg,
		OTMF:                "bitext alignment",
		AdminLang:           tmx.DefaultAdminLang,
		SrcLang:             l.Source(),
		DataType:            tmx.DefaultDataType,
		CreationDate:        date,
	}
}

// Options control which beads become units.
type Options struct {
	DocID string // x-document, and the prefix of every tuid
	Langs Langs
	Date  time.Time // creationdate of every unit; zero leaves it out
	// IncludeFlagged exports beads flagged for review too, marked with an
	// x-flagged property.
	IncludeFlagged bool
}

// GlossaryOptions returns the options of the name glossary that goes with
// units exported with o: its names are read from the beads the TMX reads
// (flagged beads too with IncludeFlagged). align, corpus, export and
// review build their glossaries with it, so that they agree.
func (o Options) GlossaryOptions() glossary.Options {
	return glossary.Options{IncludeFlagged: o.IncludeFlagged}
}

// Counts says what happened to the beads of an alignment.
type Counts struct {
	Units     int // exported
	Flagged   int // flagged beads (exported and marked, or left out)
	Omitted   int // 1-0 and 0-1 beads of body text
	Furniture int
	Reviewed  int // exported beads a person confirmed or edited
}

// Add adds the counts of d.
func (c *Counts) Add(d Counts) {
	c.Units += d.Units
	c.Flagged += d.Flagged
	c.Omitted += d.Omitted
	c.Furniture += d.Furniture
	c.Reviewed += d.Reviewed
}

// Units returns the translation units of a.
func Units(a *align.Alignment, opt Options) ([]tmx.Unit, Counts) {
	return units(a, nil, opt)
}

// FileUnits returns the translation units of alignment file f at level,
// with f's document id (opt.DocID is not used). Beads a person confirmed
// or edited are exported whatever their score, never marked flagged, and
// carry an x-status property; the others are exported as Units exports
// them.
func FileUnits(f *alignfile.File, level align.Level, opt Options) ([]tmx.Unit, Counts) {
	a, status := f.Alignment(level)
	opt.DocID = f.Document
	return units(a, status, opt)
}

// units returns the units of a, whose beads have the review statuses
// status (nil: all auto).
func units(a *align.Alignment, status []alignfile.Status, opt Options) ([]tmx.Unit, Counts) {
	var units []tmx.Unit
	var c Counts
	for i, b := range a.Beads {
		st := alignfile.StatusAuto
		if status != nil {
			st = status[i]
		}
		switch {
		case b.Kind == align.Furniture:
			c.Furniture++
			continue
		case b.Kind == align.Omitted:
			c.Omitted++
			continue
		case st.Reviewed():
			b.Flagged = false
		case b.Flagged:
			c.Flagged++
			if !opt.IncludeFlagged {
				continue
			}
		}
		en, ko := a.BeadText(b)
		if strings.TrimSpace(en) == "" || strings.TrimSpace(ko) == "" {
			continue
		}
		u := tmx.Unit{
			TUID:         fmt.Sprintf("%s:%s:%s", opt.DocID, align.JoinIDs(b.KO, ","), align.JoinIDs(b.EN, ",")),
			CreationDate: opt.Date,
			Variants:     []tmx.Variant{{Lang: opt.Langs.KO, Text: ko}, {Lang: opt.Langs.EN, Text: en}},
		}
		if opt.DocID == "" {
			u.TUID = fmt.Sprintf("%s:%s", align.JoinIDs(b.KO, ","), align.JoinIDs(b.EN, ","))
		} else {
			u.AddProp(tmx.PropDocument, opt.DocID)
		}
		u.AddProp(tmx.PropKoIDs, align.JoinIDs(b.KO, ","))
		u.AddProp(tmx.PropEnIDs, align.JoinIDs(b.EN, ","))
		u.AddProp(tmx.PropScore, strconv.FormatFloat(b.Score, 'f', 3, 64))
		if b.Flagged {
			u.MarkFlagged(fmt.Sprintf("alignment score %.3f under the review threshold", b.Score))
		}
		if st.Reviewed() {
			u.AddProp(tmx.PropStatus, string(st))
			c.Reviewed++
		}
		units = append(units, u)
		c.Units++
	}
	return units, c
}

// DocID derives a document id from a file name: the base name without
// its language and format extensions ("news/x.en.txt" → "x").
func DocID(path string) string {
	base := path
	if i := strings.LastIndexAny(base, `/\`); i >= 0 {
		base = base[i+1:]
	}
	for _, ext := range []string{".txt", ".html", ".htm", ".xhtml", ".en", ".ko", ".eng", ".kor"} {
		base = strings.TrimSuffix(base, ext)
	}
	if base == "" || base == "-" {
		return "stdin"
	}
	return base
}

// ParseDate reads a creation date: TMX's YYYYMMDDThhmmssZ or RFC 3339.
func ParseDate(s string) (time.Time, error) {
	if t, err := tmx.ParseDate(s); err == nil {
		return t, nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%q: want YYYYMMDDThhmmssZ or RFC 3339", s)
	}
	return t.UTC(), nil
}
