package furniture

import (
	"fmt"
	"strings"
	"testing"
)

// The furniture of this file is written for these tests, from the general
// layout of news sites that are in neither development set (Yonhap /
// 연합뉴스, The Korea Herald, Hankyoreh / 한겨레, Chosun / 조선일보, Dong-A
// / 동아일보, KBS, Newsis, AP, Reuters, Getty): the names and facts are
// invented, the shapes are those pages use. Each table also holds text
// that looks like furniture and is not.

// TestLineOtherOutlets checks the shape rules on furniture lines of other
// outlets.
func TestLineOtherOutlets(t *testing.T) {
	tests := []struct {
		line string
		want Reason
	}{
		// Copyright lines.
		{"Copyright (c) Yonhap News Agency prohibits its content from being redistributed or reprinted without consent, and forbids the content from being learned and used by artificial intelligence systems.", Copyright},
		{"<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>", Copyright},
		{"ⓒ 한겨레신문사 : 무단전재 및 재배포 금지", Copyright},
		{"Copyright ⓒ KBS. All rights reserved. 무단 전재, 재배포 및 이를 이용한 AI 학습 금지", Copyright},
		{"© The Korea Herald. All rights reserved.", Copyright},
		{"(c) 2024 Reuters", Copyright},
		// Dates of other layouts.
		{"Published : Mar 5, 2024 - 15:29 Updated : Mar 5, 2024 - 15:29", Dateline},
		{"입력 2024.03.05. 17:21 업데이트 2024.03.05. 19:02", Dateline},
		{"입력 2024.03.05 (21:10) 수정 2024.03.05 (21:25)", Dateline},
		{"Updated: March 5, 2024 17:21 KST", Dateline},
		// Bylines and credits.
		{"By Jo He-rim (herim@heraldcorp.com)", Byline},
		{"김소영 기자 ksy@donga.com", Byline},
		{"hkd@yna.co.kr", Byline},
		{"KBS 뉴스 홍길동입니다.", Byline},
		{"촬영기자:김철수/영상편집:이영희", Byline},
		{"Reporting by Hyonhee Shin; Editing by Ed Davies", Byline},
		{"Associated Press writer Jane Doe in London contributed to this report.", Byline},
		// Interface lines and share bars.
		{"기사 공유하기", Interface},
		{"좋아요 0", Interface},
		{"카카오톡 공유 네이버 블로그 공유 페이스북 공유", Interface},
		{"Kakao Talk Naver Blog Facebook X Copy link", Interface},
		{"한국어 원문 기사 보기", Interface},
		{"Share Print A A", Interface},
		// Headings of boxes of other articles.
		{"Most Read", Related},
		{"많이 본 뉴스", Related},
		{"Most Popular Stories", Related},
		{"[관련 기사]", Related},
		{"[함께 보면 좋은 기사]", Related},
		{"You may also like", Related},
		// Link lines.
		{"See also: N. Korea fires ballistic missile into East Sea", Link},
		{"[관련기사] 한미, 방위비 분담금 협정 타결…6% 인상", Link},
		{"☞ 관련 뉴스 : 한미 외교장관 통화", Link},
		// Tags.
		{"Keywords: North Korea, missile, ICBM", Tags},
		{"태그 : 부동산, 아파트, 금리", Tags},
		{"#윤석열 #대통령 #국정감사", Tags},
		// Promotions.
		{"Follow us on Twitter @yonhap_news for breaking news.", Promo},
		{"Get the latest news on the go with the Yonhap News app", Promo},
		{"Download the Korea Herald app", Promo},
		{"Subscribe to our newsletter", Promo},
		{"연합뉴스 앱 설치하기", Promo},
		{"네이버에서 조선일보 구독하기", Promo},
		{"조선일보 유튜브 채널을 구독해주세요", Promo},
		{"제보는 카카오톡 okjebo", Promo},
		{"▶ 네이버에서 한겨레 뉴스를 구독하세요!", Promo},
		// Notes.
		{"※ 이 기사는 AI 번역을 거쳐 작성되었습니다.", Note},
		{"외부 필자의 원고는 본지의 편집 방향과 다를 수 있습니다.", Note},
		{"The views expressed in this column are the author's own and do not reflect those of the newspaper.", Note},
		{"This story was produced in partnership with the Pulitzer Center.", Note},
		// Publisher addresses.
		{"주소: 서울특별시 마포구 효창목길 6 | 전화 02-710-0114 | 등록번호 서울 아00001", Address},
		{"The Korea Herald · Huam-ro 4-gil 10, Yongsan-gu, Seoul · Tel: +82-2-727-0114", Address},
		{"Registration No. Seoul Ah 00001 | Publisher: Choi Jin-young | Editor: Kim Hyun-jin", Address},
		// Photo captions with their credits (soft).
		{"President Yoon Suk Yeol speaks during a Cabinet meeting at the presidential office in Seoul on Tuesday. (Yonhap)", Caption},
		{"Visitors walk past a cherry blossom tree in Seoul, Tuesday. Yonhap", Caption},
		{"Students take an exam in Seoul, Thursday. Korea Times photo by Shim Hyun-chul", Caption},
		{"People walk past a TV screen showing a news program in Seoul, South Korea, Tuesday, March 5, 2024. (AP Photo/Ahn Young-joon)", Caption},
		{"A man walks past an electronic board showing stock prices in Seoul, South Korea, March 5, 2024. REUTERS/Kim Hong-Ji", Caption},
		{"Senators arrive for a vote at the U.S. Capitol in Washington, DC. (Photo by Chip Somodevilla/Getty Images)", Caption},
		{"Delegates pose for a photo before the talks in Seoul on Monday. [MINISTRY OF FOREIGN AFFAIRS]", Caption},
		{"(서울=연합뉴스) 홍길동 기자 = 5일 오후 서울 여의도 국회에서 열린 본회의에서 법안이 통과되고 있다. 2024.3.5 hkd@yna.co.kr", Caption},
		{"(서울=뉴스1) 이재명 기자 = 윤석열 대통령이 5일 서울 용산 대통령실에서 열린 국무회의에서 발언하고 있다. (대통령실 제공) 2024.3.5/뉴스1", Caption},
		{"[서울=뉴시스] 김근수 기자 = 5일 서울 중구 시청 앞에서 시민들이 걷고 있다. 2024.03.05. ks@newsis.com", Caption},
		{"5일 오후 서울 종로구 광화문광장에서 시민들이 걷고 있다. 김혜윤 기자 unique@hani.co.kr", Caption},
		{"5일 서울 중구의 한 은행에서 직원이 달러를 정리하고 있다. /장련성 기자", Caption},
		{"5일 인천국제공항 출국장이 여행객들로 붐비고 있다. 동아일보DB", Caption},
		{"바이든 미국 대통령이 4일 백악관에서 연설하고 있다. AP 연합뉴스", Caption},
		{"[사진=연합뉴스]", Caption},
		{"EPA 연합뉴스", Caption},
		{"게티이미지뱅크", Caption},
		{"Photo by Park Hae-mook", Caption},
		// A second set, written after the rules above to see how they
		// carry over: on its first run 35 of these 50 lines got the reason
		// below and 37 were furniture; the words and forms they lacked
		// (ad labels, the reaction bar, "이 시각", a bracketed "Photo by",
		// "Follow X on Instagram", a lone "Tags") were added to the rules.
		{"Share this article", Interface},
		{"Print this article", Interface},
		{"Click here to read the Korean version", Interface},
		{"RELATED ARTICLES", Related},
		{"LATEST NEWS", Related},
		{"Trending", Related},
		{"Editor's Picks", Related},
		{"Advertisement", Interface},
		{"Comments (0)", Interface},
		{"Log in to comment", Interface},
		{"Write to the author at jdoe@koreaherald.com", Byline},
		{"Photo: Yonhap", Caption},
		{"By Associated Press", Byline},
		{"[이 시각 많이 본 기사]", Related},
		{"이 시각 추천뉴스", Related},
		{"오늘의 주요뉴스", Related},
		{"ⓒ 조선일보 & chosun.com, 무단 전재 및 재배포 금지", Copyright},
		{"- Copyright ⓒ 동아일보 & donga.com", Copyright},
		{"[ⓒ 매일경제 & mk.co.kr, 무단 전재, 재배포 및 AI학습 이용 금지]", Copyright},
		{"Copyright © 이데일리 - 무단전재 & 재배포 금지", Copyright},
		{"구독 응원 댓글", Interface},
		{"좋아요 슬퍼요 화나요 후속기사 원해요", Interface},
		{"URL 복사", Interface},
		{"본문 글씨 키우기 본문 글씨 줄이기", Interface},
		{"[사진 = 연합뉴스]", Caption},
		{"(사진=게티이미지뱅크)", Caption},
		{"/사진=뉴스1", Caption},
		{"▲ 5일 서울 종로구에서 시민들이 걷고 있다. ⓒ 오마이뉴스", Caption},
		{"Kim Jong-un (L) shakes hands with Xi Jinping in Beijing on Jan. 8. (KCNA/Yonhap)", Caption},
		{"Lee Jae-myung speaks at the National Assembly in Seoul on Tuesday. [Photo by Park Sang-moon]", Caption},
		{"Lee Jae-myung speaks at the National Assembly in Seoul on Tuesday. [SCREEN CAPTURE]", Caption},
		{"관련기사", Related},
		{"▶ 관련기사 더보기", Link},
		{"Newsletter", Interface},
		{"뉴스레터 구독하기", Promo},
		{"Sign up for The Korea Herald's newsletter", Promo},
		{"Follow Yonhap on Instagram", Promo},
		{"Never miss a story: subscribe to our newsletter.", Promo},
		{"This article was translated by AI and reviewed by an editor.", Note},
		{"This is an English translation of a Korean article.", Note},
		{"번역: 홍길동", Note},
		{"※ 외부 필진의 기고는 본지의 편집 방향과 다를 수 있습니다.", Note},
		{"대표전화 02-1234-5678 | 팩스 02-1234-5679", Address},
		{"서울특별시 중구 세종대로 135 | 사업자등록번호 123-45-67890", Address},
		{"Tags", Tags},
		{"#Korea #Seoul", Tags},
		{"Topics: Politics, North Korea", Tags},
		{"Read the Korean article", Interface},
		{"[Related] N. Korea fires missile", Link},
		{"Also Read: N. Korea fires missile", Link},
		// A third set, from a review (s11) that invented link and audio
		// lines: the labels that also open sentences ("More:", "Watch:")
		// and the '|' after a label were missed, as were audio players
		// and reading times.
		{"More: Oh Se-hoon raises subway fares", Link},
		{"ALSO READ | Oh Se-hoon raises subway fares", Link},
		{"Read more | Seoul subway to run until 2 a.m.", Link},
		{"Read also: Seoul subway to run until 2 a.m.", Link},
		{"More from The Seoul Ledger: Night buses in Seoul, a short history", Link},
		{"Watch: how the buses run at night", Link},
		{"Listen: Mayor Oh on the new routes", Link},
		{"Further reading: Night buses in Seoul", Link},
		{"Listen to this article — 3 min", Interface},
		{"4 min read", Interface},
		{"기사 듣기 3분", Interface},
		{"읽는 시간 2분", Interface},
		{"오디오 기사 듣기", Interface},
	}
	for _, tc := range tests {
		if got := Line(tc.line); got != tc.want {
			t.Errorf("Line(%q) = %q, want %q", tc.line, got, tc.want)
		}
	}
}

// TestLineBodyLookalikes checks text that shares a word or a shape with
// furniture and is text.
func TestLineBodyLookalikes(t *testing.T) {
	for _, l := range []string{
		"Follow the money, investigators told the committee on Tuesday.",
		"Follow-up talks on Facebook's data policy are expected next week, officials said.",
		"Tags on the luggage showed it had come from Seoul.",
		"Tags: are they worth it? Retailers say yes.",
		"Download speeds rose 20 percent on the new app, the ministry said.",
		"Translated by Kim Ji-young, the novel became a bestseller in Britain.",
		"The views expressed by the minister were criticized by the opposition.",
		"This article was written in 1990 by a young reporter who later became minister.",
		"Most people read the news on their phones now, a survey found.",
		"More than 20 people were injured in the fire.",
		"He said he would share the results with reporters after the summit ended on Tuesday evening.",
		"The ceremony ended. (Applause)",
		"The company's headquarters are at 17 Sejong-daero, Jung District, Seoul.",
		"Call the hotline at 02-123-4567 if you see anything suspicious, police said.",
		"“카카오톡 채널을 추가하세요”라고 안내했다.",
		"네이버 앱 설치 수가 1000만을 넘었다",
		"그는 반대했다. 홍길동 기자",
		"그는 '검찰 개혁'을 다시 강조했다. (웃음)",
		"이 기사를 읽은 독자들은 대부분 정부의 대응을 비판했다.",
		"그녀는 빈 페이지로 넘겨서 그 위에 날짜를 적었다. 그 아래에 '5/11/648'이라고 적었다.",
		"수출 > 수입이라는 공식이 올해도 이어졌다는 분석이 나왔다.",
		"연합뉴스 보도에 따르면 회의는 오후 3시에 시작됐다.",
		"Samsung to build new chip line in Pyeongtaek",
		"정부, 내달부터 새 제도 시행…업계 반발",
		"“절대 양보 못 한다.”",
		"World leaders gathered in Paris on Monday.",
		"Advertisement revenue fell 3 percent last year.",
		"The Korean version of the law takes effect in May.",
		"Follow him wherever he goes, the coach told his defenders.",
		"Log in data showed the account had been used from abroad.",
		"This is a translation problem, not a legal one, the judge said.",
		"Comments from the ministry were not immediately available.",
		"More: the ministry said it would pay.",
		"More than 20 people were injured in the fire.",
		"Watch the video: the bus waits at the stop.",
		"Listen to the full interview on our website.",
		"Read: the full text of the mayor's speech is on the city's website, officials said on Monday, adding that the English version would follow within a week or two of the speech.",
		"시간이 없다",
		"3분 만에 매진됐다",
		"10분 거리",
	} {
		if got := Line(l); got != Body {
			t.Errorf("Line(%q) = %q, want text", l, got)
		}
	}
}

// page is a page fixture: one paragraph a line, each with the reason its
// paragraph should get ("" for text, "H" for the headline).
type pageLine struct {
	want Reason
	text string
}

const headline Reason = "H"

func checkPage(t *testing.T, name string, lines []pageLine) {
	t.Helper()
	paras := make([]string, len(lines))
	for i, l := range lines {
		paras[i] = l.text
	}
	got := Detect(paras)
	for i, l := range lines {
		r := got[i].Reason()
		if got[i].Headline {
			r = headline
		}
		if r != l.want || got[i].Furniture != (l.want != Body && l.want != headline) {
			t.Errorf("%s #%d %q: got %q (furniture %v), want %q", name, i, l.text, r, got[i].Furniture, l.want)
		}
	}
}

// TestDetectOtherOutlets checks the context rules on whole pages of other
// outlets: section labels and site names above the headline, the headline
// kept, decks kept, a box of related articles in the middle and a list of
// most-read articles at the end, short quotes and last lines of text kept.
func TestDetectOtherOutlets(t *testing.T) {
	checkPage(t, "Yonhap English", []pageLine{
		{Section, "National"},
		{headline, "S. Korea, U.S. to hold talks on defense cost-sharing next week"},
		{Dateline, "Updated : 2024-03-05 10:15"},
		{Body, "SEOUL, March 5 (Yonhap) -- South Korea and the United States will hold their first round of talks on sharing the cost of stationing American troops next week, the foreign ministry said Tuesday."},
		{Body, "The talks will take place in Honolulu from March 12 to 14, with Seoul's chief negotiator Lee Tae-woo leading the delegation, according to the ministry."},
		{Caption, "Lee Tae-woo speaks to reporters at the foreign ministry in Seoul on Tuesday. (Yonhap)"},
		{Body, "\"We will do our best to reach a reasonable agreement,\" Lee said."},
		{Body, "The current deal expires at the end of 2025."},
		{Trailer, "(END)"},
		{Copyright, "Copyright (c) Yonhap News Agency prohibits its content from being redistributed or reprinted without consent, and forbids the content from being learned and used by artificial intelligence systems."},
		{Related, "Most Read"},
		{ListItem, "N. Korea fires ballistic missile into East Sea"},
		{ListItem, "BTS' Jin to hold fan event after military discharge"},
		{ListItem, "Seoul shares open higher on tech gains"},
	})
	checkPage(t, "Hankyoreh Korean", []pageLine{
		{Section, "정치 > 국방"},
		{headline, "“한미 방위비 협상 다음주 재개”"},
		{Body, "정부, 5년 만에 새 협정 추진…이달 말 첫 회의"}, // the deck stays text
		{Dateline, "등록 2024-03-05 17:21 수정 2024-03-05 19:02"},
		{Interface, "기사 공유하기 좋아요 0"},
		{Body, "한국과 미국이 주한미군 주둔 비용 분담을 정하는 방위비 분담금 협상을 다음주 미국 하와이에서 시작한다고 외교부가 5일 밝혔다."},
		{Caption, "5일 서울 종로구 외교부 청사에서 이태우 대표가 기자들의 질문에 답하고 있다. 김혜윤 기자 unique@hani.co.kr"},
		{Body, "첫 회의는 12일부터 14일까지 열리며 한국 쪽에서는 이태우 방위비분담협상대표가 대표단을 이끈다."},
		{Related, "[관련 기사]"},
		{ListItem, "한미, 방위비 분담금 협정 타결…6% 인상"},
		{ListItem, "방위비 협상 대표에 이태우 전 외교부 심의관"},
		{Body, "현행 협정은 2025년 말 만료된다. 정부는 올해 안에 협상을 마무리한다는 방침이다."},
		{Body, "“절대 양보 못 한다.”"},
		{Byline, "권혁철 기자 nura@hani.co.kr"},
		{Copyright, "ⓒ 한겨레신문사 : 무단전재 및 재배포 금지"},
		{Promo, "▶ 네이버에서 한겨레 뉴스를 구독하세요!"},
		{Related, "많이 본 뉴스"},
		{ListItem, "“의대 증원 철회하라” 전공의 1만명 사직"},
		{ListItem, "윤 대통령, 오늘 국무회의 주재"},
		{ListItem, "서울 아파트값 3주 연속 상승"},
	})
	checkPage(t, "Korea Herald", []pageLine{
		{Site, "The Korea Herald"},
		{Section, "Business > Industry"},
		{headline, "Samsung to build new chip line in Pyeongtaek"},
		{Dateline, "Published : Mar 5, 2024 - 15:29 Updated : Mar 5, 2024 - 15:29"},
		{Byline, "By Jo He-rim (herim@heraldcorp.com)"},
		{Interface, "Share Print A A"},
		{Body, "Samsung Electronics said Tuesday it will build a new memory chip production line at its Pyeongtaek campus, investing 10 trillion won over three years."},
		{Body, "Follow the money, analysts say: the investment follows a rebound in memory prices."},
		{Body, "The company did not give a completion date."},
		{Promo, "Download the Korea Herald app"},
		{Tags, "Tags: Samsung, chip, Pyeongtaek"},
		{Address, "The Korea Herald · Huam-ro 4-gil 10, Yongsan-gu, Seoul · Tel: +82-2-727-0114"},
		{Copyright, "© The Korea Herald. All rights reserved."},
	})
	checkPage(t, "KBS", []pageLine{
		{Site, "KBS 뉴스"},
		{Section, "사회"},
		{headline, "‘의대 증원’ 갈등 장기화…환자 불편 커져"},
		{Dateline, "입력 2024.03.05 (21:10) 수정 2024.03.05 (21:25)"},
		{Body, "의대 정원 확대를 둘러싼 정부와 의료계의 갈등이 3주째 이어지면서 환자들의 불편이 커지고 있습니다."},
		{Body, "정부는 이번 주 안에 대화 자리를 마련하겠다고 밝혔습니다."},
		{Byline, "KBS 뉴스 홍길동입니다."},
		{Byline, "촬영기자:김철수/영상편집:이영희"},
		{Copyright, "Copyright ⓒ KBS. All rights reserved. 무단 전재, 재배포 및 이를 이용한 AI 학습 금지"},
		{Promo, "제보는 카카오톡 okjebo"},
	})
	checkPage(t, "Reuters-style English, no section", []pageLine{
		{headline, "Bank of Korea holds rates steady for ninth straight meeting"},
		{Byline, "By Jane Doe"},
		{Dateline, "March 5, 2024 6:09 PM"},
		{Body, "SEOUL, March 5 (Reuters) - South Korea's central bank kept its policy rate unchanged on Tuesday for a ninth straight meeting, as expected."},
		{Caption, "A man walks past an electronic board showing stock prices in Seoul, South Korea, March 5, 2024. REUTERS/Kim Hong-Ji"},
		{Body, "Governor Rhee Chang-yong said it was too early to discuss cuts."},
		{Byline, "Reporting by Jane Doe; Editing by John Smith"},
		{Related, "Read Next"},
		{ListItem, "Won falls to two-month low against dollar"},
		{ListItem, "Korea's exports rise for sixth month on chip demand"},
	})
}

// TestDetectKeepsText checks pages whose short lines are text: a one-word
// paragraph in the middle, a short last paragraph, a quote at the end and
// a Korean deck under the headline.
func TestDetectKeepsText(t *testing.T) {
	checkPage(t, "one-word paragraph mid-article", []pageLine{
		{headline, "Ukraine war enters third year"},
		{Body, "The war in Ukraine entered its third year on Saturday, with no end in sight and fighting along a 1,000-kilometer front."},
		{Body, "World"},
		{Body, "That was the single word the president used when asked who would pay for reconstruction."},
		{Body, "Thank you"},
		{Body, "He ended the address with those words and left the podium."},
	})
	checkPage(t, "Korean tail of short quotes", []pageLine{
		{headline, "작은 서점들의 겨울"},
		{Body, "동네 서점 열 곳 가운데 세 곳이 지난해 문을 닫았다. 임대료는 오르고 손님은 줄었다."},
		{Body, "한 서점 주인은 이렇게 말했다."},
		{Body, "“그래도 문을 열어야죠”"},
		{Body, "“책이 있으니까요”"},
	})
	checkPage(t, "essay without headline", []pageLine{
		{Body, "When I first came to Seoul, I could not read a single sign on the street, and the subway map looked like a bowl of noodles."},
		{Body, "Ten years later, I still get lost sometimes."},
		{Body, "But now I know where to ask."},
	})
	checkPage(t, "a video story's headline opens with a link label", []pageLine{
		{Site, "The Seoul Herald"},
		{headline, "Watch: Night buses leave Gangnam after midnight"},
		{Dateline, "Posted : 2025-02-11 17:42"},
		{Body, "The Seoul Metropolitan Government said on Tuesday that it will add 12 late-night bus routes starting in March to help workers who finish after midnight."},
		{Link, "More: Oh Se-hoon raises subway fares"},
		{Body, "The new routes will run from 11:30 p.m. to 6 a.m., officials said."},
	})
	checkPage(t, "a list heading between articles of one file", []pageLine{
		{headline, "Seoul and Washington agree to resume talks"},
		{Body, "South Korea and the United States agreed on Monday to push for working-level talks with North Korea before the end of April."},
		{Related, "Most viewed articles"},
		{Body, "Second article of the same file"},
		{Body, "This paragraph opens the second article, which the file holds after the first one's furniture."},
	})
}

// TestStripDateline checks wire datelines of the agencies of both
// languages, and leads that open otherwise.
func TestStripDateline(t *testing.T) {
	tests := []struct {
		line, rest string
		ok         bool
	}{
		{"(서울=뉴스1) 김서연 기자 = 정부가 5일 새 대책을 발표했다.", "정부가 5일 새 대책을 발표했다.", true},
		{"[세종=뉴시스]김서연 기자 = 기획재정부는 5일 …", "기획재정부는 5일 …", true},
		{"(서울=연합뉴스) 홍길동 특파원 = 미국 국무부는 4일(현지시간) …", "미국 국무부는 4일(현지시간) …", true},
		{"(워싱턴=연합뉴스) 이상헌 특파원 = 조 바이든 대통령은 …", "조 바이든 대통령은 …", true},
		{"(서울=뉴스1) 김서연 박철수 기자 = 여야가 …", "여야가 …", true},
		{"(서울=뉴스1) 김서연 기자 박철수 기자 = 여야가 …", "여야가 …", true},
		{"【서울=뉴시스】 정부는 …", "정부는 …", true},
		{"[이데일리 김서연 기자] 삼성전자가 …", "삼성전자가 …", true},
		{"[헤럴드경제=김서연 기자] 삼성전자가 …", "삼성전자가 …", true},
		{"[파이낸셜뉴스] 코스피가 …", "코스피가 …", true},
		{"홍길동 기자 = 정부는 …", "정부는 …", true},
		{"SEOUL, Jan. 8 (Yonhap) -- North Korean leader Kim Jong-un …", "North Korean leader Kim Jong-un …", true},
		{"WASHINGTON (AP) — President Joe Biden said …", "President Joe Biden said …", true},
		{"LONDON, March 3 (Reuters) - British shares fell …", "British shares fell …", true},
		{"SEOUL -- South Korea's exports rose …", "South Korea's exports rose …", true},
		{"NEW YORK (AP) — Stocks fell …", "Stocks fell …", true},
		// Not datelines.
		{"[단독] 삼성전자, 새 공장 짓는다", "", false},
		{"[속보] 정부, 비상경제회의 소집", "", false},
		{"정부가 5일 새 대책을 발표했다.", "", false},
		{"U.S. — Korea talks resume on Monday.", "", false},
		{"KOSPI -- the main index -- fell 2 percent.", "", false},
		{"NATO's chief said on Monday that the alliance would not be divided.", "", false},
		{"(웃음) 그렇죠.", "", false},
		{"The talks (in Seoul) - which began Monday - ended early.", "", false},
	}
	for _, tc := range tests {
		rest, ok := StripDateline(tc.line)
		if ok != tc.ok || ok && rest != tc.rest || !ok && rest != tc.line {
			t.Errorf("StripDateline(%q) = %q, %v; want %q, %v", tc.line, rest, ok, tc.rest, tc.ok)
		}
	}
}

// TestSoft checks that captions are soft and other furniture hard, and
// that a paragraph is soft only when every line is a caption.
func TestSoft(t *testing.T) {
	for _, r := range []Reason{Dateline, Byline, Copyright, Interface, Link, Related, Section, Tags, Promo, Note, Address, Site, ListItem, Repeat, Trailer} {
		if r.Soft() {
			t.Errorf("%q is soft", r)
		}
	}
	if !Caption.Soft() {
		t.Error("Caption is not soft")
	}
	cases := []struct {
		p    Paragraph
		soft bool
	}{
		{Paragraph{Lines: []Reason{Caption}, Furniture: true}, true},
		{Paragraph{Lines: []Reason{Caption, Caption}, Furniture: true}, true},
		{Paragraph{Lines: []Reason{Caption, Repeat}, Furniture: true}, false},
		{Paragraph{Lines: []Reason{Body, Caption}}, false},
		{Paragraph{Lines: []Reason{Body}}, false},
	}
	for _, c := range cases {
		if c.p.Soft() != c.soft {
			t.Errorf("%v: Soft() = %v, want %v", c.p.Lines, !c.soft, c.soft)
		}
	}
}

func Example() {
	page := []string{
		"World",
		"Seoul stocks close higher on chip rally",
		"Posted : 2024-03-05 15:40 | Updated : 2024-03-05 16:02",
		"(서울=뉴스1) 김서연 기자 = 코스피가 5일 반도체주 강세에 힘입어 1% 넘게 올랐다.",
		"Traders work at a dealing room of a bank in Seoul on Tuesday. [YONHAP]",
		"Related Articles",
		"Won hits two-month high",
		"Foreign investors return to Korean stocks",
	}
	for i, v := range Detect(page) {
		fmt.Printf("%d furniture=%v soft=%v headline=%v reason=%q\n", i, v.Furniture, v.Soft(), v.Headline, v.Reason())
	}
	rest, ok := StripDateline(page[3])
	fmt.Println(ok, strings.TrimSpace(rest))
	// Output:
	// 0 furniture=true soft=false headline=false reason="section"
	// 1 furniture=false soft=false headline=true reason=""
	// 2 furniture=true soft=false headline=false reason="dateline"
	// 3 furniture=false soft=false headline=false reason=""
	// 4 furniture=true soft=true headline=false reason="caption"
	// 5 furniture=true soft=false headline=false reason="related"
	// 6 furniture=true soft=false headline=false reason="list item"
	// 7 furniture=true soft=false headline=false reason="list item"
	// true 코스피가 5일 반도체주 강세에 힘입어 1% 넘게 올랐다.
}
