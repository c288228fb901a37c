package server

import (
	"embed"
	"encoding/json"
	"errors"
	"io/fs"
	"net/http"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/bitext-ko/bitext/align"
	"github.com/bitext-ko/bitext/align/names/romanize"
	"github.com/bitext-ko/bitext/tm/alignfile"
	"github.com/bitext-ko/bitext/tm/review/edit"
	"github.com/bitext-ko/bitext/tm/review/page"
)

//go:embed assets
var assets embed.FS

// The page's Content-Security-Policy: its own script, style and API, and
// nothing else.
const pagePolicy = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

func (s *Server) routes() *http.ServeMux {
	mux := http.NewServeMux()
	static, _ := fs.Sub(assets, "assets")
	files := http.FileServerFS(static)
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", pagePolicy)
		http.ServeFileFS(w, r, static, "index.html")
	})
	mux.HandleFunc("GET /app.js", func(w http.ResponseWriter, r *http.Request) { files.ServeHTTP(w, r) })
	mux.HandleFunc("GET /app.css", func(w http.ResponseWriter, r *http.Request) { files.ServeHTTP(w, r) })
	mux.HandleFunc("GET /favicon.svg", func(w http.ResponseWriter, r *http.Request) { files.ServeHTTP(w, r) })
	mux.HandleFunc("GET /api/state", s.locked(s.handleState))
	mux.HandleFunc("POST /api/edit", s.locked(s.handleEdit))
	mux.HandleFunc("GET /api/names", s.locked(s.handleNames))
	mux.HandleFunc("POST /api/style", s.locked(s.handleStyle))
	mux.HandleFunc("GET /api/preview", s.locked(s.handlePreview))
	mux.HandleFunc("POST /api/save", s.locked(s.handleSave))
	mux.HandleFunc("POST /api/export", s.locked(s.handleExport))
	mux.HandleFunc("POST /api/draft", s.locked(s.handleDraft))
	mux.HandleFunc("GET /api/queue", s.locked(s.handleQueue))
	mux.HandleFunc("POST /api/open", s.locked(s.handleOpen))
	mux.HandleFunc("POST /api/done", s.locked(s.handleDone))
	mux.HandleFunc("POST /api/quit", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, map[string]bool{"ok": true})
		s.once.Do(func() { close(s.quit) })
	})
	return mux
}

// apiError is an error of a request: a conflict with the review's state
// (409), a request the page should not have sent (400); other errors are
// the server's trouble (500). A refusal (edit.Refusal: an edit that would
// break the file, a pair that cannot be opened) is no error of the
// request: it is answered 200 with {"refused": reason}, which the page
// shows, and which a browser does not log as a failed request.
type apiError struct {
	Status int
	Msg    string
}

func (e *apiError) Error() string { return e.Msg }

func conflict(msg string) error { return &apiError{http.StatusConflict, msg} }

// locked runs h under the server's lock, and writes what it returns: a
// value as JSON, a refusal, or an error.
func (s *Server) locked(h func(r *http.Request) (any, error)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		v, err := h(r)
		s.mu.Unlock()
		var ae *apiError
		switch {
		case err == nil:
			writeJSON(w, http.StatusOK, v)
		case edit.IsRefusal(err):
			writeJSON(w, http.StatusOK, map[string]string{"refused": err.Error()})
		case errors.As(err, &ae):
			writeJSON(w, ae.Status, map[string]string{"error": err.Error()})
		default:
			writeJSON(w, http.StatusInternalServerError, map[string]string{"error": err.Error()})
		}
	}
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(v)
}

// decode reads a request's JSON body into v: one object of known fields,
// at most 1 MiB.
func decode(r *http.Request, v any) error {
	dec := json.NewDecoder(http.MaxBytesReader(nil, r.Body, 1<<20))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return &apiError{http.StatusBadRequest, "a malformed request: " + err.Error()}
	}
	return nil
}

// current returns the pair under review.
func (s *Server) current() (*session, error) {
	if s.sess == nil {
		return nil, conflict("no pair is open: choose one in the queue")
	}
	return s.sess, nil
}

// The JSON the page reads.

type stateView struct {
	Rev      int        `json:"rev"`
	Document string     `json:"document"`
	File     string     `json:"file"`
	Bitext   string     `json:"bitext"`
	MinScore float64    `json:"min_score"`
	EN       sideView   `json:"en"`
	KO       sideView   `json:"ko"`
	Beads    []beadView `json:"beads"`
	status
	Draft  *draftView  `json:"draft"`
	Export exportView  `json:"export"`
	Corpus *corpusView `json:"corpus"`
	Style  string      `json:"style"`
	Styles []string    `json:"styles"`
	// Bands says what each confidence colour (a bead's band) holds.
	Bands []string `json:"bands"`
}

// status is what changes with every edit besides the beads.
type status struct {
	Dirty   bool   `json:"dirty"`
	SavedAt string `json:"saved_at,omitempty"`
	Undo    string `json:"undo"`
	Redo    string `json:"redo"`
}

type sideView struct {
	Name       string     `json:"name"`
	Paragraphs []paraView `json:"paragraphs"`
}

type paraView struct {
	// S are the sentences (for a paragraph set aside as furniture when
	// read, its text, as its one sentence is empty).
	S        []string `json:"s"`
	Aside    bool     `json:"aside,omitempty"`
	Headline bool     `json:"headline,omitempty"`
	Caption  bool     `json:"caption,omitempty"`
	Note     string   `json:"note,omitempty"`
}

type beadView struct {
	EN      []int      `json:"en"`
	KO      []int      `json:"ko"`
	Score   float64    `json:"score"`
	Band    int        `json:"band"`
	Kind    string     `json:"kind"`
	Flagged bool       `json:"flagged"`
	Status  string     `json:"status"`
	Links   []linkView `json:"links"`
}

type linkView struct {
	EN     []string `json:"en"`
	KO     []string `json:"ko"`
	Kind   string   `json:"kind"`
	Status string   `json:"status"`
}

type draftView struct {
	Time string `json:"time"`
}

type exportView struct {
	TMX      string `json:"tmx"`
	Glossary string `json:"glossary"`
}

type corpusView struct {
	Position int    `json:"position"` // of the open pair in the queue; -1 for none
	ID       string `json:"id"`
	Total    int    `json:"total"`
	Done     int    `json:"done"`
	PairDone bool   `json:"pair_done"`
	Error    string `json:"error,omitempty"` // why the pair could not be opened
}

type patchView struct {
	Rev     int        `json:"rev"`
	What    string     `json:"what"`
	At      int        `json:"at"`
	Removed int        `json:"removed"`
	Beads   []beadView `json:"beads"`
	Names   bool       `json:"names"`
	status
}

func paragraphs(ps []align.Paragraph) []paraView {
	out := make([]paraView, len(ps))
	for i, p := range ps {
		v := paraView{S: p.Sentences, Headline: p.Headline, Caption: p.Caption}
		switch {
		case p.SetAside():
			v.S, v.Aside = []string{p.Text}, true
			v.Note = "set aside as furniture when read"
			if p.Reason != "" {
				v.Note += " (" + p.Reason + ")"
			}
		case p.Body != strings.Join(strings.Fields(p.Text), " "):
			v.Note = "aligned without the lines or words set aside as furniture"
		}
		out[i] = v
	}
	return out
}

func beadViews(bs []edit.Bead) []beadView {
	out := make([]beadView, len(bs))
	paras := func(ids []align.ID) []int {
		ps := make([]int, len(ids))
		for i, id := range ids {
			ps[i] = id.Para
		}
		return ps
	}
	for i, b := range bs {
		v := beadView{EN: paras(b.EN), KO: paras(b.KO), Score: b.Score, Band: page.Band(b.Score), Kind: b.Kind.String(),
			Flagged: b.Flagged && !b.Status.Reviewed(), Status: string(b.Status), Links: make([]linkView, len(b.Links))}
		for k, l := range b.Links {
			v.Links[k] = linkView{EN: align.IDStrings(l.EN), KO: align.IDStrings(l.KO), Kind: l.Kind.String(), Status: string(l.Status)}
		}
		out[i] = v
	}
	return out
}

func (ss *session) status() status {
	st := status{Dirty: ss.dirty(), Undo: ss.doc.UndoWhat(), Redo: ss.doc.RedoWhat()}
	if !ss.savedAt.IsZero() {
		st.SavedAt = ss.savedAt.Format(time.TimeOnly)
	}
	return st
}

var styles = []string{"press", "rr", "mr", "dprk"}

func (s *Server) state() stateView {
	v := stateView{Export: exportView{TMX: base(s.cfg.Export.TMX), Glossary: base(s.cfg.Export.Glossary)}, Style: s.style.String(), Styles: styles, Bands: page.BandLabels()}
	if s.queue != nil {
		c := &corpusView{Position: -1, Total: len(s.queue.order), Done: len(s.queue.prog.Done), Error: s.queue.openErr}
		if s.sess != nil {
			c.Position, c.ID, c.PairDone = s.queue.pos[s.sess.id], s.sess.id, s.queue.done[s.sess.id]
		}
		v.Corpus = c
	}
	ss := s.sess
	if ss == nil {
		v.Beads = []beadView{}
		return v
	}
	f := ss.doc.File()
	v.Rev, v.Document, v.File, v.Bitext, v.MinScore = ss.doc.Rev(), f.Document, ss.name(), f.Bitext, f.Settings.MinScore
	v.EN = sideView{Name: base(f.EN.Path), Paragraphs: paragraphs(f.EN.Paragraphs)}
	v.KO = sideView{Name: base(f.KO.Path), Paragraphs: paragraphs(f.KO.Paragraphs)}
	v.Beads = beadViews(ss.doc.Beads())
	v.status = ss.status()
	if ss.offer != nil {
		v.Draft = &draftView{Time: ss.offer.time.Format("2006-01-02 15:04:05")}
	}
	return v
}

func base(path string) string {
	if path == "" {
		return ""
	}
	return filepath.Base(filepath.FromSlash(path))
}

func (s *Server) handleState(r *http.Request) (any, error) { return s.state(), nil }

// editRequest is an edit as the page sends it: the revision the page
// shows, and the operation.
type editRequest struct {
	Rev int `json:"rev"`
	edit.Op
}

func (s *Server) handleEdit(r *http.Request) (any, error) {
	var req editRequest
	if err := decode(r, &req); err != nil {
		return nil, err
	}
	ss, err := s.current()
	if err != nil {
		return nil, err
	}
	if req.Rev != ss.doc.Rev() {
		return nil, conflict("the page is out of date (the review changed in another tab): reload it")
	}
	p, err := ss.apply(req.Op)
	if err != nil {
		return nil, err
	}
	return ss.patch(p), nil
}

func (ss *session) patch(p edit.Patch) patchView {
	return patchView{Rev: p.Rev, What: p.What, At: p.At, Removed: p.Removed, Beads: beadViews(p.Beads), Names: p.Names, status: ss.status()}
}

type namesView struct {
	Style string         `json:"style"`
	Rows  []page.NameRow `json:"rows"`
}

func (s *Server) handleNames(r *http.Request) (any, error) {
	ss, err := s.current()
	if err != nil {
		return nil, err
	}
	return namesView{Style: s.style.String(), Rows: page.Names(ss.doc.Names(), s.style)}, nil
}

func (s *Server) handleStyle(r *http.Request) (any, error) {
	var req struct {
		Style string `json:"style"`
	}
	if err := decode(r, &req); err != nil {
		return nil, err
	}
	st, err := romanize.ParseStyle(req.Style)
	if err != nil {
		return nil, &edit.Refusal{Reason: "the house style is press, rr, mr or dprk, not " + strconv.Quote(req.Style)}
	}
	s.style = st
	return s.handleNames(r)
}

func (s *Server) handlePreview(r *http.Request) (any, error) {
	ss, err := s.current()
	if err != nil {
		return nil, err
	}
	return normalizePreview(ss.doc, s.style), nil
}

type savedView struct {
	Rev int `json:"rev"`
	status
}

func (s *Server) handleSave(r *http.Request) (any, error) {
	if err := decode(r, &struct{}{}); err != nil {
		return nil, err
	}
	ss, err := s.current()
	if err != nil {
		return nil, err
	}
	if err := ss.save(); err != nil {
		return nil, err
	}
	return savedView{Rev: ss.doc.Rev(), status: ss.status()}, nil
}

type exportedView struct {
	TMX      string `json:"tmx"`
	Glossary string `json:"glossary"`
	Files    int    `json:"files"`
	Units    int    `json:"units"`
	Reviewed int    `json:"reviewed"`
	Flagged  int    `json:"flagged"`
	Names    int    `json:"names"`
	Dropped  int    `json:"dropped"`
	status
}

// handleExport saves the pair, then writes the export paths from the
// saved files: the pair's, or every pair of the corpus, in the order of
// its index.
func (s *Server) handleExport(r *http.Request) (any, error) {
	if err := decode(r, &struct{}{}); err != nil {
		return nil, err
	}
	job := s.cfg.Export
	if job.TMX == "" && job.Glossary == "" {
		return nil, &edit.Refusal{Reason: "nothing to export to: start bitext review with --tmx or --glossary"}
	}
	var paths []string
	if s.sess != nil {
		if err := s.sess.save(); err != nil {
			return nil, err
		}
	}
	if s.queue != nil {
		paths = s.queue.paths()
	} else {
		paths = []string{s.sess.path}
	}
	if job.Options.Date.IsZero() {
		job.Options.Date = time.Now().UTC().Truncate(time.Second)
	}
	res, err := job.Run(paths)
	if err != nil {
		return nil, err
	}
	v := exportedView{TMX: base(job.TMX), Glossary: base(job.Glossary), Files: res.Files, Units: res.Counts.Units,
		Reviewed: res.Counts.Reviewed, Flagged: res.Counts.Flagged, Names: res.Names, Dropped: res.Dropped}
	if s.sess != nil {
		v.status = s.sess.status()
	}
	for _, p := range []string{job.TMX, job.Glossary} {
		if p != "" {
			s.logf("%s: exported", p)
		}
	}
	return v, nil
}

func (s *Server) handleDraft(r *http.Request) (any, error) {
	var req struct {
		Action string `json:"action"`
	}
	if err := decode(r, &req); err != nil {
		return nil, err
	}
	ss, err := s.current()
	if err != nil {
		return nil, err
	}
	switch req.Action {
	case "restore":
		p, err := ss.restore()
		if err != nil {
			return nil, err
		}
		return ss.patch(p), nil
	case "discard":
		if err := ss.discard(); err != nil {
			return nil, err
		}
		return s.state(), nil
	}
	return nil, &apiError{http.StatusBadRequest, "action is restore or discard, not " + strconv.Quote(req.Action)}
}

type queueView struct {
	Total    int         `json:"total"`
	Done     int         `json:"done"`
	Position int         `json:"position"`
	Offset   int         `json:"offset"`
	Items    []queueItem `json:"items"`
}

type queueItem struct {
	Position  int     `json:"position"`
	ID        string  `json:"id"`
	Beads     int     `json:"beads"`
	Flagged   int     `json:"flagged"`
	MeanScore float64 `json:"mean_score"`
	Done      bool    `json:"done"`
}

// handleQueue returns a page of the queue: limit pairs (at most 500) from
// offset.
func (s *Server) handleQueue(r *http.Request) (any, error) {
	q := s.queue
	if q == nil {
		return nil, conflict("this review is of one alignment file, not of a corpus")
	}
	offset, _ := strconv.Atoi(r.URL.Query().Get("offset"))
	limit, err := strconv.Atoi(r.URL.Query().Get("limit"))
	if err != nil || limit <= 0 || limit > 500 {
		limit = 500
	}
	offset = max(0, min(offset, len(q.order)))
	v := queueView{Total: len(q.order), Done: len(q.prog.Done), Position: -1, Offset: offset, Items: []queueItem{}}
	if s.sess != nil {
		v.Position = q.pos[s.sess.id]
	}
	for k := offset; k < len(q.order) && k < offset+limit; k++ {
		e, _ := q.entry(k)
		v.Items = append(v.Items, queueItem{Position: k, ID: e.ID, Beads: e.Beads, Flagged: e.Flagged, MeanScore: e.MeanScore, Done: q.done[e.ID]})
	}
	return v, nil
}

func (s *Server) handleOpen(r *http.Request) (any, error) {
	var req struct {
		Position int `json:"position"`
	}
	if err := decode(r, &req); err != nil {
		return nil, err
	}
	if s.queue == nil {
		return nil, conflict("this review is of one alignment file, not of a corpus")
	}
	if err := s.openPair(req.Position); err != nil {
		return nil, err
	}
	return s.state(), nil
}

// openPair opens the pair at position k of the queue, closing the one
// open, which must have no unsaved edits.
func (s *Server) openPair(k int) error {
	q := s.queue
	e, ok := q.entry(k)
	if !ok {
		return &edit.Refusal{Reason: "there is no pair " + strconv.Itoa(k+1) + " in the queue"}
	}
	if s.sess != nil {
		if s.sess.dirty() || s.sess.offer != nil {
			return &edit.Refusal{Reason: s.sess.id + " has edits that are not saved: save them (or undo them) first"}
		}
		if err := s.sess.close(); err != nil {
			return err
		}
		s.sess = nil
	}
	ss, err := openSession(q.al.Path(e), false, s)
	if err != nil {
		q.openErr = "pair " + e.ID + " cannot be opened: " + err.Error()
		return &edit.Refusal{Reason: q.openErr}
	}
	q.openErr = ""
	ss.id = e.ID
	s.sess = ss
	return q.setCurrent(e.ID)
}

// handleDone saves the pair, marks it done and opens the next pair not
// done.
func (s *Server) handleDone(r *http.Request) (any, error) {
	if err := decode(r, &struct{}{}); err != nil {
		return nil, err
	}
	q := s.queue
	if q == nil {
		return nil, conflict("this review is of one alignment file, not of a corpus")
	}
	ss, err := s.current()
	if err != nil {
		return nil, err
	}
	if err := ss.save(); err != nil {
		return nil, err
	}
	if err := q.markDone(ss.id); err != nil {
		return nil, err
	}
	if next := q.nextUndone(q.pos[ss.id]); next >= 0 {
		if err := s.openPair(next); err != nil {
			return nil, err
		}
	}
	return s.state(), nil
}

// file returns the alignment file as the review holds it (for tests).
func (s *Server) file() *alignfile.File {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.sess == nil {
		return nil
	}
	return s.sess.doc.File()
}
