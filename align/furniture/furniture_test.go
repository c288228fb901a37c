package furniture

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/bitext-ko/bitext/align/read"
)

func TestLine(t *testing.T) {
	tests := []struct {
		line string
		want Reason
	}{
		// Datelines as various outlets lay them out.
		{"Posted on : 2019-01-11 16:15 KST Modified on : 2019-10-19 20:29 KST", Dateline},
		{"등록 :2019-01-10 17:21 수정 :2019-01-10 19:41", Dateline},
		{"입력 2019.01.11 16:15 | 수정 2019.01.11 19:41", Dateline},
		{"Published : Jan. 11, 2019 - 16:15 Updated : Jan. 11, 2019 - 19:41", Dateline},
		{"기사입력 2019-01-11 오후 4:15", Dateline},
		{"Updated: 11:02 GMT", Dateline},
		// Bylines, e-mail lines, copyright.
		{"워싱턴/황준범 특파원 jaybee@hani.co.kr", Byline},
		{"Please direct comments or questions to [reader@example.com]", Byline},
		{"김민지 기자", Byline},
		{"By Park Ji-won, Staff reporter", Byline},
		{"[ⓒ 한겨레신문 : 무단전재 및 재배포 금지]", Copyright},
		{"© 2019 Example Daily. All rights reserved.", Copyright},
		{"<저작권자(c) 예시통신, 무단 전재-재배포 금지>", Copyright},
		// Interface lines.
		{"Share on Facebook Share on Twitter", Interface},
		{"페이스북 트위터 카카오톡 공유", Interface},
		{"Print Email Font size A+ A-", Interface},
		{"페이스북 밴드 인쇄 스크랩 가+ 가-", Interface},
		{"Most viewed articles", Related},
		{"button that move to original korean article (클릭시 원문으로 이동하는 버튼)", Interface},
		{"▶ 관련기사 더보기", Link},
		{"▶ 한겨레 절친이 되어 주세요!", Link},
		// Body text that merely contains such things.
		{"North Korean leader Kim Jong-un arrived in Beijing on Jan. 8, 2019, at 10:30 a.m. local time for talks.", Body},
		{"He said he would share the results with reporters after the summit ended on Tuesday evening.", Body},
		{"Government Shutdown Debate Fuels House Republican Civil War", Body},
		{"정부 셧다운 논의, 하원 공화당의 내전에 기름을 붓다", Body},
		{"Readers can write to the editor at letters@example.com or call the newsroom any weekday between nine and five.", Body},
		{"", Body},
	}
	for _, tc := range tests {
		if got := Line(tc.line); got != tc.want {
			t.Errorf("Line(%q) = %q, want %q", tc.line, got, tc.want)
		}
	}
}

func TestDetect(t *testing.T) {
	paras := []string{
		"2019-01-11 16:15",
		"Kim Jong-un visits China",
		"A caption under a photo. (AFP)\nA caption under a photo. (AFP)",
		"The body of the article goes here and says something.",
		"2543년 1월 19일 오후 2:34.",
		"More of the body.",
		"Another body paragraph, which ends properly.",
		"The last body paragraph.",
		"In pictures",
		"Most viewed",
	}
	got := Detect(paras)
	want := []struct {
		furniture bool
		lines     []Reason
	}{
		{true, []Reason{Dateline}},
		{false, []Reason{Body}},
		{true, []Reason{Caption, Repeat}},
		{false, []Reason{Body}},
		{false, []Reason{Body}}, // a bare date inside the body is text
		{false, []Reason{Body}},
		{false, []Reason{Body}},
		{false, []Reason{Body}},
		{true, []Reason{Trailer}},
		{true, []Reason{Related}},
	}
	for i, w := range want {
		if got[i].Furniture != w.furniture || strings.Join(reasons(got[i].Lines), ",") != strings.Join(reasons(w.lines), ",") {
			t.Errorf("paragraph %d %q: got %v %v, want %v %v", i, paras[i], got[i].Furniture, got[i].Lines, w.furniture, w.lines)
		}
	}
}

// TestStrip: furniture lines are emptied in place, keeping paragraph and
// line positions; lines of the kept reasons stay.
func TestStrip(t *testing.T) {
	paras := []string{
		"2019-01-11 16:15",
		"Kim Jong-un visits China",
		"A caption under a photo. (AFP)\nA caption under a photo. (AFP)",
		"The body of the article goes here and says something.",
		"In pictures",
	}
	tests := []struct {
		keep []Reason
		want []string
	}{
		{nil, []string{"", paras[1], "\n", paras[3], ""}},
		{[]Reason{Caption}, []string{"", paras[1], "A caption under a photo. (AFP)\n", paras[3], ""}},
		{[]Reason{Dateline, Trailer}, []string{paras[0], paras[1], "\n", paras[3], paras[4]}},
	}
	for _, tc := range tests {
		if got := Strip(paras, tc.keep...); !slices.Equal(got, tc.want) {
			t.Errorf("Strip(keep %v) = %q, want %q", tc.keep, got, tc.want)
		}
	}
}

func reasons(rs []Reason) []string {
	var s []string
	for _, r := range rs {
		s = append(s, string(r))
	}
	return s
}

// TestSeed checks the furniture of the article this project started from.
func TestSeed(t *testing.T) {
	path := filepath.Join("..", "..", "..", "shared", "corpus", "seed", "hankyoreh-2019-01-11-nk-us-summit.en.txt")
	if _, err := os.Stat(path); err != nil {
		t.Skipf("seed article not available (%v): ../shared is absent", err)
	}
	txt, err := read.File(path, nil, read.Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := Detect(txt.Paragraphs)
	var furniture []string
	for i, p := range got {
		for j, r := range p.Lines {
			if r != Body {
				furniture = append(furniture, string(r)+": "+strings.Split(txt.Paragraphs[i], "\n")[j])
			}
		}
	}
	want := []string{
		"dateline: Posted on : 2019-01-11 16:15 KST Modified on : 2019-10-19 20:29 KST",
		"caption: North Korean leader Kim Jong-un and Chinese President Xi Jinping during a welcome ceremony for Kim at the Great Hall of the People in Beijing on Jan. 8. (Xinhua News/AFP)",
		"repeat: North Korean leader Kim Jong-un and Chinese President Xi Jinping during a welcome ceremony for Kim at the Great Hall of the People in Beijing on Jan. 8. (Xinhua News/AFP)",
		"byline: By Hwang Joon-bum, Washington correspondent",
		"byline: Please direct comments or questions to [english@hani.co.kr]",
		"interface: button that move to original korean article (클릭시 원문으로 이동하는 버튼)",
		"related: Most viewed articles",
	}
	if strings.Join(furniture, "\n") != strings.Join(want, "\n") {
		t.Errorf("seed furniture:\n%s\nwant:\n%s", strings.Join(furniture, "\n"), strings.Join(want, "\n"))
	}
	if got[1].Furniture {
		t.Error("the block with the subtitle is not all furniture")
	}
}
