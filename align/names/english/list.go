package english

import (
	"slices"
	"strings"
)

// Name is one name of an English text, its short forms folded in.
type Name struct {
	Text  string `json:"name"`
	Type  Type   `json:"type"`
	Count int    `json:"count"`
	// Forms are the shorter forms that were counted as this name (Trump
	// for Donald Trump), in order of appearance.
	Forms []string `json:"forms,omitempty"`
	// Titles are the titles seen before it (Secretary of State).
	Titles []string `json:"titles,omitempty"`
	// Paragraphs are the 0-based ids of the paragraphs it is in.
	Paragraphs []int `json:"paragraphs"`
}

// ListNames returns the names of an English text's paragraphs in order of
// first appearance, titles stripped (paragraph ids are positions in
// paragraphs; leaving out page furniture is the caller's, who may pass
// it as empty strings): a one-word name that is the first or
// last word of exactly one longer name of a person (Trump, Kim) is counted
// as that name.
//
// Memory: the mentions are folded as they are found, by text, type,
// title and the 's after them, so a long text costs about the size of its
// vocabulary and of its list of names, not of its mentions (a line of
// 250 MB is listed in the memory the README gives).
func ListNames(paragraphs []string) []Name {
	// Mentions that differ in nothing ListNames reads are one group,
	// counted, in order of first appearance; the group's mention stands
	// for them all in the document-wide steps of FindNamesIn (personCoref,
	// ownS), which read the set of names, not their number.
	type key struct {
		text, title string
		typ         Type
		Guessed     bool
		s           string // the 's after the name, if any
	}
	type group struct {
		key
		count      int
		paragraphs []int
	}
	index := map[key]int{}
	var groups []group
	named := map[string]bool{} // names that end in 's (ownS)
	eachMention(paragraphs, func(pi int, m Mention) {
		text := paragraphs[pi]
		k := key{m.Text, m.Title, m.Type, m.Guessed, text[m.End : m.End+sAfter(text, m)]}
		if sNamed(text, m) {
			named[m.Text] = true
		}
		i, ok := index[k]
		if !ok {
			i = len(groups)
			index[k] = i
			groups = append(groups, group{key: k})
		}
		g := &groups[i]
		g.count++
		if len(g.paragraphs) == 0 || g.paragraphs[len(g.paragraphs)-1] != pi {
			g.paragraphs = append(g.paragraphs, pi)
		}
	})
	reps := make([]Mention, len(groups))
	for i, g := range groups {
		reps[i] = Mention{Text: g.text, Title: g.title, Type: g.typ, Guessed: g.Guessed}
	}
	personCoref([][]Mention{reps})
	for i := range groups {
		g := &groups[i]
		g.typ = reps[i].Type
		if g.s != "" && named[g.text] {
			g.text += g.s
		}
	}
	// Full names by first and last word.
	owners := map[string][]string{}
	for _, g := range groups {
		ws := strings.Fields(g.text)
		if len(ws) < 2 || g.typ != Person {
			continue
		}
		for _, w := range []string{ws[0], ws[len(ws)-1]} {
			if !slices.Contains(owners[w], g.text) {
				owners[w] = append(owners[w], g.text)
			}
		}
	}
	byText := map[string]int{}
	var out []Name
	for _, g := range groups { // in order of first appearance
		typ := g.typ
		key, short := g.text, ""
		if o := owners[g.text]; len(o) == 1 && !strings.Contains(g.text, " ") {
			key, short = o[0], g.text
		}
		i, ok := byText[key]
		if !ok {
			i = len(out)
			byText[key] = i
			out = append(out, Name{Text: key, Type: typ})
		}
		n := &out[i]
		n.Count += g.count
		if n.Type == Other && typ != Other {
			n.Type = typ
		}
		if short != "" && !slices.Contains(n.Forms, short) {
			n.Forms = append(n.Forms, short)
		}
		if g.title != "" && !slices.Contains(n.Titles, g.title) {
			n.Titles = append(n.Titles, g.title)
		}
		n.Paragraphs = append(n.Paragraphs, g.paragraphs...)
	}
	for i := range out {
		slices.Sort(out[i].Paragraphs)
		out[i].Paragraphs = slices.Compact(out[i].Paragraphs)
	}
	return out
}
