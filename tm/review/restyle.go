package review

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/bitext-ko/bitext/align/names/english"
	"github.com/bitext-ko/bitext/align/names/namekey"
	"github.com/bitext-ko/bitext/align/names/resolve"
	"github.com/bitext-ko/bitext/align/names/romanize"
	"github.com/bitext-ko/bitext/tm/glossary"
)

// RestyleOptions say what a name is rewritten to.
type RestyleOptions struct {
	// Style is the house style for Korean personal names (and, with a
	// glossary, Korean places); nil keeps the glossary's preferred form.
	Style *romanize.Style
	// Glossary gives the names known and their preferred forms: a form
	// of an entry, or a spelling with the same name key, is rewritten to
	// the entry's preferred form (or its romanization in Style).
	Glossary []glossary.Entry
}

// Change is one name rewritten.
type Change struct {
	Start, End int    `json:"-"` // byte offsets of From in the text
	Line       int    `json:"line"`
	From       string `json:"from"`
	To         string `json:"to"`
	Hangul     string `json:"hangul,omitempty"`
	Class      Class  `json:"class"`
}

// RestyleNames rewrites the names of English text that the options know
// into their preferred form, and nothing else: only the spans english.FindNames
// reports as names are replaced, so the rest of the text comes back byte
// for byte. Without a glossary, a Korean personal name is restyled from
// its Hangul found from the spelling (resolve.Restyle). It also returns
// warnings for the names it left alone: a glossary gives them to more
// than one Hangul name, or their form in the style is unknown.
func RestyleNames(text string, opt RestyleOptions) (string, []Change, []string) {
	ix := newFormIndex(opt.Glossary)
	var changes []Change
	var warnings []string
	warned := map[string]bool{}
	restyled := map[string]resolve.Restyled{} // resolve.Restyle, once per name
	for _, m := range english.FindNames(text) {
		to, hangulName := "", ""
		if len(opt.Glossary) > 0 {
			es := ix.lookup(m.Text)
			switch {
			case len(es) > 1:
				if !warned[m.Text] {
					warned[m.Text] = true
					var hs []string
					for _, e := range es {
						hs = append(hs, e.Hangul)
					}
					warnings = append(warnings, fmt.Sprintf("%q left alone: the glossary gives it to %s", m.Text, strings.Join(hs, ", ")))
				}
				continue
			case len(es) == 1:
				e := es[0]
				hangulName = e.Hangul
				to = e.Preferred()
				if opt.Style != nil {
					if s := StyleForm(e, *opt.Style); s != "" {
						to = s
					}
				}
			}
		} else if opt.Style != nil {
			r, ok := restyled[m.Text]
			if !ok {
				r = resolve.Restyle(m.Text, *opt.Style)
				restyled[m.Text] = r
			}
			to, hangulName = r.To, r.Hangul
			if r.Unknown && !warned[m.Text] {
				warned[m.Text] = true
				warnings = append(warnings, unknownNote(m.Text, *opt.Style, r))
			}
		}
		if to != "" && allCaps(m.Text) {
			// KIM JONG UN in a headline in capitals stays in capitals.
			to = strings.ToUpper(to)
		}
		if to == "" || to == m.Text {
			continue
		}
		changes = append(changes, Change{Start: m.Start, End: m.End, From: m.Text, To: to, Hangul: hangulName,
			Line: 1 + strings.Count(text[:m.Start], "\n"), Class: Classify(to, m.Text)})
	}
	var b strings.Builder
	last := 0
	for _, c := range changes {
		b.WriteString(text[last:c.Start])
		b.WriteString(c.To)
		last = c.End
	}
	b.WriteString(text[last:])
	return b.String(), changes, warnings
}

// unknownNote says why a Korean name was left alone.
func unknownNote(s string, style romanize.Style, r resolve.Restyled) string {
	if len(r.Candidates) == 0 {
		return fmt.Sprintf("%q left alone: no romanization system spells a Hangul name this way, so its %s form is unknown (give its Hangul with --glossary)", s, style)
	}
	hs := r.Candidates
	more := ""
	if len(hs) > 4 {
		more = fmt.Sprintf(" or %d more", len(hs)-4)
		hs = hs[:4]
	}
	return fmt.Sprintf("%q left alone: it may be %s%s, which %s writes differently (give its Hangul with --glossary)", s, strings.Join(hs, ", "), more, style)
}

// allCaps reports whether s is written in capitals (two letters or more,
// none lower-case).
func allCaps(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}

// formIndex finds the glossary entries an English name is a form of.
type formIndex struct {
	exact map[string][]*glossary.Entry // lower-case form
	key   map[string][]*glossary.Entry // namekey.Key of a form
}

func newFormIndex(es []glossary.Entry) *formIndex {
	ix := &formIndex{exact: map[string][]*glossary.Entry{}, key: map[string][]*glossary.Entry{}}
	add := func(m map[string][]*glossary.Entry, k string, e *glossary.Entry) {
		if k != "" && !slices.Contains(m[k], e) {
			m[k] = append(m[k], e)
		}
	}
	for i := range es {
		e := &es[i]
		for _, f := range e.Forms {
			add(ix.exact, strings.ToLower(f.English), e)
			add(ix.key, namekey.Key(f.English), e)
		}
	}
	return ix
}

func (ix *formIndex) lookup(s string) []*glossary.Entry {
	if es := ix.exact[strings.ToLower(s)]; len(es) > 0 {
		return es
	}
	if k := namekey.Key(s); k != "" {
		return ix.key[k]
	}
	return nil
}

// RenderChanges shows each changed line of text with its changes as
// character diffs, prefixed by the line number.
func RenderChanges(text string, changes []Change, color bool) string {
	var b strings.Builder
	lines := strings.SplitAfter(text, "\n")
	offset := 0
	ci := 0
	for n, line := range lines {
		end := offset + len(line)
		var parts strings.Builder
		pos := offset
		changed := false
		for ci < len(changes) && changes[ci].Start < end {
			c := changes[ci]
			parts.WriteString(text[pos:c.Start])
			parts.WriteString(Render(CharDiff(c.From, c.To), color))
			pos = c.End
			ci++
			changed = true
		}
		if changed {
			parts.WriteString(strings.TrimRight(text[pos:end], "\n"))
			b.WriteString(strconv.Itoa(n+1) + ": " + parts.String() + "\n")
		}
		offset = end
	}
	return b.String()
}
