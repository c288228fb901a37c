package english

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/bitext-ko/bitext/align/read"
	"github.com/bitext-ko/bitext/align/testenv"
	"github.com/google/go-cmp/cmp"
)

// exampleLine is the English example article joined into one line and
// repeated to about size bytes: a long paragraph with real names.
func exampleLine(tb testing.TB, size int) string {
	tb.Helper()
	txt, err := read.File("../../../testdata/example/summit.en.txt", nil, read.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	one := strings.Join(txt.Paragraphs, " ") + " "
	return strings.Repeat(one, size/len(one)+1)
}

// TestListNamesLongLine lists the names of one line of 2 MiB, as written
// and in capitals (one name-like run from end to end): the memory the
// finder takes must stay a small multiple of the line (`names extract` on
// a line of 250 MB took 5.4 GB: a token of 56 bytes for every word), and
// it must still find the names. The peak resident memory of the process
// is measured (peakGrowth, where the system tells it).
func TestListNamesLongLine(t *testing.T) {
	testenv.NeedLong(t, "a line of 2 MiB")
	for _, tc := range []struct {
		name string
		text func(string) string
		want string
	}{
		{"as written", func(s string) string { return s }, "Park Ji-won"},
		{"in capitals", strings.ToUpper, "NORTH KOREA"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text := tc.text(exampleLine(t, 2<<20))
			var names []Name
			grew, ok := peakGrowth(t, func() { names = ListNames([]string{text}) })
			if !slices.ContainsFunc(names, func(n Name) bool { return n.Text == tc.want }) {
				t.Errorf("%s not found in %v", tc.want, names)
			}
			if !ok {
				t.Skip("peak memory cannot be measured here")
			}
			t.Logf("%d names; peak memory grew %.1f MiB for %.1f MiB of text", len(names), float64(grew)/(1<<20), float64(len(text))/(1<<20))
			// The text is in memory already; the garbage collector lets
			// the heap grow to twice what is live; the rest is slack for
			// the runtime.
			if most := 2*len(text) + 8<<20; grew > most {
				t.Errorf("peak memory grew %d bytes for %d bytes of text, want at most %d", grew, len(text), most)
			}
		})
	}
}

// devDir is the development corpus, where present.
const devDir = "../../../../shared/corpus/dev"

// longTexts are texts with long lines and long paragraphs, for the tests
// that compare the streaming finder with a plain one: the example article
// as one line, in capitals, and the development corpus where present
// (every sixth article in the default tier of tests: testenv).
func longTexts(t *testing.T) map[string][]string {
	t.Helper()
	line := exampleLine(t, 64<<10)
	texts := map[string][]string{
		"long line":   {line},
		"capitals":    {strings.ToUpper(line)},
		"two long":    {line, "Then Kim Jong-un spoke.\n" + line},
		"long lines":  {strings.Repeat(line+"\n", 3)},
		"short lines": {"KIM JONG UN MEETS PUTIN\nMoon Jae-in said so.", "Trump spoke."},
	}
	matches, _ := filepath.Glob(filepath.Join(devDir, "*", "*.en.txt"))
	for i, m := range matches {
		if !testenv.Long() && i%6 != 0 {
			continue
		}
		txt, err := read.File(m, nil, read.Options{})
		if err != nil {
			t.Fatal(err)
		}
		texts[m] = txt.Paragraphs
	}
	return texts
}

// TestEachTokensChunks: how many tokens of a long line eachTokens hands
// out at a time changes nothing in the tokens.
func TestEachTokensChunks(t *testing.T) {
	for name, paras := range longTexts(t) {
		for _, p := range paras {
			want := tokenize(p)
			for _, chunk := range []int{1, 2, 7, 300} {
				var got []token
				eachTokens(p, chunk, func(ts []token) { got = append(got, ts...) })
				if !slices.Equal(got, want) {
					t.Fatalf("%s: tokens in chunks of %d differ from tokenize's", name, chunk)
				}
			}
		}
	}
}

// TestFindNamesKeptOrNot: the second pass finds the same names whether
// the first kept the tokens of a paragraph or it splits it again.
func TestFindNamesKeptOrNot(t *testing.T) {
	for name, paras := range longTexts(t) {
		var fk, fa Finder
		var w finderWorker
		kept, again := fk.readCase(paras, 1<<62), fa.readCase(paras, 0)
		for i := range paras {
			var a, b []Mention
			w.names(kept, i, func(m Mention) { a = append(a, m) })
			w.names(again, i, func(m Mention) { b = append(b, m) })
			if diff := cmp.Diff(a, b, cmp.AllowUnexported(Mention{})); diff != "" {
				t.Fatalf("%s, paragraph %d: kept tokens (-) and split again (+):\n%s", name, i, diff)
			}
		}
	}
}

// listNamesByMention is ListNames as it was before it folded mentions as
// they came: over every mention FindNamesIn returns (its document-wide
// steps included: types by coreference and by agreement, names that end
// in 's). ListNames must give the same.
func listNamesByMention(paragraphs []string) []Name {
	ms := FindNamesIn(paragraphs)
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

func TestListNamesFolded(t *testing.T) {
	for name, paras := range longTexts(t) {
		if diff := cmp.Diff(listNamesByMention(paras), ListNames(paras)); diff != "" {
			t.Errorf("%s: by mention (-) and folded (+):\n%s", name, diff)
		}
	}
}

// BenchmarkListNamesLongLine lists the names of one line of growing
// length (the example article repeated): time and bytes allocated per
// byte should stay flat. `names extract` on such a line of 250 MB is
// measured on the command for the README.
func BenchmarkListNamesLongLine(b *testing.B) {
	for _, size := range []int{1 << 20, 4 << 20, 16 << 20} {
		line := exampleLine(b, size)
		b.Run(fmt.Sprintf("MiB=%d", size>>20), func(b *testing.B) {
			b.SetBytes(int64(len(line)))
			b.ReportAllocs()
			for b.Loop() {
				ListNames([]string{line})
			}
		})
	}
}
