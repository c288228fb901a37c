package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/bitext-ko/bitext/tm/glossary"
	"github.com/bitext-ko/bitext/tm/tmx"
)

// ErrSettings is returned when a run cannot resume the outputs there: they
// were written with other settings, by other outputs, or changed since.
// Starting over (Config.Force) replaces them.
var ErrSettings = errors.New("cannot resume")

// previous is the committed generation a run resumes from: its files,
// open, and what its record says they hold.
type previous struct {
	rec      *commitRecord
	dir      string // the record's directory
	report   *os.File
	tmx      *os.File // nil without a TMX
	index    *os.File // nil without alignment files
	done     *idSet   // the pairs the report lists as done
	units    int      // their TMX units, as the report counts them
	glossary *glossary.Builder
}

// previous opens the generation rec names, checks that the outputs there
// are the ones it vouches for and were written with the same settings,
// and reads the report's list of done pairs and the glossary's counts. It
// returns nil when there is nothing to resume: Force, or no earlier run.
func (o *outputs) previous(rec *commitRecord, want Settings) (*previous, error) {
	if o.cfg.Force {
		return nil, nil
	}
	report := o.path(roleReport)
	if rec == nil {
		if _, err := os.Stat(report); err == nil {
			return nil, fmt.Errorf("%w: %s exists but its commit record %s does not: it was not written by a bitext corpus run that can be resumed", ErrSettings, report, o.record)
		}
		return nil, nil
	}
	p := &previous{rec: rec, dir: filepath.Dir(o.record)}
	if err := o.sameFiles(rec); err != nil {
		return nil, err
	}
	ok := false
	defer func() {
		if !ok {
			p.close()
		}
	}()
	var err error
	if p.report, err = p.open(roleReport); err != nil {
		return nil, err
	}
	if p.done, p.units, err = p.readReport(want); err != nil {
		return nil, err
	}
	if o.path(roleTMX) != "" {
		if p.tmx, err = p.open(roleTMX); err != nil {
			return nil, err
		}
	}
	if o.path(roleIndex) != "" {
		if p.index, err = p.open(roleIndex); err != nil {
			return nil, err
		}
	}
	if o.path(roleGlossary) != "" {
		if err := p.checkWhole(roleGlossary); err != nil {
			return nil, err
		}
		if p.glossary, err = p.readState(o.cfg.glossaryOptions()); err != nil {
			return nil, err
		}
	}
	ok = true
	return p, nil
}

// sameFiles checks that the record names the files this run writes.
func (o *outputs) sameFiles(rec *commitRecord) error {
	var had, have []string
	same := len(rec.Files) == len(o.files)
	for i, f := range o.files {
		have = append(have, f.path)
		if same {
			r := rec.Files[i]
			same = r.Role == f.role && resolve(at(filepath.Dir(o.record), r.Path)) == resolve(f.path)
		}
	}
	for _, r := range rec.Files {
		had = append(had, at(filepath.Dir(o.record), r.Path))
	}
	if !same {
		return fmt.Errorf("%w: the earlier run wrote %s; this one would write %s", ErrSettings, describeFiles(had), describeFiles(have))
	}
	return nil
}

func (p *previous) close() {
	if p == nil {
		return
	}
	for _, f := range []*os.File{p.report, p.tmx, p.index} {
		if f != nil {
			f.Close()
		}
	}
	p.report, p.tmx, p.index = nil, nil, nil
}

// open opens the file of role and checks its size against the record.
func (p *previous) open(role string) (*os.File, error) {
	cf := p.rec.file(role)
	path := at(p.dir, cf.Path)
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%w: %s, which the earlier run wrote, is missing", ErrSettings, path)
	}
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	fi, err := f.Stat()
	if err == nil && fi.Size() != cf.Size {
		err = fmt.Errorf("%w: %s was changed since the earlier run wrote it (%d bytes, not %d)", ErrSettings, path, fi.Size(), cf.Size)
	}
	if err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

// checkSum checks the hash of all that was read of role's file against
// the record.
func (p *previous) checkSum(role string, h hash.Hash) error {
	cf := p.rec.file(role)
	if got := hex.EncodeToString(h.Sum(nil)); got != cf.SHA256 {
		return fmt.Errorf("%w: %s was changed since the earlier run wrote it (its SHA-256 differs)", ErrSettings, at(p.dir, cf.Path))
	}
	return nil
}

// checkWhole checks a file the run does not read otherwise.
func (p *previous) checkWhole(role string) error {
	f, err := p.open(role)
	if err != nil {
		return err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return fmt.Errorf("reading %s: %w", f.Name(), err)
	}
	return p.checkSum(role, h)
}

// readReport reads the report's settings and the pairs it did, checking
// its hash on the way, and leaves it ready to be read again.
func (p *previous) readReport(want Settings) (*idSet, int, error) {
	h := sha256.New()
	done, units, err := resumable(io.TeeReader(p.report, h), want)
	if err == nil {
		_, err = io.Copy(h, p.report)
	}
	if err == nil {
		err = p.checkSum(roleReport, h)
	}
	if err == nil {
		_, err = p.report.Seek(0, io.SeekStart)
	}
	return done, units, err
}

// readState reads the glossary's raw counts.
func (p *previous) readState(opt glossary.Options) (*glossary.Builder, error) {
	f, err := p.open(roleState)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	h := sha256.New()
	b, err := glossary.ReadState(io.TeeReader(f, h), f.Name(), opt)
	if err == nil {
		_, err = io.Copy(h, f)
	}
	if err == nil {
		err = p.checkSum(roleState, h)
	}
	if err != nil {
		return nil, fmt.Errorf("reading the glossary's counts: %w", err)
	}
	return b, nil
}

// resumable reads a previous report and returns the ids of the pairs it
// did, and how many TMX units they have.
func resumable(r io.Reader, want Settings) (*idSet, int, error) {
	done := newIDSet()
	units := 0
	head, err := scanReport(r, func(p *PairResult) error {
		if p.Status == OK && done.add(p.ID) {
			units += p.Units
		}
		return nil
	})
	if err != nil {
		return nil, 0, fmt.Errorf("reading the previous report: %w", err)
	}
	if head.Settings != want {
		return nil, 0, fmt.Errorf("%w: the previous run used other settings (%s, now %s): run with the same options, or start over",
			ErrSettings, mustJSON(head.Settings), mustJSON(want))
	}
	return done, units, nil
}

// copyReport hands emit the entries of the pairs the report lists as
// done, marked resumed, in the report's order.
func (p *previous) copyReport(emit func(*PairResult) error) error {
	_, err := scanReport(p.report, func(pr *PairResult) error {
		if pr.Status != OK || !p.done.has(pr.ID) {
			return nil
		}
		pr.Resumed = true
		return emit(pr)
	})
	if err != nil && !errors.Is(err, ErrOutput) {
		return fmt.Errorf("reading the previous report: %w", err)
	}
	return err
}

// copyUnits copies to tw the units of the done pairs from the previous
// TMX, checks that they are as many as the report says, and checks the
// file's hash.
func (p *previous) copyUnits(tw *tmx.Writer) error {
	if p.tmx == nil {
		return nil
	}
	h := sha256.New()
	tr := tmx.NewReader(io.TeeReader(p.tmx, h))
	n := 0
	for {
		u, err := tr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fmt.Errorf("reading the previous TMX: %w", err)
		}
		if doc, _ := u.Prop(tmx.PropDocument); !p.done.has(doc) {
			continue
		}
		if err := tw.Write(u); err != nil {
			return fmt.Errorf("%w: %w", ErrOutput, err)
		}
		n++
	}
	if _, err := io.Copy(h, p.tmx); err != nil {
		return fmt.Errorf("reading the previous TMX: %w", err)
	}
	if err := p.checkSum(roleTMX, h); err != nil {
		return err
	}
	if n != p.units {
		return fmt.Errorf("%w: the previous TMX has %d units of the pairs the report lists as done, the report says %d: the files do not belong together", ErrSettings, n, p.units)
	}
	return nil
}

// copyIndex copies to w the index entries of the done pairs, checks that
// every done pair has one, and checks the file's hash.
func (p *previous) copyIndex(w io.Writer) error {
	if p.index == nil {
		return nil
	}
	h := sha256.New()
	n := 0
	err := readIndex(io.TeeReader(p.index, h), p.index.Name(), func(e IndexEntry) error {
		if !p.done.has(e.ID) {
			return nil
		}
		n++
		if err := writeIndexEntry(w, e); err != nil {
			return fmt.Errorf("%w: %w", ErrOutput, err)
		}
		return nil
	})
	if err != nil {
		if errors.Is(err, ErrOutput) {
			return err
		}
		return fmt.Errorf("%w: reading the previous index: %w", ErrSettings, err)
	}
	if _, err := io.Copy(h, p.index); err != nil {
		return fmt.Errorf("reading the previous index: %w", err)
	}
	if err := p.checkSum(roleIndex, h); err != nil {
		return err
	}
	if n != p.done.len() {
		return fmt.Errorf("%w: the previous index of alignment files lists %d of the %d pairs the report lists as done: the files do not belong together", ErrSettings, n, p.done.len())
	}
	return nil
}
