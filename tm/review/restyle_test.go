package review

import (
	"strings"
	"testing"

	"github.com/bitext-ko/bitext/align/names/romanize"
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
		{"mr", "Kim Jong-un Meets Putin", "Kim Jong-un Meets Putin"},
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

// TestNormalizeStyleWithoutGlossary: without a glossary a name is written
// in the style from its Hangul when the spelling tells it, and left alone,
// with a warning, when it does not — never a mix of two styles.
func TestRestyleNamesStyleWithoutGlossary(t *testing.T) {
	tests := []struct {
		style, name, want string
		warn              bool // a warning says the name was left alone
	}{
		// Kim Jong-un is 김정은, 김종은, 김정운 or 김종운: one DPRK and press
		// form, several RR and MR ones.
		{"dprk", "Kim Jong-un", "Kim Jong Un", false},
		{"press", "Kim Jong Un", "Kim Jong-un", false},
		{"mr", "Kim Jong-un", "Kim Jong-un", true},
		{"rr", "Kim Jong-un", "Kim Jong-un", true},
		// RR and MR spellings tell the Hangul.
		{"mr", "Kim Jeong-eun", "Kim Chŏng-ŭn", false},
		{"dprk", "Kim Chŏng-ŭn", "Kim Jong Un", false},
		{"rr", "Kim Chŏng-ŭn", "Gim Jeongeun", false},
		{"mr", "Park Geun-hye", "Pak Kŭn-hye", false},
		{"dprk", "Park Geun-hye", "Pak Kun Hye", false},
		{"press", "Pak Geun-hye", "Park Geun-hye", false},
		// Personal spellings no system writes: left alone but in press
		// style, which keeps people's given names as they write them.
		{"rr", "Ban Ki-moon", "Ban Ki-moon", true},
		{"mr", "Lee Myung-bak", "Lee Myung-bak", true},
		{"rr", "Lee Myung-bak", "Lee Myung-bak", true},
		{"dprk", "Cho Yoon-je", "Cho Yoon-je", true},
		{"press", "Cho Yoon Je", "Cho Yoon-je", false},
		{"press", "Yi Myung-bak", "Lee Myung-bak", false},
		{"press", "Ri Yong Ho", "Ri Yong-ho", false},
		// Not Korean names: untouched, no warning.
		{"dprk", "Donald Trump", "Donald Trump", false},
		{"mr", "Xi Jinping", "Xi Jinping", false},
	}
	for _, tc := range tests {
		text := "They met " + tc.name + " in Seoul.\n"
		got, changes, warns := RestyleNames(text, RestyleOptions{Style: style(t, tc.style)})
		if want := "They met " + tc.want + " in Seoul.\n"; got != want {
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

// TestStyleFormIsTheRomanizers: the style form of a glossary entry is what
// the romanizer writes (bitext romanize --name), in every style.
func TestStyleFormIsTheRomanizers(t *testing.T) {
	person := func(h string, forms ...string) glossary.Entry {
		e := glossary.Entry{Hangul: h, Type: glossary.Person}
		for _, f := range forms {
			e.Forms = append(e.Forms, glossary.Form{English: f})
		}
		return e
	}
	tests := []struct {
		e     glossary.Entry
		style string
		want  string
	}{
		{person("조윤제", "Cho Yoon-je"), "press", "Cho Yun-je"},
		{person("조윤제", "Cho Yoon-je"), "dprk", "Jo Yun Je"},
		{person("조윤제", "Cho Yoon-je"), "mr", "Cho Yun-je"},
		{person("조윤제", "Cho Yoon-je"), "rr", "Jo Yunje"},
		// A name the glossary spells the North's way: the press's North
		// Korean spelling.
		{person("김정은", "Kim Jong-un"), "press", "Kim Jong-un"},
		{person("김정은", "Kim Jong Un"), "press", "Kim Jong-un"},
		{person("김정은", "Kim Jong-un"), "mr", "Kim Chŏng-ŭn"},
		{person("황준범", "Hwang Joon-bum"), "press", "Hwang Jun-beom"},
		// A plain glossary row with no type is a person when both sides
		// are a Korean personal name.
		{glossary.Entry{Hangul: "조윤제", Forms: []glossary.Form{{English: "Cho Yoon-je"}}}, "press", "Cho Yun-je"},
		{glossary.Entry{Hangul: "트럼프", Type: glossary.Person, Forms: []glossary.Form{{English: "Donald Trump"}}}, "press", ""},
	}
	for _, tc := range tests {
		st := *style(t, tc.style)
		if got := StyleForm(&tc.e, st); got != tc.want {
			t.Errorf("StyleForm(%s, %s) = %q, want %q", tc.e.Hangul, tc.style, got, tc.want)
		}
	}
	// normalize --glossary and names diff --style say the same.
	g := []glossary.Entry{person("조윤제", "Cho Yoon-je")}
	press := romanize.Press
	out, _, _ := RestyleNames("Ambassador Cho Yoon-je said.", RestyleOptions{Style: &press, Glossary: g})
	if out != "Ambassador Cho Yun-je said." {
		t.Errorf("normalize: %q", out)
	}
	vs := AgainstStyle(g, press)
	if len(vs) != 1 || vs[0].Reference != "Cho Yun-je" {
		t.Errorf("diff: %+v", vs)
	}
	if r := romanize.New(romanize.Press, romanize.Options{Name: true, Capitalize: true}).String("조윤제"); r != "Cho Yun-je" {
		t.Errorf("the romanizer says %q", r)
	}
	if !strings.Contains(vs[0].English, "Yoon") {
		t.Errorf("%+v", vs[0])
	}
}
