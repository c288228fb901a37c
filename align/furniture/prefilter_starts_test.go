package furniture

import (
	"fmt"
	"regexp/syntax"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// startsRows are the hand-written prefilters of the package, one row per
// expression and the starts list a line must start with (hasAnyPrefixFold)
// before the expression runs. trimmed holds the runes the prefilter
// removes from the start of the line before it looks for a start
// (startsLinkLabel: one bracket, then \s; isNote: brackets, stars and
// spaces; isCredits: none); first, when not empty, the runes a line's
// first letter must be one of (isNote's first-letter gate).
var startsRows = []struct {
	name, expr     string
	starts         []string
	trimmed, first string
}{
	{"creditsRe", "", creditsStarts, "", ""},
	{"linkLabelRe", "", linkStarts, "[【<〈(\t\n\f\r ", ""},
}

func init() {
	// The expressions are lazy: their sources are read back from the
	// compiled ones.
	startsRows[0].expr = creditsRe().String()
	startsRows[1].expr = linkLabelRe().String()
	for i, n := range enNotes {
		startsRows = append(startsRows, struct {
			name, expr     string
			starts         []string
			trimmed, first string
		}{fmt.Sprintf("enNotes[%d]", i), n.re().String(), n.starts, noteTrimmed, "TtEeVvOo"})
	}
}

// startsAllowed are the branches, by expression and the String of the
// node they start with, that may start with something other than a
// literal; each with its reason. It is empty: every branch of every
// prefiltered expression starts with a literal.
var startsAllowed = map[[2]string]string{}

// maxSmallClass is the largest character class the walker reads as a
// choice of literal runes ("MB[CN]" from the factored "MBC|MBN").
const maxSmallClass = 8

// maxStartRunes is how far the walker reads a branch's literal: longer
// than any start.
const maxStartRunes = 12

// aBranch is the literal start of a branch of an expression: its runes,
// each with the runes a line may hold there (its case folds, or a small
// class), and where the literal stops. bad is set when the branch starts
// with something that is not a literal.
type aBranch struct {
	runes [][]rune
	stop  string
	bad   bool
}

func (b aBranch) String() string {
	var s strings.Builder
	for _, rs := range b.runes {
		if len(rs) == 1 {
			s.WriteRune(rs[0])
		} else {
			s.WriteString("[" + string(rs) + "]")
		}
	}
	return fmt.Sprintf("%q then %s", s.String(), b.stop)
}

// literalStarts walks the syntax of an expression and returns the literal
// start of each of its branches.
func literalStarts(re *syntax.Regexp, trimmed string) []aBranch {
	var out []aBranch
	var walk func(nodes []*syntax.Regexp, prefix [][]rune)
	stop := func(prefix [][]rune, why string, bad bool) {
		out = append(out, aBranch{slices.Clone(prefix), why, bad})
	}
	walk = func(nodes []*syntax.Regexp, prefix [][]rune) {
		if len(prefix) >= maxStartRunes {
			stop(prefix, "(long enough)", false)
			return
		}
		if len(nodes) == 0 {
			stop(prefix, "the end", len(prefix) == 0)
			return
		}
		n, rest := nodes[0], nodes[1:]
		lead := len(prefix) == 0
		switch n.Op {
		case syntax.OpBeginLine, syntax.OpBeginText:
			if lead {
				walk(rest, prefix)
				return
			}
		case syntax.OpEmptyMatch:
			walk(rest, prefix)
			return
		case syntax.OpConcat:
			walk(append(slices.Clone(n.Sub), rest...), prefix)
			return
		case syntax.OpCapture:
			walk(append([]*syntax.Regexp{n.Sub[0]}, rest...), prefix)
			return
		case syntax.OpAlternate:
			for _, s := range n.Sub {
				walk(append([]*syntax.Regexp{s}, rest...), prefix)
			}
			return
		case syntax.OpQuest, syntax.OpStar:
			if lead && trims(n.Sub[0], trimmed) {
				walk(rest, prefix) // the prefilter removes it
				return
			}
			if n.Op == syntax.OpQuest {
				walk(append([]*syntax.Regexp{n.Sub[0]}, rest...), prefix)
				walk(rest, prefix)
				return
			}
		case syntax.OpPlus:
			walk(append([]*syntax.Regexp{n.Sub[0]}, rest...), prefix)
			return
		case syntax.OpLiteral:
			p := slices.Clone(prefix)
			for _, r := range n.Rune {
				p = append(p, lineRunes([]rune{r}, n.Flags&syntax.FoldCase != 0))
			}
			walk(rest, p)
			return
		case syntax.OpCharClass:
			if rs := classRunes(n); rs != nil {
				walk(rest, append(slices.Clone(prefix), lineRunes(rs, false)))
				return
			}
		}
		stop(prefix, n.String(), lead)
	}
	walk([]*syntax.Regexp{re}, nil)
	return out
}

// trims reports whether every rune re can match is one the prefilter
// trims.
func trims(re *syntax.Regexp, trimmed string) bool {
	var rs []rune
	switch re.Op {
	case syntax.OpLiteral:
		rs = re.Rune
		if re.Flags&syntax.FoldCase != 0 {
			rs = lineRunes(rs, true)
		}
	case syntax.OpCharClass:
		for i := 0; i < len(re.Rune); i += 2 {
			if re.Rune[i+1]-re.Rune[i] > 64 {
				return false
			}
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				rs = append(rs, r)
			}
		}
	default:
		return false
	}
	for _, r := range rs {
		if !strings.ContainsRune(trimmed, r) {
			return false
		}
	}
	return len(rs) > 0
}

// classRunes returns the runes of a small character class, nil for a
// large one.
func classRunes(re *syntax.Regexp) []rune {
	var rs []rune
	for i := 0; i < len(re.Rune); i += 2 {
		for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
			if rs = append(rs, r); len(rs) > maxSmallClass {
				return nil
			}
		}
	}
	return rs
}

// lineRunes returns the runes a line may hold where the expression holds
// one of rs (with their case folds when fold), as hasAnyPrefixFold sees
// them: ASCII upper-case letters lowered, every other rune as it is (the
// Kelvin sign, the long s).
func lineRunes(rs []rune, fold bool) []rune {
	var out []rune
	add := func(r rune) {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		if !slices.Contains(out, r) {
			out = append(out, r)
		}
	}
	for _, r := range rs {
		add(r)
		if fold {
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				add(f)
			}
		}
	}
	return out
}

// uncovered returns the first form of the branch's literal (as a line may
// hold it) that no start covers: a start must be a prefix of the form, or
// the form, read up to the end of the literal, a prefix of a start. ok is
// false when every form is covered.
func uncovered(b aBranch, starts []string) (form string, ok bool) {
	var dfs func(i int, s string) (string, bool)
	dfs = func(i int, s string) (string, bool) {
		longer := false
		for _, p := range starts {
			if strings.HasPrefix(s, p) {
				return "", false
			}
			longer = longer || strings.HasPrefix(p, s)
		}
		if !longer {
			return s, true
		}
		if i == len(b.runes) {
			return "", false // the literal is short: a prefix of a start
		}
		for _, r := range b.runes[i] {
			if f, ok := dfs(i+1, s+string(r)); ok {
				return f, true
			}
		}
		return "", false
	}
	return dfs(0, "")
}

// TestPrefilterStarts holds each hand-written starts list to its
// expression: every branch of the expression, read from its syntax, must
// start with a literal (after what the prefilter trims), and every form a
// line may give that literal in must start with a listed start, so that
// no line the expression matches is filtered out. A new alternative
// ("Photo by …") without its start fails here.
func TestPrefilterStarts(t *testing.T) {
	for _, row := range startsRows {
		t.Run(row.name, func(t *testing.T) {
			re, err := syntax.Parse(row.expr, syntax.Perl)
			if err != nil {
				t.Fatal(err)
			}
			bs := literalStarts(re, row.trimmed)
			if len(bs) == 0 {
				t.Fatalf("no branches in %s", row.expr)
			}
			for _, b := range bs {
				if b.bad {
					if why, ok := startsAllowed[[2]string{row.name, b.stop}]; ok {
						t.Logf("branch %s allowed: %s", b, why)
						continue
					}
					t.Errorf("branch %s does not start with a literal (after %q, which the prefilter trims)", b, row.trimmed)
					continue
				}
				if f, ok := uncovered(b, row.starts); ok {
					t.Errorf("branch %s: a line starting %q starts with none of %q", b, f, row.starts)
				}
				if row.first != "" {
					for _, r := range b.runes[0] {
						if !strings.ContainsRune(row.first, r) && !strings.ContainsRune(row.first, unicode.ToUpper(r)) {
							t.Errorf("branch %s: a line starting %q fails the first-letter gate %q", b, r, row.first)
						}
					}
				}
			}
			if testing.Verbose() {
				for _, b := range bs {
					t.Logf("branch %s", b)
				}
			}
		})
	}
}

// TestIsNoteSpaceAfterBracket: the \s of the note expressions is any
// ASCII space, so a tab after the opening bracket still makes a note (the
// gap TestPrefilterStarts found in isNote's trimming, which took only the
// space).
func TestIsNoteSpaceAfterBracket(t *testing.T) {
	for _, c := range []struct {
		l  string
		ko bool
	}{
		{"[\tThe views expressed in this column are the author's own.", false},
		{"(\tEditor's note) The column runs weekly.", false},
		{"[\t이 기사는 AI가 번역했습니다.", true},
	} {
		if !isNote(c.l, c.ko) {
			t.Errorf("isNote(%q, %v) = false, want true", c.l, c.ko)
		}
	}
}
