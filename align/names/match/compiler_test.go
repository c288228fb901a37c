package match

import (
	"math"
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
