package review

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/bitext-ko/bitext/align"
	"github.com/bitext-ko/bitext/align/names/romanize"
	"github.com/bitext-ko/bitext/align/read"
	"github.com/bitext-ko/bitext/align/testenv"
	"github.com/bitext-ko/bitext/tm/glossary"
)

// entry is a glossary entry as bitext's extraction writes one: a type and
// forms with counts, the most frequent first.
func entry(h string, t glossary.Type, forms ...string) glossary.Entry {
	e := glossary.Entry{Hangul: h, Type: t, Confidence: 0.9}
	for i, f := range forms {
		e.Forms = append(e.Forms, glossary.Form{English: f, Count: len(forms) - i, Docs: 1})
	}
	return e
}

// issueGlossary holds the kinds of entries issue 13 saw normalize damage:
// foreign places and people written in Hangul, an organization whose
// forms are a translation and an abbreviation, a pair whose sides are
// different entities (러시아 and "RT Russia"), a translated common noun;
// and two Korean names.
var issueGlossary = []glossary.Entry{
	entry("워싱턴", glossary.Place, "Washington"),
	entry("러시아", glossary.Place, "Russia", "RT Russia"),
	entry("켄터키", glossary.Place, "Kentucky"),
	entry("루이지애나", glossary.Place, "Louisiana"),
	entry("매사추세츠", glossary.Place, "Massachusetts"),
	entry("도쿄", glossary.Place, "Tokyo"),
	entry("공화당", glossary.Organization, "GOP", "Republican Party"),
	entry("마이크 폼페이오", glossary.Person, "Mike Pompeo"),
	entry("폼페이오", glossary.Person, "Pompeo"),
	entry("트럼프", glossary.Person, "Trump", "Donald Trump"),
	entry("리커창", glossary.Person, "Li Keqiang"),
	entry("한반도", glossary.Place, "Korean Peninsula"),
	entry("미국", glossary.Place, "U.S.", "United States"),
	entry("김정은", glossary.Person, "Kim Jong Un"),
	entry("조윤제", glossary.Person, "Cho Yoon-je"),
}

// foreignText uses every name of issueGlossary that is not Korean, in
// the forms the issue saw rewritten.
const foreignText = `Congressman Thomas Massie of Kentucky, one of the Republican Party's most vocal budget hawks, met Mike Pompeo in Washington.
RT Russia reported that Donald Trump spoke in Louisiana and Massachusetts about Russia, Tokyo and the Korean Peninsula.
Li Keqiang and Pompeo visited the United States.
`

// TestRestyleLeavesWhatIsNotKorean: normalize rewrites only Korean
// personal and place names; foreign names, organizations, translated
// names and phrases stay as they are in every style, with a glossary made
// by bitext or without one.
func TestRestyleLeavesWhatIsNotKorean(t *testing.T) {
	for _, st := range []string{"", "press", "rr", "mr", "dprk"} {
		opt := RestyleOptions{House: houseOf(t, issueGlossary)}
		if st != "" {
			opt.Style = style(t, st)
		}
		got, changes, _ := RestyleNames(foreignText, opt)
		if got != foreignText {
			t.Errorf("style %q with the glossary rewrote:\n%s", st, RenderChanges(foreignText, changes, false))
		}
		if st != "" {
			got, changes, _ = RestyleNames(foreignText, RestyleOptions{Style: opt.Style})
			if got != foreignText {
				t.Errorf("style %q without a glossary rewrote:\n%s", st, RenderChanges(foreignText, changes, false))
			}
		}
	}
}

// TestRestyleKoreanNamesWithForeignOnes: in the same text, the Korean
// names of the glossary are rewritten and nothing else.
func TestRestyleKoreanNamesWithForeignOnes(t *testing.T) {
	// Without the glossary, press style takes the table's spellings.
	press := romanize.Press
	if got, _, _ := RestyleNames("Kim Jong Un and Cho Yun-je met Mike Pompeo.", RestyleOptions{Style: &press}); got != "Kim Jong-un and Cho Yoon-je met Mike Pompeo." {
		t.Errorf("press without a glossary: %q", got)
	}
	text := "Kim Jong-un met Mike Pompeo in Washington; Ambassador Cho Yoon-je and RT Russia watched.\n"
	tests := []struct {
		style string
		want  string
	}{
		// No style: the glossary's forms.
		{"", "Kim Jong Un met Mike Pompeo in Washington; Ambassador Cho Yoon-je and RT Russia watched.\n"},
		// Press style: the glossary, as a house list, spells 김정은 Kim
		// Jong Un, over the table's Kim Jong-un; Cho Yoon-je is how he
		// writes his name, not the rules' Cho Yun-je.
		{"press", "Kim Jong Un met Mike Pompeo in Washington; Ambassador Cho Yoon-je and RT Russia watched.\n"},
		{"dprk", "Kim Jong Un met Mike Pompeo in Washington; Ambassador Jo Yun Je and RT Russia watched.\n"},
	}
	for _, tc := range tests {
		opt := RestyleOptions{House: houseOf(t, issueGlossary)}
		if tc.style != "" {
			opt.Style = style(t, tc.style)
		}
		got, _, _ := RestyleNames(text, opt)
		if got != tc.want {
			t.Errorf("style %q:\n got %q\nwant %q", tc.style, got, tc.want)
		}
	}
}

// issueForeignNames are names the issue saw rewritten, and names like
// them in the development corpus; none is Korean.
var issueForeignNames = []string{
	"Washington", "Russia", "RT Russia", "Kentucky", "Louisiana", "Massachusetts", "Republican Party",
	"Britain", "England", "Wales", "Singapore", "Jakarta", "Berlin", "Boston", "Colorado", "Europe",
	"Prague", "Alaska", "El Salvador", "Mexico", "Paris", "Kanye West", "Nigel Farage", "NIGEL FARAGE",
	"Silicon Valley", "Brexiteers",
}

// TestRestyleDevCorpus reproduces the issue on the development corpus:
// each pair's glossary, made by bitext, then its English text normalized
// in press style with it. Every change must be a Korean name with its
// Hangul, never one of the foreign names the issue saw rewritten, and the
// text outside the changes stays byte for byte. The default tier of
// tests (testenv) takes every third pair, the long tier all of them.
func TestRestyleDevCorpus(t *testing.T) {
	dev := "../../../shared/corpus/dev"
	ens, _ := filepath.Glob(filepath.Join(dev, "*", "*.en.txt"))
	if len(ens) == 0 {
		t.Skipf("skipping: the development corpus (%s) is absent", dev)
	}
	if !testenv.Long() {
		var some []string
		for i := 0; i < len(ens); i += 3 {
			some = append(some, ens[i])
		}
		ens = some
	}
	if testing.Short() {
		t.Skip("skipping: aligns 77 pairs")
	}
	var total atomic.Int64
	t.Run("pairs", func(t *testing.T) { // waits for its parallel subtests
		for _, enPath := range ens {
			base := strings.TrimSuffix(enPath, ".en.txt")
			t.Run(filepath.Base(base), func(t *testing.T) {
				t.Parallel()
				en, err := read.File(enPath, nil, read.Options{})
				if err != nil {
					t.Fatal(err)
				}
				ko, err := read.File(base+".ko.txt", nil, read.Options{})
				if err != nil {
					t.Fatal(err)
				}
				b := glossary.NewBuilder(glossary.Options{})
				b.Add(filepath.Base(base), align.Align(en.Paragraphs, ko.Paragraphs, align.Options{}))
				g := b.Entries()
				data, err := os.ReadFile(enPath)
				if err != nil {
					t.Fatal(err)
				}
				text := string(data)
				h := houseOf(t, g)
				press := romanize.Press
				for _, opt := range []RestyleOptions{{Style: &press, House: h}, {House: h}} {
					out, changes, _ := RestyleNames(text, opt)
					total.Add(int64(len(changes)))
					last, rebuilt := 0, ""
					for _, c := range changes {
						if slices.Contains(issueForeignNames, c.From) {
							t.Errorf("%s: %q rewritten as %q", filepath.Base(base), c.From, c.To)
						}
						if c.Hangul == "" {
							t.Errorf("%s: %q rewritten as %q without its Hangul", filepath.Base(base), c.From, c.To)
						}
						rebuilt += text[last:c.Start] + c.To
						last = c.End
					}
					if rebuilt+text[last:] != out {
						t.Errorf("%s: the text outside the changes differs", filepath.Base(base))
					}
				}
			})
		}
	})
	t.Logf("%d pairs, %d changes", len(ens), total.Load())
}
