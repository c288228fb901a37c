package match

import (
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
}
