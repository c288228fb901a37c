package glossary

import (
	"slices"
	"strings"
	"testing"

	"github.com/bitext-ko/bitext/align"
	"github.com/google/go-cmp/cmp"
)

// recallCase is a small aligned pair and the pairs its glossary must and
// must not have ("English=Hangul").
type recallCase struct {
	name         string
	en, ko       []string
	want, notWan []string
}

func checkRecallCases(t *testing.T, tests []recallCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := NewBuilder(Options{})
			b.Add("doc", align.Align(tt.en, tt.ko, align.Options{}))
			var got []string
			for _, e := range b.Entries() {
				for _, f := range e.Forms {
					got = append(got, f.English+"="+e.Hangul)
				}
			}
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("missing %s; got %s", w, strings.Join(got, ", "))
				}
			}
			for _, w := range tt.notWan {
				if slices.Contains(got, w) {
					t.Errorf("unwanted %s; got %s", w, strings.Join(got, ", "))
				}
			}
		})
	}
}

// TestTranslatedNameRules checks how names Korean translates are found:
// written with other spaces than the table's forms, and two English
// names side by side that together are one translated name.
func TestTranslatedNameRules(t *testing.T) {
	checkRecallCases(t, []recallCase{
		{
			name: "a form written with a space the table does not have",
			en:   []string{"How will we respond if the newly requested F.B.I. investigation of Brett Kavanaugh is not enough?"},
			ko:   []string{"브렛 캐버노에 대한 미연방 수사국의 조사가 충분하지 않다면 우리는 어떻게 반응할 것인가?"},
			want: []string{"F.B.I.=미연방 수사국", "Brett Kavanaugh=브렛 캐버노"},
		},
		{
			name: "a form written both with and without a space, one for each mention",
			en:   []string{"Mickelson will play his 12th Ryder Cup, a record, but this Ryder Cup may be his last."},
			ko:   []string{"미켈슨은 기록적인 열두 번째 라이더컵 경기를 치르지만 이번 라이더 컵이 마지막일 수 있다."},
			want: []string{"Ryder Cup=라이더컵", "Ryder Cup=라이더 컵"},
		},
		{
			name:   "two names side by side that together are a translated name",
			en:     []string{"Indonesia sits on the seismically active Pacific Ring of Fire and is regularly hit by earthquakes."},
			ko:     []string{"인도네시아는 지질학적으로 환태평양 화산대에 위치해 지진에 자주 피해를 본다."},
			want:   []string{"Pacific Ring of Fire=환태평양 화산대", "Indonesia=인도네시아"},
			notWan: []string{"Ring of Fire=환태평양 화산대"},
		},
	})
}

func TestFormOccurrences(t *testing.T) {
	tests := []struct {
		text, h string
		want    []string
	}{
		{"브렛 캐버노에 대한 미연방 수사국의 조사", "미연방수사국", []string{"미연방 수사국"}},
		{"미연방수사국은", "미연방 수사국", []string{"미연방수사국"}},
		{"라이더컵 경기와 라이더 컵의 경력", "라이더컵", []string{"라이더컵", "라이더 컵"}},
		{"중동지역에서", "중동", []string{"중동지역"}},
		{"중동 지역에서", "중동", []string{"중동"}},
		{"유엔총회에서", "총회", []string{"총회"}},
		{"연례총회에서", "총회", nil},
		{"RT 러시아 및 구소련", "소련", nil},
		{"한국어를 배운다", "한국", nil},
		{"한국의 수도", "한국", []string{"한국"}},
		{"미연방  수사국", "미연방수사국", nil}, // one space, not two
	}
	for _, tc := range tests {
		var got []string
		for _, o := range formOccurrences(tc.text, tc.h) {
			got = append(got, tc.text[o[0]:o[1]])
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("formOccurrences(%q, %q) (-want +got):\n%s", tc.text, tc.h, diff)
		}
	}
}
