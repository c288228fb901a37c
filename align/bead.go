package align

import (
	"fmt"
	"strconv"
	"strings"
)

// ID names a paragraph, or a sentence inside one. At paragraph level Sent
// is -1. IDs print as "3" or "3.1", 0-based.
type ID struct {
	Para, Sent int
}

// ParaID returns the ID of paragraph i (a whole paragraph: Sent is -1).
func ParaID(i int) ID { return ID{Para: i, Sent: -1} }

// Side is one language of a pair: the English edition or the Korean
// original.
type Side uint8

// The two sides of a pair.
const (
	English Side = iota
	Korean
)

// String returns "en" or "ko".
func (s Side) String() string {
	if s == Korean {
		return "ko"
	}
	return "en"
}

// before reports whether id comes before o in document order.
func (id ID) before(o ID) bool {
	return id.Para < o.Para || id.Para == o.Para && id.Sent < o.Sent
}

func (id ID) String() string {
	if id.Sent < 0 {
		return strconv.Itoa(id.Para)
	}
	return strconv.Itoa(id.Para) + "." + strconv.Itoa(id.Sent)
}

// Kind classifies a bead.
type Kind int

const (
	// Match pairs English and Korean text (1-1, 2-1, 1-2, 2-2 …).
	Match Kind = iota
	// Omitted is text of one language with no counterpart (1-0 or 0-1).
	Omitted
	// Furniture is page furniture, never aligned (1-0 or 0-1).
	Furniture
)

func (k Kind) String() string {
	switch k {
	case Match:
		return "match"
	case Omitted:
		return "omitted"
	case Furniture:
		return "furniture"
	}
	return "unknown"
}

// Bead is one unit of an alignment: English ids, Korean ids (either may be
// empty, never both), a confidence in [0,1] and a kind.
type Bead struct {
	EN, KO []ID
	// Score is the aligner's confidence that the bead is right.
	Score float64
	Kind  Kind
	// Flagged marks beads whose score is under the review threshold.
	Flagged bool
}

// Type returns the bead's shape, such as "1-1" or "0-1".
func (b Bead) Type() string { return fmt.Sprintf("%d-%d", len(b.EN), len(b.KO)) }

// FormatIDs writes ids as vecalign does: "[0, 1]", "[]".
func FormatIDs(ids []ID) string { return "[" + JoinIDs(ids, ", ") + "]" }

// IDStrings returns the ids as strings ("3", "3.1").
func IDStrings(ids []ID) []string {
	s := make([]string, len(ids))
	for i, id := range ids {
		s[i] = id.String()
	}
	return s
}

// JoinIDs returns the ids joined by sep: JoinIDs(ids, ",") gives "3,4".
func JoinIDs(ids []ID, sep string) string { return strings.Join(IDStrings(ids), sep) }

// FormatBead returns the bead in vecalign's format, English left:
// "[0]:[0, 1]".
func FormatBead(b Bead) string { return FormatIDs(b.EN) + ":" + FormatIDs(b.KO) }
