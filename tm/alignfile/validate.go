package alignfile

import (
	"fmt"
	"math"
	"strings"

	"github.com/bitext-ko/bitext/align"
	"github.com/bitext-ko/bitext/tm/glossary"
)

// Validate checks everything a reader of the file relies on, and returns
// an *Error naming the first field that is wrong:
//
//   - the header: bitext's version, the document id, the settings (a
//     paragraph mode bitext knows, a threshold in [0, 1]), each side's
//     path, SHA-256 (64 lowercase hex digits) and encoding;
//   - the paragraphs: a text, at least one sentence each; furniture and
//     caption are exclusive, and only they have a reason;
//   - the beads and the links: a kind, a status and a score in [0, 1];
//     ids that exist; a match bead has both sides, an omitted or furniture
//     bead exactly one; every paragraph of both sides is in exactly one
//     bead, and every sentence in exactly one link, in order;
//   - the closure: a link's sentences lie in one paragraph bead, of kind
//     furniture if and only if the link is; a match bead holds a match
//     link;
//   - the glossary: a Hangul name (each once), a type, English forms
//     (each once) with counts that are not negative, a confidence in [0,
//     1] and a review state.
//
// A reviewer's edits must keep all of this; the review page refuses an
// edit that would not.
func (f *File) Validate() error {
	if err := f.validateHeader(); err != nil {
		return err
	}
	for _, side := range []struct {
		key string
		s   *Side
	}{{"en", &f.EN}, {"ko", &f.KO}} {
		if err := validateParagraphs(side.key, side.s.Paragraphs); err != nil {
			return err
		}
	}
	owners, err := f.validateBeads()
	if err != nil {
		return err
	}
	if err := f.validateLinks(owners); err != nil {
		return err
	}
	return f.validateGlossary()
}

func (f *File) validateHeader() error {
	if strings.TrimSpace(f.Bitext) == "" {
		return errorf("bitext", "no version of bitext")
	}
	if strings.TrimSpace(f.Document) == "" {
		return errorf("document", "no document id")
	}
	s := f.Settings
	switch s.Paragraphs {
	case ParagraphsAuto, ParagraphsBlank, ParagraphsLine:
	default:
		return errorf("settings.paragraphs", "%q is not a paragraph mode (want auto, blank or line)", s.Paragraphs)
	}
	if !(s.MinScore >= 0 && s.MinScore <= 1) {
		return errorf("settings.min_score", "%g is not in [0, 1]", s.MinScore)
	}
	if d := s.Dict; d != nil {
		if d.Path == "" {
			return errorf("settings.dict.path", "empty")
		}
		if !isSHA256(d.SHA256) {
			return errorf("settings.dict.sha256", "%q is not a SHA-256 (64 lowercase hex digits)", d.SHA256)
		}
	}
	if !(f.LengthRatio > 0 && f.LengthRatio < math.Inf(1)) {
		return errorf("length_ratio", "%g is not a ratio above 0", f.LengthRatio)
	}
	for _, side := range []struct {
		key string
		s   *Side
	}{{"en", &f.EN}, {"ko", &f.KO}} {
		if side.s.Path == "" {
			return errorf(side.key+".path", "empty")
		}
		if !isSHA256(side.s.SHA256) {
			return errorf(side.key+".sha256", "%q is not a SHA-256 (64 lowercase hex digits)", side.s.SHA256)
		}
		if side.s.Encoding == "" {
			return errorf(side.key+".encoding", "empty")
		}
	}
	return nil
}

func isSHA256(s string) bool {
	if len(s) != 64 {
		return false
	}
	for _, c := range []byte(s) {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}

func validateParagraphs(key string, ps []align.Paragraph) error {
	if len(ps) == 0 {
		return errorf(key+".paragraphs", "no paragraph")
	}
	for i, p := range ps {
		path := fmt.Sprintf("%s.paragraphs[%d]", key, i)
		switch {
		case strings.TrimSpace(p.Text) == "":
			return errorf(path+".text", "empty")
		case len(p.Sentences) == 0:
			return errorf(path+".sentences", "no sentence (a paragraph with no body has one empty sentence)")
		case p.Furniture && p.Caption:
			return errorf(path, "both furniture and a caption")
		case p.Reason != "" && !p.Furniture && !p.Caption:
			return errorf(path+".reason", "a reason, but neither furniture nor a caption")
		}
	}
	return nil
}

// sideName is how messages call a side.
func sideName(key string) string {
	if key == "ko" {
		return "Korean"
	}
	return "English"
}

// validateBead checks what every bead and link has on its own.
func validateBead(path string, b Bead) error {
	switch b.Status {
	case StatusAuto, StatusConfirmed, StatusEdited:
	default:
		return errorf(path+".status", "%q is not a status (want auto, confirmed or edited)", b.Status)
	}
	if !(b.Score >= 0 && b.Score <= 1) {
		return errorf(path+".score", "%g is not in [0, 1]", b.Score)
	}
	switch {
	case b.Kind != align.Match && b.Kind != align.Omitted && b.Kind != align.Furniture:
		return errorf(path+".kind", "unknown kind %d", b.Kind)
	case len(b.EN) == 0 && len(b.KO) == 0:
		return errorf(path, "empty on both sides")
	case b.Kind == align.Match && (len(b.EN) == 0 || len(b.KO) == 0):
		return errorf(path, "kind match with one side empty (a one-sided bead is omitted or furniture)")
	case b.Kind != align.Match && len(b.EN) > 0 && len(b.KO) > 0:
		return errorf(path, "kind %s with both sides (a bead with both sides is a match)", b.Kind)
	}
	return nil
}

// coverage follows one side of a list of beads: every unit (paragraph or
// sentence) in exactly one bead, in order.
type coverage struct {
	key, list string // "en", "beads"
	units     int
	owner     []int // bead of each unit
	next      int
}

func newCoverage(key, list string, units int) *coverage {
	return &coverage{key: key, list: list, units: units, owner: make([]int, units)}
}

// take records that unit u (named name) is in bead i, at path.
func (c *coverage) take(path string, i, u int, name string) error {
	switch {
	case u < c.next:
		return errorf(path, "%s is in %s[%d] already", name, c.list, c.owner[u])
	case u > c.next:
		return errorf(path, "%s comes before %s, which is in no bead: every %s is in one bead, in order", name, c.unitName(c.next), c.what())
	}
	c.owner[u] = i
	c.next++
	return nil
}

func (c *coverage) what() string {
	if c.list == "links" {
		return "sentence"
	}
	return "paragraph"
}

// unitName is filled by the caller for sentences.
func (c *coverage) unitName(u int) string { return fmt.Sprintf("%s %d", c.what(), u) }

// done checks that every unit was taken.
func (c *coverage) done(name func(u int) string) error {
	if c.next < c.units {
		return errorf(c.list, "%s of the %s text is in no bead", name(c.next), sideName(c.key))
	}
	return nil
}

// validateBeads checks the paragraph beads and returns, for each side, the
// bead of each paragraph.
func (f *File) validateBeads() (owners [2][]int, err error) {
	sides := [2]*Side{&f.EN, &f.KO}
	cov := [2]*coverage{newCoverage("en", "beads", len(f.EN.Paragraphs)), newCoverage("ko", "beads", len(f.KO.Paragraphs))}
	for i, b := range f.Beads {
		path := fmt.Sprintf("beads[%d]", i)
		if err := validateBead(path, b); err != nil {
			return owners, err
		}
		for s, ids := range [2][]align.ID{b.EN, b.KO} {
			c := cov[s]
			for j, id := range ids {
				at := fmt.Sprintf("%s.%s[%d]", path, c.key, j)
				if id.Sent != -1 {
					return owners, errorf(at, "%s is not a paragraph id", id)
				}
				if id.Para < 0 || id.Para >= len(sides[s].Paragraphs) {
					return owners, errorf(at, "paragraph %d does not exist (the %s text has %d)", id.Para, sideName(c.key), len(sides[s].Paragraphs))
				}
				if err := c.take(at, i, id.Para, fmt.Sprintf("paragraph %d", id.Para)); err != nil {
					return owners, err
				}
			}
		}
	}
	for s, c := range cov {
		if err := c.done(func(u int) string { return fmt.Sprintf("paragraph %d", u) }); err != nil {
			return owners, err
		}
		owners[s] = c.owner
	}
	return owners, nil
}

// validateLinks checks the sentence links against the paragraphs and the
// paragraph beads (owners, the bead of each paragraph).
func (f *File) validateLinks(owners [2][]int) error {
	sides := [2]*Side{&f.EN, &f.KO}
	var starts [2][]int // ordinal of each paragraph's first sentence
	var cov [2]*coverage
	for s, side := range sides {
		n := 0
		starts[s] = make([]int, len(side.Paragraphs)+1)
		for p, para := range side.Paragraphs {
			starts[s][p] = n
			n += len(para.Sentences)
		}
		starts[s][len(side.Paragraphs)] = n
		cov[s] = newCoverage([2]string{"en", "ko"}[s], "links", n)
	}
	sentence := func(s, u int) string {
		st := starts[s]
		p := 0
		for p+1 < len(st) && st[p+1] <= u {
			p++
		}
		return fmt.Sprintf("sentence %d.%d", p, u-st[p])
	}
	hasLink := make([]bool, len(f.Beads))
	for i, b := range f.Links {
		path := fmt.Sprintf("links[%d]", i)
		if err := validateBead(path, b); err != nil {
			return err
		}
		bead := -1
		for s, ids := range [2][]align.ID{b.EN, b.KO} {
			c := cov[s]
			ps := sides[s].Paragraphs
			for j, id := range ids {
				at := fmt.Sprintf("%s.%s[%d]", path, c.key, j)
				switch {
				case id.Sent < 0:
					return errorf(at, "%s is not a sentence id", id)
				case id.Para < 0 || id.Para >= len(ps):
					return errorf(at, "sentence %s: paragraph %d does not exist (the %s text has %d)", id, id.Para, sideName(c.key), len(ps))
				case id.Sent >= len(ps[id.Para].Sentences):
					return errorf(at, "sentence %s does not exist (paragraph %d of the %s text has %d)", id, id.Para, sideName(c.key), len(ps[id.Para].Sentences))
				}
				u := starts[s][id.Para] + id.Sent
				if u > c.next {
					return errorf(at, "sentence %s comes before %s, which is in no link: every sentence is in one link, in order", id, sentence(s, c.next))
				}
				if err := c.take(at, i, u, "sentence "+id.String()); err != nil {
					return err
				}
				pb := owners[s][id.Para]
				if bead >= 0 && pb != bead {
					return errorf(path, "its sentences lie in beads[%d] and beads[%d]: a link stays inside one paragraph bead", bead, pb)
				}
				bead = pb
			}
		}
		pk := f.Beads[bead].Kind
		if (b.Kind == align.Furniture) != (pk == align.Furniture) {
			return errorf(path, "a %s link in beads[%d], a %s bead: a furniture bead's sentences, and only they, are in furniture links", b.Kind, bead, pk)
		}
		if b.Kind == align.Match {
			hasLink[bead] = true
		}
	}
	for s, c := range cov {
		if err := c.done(func(u int) string { return sentence(s, u) }); err != nil {
			return err
		}
	}
	for i, b := range f.Beads {
		if b.Kind == align.Match && !hasLink[i] {
			return errorf(fmt.Sprintf("beads[%d]", i), "a match bead with no sentence link: a paragraph bead is the closure of its links")
		}
	}
	return nil
}

func (f *File) validateGlossary() error {
	seen := map[string]int{}
	for i, e := range f.Glossary {
		path := fmt.Sprintf("glossary[%d]", i)
		switch e.Review {
		case ReviewAuto, ReviewAccepted, ReviewRejected, ReviewEdited:
		default:
			return errorf(path+".review", "%q is not a review state (want auto, accepted, rejected or edited)", e.Review)
		}
		if strings.TrimSpace(e.Hangul) == "" {
			return errorf(path+".hangul", "empty")
		}
		if j, dup := seen[e.Hangul]; dup {
			return errorf(path+".hangul", "%s is in glossary[%d] already", e.Hangul, j)
		}
		seen[e.Hangul] = i
		switch e.Type {
		case glossary.Person, glossary.Place, glossary.Organization, glossary.Other:
		default:
			return errorf(path+".type", "%q is not a name type (want person, place, organization or other)", e.Type)
		}
		if !(e.Confidence >= 0 && e.Confidence <= 1) {
			return errorf(path+".confidence", "%g is not in [0, 1]", e.Confidence)
		}
		if len(e.Forms) == 0 {
			return errorf(path+".forms", "no English form")
		}
		forms := map[string]int{}
		for j, fm := range e.Forms {
			at := fmt.Sprintf("%s.forms[%d]", path, j)
			if strings.TrimSpace(fm.English) == "" {
				return errorf(at+".english", "empty")
			}
			if k, dup := forms[fm.English]; dup {
				return errorf(at+".english", "%s is in forms[%d] already", fm.English, k)
			}
			forms[fm.English] = j
			if fm.Count < 0 || fm.Docs < 0 || fm.Latin < 0 {
				return errorf(at, "a negative count")
			}
		}
	}
	return nil
}
