package review

import (
	"fmt"
	"strings"

	"github.com/mattn/go-runewidth"
)

// A diff of Variant.Diff turns the variant into the reference, as a
// reviewer reads it (the variant as written, and what it should become):
// Delete pieces are the variant's alone, Insert pieces the reference's.
// The functions here take such a diff, CharDiff(variant, reference).

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
		case Delete: // the variant's alone
			if color {
				left.WriteString(red + o.Text + reset)
			} else {
				left.WriteString(o.Text)
			}
			mark(&lm, o.Text, '^')
		case Insert: // the reference's alone
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
// told letter by letter. It returns "same" for no change, and "whole
// form" when the two forms differ wholesale (more than two changes, and
// fewer letters kept than changed: Jay Y. Lee, Lee Jae-yong), where a
// list of changes would be harder to read than the two forms.
func Describe(ops []Op) string {
	var parts []string
	kept, changed := 0, 0
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
		n := len([]rune(strings.TrimSpace(o.Text)))
		switch o.Kind {
		case Equal:
			flush()
			kept += n
		case Delete:
			from.WriteString(o.Text)
			changed += n
		case Insert:
			to.WriteString(o.Text)
			changed += n
		}
	}
	flush()
	switch {
	case len(parts) == 0:
		return "same"
	case len(parts) > 2 && kept < changed:
		return "whole form"
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
