package glossary

import (
	"maps"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/bitext-ko/bitext/align/hangul"
)

// koreanWordsRef is koreanWords as first written, decoding every rune:
// the byte-wise koreanWords is held to it.
func koreanWordsRef(v *koreanVocab, text string) []koWord {
	var words []koWord
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !hangul.IsSyllable(r) {
			i += n
			continue
		}
		j := i
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if !hangul.IsSyllable(r) {
				break
			}
			j += n
		}
		k := j
		for k < len(text) {
			r, n := utf8.DecodeRuneInString(text[k:])
			if unicode.IsSpace(r) {
				break
			}
			k += n
		}
		afterSpace := i == 0
		if i > 0 {
			pr, _ := utf8.DecodeLastRuneInString(text[:i])
			afterSpace = unicode.IsSpace(pr)
		}
		words = append(words, koWord{raw: text[i:j], start: i, end: j, alone: j == k, afterSpace: afterSpace,
			wordFacts: v.factsOf(text[i:j])})
		i = j
	}
	return words
}

// stemsRef is koreanVocab.stems as first written: each word's endings
// recorded one by one, a stem with a second ending kept.
func stemsRef(v *koreanVocab) map[string]bool {
	endings := map[string]string{}
	stems := map[string]bool{}
	see := func(stem, ending string) {
		if e, ok := endings[stem]; !ok {
			endings[stem] = ending
		} else if e != ending {
			stems[stem] = true
		}
	}
	for _, w := range v.words {
		see(w, "")
		if s := v.facts[w].stem; s != w {
			see(s, w[len(s):])
		}
	}
	return stems
}

// TestKoreanWordsAndStems holds koreanWords and stems to the reference
// versions on edge cases (broken UTF-8, jamo, spaces outside ASCII) and
// on every Korean text of the development corpus, a vocabulary for each
// text as Prepare makes it.
func TestKoreanWordsAndStems(t *testing.T) {
	texts := []string{
		"", "가", "a가b", "가\xff나", "\xea\xb0", "가\xea\xb0", "ᄀ가 각\u00a0간\u3000갇-갈·감.", "트럼프가 트럼프는 트럼프의 트럼프",
		"김정은 김정이 한국은 한국의 한국", "\u2028가나\u0085다 라", " 가", "가 ", "가나다라마바사\t아",
	}
	texts = append(texts, devKoreanTexts(t)...)
	for _, text := range texts {
		v, ref := &koreanVocab{facts: map[string]wordFacts{}, buf: new(prepBuffers)}, &koreanVocab{facts: map[string]wordFacts{}}
		got, want := v.appendWords(nil, text), koreanWordsRef(ref, text)
		if len(got) == 0 && len(want) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%.60q: koreanWords differs from the reference", text)
		}
		if gs, ws := v.stems(), stemsRef(ref); !maps.Equal(gs, ws) {
			t.Fatalf("%.60q: stems %v, want %v", text, gs, ws)
		}
	}
}

// TestNameWords holds nameWords to strings.FieldsFunc.
func TestNameWords(t *testing.T) {
	for _, s := range []string{"", " ", "-", "Kim Jong-un", "  Kim--Jong  un- ", "Jean-Pierre Rampal", "김정은 위원장", "a\u00a0b", "Ö-Ä"} {
		if got, want := nameWords(s), len(strings.FieldsFunc(s, isNameSeparator)); got != want {
			t.Errorf("nameWords(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestFirstRunes holds firstRunes to the range loop it stands for, on
// Hangul, Latin, other scripts and broken UTF-8.
func TestFirstRunes(t *testing.T) {
	ref := func(s string, n int) string {
		for i := range s {
			if n == 0 {
				return s[:i]
			}
			n--
		}
		return s
	}
	for _, s := range []string{"", "가", "맨체스터", "맨시티", "a", "ab", "é가", "\xea\xb0맨", "맨\xea\xb0", "\xff\xfe", "ᄀ가", "가-나", "😀가"} {
		for n := range 5 {
			if got, want := firstRunes(s, n), ref(s, n); got != want {
				t.Errorf("firstRunes(%q, %d) = %q, want %q", s, n, got, want)
			}
		}
	}
}

// TestFirstFields holds firstFields to strings.Fields.
func TestFirstFields(t *testing.T) {
	for _, s := range []string{"", " ", "김정은", "맨체스터 시티", " 마이크  폼페이오\t장관 ", "a\u00a0b c", "\xff a", "Kim Jong-un"} {
		all := strings.Fields(s)
		for n := range 5 {
			want := all[:min(n, len(all))]
			if got := firstFields([]string{"x"}, s, n); !slices.Equal(got[1:], want) || got[0] != "x" {
				t.Errorf("firstFields(%q, %d) = %q, want %q after x", s, n, got, want)
			}
		}
	}
}
