package furniture

// The word sets of this file are the vocabulary of news page layouts in
// English and Korean: the words of buttons, boxes and labels that any
// outlet's template uses, not the strings of one site. Each set is small
// and used by one rule; a word is lower-case (Hangul has no case).

// dateWords may stand in a dateline besides the date and time themselves.
var dateWords = setOf(`posted published updated modified edited created last
on at by : | kst gmt utc est edt pst cet jst am pm a.m. p.m. hrs
jan feb mar apr may jun jul aug sep sept oct nov dec january february march
april june july august september october november december mon tue wed thu
fri sat sun monday tuesday wednesday thursday friday saturday sunday
등록 수정 입력 승인 송고 게재 발행 업데이트 기사입력 최종수정 최종 편집 오전 오후
월요일 화요일 수요일 목요일 금요일 토요일 일요일`)

// dateLabels are the words that make a dateline a dateline anywhere.
var dateLabels = setOf(`posted published updated modified edited kst gmt utc est edt pst cet jst
등록 수정 입력 승인 송고 게재 발행 업데이트 기사입력 최종수정`)

// interfaceWords are the words of page controls in both languages: share
// bars, print and font-size buttons, audio players and reading times
// ("Listen to this article — 3 min", "5 min read", "기사 듣기 3분", "읽는
// 시간 3분", "오디오 기사"), log-in links, counters.
var interfaceWords = setOf(`share shares sharing facebook twitter x kakaotalk kakao kakaostory line band
naver telegram whatsapp linkedin pinterest reddit email e-mail mail print printer
font size text larger smaller increase decrease zoom scrap bookmark comment comments
like likes tweet copy link url subscribe subscription newsletter more related articles
article stories story most viewed read popular top latest news button click tap
original move go back list view previous next menu login logout signup sign save saved
listen audio play pause reset settings setting blog talk instagram youtube threads
advertisement advertisements ad ads sponsored log korean english version min mins minute minutes
페이스북 트위터 카카오톡 카카오스토리 카카오 밴드 네이버 라인 텔레그램 공유 공유하기 인쇄 이메일 메일 스크랩 글씨 글자
크기 키우기 줄이기 크게 작게 댓글 구독 좋아요 링크 복사 바로가기 클릭 원문 기사 많이 본 관련 목록 이전 다음
메뉴 검색 로그인 버튼 이동 보기 더보기 가 가+ 가- +가 -가 듣기 설정 저장 프린트 음성 재생 블로그 인스타그램
유튜브 스레드 엑스 광고 본문 한국어 영문 영어 응원 슬퍼요 화나요 원해요 훈훈해요 추천해요 응원해요
팬이에요 후속기사 쏠쏠정보 흥미진진 공감백배 분석탁월 후속강추 놀랐어요 최고예요 오디오 읽는 읽기 시간 분`)

// fontButtons are the letters of font-size buttons ("A A", "가 가", "A+ A-").
var fontButtons = setOf(`a a+ a- +a -a 가 가+ 가- +가 -가 + -`)

// functionWords neither count for nor against an interface or heading
// line.
var functionWords = setOf(`a an the on in to of that this for with by and or at up out from you your here
이 이런 더 및`)

// headingWords make the heading of a box of other articles ("Related
// Articles", "More from this section", "Most Read", "관련 기사", "이 기사와
// 함께 많이 본 뉴스"); headingKeys are the ones such a heading must hold.
var (
	headingWords = setOf(`related more most read viewed popular stories story articles article news
top latest trending recommended recommendation picks pick editor's editors' also like may might
section today's today week's this in from other others headlines watched shared commented next
what
관련 관련기사 관련뉴스 기사 뉴스 많이 본 인기 추천 주요 최신 함께 실시간 랭킹 오늘의 화제 화제의 핫 다른
볼만한 읽을 만한 기자의 분야 섹션 이슈 많이본 인기기사 주요뉴스 최신뉴스 기사와 읽은 시각 지금 읽으면 보면 좋은`)
	headingKeys = setOf(`related more most popular trending recommended picks latest headlines next also
관련 관련기사 관련뉴스 많이 많이본 인기 인기기사 추천 주요 주요뉴스 최신 최신뉴스 랭킹 화제 화제의 볼만한 함께`)
)

// sectionWords are the names of newspaper sections and desks, which label
// the top of a page ("World", "Business > Industry", "정치 > 국회·정당").
var sectionWords = setOf(`world national nation politics political business economy economic finance
financial markets market industry industries tech technology science culture lifestyle life
opinion opinions column columns columnists editorial editorials sports sport entertainment
foreign affairs social society defense defence diplomacy health travel arts art books film
movies music features feature people education environment local international asia
asia-pacific americas europe korea north k-pop biz companies real estate home news
latest breaking investigations investigation video photos photo multimedia science&tech
weather style food fashion obituaries letters commentary analysis interview interviews
special reports report global u.s. us china japan military security law justice crime
&
정치 경제 사회 국제 문화 산업 재계 오피니언 칼럼 사설 스포츠 연예 생활 과학 it 테크 전국 지역
북한 국회 정당 사건 사고 일반 국제일반 경제일반 사회일반 정치일반 문화일반 금융 증권 부동산 유통
건강 교육 환경 여행 라이프 피플 인물 외교 국방 통일 노동 법원 검찰 날씨 기획 연재 포토 영상
뉴스 전체 홈 세계 미국 중국 일본 아시아 유럽 중동 미주 종합 시사 기업 자동차 에너지 증시 대통령실
청와대 행정 지자체 교통 의료 복지 여성 종교 책 공연 전시 방송 게임 골프 야구 축구 농구 해외 국내
인터뷰 분석 해설 기고 시론 포럼 데스크 취재 단독 속보 이슈`)

// outletWords end or make the name of a newspaper, agency or broadcaster
// ("The Korea Times", "News1 Korea", "한국일보"): a short line holding one
// at the top of a page is the site's name.
var outletWords = setOf(`times daily herald news post journal press tribune gazette telegraph
guardian observer chronicle agency broadcasting broadcast network ilbo sinmun shinmun
independent inquirer standard star mail express examiner courier review monitor
일보 신문 뉴스 방송 통신 경제 신문사 미디어 데일리 타임스 헤럴드 투데이 닷컴`)

// promoActions start an English call to action; promoPlaces are what it
// promotes (a platform, an app, a newsletter); promoHooks are the words
// such promotions sell with. A promotion needs one of each.
var (
	promoActions = setOf(`follow subscribe sign download get join install like listen stay find
click tap visit check never don't want read watch receive`)
	promoPlaces = setOf(`facebook twitter instagram youtube tiktok telegram whatsapp linkedin threads
kakaotalk kakao naver line newsletter newsletters app apps podcast podcasts inbox alerts
notifications rss channel e-mail email store play subscribers subscription access`)
	promoHooks = setOf(`news stories updates latest breaking inbox headlines our us daily weekly free
notifications alerts top go more exclusive`)
)

// koPromoPlaces and koPromoActions are the same for Korean promotions
// ("▶ 네이버 메인에서 …을 구독하세요!", "[앱 설치하고 기사 듣기] …"),
// matched as parts of words.
var (
	koPromoPlaces  = []string{"카카오톡", "카카오", "네이버", "유튜브", "페이스북", "인스타그램", "텔레그램", "트위터", "앱", "어플", "채널", "뉴스레터", "팟캐스트", "구독", "알림", "포스트", "밴드", "홈페이지"}
	koPromoActions = []string{"구독", "추가", "다운로드", "설치", "받기", "받아", "만나보세요", "팔로우", "친구", "신청", "바로가기", "클릭", "확인하세요", "참여하세요", "보세요", "하세요", "듣기"}
)

// captionCredits are words of an English photo credit in parentheses
// ("(AFP)", "(Yonhap)", "(Korea Herald photo)", "(Courtesy of …)").
var captionCredits = setOf(`photo photos courtesy afp ap reuters yonhap epa xinhua kyodo news1 newsis
getty images image pool handout provided file capture screenshot herald times daily ilbo
agency corps office captured graphic yna upi dpa ansa tass`)
