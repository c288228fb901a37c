package corpus

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"time"
)

// Status is the outcome of a pair.
type Status string

// Pair statuses.
const (
	OK     Status = "ok"
	Failed Status = "failed"
)

// PairResult is a pair's entry in the report.
type PairResult struct {
	ID     string `json:"id"`
	EN     string `json:"en"`
	KO     string `json:"ko"`
	Status Status `json:"status"`
	Error  string `json:"error,omitempty"`
	// Swapped is set when the files were given Korean first.
	Swapped   bool `json:"swapped,omitempty"`
	Beads     int  `json:"beads"`
	Units     int  `json:"units"`     // exported to the TMX
	Flagged   int  `json:"flagged"`   // beads under --min-score
	Omitted   int  `json:"omitted"`   // 1-0 and 0-1 beads of body text
	Furniture int  `json:"furniture"` // furniture beads, never exported
	// MeanScore is the mean confidence of the beads that are not
	// furniture (0 when there is none).
	MeanScore float64 `json:"mean_score"`
	// Resumed marks an entry copied from the report of an earlier run:
	// the pair was aligned then and skipped now.
	Resumed bool `json:"resumed,omitempty"`
}

// Settings are the options that decide what a run writes. A run resumes
// an earlier one only if they are the same.
type Settings struct {
	Level          string  `json:"level"`
	MinScore       float64 `json:"min_score"`
	KeepFurniture  bool    `json:"keep_furniture"`
	IncludeFlagged bool    `json:"include_flagged"`
	Langs          string  `json:"langs"`
	SrcLang        string  `json:"srclang"`
	Dict           string  `json:"dict,omitempty"`
	Shard          string  `json:"shard"`
	Glossary       bool    `json:"glossary"`
	Paragraphs     string  `json:"paragraphs,omitempty"`
}

// Output says whether an output file was written.
type Output struct {
	Kind    string `json:"kind"` // "tmx" or "glossary"
	Path    string `json:"path"`
	Written bool   `json:"written"`
}

// Lowest is a document in the summary's list of lowest confidence.
type Lowest struct {
	ID        string  `json:"id"`
	MeanScore float64 `json:"mean_score"`
}

// Summary adds up a run, the pairs resumed from an earlier run included.
type Summary struct {
	Pairs     int `json:"pairs"`   // pairs of the input (and shard) seen
	Aligned   int `json:"aligned"` // aligned by this run
	Resumed   int `json:"resumed"` // aligned by an earlier run, skipped
	Failed    int `json:"failed"`
	Units     int `json:"units"` // in the TMX
	Flagged   int `json:"flagged"`
	Omitted   int `json:"omitted"`
	Furniture int `json:"furniture"`
	Unpaired  int `json:"unpaired"` // files without a partner
	Skipped   int `json:"skipped"`  // entries that are not regular files
	Problems  int `json:"problems"` // other input problems
	// Lowest lists the documents with the lowest mean confidence, lowest
	// first.
	Lowest []Lowest `json:"lowest_confidence"`
	// Errors holds the first MaxErrors failures, "id: message"; the pairs
	// list has them all.
	Errors []string `json:"errors"`
	// Interrupted is set when the run was stopped before the end of the
	// input: the outputs hold the pairs done until then, in input order.
	Interrupted bool `json:"interrupted,omitempty"`
	// InProgress marks a checkpoint (Config.Checkpoint): outputs put in
	// place while the run went on, holding the pairs done until then. A
	// run killed outright leaves them; the next run resumes from them.
	InProgress bool `json:"in_progress,omitempty"`
	// Checkpoints is the number of checkpoints taken and CheckpointTime
	// the time they took; the report leaves them out, since they depend
	// on timing.
	Checkpoints    int           `json:"-"`
	CheckpointTime time.Duration `json:"-"`
	// Complete is set when every output was written. A report is only
	// ever put in place with the outputs it describes, so a report on disk
	// has it set; Run's Summary may not.
	Complete bool `json:"complete"`
}

// MaxErrors is how many failures the summary spells out.
const MaxErrors = 20

// Report is the report file: what was asked, each pair's outcome, the
// problems of the input, which outputs were written, and the summary. It
// is written as a stream, pairs as they are done, in input order.
type Report struct {
	Tool     string       `json:"tool"`
	Version  string       `json:"version"`
	Input    string       `json:"input"`
	Settings Settings     `json:"settings"`
	Pairs    []PairResult `json:"pairs"`
	Problems []Problem    `json:"problems"`
	Outputs  []Output     `json:"outputs"`
	Summary  Summary      `json:"summary"`
}

// Failure reports whether anything went wrong: a pair failed, the input
// had a problem other than unpaired or skipped files, the run was
// interrupted or did not finish, or an output was not written.
func (s *Summary) Failure() bool {
	return s.Failed > 0 || s.Problems > 0 || s.Interrupted || s.InProgress || !s.Complete
}

// add counts one pair entry.
func (s *Summary) add(p *PairResult, lowest *lowestSet) {
	s.Pairs++
	switch {
	case p.Status != OK:
		s.Failed++
		if len(s.Errors) < MaxErrors {
			s.Errors = append(s.Errors, p.ID+": "+p.Error)
		}
		return
	case p.Resumed:
		s.Resumed++
	default:
		s.Aligned++
	}
	s.Units += p.Units
	s.Flagged += p.Flagged
	s.Omitted += p.Omitted
	s.Furniture += p.Furniture
	if p.Beads > p.Furniture {
		lowest.add(Lowest{p.ID, p.MeanScore})
	}
}

// lowestSet keeps the n lowest-confidence documents; ties keep the one
// seen first, so the list does not depend on timing.
type lowestSet struct {
	n    int
	docs []Lowest
}

func (l *lowestSet) add(d Lowest) {
	i, _ := slices.BinarySearchFunc(l.docs, d.MeanScore, func(e Lowest, t float64) int {
		if e.MeanScore <= t {
			return -1
		}
		return 1
	})
	if i >= l.n {
		return
	}
	l.docs = slices.Insert(l.docs, i, d)
	if len(l.docs) > l.n {
		l.docs = l.docs[:l.n]
	}
}

// reportWriter writes a Report as a stream.
type reportWriter struct {
	w     *bufio.Writer
	pairs int
}

func newReportWriter(w io.Writer, head Report) (*reportWriter, error) {
	rw := &reportWriter{w: bufio.NewWriterSize(w, 64<<10)}
	fmt.Fprintf(rw.w, "{\n  \"tool\": %s,\n  \"version\": %s,\n  \"input\": %s,\n  \"settings\": %s,\n  \"pairs\": [",
		mustJSON(head.Tool), mustJSON(head.Version), mustJSON(head.Input), mustJSON(head.Settings))
	return rw, rw.flushErr()
}

func (rw *reportWriter) flushErr() error {
	if rw.w.Buffered() > 32<<10 {
		return rw.w.Flush()
	}
	return nil
}

func (rw *reportWriter) pair(p *PairResult) error {
	if rw.pairs > 0 {
		rw.w.WriteByte(',')
	}
	rw.pairs++
	rw.w.WriteString("\n    ")
	rw.w.Write(mustJSON(p))
	return rw.flushErr()
}

// tail returns the end of the report after the pairs written so far:
// the problems, the outputs and the summary.
func (rw *reportWriter) tail(problems []Problem, outputs []Output, s Summary) []byte {
	if problems == nil {
		problems = []Problem{}
	}
	if outputs == nil {
		outputs = []Output{}
	}
	if s.Lowest == nil {
		s.Lowest = []Lowest{}
	}
	if s.Errors == nil {
		s.Errors = []string{}
	}
	var b bytes.Buffer
	if rw.pairs > 0 {
		b.WriteString("\n  ")
	}
	b.WriteString("],\n  \"problems\": [")
	for i, p := range problems {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString("\n    ")
		b.Write(mustJSON(p))
	}
	if len(problems) > 0 {
		b.WriteString("\n  ")
	}
	fmt.Fprintf(&b, "],\n  \"outputs\": %s,\n  \"summary\": ", mustJSON(outputs))
	j, _ := json.MarshalIndent(s, "  ", "  ")
	b.Write(j)
	b.WriteString("\n}\n")
	return b.Bytes()
}

// finish writes the tail and flushes the report.
func (rw *reportWriter) finish(problems []Problem, outputs []Output, s Summary) error {
	rw.w.Write(rw.tail(problems, outputs, s))
	return rw.w.Flush()
}

func mustJSON(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err) // only plain structs and strings are written
	}
	return b
}

// ReadReport reads a whole report file into memory: for tests and small
// runs. Resuming reads a report as a stream instead.
func ReadReport(r io.Reader) (*Report, error) {
	var rep Report
	if err := json.NewDecoder(r).Decode(&rep); err != nil {
		return nil, err
	}
	return &rep, nil
}

// scanReport reads a report as a stream: the settings, then each pair in
// turn (pair may be nil to skip them), then what follows the pairs.
func scanReport(r io.Reader, pair func(*PairResult) error) (*Report, error) {
	dec := json.NewDecoder(bufio.NewReaderSize(r, 64<<10))
	var rep Report
	if err := expectDelim(dec, '{'); err != nil {
		return nil, err
	}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, err
		}
		key, _ := tok.(string)
		switch key {
		case "pairs":
			if err := expectDelim(dec, '['); err != nil {
				return nil, err
			}
			for dec.More() {
				var p PairResult
				if err := dec.Decode(&p); err != nil {
					return nil, err
				}
				if pair != nil {
					if err := pair(&p); err != nil {
						return nil, err
					}
				}
			}
			if err := expectDelim(dec, ']'); err != nil {
				return nil, err
			}
		case "tool":
			err = dec.Decode(&rep.Tool)
		case "version":
			err = dec.Decode(&rep.Version)
		case "input":
			err = dec.Decode(&rep.Input)
		case "settings":
			err = dec.Decode(&rep.Settings)
		case "problems":
			err = dec.Decode(&rep.Problems)
		case "outputs":
			err = dec.Decode(&rep.Outputs)
		case "summary":
			err = dec.Decode(&rep.Summary)
		default:
			var skip json.RawMessage
			err = dec.Decode(&skip)
		}
		if err != nil {
			return nil, err
		}
	}
	if err := expectDelim(dec, '}'); err != nil {
		return nil, err
	}
	if rep.Tool != "bitext" {
		return nil, errors.New("not a bitext corpus report")
	}
	return &rep, nil
}

func expectDelim(dec *json.Decoder, d json.Delim) error {
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	if tok != d {
		return fmt.Errorf("not a bitext corpus report: want %q, found %v", d, tok)
	}
	return nil
}
