package align_test

import (
	"slices"
	"testing"

	"github.com/bitext-ko/bitext/align"
)

// TestSectionLabelApart: a section label above the headline, of either
// side and in words no list holds ("METRO", "서울", "[교통]"), is a
// furniture bead of its own; it neither joins the headline bead nor takes
// the headline's place, and the headlines pair 1-1.
func TestSectionLabelApart(t *testing.T) {
	en := []string{
		"Gyeonggi to open three new public libraries",
		"Gyeonggi Province said on Monday that it will open three public libraries in Suwon, Yongin and Hwaseong by the end of next year.",
		"Each library will hold about 80,000 books and stay open until 10 p.m. on weekdays, the province said.",
	}
	ko := []string{
		"경기도, 공공도서관 3곳 새로 연다",
		"경기도는 내년 말까지 수원, 용인, 화성에 공공도서관 3곳을 연다고 월요일 밝혔다.",
		"도서관마다 약 8만 권의 책을 갖추고 평일에는 오후 10시까지 문을 연다고 도는 설명했다.",
	}
	for _, tc := range []struct{ enLabel, koLabel string }{
		{"METRO", ""},
		{"CITY", ""},
		{"LOCAL | EDUCATION", ""},
		{"", "서울"},
		{"", "[교육]"},
		{"", "【지역】"},
		{"CAPITAL AREA", "<수도권>"},
	} {
		e, k := en, ko
		if tc.enLabel != "" {
			e = append([]string{tc.enLabel}, en...)
		}
		if tc.koLabel != "" {
			k = append([]string{tc.koLabel}, ko...)
		}
		a := align.Align(e, k, align.Options{MinScore: align.DefaultMinScore})
		checkContract(t, a)
		headEN, headKO := len(e)-len(en), len(k)-len(ko)
		found := false
		for _, b := range a.Beads {
			en, ko := paras(b.EN), paras(b.KO)
			if slices.Contains(en, headEN) || slices.Contains(ko, headKO) {
				if !slices.Equal(en, []int{headEN}) || !slices.Equal(ko, []int{headKO}) || b.Kind != align.Match {
					t.Errorf("%q/%q: headline bead %s (%v), want [%d]:[%d]", tc.enLabel, tc.koLabel, align.FormatBead(b), b.Kind, headEN, headKO)
				}
				found = true
			}
			if (tc.enLabel != "" && slices.Contains(en, 0)) || (tc.koLabel != "" && slices.Contains(ko, 0)) {
				if b.Kind != align.Furniture {
					t.Errorf("%q/%q: label bead %s is %v, want furniture", tc.enLabel, tc.koLabel, align.FormatBead(b), b.Kind)
				}
			}
		}
		if !found {
			t.Errorf("%q/%q: no headline bead", tc.enLabel, tc.koLabel)
		}
	}
}

func paras(ids []align.ID) []int {
	var ps []int
	for _, id := range ids {
		if !slices.Contains(ps, id.Para) {
			ps = append(ps, id.Para)
		}
	}
	return ps
}
