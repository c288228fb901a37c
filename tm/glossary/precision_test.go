package glossary

import (
	"strings"
	"testing"

	"github.com/bitext-ko/bitext/align"
)

// TestPrecisionRules checks, on one aligned paragraph pair each, the
// rules against the kinds of junk issue 13 found in glossaries: pairs
// whose sides are different entities, postpositions and modifiers left
// on the Hangul, sentence-initial and derived words taken for names,
// and untyped names.
func TestPrecisionRules(t *testing.T) {
	tests := []struct {
		name   string
		en, ko string
		want   []string // "English=Hangul=type" entries that must be there
		absent []string // English or Hangul forms that must not be
	}{
		{"a longer name whose head the Hangul lacks",
			"The letter went to EU staff at NHS Scotland last week. Scotland is your home, it said.",
			"편지는 지난주 NHS 스코틀랜드의 EU 직원들에게 보내졌다. 스코틀랜드는 여러분의 집이라고 편지는 말했다.",
			[]string{"Scotland=스코틀랜드=place"}, []string{"NHS Scotland"}},
		{"a name inside a group's name",
			"Activists waved Tories Against Brexit banners as Brexit talks went on.",
			"활동가들은 브렉시트 협상이 이어지는 가운데 반대 현수막을 흔들었다.",
			[]string{"Brexit=브렉시트=other"}, []string{"Tories Against Brexit"}},
		{"a common noun of a longer name",
			"He told BBC Radio 4's Today programme that the plan works.",
			"그는 BBC 라디오 4의 오늘의 프로그램에서 계획이 통한다고 말했다.",
			nil, []string{"라디오", "BBC Radio"}},
		{"a country inside a party's name",
			"The general secretary of the Communist Party of Vietnam met him in Vietnam.",
			"공산당 서기장은 베트남에서 그를 만났다.",
			[]string{"Vietnam=베트남=place"}, []string{"Communist Party of Vietnam=베트남"}},
		{"a common noun of a project's name",
			"The Environmental Integrity Project said the project would sue.",
			"환경 보전 프로젝트는 소송을 낼 것이라고 밝혔다.",
			nil, []string{"Environmental Integrity Project", "프로젝트"}},
		{"an acronym of a disorder",
			"He linked the behaviour to PTSD from his service in Iraq.",
			"그는 그 행동이 이라크 파병에서 비롯된 외상 후 스트레스 장애 때문이라고 말했다.",
			[]string{"Iraq=이라크=place"}, []string{"PTSD", "장애"}},
		{"a postposition on a name",
			"Talks in Europe went on. Europe's leaders met.",
			"유럽에서 회담이 이어졌다. 유럽에 있는 지도자들이 만났다.",
			[]string{"Europe=유럽=place"}, []string{"유럽에"}},
		{"a postposition before a Latin gloss",
			"Mexican President-elect Andres Manuel Lopez Obrador has vowed never to use force. Lopez Obrador said so again.",
			"멕시코의 대선 주자 안드레스 마누엘 로페스 오브라도르가(Andres Manuel Lopez Obrador) 무력을 쓰지 않겠다고 맹세했다. 로페스 오브라도르는 다시 그렇게 말했다.",
			[]string{"Andres Manuel Lopez Obrador=안드레스 마누엘 로페스 오브라도르=person"}, []string{"안드레스 마누엘 로페스 오브라도르가", "Lopez Obrador"}},
		{"a modifier before a Latin gloss",
			"Drivers at Deutsche Bahn, the national railway, went on strike.",
			"국영 철도 회사인 도이체반(Deutsche Bahn)의 기관사들이 파업했다.",
			[]string{"Deutsche Bahn=도이체반"}, []string{"회사인 도이체반"}},
		{"a member noun against its country",
			"He pledged to support young Mexicans with subsidies, Mexico's leader said.",
			"멕시코 지도자는 그가 보조금으로 멕시코 젊은이를 지원하겠다고 약속했다고 말했다.",
			[]string{"Mexico=멕시코=place"}, []string{"Mexicans"}},
		{"a sentence-initial word before a name",
			"Within Scotland, each school will differ in the languages it teaches.",
			"스코틀랜드 내에서 각 학교가 가르치는 언어는 다양할 것이다.",
			[]string{"Scotland=스코틀랜드=place"}, []string{"Within Scotland"}},
		{"a surname folds into the full name the English writes",
			"Out-of-form Mickelson benched. American Phil Mickelson will set a record on Sunday.",
			"컨디션이 안 좋은 미켈슨. 미국의 미켈슨은 일요일에 기록을 세운다.",
			[]string{"Phil Mickelson=미켈슨=person"}, []string{"Out-of-form Mickelson"}},
		{"types from the words around a name",
			"City manager Pep Guardiola spoke in Dresden, and Toyota's plant in Burnaston stopped.",
			"맨시티 감독 펩 과르디올라는 드레스덴에서 말했고, 버나스톤의 토요타 공장은 멈췄다.",
			[]string{"Pep Guardiola=펩 과르디올라=person", "Dresden=드레스덴=place", "Toyota=토요타=organization"}, nil},
		{"a place word written onto a name",
			"Mike Lee of Utah questioned him. Hundreds died on Nias Island.",
			"유타주의 마이크 리가 그를 심문했다. 니아스섬에서 수백 명이 숨졌다.",
			[]string{"Utah=유타주=place", "Nias Island=니아스섬=place", "Mike Lee=마이크 리=person"}, nil},
		{"a function-word modifier before a Latin-glossed name",
			"A bill to create a National Security Commission on Artificial Intelligence has stalled.",
			"인공 지능에 관한 국가안보위원회(National Security Commission)를 만드는 법안은 멈춰 있다.",
			[]string{"National Security Commission=국가안보위원회=organization"}, []string{"관한 국가안보위원회"}},
		{"a Latin gloss without the head the Korean writes after it",
			"In the 1980s at Carnegie Mellon University he worked on an AI system.",
			"1980년 카네기 멜론(Carnegie Mellon) 대학에서 그는 한 AI 시스템을 연구했다.",
			[]string{"Carnegie Mellon University=카네기 멜론 대학=organization"}, []string{"Carnegie Mellon"}},
		{"a part of a country for the country",
			"Sterling has been fit for England and Brighton alike.",
			"스털링은 영국 대표팀과 브라이튼에서 모두 건강했다.",
			nil, []string{"England=영국"}},
		{"member nouns and adjectives of a people",
			"A Czechoslovak Jew fled the Nazi invasion of Prague.",
			"체코슬로바키아의 한 유대인은 나치의 프라하 침공을 피해 달아났다.",
			[]string{"Prague=프라하=place"}, []string{"Czechoslovak Jew", "Nazi"}},
		{"a word of a longer name already paired",
			"Pompeo told the U.N. Security Council that Security Council sanctions must go on.",
			"폼페이오는 유엔 안전보장이사회에서 안보리 제재가 계속되어야 한다고 말했다.",
			[]string{"U.N. Security Council=유엔 안전보장이사회", "Security Council=안보리"}, []string{"Security Council=안전보장이사회"}},
		{"a compass word for a region or a side",
			"Officers were ready to act against Hitler if only the West had resisted him.",
			"서방이 그에게 저항하기만 했다면 장교들은 히틀러에 맞설 준비가 되어 있었다.",
			[]string{"West=서방=place", "Hitler=히틀러"}, nil},
		{"an acronym the English spells out and the Korean glosses",
			"These schools, represented by the Scottish Council of Independent Schools (SCIS), do well. SCIS data show it.",
			"스코틀랜드 사립학교위원회(SCIS)가 대표하는 이 학교들은 잘하고 있다. SCIS 자료가 이를 보여 준다.",
			[]string{"Scottish Council of Independent Schools=스코틀랜드 사립학교위원회=organization", "SCIS=스코틀랜드 사립학교위원회"},
			[]string{"사립학교위원회"}},
		{"a place with a name of its own beside a longer one",
			"He served Great Britain in one film. Britain loves him.",
			"그는 한 영화에서 영국을 위해 봉사했다. 영국은 그를 사랑한다.",
			[]string{"Great Britain=영국=place", "Britain=영국=place"}, nil},
		{"a short form of several people",
			"Sarah Palin's son Track Palin was arrested. Palin said nothing.",
			"세라 페일린의 아들 트랙 페일린이 체포되었다. 페일린은 아무 말도 하지 않았다.",
			[]string{"Sarah Palin=세라 페일린=person", "Track Palin=트랙 페일린=person"}, []string{"Palin"}},
		{"a dictionary word alone against a loose match",
			"The coalition of the Social Democrats, Free Democrats and Greens met in Dresden.",
			"연정은 드레스덴에서 만났다. 장관이 페리에서 내리는 것을 막았다.",
			[]string{"Dresden=드레스덴=place"}, []string{"Free"}},
		{"a name the Korean writes partly in Latin letters",
			"Another poll, conducted by Macedonia's Telma TV, found 57 percent would vote.",
			"마케도니아의 텔마(Telma) TV에서 시행한 다른 여론조사에서는 57퍼센트가 투표하겠다고 답했다.",
			[]string{"Macedonia=마케도니아=place"}, []string{"Telma", "텔마"}},
		{"a surname spelled otherwise than in the full name",
			"In Skopje, Vladimir Kavardarkov, 54, was preparing a stage. \"We want to join,\" Kavadarkov said.",
			"스코페에서 블라디미르 카바르다코브(Vladimir Kavardarkov)(54세)가 무대를 준비하고 있었습니다. \"우리는 가입하기를 원합니다\"라고 카바르다코브가 말했습니다.",
			[]string{"Vladimir Kavardarkov=블라디미르 카바르다코브=person"}, []string{"Kavadarkov"}},
		{"a head word alone",
			"Her book, \"Funny Parts: Sneaking Into the Hollywood Boys\" Club,\" has another theory. Celtic won the Championship.",
			"그녀는 할리우드 소년 클럽에 몰래 들어가는 이야기를 썼고, 셀틱은 챔피언십에서 우승했다.",
			[]string{"Hollywood=할리우드", "Championship=챔피언십"}, []string{"Club"}},
		{"a translated name twice, once with a place word written onto it",
			"Washington can use its Navy to keep Russian energy out of markets, including in the Middle East. They are in the Middle East to broker energy, he said.",
			"워싱턴은 해군에 의존해 중동지역을 포함한 시장에서 러시아 에너지를 막을 수 있다. 그들이 중동에 있는 이유는 에너지를 중개하기 위해서라고 그는 말했다.",
			[]string{"Middle East=중동지역=place", "Middle East=중동=place", "Navy=해군"}, nil},
		{"a word capitalized only at a sentence's start, before a noun",
			"Online shopping and a shift towards discounters have hurt Debenhams. Nickel mining is also important in the province.",
			"온라인 쇼핑과 할인점으로의 이동이 데벤함스에 타격을 주었다. 니켈 채굴도 이 지방에서 중요하다.",
			[]string{"Debenhams=데벤함스"}, []string{"Online", "Nickel", "온라인", "니켈"}},
		{"a known place at a sentence's start",
			"Indonesia has been hit by a string of earthquakes.",
			"인도네시아는 잇따른 지진을 겪었다.",
			[]string{"Indonesia=인도네시아=place"}, nil},
		{"a people against its country",
			"Cologne has the largest Turkish population outside Turkey. Scotland voted; most Scots stayed home.",
			"쾰른은 가장 많은 수의 재외 터키인이 사는 곳이다. 스코틀랜드가 투표했지만 스코틀랜드인 대부분은 집에 머물렀다.",
			[]string{"Cologne=쾰른=place", "Scotland=스코틀랜드=place"}, []string{"터키인", "스코틀랜드인"}},
		{"a university against its state",
			"Trump is popular in the state, Simon Haeder, a political scientist at West Virginia University, said.",
			"사이몬 해더 웨스트버지니아대 정치학자는 트럼프가 그 주에서 인기가 있다고 말했다.",
			nil, []string{"West Virginia=웨스트버지니아대"}},
		{"a name ending in a syllable that ends peoples",
			"Spain and Bahrain signed the deal.",
			"스페인과 바레인이 협정에 서명했다.",
			[]string{"Spain=스페인=place", "Bahrain=바레인=place"}, nil},
		{"a company named with an ampersand",
			"Holly Willoughby is to focus on her new contracts with Marks & Spencer and ITV.",
			"홀리 윌로비는 마크스&스펜서와 ITV와의 새 계약에 집중할 것이다.",
			[]string{"Marks & Spencer=마크스&스펜서=organization"}, []string{"마크스", "스펜서", "Marks", "Spencer"}},
		{"a company the Korean joins with an ampersand and the English with and",
			"Holly Willoughby is to focus on her new contracts with Marks and Spencer and ITV.",
			"홀리 윌로비는 마크스&스펜서와 ITV와의 새 계약에 집중할 것이다.",
			nil, []string{"마크스", "스펜서"}},
		{"a head the Korean translates",
			"There were few who rose in the Joseon Dynasty.",
			"조선 시대에는 신분이 오른 사람이 드물었다.",
			[]string{"Joseon Dynasty=조선 시대=other"}, []string{"Joseon=조선"}},
	}
	for _, tc := range tests {
		b := NewBuilder(Options{})
		b.Add("d", align.Align([]string{tc.en}, []string{tc.ko}, align.Options{MinScore: 0.5}))
		got := map[string]bool{}
		var all []string
		for _, e := range b.Entries() {
			for _, f := range e.Forms {
				got[f.English+"="+e.Hangul+"="+string(e.Type)] = true
				got[f.English+"="+e.Hangul] = true
				got[f.English], got[e.Hangul] = true, true
				all = append(all, f.English+"="+e.Hangul+"="+string(e.Type))
			}
		}
		for _, w := range tc.want {
			if !got[w] {
				t.Errorf("%s: no %s (got %s)", tc.name, w, strings.Join(all, ", "))
			}
		}
		for _, a := range tc.absent {
			if got[a] {
				t.Errorf("%s: %q in the glossary (got %s)", tc.name, a, strings.Join(all, ", "))
			}
		}
	}
}
