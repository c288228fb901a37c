package glossary

import (
	"slices"
	"strings"
	"testing"

	"github.com/bitext-ko/bitext/align"
	"github.com/bitext-ko/bitext/align/names/english"
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
		{
			name:   "two names with a lower-case word between them that together are a translated name",
			en:     []string{"The far-right Alternative for Germany won a quarter of the vote in Saxony."},
			ko:     []string{"극우 정당 독일을 위한 대안이 작센에서 4분의 1을 득표했다."},
			want:   []string{"Alternative for Germany=독일을 위한 대안"},
			notWan: []string{"Germany=독일"},
		},
	})
	for _, tc := range []struct {
		between string
		want    bool
	}{
		{" ", true}, {" for ", true}, {" of ", true}, {"  ", false}, {", ", false},
		{" and the ", false}, {" For ", false}, {"-", false}, {"", false},
	} {
		if got := joinable(tc.between); got != tc.want {
			t.Errorf("joinable(%q) = %v, want %v", tc.between, got, tc.want)
		}
	}
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

// TestCompassNames checks that a point of the compass before a place
// pairs the whole name with the Korean direction word and the place.
func TestCompassNames(t *testing.T) {
	checkRecallCases(t, []recallCase{
		{
			name:   "a direction word before the place",
			en:     []string{"In 2009 a 7.6 magnitude quake struck near the city of Padang, capital of West Sumatra province."},
			ko:     []string{"2009년에는 서쪽 수마트라 지방의 수도 파당에 진도 7.6의 지진이 닥쳤다."},
			want:   []string{"West Sumatra=서쪽 수마트라", "Padang=파당"},
			notWan: []string{"Sumatra=수마트라"},
		},
		{
			name:   "a direction word after the place",
			en:     []string{"Palu is the capital of Central Sulawesi province, at the end of a narrow bay."},
			ko:     []string{"팔루는 술라웨시 중부 지역의 수도이며, 좁은 만의 끝에 있다."},
			want:   []string{"Central Sulawesi=술라웨시 중부", "Palu=팔루"},
			notWan: []string{"Sulawesi=술라웨시"},
		},
	})
	tests := []struct {
		whole, part, text, h string
		want                 string // "" for none
	}{
		{"West Sumatra", "Sumatra", "서쪽 수마트라 지방의 수도", "수마트라", "서쪽 수마트라"},
		{"Western Sumatra", "Sumatra", "이번 지진은 서부 수마트라를 강타했다", "수마트라", "서부 수마트라"},
		{"Central Sulawesi", "Sulawesi", "팔루는 술라웨시 중부 지역의 수도", "술라웨시", "술라웨시 중부"},
		{"Central Sulawesi", "Sulawesi", "술라웨시 중부의 경제", "술라웨시", "술라웨시 중부"},
		{"North-East England", "England", "잉글랜드 북동부에서", "잉글랜드", "잉글랜드 북동부"},
		{"Central Sulawesi", "Sulawesi", "술라웨시 중부지방", "술라웨시", ""}, // not a word of its own
		{"West Sumatra", "Sumatra", "수마트라 해안", "수마트라", ""},        // no direction word
		{"North Sumatra", "Sumatra", "동부 수마트라", "수마트라", ""},       // another direction
		{"West Sumatra", "Sumatra", "남서쪽 수마트라", "수마트라", ""},       // 서쪽 ends another word
		{"Sumatra Island", "Sumatra", "수마트라 서쪽", "수마트라", ""},      // no point of the compass
		{"West Sumatra", "West", "서쪽 수마트라", "서쪽", ""},             // the part is not the place
	}
	for _, tc := range tests {
		s := strings.Index(tc.text, tc.h)
		h, _, _, ok := compassName(tc.whole, tc.part, tc.text, s, s+len(tc.h))
		if h != tc.want || ok != (tc.want != "") {
			t.Errorf("compassName(%q, %q, %q) = %q, %v; want %q", tc.whole, tc.part, tc.text, h, ok, tc.want)
		}
	}
}

// TestNumberedNames checks that a number both sides write right after a
// name is part of it, and that a score is not.
func TestNumberedNames(t *testing.T) {
	checkRecallCases(t, []recallCase{
		{
			name:   "a number after the name on both sides",
			en:     []string{"Trump officials try to persuade Germany to pull out of the Nord Stream 2 pipeline project."},
			ko:     []string{"트럼프 행정부 당국자들은 노드 스트림 2 파이프라인 프로젝트에서 독일을 끌어내도록 설득하고 있다."},
			want:   []string{"Nord Stream 2=노드 스트림 2"},
			notWan: []string{"Nord Stream=노드 스트림"},
		},
		{
			name:   "a score is no part of a name",
			en:     []string{"Livingston 1 - 0 Rangers: Menga goal downs Gerrard's men"},
			ko:     []string{"리빙스턴 1 - 0 레인저스: 멘가의 골이 제라드의 남자들을 내려앉게 하다"},
			notWan: []string{"Livingston 1=리빙스턴 1"},
		},
	})
	tests := []struct{ rest, want string }{
		{" 2 pipeline", "2"},
		{" 2", "2"},
		{" 12, which", "12"},
		{" 2)", "2"},
		{" 2 파이프라인", "2"},
		{"2 pipeline", ""},   // no space before it
		{" 2019 season", ""}, // a year
		{" 2-1 win", ""},
		{" 2:30", ""},
		{" 2.5 percent", ""},
		{" 11호", ""},
		{" 1 - 0 Rangers", ""},
		{" 07", ""},
	}
	for _, tc := range tests {
		if got := nameNumber(tc.rest); got != tc.want {
			t.Errorf("nameNumber(%q) = %q, want %q", tc.rest, got, tc.want)
		}
	}
}

// TestNationalNames checks that a nationality adjective before a name
// Korean translates joins it where the Korean writes the country before
// the translation.
func TestNationalNames(t *testing.T) {
	checkRecallCases(t, []recallCase{
		{
			name:   "a nationality adjective and its country",
			en:     []string{"Russian Foreign Ministry spokeswoman Maria Zakharova said the campaign was growing."},
			ko:     []string{"러시아 외무부 대변인 마리아 자카로바는 그 캠페인이 커지고 있다고 말했다."},
			want:   []string{"Russian Foreign Ministry=러시아 외무부", "Maria Zakharova=마리아 자카로바"},
			notWan: []string{"Foreign Ministry=외무부"},
		},
		{
			name:   "another country before the translation",
			en:     []string{"The Russian Foreign Ministry summoned the ambassador of Ukraine."},
			ko:     []string{"우크라이나 외무부가 아니라 러시아 정부가 대사를 불렀다."},
			notWan: []string{"Russian Foreign Ministry=우크라이나 외무부"},
		},
	})
	d := newDocState(Options{}, Prepare(nil, nil, align.Options{}), false)
	tests := []struct {
		adj, h string
		want   bool
	}{
		{"Russian", "러시아", true},
		{"Ukrainian", "우크라이나", true},
		{"Scottish", "스코틀랜드", true},
		{"Japanese", "일본", true}, // the table of translated names
		{"British", "영국", true},
		{"Russian", "우크라이나", false},
		{"Chinese", "러시아", false},
	}
	for _, tc := range tests {
		if got := d.countryOf(tc.adj, tc.h); got != tc.want {
			t.Errorf("countryOf(%s, %s) = %v, want %v", tc.adj, tc.h, got, tc.want)
		}
	}
}

// TestShortForms checks that a Korean short form of a two-word name the
// document pairs in full stands for the full name.
func TestShortForms(t *testing.T) {
	checkRecallCases(t, []recallCase{
		{
			name: "first syllable and second word",
			en: []string{
				"Sergio Aguero and Raheem Sterling dispatched the Brighton defense in Manchester City's 2-0 win on Saturday.",
				"City battles Hoffenheim in Champions League group play on Tuesday.",
			},
			ko: []string{
				"세르히오 아구에로와 라힘 스털링은 토요일 맨체스터 시티의 2-0 승리에서 브라이튼 수비를 무너뜨렸다.",
				"맨시티는 화요일 챔피언스 리그 조별 경기에서 호펜하임과 대전한다.",
			},
			want:   []string{"Manchester City=맨시티", "Manchester City=맨체스터 시티"},
			notWan: []string{"City=맨시티"},
		},
		{
			name:   "no full name in the document",
			en:     []string{"City battles Hoffenheim in Champions League group play on Tuesday."},
			ko:     []string{"맨시티는 화요일 챔피언스 리그 조별 경기에서 호펜하임과 대전한다."},
			notWan: []string{"City=맨시티", "Manchester City=맨시티"},
		},
	})
}

// TestPlaceWordBeside checks that a place word the English writes beside
// a name (Sulawesi island) picks the Hangul with the place word written
// onto it (술라웨시섬) over the bare name.
func TestPlaceWordBeside(t *testing.T) {
	checkRecallCases(t, []recallCase{
		{
			name: "island beside the name, and the bare name in the same paragraph",
			en:   []string{"Here are some facts about Palu, on the island of Sulawesi: Palu is the capital of Central Sulawesi province, at the end of a narrow bay on the west coast of Sulawesi island."},
			ko:   []string{"술라웨시섬의 팔루에 대한 몇 가지 사실은 다음과 같다: 팔루는 술라웨시 중부 지역의 수도이며, 술라웨시섬의 서쪽 해안의 좁은 만의 끝에 있다."},
			want: []string{"Sulawesi=술라웨시섬", "Central Sulawesi=술라웨시 중부", "Palu=팔루"},
		},
	})
	k := span{text: "술라웨시섬", stem: "술라웨시"}
	for _, tc := range []struct {
		para, name string
		k          span
		want       bool
	}{
		{"on the west coast of Sulawesi island.", "Sulawesi", k, true},
		{"facts about Palu, on the island of Sulawesi: Palu is", "Sulawesi", k, true},
		{"Sulawesi island", "Sulawesi", k, true},
		{"the coast of Sulawesi, an island", "Sulawesi", k, false},
		{"on the west coast of Sulawesi island.", "Sulawesi", span{text: "술라웨시"}, false},
		{"the state of Utah", "Utah", span{text: "유타주", stem: "유타"}, true},
	} {
		s := strings.Index(tc.para, tc.name)
		m := english.Mention{Text: tc.name, Start: s, End: s + len(tc.name)}
		if got := headBeside(m, tc.para, tc.k); got != tc.want {
			t.Errorf("headBeside(%q in %q, %q) = %v, want %v", tc.name, tc.para, tc.k.text, got, tc.want)
		}
	}
}

// FuzzRecallRules runs the text rules of this round on any text: no
// panic, and what they return lies inside the text.
func FuzzRecallRules(f *testing.F) {
	f.Add("브렛 캐버노에 대한 미연방 수사국의 조사", "미연방수사국", "Russian Foreign Ministry said", 8)
	f.Add("서쪽 수마트라 지방", "수마트라", "capital of West Sumatra province", 16)
	f.Add("\xff중동 지역", "중동", "\u201cRussian\u201d Ministry", 3)
	f.Fuzz(func(t *testing.T, ko, h, en string, at int) {
		if h == "" {
			return
		}
		for _, o := range formOccurrences(ko, h) {
			if o[0] < 0 || o[0] > o[1] || o[1] > len(ko) {
				t.Fatalf("formOccurrences(%q, %q) = %v", ko, h, o)
			}
		}
		if s, e := spacedIndex(ko, h); s > e || e > len(ko) {
			t.Fatalf("spacedIndex(%q, %q) = %d, %d", ko, h, s, e)
		}
		nameNumber(en)
		if at < 0 || at > len(en) {
			return
		}
		s := strings.Index(ko, h)
		if s < 0 {
			return
		}
		d := newDocState(Options{}, Prepare(nil, nil, align.Options{}), false)
		if got, i, kh, j, ok := d.nationalName(en, at, len(en), ko, s, s+len(h)); ok && (en[i:] != got || ko[j:s+len(h)] != kh) {
			t.Fatalf("nationalName = %q at %d, %q at %d", got, i, kh, j)
		}
		if kh, s2, e2, ok := compassName(en, h, ko, s, s+len(h)); ok && ko[s2:e2] != kh {
			t.Fatalf("compassName = %q at %d:%d", kh, s2, e2)
		}
	})
}
