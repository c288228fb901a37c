package glossary

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// jsonFile is the JSON layout: a small header and the entries.
type jsonFile struct {
	Glossary string  `json:"glossary"`
	Version  int     `json:"version"`
	Entries  []Entry `json:"entries"`
}

func writeJSON(w io.Writer, entries []Entry) error {
	if entries == nil {
		entries = []Entry{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(jsonFile{Glossary: "bitext names", Version: 1, Entries: entries})
}

// readJSON reads the layout writeJSON writes, or a bare array of entries;
// an empty "entries" array (or []) is a glossary with no entries. Every
// entry needs a Hangul name and an English form.
func readJSON(data []byte, c *collector) error {
	var entries []Entry
	t := bytes.TrimSpace(data)
	var err error
	if len(t) > 0 && t[0] == '[' {
		err = strictJSON(t, &entries)
	} else {
		var f jsonFile
		err = strictJSON(t, &f)
		if err == nil && f.Entries == nil {
			return errors.New(`no "entries" array (want {"entries": [{"hangul": …, "forms": [{"english": …}]}]})`)
		}
		entries = f.Entries
	}
	if err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return fmt.Errorf("invalid JSON at byte %d: %w", se.Offset, err)
		}
		return fmt.Errorf("invalid glossary JSON: %w", err)
	}
	for i, e := range entries {
		where := fmt.Sprintf("entry %d", i+1)
		if e.Type != "" {
			t, err := ParseType(string(e.Type))
			if err != nil {
				return fmt.Errorf("%s: %w", where, err)
			}
			e.Type = t
		}
		if !(e.Confidence >= 0 && e.Confidence <= 1) {
			return fmt.Errorf("%s: confidence %g is not between 0 and 1", where, e.Confidence)
		}
		if e.Confidence == 0 {
			e.Confidence = -1
		}
		if len(e.Forms) == 0 {
			return fmt.Errorf(`%s (%s): no English form (want "forms": [{"english": …}])`, where, e.Hangul)
		}
		for _, f := range e.Forms {
			if strings.TrimSpace(f.English) == "" {
				return fmt.Errorf("%s (%s): a form with no English", where, e.Hangul)
			}
			if err := c.add(where, e.Hangul, f, e); err != nil {
				return err
			}
		}
	}
	return nil
}

// strictJSON decodes one JSON value and refuses trailing data.
func strictJSON(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return errors.New("data after the JSON value")
	}
	return nil
}
