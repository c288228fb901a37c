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
// entry needs a Hangul name and an English form. An error in an entry is
// at the entry's first character.
func readJSON(data []byte, c *collector) error {
	var entries []Entry
	t := bytes.TrimSpace(data)
	lead := bytes.Index(data, t[:min(len(t), 1)]) // t's offset in data
	bare := len(t) > 0 && t[0] == '['
	var err error
	if bare {
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
		return jsonError(data, lead, err)
	}
	for i, e := range entries {
		where := fmt.Sprintf("entry %d", i+1)
		p := place{where: where, at: func(string) (int, int) { return position(data, lead+entryOffset(t, bare, i)) }}
		if e.Type != "" {
			t, err := ParseType(string(e.Type))
			if err != nil {
				return p.wrap("", fmt.Errorf("%s: %w", where, err))
			}
			e.Type = t
		}
		if !(e.Confidence >= 0 && e.Confidence <= 1) {
			return p.errorf("", "%s: confidence %g is not between 0 and 1", where, e.Confidence)
		}
		if e.Confidence == 0 {
			e.Confidence = -1
		}
		if len(e.Forms) == 0 {
			return p.errorf("", `%s (%s): no English form (want "forms": [{"english": …}])`, where, e.Hangul)
		}
		for _, f := range e.Forms {
			if strings.TrimSpace(f.English) == "" {
				return p.errorf("", "%s (%s): a form with no English", where, e.Hangul)
			}
			if err := c.add(p, e.Hangul, f, e); err != nil {
				return err
			}
		}
	}
	return nil
}

// jsonError is the *ParseError of an error of encoding/json, which it
// wraps, at the offset the error gives (lead is the offset in data of the
// text decoded).
func jsonError(data []byte, lead int, err error) error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		// The offsets are those of the byte after the one that is wrong,
		// or after the value of the wrong type.
		return errorAt(data, lead+max(0, int(se.Offset)-1), &wrapped{"invalid JSON: " + se.Error(), err})
	case errors.As(err, &te):
		return errorAt(data, lead+max(0, int(te.Offset)-1), &wrapped{"invalid glossary JSON: " + te.Error(), err})
	}
	return fmt.Errorf("invalid glossary JSON: %w", err)
}

// entryOffset returns the offset in t, a JSON glossary that decodes, of
// the first character of entry i: in the array t is (bare) or in its
// "entries" array. It walks the tokens again, as it is only wanted for an
// error.
func entryOffset(t []byte, bare bool, i int) int {
	// next is the offset of the value after a token ending at off.
	next := func(off int64) int {
		o := int(off)
		for o < len(t) && strings.IndexByte(" \t\r\n,:", t[o]) >= 0 {
			o++
		}
		return o
	}
	dec := json.NewDecoder(bytes.NewReader(t))
	if _, err := dec.Token(); err != nil { // [ or {
		return 0
	}
	if !bare {
		// The value of the object's "entries" key; the last one counts,
		// and keys match in any case, as in encoding/json.
		array := -1
		for dec.More() {
			k, err := dec.Token()
			if err != nil {
				return 0
			}
			if k, ok := k.(string); ok && strings.EqualFold(k, "entries") {
				array = next(dec.InputOffset())
			}
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return 0
			}
		}
		if array < 0 {
			return 0
		}
		return array + entryOffset(t[array:], true, i)
	}
	for n := 0; dec.More(); n++ {
		if n == i {
			return next(dec.InputOffset())
		}
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			return 0
		}
	}
	return 0
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
