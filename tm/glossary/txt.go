package glossary

import (
	"bufio"
	"io"
)

// writeText writes OmegaT's glossary format: one line per English form,
// source term, target term and a comment, tab-separated, UTF-8, with no
// header (OmegaT would read it as an entry) and no # lines. The source
// term is the Korean one, as in the TMX, or the English one with
// englishFirst. The comment is the type and the fields OmegaT has no
// column for, as "key: value" items (see formComment), without the places
// seen. A glossary with no entries is an empty file. Each cell goes
// through cells, as in writeTSV.
func writeText(w io.Writer, entries []Entry, cells func(string) string, englishFirst bool) error {
	bw := bufio.NewWriter(w)
	for i := range entries {
		e := &entries[i]
		for j := range e.Forms {
			f := &e.Forms[j]
			row := []string{e.Hangul, f.English, formComment(e, f, false)}
			if englishFirst {
				row[0], row[1] = row[1], row[0]
			}
			writeTabbed(bw, row, cells)
		}
	}
	return bw.Flush()
}

// readText reads an OmegaT glossary: source, target and an optional
// comment on each line (OmegaT ignores the cells after the third; they
// are kept, joined to the comment as items); the Korean term is the one with Hangul, first or second
// through the file. Both terms are required.
func readText(data []byte, c *collector) error {
	return readTabbed(data, c, &layout{maxCells: 3}, false)
}
