package furniture

import "testing"

// TestLabelShape checks the shape of a section label, apart from its place
// (isLabelShape): labels of outlets in neither dev set, whose words are in
// no word list, and short lines that are not labels.
func TestLabelShape(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"METRO", true},
		{"CITY", true},
		{"TRANSPORT", true},
		{"METRO | TRANSPORT", true},
		{"Metro", true},
		{"Transport / Urban Affairs", true},
		{"Home & Living", true},
		{"Arts and Culture", true},
		{"BREAKING NEWS", true},
		{"Capital Region > Gyeonggi", true},
		{"[Weekend Trip]", true},
		{"서울", true},
		{"정치·사회", true},
		{"[교통]", true},
		{"【사회】", true},
		{"<경제>", true},
		{"〈수도권 소식〉", true},
		{"[Opinion]", true},
		// Not labels: sentences, lower case, long lines, several Korean
		// words unbracketed, numbers, quotes.
		{"Seoul city to expand late-night bus routes", false},
		{"Seoul expands bus routes.", false},
		{"metro news", false},
		{"Buses, Taxis", false},
		{"Night buses: a history", false},
		{"작은 서점들의 겨울", false},
		{"서울시 심야버스", false},
		{"심야버스노선확대계획", false},
		{"2025", false},
		{"“Enough”", false},
		{"[단독] 서울시, 심야버스 확대", false},
		{"「채식주의자」", false},
		{"", false},
	}
	for _, tc := range tests {
		if got := isLabelShape(tc.line); got != tc.want {
			t.Errorf("isLabelShape(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

// TestDetectLabelsAboveHeadline checks labels by shape and place: a short
// label line above a longer headline is a Section, whatever its words,
// and the headline under it stays the headline; a short headline with no
// longer title under it stays the headline.
func TestDetectLabelsAboveHeadline(t *testing.T) {
	const en = "The Seoul Metropolitan Government said on Tuesday that it will add 12 late-night bus routes starting in March to help workers who finish after midnight."
	const ko = "서울시는 자정 이후 퇴근하는 근로자를 돕기 위해 3월부터 심야버스 노선 12개를 추가한다고 화요일 밝혔다."
	const enHead, koHead = "Seoul city to expand late-night bus routes", "서울시, 심야버스 노선 확대"
	for _, label := range []string{"METRO", "CITY", "TRANSPORT", "METRO | TRANSPORT", "Capital Region", "[Weekend Trip]"} {
		checkPage(t, "English label "+label, []pageLine{
			{Section, label},
			{headline, enHead},
			{Body, en},
		})
	}
	for _, label := range []string{"서울", "[교통]", "【사회】", "<수도권>", "수도권·교통"} {
		checkPage(t, "Korean label "+label, []pageLine{
			{Section, label},
			{headline, koHead},
			{Body, "정부, 5년 만에 새 제도 추진…이달 말 첫 회의"}, // a deck stays text
			{Body, ko},
		})
	}
	checkPage(t, "two labels and a byline", []pageLine{
		{Section, "METRO"},
		{Section, "[Transport]"},
		{headline, enHead},
		{Byline, "By Kim Ji-won"},
		{Body, en},
	})
	// Short headlines stay headlines: nothing longer follows before the
	// body, or only a shorter line.
	checkPage(t, "one-word English headline", []pageLine{
		{headline, "Gridlock"},
		{Body, en},
	})
	checkPage(t, "short English headline and a dateline", []pageLine{
		{headline, "Night Buses"},
		{Dateline, "Posted : 2025-02-11 17:42"},
		{Body, en},
	})
	checkPage(t, "short Korean headline", []pageLine{
		{headline, "귀향"},
		{Body, ko},
	})
	checkPage(t, "short Korean headline of several words", []pageLine{
		{headline, "작은 서점들의 겨울"},
		{Body, "동네 서점들이 하나둘 문을 닫고 있다"},
		{Body, ko},
	})
	checkPage(t, "lower-case line is no label", []pageLine{
		{headline, "seoul nights"},
		{Body, "A city that never sleeps, and its buses"},
		{Body, en},
	})
}
