package edit

import (
	"fmt"

	"github.com/bitext-ko/bitext/align"
	"github.com/bitext-ko/bitext/tm/alignfile"
	"github.com/bitext-ko/bitext/tm/glossary"
)

// Op is an operation as the review page sends it, in JSON. Beads are
// numbered from 0 in the order of the file; paragraphs by their ids,
// sentences as "PARA.SENT".
//
//	{"op": "merge", "bead": 3}                               Merge
//	{"op": "split", "bead": 3, "side": "en", "para": 5}      SplitBefore
//	{"op": "move", "bead": 3, "side": "ko", "para": 6, "dir": -1}  Move
//	{"op": "link", "bead": 3}  or  {"op": "link", "bead": 3, "with": 5}  Link
//	{"op": "unlink", "bead": 3}                              Unlink
//	{"op": "mark", "bead": 3, "kind": "furniture"|"omitted"} Mark
//	{"op": "confirm", "bead": 3}                             Confirm
//	{"op": "confirm_above", "score": 0.95}                   ConfirmAbove
//	{"op": "link_sentences", "bead": 3, "en": "5.0", "ko": "6.1"}  LinkSentences
//	{"op": "unlink_sentence", "bead": 3, "side": "en", "sentence": "5.0"}  UnlinkSentence
//	{"op": "name", "hangul": "김정은", "review": "accepted"}  ReviewName
//	{"op": "edit_name", "hangul": "김정은", "english": "Kim Jong-un", "type": "person"}  EditName
//	{"op": "undo"}, {"op": "redo"}
type Op struct {
	Op       string  `json:"op"`
	Bead     int     `json:"bead"`
	With     *int    `json:"with,omitempty"`
	Side     string  `json:"side,omitempty"`
	Para     int     `json:"para"`
	Dir      int     `json:"dir,omitempty"`
	Kind     string  `json:"kind,omitempty"`
	Score    float64 `json:"score"`
	EN       string  `json:"en,omitempty"`
	KO       string  `json:"ko,omitempty"`
	Sentence string  `json:"sentence,omitempty"`
	Hangul   string  `json:"hangul,omitempty"`
	Review   string  `json:"review,omitempty"`
	English  string  `json:"english,omitempty"`
	Type     string  `json:"type,omitempty"`
}

// Apply does op. A malformed op is refused like an invalid edit.
func (d *Doc) Apply(op Op) (Patch, error) {
	side := func() (Side, error) {
		s, err := ParseSide(op.Side)
		if err != nil {
			return 0, refuse("%v", err)
		}
		return s, nil
	}
	sentence := func(s string) (align.ID, error) {
		id, err := ParseSentence(s)
		if err != nil {
			return id, refuse("%v", err)
		}
		return id, nil
	}
	switch op.Op {
	case "merge":
		return d.Merge(op.Bead)
	case "split":
		s, err := side()
		if err != nil {
			return Patch{}, err
		}
		return d.SplitBefore(op.Bead, s, op.Para)
	case "move":
		s, err := side()
		if err != nil {
			return Patch{}, err
		}
		if op.Dir != -1 && op.Dir != 1 {
			return Patch{}, refuse("dir is -1 (to the previous bead) or 1 (to the next), not %d", op.Dir)
		}
		return d.Move(op.Bead, s, op.Para, op.Dir)
	case "link":
		j := -1
		if op.With != nil {
			j = *op.With
		}
		return d.Link(op.Bead, j)
	case "unlink":
		return d.Unlink(op.Bead)
	case "mark":
		switch op.Kind {
		case "furniture":
			return d.Mark(op.Bead, align.Furniture)
		case "omitted":
			return d.Mark(op.Bead, align.Omitted)
		}
		return Patch{}, refuse("a bead is marked furniture or omitted, not %q", op.Kind)
	case "confirm":
		return d.Confirm(op.Bead)
	case "confirm_above":
		return d.ConfirmAbove(op.Score)
	case "link_sentences":
		en, err := sentence(op.EN)
		if err != nil {
			return Patch{}, err
		}
		ko, err := sentence(op.KO)
		if err != nil {
			return Patch{}, err
		}
		return d.LinkSentences(op.Bead, en, ko)
	case "unlink_sentence":
		s, err := side()
		if err != nil {
			return Patch{}, err
		}
		id, err := sentence(op.Sentence)
		if err != nil {
			return Patch{}, err
		}
		return d.UnlinkSentence(op.Bead, s, id)
	case "name":
		return d.ReviewName(op.Hangul, alignfile.Review(op.Review))
	case "edit_name":
		return d.EditName(op.Hangul, op.English, glossary.Type(op.Type))
	case "undo":
		return d.Undo()
	case "redo":
		return d.Redo()
	}
	return Patch{}, refuse("unknown operation %q", fmt.Sprint(op.Op))
}
