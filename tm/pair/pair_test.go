package pair

import (
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/bitext-ko/bitext/align"
	"github.com/bitext-ko/bitext/align/lexicon"
	"github.com/bitext-ko/bitext/align/testenv"
	"github.com/bitext-ko/bitext/tm/glossary"
	"github.com/google/go-cmp/cmp"
)

// TestAlignSameAsAdd: Align gives align.Align's alignment, and reading
// the glossary's part while the aligner runs changes nothing in the
// glossary, at either level: on the example and every seventh dev pair,
// every 28th in the default tier of tests (testenv).
func TestAlignSameAsAdd(t *testing.T) {
	type pairText struct {
		name   string
		en, ko []string
	}
	pairs := []pairText{{"summit", readFile(t, "../../testdata/example/summit.en.txt"), readFile(t, "../../testdata/example/summit.ko.txt")}}
	if _, err := os.Stat(devDir); err == nil {
		en, ko := devPairs(t)
		for i := 0; i < len(en); i += testenv.Count(28, 7) {
			pairs = append(pairs, pairText{fmt.Sprint("dev ", i), en[i], ko[i]})
		}
	}
	for _, level := range []align.Level{align.ParagraphLevel, align.SentenceLevel} {
		opt := align.Options{MinScore: 0.5, Level: level}
		for _, p := range pairs {
			want := align.Align(p.en, p.ko, opt)
			seq := glossary.NewBuilder(glossary.Options{})
			seq.Add("d", want)
			par := glossary.NewBuilder(glossary.Options{})
			a, names := Align(p.en, p.ko, opt, &glossary.Options{})
			par.AddNames("d", names)
			if !reflect.DeepEqual(a.Beads, want.Beads) || !reflect.DeepEqual(a.ParagraphBeads, want.ParagraphBeads) {
				t.Errorf("%s, level %v: Align's alignment differs from align.Align's", p.name, level)
			}
			if len(seq.Entries()) == 0 {
				t.Errorf("%s, level %v: no names", p.name, level)
			}
			if diff := cmp.Diff(seq.Entries(), par.Entries()); diff != "" {
				t.Errorf("%s, level %v: Align differs from Add (-Add +Align):\n%s", p.name, level, diff)
			}
			if a2, n := Align(p.en, p.ko, opt, nil); n != nil || !reflect.DeepEqual(a2.Beads, want.Beads) {
				t.Errorf("%s, level %v: Align without a glossary gives names or other beads", p.name, level)
			}
		}
	}
}

// TestDictReachesGlossary: the lexicon given to the aligner (a --dict)
// is the glossary's too. 미래 is a word of the built-in lexicon
// ("future"), so the glossary does not take it for the name Mirae; a
// dictionary that gives Mirae for 미래 makes it one.
func TestDictReachesGlossary(t *testing.T) {
	en := []string{"Mirae signed the deal with the city of Busan on Monday, its chairman said."}
	ko := []string{"미래는 월요일 부산시와 계약을 체결했다고 회장이 밝혔다."}
	has := func(lex *lexicon.Lexicon) bool {
		_, names := Align(en, ko, align.Options{Lexicon: lex}, &glossary.Options{})
		b := glossary.NewBuilder(glossary.Options{})
		b.AddNames("d", names)
		for _, e := range b.Entries() {
			if e.Hangul == "미래" && e.Preferred() == "Mirae" {
				return true
			}
		}
		return false
	}
	if has(nil) {
		t.Fatal("Mirae 미래 found with the built-in lexicon, which knows 미래 as future")
	}
	lex := lexicon.Default().Clone()
	if err := lex.Parse(strings.NewReader("미래 @ Mirae\n"), "dict.txt"); err != nil {
		t.Fatal(err)
	}
	if !has(lex) {
		t.Error("Mirae 미래 not found with a dictionary that gives it")
	}
}
