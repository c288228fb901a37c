package glossary

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
)

// stateVersion is the version of the state format WriteState writes.
const stateVersion = 1

// stateHeader is the first line of a state file: the format and the
// options that shaped the counts.
type stateHeader struct {
	Format         string  `json:"format"`
	Version        int     `json:"version"`
	MinScore       float64 `json:"min_score"`
	MaxSeen        int     `json:"max_seen"`
	IncludeFlagged bool    `json:"include_flagged"`
}

const stateFormat = "bitext glossary state"

// stateEntry is one line of a state file after the header: an entryAcc.
type stateEntry struct {
	Hangul string `json:"hangul"`
	// Types are the votes for each type, in the order person, place,
	// organization, other.
	Types [4]int `json:"types"`
	// Doubt is the product behind the confidence (1 - Doubt), written to
	// the last bit so that later sightings change it as they would have.
	Doubt   float64     `json:"doubt"`
	Context string      `json:"context,omitempty"`
	Forms   []stateForm `json:"forms"`
}

type stateForm struct {
	Form
	LastDoc string `json:"last_doc"`
	DocSeen bool   `json:"doc_seen"`
}

// WriteState writes everything the Builder has accumulated, exactly: each
// form's counts, places and context, the type votes, and the doubt behind
// each entry's confidence, a float written to the last bit. ReadState
// gives back a Builder that goes on exactly as this one would: adding
// documents to it gives the same Entries, confidences included. Glossary
// files cannot do that (confidences are rounded, places past MaxSeen
// dropped, the order of sightings lost), which is why a resumed corpus
// run keeps a state file beside its glossary instead of merging the
// glossary it wrote.
//
// The format is JSON Lines: a header naming the format and the Options,
// then one entry a line, ordered by Hangul, so that equal Builders write
// equal bytes.
func (b *Builder) WriteState(w io.Writer) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(stateHeader{Format: stateFormat, Version: stateVersion,
		MinScore: b.opt.minNameScore(), MaxSeen: b.opt.maxSeen(), IncludeFlagged: b.opt.IncludeFlagged}); err != nil {
		return err
	}
	keys := make([]string, 0, len(b.entries))
	for h := range b.entries {
		keys = append(keys, h)
	}
	slices.Sort(keys)
	for _, h := range keys {
		e := b.entries[h]
		se := stateEntry{Hangul: h, Types: e.types, Doubt: e.doubt, Context: e.context}
		for _, f := range e.forms {
			se.Forms = append(se.Forms, stateForm{Form: f.Form, LastDoc: f.lastDoc, DocSeen: f.docSeen})
		}
		slices.SortFunc(se.Forms, func(x, y stateForm) int { return strings.Compare(x.English, y.English) })
		if err := enc.Encode(se); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// ReadState reads a state WriteState wrote into a new Builder with the
// options opt, which must be those of the Builder that wrote it (they
// shaped its counts). name names the input in errors.
func ReadState(r io.Reader, name string, opt Options) (*Builder, error) {
	dec := json.NewDecoder(bufio.NewReaderSize(r, 64<<10))
	dec.DisallowUnknownFields()
	var h stateHeader
	if err := dec.Decode(&h); err != nil {
		return nil, fmt.Errorf("%s: not a glossary state: %w", name, err)
	}
	if h.Format != stateFormat || h.Version != stateVersion {
		return nil, fmt.Errorf("%s: not a glossary state of version %d (format %q, version %d)", name, stateVersion, h.Format, h.Version)
	}
	b := NewBuilder(opt)
	if h.MinScore != opt.minNameScore() || h.MaxSeen != opt.maxSeen() || h.IncludeFlagged != opt.IncludeFlagged {
		return nil, fmt.Errorf("%s: written with other options (min score %g, places %d, flagged beads %v; now %g, %d, %v)",
			name, h.MinScore, h.MaxSeen, h.IncludeFlagged, opt.minNameScore(), opt.maxSeen(), opt.IncludeFlagged)
	}
	for n := 1; ; n++ {
		var se stateEntry
		err := dec.Decode(&se)
		if errors.Is(err, io.EOF) {
			return b, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: entry %d: %w", name, n, err)
		}
		if err := se.check(); err != nil {
			return nil, fmt.Errorf("%s: entry %d (%s): %w", name, n, se.Hangul, err)
		}
		if _, dup := b.entries[se.Hangul]; dup {
			return nil, fmt.Errorf("%s: entry %d: %s is there twice", name, n, se.Hangul)
		}
		e := &entryAcc{forms: make(map[string]*formAcc, len(se.Forms)), types: se.Types, doubt: se.Doubt, context: se.Context}
		for _, f := range se.Forms {
			if _, dup := e.forms[f.English]; dup {
				return nil, fmt.Errorf("%s: entry %d (%s): the form %s is there twice", name, n, se.Hangul, f.English)
			}
			e.forms[f.English] = &formAcc{Form: f.Form, lastDoc: f.LastDoc, docSeen: f.DocSeen}
		}
		b.entries[se.Hangul] = e
	}
}

// check refuses what no Builder writes.
func (se *stateEntry) check() error {
	if se.Hangul == "" || len(se.Forms) == 0 {
		return errors.New("no Hangul or no forms")
	}
	if !(se.Doubt >= 0 && se.Doubt <= 1) {
		return fmt.Errorf("doubt %g is not in [0, 1]", se.Doubt)
	}
	for _, v := range se.Types {
		if v < 0 {
			return errors.New("a negative type count")
		}
	}
	for _, f := range se.Forms {
		if f.English == "" || f.Count < 1 || f.Docs < 1 || f.Docs > f.Count || f.Latin < 0 || f.Latin > f.Count {
			return fmt.Errorf("form %q: impossible counts (count %d, docs %d, latin %d)", f.English, f.Count, f.Docs, f.Latin)
		}
	}
	return nil
}
