package romanize

import (
	"strings"
	"testing"

	"github.com/bitext-ko/bitext/align/names/spelling"
)

// TestPressEstablished: press style spells a name the table of
// established spellings has as the table does, before its rules, and
// says which entry it applied; RulesOnly and names the table lacks get
// the rules.
func TestPressEstablished(t *testing.T) {
	tests := []struct {
		hangul, written string
		want, rules     string
		who             string // in the entry applied; "" for the rules
	}{
		{"김일성", "", "Kim Il-sung", "Kim Il-seong", "founder of North Korea"},
		{"노무현", "", "Roh Moo-hyun", "Roh Mu-hyeon", "president of South Korea 2003"},
		{"반기문", "", "Ban Ki-moon", "Ban Gi-mun", "UN secretary-general"},
		{"조윤제", "Yoon-je", "Cho Yoon-je", "Cho Yun-je", "economist"},
		{"이명박", "", "Lee Myung-bak", "Lee Myeong-bak", "president"},
		// Namesakes: the one the text's spelling names, else the first.
		{"김정은", "", "Kim Jong-un", "Kim Jeong-eun", "North Korean leader"},
		{"김정은", "Jong Un", "Kim Jong-un", "Kim Jong-un", "North Korean leader"},
		{"김정은", "Jung-eun", "Kim Jung-eun", "Kim Jeong-eun", "actress"},
		{"김정은", "Jeong-eun", "Kim Jong-un", "Kim Jeong-eun", "North Korean leader"},
		// Not in the table: the rules.
		{"황준범", "Joon-bum", "Hwang Jun-beom", "Hwang Jun-beom", ""},
	}
	p := DefaultPressStyle()
	for _, tc := range tests {
		f := p.Person(tc.hangul, tc.written)
		if f.Text != tc.want {
			t.Errorf("Person(%s, %q) = %q, want %q", tc.hangul, tc.written, f.Text, tc.want)
		}
		if got := PressName(tc.hangul, tc.written); got != tc.want {
			t.Errorf("PressName(%s, %q) = %q, want %q", tc.hangul, tc.written, got, tc.want)
		}
		switch {
		case tc.who == "" && f.Entry != nil:
			t.Errorf("Person(%s): entry %v applied, want the rules", tc.hangul, f.Entry)
		case tc.who != "" && (f.Entry == nil || !strings.Contains(f.Entry.Who, tc.who) || f.Entry.File != spelling.TableFile):
			t.Errorf("Person(%s, %q): entry %v, want one of %s about %q", tc.hangul, tc.written, f.Entry, spelling.TableFile, tc.who)
		}
		if got := pressRules(tc.hangul, tc.written); got != tc.rules {
			t.Errorf("pressRules(%s, %q) = %q, want %q", tc.hangul, tc.written, got, tc.rules)
		}
	}
}

// TestPressRomanizer: the Romanizer in press style (bitext romanize
// --style press) uses the table for names (--name, kind person) and
// places (--place, kind place), never otherwise, and not with RulesOnly.
func TestPressRomanizer(t *testing.T) {
	tests := []struct {
		opt  Options
		in   string
		want string
	}{
		{Options{Name: true}, "김일성 노무현 반기문", "Kim Il-sung Roh Moo-hyun Ban Ki-moon"},
		{Options{Name: true, RulesOnly: true}, "김일성 노무현 반기문", "Kim Il-seong Roh Mu-hyeon Ban Gi-mun"},
		{Options{Name: true}, "황준범", "Hwang Jun-beom"},
		// The kind decides between namesakes: 한강 the novelist Han
		// Kang, or the Han River.
		{Options{Name: true}, "한강", "Han Kang"},
		{Options{Place: true, Capitalize: true}, "한강", "Han River"},
		{Options{Place: true, Capitalize: true}, "부산 제주도 종로2가", "Busan Jeju Island Jongno 2-ga"},
		// Ordinary text in press style is RR: no names looked up.
		{Options{}, "김일성 부산", "gimilseong busan"},
		// A spelling with lower-case words keeps them.
		{Options{Name: true}, "광개토대왕", "Gwanggaeto the Great"},
		// Organizations are never looked up.
		{Options{Place: true, Capitalize: true}, "삼성", "Samseong"},
		// Particles make it another word (capitalized all the same:
		// press style writes --place text as a proper noun).
		{Options{Place: true}, "부산에서", "Busaneseo"},
		// Places the table does not have are capitalized as those it has.
		{Options{Place: true}, "봉천1동 강남구 부산", "Bongcheon 1-dong Gangnam-gu Busan"},
	}
	for _, tc := range tests {
		if got := New(Press, tc.opt).String(tc.in); got != tc.want {
			t.Errorf("%+v %q = %q, want %q", tc.opt, tc.in, got, tc.want)
		}
	}
}

// TestPressHouse: a house list overrides the table for the names and
// kinds it gives, and nothing else.
func TestPressHouse(t *testing.T) {
	house, err := spelling.ParseHouse("house.txt", strings.NewReader("김정은\tKim Jong Un\n한강\tHangang River\n"))
	if err != nil {
		t.Fatal(err)
	}
	p := NewPressStyle(house)
	if f := p.Person("김정은", "Jong-un"); f.Text != "Kim Jong Un" || f.Entry == nil || f.Entry.File != "house.txt" {
		t.Errorf("Person(김정은) with a house list = %q %v", f.Text, f.Entry)
	}
	if f := p.Person("김일성", ""); f.Text != "Kim Il-sung" {
		t.Errorf("Person(김일성) = %q: the house list does not have it", f.Text)
	}
	if got := New(Press, Options{Name: true, House: house}).String("김정은 김일성"); got != "Kim Jong Un Kim Il-sung" {
		t.Errorf("Romanizer with House: %q", got)
	}
	if DefaultPressStyle().Person("김정은", "").Text != "Kim Jong-un" {
		t.Error("a house list changed the default press style")
	}
}

// TestLooksLikeName: 3 or 4 syllables starting with a known surname, or
// a person of the table, look like a name; 2-syllable words, places and
// non-Hangul do not.
func TestLooksLikeName(t *testing.T) {
	tests := []struct {
		tok  string
		want bool
	}{
		{"김일성", true},
		{"이순신", true},
		{"남궁민수", true},
		{"김연아", true},
		{"사람", false},    // 사 is a surname, but two syllables are too often a word
		{"서울", false},    // a place
		{"한강", false},    // the novelist and the river: the river may be meant
		{"부산광역시", false}, // five syllables
		{"Kim", false},
		{"김정은1", false},
	}
	for _, tc := range tests {
		if got := LooksLikeName(tc.tok); got != tc.want {
			t.Errorf("LooksLikeName(%q) = %v, want %v", tc.tok, got, tc.want)
		}
	}
}
