// Package tmxops works on whole TMX files for bitext's tmx command: Merge
// joins translation memories and leaves out duplicate units, Stats
// describes a memory and counts the units a translator should look at, and
// Cat turns a memory into TSV or JSON lines for scripts.
//
// Each reads its input as a stream with tmx.Reader, so memory does not grow
// with the size of a file, except for what finding duplicates needs: a hash
// of each distinct unit (Merge: 16 bytes; Stats: 8, and 16 more for each
// distinct source text). With a million distinct units that is about 80 MB
// for Merge and 150 MB for Stats at their peak; Cat needs no such table.
// Stats also counts languages and language pairs, a bounded number of each
// (MaxLanguages, MaxLanguagePairs): under 1 MB however many tags a file
// holds.
//
// Two units are duplicates when they have the same languages with the same
// text, after tmx.NormalizeText (Unicode NFC, white space collapsed) and
// ignoring the case of language tags; inline markup, properties, notes and
// dates do not count. See UnitKey.
package tmxops

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/bitext-ko/bitext/tm/tmx"
)

// Input is a TMX document to read and the name to give it in messages.
type Input struct {
	Name string
	R    io.Reader
}

// Key identifies a unit's content; see UnitKey.
type Key [16]byte

// UnitKey returns the key under which Merge and Stats count units as
// duplicates: a hash of each variant's language tag (lower-cased) and
// normalized text, taken in the order of the tags.
func UnitKey(u *tmx.Unit) Key { return keyOf(u, normalizedTexts(u)) }

// normalizedTexts returns the text of each variant of u, normalized.
func normalizedTexts(u *tmx.Unit) []string {
	texts := make([]string, len(u.Variants))
	for i, v := range u.Variants {
		texts[i] = tmx.NormalizeText(v.Text)
	}
	return texts
}

// keyOf is UnitKey for the normalized texts of u's variants.
func keyOf(u *tmx.Unit, texts []string) Key {
	parts := make([]string, len(u.Variants))
	for i, v := range u.Variants {
		parts[i] = strings.ToLower(v.Lang) + "\x00" + texts[i]
	}
	sort.Strings(parts)
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0xFF}) // not in UTF-8: separates the parts
	}
	var k Key
	copy(k[:], h.Sum(nil))
	return k
}

func (k Key) short() uint64 { return binary.LittleEndian.Uint64(k[:8]) }

func textKey(lang, text string) Key {
	sum := sha256.Sum256([]byte(strings.ToLower(lang) + "\x00" + text))
	var k Key
	copy(k[:], sum[:])
	return k
}

// sourceAndTargets splits a unit's variants into the source (the unit's
// srclang, else srclang, else the first variant) and the others.
func sourceAndTargets(u *tmx.Unit, srclang string) (tmx.Variant, []tmx.Variant) {
	src := u.SourceIndex(srclang)
	if src < 0 {
		src = 0
	}
	targets := make([]tmx.Variant, 0, len(u.Variants)-1)
	for i, v := range u.Variants {
		if i != src {
			targets = append(targets, v)
		}
	}
	return u.Variants[src], targets
}

// unitProblem is a warning about one unit, naming where it is.
func unitProblem(name string, r *tmx.Reader, u *tmx.Unit, format string, args ...any) error {
	line, col := r.Pos()
	id := ""
	if u.TUID != "" {
		id = fmt.Sprintf(" (tuid %q)", u.TUID)
	}
	return fmt.Errorf("%s: line %d, column %d: unit%s %s", name, line, col, id, fmt.Sprintf(format, args...))
}

// forEach reads every unit of in and calls f with it; warnings from the
// reader go to warn with the input's name.
func forEach(in Input, keepMarkup bool, warn func(error), header func(tmx.Header) error, f func(*tmx.Reader, *tmx.Unit) error) (skipped int, err error) {
	r := tmx.NewReader(in.R)
	r.KeepMarkup = keepMarkup
	r.Warn = func(err error) {
		if warn != nil {
			warn(fmt.Errorf("%s: %w", in.Name, err))
		}
	}
	h, err := r.Header()
	if err != nil {
		return 0, fmt.Errorf("reading %s: %w", in.Name, err)
	}
	if header != nil {
		if err := header(h); err != nil {
			return 0, err
		}
	}
	for {
		u, err := r.Read()
		if errors.Is(err, io.EOF) {
			return r.Skipped(), nil
		}
		if err != nil {
			return r.Skipped(), fmt.Errorf("reading %s: %w", in.Name, err)
		}
		if err := f(r, &u); err != nil {
			return r.Skipped(), err
		}
	}
}
