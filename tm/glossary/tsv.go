package glossary

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// writeTSV writes OmegaT's glossary layout: Korean, English, comment.
// OmegaT reads no header and skips lines starting with #, so the file
// has none of either.
func writeTSV(w io.Writer, entries []Entry) error {
	bw := bufio.NewWriter(w)
	for i := range entries {
		e := &entries[i]
		if len(e.Forms) == 0 {
			fmt.Fprintf(bw, "%s\t\t%s\n", clean(e.Hangul), clean(strings.Join(append([]string{string(e.Type)}, entryItems(e)...), "; ")))
			continue
		}
		for j := range e.Forms {
			f := &e.Forms[j]
			fmt.Fprintf(bw, "%s\t%s\t%s\n", clean(e.Hangul), clean(f.English), clean(formComment(e, f, true)))
		}
	}
	return bw.Flush()
}

// readTSV reads OmegaT glossary lines: Korean, English and an optional
// comment; lines starting with # and blank lines are skipped.
func readTSV(data []byte, c *collector) error {
	sc := lines(data)
	n := 0
	rows := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
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
		f := Form{English: cols[1]}
		meta := Entry{Confidence: -1}
		if len(cols) == 3 {
			if err := parseComment(cols[2], &f, &meta); err != nil {
				return fmt.Errorf("%s: comment: %w", where, err)
			}
		}
		if f.English == "" && strings.TrimSpace(cols[1]) == "" && len(cols) < 3 {
			return fmt.Errorf("%s: no English term", where)
		}
		if err := c.add(where, cols[0], f, meta); err != nil {
			return err
		}
		rows++
	}
	if err := sc.Err(); err != nil {
		return err
	}
	if rows == 0 {
		return fmt.Errorf("no glossary entries")
	}
	return nil
}
