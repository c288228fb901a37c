package pair

import (
	"fmt"
	"os"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"

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

// TestWorkerSameAsAlign: one Worker aligning pair after pair (its scratch
// and its Prepare goroutine kept) gives what Align gives each pair alone,
// alignment and names, with and without a glossary, on the example and
// every seventh dev pair (every 28th in the default tier).
func TestWorkerSameAsAlign(t *testing.T) {
	ens := [][]string{readFile(t, "../../testdata/example/summit.en.txt")}
	kos := [][]string{readFile(t, "../../testdata/example/summit.ko.txt")}
	if _, err := os.Stat(devDir); err == nil {
		en, ko := devPairs(t)
		for i := 0; i < len(en); i += testenv.Count(28, 7) {
			ens, kos = append(ens, en[i]), append(kos, ko[i])
		}
	}
	w := NewWorker()
	opt := align.Options{MinScore: 0.5}
	for i := range ens {
		for _, gloss := range []*glossary.Options{{}, nil} {
			want, wantNames := Align(ens[i], kos[i], opt, gloss)
			got, gotNames := w.Align(ens[i], kos[i], opt, gloss)
			if !reflect.DeepEqual(got.Beads, want.Beads) || !reflect.DeepEqual(got.ParagraphBeads, want.ParagraphBeads) {
				t.Errorf("pair %d, glossary %v: the Worker's alignment differs from Align's", i, gloss != nil)
			}
			if (gotNames == nil) != (gloss == nil) {
				t.Fatalf("pair %d, glossary %v: names %v", i, gloss != nil, gotNames)
			}
			if gloss == nil {
				continue
			}
			a, b := glossary.NewBuilder(*gloss), glossary.NewBuilder(*gloss)
			a.AddNames("d", wantNames)
			b.AddNames("d", gotNames)
			if diff := cmp.Diff(a.Entries(), b.Entries()); diff != "" {
				t.Errorf("pair %d: the Worker's names differ from Align's (-Align +Worker):\n%s", i, diff)
			}
		}
	}
}

// TestWorkerGoroutineEnds: a Worker reads glossary.Prepare on one
// goroutine of its own, kept from pair to pair, which ends once the Worker
// is unreachable.
func TestWorkerGoroutineEnds(t *testing.T) {
	en := readFile(t, "../../testdata/example/summit.en.txt")
	ko := readFile(t, "../../testdata/example/summit.ko.txt")
	// prepareGoroutines counts the goroutines waiting in a Worker's
	// Prepare loop.
	prepareGoroutines := func() int {
		buf := make([]byte, 1<<20)
		return strings.Count(string(buf[:runtime.Stack(buf, true)]), "pair.(*Worker).prepare.func")
	}
	// gone waits for the Prepare goroutines of unreachable Workers (of
	// other tests too) to end.
	gone := func() bool {
		for range 200 {
			runtime.GC()
			if prepareGoroutines() == 0 {
				return true
			}
			time.Sleep(5 * time.Millisecond)
		}
		return false
	}
	if !gone() {
		t.Fatalf("%d Prepare goroutines before this test's Worker", prepareGoroutines())
	}
	w := NewWorker()
	w.Align(en, ko, align.Options{}, nil)
	if n := prepareGoroutines(); n != 0 {
		t.Fatalf("%d Prepare goroutines without a glossary, want none", n)
	}
	for k := range 2 {
		w.Align(en, ko, align.Options{}, &glossary.Options{})
		if n := prepareGoroutines(); n != 1 {
			t.Fatalf("%d Prepare goroutines after %d pairs, want one", n, k+1)
		}
	}
	w = nil
	if !gone() {
		t.Errorf("%d Prepare goroutines once the Worker is unreachable, want none", prepareGoroutines())
	}
}
