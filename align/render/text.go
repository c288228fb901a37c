package render

import (
	"fmt"
	"io"
	"strings"

	"github.com/bitext-ko/bitext/align"
	"github.com/mattn/go-runewidth"
)

// ANSI styles of the review view.
const (
	reset  = "\x1b[0m"
	bold   = "\x1b[1m"
	dim    = "\x1b[2m"
	yellow = "\x1b[33m"
	cyan   = "\x1b[36m"
)

func writeText(w io.Writer, a *align.Alignment, opt Options) error {
	width := opt.Width
	if width <= 0 {
		width = 100
	}
	width = max(width, 20)
	col := (width - 3) / 2
	style := func(code, s string) string {
		if !opt.Color {
			return s
		}
		return code + s + reset
	}
	flagged := 0
	for _, b := range a.Beads {
		if b.Flagged {
			flagged++
		}
	}
	for _, b := range a.Beads {
		head := fmt.Sprintf("%s %s  %.2f", b.Type(), align.FormatBead(b), b.Score)
		switch {
		case b.Kind == align.Furniture:
			head = style(dim, head+"  furniture")
		case b.Flagged:
			head = style(bold+yellow, head+"  REVIEW")
			if b.Kind == align.Omitted {
				head += style(yellow, "  (no counterpart)")
			}
		case b.Kind == align.Omitted:
			head = style(cyan, head+"  (no counterpart)")
		default:
			head = style(bold, head)
		}
		if _, err := fmt.Fprintln(w, head); err != nil {
			return err
		}
		en, ko := a.BeadText(b)
		left, right := Wrap(en, col), Wrap(ko, col)
		for i := 0; i < max(len(left), len(right)); i++ {
			l, r := "", ""
			if i < len(left) {
				l = left[i]
			}
			if i < len(right) {
				r = right[i]
			}
			line := runewidth.FillRight(l, col) + " │ " + r
			if b.Kind == align.Furniture {
				line = style(dim, line)
			}
			if _, err := fmt.Fprintln(w, strings.TrimRight(line, " ")); err != nil {
				return err
			}
		}
		if _, err := fmt.Fprintln(w); err != nil {
			return err
		}
	}
	_, err := fmt.Fprintf(w, "%d beads, %d flagged for review, length ratio %.2f\n", len(a.Beads), flagged, a.Ratio)
	return err
}

// Wrap breaks s into lines of at most width terminal cells, at spaces
// where it can and inside words that are wider than a line.
func Wrap(s string, width int) []string {
	if width < 2 {
		width = 2
	}
	var lines []string
	var cur strings.Builder
	curW := 0
	flush := func() {
		lines = append(lines, cur.String())
		cur.Reset()
		curW = 0
	}
	for _, word := range strings.Fields(s) {
		ww := runewidth.StringWidth(word)
		if curW > 0 && curW+1+ww <= width {
			cur.WriteByte(' ')
			cur.WriteString(word)
			curW += 1 + ww
			continue
		}
		if curW > 0 {
			flush()
		}
		for ww > width {
			// Hard-break a word wider than the column.
			part, pw := "", 0
			for _, r := range word {
				rw := runewidth.RuneWidth(r)
				if pw+rw > width {
					break
				}
				part += string(r)
				pw += rw
			}
			lines = append(lines, part)
			word = word[len(part):]
			ww = runewidth.StringWidth(word)
		}
		cur.WriteString(word)
		curW = ww
	}
	if curW > 0 || len(lines) == 0 {
		flush()
	}
	return lines
}
