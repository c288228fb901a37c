package match

import (
	"slices"
	"testing"
)

func TestStripParticlesCases(t *testing.T) {
	tests := []struct {
		w    string
		min  int
		want string
	}{
		{"것으로", 1, "것"},
		{"것으로", 2, "것으로"}, // never 것으 + 로
		{"싱가포르에서의", 2, "싱가포르"},
		{"폼페이오는", 2, "폼페이오"},
		{"김정은이", 2, "김정은"},
		{"서울로의", 2, "서울"},
	}
	for _, tt := range tests {
		if got := StripParticles(tt.w, tt.min); got != tt.want {
			t.Errorf("StripParticles(%q, %d) = %q, want %q", tt.w, tt.min, got, tt.want)
		}
	}
}

func TestCandidatesSkipFunctionWords(t *testing.T) {
	tests := []struct {
		text    string
		want    []string
		notWant []string
	}{
		{"그는 하는 일이 많다고 트럼프가 말했다", []string{"트럼프"}, []string{"그는", "하는"}},
		{"브랜드 굽에 따르면", nil, []string{"굽에"}},
		{"리가 시장과 인도 총리", []string{"리가", "인도"}, nil},
	}
	for _, tt := range tests {
		got := Candidates(tt.text)
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("Candidates(%q) = %q, missing %q", tt.text, got, w)
			}
		}
		for _, w := range tt.notWant {
			if slices.Contains(got, w) {
				t.Errorf("Candidates(%q) = %q, has %q", tt.text, got, w)
			}
		}
	}
	for _, w := range []string{"가", "에서", "으로"} {
		if !IsParticle(w) {
			t.Errorf("IsParticle(%q) = false", w)
		}
	}
	for _, w := range []string{"캐버노", "가다"} {
		if IsParticle(w) {
			t.Errorf("IsParticle(%q) = true", w)
		}
	}
}
