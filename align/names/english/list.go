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
func ListNames(paragraphs []string) []Name {
	ms := FindNamesIn(paragraphs)
	// Full names by first and last word.
	owners := map[string][]string{}
	for _, p := range ms {
		for _, m := range p {
			ws := strings.Fields(m.Text)
			if len(ws) < 2 || m.Type != Person {
				continue
			}
			for _, w := range []string{ws[0], ws[len(ws)-1]} {
				if !slices.Contains(owners[w], m.Text) {
					owners[w] = append(owners[w], m.Text)
				}
			}
		}
	}
	byText := map[string]int{}
	var out []Name
	for pi, p := range ms {
		for _, m := range p {
			key, short := m.Text, ""
			if o := owners[m.Text]; len(o) == 1 && !strings.Contains(m.Text, " ") {
				key, short = o[0], m.Text
			}
			i, ok := byText[key]
			if !ok {
				i = len(out)
				byText[key] = i
				out = append(out, Name{Text: key, Type: m.Type})
			}
			n := &out[i]
			n.Count++
			if n.Type == Other && m.Type != Other {
				n.Type = m.Type
			}
			if short != "" && !slices.Contains(n.Forms, short) {
				n.Forms = append(n.Forms, short)
			}
			if m.Title != "" && !slices.Contains(n.Titles, m.Title) {
				n.Titles = append(n.Titles, m.Title)
			}
			if len(n.Paragraphs) == 0 || n.Paragraphs[len(n.Paragraphs)-1] != pi {
				n.Paragraphs = append(n.Paragraphs, pi)
			}
		}
	}
	return out
}
