package korean

import (
	"bufio"
	"compress/bzip2"
	"os"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/bitext-ko/bitext/align/names/spelling"
	"github.com/bitext-ko/bitext/align/testenv"
)

func TestOf(t *testing.T) {
	const (
		any    = spelling.AnyKind
		person = spelling.Person
		place  = spelling.Place
		org    = spelling.Organization
	)
	tests := []struct {
		hangul, english string
		hint, want      spelling.Kind
	}{
		// Korean people, by the table or by their shape.
		{"김정은", "Kim Jong Un", any, person},
		{"김정은", "Kim Jong-un", person, person},
		{"김정은", "Kim Jung-eun", person, person},
		{"조윤제", "Cho Yoon-je", person, person},
		{"김일성", "Kim Il-sung", any, person},
		{"이승만", "Syngman Rhee", any, person},
		{"황준범", "Hwang Joon-bum", any, person},
		{"김영철", "KIM Yong Chol", person, person},
		{"남궁민", "Namgung Min", any, person},
		// Korean places, by the table or by a unit and a romanization.
		{"부산", "Pusan", any, place},
		{"평양", "Pyongyang", place, place},
		{"한강", "Han River", any, place},
		{"강남구", "Gangnam District", any, place},
		{"강남구", "Gangnam-gu", place, place},
		{"종로2가", "Jongno 2-ga", any, place},
		{"중구", "Jung District", any, place},
		{"수원시", "Suwon", any, place},
		{"개성", "Kaesong", any, place},
		// Foreign names written in Hangul.
		{"워싱턴", "Washington", place, any},
		{"러시아", "Russia", place, any},
		{"러시아", "RT Russia", place, any},
		{"켄터키", "Kentucky", place, any},
		{"도쿄", "Tokyo", place, any}, // McCune–Reischauer spells 도쿄 Tok'yo
		{"아시아", "Asia", place, any}, // RR spells 아시아 asia
		{"트럼프", "Trump", person, any},
		{"마이크 폼페이오", "Mike Pompeo", person, any},
		{"리커창", "Li Keqiang", person, any},
		// Not told apart: Ma Ying-jeou (마잉주) has a Korean shape, as
		// Li Ka-shing (리카싱) has; press style keeps such spellings,
		// which no romanization system writes (TestRestyle… in
		// tm/review).
		{"마잉주", "Ma Ying-jeou", person, person},
		{"조예브", "Zoran Zaev", person, any},
		{"조지프 바이든", "Joe Biden", person, any},
		// Translated names and common nouns.
		{"한반도", "Korean Peninsula", place, any},
		{"공화당", "Republican Party", org, any},
		{"공화당", "Republican Party", any, any},
		{"미국", "United States", place, any},
		{"북한", "North Korea", place, any},
		// Stage names and mononyms are no personal names to romanize.
		{"슈가", "Suga", any, any},
		{"보아", "BoA", person, any},
		{"강경화", "Kang Kyung-wha", any, person}, // 화 as wha: by the table
		// Organizations, even Korean ones, are not romanized names.
		{"삼성", "Samsung", any, any},
		{"현대", "Hyundai", any, any},
		// The hint restricts the answer.
		{"부산", "Pusan", person, any},
		{"김정은", "Kim Jong Un", place, any},
		{"김정은", "Kim Jong Un", org, any},
		// Lower-case words are no name.
		{"백로", "back row", any, any},
		{"김정은", "", any, any},
	}
	for _, tc := range tests {
		if got := Of(spelling.Default(), tc.hangul, tc.english, tc.hint); got != tc.want {
			t.Errorf("Of(%s, %q, %v) = %v, want %v", tc.hangul, tc.english, tc.hint, got, tc.want)
		}
	}
}

// TestOfHouse: a house list's entries are no evidence that a name is
// Korean, whatever kind they give (a glossary made from articles, used as
// a house list, types foreign names too); the built-in table and the
// shapes decide.
func TestOfHouse(t *testing.T) {
	house, err := spelling.ParseHouse("house.txt", strings.NewReader("Korean\tEnglish\tType\n삼성\tSamsung Group\torganization\n영변\tYongbyon\tplace\n김정은\tKim Jong Un\t\n워싱턴\tWashington\tplace\n도쿄\tTokyo\tplace\n트럼프\tTrump\tperson\n"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		hangul, english string
		want            spelling.Kind
	}{
		{"영변", "Yongbyon", spelling.AnyKind}, // the house list drops the table's 영변
		{"삼성", "Samsung Group", spelling.AnyKind},
		{"김정은", "Kim Jong Un", spelling.Person}, // by its shape
		{"워싱턴", "Washington", spelling.AnyKind},
		{"도쿄", "Tokyo", spelling.AnyKind},
		{"트럼프", "Trump", spelling.AnyKind},
	}
	for _, tc := range tests {
		if got := Of(spelling.Default().Override(house), tc.hangul, tc.english, spelling.AnyKind); got != tc.want {
			t.Errorf("Of(%s, %q) with a house list = %v, want %v", tc.hangul, tc.english, got, tc.want)
		}
	}
	if got := Of(nil, "김정은", "Kim Jong Un", spelling.AnyKind); got != spelling.Person {
		t.Errorf("Of without a table = %v", got)
	}
	if got := Of(spelling.Default(), "영변", "Yongbyon", spelling.AnyKind); got != spelling.Place {
		t.Errorf("Of(영변) with the built-in table = %v", got)
	}
}

func readShared(t *testing.T, name string) [][]string {
	t.Helper()
	f, err := os.Open("../../../../shared/names/" + name)
	if err != nil {
		t.Skipf("skipping: %v (the shared name lists are absent)", err)
	}
	defer f.Close()
	var rows [][]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		rows = append(rows, strings.Split(sc.Text(), "\t"))
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return rows[1:]
}

// TestShapesOnSharedLists measures the figures of the package doc: Korean
// personal names (news figures, National Assembly members) and places
// (KOSTAT) pass, foreign names and words written in Hangul (NIKL's usage
// list) do not. The table is left out, so that the shapes alone are
// measured.
func TestShapesOnSharedLists(t *testing.T) {
	count := func(pairs [][2]string, kind spelling.Kind) int {
		n := 0
		for _, p := range pairs {
			if Of(nil, p[1], p[0], kind) == kind {
				n++
			}
		}
		return n
	}
	var people, places, foreignPeople, foreignWords [][2]string
	for _, r := range readShared(t, "names_news_curated.tsv") {
		people = append(people, [2]string{r[4], r[1]}, [2]string{r[5], r[1]})
	}
	for _, r := range readShared(t, "names_ko_assembly19_popong.tsv") {
		people = append(people, [2]string{r[2], r[0]})
	}
	reading := regexp.MustCompile(`(\d) ?\(\w+\)`) // KOSTAT's "1(il)-dong": the digit is the name
	for _, r := range readShared(t, "places_kr_kostat2013.tsv") {
		places = append(places, [2]string{reading.ReplaceAllString(r[3], "$1"), r[2]})
	}
	for _, r := range readShared(t, "foreign_to_hangul_nikl_usage_muik.tsv") {
		if strings.Contains(r[0], " ") {
			foreignPeople = append(foreignPeople, [2]string{r[0], r[1]})
		}
		foreignPeople = append(foreignPeople, [2]string{r[0], strings.ReplaceAll(r[1], " ", "")})
		if !strings.Contains(r[0], " ") && r[0] != "" && unicode.IsUpper([]rune(r[0])[0]) {
			foreignWords = append(foreignWords, [2]string{r[0], r[1]})
		}
	}
	kp, kl := count(people, spelling.Person), count(places, spelling.Place)
	fp, fw := count(foreignPeople, spelling.Person), count(foreignWords, spelling.Place)
	t.Logf("Korean people %d/%d, places %d/%d; foreign names as people %d/%d, as places %d/%d",
		kp, len(people), kl, len(places), fp, len(foreignPeople), fw, len(foreignWords))
	// KOSTAT writes many sub-municipalities with their unit joined
	// (Pildong, Wongokbondong), which is not taken for a place.
	if kp < 185 || fp > 15 || fw > 0 || kl < len(places)*85/100 {
		t.Errorf("the shapes tell Korean names less well than the package doc says")
	}
}

// TestSinoMatchesUnihan checks sino.txt against the Unicode Han Database
// that Debian's unicode-data package installs: an outside reference, read
// in the long tier of tests only (testenv).
func TestSinoMatchesUnihan(t *testing.T) {
	testenv.NeedLong(t, "reads Debian's Unihan database")
	const unihan = "/usr/share/unicode/Unihan_Readings.txt.bz2"
	f, err := os.Open(unihan)
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%v (CI installs unicode-data)", err)
		}
		t.Skipf("skipping: %v (apt-get install unicode-data)", err)
	}
	defer f.Close()
	want := map[rune]bool{}
	sc := bufio.NewScanner(bzip2.NewReader(f))
	for sc.Scan() {
		c := strings.Split(sc.Text(), "\t")
		if len(c) != 3 || c[1] != "kHangul" {
			continue
		}
		for _, reading := range strings.Fields(c[2]) {
			syl, _, _ := strings.Cut(reading, ":")
			for _, r := range syl {
				want[r] = true
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	got := sino()
	if len(want) < 400 || len(got) != len(want) {
		t.Errorf("sino.txt has %d syllables, Unihan %d", len(got), len(want))
	}
	for r := range want {
		if !got[r] {
			t.Errorf("%c: a reading in Unihan, not in sino.txt", r)
		}
	}
	for _, tc := range []struct {
		s    string
		want bool
	}{{"정은", true}, {"기문", true}, {"비덴", false}, {"카싱", false}, {"하늘", false}, {"", false}, {"정a", false}} {
		if got := SinoName(tc.s); got != tc.want {
			t.Errorf("SinoName(%q) = %v", tc.s, got)
		}
	}
}
