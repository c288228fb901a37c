// Package server serves the review page of bitext review: an alignment
// file, or a corpus's directory of them, opened for a person to review
// and correct in a browser, with Go's net/http and the page's files
// embedded in the binary (no CDN, no font or script from elsewhere).
//
// # Safety
//
// The server listens on 127.0.0.1 only (Listen), on a random port unless
// one is given. Every URL carries a token of 128 random bits (crypto/rand)
// as its first path element, and a request without it gets 403, so that
// other users of the machine and other pages of the browser cannot reach
// the review. The Host header must name the loopback address or localhost
// with the server's port (403 otherwise), so that a page of another site
// cannot rebind its name to 127.0.0.1 and read the review. Requests that
// change something are POSTs of JSON from the page's own origin. The page
// loads nothing from elsewhere (its Content-Security-Policy says so), and
// no request names a file: the server writes only the alignment file it
// was given (or the corpus's files), their drafts, the corpus's progress,
// and the export paths it was started with.
//
// # Saving
//
// Edits are made on the server (package edit), which refuses any that
// would break the alignment file, with a reason the page shows. Saving is
// explicit and atomic (alignfile.WriteFile). Between saves, a draft is
// written beside the file (NAME.draft.json, atomically) a moment after
// each edit, and when the server stops; a draft found when a file is
// opened is offered to the reviewer, who restores it (an edit that can be
// undone) or discards it. Export saves, then writes the TMX and glossary
// paths given at start, with export.Job: exactly what bitext export
// writes from the saved files.
//
// While the server runs, it holds the lock of the alignment file
// (atomicfile.TryLock), or of the corpus directory (corpus.OpenAlignments),
// so that no other review or corpus run writes them.
//
// # Corpus
//
// With a corpus's directory of alignment files (bitext corpus
// --alignments), the page shows a queue of its pairs, lowest mean score
// first, read from the directory's index alone: the pairs are opened one
// at a time, as the reviewer reaches them. The reviewer's progress (the
// pairs done and the one open) is kept in the directory
// (ProgressName).
package server

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	pathpkg "path"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/bitext-ko/bitext/align/names/romanize"
	"github.com/bitext-ko/bitext/tm/atomicfile"
	"github.com/bitext-ko/bitext/tm/export"
	"github.com/bitext-ko/bitext/tm/review/edit"
)

// Config says what to review and how.
type Config struct {
	// File is the alignment file to review, or Corpus a directory of
	// alignment files that bitext corpus --alignments wrote. One of the
	// two.
	File, Corpus string
	// Export is what the page's export writes: Export.TMX and
	// Export.Glossary are the paths ("" for none; export is refused when
	// both are empty), the rest its options.
	Export export.Job
	// Style is the house style the names are compared with at first (nil:
	// press); the reviewer can choose another.
	Style *romanize.Style
	// DraftDelay is how long after an edit the draft is written (default
	// two seconds): edits in a burst make one write.
	DraftDelay time.Duration
	// Log receives a line for each file the server writes (nil: none).
	Log io.Writer
}

// Server is a review: the files under review and the HTTP handler of
// their page.
type Server struct {
	cfg   Config
	style romanize.Style
	token string
	log   io.Writer

	mu    sync.Mutex
	sess  *session // the pair under review; nil in a corpus before one is opened
	queue *queue   // nil unless a corpus
	quit  chan struct{}
	once  sync.Once
}

// New opens what cfg names for review: the alignment file (checked
// against its inputs, alignfile.Open) under its lock, or the corpus's
// directory under the corpus lock. Close releases them. Export paths that
// would write over a file the review reads or writes are refused here
// (an error matching atomicfile.ErrOutputConflict), before the review
// starts.
func New(cfg Config) (*Server, error) {
	if (cfg.File == "") == (cfg.Corpus == "") {
		return nil, errors.New("review needs an alignment file or a corpus directory, one of the two")
	}
	if cfg.DraftDelay <= 0 {
		cfg.DraftDelay = 2 * time.Second
	}
	tok := make([]byte, 16)
	if _, err := rand.Read(tok); err != nil {
		return nil, fmt.Errorf("making the review's token: %w", err)
	}
	s := &Server{cfg: cfg, style: romanize.Press, token: hex.EncodeToString(tok), log: cfg.Log, quit: make(chan struct{})}
	if cfg.Style != nil {
		s.style = *cfg.Style
	}
	if s.log == nil {
		s.log = io.Discard
	}
	if cfg.Corpus != "" {
		q, err := openQueue(cfg.Corpus)
		if err != nil {
			return nil, err
		}
		s.queue = q
		if err := s.checkExport(q.paths()); err != nil {
			q.close()
			return nil, err
		}
		if k := q.start(); k >= 0 {
			// A pair that cannot be opened (an input changed) is no reason
			// not to review the others: the page says why.
			if err := s.openPair(k); err != nil && !edit.IsRefusal(err) {
				q.close()
				return nil, err
			}
		}
		return s, nil
	}
	if err := s.checkExport([]string{cfg.File}); err != nil {
		return nil, err
	}
	sess, err := openSession(cfg.File, true, s)
	if err != nil {
		return nil, err
	}
	s.sess = sess
	return s, nil
}

// checkExport makes sure, before the review starts, that the export paths
// write over nothing the review reads or writes (export.Job.Check): the
// alignment files at paths and the inputs they name, the corpus directory
// (its index, progress and drafts) or the file's draft. The error matches
// atomicfile.ErrOutputConflict.
func (s *Server) checkExport(paths []string) error {
	j := &s.cfg.Export
	if j.TMX == "" && j.Glossary == "" {
		return nil
	}
	if s.cfg.Corpus != "" {
		j.Dirs = append(slices.Clone(j.Dirs), s.cfg.Corpus)
	} else {
		j.Keep = append(slices.Clone(j.Keep), atomicfile.Path{Role: "the draft", Name: DraftName(s.cfg.File)})
	}
	return j.Check(paths)
}

// Close writes the draft of unsaved edits, if any, and releases the
// locks. The server must no longer serve.
func (s *Server) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	var errs []error
	if s.sess != nil {
		errs = append(errs, s.sess.close())
		s.sess = nil
	}
	if s.queue != nil {
		errs = append(errs, s.queue.close())
		s.queue = nil
	}
	return errors.Join(errs...)
}

// Token returns the review's token.
func (s *Server) Token() string { return s.token }

// Quit is closed when the reviewer asks the server to stop (the page's
// quit button).
func (s *Server) Quit() <-chan struct{} { return s.quit }

// Listen listens on 127.0.0.1 at port (0: a port the system chooses).
func Listen(port int) (net.Listener, error) {
	if port < 0 || port > 65535 {
		return nil, fmt.Errorf("port %d is not a TCP port (0 to 65535)", port)
	}
	ln, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(port)))
	if err != nil {
		return nil, fmt.Errorf("listening on 127.0.0.1:%d: %w", port, err)
	}
	return ln, nil
}

// URL returns the address of the review page on ln.
func (s *Server) URL(ln net.Listener) string {
	return fmt.Sprintf("http://127.0.0.1:%d/%s/", ln.Addr().(*net.TCPAddr).Port, s.token)
}

// Serve serves the review on ln until ctx is done or the reviewer quits,
// then shuts the server down, lets the requests under way finish, and
// closes the review (Close: the draft is written, the locks released).
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	hs := &http.Server{Handler: s.Handler(ln.Addr().(*net.TCPAddr).Port), ReadHeaderTimeout: 10 * time.Second}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	var err error
	select {
	case <-ctx.Done():
	case <-s.quit:
	case err = <-errc:
	}
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if e := hs.Shutdown(sctx); e != nil && err == nil {
		err = e
	}
	if e := s.Close(); e != nil && err == nil {
		err = e
	}
	if errors.Is(err, http.ErrServerClosed) {
		err = nil
	}
	return err
}

// Handler returns the HTTP handler of the review, for a server listening
// on the loopback interface at port.
func (s *Server) Handler(port int) http.Handler {
	hosts := map[string]bool{
		"127.0.0.1:" + strconv.Itoa(port): true,
		"localhost:" + strconv.Itoa(port): true,
	}
	origins := map[string]bool{}
	for h := range hosts {
		origins["http://"+h] = true
	}
	mux := s.routes()
	prefix := "/" + s.token + "/"
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Cache-Control", "no-store")
		if !hosts[strings.ToLower(r.Host)] {
			// Another name for this address: a DNS rebinding attack, or a
			// proxy. Either way not the review's page.
			http.Error(w, "forbidden: this review answers to 127.0.0.1 and localhost only", http.StatusForbidden)
			return
		}
		path := r.URL.Path
		if clean := pathpkg.Clean(path); clean != path && clean+"/" != path {
			http.Error(w, "forbidden: the review's pages are not files", http.StatusForbidden)
			return
		}
		if len(path) < len(prefix) || subtle.ConstantTimeCompare([]byte(path[:len(prefix)]), []byte(prefix)) != 1 {
			if path == prefix[:len(prefix)-1] && r.Method == http.MethodGet {
				http.Redirect(w, r, prefix, http.StatusFound)
				return
			}
			http.Error(w, "forbidden: the review's address has a token; use the URL bitext review printed", http.StatusForbidden)
			return
		}
		if r.Method == http.MethodPost {
			if o := r.Header.Get("Origin"); o != "" && !origins[strings.ToLower(o)] {
				http.Error(w, "forbidden: a request from another site", http.StatusForbidden)
				return
			}
			if site := r.Header.Get("Sec-Fetch-Site"); site != "" && site != "same-origin" && site != "none" {
				http.Error(w, "forbidden: a request from another site", http.StatusForbidden)
				return
			}
			if ct := r.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
				http.Error(w, "the review's requests are JSON", http.StatusUnsupportedMediaType)
				return
			}
		}
		r2 := r.Clone(r.Context())
		r2.URL.Path = "/" + path[len(prefix):]
		mux.ServeHTTP(w, r2)
	})
}

// logf says what the server did.
func (s *Server) logf(format string, args ...any) {
	fmt.Fprintf(s.log, "bitext: "+format+"\n", args...)
}
