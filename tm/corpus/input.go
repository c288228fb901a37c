package corpus

import (
	"bufio"
	"errors"
	"fmt"
	"hash/fnv"
	"hash/maphash"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

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
// that were never translated.
func (p Problem) Failure() bool { return p.Kind != Unpaired }

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
		return Shard{}, fmt.Errorf("--shard %q: want I/N with 0 <= I < N (0-based, like a Kubernetes completion index), e.g. 0/4", s)
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
	return read.Stream(f, path, 0, func(r io.Reader) error {
		return ReadManifest(r, path, filepath.Dir(path), shard, yield)
	})
}

// Count returns about how many pairs Scan would yield (repeated manifest
// ids included): a quick first pass for progress reports.
func Count(path string, shard Shard) (int, error) {
	n := 0
	count := func(it Item) error {
		if it.Pair != nil {
			n++
		}
		return nil
	}
	fi, err := os.Stat(path)
	if err != nil {
		return 0, fmt.Errorf("reading %s: %w", path, err)
	}
	if fi.IsDir() {
		err = scanDir(path, shard, count)
	} else {
		var f *os.File
		if f, err = os.Open(path); err != nil {
			return 0, fmt.Errorf("reading %s: %w", path, err)
		}
		defer f.Close()
		err = read.Stream(f, path, 0, func(r io.Reader) error {
			return readManifest(r, path, filepath.Dir(path), shard, nil, count)
		})
	}
	return n, err
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
func scanDir(root string, shard Shard, yield func(Item) error) error {
	var walk func(dir, rel string) error
	walk = func(dir, rel string) error {
		entries, err := os.ReadDir(dir)
		if err != nil {
			return yield(Item{Problem: &Problem{Kind: Unreadable, Path: dir, Message: "cannot read directory: " + unwrapPath(err)}})
		}
		type sides struct{ en, ko []string }
		stems := map[string]*sides{}
		var order, subdirs []string
		for _, e := range entries {
			name := e.Name()
			if strings.HasPrefix(name, ".") {
				continue
			}
			if e.IsDir() {
				subdirs = append(subdirs, name)
				continue
			}
			stem, lang, ok := splitName(name)
			if !ok {
				continue
			}
			s := stems[stem]
			if s == nil {
				s = &sides{}
				stems[stem] = s
				order = append(order, stem)
			}
			if lang == "en" {
				s.en = append(s.en, name)
			} else {
				s.ko = append(s.ko, name)
			}
		}
		slices.Sort(order)
		for _, stem := range order {
			s := stems[stem]
			id := stem
			if rel != "" {
				id = rel + "/" + stem
			}
			if !shard.Has(id) {
				continue
			}
			var err error
			switch {
			case len(s.en) > 1 || len(s.ko) > 1:
				all := append(append([]string(nil), s.en...), s.ko...)
				err = yield(Item{Problem: &Problem{Kind: Ambiguous, Path: filepath.Join(dir, all[0]), ID: id,
					Message: "several files for one pair (" + strings.Join(all, ", ") + "); keep one format per language"}})
			case len(s.ko) == 0:
				err = yield(Item{Problem: &Problem{Kind: Unpaired, Path: filepath.Join(dir, s.en[0]), ID: id,
					Message: "no Korean partner (" + stem + ".ko.txt or .html)"}})
			case len(s.en) == 0:
				err = yield(Item{Problem: &Problem{Kind: Unpaired, Path: filepath.Join(dir, s.ko[0]), ID: id,
					Message: "no English partner (" + stem + ".en.txt or .html)"}})
			default:
				err = yield(Item{Pair: &Pair{ID: id, EN: filepath.Join(dir, s.en[0]), KO: filepath.Join(dir, s.ko[0])}})
			}
			if err != nil {
				return err
			}
		}
		for _, sub := range subdirs {
			r := sub
			if rel != "" {
				r = rel + "/" + sub
			}
			if err := walk(filepath.Join(dir, sub), r); err != nil {
				return err
			}
		}
		return nil
	}
	return walk(root, "")
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
		bad := func(msg string) error {
			id := ""
			if len(fields) > 0 && fields[0] != "" {
				id = fields[0]
				if !shard.Has(id) {
					return nil
				}
			}
			return yield(Item{Problem: &Problem{Kind: BadLine, Path: name, Line: line, ID: id, Message: msg}})
		}
		if len(fields) != 3 {
			if err := bad(fmt.Sprintf("want id<TAB>en_path<TAB>ko_path, found %d field(s)", len(fields))); err != nil {
				return err
			}
			continue
		}
		id, en, ko := fields[0], fields[1], fields[2]
		switch {
		case id == "" || en == "" || ko == "":
			if err := bad("empty field: want id<TAB>en_path<TAB>ko_path"); err != nil {
				return err
			}
			continue
		case en == "-" || ko == "-":
			if err := bad("standard input (-) cannot be a manifest path"); err != nil {
				return err
			}
			continue
		}
		if !shard.Has(id) {
			continue
		}
		if seen != nil && !seen.add(id) {
			if err := yield(Item{Problem: &Problem{Kind: DuplicateID, Path: name, Line: line, ID: id,
				Message: fmt.Sprintf("duplicate id %q (an earlier line has it; that pair is kept)", id)}}); err != nil {
				return err
			}
			continue
		}
		if err := yield(Item{Pair: &Pair{ID: id, EN: joinPath(dir, en), KO: joinPath(dir, ko), Line: line}}); err != nil {
			return err
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
