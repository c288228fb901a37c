package glossary

import (
	"slices"
	"strings"

	"github.com/bitext-ko/bitext/align/furniture"
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

// ListArticleNames is ListNames over the text of an article page: lines of
// page furniture (datelines such as "Modified on : …", interface words,
// copyright lines, repeated captions; package furniture) are left out, so
// their words are not taken for names. Bylines stay: the writer's name is
// a name of the article (By Hwang Joon-bum). Paragraph ids are those of
// the input.
func ListArticleNames(paragraphs []string) []Name {
	body := make([]string, len(paragraphs))
	for i, v := range furniture.Detect(paragraphs) {
		body[i] = paragraphs[i]
		if !slices.ContainsFunc(v.Lines, func(r furniture.Reason) bool { return r != furniture.Body && r != furniture.Byline }) {
			continue // no copy of a paragraph that loses nothing
		}
		lines := strings.Split(paragraphs[i], "\n")
		for j, r := range v.Lines {
			if r != furniture.Body && r != furniture.Byline && !r.Soft() {
				lines[j] = ""
			}
		}
		body[i] = strings.Join(lines, "\n")
	}
	return ListNames(body)
}

// ListNames returns the names of an English text's paragraphs in order of
// first appearance, titles stripped: a one-word name that is the first or
// last word of exactly one longer name of a person (Trump, Kim) is counted
// as that name.
//
// Memory: the mentions are folded as they are found, by text, type and
// title, so a long text costs about the size of its vocabulary and of its
// list of names, not of its mentions (a line of 250 MB is listed in the
// memory the README gives).
func ListNames(paragraphs []string) []Name {
	// Mentions that differ in nothing ListNames reads are one group,
	// counted, in order of first appearance.
	type key struct {
		text, title string
		typ         Type
	}
	type group struct {
		key
		count      int
		paragraphs []int
	}
	index := map[key]int{}
	var groups []group
	eachMention(paragraphs, func(pi int, m Mention) {
		k := key{m.Text, m.Title, m.Type}
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
	// Full names by first and last word; they also make a surname alone
	// a person (personCoref).
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
		if _, ok := owners[g.text]; ok && typ == Other {
			typ = Person
		}
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
