package cognate

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/bitext-ko/bitext/align/hangul"
	"github.com/bitext-ko/bitext/align/internal/randtext"
	"github.com/bitext-ko/bitext/align/names/skeleton"
)

// koreanNameKeysRef is KoreanNameKeys as first written, building each
// prefix from a slice of runes and taking its skeleton from skeleton.Hangul:
// the reference for the version that decodes the syllables' bytes and
// builds one skeleton from the table of syllable skeletons.
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

// TestKoreanNameKeysPrefixes checks the keys of the words of
// koreanNameWords against the reference.
func TestKoreanNameKeysPrefixes(t *testing.T) {
	for _, w := range koreanNameWords {
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

// latinRef is Latin as first written, asking package unicode about every
// rune of the text: the reference for LatinTokens, which reads ASCII by
// bytes and passes longer runes undecoded.
func latinRef(s string) []string {
	var out []string
	start := -1
	add := func(tok string) {
		if utf8.RuneCountInString(tok) >= 2 {
			out = append(out, strings.ToLower(tok))
		}
	}
	for i, r := range s {
		latin := r < 0x250 && (unicode.IsLetter(r) || (start >= 0 && (isDigit(r) || r == '&')))
		if latin && start < 0 {
			start = i
		}
		if !latin && start >= 0 {
			add(s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		add(s[start:])
	}
	return out
}

// TestLatinMatchesRef holds Latin to latinRef on texts of every kind:
// each rune below U+0800 between letters, Hangul, accented and other
// scripts' letters, digits and ampersands in and around tokens, broken
// UTF-8, and random bytes.
func TestLatinMatchesRef(t *testing.T) {
	texts := []string{"", "a", "ab", "AT&T", "&a", "a&", "7up", "G7과 a", "Tlatelolco(틀라텔로코)", "Müller-Lüdenscheidt",
		"ǅemal ɐb ȿx", "ÀB", "\xc3", "a\xc3", "a\xc3b", "ab\xe0\x80cd", "\xff\xfeab", "a\xed\xa0\x80b", "ΩΨ ab", "ªº µb",
		"북한 CNN과 UN, AP통신 G20 정상회의"}
	for r := rune(0); r < 0x800; r++ {
		texts = append(texts, "a"+string(r)+"b", string(r)+"x", "x"+string(r))
	}
	alphabet := []string{"a", "Z", "1", "&", " ", "é", "ɐ", "ȿ", "가", "中", "\xc3", "\xa9", "\xe0", "\xff", "Ω", "ª"}
	texts = append(texts, randtext.Texts(3, alphabet, 12, 20000)...)
	for _, s := range texts {
		if got, want := Latin(s), latinRef(s); !slices.Equal(got, want) {
			t.Fatalf("Latin(%q) = %q, reference %q", s, got, want)
		}
	}
}
