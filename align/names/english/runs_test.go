package english

import (
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestRuns(t *testing.T) {
	got := Runs("North Korean leader Kim Jong-un met U.S. Secretary of State Mike Pompeo, the KCNA said. The talks ended.")
	want := []string{"North Korean", "Kim Jong-un", "U.S. Secretary of State Mike Pompeo", "KCNA", "The"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Runs = %q, want %q", got, want)
	}
}

// TestRunner holds a Runner reading paragraphs one after another, with
// the storage of the one before, to Runs on each: the paragraphs of the
// bundled example, forwards and backwards (a short one after a long one),
// with headlines and a long line.
func TestRunner(t *testing.T) {
	text, err := os.ReadFile("../../../testdata/example/summit.en.txt")
	if err != nil {
		t.Fatal(err)
	}
	paras := strings.Split(string(text), "\n\n")
	paras = append(paras, "KIM JONG UN MEETS PUTIN\nMoon Jae-in Says Yes", "", strings.Repeat("Kim Jong-un met Mike Pompeo. ", 200))
	backwards := slices.Clone(paras)
	slices.Reverse(backwards)
	var r Runner
	for _, order := range [][]string{paras, backwards} {
		for _, p := range order {
			if got, want := r.Runs(p), Runs(p); !slices.Equal(got, want) {
				t.Errorf("Runner.Runs(%.40q) = %q, want %q", p, got, want)
			}
		}
	}
}

// TestAppendWordPlain holds appendWord's path for words of letters and
// digits alone, or before a comma or a full stop, to appendMarkedWord, which handles any word: the same
// tokens and the same sentence-start state, on every word of the bundled
// example and a few of every shape, after a token and at the start.
func TestAppendWordPlain(t *testing.T) {
	text, err := os.ReadFile("../../../testdata/example/summit.en.txt")
	if err != nil {
		t.Fatal(err)
	}
	words := append(strings.Fields(string(text)), "Kim", "JONG", "un", "2019", "G7", "x", "U.S.", "Pompeo's", "Korea-US", "“Trump", "end.", "Mr.", "a,b", "é", "Ünal",
		"Korea,", "talks,", "talks.", "Korea.", "2019.", "mr.", "no.", "a.", "J.", "st.", "e.g.", "x,", ",", ".", "ok..", "ok,.")
	plain := 0
	for _, w := range words {
		for _, start := range []bool{true, false} {
			for _, before := range [][]token{nil, {{text: "Lee", cap: true}}} {
				a, b := start, start
				p, j := wordEnd(w, 0)
				if j != len(w) {
					t.Fatalf("%q: wordEnd gives %d, want %d", w, j, len(w))
				}
				if plainWord(w[:p]) != (p > 0) || p < len(w) && alnumBytes[w[p]] {
					t.Fatalf("%q: wordEnd's letters end at %d", w, p)
				}
				got := appendWord(slices.Clone(before), w, 0, p, j, &a)
				want := appendMarkedWord(slices.Clone(before), w, 0, len(w), &b)
				if !reflect.DeepEqual(got, want) || a != b {
					t.Fatalf("%q (initial %v): appendWord gives %+v, %v; appendMarkedWord %+v, %v", w, start, got, a, want, b)
				}
			}
		}
		if plainWord(w) {
			plain++
		}
	}
	if plain < len(words)/2 {
		t.Errorf("only %d of %d words are plain", plain, len(words))
	}
}

// plainWord reports whether w is made of ASCII letters and digits alone.
func plainWord(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !alnumBytes[w[i]] {
			return false
		}
	}
	return true
}
