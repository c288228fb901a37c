package match_test

import (
	"fmt"

	"github.com/bitext-ko/bitext/align/names/match"
)

// Score compares one English name with one Hangul name, whatever the
// romanization, and foreign names as Korean transliterates them; bitext
// names match counts 0.6 and more as a match.
func ExampleScore() {
	for _, p := range [][2]string{
		{"Kim Jong-un", "김정은"},
		{"Kim Jong Un", "김정은"},
		{"Mike Pompeo", "마이크 폼페이오"},
		{"Mike Pompeo", "김정은"},
	} {
		score := match.Score(p[0], p[1])
		fmt.Printf("%s, %s: a match %v\n", p[0], p[1], score >= 0.6)
	}
	// Output:
	// Kim Jong-un, 김정은: a match true
	// Kim Jong Un, 김정은: a match true
	// Mike Pompeo, 마이크 폼페이오: a match true
	// Mike Pompeo, 김정은: a match false
}

// An Index finds, among many Hangul names, the one an English name
// writes, without comparing every pair: what bitext names match does for
// each line of its input.
func ExampleIndex_Best() {
	ix := match.NewIndex([]string{"김정은", "리용호", "폼페이오", "시진핑"})
	for _, en := range []string{"Ri Yong Ho", "Xi Jinping", "Pompeo", "Angela Merkel"} {
		if m, ok := ix.Best(en); ok {
			fmt.Printf("%s: %s (%d)\n", en, m.Hangul, m.ID)
		} else {
			fmt.Printf("%s: none\n", en)
		}
	}
	// Output:
	// Ri Yong Ho: 리용호 (1)
	// Xi Jinping: 시진핑 (3)
	// Pompeo: 폼페이오 (2)
	// Angela Merkel: none
}
