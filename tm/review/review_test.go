package review

import (
	"strings"
	"testing"

	"github.com/bitext-ko/bitext/align/names/romanize"
	"github.com/bitext-ko/bitext/tm/glossary"
)

func TestClassify(t *testing.T) {
	tests := []struct {
		ref, variant, hangul string
		want                 Class
	}{
		{"Kim Jong-un", "Kim Jong-un", "김정은", Same},
		// formatting: case, hyphens, spaces, word order.
		{"Kim Jong-un", "Kim Jong Un", "김정은", Formatting},
		{"Kim Jong-un", "KIM Jong-un", "김정은", Formatting},
		{"Kim Jong-un", "Jong-un Kim", "김정은", Formatting},
		{"Kim Jong-un", "Kim Jongun", "", Formatting},
		// system: another system's letters for the same sounds.
		{"Kim Jong-un", "Kim Chŏng-ŭn", "김정은", System},
		{"Kim Jeong-eun", "Kim Chŏng-ŭn", "김정은", System},
		{"Kim Yong-chol", "Kim Yŏng-ch'ŏl", "김영철", System},
		{"Lee Yong-ho", "Ri Yong-ho", "", System},
		{"Moon Jae-in", "Mun Jae-in", "문재인", System},
		{"Park Geun-hye", "Pak Geun-hye", "박근혜", System},
		{"Ban Ki-moon", "Ban Gi-moon", "반기문", System},
		{"Pyongyang", "P'yŏngyang", "", System},
		// spelling: another vowel spelling of the same sound.
		{"Kim Jong-un", "Kim Jeong-un", "", Spelling},
		{"Kim Jong-un", "Kim Jeong-un", "김정은", Spelling},
		{"Kim Jeong-un", "Kim Jong-un", "김정은", Spelling},
		{"Hwang Joon-bum", "Hwang Jun-beom", "황준범", Spelling},
		{"Hwang Jun-beom", "Hwang Joon-bum", "", Spelling},
		{"Cho Yun-je", "Cho Yoon-je", "조윤제", Spelling},
		{"Kim Yong-chol", "Kim Yeong-cheol", "김영철", Spelling},
		{"Chung Eui-yong", "Jeong Ui-yong", "정의용", Spelling},
		// A final consonant dropped is another syllable, not the North's
		// dropped initial: 정은/정우, 정일/정이, 재인/재이.
		{"Kim Jong-un", "Kim Jong-u", "", Other},
		{"Kim Jong-il", "Kim Jong-i", "", Other},
		{"Moon Jae-in", "Moon Jae-i", "", Other},
		{"Ryu Hyun-jin", "Yu Hyun-jin", "", System},
		// A part of each: the least benign wins.
		{"Kim Yong-chol", "Gim Yeongcheol", "김영철", Spelling},
		{"Lee Myung-bak", "Yi Myŏng-bak", "이명박", Spelling},
		{"Zelensky", "Zelenskyy", "", Spelling},
		// other: a different name.
		{"Kim Jong-un", "Kim Jong-il", "", Other},
		{"Kim Jong-un", "Kim Jun-un", "", Other},
		{"Kim Jong-un", "Moon Jae-in", "", Other},
		{"Kim Jong-un", "Kim Yo-jong", "", Other},
		{"Mike Pompeo", "Donald Trump", "", Other},
	}
	for _, tc := range tests {
		// hangul documents the name; the class does not need it.
		if got := Classify(tc.ref, tc.variant); got != tc.want {
			t.Errorf("Classify(%q, %q) (%s) = %s, want %s", tc.ref, tc.variant, tc.hangul, got, tc.want)
		}
	}
}

func sample() []glossary.Entry {
	return []glossary.Entry{
		{Hangul: "김영철", Type: glossary.Person, Romanized: glossary.Romanize("김영철", glossary.Person),
			Forms: []glossary.Form{{English: "Kim Yong-chol", Count: 5, Docs: 3}, {English: "Kim Yong Chol", Count: 2, Docs: 1}, {English: "Kim Yong-cheol", Count: 1, Docs: 1}}},
		{Hangul: "트럼프", Type: glossary.Person, Forms: []glossary.Form{{English: "Donald Trump", Count: 4}}},
		{Hangul: "평양", Type: glossary.Place, Romanized: glossary.Romanize("평양", glossary.Place), Forms: []glossary.Form{{English: "Pyongyang", Count: 3}}},
	}
}

func TestWithin(t *testing.T) {
	vs := Within(sample())
	if len(vs) != 2 {
		t.Fatalf("%+v", vs)
	}
	if vs[0].Reference != "Kim Yong-chol" || vs[0].English != "Kim Yong Chol" || vs[0].Class != Formatting || vs[0].RefCount != 5 {
		t.Errorf("%+v", vs[0])
	}
	if vs[1].English != "Kim Yong-cheol" || vs[1].Class != Spelling {
		t.Errorf("%+v", vs[1])
	}
}

// houseOf makes a house list of entries.
func houseOf(t *testing.T, es []glossary.Entry) *House {
	t.Helper()
	h, err := NewHouse("house.tsv", es)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func TestAgainst(t *testing.T) {
	ref := []glossary.Entry{{Hangul: "김영철", Forms: []glossary.Form{{English: "Kim Yong Chol"}}}}
	vs := Against(sample(), houseOf(t, ref), nil)
	if len(vs) != 2 || vs[0].Reference != "Kim Yong Chol" || vs[0].English != "Kim Yong-chol" || vs[0].Basis != "house" {
		t.Errorf("%+v", vs)
	}
	// No list and no style: Within.
	if vs := Against(sample(), nil, nil); len(vs) != 2 || vs[0].Basis != "most frequent" {
		t.Errorf("%+v", vs)
	}
}

func TestAgainstStyle(t *testing.T) {
	rr := romanize.RR
	vs := Against(sample(), nil, &rr)
	var got []string
	for _, v := range vs {
		got = append(got, v.English+" → "+v.Reference+" ("+string(v.Class)+")")
		if v.Hangul == "트럼프" {
			t.Errorf("a foreign name compared with a romanization: %+v", v)
		}
	}
	want := "Kim Yong-chol → Gim Yeongcheol"
	if len(got) == 0 || !strings.HasPrefix(got[0], want) {
		t.Errorf("%q, want first %q", got, want)
	}
	if !strings.Contains(strings.Join(got, "\n"), "Pyongyang → Pyeongyang") {
		t.Errorf("%q", got)
	}
}

func TestRestyleNames(t *testing.T) {
	text := "North Korean leader Kim Jong Un met KIM Yong-chol, Kim Yong Chol's aide, and Donald Trump.\nThe Kim Yong Chol case is closed; Kim Yong Cholic is a word.\n"
	press := romanize.Press
	out, changes, warns := RestyleNames(text, RestyleOptions{Style: &press})
	want := "North Korean leader Kim Jong-un met Kim Yong-chol, Kim Yong-chol's aide, and Donald Trump.\nThe Kim Yong-chol case is closed; Kim Yong Cholic is a word.\n"
	if out != want || len(warns) != 0 {
		t.Errorf("got  %q\nwant %q\n%v", out, want, warns)
	}
	if len(changes) != 4 || changes[0].From != "Kim Jong Un" || changes[0].Line != 1 || changes[3].Line != 2 {
		t.Errorf("%+v", changes)
	}
	r := RenderChanges(text, changes, false)
	if !strings.HasPrefix(r, "1: North Korean leader [Kim Jong Un → Kim Jong-un] met [KIM Yong-chol → Kim Yong-chol], [Kim Yong Chol → Kim Yong-chol]'s aide") || !strings.Contains(r, "\n2: The [Kim Yong Chol → Kim Yong-chol] case") {
		t.Errorf("%s", r)
	}
	// Nothing to do: the text comes back unchanged.
	same, ch, _ := RestyleNames("no names here at all.\n", RestyleOptions{Style: &press})
	if same != "no names here at all.\n" || len(ch) != 0 {
		t.Errorf("%q %v", same, ch)
	}
}

func TestRestyleNamesGlossary(t *testing.T) {
	g := sample()
	g = append(g, glossary.Entry{Hangul: "김영일", Forms: []glossary.Form{{English: "Kim Yong-cheol"}}})
	text := "Kim Yong Chol and Kim Yong-cheol met Donald Trump."
	out, changes, warns := RestyleNames(text, RestyleOptions{House: houseOf(t, g)})
	if out != "Kim Yong-chol and Kim Yong-cheol met Donald Trump." {
		t.Errorf("%q", out)
	}
	if len(changes) != 1 || changes[0].Hangul != "김영철" {
		t.Errorf("%+v", changes)
	}
	if len(warns) != 1 || !strings.Contains(warns[0], "김영철, 김영일") {
		t.Errorf("warnings %q", warns)
	}
	rr := romanize.RR
	out, _, _ = RestyleNames("Kim Yong Chol arrived.", RestyleOptions{House: houseOf(t, g[:1]), Style: &rr})
	if out != "Gim Yeongcheol arrived." {
		t.Errorf("%q", out)
	}
}
