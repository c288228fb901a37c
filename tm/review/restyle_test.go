package review

import (
	"strings"
	"testing"

	"github.com/bitext-ko/bitext/align/names/romanize"
	"github.com/bitext-ko/bitext/align/names/spelling"
	"github.com/bitext-ko/bitext/tm/glossary"
)

func style(t *testing.T, s string) *romanize.Style {
	t.Helper()
	st, err := romanize.ParseStyle(s)
	if err != nil {
		t.Fatal(err)
	}
	return &st
}

// TestNormalizeHeadlines: in headlines in capitals or title case, only the
// name is rewritten, never the words after it.
func TestRestyleNamesHeadlines(t *testing.T) {
	tests := []struct {
		style, text, want string
	}{
		{"press", "KIM JONG UN WAS HERE.", "KIM JONG-UN WAS HERE."},
		{"press", "Moon Jae In Says Yes", "Moon Jae-in Says Yes"},
		{"press", "Kim Jong Un And Moon", "Kim Jong-un And Moon"},
		{"press", "KIM JONG UN MEETS PUTIN", "KIM JONG-UN MEETS PUTIN"},
		{"press", "Kim Jong Un Meets Putin", "Kim Jong-un Meets Putin"},
		{"mr", "Kim Jong-un Meets Putin", "Kim Chŏng-ŭn Meets Putin"},
		{"mr", "Kim Jeong-eun Meets Putin", "Kim Chŏng-ŭn Meets Putin"},
		{"dprk", "KIM JONG UN WAS HERE.", "KIM JONG UN WAS HERE."},
		{"dprk", "Kim Jong-un Meets Putin", "Kim Jong Un Meets Putin"},
		{"dprk", "KIM JONG-UN MEETS PUTIN", "KIM JONG UN MEETS PUTIN"},
		{"rr", "Kim Chŏng-ŭn And Moon", "Gim Jeongeun And Moon"},
	}
	for _, tc := range tests {
		got, _, _ := RestyleNames(tc.text, RestyleOptions{Style: style(t, tc.style)})
		if got != tc.want {
			t.Errorf("%s %q: got %q, want %q", tc.style, tc.text, got, tc.want)
		}
	}
}

// TestRestyleNamesStyleWithoutGlossary: without a house list a name is
// written in the style from its Hangul, found from its established
// spelling (the built-in table) or from the romanization systems that
// spell it so, and left alone, with a warning, when neither tells it —
// never a mix of two styles.
func TestRestyleNamesStyleWithoutGlossary(t *testing.T) {
	tests := []struct {
		style, name, want string
		warn              bool // a warning says the name was left alone
	}{
		// Established spellings give the Hangul: 김정은, the leader.
		{"dprk", "Kim Jong-un", "Kim Jong Un", false},
		{"press", "Kim Jong Un", "Kim Jong-un", false},
		{"mr", "Kim Jong-un", "Kim Chŏng-ŭn", false},
		{"rr", "Ban Ki-moon", "Ban Gimun", false},
		{"mr", "Lee Myung-bak", "Yi Myŏng-bak", false},
		{"dprk", "Cho Yoon-je", "Jo Yun Je", false},
		{"press", "Cho Yoon Je", "Cho Yoon-je", false},
		{"press", "Ri Yong Ho", "Ri Yong-ho", false},
		{"press", "Kim Il Sung", "Kim Il-sung", false},
		// RR and MR spellings tell the Hangul.
		{"mr", "Kim Jeong-eun", "Kim Chŏng-ŭn", false},
		{"dprk", "Kim Chŏng-ŭn", "Kim Jong Un", false},
		{"mr", "Park Geun-hye", "Pak Kŭn-hye", false},
		{"dprk", "Park Geun-hye", "Pak Kun Hye", false},
		{"press", "Pak Geun-hye", "Park Geun-hye", false},
		// Kim Jong Ho may be 김정호 or 김종호 by the systems; the press
		// writes both Kim Jong-ho, MR does not.
		{"mr", "Kim Jong Ho", "Kim Jong Ho", true},
		{"press", "Kim Jong Ho", "Kim Jong-ho", false},
		// Personal spellings that neither the table nor any system
		// has: left alone, in every style; press style keeps a person's
		// own spelling, so it has nothing to warn about (its Hangul is
		// unknown: a house list that has it respells it), the others
		// warn.
		{"press", "Yi Myung-bak", "Yi Myung-bak", false},
		{"press", "Hwang Woo Suk", "Hwang Woo-suk", false},
		{"press", "BAE KYUNG SANG", "BAE KYUNG-SANG", false},
		{"rr", "Hwang Joon-bum", "Hwang Joon-bum", true},
		{"mr", "Kim Han-soo", "Kim Han-soo", true},
		// Not Korean names: untouched, no warning.
		{"dprk", "Donald Trump", "Donald Trump", false},
		{"mr", "Xi Jinping", "Xi Jinping", false},
		// A foreign name with a Korean surname's spelling: 리카싱 is
		// no Korean name (카 and 싱 are no Sino-Korean syllables).
		{"press", "Li Ka-shing", "Li Ka-shing", false},
		{"mr", "Joe Biden", "Joe Biden", false},
		// Press style keeps a person's own spelling: only the layout.
		{"press", "Oh Kyu Sang", "Oh Kyu-sang", false},
		{"press", "Choi Rim-min", "Choi Rim-min", false},
		// A stage name is no personal name to romanize (Suga is also
		// Japan's prime minister 스가).
		{"rr", "Suga", "Suga", false},
		{"mr", "Psy", "Psy", false},
		// A Korean surname's spelling last is no Korean name here.
		{"mr", "Guan Yu", "Guan Yu", false},
		{"rr", "Sung Kim", "Sung Kim", false},
	}
	for _, tc := range tests {
		text := "They met " + tc.name + " in Geneva.\n"
		got, changes, warns := RestyleNames(text, RestyleOptions{Style: style(t, tc.style)})
		if want := "They met " + tc.want + " in Geneva.\n"; got != want {
			t.Errorf("%s %q: got %q, want %q", tc.style, tc.name, got, want)
		}
		if w := len(warns) > 0; w != tc.warn {
			t.Errorf("%s %q: warnings %q, want some: %v", tc.style, tc.name, warns, tc.warn)
		}
		for _, c := range changes {
			// A change from a Hangul name is that name's romanization.
			if c.Hangul != "" && tc.style != "press" {
				if r := romanize.New(*style(t, tc.style), romanize.Options{Name: true, Capitalize: true}).String(c.Hangul); r != c.To {
					t.Errorf("%s %q: %q is not %s's %q", tc.style, tc.name, c.To, c.Hangul, r)
				}
			}
		}
	}
}

// TestStyleForm: the style form of a Korean name is what the romanizer
// writes (bitext romanize --name); in press style, the established
// spelling first, and otherwise the person's own spelling in the press
// layout (the press rules only for a McCune–Reischauer spelling).
func TestStyleForm(t *testing.T) {
	tests := []struct {
		hangul, written, style string
		want, applied          string // applied: the entry's file, or ""
	}{
		{"조윤제", "Cho Yoon-je", "press", "Cho Yoon-je", "spellings.tsv"},
		{"조윤제", "Cho Yoon-je", "dprk", "Jo Yun Je", ""},
		{"조윤제", "Cho Yoon-je", "mr", "Cho Yun-je", ""},
		{"조윤제", "Cho Yoon-je", "rr", "Jo Yunje", ""},
		{"김일성", "Kim Il-sung", "press", "Kim Il-sung", "spellings.tsv"},
		{"김정은", "Kim Jong Un", "press", "Kim Jong-un", "spellings.tsv"},
		{"김정은", "Kim Jong-un", "mr", "Kim Chŏng-ŭn", ""},
		// Not in the table: a system's spelling gets the rules, a
		// person's own is kept.
		{"황준범", "Hwang Jun Beom", "press", "Hwang Jun-beom", ""},
		{"황준범", "Hwang Joon Bum", "press", "Hwang Joon-bum", ""},
		{"황준범", "HWANG Joon-bum", "press", "Hwang Joon-bum", ""},
		{"황준범", "Joon-Bum Hwang", "press", "Joon-bum Hwang", ""},
		{"황준범", "Hwang Chun-pŏm", "press", "Hwang Jun-beom", ""},
		{"오규상", "Oh Kyu-sang", "press", "Oh Kyu-sang", ""}, // not the North's O Kyu-sang
	}
	h := DefaultHouse()
	for _, tc := range tests {
		got, e := h.StyleForm(tc.hangul, spelling.Person, tc.written, *style(t, tc.style))
		file := ""
		if e != nil {
			file = e.File
		}
		if got != tc.want || file != tc.applied {
			t.Errorf("StyleForm(%s, %q, %s) = %q (%s), want %q (%s)", tc.hangul, tc.written, tc.style, got, file, tc.want, tc.applied)
		}
	}
	// normalize and names diff say the same.
	g := []glossary.Entry{{Hangul: "조윤제", Forms: []glossary.Form{{English: "Cho Yoon-je"}}}}
	press := romanize.Press
	out, _, _ := RestyleNames("Ambassador Cho Yoon-je said.", RestyleOptions{Style: &press, House: houseOf(t, g)})
	if out != "Ambassador Cho Yoon-je said." {
		t.Errorf("normalize: %q", out)
	}
	if vs := Against(g, nil, &press); len(vs) != 0 {
		t.Errorf("diff: %+v", vs)
	}
	g[0].Forms = append(g[0].Forms, glossary.Form{English: "Cho Yun-je"})
	if vs := Against(g, nil, &press); len(vs) != 1 || vs[0].Reference != "Cho Yoon-je" || !strings.Contains(vs[0].Applied, "spellings.tsv") {
		t.Errorf("diff: %+v", vs)
	}
	// A foreign name has no style form.
	if k := h.KoreanKind(&glossary.Entry{Hangul: "트럼프", Type: glossary.Person, Forms: []glossary.Form{{English: "Donald Trump"}}}); k != spelling.AnyKind {
		t.Errorf("트럼프 is %v", k)
	}
}
