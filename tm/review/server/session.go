package server

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/bitext-ko/bitext/align"
	"github.com/bitext-ko/bitext/tm/alignfile"
	"github.com/bitext-ko/bitext/tm/atomicfile"
	"github.com/bitext-ko/bitext/tm/glossary"
	"github.com/bitext-ko/bitext/tm/review/edit"
)

// DraftName returns the path of the draft of the alignment file at path:
// "pair.draft.json" for "pair.json".
func DraftName(path string) string {
	return strings.TrimSuffix(path, ".json") + ".draft.json"
}

// session is an alignment file under review. Its fields are guarded by
// the server's mutex.
type session struct {
	srv   *Server
	path  string
	draft string
	id    string // the pair's id in a corpus
	lock  *atomicfile.Lock
	doc   *edit.Doc

	savedRev int       // the revision saved (or opened)
	savedAt  time.Time // when it was saved; zero if not in this review
	draftRev int       // the revision the draft holds; -1 for no draft of ours
	offer    *draftOffer
	timer    *time.Timer
	closed   bool
}

// draftOffer is a draft found when the file was opened, which the
// reviewer has neither restored nor discarded.
type draftOffer struct {
	file *alignfile.File
	time time.Time
}

// openSession opens the alignment file at path for review, under its
// lock when lock is set (in a corpus the corpus's lock covers it).
func openSession(path string, lock bool, s *Server) (*session, error) {
	ss := &session{srv: s, path: path, draft: DraftName(path), draftRev: -1}
	if lock {
		l, err := atomicfile.TryLock(atomicfile.LockName(path))
		if err != nil {
			if errors.Is(err, atomicfile.ErrLocked) {
				return nil, fmt.Errorf("%s is under review already, or being written (%w)", path, err)
			}
			return nil, err
		}
		ss.lock = l
	}
	if err := ss.open(); err != nil {
		ss.lock.Unlock()
		return nil, err
	}
	return ss, nil
}

func (ss *session) open() error {
	f, err := alignfile.Open(ss.path)
	if err != nil {
		return err
	}
	if f.Glossary == nil {
		// A file made without its names: they are read from its beads,
		// as bitext export reads them, for the reviewer to judge.
		b := glossary.NewBuilder(ss.srv.cfg.Export.Options.GlossaryOptions())
		a, _ := f.Alignment(align.ParagraphLevel)
		b.Add(f.Document, a)
		f.SetGlossary(b.Entries())
	}
	if ss.doc, err = edit.New(f); err != nil {
		return fmt.Errorf("%s: %w", ss.path, err)
	}
	return ss.findDraft(f)
}

// findDraft looks for a draft beside the file: a draft of the same pair
// that differs from the file is offered to the reviewer; one that holds
// nothing the file does not is removed; anything else stops the review,
// so that nothing is lost.
func (ss *session) findDraft(f *alignfile.File) error {
	fi, err := os.Stat(ss.draft)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	g, err := alignfile.ReadFile(ss.draft)
	if err != nil {
		return fmt.Errorf("%s, the draft of %s, cannot be read (%w): move it away to review the file", ss.draft, ss.path, err)
	}
	if why := edit.SamePair(f, g); why != "" {
		return fmt.Errorf("%s is not a draft of %s (%s): move it away to review the file", ss.draft, ss.path, why)
	}
	a, err1 := alignfile.Marshal(ss.doc.File())
	b, err2 := alignfile.Marshal(g)
	if err := errors.Join(err1, err2); err != nil {
		return err
	}
	if bytes.Equal(a, b) {
		return os.Remove(ss.draft)
	}
	ss.offer = &draftOffer{file: g, time: fi.ModTime()}
	return nil
}

// dirty reports whether the review has edits that are not saved.
func (ss *session) dirty() bool { return ss.doc.Rev() != ss.savedRev }

var errDraftPending = &edit.Refusal{Reason: "a draft with edits that were not saved was found beside the file: restore it or discard it first"}

// apply does an edit.
func (ss *session) apply(op edit.Op) (edit.Patch, error) {
	if ss.offer != nil {
		return edit.Patch{}, errDraftPending
	}
	p, err := ss.doc.Apply(op)
	if err == nil {
		ss.changed()
	}
	return p, err
}

// changed schedules the draft: it is written DraftDelay after the last
// edit.
func (ss *session) changed() {
	if ss.timer != nil {
		ss.timer.Stop()
	}
	s := ss.srv
	ss.timer = time.AfterFunc(s.cfg.DraftDelay, func() {
		s.mu.Lock()
		defer s.mu.Unlock()
		if err := ss.flushDraft(); err != nil {
			s.logf("%v", err)
		}
	})
}

// flushDraft brings the draft up to date: the unsaved edits written
// atomically, or no draft when there are none.
func (ss *session) flushDraft() error {
	if ss.closed || ss.offer != nil {
		return nil
	}
	switch rev := ss.doc.Rev(); {
	case rev == ss.draftRev:
		return nil
	case !ss.dirty():
		if ss.draftRev >= 0 {
			if err := os.Remove(ss.draft); err != nil && !errors.Is(err, fs.ErrNotExist) {
				return err
			}
			ss.draftRev = -1
		}
		return nil
	default:
		if err := alignfile.WriteFile(ss.draft, ss.doc.File()); err != nil {
			return fmt.Errorf("writing the draft: %w", err)
		}
		ss.draftRev = rev
		ss.srv.logf("%s: draft of the unsaved edits", ss.draft)
		return nil
	}
}

// save writes the alignment file, atomically, and removes the draft.
func (ss *session) save() error {
	if ss.offer != nil {
		return errDraftPending
	}
	if err := alignfile.WriteFile(ss.path, ss.doc.File()); err != nil {
		return err
	}
	ss.savedRev, ss.savedAt = ss.doc.Rev(), time.Now()
	if ss.timer != nil {
		ss.timer.Stop()
	}
	if err := os.Remove(ss.draft); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	ss.draftRev = -1
	ss.srv.logf("%s: saved", ss.path)
	return nil
}

// restore makes the offered draft the review's state, an edit that can
// be undone.
func (ss *session) restore() (edit.Patch, error) {
	if ss.offer == nil {
		return edit.Patch{}, &edit.Refusal{Reason: "there is no draft to restore"}
	}
	p, err := ss.doc.Replace(ss.offer.file, "restore the draft of "+ss.offer.time.Format("2006-01-02 15:04"))
	if err != nil {
		return p, err
	}
	ss.offer = nil
	ss.draftRev = ss.doc.Rev() // the draft on disk holds this state
	return p, nil
}

// discard removes the offered draft.
func (ss *session) discard() error {
	if ss.offer == nil {
		return &edit.Refusal{Reason: "there is no draft to discard"}
	}
	if err := os.Remove(ss.draft); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	ss.offer = nil
	ss.srv.logf("%s: discarded", ss.draft)
	return nil
}

// close writes the draft of unsaved edits and releases the lock.
func (ss *session) close() error {
	if ss.timer != nil {
		ss.timer.Stop()
	}
	err := ss.flushDraft()
	ss.closed = true
	if ss.lock != nil {
		err = errors.Join(err, ss.lock.Unlock())
		ss.lock = nil
	}
	return err
}

// name is the file's name as the page shows it.
func (ss *session) name() string { return filepath.Base(ss.path) }
