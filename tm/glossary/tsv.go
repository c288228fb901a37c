package glossary

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/bitext-ko/bitext/align/render/cell"
)

// writeTSV writes OmegaT's glossary layout: Korean, English, comment.
// OmegaT reads no header and skips lines starting with #, so the file
// has none of either; a glossary with no entries is an empty file. Each
// cell goes through cells: cell.Neutralize with SafeCells, cell.Reversible
// otherwise.
func writeTSV(w io.Writer, entries []Entry, cells func(string) string) error {
	bw := bufio.NewWriter(w)
	for i := range entries {
		e := &entries[i]
		for j := range e.Forms {
			f := &e.Forms[j]
			fmt.Fprintf(bw, "%s\t%s\t%s\n", cells(clean(e.Hangul)), cells(clean(f.English)), cells(clean(formComment(e, f, true))))
		}
	}
	return bw.Flush()
}

// readTSV reads OmegaT glossary lines: Korean, English and an optional
// comment; lines starting with # and blank lines are skipped, so a file
// with no other lines is a glossary with no entries. Both terms are
// required: a line with an empty one is an error.
func readTSV(data []byte, c *collector) error {
	sc := lines(data)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		for i := range cols {
			cols[i] = cell.Restore(cols[i]) // as --safe-cells wrote it
		}
		where := fmt.Sprintf("line %d", n)
		if len(cols) < 2 {
			if strings.Count(line, ",") >= 1 {
				return fmt.Errorf("%s: no tab; this looks like CSV (give --glossary-format csv or a .csv name)", where)
			}
			return fmt.Errorf("%s: want Korean<TAB>English[<TAB>comment], found no tab", where)
		}
		if len(cols) > 3 {
			// OmegaT keeps only three columns; more tabs belong to the
			// comment.
			cols = []string{cols[0], cols[1], strings.Join(cols[2:], " ")}
		}
		if strings.HasPrefix(strings.TrimSpace(cols[0]), "#") {
			// Written back, the line would be a comment.
			return fmt.Errorf("%s: a Korean term starting with # (OmegaT reads the line as a comment)", where)
		}
		f := Form{English: cols[1]}
		meta := Entry{Confidence: -1}
		if len(cols) == 3 {
			if err := parseComment(cols[2], &f, &meta); err != nil {
				return fmt.Errorf("%s: comment: %w", where, err)
			}
			f.Seen = textSeen(f.Seen)
		}
		if err := c.add(where, cols[0], f, meta); err != nil {
			return err
		}
	}
	return sc.Err()
}
