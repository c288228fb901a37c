package translated

import (
	"slices"
	"strings"
	"testing"

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
	if len(tb.rows) < 100 {
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
			}
		}
	}
}
