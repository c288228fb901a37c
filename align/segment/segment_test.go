package segment

import (
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"
)

func TestEnglish(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"He arrived. She left.", []string{"He arrived.", "She left."}},
		{"The U.S. envoy met Kim on Jan. 8 in Beijing. Talks went well.",
			[]string{"The U.S. envoy met Kim on Jan. 8 in Beijing.", "Talks went well."}},
		{"Dr. Lee and Mr. Park earned 3.5 percent more. Really?",
			[]string{"Dr. Lee and Mr. Park earned 3.5 percent more.", "Really?"}},
		{`"I look forward to it," he said. "The train has started."`,
			[]string{`"I look forward to it," he said.`, `"The train has started."`}},
		{`He said "no way." Then he left!  Why? Nobody knows.`,
			[]string{`He said "no way."`, "Then he left!", "Why?", "Nobody knows."}},
		{"J. K. Rowling wrote it at 10 a.m. on Monday.", []string{"J. K. Rowling wrote it at 10 a.m. on Monday."}},
		{"Sanctions came from the U.S. The North protested.",
			[]string{"Sanctions came from the U.S.", "The North protested."}},
		{"It costs $16.2 billion. e.g. lower case continues.", []string{"It costs $16.2 billion. e.g. lower case continues."}},
		{"Wait... what?", []string{"Wait... what?"}},
		{"", nil},
	}
	for _, tc := range tests {
		if diff := cmp.Diff(tc.want, English(tc.in)); diff != "" {
			t.Errorf("English(%q) (-want +got):\n%s", tc.in, diff)
		}
	}
}

func TestKorean(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"김 위원장이 베이징에 도착했다. 회담은 순조로웠다.", []string{"김 위원장이 베이징에 도착했다.", "회담은 순조로웠다."}},
		{"정말요? 네, 그렇습니다! 좋아요.", []string{"정말요?", "네, 그렇습니다!", "좋아요."}},
		{`그는 "기대한다."라고 말했다. 이어 "열차는 출발했다."고 덧붙였다.`,
			[]string{`그는 "기대한다."라고 말했다.`, `이어 "열차는 출발했다."고 덧붙였다.`}},
		{`"이제 열차가 출발했습니다." 조 대사는 말했다.`, []string{`"이제 열차가 출발했습니다."`, "조 대사는 말했다."}},
		{"2019. 1. 8. 베이징에서 회담이 열렸다.", []string{"2019. 1. 8. 베이징에서 회담이 열렸다."}},
		{"미국 U.S. 정부는 발표했다. 북한은 반발했다.", []string{"미국 U.S. 정부는 발표했다.", "북한은 반발했다."}},
		{"회담이 열린다 CNN. 다음 소식.", []string{"회담이 열린다 CNN.", "다음 소식."}},
	}
	for _, tc := range tests {
		if diff := cmp.Diff(tc.want, Korean(tc.in)); diff != "" {
			t.Errorf("Korean(%q) (-want +got):\n%s", tc.in, diff)
		}
	}
}

func FuzzSplit(f *testing.F) {
	f.Add("He arrived. She left. 김 위원장이 도착했다. 회담은?")
	f.Add(`"A." "B."`)
	f.Fuzz(func(t *testing.T, s string) {
		for _, fn := range []func(string) []string{English, Korean} {
			parts := fn(s)
			// Nothing is lost: the sentences hold every non-space rune.
			if strip(strings.Join(parts, "")) != strip(s) {
				t.Fatalf("text lost: %q -> %q", s, parts)
			}
			for _, p := range parts {
				if strings.TrimSpace(p) == "" {
					t.Fatalf("empty sentence from %q", s)
				}
			}
		}
	})
}

func strip(s string) string {
	return strings.Join(strings.Fields(s), "")
}

// TestMayStartTerminal checks the byte test split reads text with: it
// takes the first byte of every terminal and no byte inside a character.
func TestMayStartTerminal(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if isTerminal(r) && !mayStartTerminal(string(r)[0]) {
			t.Errorf("%q is terminal, its first byte %#x is not taken", r, string(r)[0])
		}
	}
	for c := 0x80; c < 0xc0; c++ {
		if mayStartTerminal(byte(c)) {
			t.Errorf("continuation byte %#x taken", c)
		}
	}
}
