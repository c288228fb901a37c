package review

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"

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
	resolved := map[string]resolution{} // resolveHangul, once per name
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
			var note string
			to, hangulName, note = styleName(m.Text, *opt.Style, resolved)
			if note != "" && !warned[m.Text] {
				warned[m.Text] = true
				warnings = append(warnings, note)
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

// styleName writes the romanized Korean personal name s in a house
// style, from its Hangul: the Hangul names that some romanization system
// spells as s (resolveHangul) are romanized in style, and s is rewritten
// only when they all give the same form — Kim Chŏng-ŭn and Kim Jeong-eun
// are 김정은 and nothing else, so they become Kim Jong Un in DPRK style,
// while Kim Jong-un, which may be 김정은 or 김종은, has no one MR form and
// is left alone, with a note saying so (the note is "" when s is not a
// Korean name at all). In press style, a name that cannot be resolved
// still gets the press layout and surname (Kim Jong Un → Kim Jong-un, Pak
// → Park), its given name keeping its letters: the press keeps people's
// own spellings of their given names (Cho Yoon-je), so nothing is mixed.
// It returns the new form ("" to leave s alone) and, when one Hangul name
// was found, that name.
func styleName(s string, style romanize.Style, resolved map[string]resolution) (to, hangulName, note string) {
	res, ok := resolved[s]
	if !ok {
		res = resolveHangul(s)
		resolved[s] = res
	}
	if !res.checked {
		return "", "", ""
	}
	var forms []string
	for _, h := range res.hangul {
		if f := renderName(h, style, s); !slices.Contains(forms, f) {
			forms = append(forms, f)
		}
	}
	if len(forms) == 1 {
		if len(res.hangul) == 1 {
			hangulName = res.hangul[0]
		}
		return forms[0], hangulName, ""
	}
	if style == romanize.Press {
		return pressLayout(res.name), "", ""
	}
	if len(res.hangul) == 0 {
		return "", "", fmt.Sprintf("%q left alone: no romanization system spells a Hangul name this way, so its %s form is unknown (give its Hangul with --glossary)", s, style)
	}
	hs := res.hangul
	more := ""
	if len(hs) > 4 {
		more = fmt.Sprintf(" or %d more", len(hs)-4)
		hs = hs[:4]
	}
	return "", "", fmt.Sprintf("%q left alone: it may be %s%s, which %s writes differently (give its Hangul with --glossary)", s, strings.Join(hs, ", "), more, style)
}

// pressLayout writes a parsed Korean name in the press layout (Kim
// Jong-un) with the press spelling of its surname; the given name keeps
// its letters. A surname already written the press way for one of the
// surnames it can be (Ri is the press spelling of 리, Lee that of 이)
// stays as written.
func pressLayout(n namekey.Name) string {
	out := n.Format(romanize.Press)
	for _, sur := range surname.ByLatin(n.Surname) {
		if strings.EqualFold(sur.Press, n.Surname) {
			f, err := namekey.Parse(out)
			if err == nil && !strings.EqualFold(f.Surname, n.Surname) {
				out = strings.Replace(out, f.Surname, sur.Press, 1)
			}
			break
		}
	}
	return out
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
