package translated

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func TestKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"U.S.", "us"},
		{"The United  States", "united states"},
		{"Workers’ Party", "workers' party"},
		{"North Korea-US", "north korea us"},
		{" Kim\u00a0Jong-un ", "kim jong un"},
		{"the", "the"},
		{"", ""},
	}
	for _, tc := range tests {
		if got := Key(tc.in); got != tc.want {
			t.Errorf("Key(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestHangul(t *testing.T) {
	tests := []struct {
		english string
		want    []string
	}{
		{"U.S.", []string{"미국"}},
		{"Supreme Court", []string{"대법원"}},
		{"Joint Chiefs of Staff", []string{"합동참모본부", "합참"}},
		{"UN Security Council", []string{"유엔 안전보장이사회", "안전보장이사회", "유엔 안보리", "유엔안보리", "안보리"}},
		{"Mike Pompeo", nil},
		{"the Atlantic", []string{"대서양"}},
		{"Indian Ocean", []string{"인도양"}},
		{"East Asia", []string{"동아시아"}},
		{"Navy", []string{"해군"}},
		{"the West", []string{"서방"}},
		{"Labour", []string{"노동당"}},
		{"the South", []string{"남한", "남측"}},
		// Older and current spellings of a city.
		{"Kiev", []string{"키이우", "키예프"}},
		{"Kyiv", []string{"키이우", "키예프"}},
		{"Kharkov", []string{"하르키우", "하리코프"}},
		// Parties, leagues, bodies, regions and sites.
		{"Ukip", []string{"영국 독립당", "영국독립당"}},
		{"Scottish Premiership", []string{"스코틀랜드 프리미어리그", "스코틀랜드 프리미어십", "스코티시 프리미어십"}},
		{"N.F.L.", []string{"내셔널 풋볼 리그", "미국 프로풋볼", "미국프로풋볼", "미식축구리그"}},
		{"F.B.I.", []string{"미국 연방수사국", "미 연방수사국", "미연방수사국", "연방수사국"}},
		{"Former Soviet Union", []string{"구소련"}},
		{"Pacific Ring of Fire", []string{"환태평양 화산대", "환태평양 조산대", "불의 고리"}},
		{"Auschwitz", []string{"아우슈비츠"}},
		{"Alternative for Germany", []string{"독일을 위한 대안", "독일대안당"}},
		{"Foreign Ministry", []string{"외교부", "외무부", "외무성"}},
	}
	for _, tc := range tests {
		if diff := cmp.Diff(tc.want, Hangul(tc.english)); diff != "" {
			t.Errorf("Hangul(%q) (-want +got):\n%s", tc.english, diff)
		}
	}
}

func TestEnglish(t *testing.T) {
	if got := English("미국"); !slices.Contains(got, "United States") || !slices.Contains(got, "U.S.") {
		t.Errorf("English(미국) = %q", got)
	}
	if got := English("유엔 안보리"); !slices.Contains(got, "UN Security Council") {
		t.Errorf("English(유엔 안보리) = %q", got)
	}
	if got := English("키예프"); !slices.Contains(got, "Kiev") || !slices.Contains(got, "Kyiv") {
		t.Errorf("English(키예프) = %q", got)
	}
	if got := English("폼페이오"); got != nil {
		t.Errorf("English(폼페이오) = %q, want nil", got)
	}
	if !IsHangul("청와대") || !IsHangul("유엔안보리") || IsHangul("트럼프") {
		t.Error("IsHangul is wrong for 청와대, 유엔안보리 or 트럼프")
	}
	if got := EnglishKeys("미국"); !slices.Contains(got, "us") || !slices.Contains(got, "united states") {
		t.Errorf("EnglishKeys(미국) = %q", got)
	}
}

func TestPrefix(t *testing.T) {
	tests := []struct {
		h           string
		found, open bool
	}{
		{"미국", true, true},   // also the start of 미국 의회의사당
		{"미국의", true, true},  // 미국 + a postposition, or the start of 미국 의회의사당
		{"북한군", true, false}, // 북한 + 군
		{"한국전쟁", true, true}, // a form itself, and 한국 is one too
		{"트럼프", false, false},
		{"유엔", true, true},
		{"", false, false},
	}
	for _, tc := range tests {
		found, open := Prefix(tc.h)
		if found != tc.found || open != tc.open {
			t.Errorf("Prefix(%s) = %v, %v; want %v, %v", tc.h, found, open, tc.found, tc.open)
		}
	}
}

// TestTableWellFormed checks every row of translated.tsv: both sides
// given, no empty form, no form written twice in a row, every English
// form with a key. (Spellings with one key, U.S. and US, may both be
// listed: the table records how names are written.)
func TestTableWellFormed(t *testing.T) {
	tb := load()
	if len(tb.rows) < 350 {
		t.Fatalf("%d rows", len(tb.rows))
	}
	for _, r := range tb.rows {
		for side, forms := range r {
			seen := map[string]bool{}
			for _, f := range forms {
				if strings.TrimSpace(f) != f || f == "" || seen[f] || side == 1 && Key(f) == "" {
					t.Errorf("row %q: bad or repeated form %q", r, f)
				}
				seen[f] = true
				if side == 0 && utf8.RuneCountInString(compact(f)) < 2 {
					// One syllable starts too many words (빈 of 빈곤):
					// Prefix would call them all translated.
					t.Errorf("row %q: Hangul form %q has one syllable", r, f)
				}
			}
		}
	}
}

func TestKindOf(t *testing.T) {
	tests := []struct {
		h    string
		want Kind
		ok   bool
	}{
		{"키이우", Place, true},
		{"키예프", Place, true},
		{"영국 독립당", Organization, true},
		{"영국독립당", Organization, true},
		{"라이더컵", Other, true},
		{"노동당", Organization, true}, // two rows, one kind
		{"서방", "", false},           // no kind given
		{"트럼프", "", false},
	}
	for _, tc := range tests {
		if got, ok := KindOf(tc.h); got != tc.want || ok != tc.ok {
			t.Errorf("KindOf(%s) = %q, %v; want %q, %v", tc.h, got, ok, tc.want, tc.ok)
		}
	}
}
