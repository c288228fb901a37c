package glossary

import (
	"bufio"
	"errors"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/bitext-ko/bitext/align/render/cell"
)

// writeTSV writes bitext's own glossary: a header row naming the columns
// (headerRow), then one row per English form with every field of the form
// and its entry (tableRow), the Korean term first. Each cell
// goes through cells: cell.Neutralize with SafeCells, cell.Reversible
// otherwise. A glossary with no entries is the header row alone.
func writeTSV(w io.Writer, entries []Entry, cells func(string) string) error {
	bw := bufio.NewWriter(w)
	writeTabbed(bw, headerRow(false), cells)
	for i := range entries {
		e := &entries[i]
		for j := range e.Forms {
			writeTabbed(bw, tableRow(e, &e.Forms[j], false), cells)
		}
	}
	return bw.Flush()
}

// writeTabbed writes one tab-separated line.
func writeTabbed(w *bufio.Writer, row []string, cells func(string) string) {
	for i, c := range row {
		if i > 0 {
			w.WriteByte('\t')
		}
		w.WriteString(cells(clean(c)))
	}
	w.WriteByte('\n')
}

// readTSV reads bitext's TSV glossary, whose columns a header row names,
// and the files with no header that earlier versions wrote and
// translators keep: OmegaT's Korean, English and comment (or English,
// Korean and comment), with the field columns of headerRow after them if
// there are more.
func readTSV(data []byte, c *collector) error {
	return readTabbed(data, c, &layout{}, true)
}

// readTabbed reads tab-separated lines into l; blank lines and lines
// starting with # (OmegaT's comments) are skipped, so a file with no
// other lines is a glossary with no entries. With header, the first other
// line is a header row if it has no Hangul.
func readTabbed(data []byte, c *collector, l *layout, header bool) error {
	sc := lines(data)
	n := 0
	first := true
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cells := strings.Split(line, "\t")
		r := row{line: n, cells: cells, pos: tabbedPos(n, line, cells)}
		for i := range cells {
			cells[i] = cell.Restore(cells[i]) // as --safe-cells wrote it
		}
		if first && header {
			cols, isHeader, err := parseHeader(cells)
			if err != nil {
				return &ParseError{Line: n, Column: 1, Err: err}
			}
			if isHeader {
				l.named = cols
				first = false
				continue
			}
		}
		first = false
		if len(cells) < 2 {
			line, col := r.pos(1)
			if strings.Contains(sc.Text(), ",") {
				return &ParseError{Line: line, Column: col, Err: formatErrorf("no tab; this looks like CSV")}
			}
			return &ParseError{Line: line, Column: col, Err: errors.New("want Korean<TAB>English[<TAB>comment], found no tab")}
		}
		if err := l.addRow(c, r); err != nil {
			return err
		}
	}
	return sc.Err()
}

// tabbedPos returns the positions of the cells of a tab-separated line, as
// row.pos: the column of the first character of cell i, or the one after
// the line's last for i == len(cells).
func tabbedPos(n int, line string, cells []string) func(int) (int, int) {
	lens := make([]int, len(cells))
	for i, c := range cells {
		lens[i] = len(c)
	}
	return func(i int) (int, int) {
		off := 0
		for _, w := range lens[:min(i, len(lens))] {
			off += w + 1
		}
		return n, utf8.RuneCountInString(line[:min(off, len(line))]) + 1
	}
}
