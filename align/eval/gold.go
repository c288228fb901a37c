package eval

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/bitext-ko/bitext/align"
)

// ParseError is an error in a gold file, with where it is. Like
// encoding/csv's ParseError, Err is one of the errors below, wrapped with
// the details, so that errors.Is tells the kind of problem.
type ParseError struct {
	File   string // the gold file
	Line   int    // 1-based line
	Column int    // 1-based byte in the line; 0 when the error is the whole line's or the file's
	Err    error
}

func (e *ParseError) Error() string {
	if e.Column > 0 {
		return fmt.Sprintf("%s:%d:%d: %v", e.File, e.Line, e.Column, e.Err)
	}
	return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }

// The errors of a gold file, as ParseError.Err wraps them.
var (
	// ErrSyntax: a line that is not a bead ("[0, 1]:[2]"), an empty bead
	// ("[]:[]"), an id that is not a paragraph number.
	ErrSyntax = errors.New("not a bead")
	// ErrNoParagraph: a bead names a paragraph the text does not have.
	ErrNoParagraph = errors.New("no such paragraph")
	// ErrDuplicate: a bead is listed twice.
	ErrDuplicate = errors.New("duplicate bead")
	// ErrOverlap: a paragraph is in two beads, or twice in one.
	ErrOverlap = errors.New("paragraph in two beads")
	// ErrOrder: beads (or the ids of a bead) do not follow the order of
	// the text.
	ErrOrder = errors.New("out of order")
	// ErrMissing: a paragraph of the text is in no bead.
	ErrMissing = errors.New("paragraph in no bead")
)

// maxGoldLine is the longest line ReadGold reads.
const maxGoldLine = 1 << 20

// goldID is a paragraph id where it was read.
type goldID struct {
	id, col int
}

type goldBead struct {
	line   int
	en, ko []goldID
}

// ReadGold reads a gold alignment in vecalign's bead format, one bead a
// line ("[0]:[0, 1]", English left; text after the bead, where vecalign
// writes a cost, is ignored after a colon or a space, and so are blank
// lines), of a pair whose English text has nEN paragraphs and whose Korean
// text has nKO. Ids are 0-based paragraph numbers, as score.py reads them.
//
// The beads must describe the pair exactly, as the aligner's do: every
// paragraph of both texts in exactly one bead, in the order of the text,
// no bead twice, none empty. Anything else is a *ParseError naming file
// and line (and column where there is one), wrapping one of ErrSyntax,
// ErrNoParagraph, ErrDuplicate, ErrOverlap, ErrOrder and ErrMissing.
func ReadGold(r io.Reader, file string, nEN, nKO int) ([]align.Bead, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), maxGoldLine)
	var beads []goldBead
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSuffix(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			continue
		}
		b, col, err := parseBead(line)
		if err != nil {
			return nil, &ParseError{File: file, Line: n, Column: col, Err: err}
		}
		b.line = n
		beads = append(beads, b)
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			err = fmt.Errorf("%w: a line longer than %d bytes", ErrSyntax, maxGoldLine)
		}
		return nil, &ParseError{File: file, Line: n + 1, Err: err}
	}
	if err := checkGold(beads, n, nEN, nKO); err != nil {
		err.File = file
		return nil, err
	}
	out := make([]align.Bead, len(beads))
	for i, b := range beads {
		out[i] = align.Bead{EN: ids(b.en), KO: ids(b.ko)}
	}
	return out, nil
}

func ids(gs []goldID) []align.ID {
	if len(gs) == 0 {
		return nil
	}
	out := make([]align.ID, len(gs))
	for i, g := range gs {
		out[i] = align.ParaID(g.id)
	}
	return out
}

// parseBead reads "[ids]:[ids]" from line; on an error it returns the
// 1-based column where it is.
func parseBead(line string) (goldBead, int, error) {
	var b goldBead
	i := skipSpace(line, 0)
	var err error
	if b.en, i, err = parseIDList(line, i); err != nil {
		return b, i + 1, err
	}
	i = skipSpace(line, i)
	if i >= len(line) || line[i] != ':' {
		return b, i + 1, fmt.Errorf("%w: want ':' between the English and the Korean ids (\"[0]:[0, 1]\")", ErrSyntax)
	}
	i = skipSpace(line, i+1)
	if b.ko, i, err = parseIDList(line, i); err != nil {
		return b, i + 1, err
	}
	if i < len(line) && line[i] != ':' && line[i] != ' ' && line[i] != '\t' {
		return b, i + 1, fmt.Errorf("%w: text right after the bead", ErrSyntax)
	}
	if len(b.en) == 0 && len(b.ko) == 0 {
		return b, 1, fmt.Errorf("%w: an empty bead has neither English nor Korean ids", ErrSyntax)
	}
	return b, 0, nil
}

// parseIDList reads "[0, 1]" (commas, spaces or both between ids) at i,
// and returns the index after the ']'; on an error, the index where it is.
func parseIDList(line string, i int) ([]goldID, int, error) {
	if i >= len(line) || line[i] != '[' {
		return nil, i, fmt.Errorf("%w: want '[' (a bead is \"[0]:[0, 1]\")", ErrSyntax)
	}
	var out []goldID
	for i++; ; {
		for i < len(line) && (line[i] == ',' || line[i] == ' ' || line[i] == '\t') {
			i++
		}
		if i >= len(line) {
			return nil, i, fmt.Errorf("%w: no closing ']'", ErrSyntax)
		}
		if line[i] == ']' {
			return out, i + 1, nil
		}
		start := i
		for i < len(line) && line[i] >= '0' && line[i] <= '9' {
			i++
		}
		if i == start {
			return nil, i, fmt.Errorf("%w: want a paragraph number, found %q", ErrSyntax, clip(line[i:]))
		}
		if i < len(line) && line[i] == '.' {
			return nil, start, fmt.Errorf("%w: %q is a sentence id; a gold file names paragraphs", ErrSyntax, clip(line[start:]))
		}
		id, err := strconv.Atoi(line[start:i])
		if err != nil || id > maxParagraph {
			return nil, start, fmt.Errorf("%w: paragraph number %s is too large", ErrSyntax, clip(line[start:i]))
		}
		out = append(out, goldID{id: id, col: start + 1})
	}
}

// maxParagraph is the largest paragraph number parseIDList reads; larger
// ones are refused before they are compared with the text.
const maxParagraph = 1 << 30

func skipSpace(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i
}

func clip(s string) string {
	if len(s) > 20 {
		return s[:20] + "…"
	}
	return s
}

// checkGold checks that beads cover the paragraphs 0..nEN-1 and
// 0..nKO-1 each once, in order, and lists no bead twice; it returns the
// first problem in the order of the file. lines is the number of lines of
// the file, where problems at its end are.
func checkGold(beads []goldBead, lines, nEN, nKO int) *ParseError {
	en := newGoldSide("English", nEN, beads, func(b goldBead) []goldID { return b.en })
	ko := newGoldSide("Korean", nKO, beads, func(b goldBead) []goldID { return b.ko })
	seenBead := map[string]int{}
	for _, b := range beads {
		key := align.FormatBead(align.Bead{EN: ids(b.en), KO: ids(b.ko)})
		if l, ok := seenBead[key]; ok {
			return &ParseError{Line: b.line, Err: fmt.Errorf("%w: the same bead as on line %d", ErrDuplicate, l)}
		}
		seenBead[key] = b.line
		for _, s := range []*goldSide{en, ko} {
			if err := s.check(b); err != nil {
				return err
			}
		}
	}
	for _, s := range []*goldSide{en, ko} {
		if err := s.end(max(lines, 1)); err != nil {
			return err
		}
	}
	return nil
}

// goldSide checks the ids of one language.
type goldSide struct {
	name  string
	n     int // paragraphs of the text
	ids   func(goldBead) []goldID
	first map[int]int // the line where each id is first named
	seen  map[int]int // the line of each id checked
	next  int         // the paragraph the next id should be
}

func newGoldSide(name string, n int, beads []goldBead, ids func(goldBead) []goldID) *goldSide {
	s := &goldSide{name: name, n: n, ids: ids, first: map[int]int{}, seen: map[int]int{}}
	for _, b := range beads {
		for _, g := range ids(b) {
			if _, ok := s.first[g.id]; !ok {
				s.first[g.id] = b.line
			}
		}
	}
	return s
}

func (s *goldSide) check(b goldBead) *ParseError {
	for _, g := range s.ids(b) {
		at := func(format string, args ...any) *ParseError {
			return &ParseError{Line: b.line, Column: g.col, Err: fmt.Errorf(format, args...)}
		}
		switch l, ok := s.seen[g.id]; {
		case g.id >= s.n:
			return at("%w: %s paragraph %d; the %s text has %s", ErrNoParagraph, s.name, g.id, s.name, paragraphs(s.n))
		case ok && l == b.line:
			return at("%w: %s paragraph %d is twice in this bead", ErrOverlap, s.name, g.id)
		case ok:
			return at("%w: %s paragraph %d is also in the bead on line %d", ErrOverlap, s.name, g.id, l)
		case g.id > s.next:
			// A paragraph is skipped: it comes later, or nowhere.
			if l, later := s.first[s.next]; later {
				return at("%w: %s paragraph %d comes before paragraph %d (line %d); beads follow the text", ErrOrder, s.name, g.id, s.next, l)
			}
			return at("%w: %s paragraph %d is in no bead (this bead skips it)", ErrMissing, s.name, s.next)
		}
		s.seen[g.id] = b.line
		s.next = g.id + 1
	}
	return nil
}

// end checks that the beads reached the last paragraph.
func (s *goldSide) end(line int) *ParseError {
	if s.next >= s.n {
		return nil
	}
	what := fmt.Sprintf("paragraph %d is", s.next)
	if s.n-s.next > 1 {
		what = fmt.Sprintf("paragraphs %d to %d are", s.next, s.n-1)
	}
	return &ParseError{Line: line, Err: fmt.Errorf("%w: %s %s in no bead; the %s text has %s", ErrMissing, s.name, what, s.name, paragraphs(s.n))}
}

func paragraphs(n int) string {
	switch n {
	case 0:
		return "no paragraphs"
	case 1:
		return "1 paragraph (0)"
	}
	return fmt.Sprintf("%d paragraphs (0 to %d)", n, n-1)
}
