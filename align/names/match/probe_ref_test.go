package match

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/bitext-ko/bitext/align/hangul"
	"github.com/bitext-ko/bitext/align/names/skeleton"
	"github.com/bitext-ko/bitext/align/names/surname"
	"github.com/bitext-ko/bitext/align/names/translated"
)

// newHangulKeyRef is NewHangulKey as it was written first: the name
// without its spaces made as a string, and decoded rune by rune.
func newHangulKeyRef(hangulName string) HangulKey {
	var k HangulKey
	h := hangulName
	compact := h
	if strings.ContainsRune(h, ' ') {
		h = strings.TrimSpace(h)
		compact = strings.ReplaceAll(h, " ", "")
	}
	k.translated, k.transOpen = translated.Prefix(compact)
	k.first, _ = utf8.DecodeRuneInString(compact)
	var syl []hangul.Syllable
	lastWord := 0
	for _, r := range h {
		if r == ' ' {
			lastWord = len(syl)
			continue
		}
		if s, ok := hangul.Decompose(r); ok {
			syl = append(syl, s)
		}
	}
	k.syllables = len(syl)
	if lastWord == 0 {
		if sur, _, known, ok := surname.Split(compact); ok && known {
			k.surname = sur
		}
	}
	k.whole = skeleton.HangulKey(syl).Prefix2()
	k.last = k.whole
	if lastWord > 0 && lastWord < len(syl) {
		k.last = skeleton.HangulKey(syl[lastWord:]).Prefix2()
	}
	return k
}

// TestNewHangulKeyMatchesReference holds NewHangulKey to newHangulKeyRef
// on names and words of every shape: with spaces inside, around and
// before the syllables, translated names and their starts, long runs
// (past the buffer for the name without spaces), other characters and
// broken UTF-8, and the NIKL list's Hangul names, alone and with a title
// or a postposition.
func TestNewHangulKeyMatchesReference(t *testing.T) {
	words := []string{"", " ", "  ", "김정은", "김정은 위원장이", " 김 정은 ", "김 정은", "A 김", " A 김정은", "\t김정은", "김정은\n",
		"미국", "미국의", "북한", "백악관", "뉴질랜드 항공", "미 국", "남궁 지영", "이 태영", "폼페이오는", "마이크 폼페이오",
		"김\xff정", "\xed\x9f", "가\xea", "ㄱㄴ", "G7", "트럼프 대통령", strings.Repeat("가나다 ", 12), strings.Repeat("미국 ", 9),
		"선우 훈", "시진핑 국가주석과"}
	_, ko := niklNames(t, 2000)
	for _, h := range ko {
		words = append(words, h, h+"는", h+" 대통령", " "+h)
	}
	for _, w := range words {
		if got, want := NewHangulKey(w), newHangulKeyRef(w); got != want {
			t.Errorf("NewHangulKey(%q) = %+v, want %+v", w, got, want)
		}
	}
}
