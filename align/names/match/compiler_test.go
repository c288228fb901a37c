package match

import (
	"math"
	"reflect"
	"strings"
	"sync"
	"testing"
)

func TestCompilerMemoizes(t *testing.T) {
	var c Compiler
	names := []string{"김정은", "폼페이오", "마이크 폼페이오", "미국", ""}
	var wg sync.WaitGroup
	got := make([][]*Name, 4)
	for w := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, h := range names {
				got[w] = append(got[w], c.Compile(h))
			}
		}()
	}
	wg.Wait()
	for i, h := range names {
		for w := range got {
			if got[w][i] != got[0][i] {
				t.Errorf("%q: goroutines %d and 0 got different *Name", h, w)
			}
		}
		e := CompileEnglish("Mike Pompeo")
		if a, b := ScoreCompiled(e, got[0][i]), ScoreCompiled(e, Compile(h)); a != b {
			t.Errorf("%q: memoized name scores %v, fresh one %v", h, a, b)
		}
	}
	ix := c.NewIndex(names)
	if m, ok := ix.Best("Kim Jong Un"); !ok || m.Hangul != "김정은" {
		t.Errorf("Compiler.NewIndex: Best(Kim Jong Un) = %+v, %v", m, ok)
	}
}

func TestCompilerTrim(t *testing.T) {
	var c Compiler
	a := c.Compile("폼페이오")
	c.Trim(1)
	if c.Compile("폼페이오") != a {
		t.Error("Trim(1) forgot the one name held")
	}
	c.Compile("김정은")
	c.Trim(1)
	if c.Compile("폼페이오") == a {
		t.Error("Trim(1) kept two names")
	}
	c.AppendCandidates(nil, "김정은 위원장과 폼페이오 장관이 만났다")
	if n := c.words.len(); n != 5 {
		t.Errorf("a trimmed Compiler kept %d words of 5", n)
	}
	c.Trim(1)
	if n := c.words.len(); n != 0 {
		t.Errorf("Trim(1) kept %d words, more than %d", n, wordsPerName)
	}
	// A bound past what wordsPerName × max can hold keeps everything.
	c.AppendCandidates(nil, "김정은 위원장과 폼페이오 장관이 만났다")
	c.Trim(math.MaxInt)
	if n := c.words.len(); n != 5 {
		t.Errorf("Trim(math.MaxInt) kept %d words of 5", n)
	}
}

// TestBestAtLeastEach holds the index that fills only the blocks its
// English names may search to the full index: the same match for every
// name, foreign and Korean, with Hangul names that match none of them.
func TestBestAtLeastEach(t *testing.T) {
	en, ko := niklNames(t, 400)
	ken, kko := syntheticKorean(300)
	hangul := append(append([]string{}, ko[:250]...), kko[:200]...)
	hangul = append(hangul, "라고", "사람들", "말했다", "유엔", "미국", "김정은", "에프비아이", "시아이에이", "디에이치엘")
	queries := append(append([]string{}, en[150:400]...), ken[100:300]...)
	queries = append(queries, "UN", "U.S.", "Kim", "the United States", "Kim Pong Un", "Kim Bong-un", "FBI", "CIA", "DHL")
	// Korean names whose given name starts with another sound: found, if
	// at all, in the surname's whole block.
	for _, q := range ken[:100] {
		if sur, given, ok := strings.Cut(q, " "); ok && len(given) > 1 {
			queries = append(queries, sur+" B"+given[1:])
		}
	}
	for _, min := range []float64{0.1, 0.3, 0.5, 0.7} {
		var c Compiler
		got := c.BestAtLeastEach(hangul, queries, min)
		ix := NewIndex(hangul)
		for i, q := range queries {
			want, ok := ix.BestAtLeast(q, min)
			if !ok {
				want.ID = -1
			}
			if got[i] != want {
				t.Errorf("min %v, %q: got %+v, want %+v", min, q, got[i], want)
			}
		}
	}
}

// TestMayReach holds the index whose Hangul names are compiled only when
// blockSet.mayReach says they may sit in a block searched to the index
// that compiles them all: the same blocks, holding the same names, for
// few English names and many, and names of every kind (Korean, foreign,
// translated, acronyms read out, several words, titles, other scripts).
// The hand-written and synthetic names are always tried; the NIKL list's
// foreign names are added when the shared data is there.
func TestMayReach(t *testing.T) {
	kko, ken := syntheticKorean(300)
	hangul := append([]string{}, kko[:200]...)
	hangul = append(hangul, "라고", "사람들", "말했다", "유엔", "미국", "김정은", "에프비아이", "시아이에이", "디에이치엘",
		"유엔 안보리", "유엔안보리", "김정은위원장", "김 위원장", "남궁 지영", "이 태영", "마이크 폼페이오", "아베 신조",
		"Trump", "트럼프 대통령", "더블유에이치오", "세계보건기구", "", " ", "ㄱㄴ", "선우훈", "북한", "청와대")
	queries := append([]string{}, ken[100:300]...)
	queries = append(queries, "UN", "U.S.", "Kim", "the United States", "UN Security Council", "Kim Pong Un", "FBI",
		"CIA", "DHL", "Abe Shinzo", "Mike Pompeo", "Sunwoo Hoon", "North Korea", "Blue House", "Lee Tae-young", "WHO", "World Health Organization")
	checkMayReach(t, hangul, queries)
	t.Run("nikl", func(t *testing.T) {
		en, ko := niklNames(t, 400)
		checkMayReach(t, append(ko[:250:250], hangul...), append(en[150:400:400], queries...))
	})
}

// checkMayReach is TestMayReach over windows of queries of each size, and
// each of the last 17 alone.
func checkMayReach(t *testing.T, hangul, queries []string) {
	var sets [][]string
	for _, n := range []int{1, 3, 10, 30, 100, len(queries)} {
		for start := 0; start+n <= len(queries); start += max(n, len(queries)/7) {
			sets = append(sets, queries[start:start+n])
		}
	}
	for i := len(queries) - 17; i < len(queries); i++ {
		sets = append(sets, queries[i:i+1])
	}
	for _, set := range sets {
		var es []*English
		for _, q := range set {
			es = append(es, CompileEnglish(q))
		}
		want := blocksOf(es)
		all := newIndex(hangul, Compile, want)
		compiled := 0
		some := newIndex(hangul, func(h string) *Name {
			if !want.mayReach(h) {
				return nil
			}
			compiled++
			return Compile(h)
		}, want)
		if !reflect.DeepEqual([]any{all.korean, all.trans, all.exact, all.skel3, all.skel2, all.bySur},
			[]any{some.korean, some.trans, some.exact, some.skel3, some.skel2, some.bySur}) {
			t.Errorf("%d English names from %q: the blocks differ", len(set), set[0])
		}
		if len(set) == 1 && compiled > len(hangul)/2 {
			t.Errorf("one English name (%q): %d Hangul names of %d compiled", set[0], compiled, len(hangul))
		}
	}
}

// TestCompilerKeepsEnglish checks that BestAtLeastEach keeps the English
// names it compiled once Trim was called, that they give the same
// matches, and that Trim forgets them past its bound.
func TestCompilerKeepsEnglish(t *testing.T) {
	hangul := []string{"김정은", "폼페이오", "트럼프", "말했다"}
	queries := []string{"Kim Jong-un", "Pompeo", "Trump"}
	var c Compiler
	want := c.BestAtLeastEach(hangul, queries, 0.7)
	if len(c.english) != 0 {
		t.Errorf("a Compiler never trimmed kept %d English names", len(c.english))
	}
	c.Trim(4 * hangulPerEnglish)
	for range 2 {
		got := c.BestAtLeastEach(hangul, queries, 0.7)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("got %+v, want %+v", got, want)
		}
		if len(c.english) != 3 {
			t.Errorf("kept %d English names, want 3", len(c.english))
		}
	}
	c.Trim(2 * hangulPerEnglish)
	if len(c.english) != 0 {
		t.Errorf("Trim kept %d English names, more than 2", len(c.english))
	}
}

// TestTrimNegative checks that a bound below zero keeps nothing rather
// than failing: the Compiler still compiles, and forgets what it compiled
// at the next Trim.
func TestTrimNegative(t *testing.T) {
	var c Compiler
	c.Trim(-1)
	if n := c.Compile("김정은"); n == nil {
		t.Fatal("no name compiled after Trim(-1)")
	}
	c.Trim(-5)
	if _, ok := c.compiled("김정은"); ok {
		t.Error("Trim(-5) kept a compiled name")
	}
}
