package corpus

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bitext-ko/bitext/align"
	"github.com/bitext-ko/bitext/align/read"
	"github.com/bitext-ko/bitext/tm/alignfile"
	"github.com/bitext-ko/bitext/tm/atomicfile"
	"github.com/bitext-ko/bitext/tm/export"
)

// The alignment files of a run (Config.AlignmentsDir).
//
// Each pair the run aligns gets its alignment file (package alignfile)
// under the directory, at AlignmentName(id), its inputs' paths relative to
// it. The file is written atomically (a temporary file, synced, renamed)
// by the emitter before the pair's report entry, so that a pair counts as
// done only once its file is whole on disk. The directory's index,
// IndexName, lists the pairs done, in the order of the TMX, with the file
// of each; it is an output of the run like the report, under its lock and
// its commit record, resumed and checkpointed with it. A crash therefore
// leaves an index naming only whole files; files of pairs done after the
// last commit are in no index and are written again by the next run.
//
// A run never replaces an alignment file a person has reviewed (a bead
// confirmed or edited, a glossary entry judged: alignfile.File.Reviewed),
// nor a file it cannot read as an alignment file: the pair fails, with a
// message naming the file, and the run goes on. A reviewed file of a pair
// that fails (kept, or its inputs unreadable) stays in the index, with
// figures read from it, so that bitext export DIR and the review queue
// keep its corrections; a resumed run aligns such a pair again, and keeps
// the file again.

// IndexName is the name of the index of a directory of alignment files.
const IndexName = "index.jsonl"

const indexFormat = "bitext-alignment-index"

// IndexEntry is a pair of the index: its id, its alignment file (relative
// to the directory, with forward slashes) and figures for a review queue.
type IndexEntry struct {
	ID   string `json:"id"`
	File string `json:"file"`
	// Beads, Flagged and MeanScore are those of the pair's beads at the
	// run's level, as the report gives them.
	Beads     int     `json:"beads"`
	Flagged   int     `json:"flagged"`
	MeanScore float64 `json:"mean_score"`
}

type indexHeader struct {
	Format  string `json:"format"`
	Version int    `json:"version"`
}

// AlignmentName returns the path, relative to the alignments directory and
// with forward slashes, of the alignment file of pair id:
// "news/x.alignment.json" for news/x. Each slash-separated part of the id
// keeps its letters, digits, "-", "_", "." and spaces; any other character,
// a leading dot, a trailing dot or space, and the first letter of a name
// Windows reserves (CON, NUL, COM1, …) are written %XX (UTF-8 bytes), and
// an empty part "%%", so that every id has its own file inside the
// directory.
func AlignmentName(id string) string {
	parts := strings.Split(id, "/")
	for i, p := range parts {
		parts[i] = escapePart(p)
	}
	return strings.Join(parts, "/") + ".alignment.json"
}

func escapePart(p string) string {
	if p == "" {
		return "%%"
	}
	var b strings.Builder
	esc := func(r rune) {
		var buf [utf8.UTFMax]byte
		for _, c := range buf[:utf8.EncodeRune(buf[:], r)] {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	reserved := windowsReserved(p)
	for i, r := range p {
		switch {
		case i == 0 && (r == '.' || reserved),
			i == len(p)-utf8.RuneLen(r) && (r == '.' || r == ' '),
			r == utf8.RuneError,
			!(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '_' || r == '.' || r == ' '):
			esc(r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// windowsReserved reports a name Windows gives to a device, with or
// without an extension.
func windowsReserved(p string) bool {
	base, _, _ := strings.Cut(strings.ToUpper(p), ".")
	switch base {
	case "CON", "PRN", "AUX", "NUL":
		return true
	}
	return len(base) == 4 && (strings.HasPrefix(base, "COM") || strings.HasPrefix(base, "LPT")) && base[3] >= '0' && base[3] <= '9'
}

// indexPath is the index of the alignments directory dir.
func indexPath(dir string) string { return filepath.Join(dir, IndexName) }

// writeIndexHeader starts an index.
func writeIndexHeader(w io.Writer) error {
	_, err := fmt.Fprintf(w, "%s\n", mustJSON(indexHeader{Format: indexFormat, Version: 1}))
	return err
}

// writeIndexEntry writes one line of an index.
func writeIndexEntry(w io.Writer, e IndexEntry) error {
	_, err := fmt.Fprintf(w, "%s\n", mustJSON(e))
	return err
}

// readIndex reads an index, calling yield with each entry in order. name
// names it in errors, which give the line. Every entry needs an id, seen
// once, and a file inside the directory.
func readIndex(r io.Reader, name string, yield func(IndexEntry) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 16<<20)
	line := 0
	seen := newIDSet()
	for sc.Scan() {
		line++
		dec := json.NewDecoder(strings.NewReader(sc.Text()))
		dec.DisallowUnknownFields()
		if line == 1 {
			var h indexHeader
			if err := dec.Decode(&h); err != nil || h.Format != indexFormat {
				return fmt.Errorf("%s:1: not an index of alignment files", name)
			}
			if h.Version != 1 {
				return fmt.Errorf("%s:1: index version %d, this bitext reads version 1", name, h.Version)
			}
			continue
		}
		var e IndexEntry
		if err := dec.Decode(&e); err != nil {
			return fmt.Errorf("%s:%d: %w", name, line, err)
		}
		clean := path.Clean(e.File)
		switch {
		case e.ID == "":
			return fmt.Errorf("%s:%d: no pair id", name, line)
		case !seen.add(e.ID):
			return fmt.Errorf("%s:%d: pair %s is listed twice", name, line, e.ID)
		case e.File == "" || clean != e.File || path.IsAbs(clean) || clean == ".." || strings.HasPrefix(clean, "../") || strings.Contains(clean, `\`) || filepath.VolumeName(clean) != "":
			return fmt.Errorf("%s:%d: %q is not a file inside the directory", name, line, e.File)
		}
		if err := yield(e); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	if line == 0 {
		return fmt.Errorf("%s: empty: not an index of alignment files", name)
	}
	return nil
}

// Alignments is a directory of alignment files that a corpus run wrote,
// opened for reading under the run's lock: no run writes it meanwhile.
type Alignments struct {
	Dir string
	// Pairs are the pairs of the index, in the order of the run's TMX.
	Pairs []IndexEntry
	lock  *atomicfile.Lock
}

// OpenAlignments takes the lock of the alignments directory dir (an error
// wrapping ErrLocked if a run holds it) and reads its index. Close
// releases the lock.
func OpenAlignments(dir string) (*Alignments, error) {
	idx := indexPath(dir)
	if _, err := os.Stat(idx); err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("%s has no %s: not a directory of alignment files that a corpus run wrote (or its run has not committed yet)", dir, IndexName)
		}
		return nil, err
	}
	l, err := atomicfile.TryLock(atomicfile.LockName(resolve(idx)))
	if err != nil {
		if errors.Is(err, atomicfile.ErrLocked) {
			// The holder is named by the lock (its pid and command): a
			// corpus run, a review, an export.
			return nil, fmt.Errorf("%w: %s is in use: %w", ErrLocked, dir, err)
		}
		return nil, err
	}
	a := &Alignments{Dir: dir, lock: l}
	f, err := os.Open(idx)
	if err == nil {
		err = readIndex(f, idx, func(e IndexEntry) error {
			a.Pairs = append(a.Pairs, e)
			return nil
		})
		f.Close()
	}
	if err != nil {
		a.Close()
		return nil, err
	}
	return a, nil
}

// Path returns the path of the alignment file of entry e.
func (a *Alignments) Path(e IndexEntry) string {
	return filepath.Join(a.Dir, filepath.FromSlash(e.File))
}

// Close releases the lock.
func (a *Alignments) Close() error {
	if a.lock == nil {
		return nil
	}
	err := a.lock.Unlock()
	a.lock = nil
	return err
}

// dictSum returns the SHA-256 of the dictionary, for the alignment files,
// read once a run ("" without a dictionary).
func dictSum(path string) (string, error) {
	if path == "" {
		return "", nil
	}
	sum, err := alignfile.HashFile(path)
	if err != nil {
		return "", fmt.Errorf("reading the dictionary: %w", err)
	}
	return sum, nil
}

// alignmentFile returns the alignment file of pair id, aligned as a from
// en and ko, as it is to be written.
func (c *Config) alignmentFile(id string, en, ko *read.Text, a *align.Alignment) ([]byte, error) {
	file := filepath.Join(c.AlignmentsDir, filepath.FromSlash(AlignmentName(id)))
	dir := filepath.Dir(file)
	s := alignfile.Settings{KeepFurniture: c.Align.KeepFurniture, Paragraphs: c.Paragraphs.String(), MinScore: c.Align.MinScore}
	if c.Dict != "" {
		s.Dict = &alignfile.Dict{Path: alignfile.Rel(dir, c.Dict), SHA256: c.dictSHA256}
	}
	f := alignfile.New(a, alignfile.Input{Path: alignfile.Rel(dir, en.Name), Text: en}, alignfile.Input{Path: alignfile.Rel(dir, ko.Name), Text: ko}, id, s, c.Version)
	return alignfile.Marshal(f)
}

// keptError is the error of a pair whose alignment file a run may not
// replace: the pair fails, the run goes on. A file kept because a person
// reviewed it stays in the index (entry), so that bitext export DIR and
// bitext review --corpus DIR still see its corrections.
type keptError struct {
	msg   string
	entry *IndexEntry // nil: the file is not an alignment file of the pair
}

func (e *keptError) Error() string { return e.msg }

// putAlignment writes the alignment file of a pair done by this run,
// atomically, unless the file there holds a person's review or is not an
// alignment file (a *keptError: the pair fails). Other errors are the
// output's: the run stops.
func (g *generation) putAlignment(r *result) error {
	name := AlignmentName(r.pr.ID)
	path := filepath.Join(g.cfg.AlignmentsDir, filepath.FromSlash(name))
	if _, err := os.Lstat(path); err == nil {
		old, err := alignfile.ReadFile(path)
		switch {
		case err != nil:
			return &keptError{msg: fmt.Sprintf("%s is there and is not an alignment file bitext can replace (%v): move it away to align the pair again", path, err)}
		case old.Reviewed():
			msg := alignfile.ReviewedError(path).Error()
			entry := g.reviewedEntry(r.pr.ID, name, old)
			if entry != nil {
				msg += " (it stays in " + IndexName + ", with its corrections)"
			}
			return &keptError{msg: msg, entry: entry}
		}
	}
	if err := g.cfg.faults.step("alignment %s", r.pr.ID); err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o777); err != nil {
		return fmt.Errorf("%w: %w", ErrOutput, err)
	}
	if err := g.cfg.faults.write(len(r.alignment)); err != nil {
		return fmt.Errorf("%w: writing %s: %w", ErrOutput, path, err)
	}
	if err := atomicfile.WriteFile(path, r.alignment); err != nil {
		return fmt.Errorf("%w: %w", ErrOutput, err)
	}
	r.indexEntry = IndexEntry{ID: r.pr.ID, File: name, Beads: r.pr.Beads, Flagged: r.pr.Flagged, MeanScore: r.pr.MeanScore}
	return nil
}

// keptReview returns the index entry of the alignment file of pair id
// when the file there holds a person's review (nil otherwise): a pair
// that fails, for whatever reason, keeps its reviewed file in the index.
func (g *generation) keptReview(id string) *IndexEntry {
	name := AlignmentName(id)
	path := filepath.Join(g.cfg.AlignmentsDir, filepath.FromSlash(name))
	if _, err := os.Lstat(path); err != nil {
		return nil
	}
	old, err := alignfile.ReadFile(path)
	if err != nil || !old.Reviewed() {
		return nil
	}
	return g.reviewedEntry(id, name, old)
}

// reviewedEntry returns the index entry of f, the reviewed alignment file
// name of pair id, with its figures at the run's level; nil if f is the
// file of another document.
func (g *generation) reviewedEntry(id, name string, f *alignfile.File) *IndexEntry {
	if f.Document != id {
		return nil
	}
	a, _ := f.Alignment(g.cfg.Align.Level)
	_, c := export.FileUnits(f, g.cfg.Align.Level, export.Options{Langs: g.cfg.Langs, IncludeFlagged: g.cfg.IncludeFlagged})
	return &IndexEntry{ID: id, File: name, Beads: len(a.Beads), Flagged: c.Flagged, MeanScore: meanScore(a.Beads)}
}

// removeAlignmentTemps removes the temporary alignment files that killed
// runs left under dir. It needs the lock.
func removeAlignmentTemps(dir string) error {
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && atomicfile.IsTemp(d.Name()) && strings.Contains(d.Name(), ".alignment.json.") {
			if err := os.Remove(p); err != nil && !errors.Is(err, fs.ErrNotExist) {
				return err
			}
		}
		return nil
	})
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	return err
}
