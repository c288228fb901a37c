package furniture

import "testing"

// The furniture of this file is that of two outlets invented for it, in
// neither development set nor in outlets_test.go: The Busan Harbor Post /
// 부산항일보 (a daily with a podcast, a newsletter and a paywall) and
// Gyeongin Wire / 경인통신 (an agency whose pages carry photo credits and
// audio players). Names and facts are made up; the shapes are those news
// pages use. The first run of this table (review s11) missed the credit
// "사진 제공=…", the podcast promotion in Korean, the heading "■ 이 기사와
// 함께 읽으면 좋은 기사" and the paywall line; the rules now take them.

// TestLineInventedOutlets checks the shape rules on their lines.
func TestLineInventedOutlets(t *testing.T) {
	tests := []struct {
		line string
		want Reason
	}{
		// The Busan Harbor Post / 부산항일보.
		{"Get the Harbor Post Morning Briefing in your inbox every weekday. Sign up now", Promo},
		{"Sign up for our weekly Busan Port newsletter", Promo},
		{"Listen to our podcast, Harbor Talk, on Spotify or Apple Podcasts", Promo},
		{"Subscribe to the Harbor Talk podcast", Promo},
		{"Subscribers get unlimited access to Busan news. Join today from $1 a week", Promo},
		{"매일 아침 부산항일보 뉴스레터를 받아보세요", Promo},
		{"부산항일보 팟캐스트 '항구 이야기' 듣기", Promo},
		{"부산항일보 팟캐스트 구독하기", Promo},
		{"Photo: Park Su-bin/The Busan Harbor Post", Caption},
		{"Photo by Park Su-bin / The Busan Harbor Post", Caption},
		{"(Photo: Busan Port Authority)", Caption},
		{"사진=부산항일보 DB", Caption},
		{"<사진 제공=부산항만공사>", Caption},
		{"사진 제공=부산시", Caption},
		{"ⓒ 부산항일보, 무단 전재 및 재배포 금지", Copyright},
		{"Copyright © The Busan Harbor Post. All rights reserved.", Copyright},
		{"■ 이 기사와 함께 읽으면 좋은 기사", Related},
		{"More from The Busan Harbor Post: Cranes return to Sinseondae terminal", Link},
		{"Read more | Busan port cargo volume hits record", Link},
		// Gyeongin Wire / 경인통신.
		{"사진=연합뉴스", Caption},
		{"ⓒ 한국일보, 무단 전재 및 재배포 금지", Copyright},
		{"Photo: Kim Min-ji/The Korea Herald", Caption},
		{"[사진=경인통신]", Caption},
		{"Listen to this article (4 minutes)", Interface},
		{"6 min read", Interface},
		{"오디오 기사 듣기", Interface},
		{"읽는 시간 4분", Interface},
		{"Watch: Incheon airport's new terminal at night", Link},
		{"Also read: Incheon airport to add 40 gates by 2027", Link},
		{"ALSO READ | Incheon airport to add 40 gates by 2027", Link},
		{"관련기사 | 인천공항, 2027년까지 게이트 40개 추가", Link},
	}
	for _, tc := range tests {
		if got := Line(tc.line); got != tc.want {
			t.Errorf("Line(%q) = %q, want %q", tc.line, got, tc.want)
		}
	}
	// Their body lines that share a word or a shape with the furniture.
	for _, l := range []string{
		"Subscribers to the port's cargo service get priority berths, the authority said.",
		"Join the crew at 6 a.m., the captain told the new deckhands on Monday.",
		"The podcast, which started in 2019, now has 40,000 listeners in Busan alone.",
		"사진을 찍으려는 관광객들로 부두가 붐볐다.",
		"함께 일하는 동료들이 그를 도왔다.",
		"읽는 시간이 늘었다는 조사 결과가 나왔다.",
		"Watch out for ships leaving the harbor after dark, the coast guard said.",
		"More: the ministry said it would pay for the new cranes.",
	} {
		if got := Line(l); got != Body {
			t.Errorf("Line(%q) = %q, want text", l, got)
		}
	}
}

// TestDetectInventedOutlets checks whole pages of the two outlets: the
// label above the headline, the headline, links and promotions between
// paragraphs, the box at the end.
func TestDetectInventedOutlets(t *testing.T) {
	checkPage(t, "Busan Harbor Post", []pageLine{
		{Section, "PORT | LOGISTICS"},
		{headline, "Busan port cargo volume hits record in January"},
		{Byline, "By Park Su-bin"},
		{Interface, "Listen to this article — 3 min"},
		{Body, "Busan port handled a record 2.1 million containers in January, up 8 percent from a year earlier, the Busan Port Authority said on Tuesday."},
		{Caption, "Cranes load containers at Sinseondae terminal in Busan on Monday. (Photo: Busan Port Authority)"},
		{Link, "More: Cranes return to Sinseondae terminal"},
		{Body, "Transshipment cargo bound for China and Japan drove most of the rise, officials said."},
		{Promo, "Subscribers get unlimited access to Busan news. Join today from $1 a week"},
		{Body, "The authority expects volume to keep rising through March."},
		{Promo, "Listen to our podcast, Harbor Talk, on Spotify or Apple Podcasts"},
		{Copyright, "Copyright © The Busan Harbor Post. All rights reserved."},
	})
	checkPage(t, "부산항일보", []pageLine{
		{Section, "[항만]"},
		{headline, "부산항 1월 물동량 사상 최대"},
		{Interface, "기사 듣기 3분"},
		{Body, "부산항만공사는 1월 부산항이 컨테이너 210만 개를 처리해 1년 전보다 8% 늘었다고 화요일 밝혔다."},
		{Caption, "<사진 제공=부산항만공사>"},
		{Body, "중국과 일본으로 가는 환적 화물이 증가세를 이끌었다고 공사 관계자는 설명했다."},
		{Promo, "부산항일보 팟캐스트 '항구 이야기' 듣기"},
		{Copyright, "ⓒ 부산항일보, 무단 전재 및 재배포 금지"},
		{Related, "■ 이 기사와 함께 읽으면 좋은 기사"},
		{ListItem, "신선대 부두에 크레인 다시 선다"},
		{ListItem, "부산항 환적 화물 3개월 연속 증가"},
	})
	checkPage(t, "경인통신", []pageLine{
		{Section, "인천"},
		{headline, "인천공항, 2027년까지 게이트 40개 추가"},
		{Interface, "읽는 시간 4분"},
		{Body, "(인천=경인통신) 김민지 기자 = 인천국제공항공사는 2027년까지 탑승 게이트 40개를 추가한다고 5일 밝혔다."},
		{Caption, "사진=연합뉴스"},
		{Link, "관련기사 | 인천공항 새 터미널 야경"},
		{Body, "공사는 늘어나는 국제선 수요에 대비해 제2터미널을 확장할 계획이다."},
		{Copyright, "ⓒ 경인통신, 무단 전재 및 재배포 금지"},
	})
}
