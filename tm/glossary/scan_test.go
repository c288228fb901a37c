package glossary

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bitext-ko/bitext/align/hangul"
	"github.com/bitext-ko/bitext/align/names/match"
)

// devKoreanTexts returns the Korean texts of the shared development
// corpus, skipping the test when it is absent.
func devKoreanTexts(t *testing.T) []string {
	t.Helper()
	needDev(t)
	var texts []string
	for _, dir := range []string{devDir, devRealDir} {
		paths, err := filepath.Glob(filepath.Join(dir, "*", "*.ko.txt"))
		if err != nil || len(paths) == 0 {
			t.Fatalf("no Korean texts in %s (%v)", dir, err)
		}
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(b))
		}
	}
	return texts
}

// TestMayHavePlaceHead checks the cheap test koreanSpans runs before it
// strips a word and looks for a place head: it must pass every word in
// which placeStem finds one, on the cases below and on every Korean word
// of the development corpus.
func TestMayHavePlaceHead(t *testing.T) {
	tests := []struct {
		w         string
		may, stem bool // mayHavePlaceHead; placeStem of the word without its postposition
	}{
		{"유타주의", true, true},
		{"유타주", true, true},
		{"롬복섬에서", true, true},
		{"강남구", true, true},
		{"중동지역", true, true},
		{"캘리포니아주는", true, true},
		{"주장", false, false},  // 주 first: no stem before it
		{"연구", false, false},  // 구 second: a stem of one syllable
		{"지난주", true, true},   // 지난 + 주, as the rules stand
		{"미국시민", true, false}, // passes the cheap test, and placeStem says no
		{"서울시", true, true},
		{"서울", false, false},
		{"트럼프", false, false},
		{"", false, false},
	}
	for _, tc := range tests {
		_, _, stem := placeStem(match.StripParticles(tc.w, 2))
		if got := mayHavePlaceHead(tc.w); got != tc.may || stem != tc.stem {
			t.Errorf("%q: mayHavePlaceHead %v, placeStem %v; want %v, %v", tc.w, got, stem, tc.may, tc.stem)
		}
	}
	words, passed := 0, 0
	for _, text := range devKoreanTexts(t) {
		for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !hangul.IsSyllable(r) }) {
			words++
			may := mayHavePlaceHead(w)
			if may {
				passed++
			}
			if _, _, ok := placeStem(match.StripParticles(w, 2)); ok && !may {
				t.Errorf("%q: placeStem finds a place head that mayHavePlaceHead misses", w)
			}
		}
	}
	t.Logf("%d of %d Korean words pass the cheap test", passed, words)
}
