package match

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/bitext-ko/bitext/align/hangul"
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
		// Demonstratives and pronouns with their endings are no names.
		{"절 믿으세요, 그게 바뀌었을 때 코커가 말했다", []string{"코커"}, []string{"그게", "그"}},
		{"이건 그들이 한 일이다", nil, []string{"이건", "그들이", "그들"}},
		// A form of 있다 after a dependent noun is a verb, not a name.
		{"확정할 수 있을 것이다", nil, []string{"있을", "있"}},
		// A compound postposition starting with 로 may leave the 로 to the
		// name: both readings are candidates.
		{"귀네스 팰트로의 브랜드", []string{"팰트로", "팰트"}, nil},
		{"서울로의 이전", []string{"서울"}, nil},
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
	for _, w := range []string{"그게", "그는", "우리의", "있을", "없는", "않았다"} {
		if !IsFunctionWord(w) {
			t.Errorf("IsFunctionWord(%q) = false", w)
		}
	}
	for _, w := range []string{"코커", "그레이엄", "이스라엘", "수치"} {
		if IsFunctionWord(w) {
			t.Errorf("IsFunctionWord(%q) = true", w)
		}
	}
	for _, w := range []string{"캐버노", "가다"} {
		if IsParticle(w) {
			t.Errorf("IsParticle(%q) = true", w)
		}
	}
}

// TestStripParticles2 checks the shortcut Candidates takes to the
// two-syllable stem against StripParticles itself, on the words of the
// bundled example article and on words whose one-syllable stems differ.
func TestStripParticles2(t *testing.T) {
	b, err := os.ReadFile("../../../testdata/example/summit.ko.txt")
	if err != nil {
		t.Fatal(err)
	}
	words := strings.FieldsFunc(string(b), func(r rune) bool { return !hangul.IsSyllable(r) })
	words = append(words, "김은", "굽에", "것으로", "팰트로의", "김정은이", "오타와", "나는", "이가", "가")
	stripped := 0
	for _, w := range words {
		want := StripParticles(w, 2)
		if got := stripParticles2(w, StripParticles(w, 1)); got != want {
			t.Errorf("stripParticles2(%q) = %q, StripParticles gives %q", w, got, want)
		}
		if want != w {
			stripped++
		}
	}
	if stripped < 30 {
		t.Errorf("only %d of %d words lose a postposition: the test tells little", stripped, len(words))
	}
}

// TestCleanName checks names of one word (the short way) and of several.
func TestCleanName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"김정은", "김정은"},
		{" 폼페이오\t", "폼페이오"},
		{"김정은위원장", "김정은"},
		{"시진핑국가주석", "시진핑"},
		{"위원장", "위원장"}, // a title alone stays
		{"김정은 위원장", "김정은"},
		{"마이크 폼페이오 국무장관", "마이크 폼페이오"},
		{"마이크\u00a0폼페이오", "마이크 폼페이오"},
		{"대통령 위원장", "대통령"},
		{"", ""},
		{" \t", ""},
	}
	for _, tt := range tests {
		if got := CleanName(tt.in); got != tt.want {
			t.Errorf("CleanName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
