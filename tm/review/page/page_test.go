package page

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/bitext-ko/bitext/align"
	"github.com/bitext-ko/bitext/align/eval"
	"github.com/bitext-ko/bitext/align/read"
	"github.com/bitext-ko/bitext/tm/alignfile"
	"github.com/bitext-ko/bitext/tm/glossary"
	"golang.org/x/net/html"
)

// pair is an alignment file to make a page of.
type pair struct {
	name string
	file *alignfile.File
}

// makeFile aligns en and ko with the pair's names, as bitext align
// --format html does; minScore high enough flags beads.
func makeFile(t testing.TB, en, ko string, minScore float64) *alignfile.File {
	t.Helper()
	te, err := read.File(en, nil, read.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tk, err := read.File(ko, nil, read.Options{})
	if err != nil {
		t.Fatal(err)
	}
	b := glossary.NewBuilder(glossary.Options{})
	a := align.Align(te.Paragraphs, tk.Paragraphs, align.Options{MinScore: minScore})
	b.Add("doc", a)
	f := alignfile.New(a, alignfile.Input{Path: filepath.Base(en), Text: te}, alignfile.Input{Path: filepath.Base(ko), Text: tk}, "doc",
		alignfile.Settings{MinScore: minScore}, "test")
	f.SetGlossary(b.Entries())
	return f
}

// testPairs returns the example and a few dev-real pairs (some with HTML
// sides), or the example alone without ../shared.
func testPairs(t testing.TB) []pair {
	ps := []pair{{"example", makeFile(t, "../../../testdata/example/summit.en.txt", "../../../testdata/example/summit.ko.txt", 0.999)}}
	dir := filepath.Join("..", "..", "..", "..", "shared", "corpus", "dev-real")
	if _, err := os.Stat(dir); err != nil {
		t.Logf("shared corpus not available (%v): the example pair only", err)
		return ps
	}
	ts, err := eval.FindTriples(dir)
	if err != nil {
		t.Fatal(err)
	}
	// Two pairs with an HTML side and two without.
	count := map[bool]int{}
	for _, tr := range ts {
		isHTML := strings.HasSuffix(tr.EN, ".html") || strings.HasSuffix(tr.KO, ".html")
		if count[isHTML] < 2 {
			count[isHTML]++
			ps = append(ps, pair{tr.ID, makeFile(t, tr.EN, tr.KO, align.DefaultMinScore)})
		}
	}
	return ps
}

func render(t testing.TB, f *alignfile.File, level align.Level) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, f, Options{Level: level}); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// texts returns what a side shows at level: each paragraph, or each
// sentence (a furniture paragraph's text when its one sentence is empty).
func texts(f *alignfile.File, level align.Level) []string {
	var out []string
	for _, side := range []alignfile.Side{f.EN, f.KO} {
		for _, p := range side.Paragraphs {
			if level == align.ParagraphLevel || strings.TrimSpace(p.Sentences[0]) == "" {
				out = append(out, p.Text)
				continue
			}
			out = append(out, p.Sentences...)
		}
	}
	return out
}

func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

// TestPageIsSelfContained parses each page with golang.org/x/net/html,
// as a browser would, and checks that it loads nothing (no script, no
// element or attribute that fetches, a policy forbidding it), that every
// paragraph (or sentence) of both sides is in its text, that Korean
// texts are marked Korean, and that the flagged beads are listed and
// linked to.
func TestPageIsSelfContained(t *testing.T) {
	for _, p := range testPairs(t) {
		for _, level := range []align.Level{align.ParagraphLevel, align.SentenceLevel} {
			page := render(t, p.file, level)
			doc, err := html.Parse(bytes.NewReader(page))
			if err != nil {
				t.Fatalf("%s: %v", p.name, err)
			}
			var text strings.Builder
			ids := map[string]bool{}
			var hrefs []string
			csp, koTexts, flagged := false, 0, 0
			var walk func(n *html.Node, lang string)
			walk = func(n *html.Node, lang string) {
				if n.Type == html.TextNode {
					text.WriteString(n.Data + " ")
					if lang == "ko" && strings.ContainsFunc(n.Data, func(r rune) bool { return r >= 0xAC00 && r <= 0xD7A3 }) {
						koTexts++
					}
				}
				if n.Type == html.ElementNode {
					switch n.Data {
					case "script", "img", "link", "iframe", "object", "embed", "video", "audio", "source", "base", "form":
						t.Errorf("%s: a <%s> element", p.name, n.Data)
					}
					for _, a := range n.Attr {
						switch a.Key {
						case "lang":
							lang = a.Val
						case "id":
							ids[a.Val] = true
						case "href":
							hrefs = append(hrefs, a.Val)
						case "src", "srcset", "action", "formaction", "poster", "background":
							t.Errorf("%s: a %s attribute", p.name, a.Key)
						case "class":
							if slices.Contains(strings.Fields(a.Val), "flagged") {
								flagged++
							}
						case "content":
							if strings.Contains(a.Val, "default-src 'none'") {
								csp = true
							}
						}
						if strings.HasPrefix(a.Key, "on") {
							t.Errorf("%s: an event handler %s", p.name, a.Key)
						}
					}
					if n.Data == "style" && strings.Contains(n.FirstChild.Data, "url(") {
						t.Errorf("%s: the style fetches a url()", p.name)
					}
				}
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					walk(c, lang)
				}
			}
			walk(doc, "")
			got := collapse(text.String())
			for _, want := range texts(p.file, level) {
				if !strings.Contains(got, collapse(want)) {
					t.Errorf("%s level %d: the page lacks %q", p.name, level, want)
				}
			}
			for _, h := range hrefs {
				if !strings.HasPrefix(h, "#") || !ids[h[1:]] {
					t.Errorf("%s: a link to %q, not to a bead of the page", p.name, h)
				}
			}
			if !csp || koTexts == 0 {
				t.Errorf("%s: policy %v, %d Korean texts marked lang=ko", p.name, csp, koTexts)
			}
			want := 0
			beads := p.file.Beads
			if level == align.SentenceLevel {
				beads = p.file.Links
			}
			for _, b := range beads {
				if b.Flagged {
					want++
				}
			}
			if flagged != want || (p.name == "example" && want == 0) {
				t.Errorf("%s level %d: %d beads marked flagged, want %d", p.name, level, flagged, want)
			}
		}
	}
}

// TestPageEscapes: text that looks like HTML stays text.
func TestPageEscapes(t *testing.T) {
	f := makeFile(t, "../../../testdata/example/summit.en.txt", "../../../testdata/example/summit.ko.txt", 0.5)
	evil := `<script>alert(1)</script><img src=x onerror=alert(2)> & "quotes"`
	f.EN.Paragraphs[3].Text = evil
	f.Document = `</title><script>alert(3)</script>`
	page := render(t, f, align.ParagraphLevel)
	if bytes.Contains(page, []byte("<script")) || bytes.Contains(page, []byte("<img")) {
		t.Fatal("markup from the texts reached the page")
	}
	if !bytes.Contains(page, []byte(`&lt;script&gt;alert(1)&lt;/script&gt;`)) {
		t.Error("the text is not on the page, escaped")
	}
}

func TestBand(t *testing.T) {
	tests := []struct {
		score float64
		want  int
	}{{0, 0}, {0.49, 0}, {0.5, 1}, {0.69, 1}, {0.7, 2}, {0.95, 3}, {0.98, 4}, {1, 4}}
	for _, tc := range tests {
		if got := Band(tc.score); got != tc.want {
			t.Errorf("Band(%g) = %d, want %d", tc.score, got, tc.want)
		}
	}
}

// TestPageReviewMarks: confirmed and edited beads say so and are no
// longer flagged; the names table shows each entry's review state and a
// diff for a variant spelling, which strikes the letters to take out of
// the variant (its stray x).
func TestPageReviewMarks(t *testing.T) {
	f := makeFile(t, "../../../testdata/example/summit.en.txt", "../../../testdata/example/summit.ko.txt", 0.98)
	i := slices.IndexFunc(f.Beads, func(b alignfile.Bead) bool { return b.Kind == align.Match })
	f.Beads[i].Flagged, f.Beads[i].Status = true, alignfile.StatusConfirmed
	if len(f.Glossary) < 2 {
		t.Fatalf("the example has %d names", len(f.Glossary))
	}
	f.Glossary[0].Review = alignfile.ReviewRejected
	e := &f.Glossary[1]
	e.Forms = append(e.Forms, glossary.Form{English: e.Forms[0].English + "x", Count: 1, Docs: 1})
	page := string(render(t, f, align.ParagraphLevel))
	bead := page[strings.Index(page, `id="b`+strconv.Itoa(i)+`"`):]
	bead = bead[:strings.Index(bead, "</li>")]
	if !strings.Contains(bead, `<span class="badge status">confirmed</span>`) || strings.Contains(bead, "⚑") {
		t.Errorf("confirmed bead:\n%s", bead)
	}
	if !strings.Contains(page, "<td>rejected</td>") || !strings.Contains(page, "<del>x</del>") {
		t.Error("no review state or no diff in the names table")
	}
}
