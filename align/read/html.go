package read

import (
	"fmt"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// LooksLikeHTML reports whether data starts like an HTML document.
func LooksLikeHTML(data []byte) bool {
	return looksLikeHTML(string(data[:min(len(data), 1024)]))
}

func looksLikeHTML(data string) bool {
	head := data[:min(len(data), 1024)]
	head = strings.TrimLeft(strings.TrimPrefix(head, "\xEF\xBB\xBF"), " \t\r\n")
	if !strings.HasPrefix(head, "<") {
		// Every form below opens with '<', which no other character
		// lowers to: a text stops here without a lowered copy of its head.
		return false
	}
	lower := strings.ToLower(head)
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body"} {
		if strings.HasPrefix(lower, p) {
			return true
		}
	}
	return strings.HasPrefix(lower, "<?xml") && strings.Contains(lower, "<html")
}

// skipped elements hold no article text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Nav: true,
	atom.Head: true, atom.Template: true, atom.Svg: true, atom.Iframe: true,
	atom.Form: true, atom.Button: true, atom.Select: true, atom.Textarea: true,
	atom.Object: true, atom.Canvas: true, atom.Math: true, atom.Menu: true,
}

// block elements end a paragraph.
var block = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true,
	atom.Ol: true, atom.Blockquote: true, atom.Pre: true, atom.Table: true,
	atom.Tr: true, atom.Td: true, atom.Th: true, atom.Article: true,
	atom.Section: true, atom.Header: true, atom.Footer: true, atom.Aside: true,
	atom.Figure: true, atom.Figcaption: true, atom.Main: true, atom.Dl: true,
	atom.Dt: true, atom.Dd: true, atom.Hr: true, atom.Address: true,
	atom.Caption: true, atom.Details: true, atom.Summary: true, atom.Body: true,
}

// htmlText returns the text of an HTML page as blank-line-separated
// paragraphs: one per block element, <br> as a line break inside one.
func htmlText(s string) (string, error) {
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return "", fmt.Errorf("parsing HTML: %w", err)
	}
	var out strings.Builder
	var cur strings.Builder
	flush := func() {
		p := strings.TrimSpace(cur.String())
		cur.Reset()
		if p == "" {
			return
		}
		if out.Len() > 0 {
			out.WriteString("\n\n")
		}
		out.WriteString(p)
	}
	var walk func(n *html.Node, pre bool)
	walk = func(n *html.Node, pre bool) {
		switch n.Type {
		case html.TextNode:
			if pre {
				cur.WriteString(n.Data)
				return
			}
			// Collapse white space as a browser does.
			f := strings.Fields(n.Data)
			if len(f) == 0 {
				if n.Data != "" && cur.Len() > 0 {
					cur.WriteByte(' ')
				}
				return
			}
			if startsSpace(n.Data) && cur.Len() > 0 {
				cur.WriteByte(' ')
			}
			cur.WriteString(strings.Join(f, " "))
			if endsSpace(n.Data) {
				cur.WriteByte(' ')
			}
			return
		case html.ElementNode:
			if skipped[n.DataAtom] || hidden(n) {
				return
			}
			if n.DataAtom == atom.Br {
				trimTrailingSpace(&cur)
				cur.WriteByte('\n')
				return
			}
			if n.DataAtom == atom.Img {
				return
			}
		case html.CommentNode, html.DoctypeNode:
			return
		}
		isBlock := n.Type == html.ElementNode && block[n.DataAtom]
		if isBlock {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, pre || n.DataAtom == atom.Pre)
		}
		if isBlock {
			flush()
		}
	}
	walk(doc, false)
	flush()
	return out.String(), nil
}

func startsSpace(s string) bool { return s != "" && strings.TrimLeft(s[:1], " \t\r\n\f") == "" }
func endsSpace(s string) bool   { return s != "" && strings.TrimRight(s[len(s)-1:], " \t\r\n\f") == "" }

func trimTrailingSpace(b *strings.Builder) {
	s := b.String()
	t := strings.TrimRight(s, " ")
	if len(t) != len(s) {
		b.Reset()
		b.WriteString(t)
	}
}

// hidden reports elements marked invisible or as page navigation.
func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "role":
			if a.Val == "navigation" || a.Val == "banner" || a.Val == "contentinfo" {
				return true
			}
		case "style":
			v := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
			if strings.Contains(v, "display:none") || strings.Contains(v, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}
