package server

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"

	"github.com/bitext-ko/bitext/tm/atomicfile"
	"github.com/bitext-ko/bitext/tm/corpus"
)

// ProgressName is the file, in a corpus's directory of alignment files,
// where bitext review keeps the reviewer's progress: the pairs done and
// the pair open.
const ProgressName = "review-progress.json"

const progressFormat = "bitext-review-progress"

// progress is the progress file.
type progress struct {
	Format  string `json:"format"`
	Version int    `json:"version"`
	// Current is the id of the pair open last.
	Current string `json:"current,omitempty"`
	// Done lists the pairs the reviewer marked done, in the order done.
	Done []string `json:"done"`
}

// queue is a corpus's pairs in the order they are reviewed, lowest mean
// score first, read from the directory's index only.
type queue struct {
	al    *corpus.Alignments
	order []int // indexes of al.Pairs, in review order
	pos   map[string]int
	done  map[string]bool
	prog  progress
	// openErr says why the pair last asked for could not be opened.
	openErr string
}

// Queue returns the review queue of the directory of alignment files dir
// as the server shows it, without opening a pair: the corpus lock is
// taken and released. It is what opening a corpus for review costs.
func Queue(dir string) ([]corpus.IndexEntry, error) {
	q, err := openQueue(dir)
	if err != nil {
		return nil, err
	}
	defer q.close()
	out := make([]corpus.IndexEntry, len(q.order))
	for k, i := range q.order {
		out[k] = q.al.Pairs[i]
	}
	return out, nil
}

// openQueue takes the lock of dir, reads its index and the progress file,
// and orders the pairs: lowest mean score first, then the most flagged
// beads, then the order of the index.
func openQueue(dir string) (*queue, error) {
	al, err := corpus.OpenAlignments(dir)
	if err != nil {
		return nil, err
	}
	q := &queue{al: al, pos: make(map[string]int, len(al.Pairs)), done: map[string]bool{}}
	q.order = make([]int, len(al.Pairs))
	for i := range q.order {
		q.order[i] = i
	}
	slices.SortStableFunc(q.order, func(a, b int) int {
		x, y := &al.Pairs[a], &al.Pairs[b]
		switch {
		case x.MeanScore != y.MeanScore:
			if x.MeanScore < y.MeanScore {
				return -1
			}
			return 1
		case x.Flagged != y.Flagged:
			return y.Flagged - x.Flagged
		}
		return a - b
	})
	for k, i := range q.order {
		q.pos[al.Pairs[i].ID] = k
	}
	if err := q.readProgress(); err != nil {
		al.Close()
		return nil, err
	}
	return q, nil
}

func (q *queue) progressPath() string { return filepath.Join(q.al.Dir, ProgressName) }

// readProgress reads the progress file, if there is one. Pairs it names
// that the index no longer has are left out.
func (q *queue) readProgress() error {
	q.prog = progress{Format: progressFormat, Version: 1, Done: []string{}}
	data, err := os.ReadFile(q.progressPath())
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	var p progress
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&p); err != nil || p.Format != progressFormat {
		return fmt.Errorf("%s: not bitext review's progress file (%v): move it away to start the review afresh", q.progressPath(), err)
	}
	if p.Version != 1 {
		return fmt.Errorf("%s: version %d, this bitext reads version 1", q.progressPath(), p.Version)
	}
	if _, ok := q.pos[p.Current]; ok {
		q.prog.Current = p.Current
	}
	for _, id := range p.Done {
		if _, ok := q.pos[id]; ok && !q.done[id] {
			q.done[id] = true
			q.prog.Done = append(q.prog.Done, id)
		}
	}
	return nil
}

// writeProgress writes the progress file atomically.
func (q *queue) writeProgress() error {
	data, err := json.MarshalIndent(q.prog, "", "  ")
	if err != nil {
		return err
	}
	return atomicfile.WriteFile(q.progressPath(), append(data, '\n'))
}

// entry returns the pair at position k of the queue.
func (q *queue) entry(k int) (corpus.IndexEntry, bool) {
	if k < 0 || k >= len(q.order) {
		return corpus.IndexEntry{}, false
	}
	return q.al.Pairs[q.order[k]], true
}

// start returns the position to open first: the pair open last, or the
// first pair not done, or the first; -1 for an empty queue.
func (q *queue) start() int {
	if k, ok := q.pos[q.prog.Current]; ok {
		return k
	}
	if k := q.nextUndone(-1); k >= 0 || len(q.order) == 0 {
		return k
	}
	return 0
}

// nextUndone returns the first position after k whose pair is not done,
// wrapping around; -1 when every pair is done.
func (q *queue) nextUndone(k int) int {
	n := len(q.order)
	for d := 1; d <= n; d++ {
		j := (k + d + n) % n
		if !q.done[q.al.Pairs[q.order[j]].ID] {
			return j
		}
	}
	return -1
}

// setCurrent records the pair open.
func (q *queue) setCurrent(id string) error {
	if q.prog.Current == id {
		return nil
	}
	q.prog.Current = id
	return q.writeProgress()
}

// markDone records that the reviewer is done with pair id.
func (q *queue) markDone(id string) error {
	if q.done[id] {
		return nil
	}
	q.done[id] = true
	q.prog.Done = append(q.prog.Done, id)
	return q.writeProgress()
}

// paths returns the alignment files of every pair, in the index's order
// (the order of bitext export DIR).
func (q *queue) paths() []string {
	out := make([]string, len(q.al.Pairs))
	for i, e := range q.al.Pairs {
		out[i] = q.al.Path(e)
	}
	return out
}

func (q *queue) close() error { return q.al.Close() }
