package review

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/bitext-ko/bitext/align/names/english"
	"github.com/bitext-ko/bitext/align/names/namekey"
	"github.com/bitext-ko/bitext/align/names/romanize"
	"github.com/bitext-ko/bitext/align/names/spelling"
	"github.com/bitext-ko/bitext/tm/glossary"
)

// RestyleOptions say what a name is rewritten to.
type RestyleOptions struct {
	// Style is the house style for Korean personal and place names; nil
	// writes only the house list's names, in its spellings.
	Style *romanize.Style
	// House is the house list over the table of established spellings;
	// nil is the table alone (DefaultHouse).
	House *House
}

// Change is one name rewritten.
type Change struct {
	Start, End int    `json:"-"` // byte offsets of From in the text
	Line       int    `json:"line"`
	From       string `json:"from"`
	To         string `json:"to"`
	Hangul     string `json:"hangul,omitempty"`
	Class      Class  `json:"class"`
	// Applied is the established spelling the change applied (an entry
	// of the built-in table or of the house list), or nil.
	Applied *spelling.Entry `json:"-"`
	// Style is the style the change was made in (nil: the house list's
	// spelling).
	Style *romanize.Style `json:"-"`
}

// RestyleNames rewrites the Korean personal and place names of English
// text into the house's spelling or the style, and nothing else: only
// spans english.FindNames reports as names, and of those only the ones the house
// list or the name layer identifies as a Korean person or place with its
// Hangul (House.identify). Foreign names, organizations, translated
// names and phrases are never rewritten, whatever a glossary pairs them
// with; the rest of the text comes back byte for byte.
//
// Without a style, a name is rewritten only to the house list's spelling
// of it. With a style, a Korean name is written as House.StyleForm says,
// from its Hangul; a spelling that only the romanization systems tell
// (no list, no established spelling) is rewritten only when every Hangul
// name it may stand for gives one form in the style. It also returns
// warnings for the names it left alone: the list gives them to more than
// one Hangul name, or their form in the style is unknown.
func RestyleNames(text string, opt RestyleOptions) (string, []Change, []string) {
	h := opt.House
	if h == nil {
		h = DefaultHouse()
	}
	var changes []Change
	var warnings []string
	warned := map[string]bool{}
	warn := func(name, msg string) {
		if !warned[name] {
			warned[name] = true
			warnings = append(warnings, msg)
		}
	}
	known := map[string]target{} // once per name
	for _, m := range english.FindNames(text) {
		tg, ok := known[m.Text]
		if !ok {
			id := h.identify(m.Text)
			switch {
			case id.ambiguous != "":
				warn(m.Text, id.ambiguous)
			case id.hangul != "" && opt.Style == nil:
				if id.listed != nil {
					tg = target{to: id.listed.Preferred(), hangul: id.hangul, applied: h.listEntry(id.hangul)}
				}
			case id.hangul != "":
				tg.to, tg.applied = h.StyleForm(id.hangul, id.kind, m.Text, *opt.Style)
				tg.hangul = id.hangul
			case id.own && opt.Style != nil && *opt.Style == romanize.Press:
				// The press keeps a person's own spelling, in its layout
				// (Hwang Joon Bum → Hwang Joon-bum); its letters are not
				// touched, since its Hangul is unknown.
				if f := pressLayout(m.Text); Classify(f, m.Text) == Formatting || f == m.Text {
					tg.to = f
				}
			case id.kind != spelling.AnyKind && opt.Style != nil:
				tg = restyleCandidates(h, m.Text, id.kind, id.candidates, *opt.Style)
				if tg.to == "" {
					warn(m.Text, unknownNote(m.Text, *opt.Style, id.candidates))
				}
			}
			known[m.Text] = tg
		}
		to := tg.to
		if to != "" && english.AllCaps(m.Text) {
			// KIM JONG UN in a headline in capitals stays in capitals.
			to = strings.ToUpper(to)
		}
		if to == "" || to == m.Text {
			continue
		}
		changes = append(changes, Change{Start: m.Start, End: m.End, From: m.Text, To: to, Hangul: tg.hangul, Applied: tg.applied, Style: opt.Style,
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

// target is what a name is rewritten to: to ("" to leave it), its
// Hangul when known and the established spelling applied.
type target struct {
	to, hangul string
	applied    *spelling.Entry
}

// restyleCandidates writes a Korean name that may be any of several Hangul
// names (candidates) in style, when every candidate gives the same form:
// Kim Chŏng-ŭn and Kim Jeong-eun are 김정은 and nothing else; Kim Jong Ho
// may be 김정호 or 김종호, which press and DPRK style write alike and MR
// does not; Ri Yong Ho is the established spelling of two namesakes,
// 리용호 and 리영호. It returns the zero target otherwise.
func restyleCandidates(h *House, name string, kind spelling.Kind, candidates []string, style romanize.Style) (tg target) {
	var forms, applied []string
	var entry *spelling.Entry
	for _, c := range candidates {
		f, a := h.StyleForm(c, kind, name, style)
		if !slices.Contains(forms, f) {
			forms = append(forms, f)
		}
		if a != nil && !slices.Contains(applied, a.String()) {
			applied = append(applied, a.String())
			entry = a
		}
	}
	if len(forms) != 1 {
		return tg
	}
	tg.to = forms[0]
	if len(candidates) == 1 {
		tg.hangul = candidates[0]
	}
	if len(applied) == 1 {
		// The entry that gives the form, when one does (Kim Il-seong is
		// 김일성 by the rules, and press style writes it as the table's
		// Kim Il-sung).
		tg.applied = entry
	}
	return tg
}

// unknownNote says why a Korean name was left alone.
func unknownNote(s string, style romanize.Style, candidates []string) string {
	if len(candidates) == 0 {
		return fmt.Sprintf("%q left alone: it is spelled as a person spells their own name, not by a romanization system, and no established spelling is this one, so its Hangul and its %s form are unknown (give its Hangul with --house)", s, style)
	}
	hs := candidates
	more := ""
	if len(hs) > 4 {
		more = fmt.Sprintf(" or %d more", len(hs)-4)
		hs = hs[:4]
	}
	return fmt.Sprintf("%q left alone: it may be %s%s, which %s writes differently (give its Hangul with --house)", s, strings.Join(hs, ", "), more, style)
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

// RenderChanges shows each changed line of text, prefixed by its number,
// with each change in place as the name written and what it becomes:
// "12: … leader [Kim Jong Un → Kim Jong-un] met …". With colour the
// brackets go, and the name written is red and struck through, the new
// one green.
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
			if color {
				parts.WriteString(red + "\x1b[9m" + c.From + reset + green + c.To + reset)
			} else {
				parts.WriteString("[" + c.From + " → " + c.To + "]")
			}
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

// AppliedSpellings reports what each rewrite applied, each once, in the
// order first applied, with the names rewritten by it: the established
// spelling of the table or the house list, `Kim Il Sung → Kim Il-sung
// (2×): established spelling 김일성 → Kim Il-sung (person: …; wire;
// spellings.tsv:123)`, or, where no entry applies, the style's rules:
// `Hwang Joon Bum → Hwang Joon-bum (1×): no established spelling; press
// style (a person's own spelling in the press layout, or the rules)`.
func AppliedSpellings(changes []Change) []string {
	type use struct {
		froms    []string
		to, what string
		n        int
	}
	var order []string
	uses := map[string]*use{}
	for _, c := range changes {
		k := ""
		switch {
		case c.Applied != nil:
			k = "established spelling " + c.Applied.String()
		case c.Style != nil && *c.Style == romanize.Press:
			k = "no established spelling; press style (a person's own spelling in the press layout, or the rules)"
		case c.Style != nil:
			k = "no established spelling; the " + c.Style.String() + " romanization"
		default:
			continue // a house rewrite always has its entry
		}
		what := k
		if c.Applied == nil {
			// The rules give each name its own form.
			if c.Hangul != "" {
				what += " of " + c.Hangul
			}
			k = what + "\x00" + strings.ToLower(c.To)
		}
		u := uses[k]
		if u == nil {
			u = &use{to: c.To, what: what}
			uses[k] = u
			order = append(order, k)
		}
		u.n++
		if !slices.Contains(u.froms, c.From) {
			u.froms = append(u.froms, c.From)
		}
	}
	out := make([]string, 0, len(order))
	for _, k := range order {
		u := uses[k]
		out = append(out, fmt.Sprintf("%s → %s (%d×): %s", strings.Join(u.froms, ", "), u.to, u.n, u.what))
	}
	return out
}
