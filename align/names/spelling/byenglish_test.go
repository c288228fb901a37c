package spelling

import (
	"strings"
	"testing"
)

// TestByEnglish: a text's spelling finds the entries it is a spelling of,
// whatever its case, hyphens and spaces; MR marks fold away.
func TestByEnglish(t *testing.T) {
	tests := []struct {
		english string
		want    []string // Hangul of the entries, in table order
	}{
		{"Kim Il-sung", []string{"김일성"}},
		{"KIM IL SUNG", []string{"김일성"}},  // Also: Kim Il Sung
		{"Kim Jong Un", []string{"김정은"}},  // the leader's Also
		{"Kim Jung-eun", []string{"김정은"}}, // the actress
		{"Pusan", []string{"부산"}},
		{"Han Kang", []string{"한강"}},
		{"Cho Yun-je", nil}, // the rules' spelling is not an established one
		{"", nil},
		{"Washington", nil},
	}
	for _, tc := range tests {
		var got []string
		for _, e := range Default().ByEnglish(tc.english) {
			got = append(got, e.Hangul)
		}
		if strings.Join(got, " ") != strings.Join(tc.want, " ") {
			t.Errorf("ByEnglish(%q) = %v, want %v", tc.english, got, tc.want)
		}
	}
	if Fold("Kim Chŏng-ŭn") != "kimchongun" || Fold("P'yŏngyang") != "pyongyang" || Fold("Jongno 2-ga") != "jongno2ga" {
		t.Errorf("Fold: %q %q %q", Fold("Kim Chŏng-ŭn"), Fold("P'yŏngyang"), Fold("Jongno 2-ga"))
	}
	// A house list's entries are found too, and override the table's.
	house, err := ParseHouse("house.txt", strings.NewReader("김정은\tKim Jong Un\n"))
	if err != nil {
		t.Fatal(err)
	}
	es := Default().Override(house).ByEnglish("Kim Jung-eun")
	if len(es) != 0 {
		t.Errorf("the house list's 김정은 replaces the table's: %v", es)
	}
	es = Default().Override(house).ByEnglish("kim jong un")
	if len(es) != 1 || es[0].File != "house.txt" {
		t.Errorf("house entry: %v", es)
	}
	// An entry read from a glossary has no line, and says none.
	tab, err := FromEntries([]Entry{{Hangul: "김정은", English: "Kim Jong Un", File: "house.csv"}})
	if err != nil {
		t.Fatal(err)
	}
	if s := tab.Lookup("김정은")[0].String(); s != "김정은 → Kim Jong Un (house; house.csv)" {
		t.Errorf("String() = %q", s)
	}
}
