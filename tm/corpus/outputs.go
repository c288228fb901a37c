package corpus

import (
	"crypto/sha256"
	"encoding"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/bitext-ko/bitext/tm/atomicfile"
)

// The roles of a run's files, in the order a commit renames them: the
// report, which says what was done, comes last.
const (
	roleState    = "glossary-state" // the glossary's raw counts (glossary.Builder.WriteState)
	roleTMX      = "tmx"
	roleGlossary = "glossary"
	roleIndex    = "alignments-index" // the index of the alignment files (IndexName)
	roleReport   = "report"
)

// roleName names a role in messages.
func roleName(role string) string {
	switch role {
	case roleTMX:
		return "the TMX"
	case roleState:
		return "the glossary's counts"
	case roleIndex:
		return "the index of the alignment files"
	}
	return "the " + role
}

// outFile is one file of a run's outputs.
type outFile struct {
	role string
	path string // as configured
}

// statePath is where the glossary's raw counts are kept: beside the
// glossary, ".NAME.bitext-state".
func statePath(glossaryPath string) string {
	return filepath.Join(filepath.Dir(glossaryPath), "."+filepath.Base(glossaryPath)+".bitext-state")
}

// recordPath is the commit record of a report: beside it,
// ".NAME.bitext-commit".
func recordPath(reportPath string) string {
	return filepath.Join(filepath.Dir(reportPath), "."+filepath.Base(reportPath)+".bitext-commit")
}

// resolve returns the absolute path of the file a write to path replaces:
// through symbolic links, even to a file not there yet (atomicfile.Target),
// so that a link and its target share a lock.
func resolve(path string) string {
	path = atomicfile.Target(path)
	if abs, err := filepath.Abs(path); err == nil {
		return abs
	}
	return filepath.Clean(path)
}

// commitRecord is the commit point of a run's outputs: a generation is
// committed once its record is in place. It names each file of the
// generation, the temporary file that becomes it, and its size and
// SHA-256, so that the next run can finish the renames of a commit that
// was cut short and check that the files are the ones the record vouches
// for. Paths are relative to the record's directory, so that moving the
// directory of outputs keeps them valid.
type commitRecord struct {
	Tool       string          `json:"tool"`
	Generation int             `json:"generation"`
	Files      []committedFile `json:"files"`
}

type committedFile struct {
	Role   string `json:"role"`
	Path   string `json:"path"`
	Temp   string `json:"temp"`
	Size   int64  `json:"size"`
	SHA256 string `json:"sha256"`
}

const recordTool = "bitext corpus"

// readRecord reads a commit record.
func readRecord(path string) (*commitRecord, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var rec commitRecord
	if err := json.Unmarshal(b, &rec); err != nil || rec.Tool != recordTool || len(rec.Files) == 0 {
		return nil, fmt.Errorf("the commit record %s is damaged", path)
	}
	return &rec, nil
}

// at returns the path of a file the record names, relative to the
// record's directory dir unless it is absolute (on Windows, a file on
// another volume).
func at(dir, recorded string) string {
	if filepath.IsAbs(recorded) {
		return recorded
	}
	return filepath.Join(dir, recorded)
}

// file returns the record's entry for role, or nil.
func (r *commitRecord) file(role string) *committedFile {
	for i := range r.Files {
		if r.Files[i].Role == role {
			return &r.Files[i]
		}
	}
	return nil
}

// outputs are the files a run writes, the locks that keep other runs
// away from them, and the commit protocol that puts a generation of them
// in place (see the package doc).
type outputs struct {
	cfg    *Config
	files  []outFile // in rename order
	record string
	locks  []*atomicfile.Lock
	faults *faults
	// crashed is set when a test crashed the run: nothing is cleaned up.
	crashed bool
}

// newOutputs names the files of cfg's run.
func newOutputs(cfg *Config) *outputs {
	o := &outputs{cfg: cfg, record: recordPath(cfg.ReportFile()), faults: cfg.faults}
	if cfg.GlossaryPath != "" {
		o.files = append(o.files, outFile{roleState, statePath(cfg.GlossaryPath)})
	}
	if cfg.TMXPath != "" {
		o.files = append(o.files, outFile{roleTMX, cfg.TMXPath})
	}
	if cfg.GlossaryPath != "" {
		o.files = append(o.files, outFile{roleGlossary, cfg.GlossaryPath})
	}
	if cfg.AlignmentsDir != "" {
		o.files = append(o.files, outFile{roleIndex, indexPath(cfg.AlignmentsDir)})
	}
	o.files = append(o.files, outFile{roleReport, cfg.ReportFile()})
	return o
}

// path returns the configured path of role, or "".
func (o *outputs) path(role string) string {
	for _, f := range o.files {
		if f.role == role {
			return f.path
		}
	}
	return ""
}

// lock takes the lock of each output the user named (the state and the
// record live beside the glossary and the report, under their locks). A
// held lock is an error naming it: another run writes these outputs.
func (o *outputs) lock() error {
	for _, f := range o.files {
		if f.role == roleState {
			continue
		}
		l, err := atomicfile.TryLock(atomicfile.LockName(resolve(f.path)))
		if err != nil {
			o.unlock()
			if errors.Is(err, atomicfile.ErrLocked) {
				return fmt.Errorf("%w: %s is in use: %w", ErrLocked, f.path, err)
			}
			return err
		}
		o.locks = append(o.locks, l)
	}
	return nil
}

func (o *outputs) unlock() {
	for _, l := range o.locks {
		l.Unlock()
	}
	o.locks = nil
}

// ErrLocked is returned when another run holds the lock of an output.
var ErrLocked = errors.New("outputs in use")

// recover brings the outputs to the last committed generation and returns
// its record (nil if none): the renames of a commit that a crash cut short
// are finished, and the temporary files of killed runs removed. It needs
// the locks.
func (o *outputs) recover() (*commitRecord, error) {
	rec, err := readRecord(o.record)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		rec = nil
	case err != nil && o.cfg.Force:
		rec = nil // everything is written anew
	case err != nil:
		return nil, fmt.Errorf("%w: %w", ErrSettings, err)
	}
	if rec != nil {
		n, err := o.rollForward(rec)
		if err != nil {
			return nil, err
		}
		if n > 0 && o.cfg.Warn != nil {
			o.cfg.Warn(fmt.Sprintf("finished putting in place %d files of an earlier run that stopped while doing so", n))
		}
	}
	for _, p := range append(o.allPaths(), o.record) {
		if _, err := atomicfile.RemoveTemps(resolve(p)); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("removing temporary files beside %s: %w", p, err)
		}
	}
	if d := o.cfg.AlignmentsDir; d != "" {
		if err := removeAlignmentTemps(d); err != nil {
			return nil, fmt.Errorf("removing temporary files in %s: %w", d, err)
		}
	}
	return rec, nil
}

func (o *outputs) allPaths() []string {
	var ps []string
	for _, f := range o.files {
		ps = append(ps, f.path)
	}
	return ps
}

// rollForward renames the temporary files rec names that are still
// there, and returns how many.
func (o *outputs) rollForward(rec *commitRecord) (int, error) {
	dir := filepath.Dir(o.record)
	n := 0
	for _, f := range rec.Files {
		temp, target := at(dir, f.Temp), at(dir, f.Path)
		if _, err := os.Lstat(temp); err != nil {
			continue // renamed already
		}
		if err := atomicfile.Replace(temp, target); err != nil {
			return n, fmt.Errorf("finishing the commit of an earlier run: %w", err)
		}
		n++
	}
	return n, nil
}

// pending is a finished temporary file waiting to be put in place.
type pending struct {
	role string
	f    *atomicfile.File
	size int64
	sum  []byte
}

// commit puts a generation of outputs in place, pend in rename order:
//
//  1. every temporary file is synced and closed;
//  2. the commit record naming them, with their sizes and SHA-256, is
//     written to its own temporary file, synced, and renamed over the
//     previous record: the commit point;
//  3. each temporary file is renamed over its target, the report last,
//     and the directory synced.
//
// A crash before step 2's rename leaves the previous generation whole
// (the new temporary files are removed by the next run); a crash after it
// leaves the new generation committed, and the next run finishes step 3
// (recover). Either way the next run sees one consistent generation.
func (o *outputs) commit(gen int, pend []pending) error {
	for _, p := range pend {
		if err := o.faults.step("close %s", p.role); err != nil {
			return err
		}
		if err := p.f.Close(); err != nil {
			return fmt.Errorf("%w: %w", ErrOutput, err)
		}
	}
	rec := commitRecord{Tool: recordTool, Generation: gen}
	dir := filepath.Dir(o.record)
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	rel := func(p string) string {
		abs, err := filepath.Abs(p)
		if err != nil {
			return p
		}
		if r, err := filepath.Rel(dir, abs); err == nil {
			return r
		}
		return abs
	}
	for _, p := range pend {
		rec.Files = append(rec.Files, committedFile{Role: p.role, Path: rel(p.f.Name()), Temp: rel(p.f.TempName()),
			Size: p.size, SHA256: hex.EncodeToString(p.sum)})
	}
	if err := o.writeRecord(&rec); err != nil {
		return err
	}
	for _, p := range pend {
		p.f.Disown() // the record names it: it must stay until renamed
	}
	for _, p := range pend {
		if err := o.faults.step("rename %s", p.role); err != nil {
			return err
		}
		if err := atomicfile.Replace(p.f.TempName(), p.f.Name()); err != nil {
			return fmt.Errorf("%w: %w (the outputs are committed: the next run puts the rest in place)", ErrOutput, err)
		}
	}
	return o.faults.step("committed")
}

// writeRecord writes the commit record through a temporary file and
// renames it into place: the commit point.
func (o *outputs) writeRecord(rec *commitRecord) error {
	if err := o.faults.step("write record"); err != nil {
		return err
	}
	b, err := json.MarshalIndent(rec, "", "  ")
	if err != nil {
		return err
	}
	f, err := atomicfile.Create(o.record)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrOutput, err)
	}
	if err := o.faults.write(len(b) + 1); err != nil {
		f.Abort()
		return fmt.Errorf("%w: writing %s: %w", ErrOutput, o.record, err)
	}
	if _, err := f.Write(append(b, '\n')); err != nil {
		f.Abort()
		return fmt.Errorf("%w: writing %s: %w", ErrOutput, o.record, err)
	}
	if err := f.Close(); err != nil {
		f.Abort()
		return fmt.Errorf("%w: %w", ErrOutput, err)
	}
	if err := o.faults.step("rename record"); err != nil {
		f.Disown()
		return err
	}
	if err := f.Commit(); err != nil {
		return fmt.Errorf("%w: %w", ErrOutput, err)
	}
	return nil
}

// tempFile is an output being written to its temporary file, with the
// size and SHA-256 of what was written, for the commit record.
type tempFile struct {
	role   string
	f      *atomicfile.File
	h      hash.Hash
	n      int64
	faults *faults
}

func newTempFile(role, path string, fl *faults) (*tempFile, error) {
	f, err := atomicfile.Create(path)
	if err != nil {
		return nil, err
	}
	if f.TempName() == "" {
		f.Abort()
		return nil, fmt.Errorf("writing %s: not a regular file", path)
	}
	return &tempFile{role: role, f: f, h: sha256.New(), faults: fl}, nil
}

func (t *tempFile) Write(p []byte) (int, error) {
	if err := t.faults.write(len(p)); err != nil {
		return 0, err
	}
	n, err := t.f.Write(p)
	t.h.Write(p[:n])
	t.n += int64(n)
	return n, err
}

// done returns the file as a pending commit.
func (t *tempFile) done() pending {
	return pending{role: t.role, f: t.f, size: t.n, sum: t.h.Sum(nil)}
}

// abort removes the temporary file unless the run crashed.
func (t *tempFile) abort(crashed bool) {
	if t == nil {
		return
	}
	if crashed {
		t.f.Disown()
	}
	t.f.Abort()
}

// snapshot copies what t holds so far, followed by tail, to a new
// temporary file for the same target, for a checkpoint; t goes on.
func (t *tempFile) snapshot(tail []byte) (pending, error) {
	s, err := newTempFile(t.role, t.f.Name(), t.faults)
	if err != nil {
		return pending{}, err
	}
	if err := s.copyFrom(t); err != nil {
		s.f.Abort()
		return pending{}, fmt.Errorf("writing %s: %w", t.f.Name(), err)
	}
	if _, err := s.Write(tail); err != nil {
		s.f.Abort()
		return pending{}, fmt.Errorf("writing %s: %w", t.f.Name(), err)
	}
	return s.done(), nil
}

// copyFrom copies what t holds to the empty s, and t's hash state, which
// saves reading the copy again.
func (s *tempFile) copyFrom(t *tempFile) error {
	if err := t.faults.write(int(t.n)); err != nil {
		return err
	}
	src, err := os.Open(t.f.TempName())
	if err != nil {
		return err
	}
	defer src.Close()
	if _, err := io.Copy(s.f, io.LimitReader(src, t.n)); err != nil {
		return err
	}
	st, err := t.h.(encoding.BinaryMarshaler).MarshalBinary()
	if err != nil {
		return err
	}
	if err := s.h.(encoding.BinaryUnmarshaler).UnmarshalBinary(st); err != nil {
		return err
	}
	s.n = t.n
	return nil
}

// hashFile returns the size and SHA-256 of what r holds.
func hashFile(r io.Reader) (int64, string, error) {
	h := sha256.New()
	n, err := io.Copy(h, r)
	return n, hex.EncodeToString(h.Sum(nil)), err
}

// describeFiles lists the paths of a record or of a run's outputs, for
// messages.
func describeFiles(paths []string) string { return strings.Join(paths, ", ") }
