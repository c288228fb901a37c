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
		"선우 훈", "시진핑 국가주석과", "미국 \n", "\t미 국", "유엔 안보리\u3000", "\u3000미국 ", "김 정\xea", "\xed\x9f 김"}
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

// mayMatchRef, mayStartRunRef and mayMatchRunRef are the Probe's tests as
// first written, reading the English at each call and its keys one by
// one.
func mayMatchRef(p *Probe, k *HangulKey) bool {
	e := p.e
	if k.translated {
		return true
	}
	if e.acro != "" {
		if a, _ := utf8.DecodeRuneInString(e.acro); a == k.first {
			return true
		}
	}
	if !hangul.IsSyllable(k.first) || len(e.e.tokens) == 0 {
		return false
	}
	shortest := len(e.fj)
	if e.fl != "" && len(e.fl) < shortest {
		shortest = len(e.fl)
	}
	if shortest > 4*k.syllables+4 {
		return false
	}
	if k.surname != "" {
		for i := range e.sides {
			for _, s := range e.sides[i].surs {
				if s.Hangul == k.surname {
					return true
				}
			}
		}
	}
	for _, x := range p.keys {
		if x == k.whole || x == k.last {
			return true
		}
	}
	return false
}

func mayStartRunRef(p *Probe, k *HangulKey) bool {
	if k.translated || k.transOpen || k.whole&0xff00 == 0 {
		return true
	}
	if a, _ := utf8.DecodeRuneInString(p.e.acro); p.e.acro != "" && a == k.first {
		return true
	}
	for _, x := range p.keys {
		if x == k.whole {
			return true
		}
	}
	return false
}

func mayMatchRunRef(p *Probe, k *HangulKey) bool {
	if k.translated || k.last == k.whole {
		return mayMatchRef(p, k)
	}
	if !mayMatchRef(p, k) {
		return false
	}
	whole, last := false, false
	for _, x := range p.keys {
		whole = whole || x == k.whole
		last = last || x == k.last
	}
	return whole && last
}

// TestProbeMatchesReference holds MayMatch, MayStartRun and MayMatchRun
// to the references, for English names foreign and Korean, acronyms and
// translated names, against Hangul names, runs of them and words with
// postpositions: pairs that match and many more that do not.
func TestProbeMatchesReference(t *testing.T) {
	enN, koN := niklNames(t, 300)
	koK, enK := syntheticKorean(200)
	en := append(append(enN, enK...), "CIA", "UN", "the U.S.", "North Korea", "Kim Jong-un", "Xi Jinping", "", "Mike Pompeo", "President Moon Jae-in")
	var keys []HangulKey
	for i, h := range append(append(koN, koK...), "시아이에이", "유엔", "미국의", "북한", "김정은 위원장이", "시진핑", "마이크 폼페이오", "문재인 대통령", "") {
		keys = append(keys, NewHangulKey(h), NewHangulKey(h+"는"))
		if i > 0 {
			keys = append(keys, NewHangulKey(koN[i%len(koN)]+" "+h))
		}
	}
	matched := 0
	for _, s := range en {
		p := NewProbe(CompileEnglish(s))
		for i := range keys {
			k := &keys[i]
			if got, want := p.MayMatch(k), mayMatchRef(p, k); got != want {
				t.Errorf("MayMatch(%q, %+v) = %v, want %v", s, *k, got, want)
			} else if got {
				matched++
			}
			if got, want := p.MayStartRun(k), mayStartRunRef(p, k); got != want {
				t.Errorf("MayStartRun(%q, %+v) = %v, want %v", s, *k, got, want)
			}
			if got, want := p.MayMatchRun(k), mayMatchRunRef(p, k); got != want {
				t.Errorf("MayMatchRun(%q, %+v) = %v, want %v", s, *k, got, want)
			}
		}
	}
	if matched < 1000 {
		t.Errorf("only %d pairs may match", matched)
	}
}
