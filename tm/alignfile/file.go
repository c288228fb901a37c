package alignfile

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/bitext-ko/bitext/align"
	"github.com/bitext-ko/bitext/align/read"
	"github.com/bitext-ko/bitext/tm/glossary"
)

// FormatName is the value of the file's "format" field.
const FormatName = "bitext-alignment"

// Version is the version of the schema this package writes, and the
// newest it reads.
const Version = 1

// File is an alignment file: one article pair, how it was read, its
// paragraphs and sentences, the aligner's beads and sentence links with
// their review status, and optionally the pair's name glossary with the
// review state of each entry.
type File struct {
	// Bitext is the version of bitext that made the alignment.
	Bitext string
	// Document is the pair's document id: the x-document of its TMX units
	// and the document of its glossary places ("summit" for
	// summit.en.txt; a corpus pair's id).
	Document string
	Settings Settings
	EN, KO   Side
	// LengthRatio is the aligner's estimate of English letters per
	// Korean letter in this pair.
	LengthRatio float64
	// Beads are the paragraph beads, in order; Links the sentence links
	// and lone sentences, in order. Paragraph beads are the closure of the
	// links: a link's sentences lie in the paragraphs of one bead.
	Beads []Bead
	Links []Bead
	// Glossary holds the pair's name entries when they were asked for;
	// nil otherwise.
	Glossary []Entry
}

// Side is one input of the pair: where it is, what its bytes were, how
// they were read, and its paragraphs as the aligner saw them.
type Side struct {
	// Path is the input's path relative to the alignment file's
	// directory, with forward slashes (an absolute path when there is no
	// relative one, "-" for standard input). See Rel and Locate.
	Path string
	// SHA256 is the lowercase hex SHA-256 of the input's bytes.
	SHA256 string
	// Encoding is the encoding the bytes were decoded from (as
	// align/read names it: "UTF-8", "EUC-KR/CP949", …), HTML whether the
	// text was extracted from HTML.
	Encoding string
	HTML     bool
	// Paragraphs are the input's paragraphs: paragraph i of the pair is
	// Paragraphs[i]. Sentences are never empty (a paragraph with no body
	// has one empty sentence).
	Paragraphs []align.Paragraph
}

// Settings are the options that shaped the paragraphs, the sentences and
// the beads.
type Settings struct {
	// KeepFurniture is --keep-furniture: furniture aligned as body text.
	KeepFurniture bool
	// Paragraphs is how the inputs were cut into paragraphs (--paragraphs):
	// ParagraphsAuto, ParagraphsBlank or ParagraphsLine, the names of
	// align/read's ParagraphModes (ParagraphMode.String gives it, and
	// read.ParseParagraphMode reads it back).
	Paragraphs string
	// Encoding is the encoding forced with --encoding, "" when detected.
	Encoding string
	// Dict is the extra dictionary (--dict), nil for none.
	Dict *Dict
	// MinScore is the review threshold the beads were flagged with.
	MinScore float64
}

// The ways of cutting a text into paragraphs (Settings.Paragraphs).
const (
	// ParagraphsAuto: blank-line-separated blocks, or lines when the
	// text has no blank line (align/read's read.Auto).
	ParagraphsAuto = "auto"
	// ParagraphsBlank: blank-line-separated blocks only (read.Blank).
	ParagraphsBlank = "blank"
	// ParagraphsLine: every line (read.Line).
	ParagraphsLine = "line"
)

// Dict is the extra dictionary an alignment used.
type Dict struct {
	Path   string // relative to the alignment file, like Side.Path
	SHA256 string
}

// Bead is a paragraph bead or a sentence link: the aligner's bead with its
// review status. Paragraph beads hold paragraph ids (Sent -1), links
// sentence ids.
type Bead struct {
	align.Bead
	Status Status
}

// Status is a bead's review status.
type Status string

// The review statuses of a bead.
const (
	// StatusAuto is the aligner's bead, as it made it.
	StatusAuto Status = "auto"
	// StatusConfirmed is the aligner's bead, confirmed by a person.
	StatusConfirmed Status = "confirmed"
	// StatusEdited is a bead a person made or changed.
	StatusEdited Status = "edited"
)

// Reviewed reports whether a person has confirmed or edited the bead.
func (s Status) Reviewed() bool { return s == StatusConfirmed || s == StatusEdited }

// Entry is a glossary entry of the pair with its review state.
type Entry struct {
	glossary.Entry
	Review Review
}

// Review is the review state of a glossary entry.
type Review string

// The review states of a glossary entry.
const (
	// ReviewAuto is the entry as extracted, not reviewed.
	ReviewAuto Review = "auto"
	// ReviewAccepted is an entry a person accepted as it is.
	ReviewAccepted Review = "accepted"
	// ReviewRejected is an entry a person rejected: it is not a name pair.
	ReviewRejected Review = "rejected"
	// ReviewEdited is an entry a person corrected (its forms, its type).
	ReviewEdited Review = "edited"
)

// Input describes an input as read, for New.
type Input struct {
	// Path is the path to record (see Rel).
	Path string
	Text *read.Text
}

// New returns the alignment file of a, whose inputs were en and ko: every
// bead and link with status auto. The file shares a's paragraphs.
func New(a *align.Alignment, en, ko Input, doc string, s Settings, version string) *File {
	side := func(in Input, ps []align.Paragraph) Side {
		return Side{Path: in.Path, SHA256: hex.EncodeToString(in.Text.SHA256[:]), Encoding: in.Text.Encoding, HTML: in.Text.HTML, Paragraphs: ps}
	}
	auto := func(bs []align.Bead) []Bead {
		out := make([]Bead, len(bs))
		for i, b := range bs {
			out[i] = Bead{Bead: b, Status: StatusAuto}
		}
		return out
	}
	if s.Paragraphs == "" {
		s.Paragraphs = ParagraphsAuto
	}
	return &File{Bitext: version, Document: doc, Settings: s, EN: side(en, a.EN), KO: side(ko, a.KO),
		LengthRatio: a.Ratio, Beads: auto(a.ParagraphBeads), Links: auto(a.SentenceBeads)}
}

// SetGlossary records entries as the pair's glossary, not yet reviewed.
func (f *File) SetGlossary(entries []glossary.Entry) {
	f.Glossary = make([]Entry, len(entries))
	for i, e := range entries {
		f.Glossary[i] = Entry{Entry: e, Review: ReviewAuto}
	}
}

// Alignment returns the file's alignment at level as the aligner's types,
// for the stages that read alignments (TMX export, glossary extraction),
// and the review status of each of its beads. Beads that a person
// confirmed or edited are not flagged: the review they called for is
// done. The alignment shares the file's paragraphs.
func (f *File) Alignment(level align.Level) (*align.Alignment, []Status) {
	conv := func(bs []Bead) ([]align.Bead, []Status) {
		out, st := make([]align.Bead, len(bs)), make([]Status, len(bs))
		for i, b := range bs {
			out[i], st[i] = b.Bead, b.Status
			if b.Status.Reviewed() {
				out[i].Flagged = false
			}
		}
		return out, st
	}
	a := &align.Alignment{EN: f.EN.Paragraphs, KO: f.KO.Paragraphs, Ratio: f.LengthRatio, Level: level}
	var pst, sst []Status
	a.ParagraphBeads, pst = conv(f.Beads)
	a.SentenceBeads, sst = conv(f.Links)
	if level == align.SentenceLevel {
		a.Beads = a.SentenceBeads
		return a, sst
	}
	a.Beads = a.ParagraphBeads
	return a, pst
}

// Reviewed reports whether a person has reviewed anything in the file: a
// bead or link confirmed or edited, a glossary entry accepted, rejected
// or edited. bitext never overwrites such a file with a new alignment.
func (f *File) Reviewed() bool {
	for _, bs := range [][]Bead{f.Beads, f.Links} {
		for _, b := range bs {
			if b.Status != StatusAuto {
				return true
			}
		}
	}
	for _, e := range f.Glossary {
		if e.Review != ReviewAuto {
			return true
		}
	}
	return false
}

// Rel returns the path to record for the file at path in an alignment
// file written in directory dir: relative to dir, with forward slashes;
// the absolute path when there is no relative one (another Windows
// volume); "-" stays "-" (standard input).
func Rel(dir, path string) string {
	if path == "-" {
		return path
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return filepath.ToSlash(path)
	}
	d, err := filepath.Abs(dir)
	if err != nil {
		return filepath.ToSlash(abs)
	}
	r, err := filepath.Rel(d, abs)
	if err != nil {
		return filepath.ToSlash(abs)
	}
	return filepath.ToSlash(r)
}

// Locate returns where a recorded path is for an alignment file in
// directory dir: the inverse of Rel.
func Locate(dir, recorded string) string {
	p := filepath.FromSlash(recorded)
	if recorded == "-" || filepath.IsAbs(p) || strings.HasPrefix(recorded, "/") {
		return p
	}
	return filepath.Join(dir, p)
}

// HashFile returns the lowercase hex SHA-256 of the file at path, as the
// file records it (Dict.SHA256).
func HashFile(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", fmt.Errorf("reading %s: %w", path, err)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}
