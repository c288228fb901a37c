package match

import (
	"slices"
	"testing"
)

// TestKoreanNameNotLoanword: a Korean name written surname first in Korean
// romanization matches a Korean name or nothing, not a loanword that
// happens to sound alike; a Hangul name written with its surname apart
// is still a Korean name.
func TestKoreanNameNotLoanword(t *testing.T) {
	tests := []struct {
		hangul  []string
		english string
		want    string // "" for no match at or above 0.6
	}{
		{[]string{"파인먼", "피아노", "팬데믹"}, "Pae Yŏn-min", ""},
		{[]string{"파인먼", "배연민"}, "Pae Yŏn-min", "배연민"},
		{[]string{"이 태영", "이태원"}, "Yi T'ae-yŏng", "이 태영"},
		{[]string{"남궁 지영", "지영"}, "Namgung Chi-yŏng", "남궁 지영"},
		{[]string{"조 바이든", "조용호"}, "Joe Biden", "조 바이든"},
		{[]string{"폼페이오"}, "Mike Pompeo", "폼페이오"},
	}
	for _, tt := range tests {
		got := ""
		if m, ok := NewIndex(tt.hangul).Best(tt.english); ok && m.Score >= 0.6 {
			got = m.Hangul
		}
		if got != tt.want {
			t.Errorf("%q among %q: got %q, want %q", tt.english, tt.hangul, got, tt.want)
		}
	}
}

func TestScratchAddUpTo(t *testing.T) {
	s := &scratch{seen: make([]uint32, 10)}
	s.reset()
	s.add([]int32{1, 2})
	s.addUpTo([]int32{2, 3, 4, 5}, 4)
	if got := len(s.ids); got != 4 || s.ids[2] != 3 || s.ids[3] != 4 {
		t.Errorf("ids %v, want [1 2 3 4]", s.ids)
	}
	s.addUpTo([]int32{6}, 4)
	if len(s.ids) != 4 {
		t.Errorf("ids %v grew past the limit", s.ids)
	}
}

// TestBestAtLeast holds BestAtLeast to Best: the same match whenever Best's
// scores at least the threshold, none otherwise. The names are NIKL
// foreign names, synthetic Korean names and random strings, each set of
// queries against both sets of Hangul names, so that hits, near misses
// and misses are all compared.
func TestBestAtLeast(t *testing.T) {
	frEn, frKo := niklNames(t, 1500)
	ko, en := syntheticKorean(1500)
	queries := slices.Concat(frEn, en, randomLatin(500))
	for _, names := range [][]string{slices.Concat(frKo, ko), frKo[:300], ko[:300]} {
		ix := NewIndex(names)
		for _, q := range queries {
			want, wantOK := ix.Best(q)
			for _, min := range []float64{0.5, 0.7, 0.85} {
				got, ok := ix.BestAtLeast(q, min)
				if wok := wantOK && want.Score >= min; ok != wok || ok && got != want {
					t.Fatalf("%q at least %v: got %+v, %v; Best gives %+v, %v", q, min, got, ok, want, wantOK)
				}
			}
		}
	}
}
