package review

import (
	"fmt"
	"strings"

	"github.com/mattn/go-runewidth"
)

// A diff of Variant.Diff turns the reference into the variant: Delete
// pieces are the reference's alone, Insert pieces the variant's. The
// functions here show it the other way round, as a reviewer reads it: the
// variant as written, and what it should become.

// SideBySide writes a variant plainly beside the form it should be,
// "Kim Jong Un → Kim Jong-un", and, without colour, a line of carets
// under the letters that differ on each side, to print below it:
//
//	Kim Jong Un → Kim Jong-un
//	        ^^            ^^
//
// With colour the differing letters are red on the left and green on
// the right, and there is no caret line.
func SideBySide(ops []Op, color bool) (pair, marks string) {
	var left, right, lm, rm strings.Builder
	mark := func(b *strings.Builder, s string, c byte) {
		for _, r := range s {
			b.WriteString(strings.Repeat(string(c), runewidth.RuneWidth(r)))
		}
	}
	for _, o := range ops {
		switch o.Kind {
		case Equal:
			left.WriteString(o.Text)
			right.WriteString(o.Text)
			mark(&lm, o.Text, ' ')
			mark(&rm, o.Text, ' ')
		case Insert: // the variant's alone
			if color {
				left.WriteString(red + o.Text + reset)
			} else {
				left.WriteString(o.Text)
			}
			mark(&lm, o.Text, '^')
		case Delete: // the reference's alone
			if color {
				right.WriteString(green + o.Text + reset)
			} else {
				right.WriteString(o.Text)
			}
			mark(&rm, o.Text, '^')
		}
	}
	pair = left.String() + " → " + right.String()
	if color {
		return pair, ""
	}
	marks = strings.TrimRight(lm.String()+"   "+rm.String(), " ")
	return pair, marks
}

// Describe says in words what turns the variant into the form it should
// be, change by change: "space→hyphen, U→u" (Kim Jong Un, Kim Jong-un),
// "+e, +e" (Kim Yong-chol, Kim Yeong-cheol), "Ri→Lee". Spaces, hyphens
// and apostrophes are named; a change of as many letters on each side is
// told letter by letter. It returns "same" for no change.
func Describe(ops []Op) string {
	var parts []string
	var from, to strings.Builder // the variant's and the reference's part of one change
	flush := func() {
		f, t := []rune(from.String()), []rune(to.String())
		from.Reset()
		to.Reset()
		switch {
		case len(f) == 0 && len(t) == 0:
		case len(f) == 0:
			parts = append(parts, "+"+named(string(t)))
		case len(t) == 0:
			parts = append(parts, "−"+named(string(f)))
		case len(f) == len(t):
			for i := range f {
				if f[i] != t[i] {
					parts = append(parts, named(string(f[i]))+"→"+named(string(t[i])))
				}
			}
		default:
			parts = append(parts, named(string(f))+"→"+named(string(t)))
		}
	}
	for _, o := range ops {
		switch o.Kind {
		case Equal:
			flush()
		case Insert:
			from.WriteString(o.Text)
		case Delete:
			to.WriteString(o.Text)
		}
	}
	flush()
	if len(parts) == 0 {
		return "same"
	}
	return strings.Join(parts, ", ")
}

// named writes a piece of a change, naming the characters that do not
// show: a space, a hyphen, an apostrophe.
func named(s string) string {
	switch s {
	case " ":
		return "space"
	case "-", "‐":
		return "hyphen"
	case "'", "’", "ʼ", "‘":
		return "apostrophe"
	}
	if strings.TrimSpace(s) != s {
		return fmt.Sprintf("%q", s)
	}
	return s
}
