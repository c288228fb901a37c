package english_test

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/bitext-ko/bitext/align/names/english"
	"github.com/bitext-ko/bitext/align/read"
)

const seedFile = "../../../../shared/corpus/seed/hankyoreh-2019-01-11-nk-us-summit.en.txt"

func readParagraphs(t *testing.T, path string) []string {
	t.Helper()
	if _, err := os.Stat(path); err != nil {
		t.Skipf("skipping: %s is absent (the shared corpus is not here)", path)
	}
	txt, err := read.File(path, nil, read.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return txt.Paragraphs
}

func TestFindNamesSeed(t *testing.T) {
	paras := readParagraphs(t, seedFile)
	found := map[string]english.Type{}
	for _, ms := range english.FindNamesIn(paras) {
		for _, m := range ms {
			found[m.Text] = m.Type
			if paraText := strings.Join(paras, "\n"); !strings.Contains(paraText, m.Text) {
				t.Errorf("mention %q is not in the text", m.Text)
			}
		}
	}
	for _, want := range []string{"Kim Jong-un", "Xi Jinping", "Donald Trump", "Mike Pompeo", "Kim Yong-chol",
		"Cho Yoon-je", "Daniel Kritenbrink", "Pham Binh Minh", "Nguyen Phu Trong", "Nguyen Xuan Phuc",
		"Yondon Otgonbayar", "Hwang Joon-bum"} {
		if found[want] != english.Person {
			t.Errorf("%q: found as %q, want a person", want, found[want])
		}
	}
	for _, want := range []string{"Beijing", "Washington", "Vietnam", "Mongolia", "Hanoi", "New York", "Workers’ Party of Korea", "Hudson Institute", "White House"} {
		if _, ok := found[want]; !ok {
			t.Errorf("%q not found", want)
		}
	}
	// Titles, nationality adjectives and common words are not names.
	for _, bad := range []string{"President", "Chinese President Xi Jinping", "US Secretary of State Mike Pompeo",
		"Secretary of State", "North Korean", "Chinese", "Observers", "Communication", "Jan", "Jan."} {
		if _, ok := found[bad]; ok {
			t.Errorf("%q found as a name", bad)
		}
	}
}

func TestFindNamesCases(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"North Korean leader Kim Jong-un met U.S. Secretary of State Mike Pompeo.", []string{"Kim Jong-un", "U.S.", "Mike Pompeo"}},
		{"Congressman Matt Rosendale of Montana told Newsweek.", []string{"Matt Rosendale", "Montana", "Newsweek"}},
		{`He wrote "Designated Survivor" and praised Kim's courage.`, []string{"Kim"}},
		{"The summit in Hanoi on Feb. 27 ended early.", []string{"Hanoi"}},
		{"the Korean peninsula and the North Korea-US talks", []string{"Korean peninsula", "North Korea", "US"}},
		{"Senate Republican Leader Mitch McConnell said so.", []string{"Senate", "Mitch McConnell"}},
		{"I said I would go to Seoul, and I did.", []string{"Seoul"}},
		{"Therefore Moon Jae-in flew to Pyongyang.", []string{"Moon Jae-in", "Pyongyang"}},
		{"Theresa May met Mrs May's critics in May.", []string{"Theresa May", "May"}},
		{"Labour peer Lord Adonis and the Wellingborough MP Peter Bone spoke.", []string{"Labour", "Adonis", "Wellingborough", "Peter Bone"}},
		{"Surgeries closed at Christmas in Berlin.", []string{"Berlin"}},
		{"U.S. Sens. Lindsey Graham of South Carolina spoke.", []string{"U.S.", "Lindsey Graham", "South Carolina"}},
		{"Sainsbury's is taking on Boots, and two Sainsbury's stores opened.", []string{"Sainsbury's", "Boots", "Sainsbury's"}},
		{"They meet at Rhein-Neckar-Arena and in the North Korea-US-China talks.", []string{"Rhein-Neckar-Arena", "North Korea", "US", "China"}},
		{"Ryder Cup Saturday American Phil Mickelson will set a record.", []string{"Ryder Cup", "Phil Mickelson"}},
		{"earthquakes in Indonesia At least 384 people died.", []string{"Indonesia"}},
		{"US Energy Secretary Rick Perry met him.", []string{"US", "Rick Perry"}},
		{"North Korea was better off than South at that time. North of here, it rained.", []string{"North Korea", "South"}},
		{"Dieter Kempf, head of the Federation of German Industries (BDI), said so.", []string{"Dieter Kempf", "Federation of German Industries", "BDI"}},
		{"Most pupils learn Mandarin and Gaelic in Scotland.", []string{"Scotland"}},
		{"It was like the Defense Advanced Research Projects Agency's Robotics Challenge ran.", []string{"Defense Advanced Research Projects Agency", "Robotics Challenge"}},
		{"Foreign Minister Park Ji-won met Defense Secretary Jim Mattis.", []string{"Park Ji-won", "Jim Mattis"}},
		{"no names at all here.", nil},
		{"", nil},
	}
	for _, tc := range tests {
		var got []string
		for _, m := range english.FindNames(tc.text) {
			got = append(got, m.Text)
			if tc.text[m.Start:m.End] != m.Text {
				t.Errorf("%q: offsets %d:%d give %q, not %q", tc.text, m.Start, m.End, tc.text[m.Start:m.End], m.Text)
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("FindNames(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestPlaceTypes checks that places of the built-in list are typed as
// places wherever they stand in a sentence.
func TestPlaceTypes(t *testing.T) {
	tests := []struct{ text, name string }{
		{"Officials in Kenya said the talks would resume.", "Kenya"},
		{"The ceremony was held in Sydney on Friday.", "Sydney"},
		{"He studied in Edinburgh before moving south.", "Edinburgh"},
		{"Police in Louisiana arrested a suspect.", "Louisiana"},
		{"The delegation flew to Ho Chi Minh City on Monday.", "Ho Chi Minh City"},
	}
	for _, tt := range tests {
		ms := english.FindNamesIn([]string{tt.text})[0]
		found := false
		for _, m := range ms {
			if m.Text == tt.name {
				found = true
				if m.Type != english.Place {
					t.Errorf("%q in %q: type %v, want place", tt.name, tt.text, m.Type)
				}
			}
		}
		if !found {
			t.Errorf("%q not found in %q (got %+v)", tt.name, tt.text, ms)
		}
	}
}

// TestTypesFromContext: the words around a name type it where its own
// words do not.
func TestTypesFromContext(t *testing.T) {
	tests := []struct {
		text, name string
		want       english.Type
	}{
		{"The strike began in Dresden on Monday.", "Dresden", english.Place},
		{"Quakes hit northern Sumatra again.", "Sumatra", english.Place},
		{"It struck one of the Mentawai islands.", "Mentawai", english.Place},
		{"The rally in Austin, Texas, was loud.", "Austin", english.Place},
		{"His wife Zorica and his son Dushko voted.", "Zorica", english.Person},
		{"Stalin who ruled the country had little interest.", "Stalin", english.Person},
		{"Tagesspiegel, a daily, ran the interview.", "Tagesspiegel", english.Organization},
		{"Toyota's plant will stop.", "Toyota", english.Organization},
		{"He has worked for Google, Microsoft and Apple.", "Microsoft", english.Organization},
		{"Brands such as Revlon, Essie and Tweezerman are there.", "Essie", english.Organization},
		{"Livingston 1 - 0 Rangers: a win.", "Rangers", english.Organization},
		{"Rangers lost. Livingston 1 - 0 Rangers.", "Rangers", english.Organization},
		{"Greece and the Korean War.", "Korean War", english.Other},
		{"The Wellingborough MP added a word.", "Wellingborough", english.Place},
		{"Then Jeane Freeman MSP sent a letter.", "Jeane Freeman", english.Other},
		{"Sunderland boss Jack Ross spoke.", "Sunderland", english.Organization},
		{"According to a YouGov poll of adults, most agree.", "YouGov", english.Organization},
		{"He played his career at Clyde, Hartlepool and Falkirk.", "Hartlepool", english.Organization},
		{"He was assistant boss at Dumbarton for a year.", "Dumbarton", english.Organization},
		{"He had a spell on Hearts' coaching staff.", "Hearts", english.Organization},
		{"The book was published by Houghton Mifflin Harcourt this month.", "Houghton Mifflin Harcourt", english.Organization},
		{"Areas similar to those found in shops like Boots and Superdrug.", "Boots", english.Organization},
		{"A quake hit the Pidie Jaya regency in Aceh.", "Pidie Jaya", english.Place},
		{"Members of the Freedom Caucus voted no.", "Freedom Caucus", english.Organization},
	}
	for _, tc := range tests {
		found := false
		for _, m := range english.FindNamesIn([]string{tc.text})[0] {
			if m.Text == tc.name {
				found = true
				if m.Type != tc.want {
					t.Errorf("%q in %q: %s, want %s", tc.name, tc.text, m.Type, tc.want)
				}
			}
		}
		if !found {
			t.Errorf("%q not found in %q", tc.name, tc.text)
		}
	}
}
