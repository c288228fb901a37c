package align

import (
	"testing"

	"github.com/bitext-ko/bitext/align/lexicon"
	"github.com/bitext-ko/bitext/align/names/match"
)

func TestLinkNames(t *testing.T) {
	en := []string{
		"US Secretary of State Mike Pompeo met Kim Yong-chol in New York.",
		"The government said nothing.",
		"Ri Yong Ho spoke at the United Nations.",
	}
	ko := []string{
		"리용호 외무상은 유엔에서 연설했다.",
		"마이크 폼페이오 국무장관은 뉴욕에서 김영철 부위원장을 만났다.",
	}
	v := newVocab()
	enIDs, koTokens := linkNames(en, ko, lexicon.Default(), v, new(match.Compiler))
	shared := func(i, j int) int {
		n := 0
		for _, tok := range koTokens[j] {
			for _, id := range enIDs[i] {
				if tok[0] == id {
					n++
				}
			}
		}
		return n
	}
	tests := []struct{ i, j, min, max int }{
		{0, 1, 2, 9}, // Pompeo, Kim Yong-chol (and New York)
		{2, 0, 1, 9}, // Ri Yong Ho
		{0, 0, 0, 0},
		{1, 1, 0, 0}, // no names
	}
	for _, tc := range tests {
		if n := shared(tc.i, tc.j); n < tc.min || n > tc.max {
			t.Errorf("English %d and Korean %d share %d names, want %d to %d", tc.i, tc.j, n, tc.min, tc.max)
		}
	}
}
