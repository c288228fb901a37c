package cognate

import (
	"slices"
	"strings"
	"testing"

	"github.com/bitext-ko/bitext/align/hangul"
	"github.com/bitext-ko/bitext/align/names/skeleton"
)

// koreanNameKeysRef is KoreanNameKeys as first written, building each
// prefix from a slice of runes: the reference for the version that cuts
// the prefixes from the word.
func koreanNameKeysRef(word string) []uint64 {
	var rs []rune
	for _, r := range word {
		if !hangul.IsSyllable(r) {
			if len(rs) > 0 {
				break
			}
			continue
		}
		rs = append(rs, r)
		if len(rs) == 8 {
			break
		}
	}
	var dst []uint64
	seen := ""
	for n := len(rs); n >= 2; n-- {
		sk := skeleton.Hangul(string(rs[:n]))
		if sk == seen {
			continue
		}
		seen = sk
		dst = skeleton.EditKeys(sk, dst)
	}
	return dst
}

// TestKoreanNameKeysPrefixes checks the keys of words with leading marks,
// Latin letters, runs longer than eight syllables and broken UTF-8
// against the reference.
func TestKoreanNameKeysPrefixes(t *testing.T) {
	for _, w := range []string{"폼페이오는", "김영철과", "(김정은)", "“트럼프”의", "UN사무총장",
		"마이크폼페이오국무장관이라고", "a", "", "정부", "\xff폼페이오", "폼\xff페이오", "1월8일", "스티븐·비건"} {
		got, want := KoreanNameKeys(w, nil), koreanNameKeysRef(w)
		if !slices.Equal(got, want) {
			t.Errorf("KoreanNameKeys(%q) = %x, want %x", w, got, want)
		}
	}
	if len(KoreanNameKeys("마이크폼페이오국무장관이라고", nil)) == 0 {
		t.Error("a long name gives no keys")
	}
}

// TestLatinAtEnds checks tokens that start or end the text.
func TestLatinAtEnds(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want []string
	}{
		{"CNN", []string{"cnn"}},
		{"북한 CNN", []string{"cnn"}},
		{"AP통신 G7", []string{"ap", "g7"}},
		{"북한 x", nil},
		{"", nil},
	} {
		if got := Latin(tt.s); !slices.Equal(got, tt.want) {
			t.Errorf("Latin(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
}

// TestIsNumberMark checks the switch against the cutset it stands for,
// on every rune of the Basic Multilingual Plane and on broken UTF-8.
func TestIsNumberMark(t *testing.T) {
	const cutset = ".,;:!?\"'“”‘’[]"
	for r := rune(0); r < 0x10000; r++ {
		if got, want := isNumberMark(r), strings.ContainsRune(cutset, r); got != want {
			t.Errorf("isNumberMark(%q) = %v, want %v", r, got, want)
		}
		if got, want := isScaleMark(r), strings.ContainsRune(".,;:!?\"'“”‘’", r); got != want {
			t.Errorf("isScaleMark(%q) = %v, want %v", r, got, want)
		}
	}
	for _, w := range []string{"“16”.", "[2019]", "\xff5,000\xfe", "‘’", "May.", "(5)"} {
		if got, want := strings.TrimFunc(w, isNumberMark), strings.Trim(w, cutset); got != want {
			t.Errorf("TrimFunc(%q) = %q, Trim gives %q", w, got, want)
		}
	}
}
