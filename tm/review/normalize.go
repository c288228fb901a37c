package review

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/bitext-ko/bitext/align/names/namekey"
	"github.com/bitext-ko/bitext/align/names/romanize"
	"github.com/bitext-ko/bitext/align/names/surname"
	"github.com/bitext-ko/bitext/tm/glossary"
)

// NormalizeOptions say what a name is rewritten to.
type NormalizeOptions struct {
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

// Normalize rewrites the names of English text that the options know into
// their preferred form, and nothing else: only the spans FindNames
// reports as names are replaced, so the rest of the text comes back byte
// for byte. It also returns the names it left alone because a glossary
// gives them to more than one Hangul name.
func Normalize(text string, opt NormalizeOptions) (string, []Change, []string) {
	ix := newFormIndex(opt.Glossary)
	var changes []Change
	var warnings []string
	warned := map[string]bool{}
	for _, m := range glossary.FindNames(text) {
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
			to = styleName(m.Text, *opt.Style)
		}
		if to == "" || to == m.Text {
			continue
		}
		changes = append(changes, Change{Start: m.Start, End: m.End, From: m.Text, To: to, Hangul: hangulName,
			Line: 1 + strings.Count(text[:m.Start], "\n"), Class: Classify(to, m.Text, hangulName)})
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

// styleName writes a romanized Korean personal name in a house style, or
// returns "" for anything else. Without the Hangul only the layout and
// the surname's spelling change (Kim Jong Un → Kim Jong-un); the given
// name keeps its letters.
func styleName(s string, style romanize.Style) string {
	n, err := namekey.Parse(s)
	if err != nil || n.Known == nil || len(n.Given) < 2 {
		return ""
	}
	for _, g := range n.Given {
		if len(g) > 5 {
			return ""
		}
	}
	out := n.Format(style)
	// Without the Hangul, a surname already written the style's way for
	// one of the surnames it can be (Ri is the press spelling of 리,
	// Lee that of 이) stays as written.
	for _, sur := range surname.ByLatin(n.Surname) {
		want := sur.Press
		switch style {
		case romanize.DPRK:
			want = sur.DPRK
		case romanize.MR, romanize.MRPlain:
			want = sur.MR
		case romanize.RR, romanize.RRTranslit:
			want = ""
		}
		if want != "" && strings.EqualFold(want, n.Surname) {
			f, err := namekey.Parse(out)
			if err == nil && !strings.EqualFold(f.Surname, n.Surname) {
				out = strings.Replace(out, f.Surname, want, 1)
			}
			break
		}
	}
	return out
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
