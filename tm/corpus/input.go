package corpus

import (
	"bufio"
	"errors"
	"fmt"
	"hash/fnv"
	"hash/maphash"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/bitext-ko/bitext/align/read"
)

// Pair is one article pair to align. EN and KO are file paths as the input
// gave them (relative manifest paths already joined to the manifest's
// directory); the aligner checks the languages itself and aligns a pair
// given the wrong way round all the same.
type Pair struct {
	ID     string
	EN, KO string
	Line   int // manifest line; 0 for pairs found in a directory
}

// ProblemKind says what is wrong with a piece of the input.
type ProblemKind string

// The kinds of Problem.
const (
	// Unpaired is a file named like one side of a pair whose other side
	// does not exist.
	Unpaired ProblemKind = "unpaired"
	// Ambiguous is one side of a pair present in several formats
	// (X.en.txt and X.en.html): bitext will not guess which to use.
	Ambiguous ProblemKind = "ambiguous"
	// BadLine is a manifest line that is not id<TAB>en_path<TAB>ko_path.
	BadLine ProblemKind = "bad-line"
	// DuplicateID is a manifest line whose id an earlier line has.
	DuplicateID ProblemKind = "duplicate-id"
	// Unreadable is a directory or manifest that could not be read.
	Unreadable ProblemKind = "unreadable"
	// Skipped is an entry of a corpus directory that is not a regular file
	// and is never opened: a named pipe, a device or a socket named like
	// a side of a pair, a symbolic link to one or to nothing, or a
	// symbolic link to a directory (not followed).
	Skipped ProblemKind = "skipped"
	// BadID is a pair whose id cannot be written to the TMX and the report
	// as it is: not UTF-8, or holding a control character (see ValidID).
	BadID ProblemKind = "bad-id"
)

// Problem is something wrong with the input other than a pair that fails
// to align: a file with no partner, a manifest line that cannot be used.
type Problem struct {
	Kind    ProblemKind `json:"kind"`
	Path    string      `json:"path"`           // the file, or the manifest
	Line    int         `json:"line,omitempty"` // manifest line
	ID      string      `json:"id,omitempty"`   // the pair id concerned, if known
	Message string      `json:"message"`
}

func (p Problem) String() string {
	loc := p.Path
	if p.Line > 0 {
		loc += ":" + strconv.Itoa(p.Line)
	}
	return loc + ": " + p.Message
}

// Failure reports whether the problem makes the run fail (exit status 1).
// A file without a partner is only listed: archives often hold articles
// that were never translated. So is an entry skipped for not being a
// regular file: nothing that could be read was left out.
func (p Problem) Failure() bool { return p.Kind != Unpaired && p.Kind != Skipped }

// ValidID reports whether id can be a pair id: valid UTF-8 without control
// characters (C0, DEL, C1) or the non-characters U+FFFE and U+FFFF. Such
// an id survives the TMX (XML 1.0 forbids most controls and would turn a
// tab into a space) and the JSON report (which would turn invalid UTF-8
// into U+FFFD), so that a later run finds the pairs it did by their ids
// and can resume. A pair with another id is refused up front (BadID),
// never escaped: an escaped id could equal another pair's.
func ValidID(id string) bool {
	if !utf8.ValidString(id) {
		return false
	}
	for _, r := range id {
		if r < 0x20 || r >= 0x7f && r <= 0x9f || r == 0xfffe || r == 0xffff {
			return false
		}
	}
	return true
}

// printable returns s, or s quoted in Go syntax if it is not a valid id,
// so that messages show control characters and bad bytes as escapes.
func printable(s string) string {
	if ValidID(s) {
		return s
	}
	return strconv.Quote(s)
}

// badID is the problem of a pair whose id is not a ValidID.
func badID(path string, line int, id string) *Problem {
	return &Problem{Kind: BadID, Path: printable(path), Line: line,
		Message: fmt.Sprintf("pair id %s is not UTF-8 or has control characters, which the TMX and the report cannot keep: rename it", strconv.Quote(id))}
}

// Item is one element of the input, in input order: a pair or a problem.
type Item struct {
	Pair    *Pair
	Problem *Problem
}

// Shard selects the Index-th (0-based) of Count deterministic shares of the
// pairs. A pair's share depends on its id alone (FNV-1a hash modulo Count),
// so every machine given the same input and the same Count agrees, whatever
// the order or the other ids. The zero value selects everything.
type Shard struct{ Index, Count int }

// ParseShard reads "I/N" with 0 <= I < N.
func ParseShard(s string) (Shard, error) {
	i, n, ok := strings.Cut(s, "/")
	si, err1 := strconv.Atoi(strings.TrimSpace(i))
	sn, err2 := strconv.Atoi(strings.TrimSpace(n))
	if !ok || err1 != nil || err2 != nil || sn < 1 || si < 0 || si >= sn {
		return Shard{}, fmt.Errorf("%q: want I/N with 0 <= I < N (0-based, like a Kubernetes completion index), e.g. 0/4", s)
	}
	return Shard{Index: si, Count: sn}, nil
}

func (s Shard) String() string {
	if s.Count <= 1 {
		return "0/1"
	}
	return fmt.Sprintf("%d/%d", s.Index, s.Count)
}

// Has reports whether the pair with this id belongs to the shard.
func (s Shard) Has(id string) bool {
	if s.Count <= 1 {
		return true
	}
	h := fnv.New64a()
	h.Write([]byte(id))
	return h.Sum64()%uint64(s.Count) == uint64(s.Index)
}

// Scan reads the input at path, a directory or a manifest, and calls yield
// with each pair and each problem of the shard, in input order. It stops at
// the first error yield returns. Problems with no pair id (an unreadable
// directory, a manifest line without an id) belong to every shard.
//
// Memory: a directory is read one directory at a time; a manifest is read
// line by line, keeping a 16-byte hash of each id of the shard to find
// duplicates.
func Scan(path string, shard Shard, yield func(Item) error) error {
	return ScanLimit(path, shard, 0, yield)
}

// ScanLimit is Scan reading at most limit bytes of a manifest (0: the
// default of package read).
func ScanLimit(path string, shard Shard, limit int64, yield func(Item) error) error {
	return scan(path, shard, newIDSet(), limit, yield)
}

// scan is Scan; a nil seen set does not look for repeated manifest ids.
func scan(path string, shard Shard, seen *idSet, limit int64, yield func(Item) error) error {
	fi, err := os.Stat(path)
	if err != nil {
		return fmt.Errorf("reading %s: %w", path, err)
	}
	if fi.IsDir() {
		return scanDir(path, shard, yield)
	}
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("reading %s: %w", path, err)
	}
	defer f.Close()
	return read.Stream(f, path, limit, func(r io.Reader) error {
		return readManifest(r, path, filepath.Dir(path), shard, seen, yield)
	})
}

// sideExts are the formats a side of a pair may have in a directory.
var sideExts = []string{".txt", ".html", ".htm"}

// splitName splits "X.en.txt" into its stem "X" and language "en". ok is
// false for names that are not one side of a pair.
func splitName(name string) (stem, lang string, ok bool) {
	for _, ext := range sideExts {
		if base, found := strings.CutSuffix(name, ext); found {
			for _, l := range []string{"en", "ko"} {
				if stem, found := strings.CutSuffix(base, "."+l); found && stem != "" {
					return stem, l, true
				}
			}
			return "", "", false
		}
	}
	return "", "", false
}

// scanDir walks root recursively. Each directory's pairs come first, in
// the order of their stems, then its subdirectories, in name order. The id
// of a pair is the slash-separated path of its stem below root. Names
// starting with a dot (.git, temporary files) are left out.
//
// Only regular files are paired, and nothing else is ever opened: a named
// pipe would block the run, a device could be endless. A symbolic link to
// a regular file counts as one; a symbolic link to a directory is not
// followed (the walk stays in the tree and finite). Entries named like a
// side of a pair that are not regular files, and links to directories,
// are Skipped problems.
func scanDir(root string, shard Shard, yield func(Item) error) error {
	return walkDir(root, "", shard, yield)
}

// walkDir yields the items of dir, whose path below the root is rel.
func walkDir(dir, rel string, shard Shard, yield func(Item) error) error {
	l, err := listDir(dir)
	if err != nil {
		return yield(Item{Problem: &Problem{Kind: Unreadable, Path: printable(dir), Message: "cannot read directory: " + unwrapPath(err)}})
	}
	for _, stem := range l.order {
		id := joinID(rel, stem)
		if !shard.Has(id) {
			continue
		}
		if err := l.stems[stem].items(dir, id, stem, yield); err != nil {
			return err
		}
	}
	for _, sd := range l.subdirs {
		var err error
		if sd.skipped != nil {
			err = yield(Item{Problem: sd.skipped})
		} else {
			err = walkDir(filepath.Join(dir, sd.name), joinID(rel, sd.name), shard, yield)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func joinID(rel, name string) string {
	if rel == "" {
		return name
	}
	return rel + "/" + name
}

// dirListing is what a directory holds for scanDir: its entries named
// like sides of pairs, by stem, and its subdirectories, in name order.
type dirListing struct {
	stems   map[string]*sides
	order   []string // the stems, sorted
	subdirs []subdir
}

// sides are the files of one stem.
type sides struct {
	en, ko  []string   // names of regular files
	skipped []*Problem // entries named like a side that are not
}

type subdir struct {
	name    string
	skipped *Problem // a symbolic link to a directory, not followed
}

func listDir(dir string) (*dirListing, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	l := &dirListing{stems: map[string]*sides{}}
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		path := filepath.Join(dir, name)
		kind, what := entryKind(path, e)
		switch kind {
		case kindDir:
			l.subdirs = append(l.subdirs, subdir{name: name})
			continue
		case kindLinkedDir:
			l.subdirs = append(l.subdirs, subdir{name: name, skipped: &Problem{Kind: Skipped, Path: printable(path),
				Message: "symbolic link to a directory: not followed"}})
			continue
		}
		stem, lang, ok := splitName(name)
		if !ok {
			continue
		}
		s := l.stems[stem]
		if s == nil {
			s = &sides{}
			l.stems[stem] = s
			l.order = append(l.order, stem)
		}
		switch {
		case kind == kindOther:
			s.skipped = append(s.skipped, &Problem{Kind: Skipped, Path: printable(path), Message: what + ": skipped, never opened"})
		case lang == "en":
			s.en = append(s.en, name)
		default:
			s.ko = append(s.ko, name)
		}
	}
	slices.Sort(l.order)
	return l, nil
}

// items yields the skipped entries of a stem, then its pair or the
// problem that keeps it from being one.
func (s *sides) items(dir, id, stem string, yield func(Item) error) error {
	for _, p := range s.skipped {
		p.ID = printable(id)
		if err := yield(Item{Problem: p}); err != nil {
			return err
		}
	}
	problem := func(kind ProblemKind, file, msg string) error {
		return yield(Item{Problem: &Problem{Kind: kind, Path: printable(filepath.Join(dir, file)), ID: printable(id), Message: msg}})
	}
	switch {
	case len(s.en) == 0 && len(s.ko) == 0:
		return nil // only skipped entries
	case len(s.en) > 1 || len(s.ko) > 1:
		all := append(append([]string(nil), s.en...), s.ko...)
		return problem(Ambiguous, all[0], "several files for one pair ("+printable(strings.Join(all, ", "))+"); keep one format per language")
	case len(s.ko) == 0:
		return problem(Unpaired, s.en[0], "no Korean partner ("+printable(stem)+".ko.txt or .html)")
	case len(s.en) == 0:
		return problem(Unpaired, s.ko[0], "no English partner ("+printable(stem)+".en.txt or .html)")
	case !ValidID(id):
		return yield(Item{Problem: badID(filepath.Join(dir, s.en[0]), 0, id)})
	}
	return yield(Item{Pair: &Pair{ID: id, EN: filepath.Join(dir, s.en[0]), KO: filepath.Join(dir, s.ko[0])}})
}

// What a directory entry is, for scanDir.
const (
	kindFile      = iota // a regular file, or a link to one
	kindDir              // a directory
	kindLinkedDir        // a symbolic link to a directory
	kindOther            // anything else: never opened
)

// entryKind says what the directory entry e at path is, looking through a
// symbolic link (os.Stat, which does not open the file); for kindOther,
// what says what it is.
func entryKind(path string, e fs.DirEntry) (kind int, what string) {
	t := e.Type()
	if t&fs.ModeSymlink != 0 {
		fi, err := os.Stat(path)
		if err != nil {
			return kindOther, "broken symbolic link"
		}
		switch {
		case fi.IsDir():
			return kindLinkedDir, ""
		case fi.Mode().IsRegular():
			return kindFile, ""
		}
		return kindOther, "symbolic link to a " + describeMode(fi.Mode())
	}
	switch {
	case t.IsDir():
		return kindDir, ""
	case t.IsRegular():
		return kindFile, ""
	}
	return kindOther, "a " + describeMode(t)
}

// describeMode names the type of a file that is not regular.
func describeMode(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "named pipe"
	case m&fs.ModeSocket != 0:
		return "socket"
	case m&fs.ModeCharDevice != 0:
		return "character device"
	case m&fs.ModeDevice != 0:
		return "device"
	case m.IsDir():
		return "directory"
	}
	return "file that is not a regular file"
}

// unwrapPath drops the "open DIR: " of a *PathError: the caller names it.
func unwrapPath(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// MaxManifestLine is the longest manifest line read.
const MaxManifestLine = 64 << 10

// ReadManifest reads a manifest from r: one pair a line, id<TAB>en_path<TAB>ko_path,
// UTF-8. Blank lines and lines starting with # are skipped, and so is a
// first line "id<TAB>…" naming the columns. Relative paths are taken relative
// to dir (the manifest's directory). name is used in problems and errors.
//
// A line with the wrong number of fields, an empty field or "-" as a path
// is a BadLine problem; a line repeating an earlier id is a DuplicateID
// problem and the earlier pair is kept. Whether the files exist is not
// checked here: reading a pair fails with a message naming the file.
// ReadManifest returns an error only when r cannot be read, a line is
// longer than MaxManifestLine, or yield fails.
func ReadManifest(r io.Reader, name, dir string, shard Shard, yield func(Item) error) error {
	return readManifest(r, name, dir, shard, newIDSet(), yield)
}

// readManifest is ReadManifest; a nil seen set does not look for
// repeated ids.
func readManifest(r io.Reader, name, dir string, shard Shard, seen *idSet, yield func(Item) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), MaxManifestLine)
	line, data := 0, 0
	for sc.Scan() {
		line++
		text := strings.TrimSuffix(sc.Text(), "\r")
		if line == 1 {
			text = strings.TrimPrefix(text, "\uFEFF")
		}
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		data++
		fields := strings.Split(text, "\t")
		if data == 1 && len(fields) == 3 && strings.EqualFold(fields[0], "id") &&
			(strings.EqualFold(fields[1], "en") || strings.EqualFold(fields[1], "en_path")) {
			continue // a header naming the columns
		}
		if it := manifestItem(fields, name, dir, line, shard, seen); it != nil {
			if err := yield(*it); err != nil {
				return err
			}
		}
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return fmt.Errorf("reading %s: line %d is longer than %d KiB", name, line+1, MaxManifestLine>>10)
		}
		return fmt.Errorf("reading %s: %w", name, err)
	}
	return nil
}

// manifestItem returns the item of a manifest line split into fields, or
// nil if the line belongs to another shard.
func manifestItem(fields []string, name, dir string, line int, shard Shard, seen *idSet) *Item {
	bad := func(msg string) *Item {
		id := ""
		if fields[0] != "" {
			id = fields[0]
			if !shard.Has(id) {
				return nil
			}
		}
		return &Item{Problem: &Problem{Kind: BadLine, Path: name, Line: line, ID: printable(id), Message: msg}}
	}
	if len(fields) != 3 {
		return bad(fmt.Sprintf("want id<TAB>en_path<TAB>ko_path, found %d field(s)", len(fields)))
	}
	id, en, ko := fields[0], fields[1], fields[2]
	switch {
	case id == "" || en == "" || ko == "":
		return bad("empty field: want id<TAB>en_path<TAB>ko_path")
	case en == "-" || ko == "-":
		return bad("standard input (-) cannot be a manifest path")
	case !shard.Has(id):
		return nil
	case !ValidID(id):
		return &Item{Problem: badID(name, line, id)}
	case seen != nil && !seen.add(id):
		return &Item{Problem: &Problem{Kind: DuplicateID, Path: name, Line: line, ID: id,
			Message: fmt.Sprintf("duplicate id %q (an earlier line has it; that pair is kept)", id)}}
	}
	return &Item{Pair: &Pair{ID: id, EN: joinPath(dir, en), KO: joinPath(dir, ko), Line: line}}
}

func joinPath(dir, p string) string {
	if filepath.IsAbs(p) || dir == "" {
		return p
	}
	return filepath.Join(dir, p)
}

// idSet remembers strings by a 128-bit hash: 16 bytes an id whatever its
// length, and a false match is as likely as guessing two random 128-bit
// numbers alike.
type idSet struct {
	s1, s2 maphash.Seed
	m      map[[2]uint64]struct{}
}

func newIDSet() *idSet {
	return &idSet{s1: maphash.MakeSeed(), s2: maphash.MakeSeed(), m: map[[2]uint64]struct{}{}}
}

func (s *idSet) key(id string) [2]uint64 {
	return [2]uint64{maphash.String(s.s1, id), maphash.String(s.s2, id)}
}

// add adds id and reports whether it was new.
func (s *idSet) add(id string) bool {
	k := s.key(id)
	if _, ok := s.m[k]; ok {
		return false
	}
	s.m[k] = struct{}{}
	return true
}

func (s *idSet) has(id string) bool {
	_, ok := s.m[s.key(id)]
	return ok
}

func (s *idSet) len() int { return len(s.m) }
