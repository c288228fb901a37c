package spelling

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/bitext-ko/bitext/align/hangul"
	"github.com/bitext-ko/bitext/align/names/internal/namesdata"
)

// TestTableParses checks that the embedded table parses with the
// documented format and is large enough.
func TestTableParses(t *testing.T) {
	tab, err := Parse(TableFile, strings.NewReader(tableTSV))
	if err != nil {
		t.Fatal(err)
	}
	if tab.Len() < 300 {
		t.Errorf("%d entries, want at least 300", tab.Len())
	}
	if tab.Len() != Default().Len() {
		t.Errorf("Default has %d entries, the file %d", Default().Len(), tab.Len())
	}
	byKind := map[Kind]int{}
	bySource := map[Source]int{}
	for _, e := range tab.Entries() {
		byKind[e.Kind]++
		bySource[e.Source]++
	}
	t.Logf("%d entries: %d people, %d places, %d organizations; sources: own %d, government %d, wire %d, reference %d",
		tab.Len(), byKind[Person], byKind[Place], byKind[Organization],
		bySource[Own], bySource[Government], bySource[Wire], bySource[Reference])
}

var yearsRE = regexp.MustCompile(`\((?:b\. (\d{3,4})|d\. (\d{3,4})|(\d{2,4})–(\d{3,4}))\)$`)

// TestTableRows checks every row beyond what the parser checks: Hangul is
// Hangul, kinds and sources come from the documented sets, no row is
// repeated, namesakes are told apart, and years are plausible.
func TestTableRows(t *testing.T) {
	type pair struct{ key, english string }
	pairs := map[pair][]Entry{}
	whos := map[string]map[string]int{} // key → who → line
	for _, e := range Default().Entries() {
		for _, r := range e.Hangul {
			if r != ' ' && !hangul.IsSyllable(r) {
				t.Errorf("line %d: %q in Hangul %q", e.Line, r, e.Hangul)
			}
		}
		if e.Kind != Person && e.Kind != Place && e.Kind != Organization {
			t.Errorf("line %d: kind %v", e.Line, e.Kind)
		}
		if e.Source < Own || e.Source > Reference {
			t.Errorf("line %d: source %v", e.Line, e.Source)
		}
		if e.Who == "" {
			t.Errorf("line %d: no description", e.Line)
		}
		if e.File != TableFile || e.Line < 1 {
			t.Errorf("entry %s: position %s:%d", e.Hangul, e.File, e.Line)
		}
		k := Key(e.Hangul)
		p := pair{k, e.English}
		pairs[p] = append(pairs[p], e)
		if whos[k] == nil {
			whos[k] = map[string]int{}
		}
		if prev, ok := whos[k][e.Who]; ok {
			t.Errorf("line %d: %s %q repeats line %d: namesakes need different descriptions", e.Line, e.Hangul, e.Who, prev)
		}
		whos[k][e.Who] = e.Line
		if m := yearsRE.FindStringSubmatch(e.Who); m != nil {
			if e.Kind != Person {
				t.Errorf("line %d: years on a %v", e.Line, e.Kind)
			}
			if m[3] != "" {
				from, _ := strconv.Atoi(m[3])
				to, _ := strconv.Atoi(m[4])
				if to <= from || to-from > 105 {
					t.Errorf("line %d: implausible years %s–%s", e.Line, m[3], m[4])
				}
			}
			if m[1] != "" {
				if y, _ := strconv.Atoi(m[1]); y < 1900 || y > 2010 {
					t.Errorf("line %d: implausible birth year %d for a living person", e.Line, y)
				}
			}
		} else if strings.Contains(e.Who, "(b.") || strings.HasSuffix(e.Who, ")") && strings.ContainsAny(e.Who, "0123456789") && strings.Contains(e.Who, "–") {
			t.Errorf("line %d: years not in the form (b. 1984) or (1912–1994): %q", e.Line, e.Who)
		}
	}
	// A (Hangul, spelling) pair repeats only for namesakes spelled alike,
	// and they must differ in a fact: their kind, or for two people their
	// years; same-kind namesakes without years are listed here.
	sameKindAllowed := map[string]bool{"광주 Gwangju": true} // the metropolitan city and the city in Gyeonggi
	var same []string
	for p, es := range pairs {
		if len(es) < 2 {
			continue
		}
		var who []string
		for _, e := range es {
			who = append(who, e.Who)
		}
		same = append(same, p.key+" "+p.english+": "+strings.Join(who, " / "))
		for i := range es {
			for j := i + 1; j < len(es); j++ {
				a, b := es[i], es[j]
				if a.Kind != b.Kind || sameKindAllowed[p.key+" "+p.english] {
					continue
				}
				ya, yb := yearsRE.FindString(a.Who), yearsRE.FindString(b.Who)
				if a.Kind == Person && ya != "" && yb != "" && ya != yb {
					continue
				}
				t.Errorf("lines %d and %d: %s %s twice, not told apart by kind or years (a duplicate?)", a.Line, b.Line, a.Hangul, a.English)
			}
		}
	}
	sort.Strings(same)
	for _, s := range same {
		t.Logf("namesakes spelled alike: %s", s)
	}
}

// TestRequiredSpellings checks the spellings issue 13 names, and a few
// more of each kind.
func TestRequiredSpellings(t *testing.T) {
	tests := []struct {
		hangul string
		kind   Kind
		want   string
	}{
		{"김일성", Person, "Kim Il-sung"},
		{"노무현", Person, "Roh Moo-hyun"},
		{"반기문", Person, "Ban Ki-moon"},
		{"조윤제", Person, "Cho Yoon-je"},
		{"김정은", Person, "Kim Jong-un"},
		{"이승만", Person, "Syngman Rhee"},
		{"박정희", Person, "Park Chung-hee"},
		{"문재인", Person, "Moon Jae-in"},
		{"윤석열", Person, "Yoon Suk Yeol"},
		{"이재명", Person, "Lee Jae-myung"},
		{"손흥민", Person, "Son Heung-min"},
		{"봉준호", Person, "Bong Joon-ho"},
		{"이건희", Person, "Lee Kun-hee"},
		{"정주영", Person, "Chung Ju-yung"},
		{"부산", Place, "Busan"},
		{"평양", Place, "Pyongyang"},
		{"제주", Place, "Jeju"},
		{"김정일", AnyKind, "Kim Jong-il"},
		{"최태원", Person, "Chey Tae-won"},
		{"이세돌", Person, "Lee Sedol"},
		{"서울", Place, "Seoul"},
		{"대구", Place, "Daegu"},
		{"인천", Place, "Incheon"},
		{"광주", Place, "Gwangju"},
		{"대전", Place, "Daejeon"},
		{"울산", Place, "Ulsan"},
		{"세종", Place, "Sejong"},
		{"경기도", Place, "Gyeonggi Province"},
		{"개성", Place, "Kaesong"},
		{"원산", Place, "Wonsan"},
		{"신의주", Place, "Sinuiju"},
		{"삼성", Organization, "Samsung"},
		{"현대", Organization, "Hyundai"},
		{"엘지", Organization, "LG"},
		{"에스케이", Organization, "SK"},
		{"롯데", Organization, "Lotte"},
		{"한화", Organization, "Hanwha"},
		{"포스코", Organization, "POSCO"},
		{"카카오", Organization, "Kakao"},
		{"네이버", Organization, "Naver"},
		{"김 정은", Person, "Kim Jong-un"}, // spaces are ignored
	}
	for _, tt := range tests {
		got, e, ok := Default().Press(tt.hangul, tt.kind)
		if !ok || got != tt.want {
			t.Errorf("Press(%s, %v) = %q, %v; want %q", tt.hangul, tt.kind, got, ok, tt.want)
			continue
		}
		if e.English != got || Key(e.Hangul) != Key(tt.hangul) || e.File != TableFile || e.Line == 0 {
			t.Errorf("Press(%s): applied entry %v does not match", tt.hangul, e)
		}
	}
	if _, _, ok := Default().Press("홍길동", Person); ok {
		t.Error("Press found 홍길동, a name the table does not have")
	}
	if _, _, ok := Default().Press("부산", Person); ok {
		t.Error("Press(부산, Person) found a person")
	}
}

// TestNamesakes checks that namesakes have a row each, the best known
// first, and that the kind tells them apart.
func TestNamesakes(t *testing.T) {
	tests := []struct {
		hangul string
		want   []string // spellings in table order
	}{
		{"김정은", []string{"Kim Jong-un", "Kim Jung-eun"}},
		{"이민호", []string{"Lee Min-ho", "Lee Min-ho"}},
		{"김정숙", []string{"Kim Jung-sook", "Kim Jong-suk"}},
		{"유승민", []string{"Yoo Seong-min", "Ryu Seung-min"}},
		{"한강", []string{"Han River", "Han Kang"}},
		{"강원도", []string{"Gangwon Province", "Kangwon Province"}},
	}
	for _, tt := range tests {
		es := Default().Lookup(tt.hangul)
		var got []string
		for _, e := range es {
			got = append(got, e.English)
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Lookup(%s) = %q, want %q", tt.hangul, got, tt.want)
		}
		if len(es) == 2 && es[0].Who == es[1].Who {
			t.Errorf("Lookup(%s): namesakes with one description %q", tt.hangul, es[0].Who)
		}
	}
	if got, _, _ := Default().Press("한강", Person); got != "Han Kang" {
		t.Errorf("Press(한강, Person) = %q, want Han Kang", got)
	}
	if got, _, _ := Default().Press("안산", Person); got != "An San" {
		t.Errorf("Press(안산, Person) = %q, want An San", got)
	}
	if got, _, _ := Default().Press("안산", AnyKind); got != "Ansan" {
		t.Errorf("Press(안산, AnyKind) = %q, want the city, Ansan (listed first)", got)
	}
	if Default().Lookup("없는이름") != nil {
		t.Error("Lookup of an unknown name is not nil")
	}
	// Lookup returns copies: changing one does not change the table.
	es := Default().Lookup("김정은")
	es[0].Also[0] = "changed"
	if Default().Lookup("김정은")[0].Also[0] == "changed" {
		t.Error("Lookup shares Also with the table")
	}
}

func TestSpelled(t *testing.T) {
	tests := []struct {
		hangul, english string
		want            bool
	}{
		{"김정은", "Kim Jong-un", true},
		{"김정은", "Kim Jong Un", true},  // also: AP and the DPRK's own form
		{"김정은", "Kim Jung-eun", true}, // the actress
		{"김정은", "Kim Jeong-eun", false},
		{"김정은", "kim jong-un", false}, // case matters
		{"김일성", "Kim Il-sung", true},
		{"김일성", "Kim Il-seong", false},
		{"노무현", "Roh Mu-hyeon", false},
		{"이재용", "Jay Y. Lee", true},
		{"홍길동", "Hong Gil-dong", false},
	}
	for _, tt := range tests {
		e, ok := Default().Spelled(tt.hangul, tt.english)
		if ok != tt.want {
			t.Errorf("Spelled(%s, %s) = %v, want %v", tt.hangul, tt.english, ok, tt.want)
		}
		if ok && Key(e.Hangul) != Key(tt.hangul) {
			t.Errorf("Spelled(%s, %s) returned %v", tt.hangul, tt.english, e)
		}
	}
}

// TestAgreesWithSharedLists compares the table with the shared
// hand-curated lists of news names and places (test data, never a source
// of the table): where both have a Hangul name, the table's spelling must
// be one the list gives.
func TestAgreesWithSharedLists(t *testing.T) {
	type list struct {
		file    string
		hangul  string
		columns []string
	}
	lists := []list{
		{"names_news_curated.tsv", "hangul", []string{"press_form", "official_or_self_form", "other_variants"}},
		{"places_news_variants_curated.tsv", "hangul", []string{"rr_official", "common_english_variants"}},
	}
	for _, l := range lists {
		tab := namesdata.ReadTSV(t, l.file)
		hc := tab.Col(l.hangul)
		if hc < 0 {
			t.Fatalf("%s: no %s column", l.file, l.hangul)
		}
		both, agree := 0, 0
		for _, row := range tab.Rows {
			es := Default().Lookup(row[hc])
			if len(es) == 0 {
				continue
			}
			both++
			forms := map[string]bool{}
			for _, c := range l.columns {
				i := tab.Col(c)
				if i < 0 || i >= len(row) {
					continue
				}
				for _, f := range strings.FieldsFunc(row[i], func(r rune) bool { return r == ';' || r == '|' || r == ',' }) {
					forms[strings.TrimSpace(f)] = true
				}
			}
			ok := false
			for _, e := range es {
				for _, s := range e.Spellings() {
					if forms[s] {
						ok = true
					}
				}
			}
			if ok {
				agree++
			} else {
				t.Errorf("%s: %s is %q in the table, not among the list's %v", l.file, row[hc], es[0].English, keys(forms))
			}
		}
		t.Logf("%s: %d names in both, %d agree", l.file, both, agree)
		if both == 0 {
			t.Errorf("%s: no name in common with the table", l.file)
		}
	}
}

func keys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
