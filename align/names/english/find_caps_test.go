package english

import (
	"strings"
	"testing"
)

// TestHeadlineKoreanNames: in lines written in capitals or title case, a
// Korean name is its surname and a given name of one or two syllables;
// the words after it are never part of it.
func TestHeadlineKoreanNames(t *testing.T) {
	tests := []struct {
		text string
		want []string // the mentions, in order
		not  []string // texts that must not be a mention
	}{
		{"KIM JONG UN WAS HERE.", []string{"KIM JONG UN"}, []string{"KIM JONG UN WAS HERE", "WAS HERE", "HERE"}},
		{"Moon Jae In Says Yes", []string{"Moon Jae In"}, []string{"Moon Jae In Says Yes", "Yes"}},
		{"Kim Jong Un And Moon", []string{"Kim Jong Un", "Moon"}, []string{"Kim Jong Un And Moon"}},
		{"KIM JONG UN MEETS PUTIN", []string{"KIM JONG UN"}, []string{"KIM JONG UN MEETS PUTIN"}},
		{"KIM JONG-UN MEETS PUTIN", []string{"KIM JONG-UN"}, []string{"KIM JONG", "UN", "KIM JONG-UN MEETS PUTIN"}},
		{"Kim Jong-un Meets Putin", []string{"Kim Jong-un"}, []string{"Kim Jong-un Meets Putin"}},
		{"MOON JAE-IN TO VISIT PYONGYANG", []string{"MOON JAE-IN"}, []string{"MOON JAE-IN TO VISIT PYONGYANG"}},
		// Never more than two given-name syllables.
		{"Kim Jong Un Il Sung", []string{"Kim Jong Un"}, []string{"Kim Jong Un Il Sung"}},
		// A Korean name inside an organization or place name stays whole.
		{"Kim Il Sung University", []string{"Kim Il Sung University"}, []string{"Kim Il Sung"}},
		{"Kim Il Sung University Opens", nil, []string{"Kim Il Sung"}},
		{"Crowds At Kim Il Sung Square", nil, []string{"Kim Il Sung"}},
		// Two names joined by a hyphen are still cut apart in capitals.
		{"NORTH KOREA-US TALKS", []string{"NORTH KOREA"}, []string{"NORTH KOREA-US TALKS"}},
		// Prose is not a headline: nothing changes there.
		{"North Korean leader Kim Jong Un met Moon Jae-in in Seoul.", []string{"Kim Jong Un", "Moon Jae-in", "Seoul"}, nil},
	}
	for _, tc := range tests {
		ms := FindNames(tc.text)
		got := map[string]bool{}
		var list []string
		for _, m := range ms {
			got[m.Text] = true
			list = append(list, m.Text)
			if tc.text[m.Start:m.End] != m.Text {
				t.Errorf("%q: mention %q at %d:%d", tc.text, m.Text, m.Start, m.End)
			}
		}
		pos := 0
		for _, w := range tc.want {
			i := indexOf(list[pos:], w)
			if i < 0 {
				t.Errorf("%q: no mention %q in order (got %q)", tc.text, w, list)
				break
			}
			pos += i + 1
		}
		for _, n := range tc.not {
			if got[n] {
				t.Errorf("%q: %q is a mention (got %q)", tc.text, n, list)
			}
		}
	}
}

// TestHeadlineKoreanNamesIn: FindNamesIn (names extract) cuts headline
// runs the same way and types the name as a person.
func TestHeadlineKoreanNamesIn(t *testing.T) {
	paras := []string{"KIM JONG UN MEETS PUTIN", "North Korean leader Kim Jong Un met Russian President Vladimir Putin."}
	ms := FindNamesIn(paras)
	var first []string
	for _, m := range ms[0] {
		first = append(first, m.Text+"/"+string(m.Type))
	}
	if len(first) == 0 || first[0] != "KIM JONG UN/person" {
		t.Errorf("headline mentions %q, want KIM JONG UN/person first", first)
	}
	for _, m := range ms[0] {
		if strings.Contains(m.Text, "KIM") && strings.Contains(m.Text, "PUTIN") {
			t.Errorf("one mention for the whole headline: %q", m.Text)
		}
	}
}

func TestKoreanSyllables(t *testing.T) {
	tests := []struct {
		w    string
		want int
	}{
		{"Jong", 1}, {"UN", 1}, {"Jong-un", 2}, {"JONG-UN", 2}, {"Jongun", 2},
		{"WAS", 0}, {"Says", 0}, {"MEETS", 0}, {"And", 0}, {"-un", 0},
	}
	for _, tc := range tests {
		if got := koreanSyllables(tc.w); got != tc.want {
			t.Errorf("koreanSyllables(%q) = %d, want %d", tc.w, got, tc.want)
		}
	}
}

func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

// TestSentenceStartLowerElsewhere: a word capitalized only at the start of
// a sentence, which the article writes in lower case elsewhere as it
// stands or in another number (rappers for Rapper), is a common word.
func TestSentenceStartLowerElsewhere(t *testing.T) {
	tests := []struct {
		text string
		want []string
		not  []string
	}{
		{"Rapper Kanye West is changing his name. He is one of many rappers to do so.", []string{"Kanye West"}, []string{"Rapper Kanye West", "Rapper"}},
		{"Batteries made in Sulawesi sell well. The battery plant is new.", []string{"Sulawesi"}, []string{"Batteries"}},
		{"Economies of the region grew. The economy of Java grew most.", []string{"Java"}, []string{"Economies"}},
		// Capitalized inside a sentence elsewhere: a name.
		{"Rose said so. He met Justin Rose. The rose is red.", []string{"Rose", "Justin Rose"}, nil},
	}
	for _, tc := range tests {
		var list []string
		got := map[string]bool{}
		for _, m := range FindNames(tc.text) {
			list = append(list, m.Text)
			got[m.Text] = true
		}
		for _, w := range tc.want {
			if !got[w] {
				t.Errorf("%q: no mention %q (got %q)", tc.text, w, list)
			}
		}
		for _, n := range tc.not {
			if got[n] {
				t.Errorf("%q: %q is a mention (got %q)", tc.text, n, list)
			}
		}
	}
}

func TestWrittenLower(t *testing.T) {
	lower := map[string]bool{"rappers": true, "nickel": true, "economies": true, "battery": true}
	for _, k := range []string{"rapper", "rappers", "nickel", "nickels", "economy", "batteries"} {
		if !writtenLower(lower, k) {
			t.Errorf("writtenLower(%q) = false", k)
		}
	}
	for _, k := range []string{"rap", "trump", "s", ""} {
		if writtenLower(lower, k) {
			t.Errorf("writtenLower(%q) = true", k)
		}
	}
}

// TestAmpersandJoins: an ampersand between capitalized words makes one
// name of them.
func TestAmpersandJoins(t *testing.T) {
	tests := []struct {
		text string
		want []string
		not  []string
	}{
		{"Shares in Marks & Spencer fell on Monday.", []string{"Marks & Spencer"}, []string{"Marks", "Spencer"}},
		{"It bought Procter & Gamble's unit.", []string{"Procter & Gamble"}, []string{"Procter", "Gamble"}},
		// Not after a lower-case word, nor across a sentence's end.
		{"It sold salt & Pepper Mills to them.", []string{"Pepper Mills"}, []string{"& Pepper Mills"}},
		{"He went to Leeds. & Then left.", []string{"Leeds"}, []string{"Leeds & Then"}},
		// A single letter after a hyphen is part of the name.
		{"A former West collaborator, JAY-Z, has also made do.", []string{"JAY-Z"}, []string{"JAY", "Z"}},
		// Between longer names it is a list.
		{"Complaints rise 30% - RT Russia & Former Soviet Union", []string{"RT Russia", "Former Soviet Union"}, []string{"RT Russia & Former Soviet Union"}},
	}
	for _, tc := range tests {
		var list []string
		got := map[string]bool{}
		for _, m := range FindNames(tc.text) {
			list = append(list, m.Text)
			got[m.Text] = true
			if tc.text[m.Start:m.End] != m.Text {
				t.Errorf("%q: mention %q at %d:%d", tc.text, m.Text, m.Start, m.End)
			}
		}
		for _, w := range tc.want {
			if !got[w] {
				t.Errorf("%q: no mention %q (got %q)", tc.text, w, list)
			}
		}
		for _, n := range tc.not {
			if got[n] {
				t.Errorf("%q: %q is a mention (got %q)", tc.text, n, list)
			}
		}
	}
}

// TestCompassSurname: a point of the compass that ends a name of two
// words or more is a surname, not a place's compass word.
func TestCompassSurname(t *testing.T) {
	tests := []struct {
		text, name string
		want       Type
		not        bool // the type must not be want
	}{
		{"The singer Kanye West changed his name.", "Kanye West", Place, true},
		{"The singer Mae West changed her name.", "Mae West", Place, true},
		{"Voters in West Virginia agree.", "West Virginia", Place, false},
		{"Storms hit the North East of England.", "North East", Place, false},
		{"He flew to the Middle East again.", "Middle East", Place, false},
	}
	for _, tc := range tests {
		var found *Mention
		ms := FindNames(tc.text)
		for i := range ms {
			if ms[i].Text == tc.name {
				found = &ms[i]
			}
		}
		switch {
		case found == nil:
			t.Errorf("%q: no mention %q (got %+v)", tc.text, tc.name, ms)
		case tc.not && found.Type == tc.want:
			t.Errorf("%q: %q typed %s", tc.text, tc.name, found.Type)
		case !tc.not && found.Type != tc.want:
			t.Errorf("%q: %q typed %s, want %s", tc.text, tc.name, found.Type, tc.want)
		}
	}
}
