package furniture

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bitext-ko/bitext/align/hangul"
	"github.com/bitext-ko/bitext/align/internal/space"
)

// Line judges one line on its own, by its shape: the rules that need no
// context. Detect adds the rules that depend on where a line stands
// (section labels and site names at the top, lists of other articles,
// trailers, bare dates at the edges, repeats).
//
// Every rule has a length limit in words and most a cheap test of a
// character or a word before their regular expressions, so that a line of
// text, which fails them all, costs little.
func Line(l string) Reason {
	l = strings.TrimSpace(l)
	if len(l) > maxLineBytes {
		// Too long to be furniture: neither split nor searched, so that a
		// line of any length (a whole book on one line) costs nothing.
		return Body
	}
	n := words(l, maxLineWords+1)
	if n == 0 || n > maxLineWords {
		return Body
	}
	ko := hasHangul(l) // Korean rules or English ones
	// The words of a line of up to 40, split only when a rule reads them.
	var ws []string
	split := func() []string {
		if ws == nil {
			ws = space.Fields(l)
		}
		return ws
	}
	switch {
	case n <= 16 && strings.ContainsAny(l, "0123456789") && isDateline(split()):
		if !hasDateLabel(split()) {
			return bareDate
		}
		return Dateline
	case isCaption(l, n, ko):
		return Caption
	case n <= 60 && isNote(l, ko):
		return Note
	case n <= 30 && isAddress(l):
		return Address
	case n <= 45 && isCopyright(l, n):
		return Copyright
	case n <= 12 && holdsEmail(l):
		return Byline
	case n <= 8 && isByline(split()), n <= 20 && isCredits(l):
		return Byline
	case n <= 40 && isTags(l, n):
		return Tags
	case n <= 35 && isPromo(l, n, ko):
		return Promo
	}
	if n > 40 {
		return Body
	}
	if r, ok := linkLine(l); ok {
		return r
	}
	switch {
	case n <= 8 && isHeading(split()):
		return Related
	case n <= 14 && isInterface(split()):
		return Interface
	case n <= 10 && isBreadcrumb(l):
		return Section
	}
	return Body
}

// holdsEmail is emailRe().MatchString(l), run only on the runs of l
// around each "@" that an address can be made of. Every rune of a match
// is a letter (\p{L}), a number (\p{N}) or one of "._%+-@", and the
// expression has no anchor and no \b, so a match lies inside such a run
// that holds its "@", and the run matches if and only if l does; on the
// whole line the expression would try every byte, reading the words after
// it each time.
func holdsEmail(l string) bool {
	in := func(r rune) bool {
		return unicode.IsLetter(r) || unicode.IsNumber(r) || strings.ContainsRune("._%+-@", r)
	}
	for i := 0; ; {
		j := strings.IndexByte(l[i:], '@')
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+1
		for start > 0 {
			r, size := utf8.DecodeLastRuneInString(l[:start])
			if !in(r) {
				break
			}
			start -= size
		}
		for end < len(l) {
			r, size := utf8.DecodeRuneInString(l[end:])
			if !in(r) {
				break
			}
			end += size
		}
		if emailRe().MatchString(l[start:end]) {
			return true
		}
		i = end // the run holds every "@" before end
	}
}

// maxLineWords and maxLineBytes bound the longest line any rule takes for
// furniture (a caption); a longer line is text.
const (
	maxLineWords = 80
	maxLineBytes = 4 << 10
)

// copyrightHints are the strings a copyright line holds one of; the
// regular expression runs only on lines that hold one. The English words
// are looked for only in lines that hold their key ("ght"), which starts
// with a rarer letter than they do.
var copyrightHints = []keyedHints{
	{"", []string{"©", "ⓒ", "(c)", "(C)", "무단", "재배포", "저작권"}},
	{"ght", []string{"opyright", "ights"}},
	{"GHT", []string{"OPYRIGHT", "IGHTS"}},
}

// keyedHints are hints that all hold their key, a string rarer in text
// than their first bytes (an empty key for none): a line without the key
// holds none of them, and is not searched for each.
type keyedHints struct {
	key   string
	hints []string
}

// containsAnyKeyed reports whether s holds one of the hints of groups:
// containsAnyOf on all of them.
func containsAnyKeyed(s string, groups []keyedHints) bool {
	for _, g := range groups {
		if (g.key == "" || contains(s, g.key)) && containsAnyOf(s, g.hints) {
			return true
		}
	}
	return false
}

// isCopyright reports a copyright notice: up to 25 words, or up to 45 when
// the line opens with it.
func isCopyright(l string, n int) bool {
	if !containsAnyKeyed(l, copyrightHints) {
		return false
	}
	return (n <= 25 || copyrightStartRe().MatchString(l)) && copyrightRe().MatchString(l)
}

// isDateline reports a line made mostly of dates, times and dateline words,
// holding at least one full date or a time.
func isDateline(words []string) bool {
	dates, other, strong := 0, 0, false
	for _, w := range words {
		t := lower(strings.Trim(w, ":|,()[]·"))
		digit := t != "" && t[0] >= '0' && t[0] <= '9' // as the expressions start
		switch {
		case t == "":
		case digit && (timeRe().MatchString(t) || dateRe().MatchString(t)):
			dates++
			strong = true
		case digit && koDateRe().MatchString(t):
			dates++
			strong = strong || strings.ContainsAny(t, "월시")
		case allDigits(t) && len(t) <= 4:
			dates++
		case dateWords[strings.TrimSuffix(t, ".")] || dateWords[t]:
			dates++
		default:
			if other++; 4*other > len(words) {
				// Dates can no longer be three times the other
				// words: a sentence that holds a number stops here.
				return false
			}
		}
	}
	return strong && dates >= 2 && other*3 <= dates
}

func hasDateLabel(words []string) bool {
	for _, w := range words {
		if dateLabels[lower(strings.Trim(w, ":|,()[]"))] {
			return true
		}
	}
	return false
}

// isCredits reports a line of credits (creditsRe, contributedRe). The
// contributor line, which may start anywhere, is looked for only in a line
// that holds its word.
func isCredits(l string) bool {
	if !containsAnyOf(l, []string{"입니다", ":", "：", "by", "By", "BY", "contributed"}) {
		return false
	}
	return hasAnyPrefixFold(l, creditsStarts) && creditsRe().MatchString(l) ||
		containsFold(l, "contributed") && contributedRe().MatchString(l)
}

// creditsStarts are how the first words of creditsRe start, lower-cased:
// every form of it is anchored at the start of the line, so a line that
// starts otherwise does not run it. "\u212ab" and "ſb" are "kb" and "sb"
// with the Kelvin sign and the long s, which (?i) takes for k and s.
var creditsStarts = []string{"kb", "\u212ab", "mb", "sb", "ſb", "yt", "jt", "ob", "tv", "채널", "연합", "뉴스",
	"촬영", "영상", "그래", "편집", "add", "rep", "wri", "edi"}

// containsFold reports whether s holds word, lower-case ASCII letters, in
// any case: as (?i) matches it when no letter of word has a case beyond
// ASCII (k and s have: the Kelvin sign, the long s).
func containsFold(s, word string) bool {
	for i := 0; i+len(word) <= len(s); i++ {
		if s[i]|0x20 == word[0] && strings.EqualFold(s[i:i+len(word)], word) {
			return true
		}
	}
	return false
}

// copyrightStartRe starts a long copyright notice ("Copyright (c) Yonhap
// News Agency prohibits its content from being redistributed…").
var copyrightStartRe = lazyRegexp(`(?i)^[<\[(]?\s*(?:copyright|[©ⓒ]|\(c\)|저작권)`)

// creditsRe is a line of credits rather than a byline: the sign-off of a
// broadcast report ("KBS 뉴스 홍길동입니다."), its crew ("촬영기자:김철수/
// 영상편집:이영희") or a wire story's reporting and editing credits
// ("Reporting by …; Editing by …"); contributedRe a contributor line
// ("… contributed to this report.").
var (
	creditsRe = lazyRegexp(`(?i)^(?:KBS|MBC|SBS|YTN|JTBC|MBN|OBS|TV조선|채널A|연합뉴스TV|뉴스Y)\s*(?:뉴스\s*)?[\p{Hangul}]{2,4}입니다\.?$` +
		`|^(?:촬영\s*기자|영상\s*취재|영상\s*편집|그래픽|촬영|편집)\s*[:：]` +
		`|^(?:additional\s+)?(?:reporting|writing|editing)\s+by\s+[^.]*(?:;|$|\.$)`)
	contributedRe = lazyRegexp(`(?i)\bcontributed\s+(?:to\s+)?(?:this\s+)?(?:report|story|reporting|article)\.?$`)
)

// isByline reports "By Name Surname, Seoul correspondent" and
// "서울/홍길동 기자", but not a sentence that ends with a name.
func isByline(words []string) bool {
	if len(words) >= 2 && (words[0] == "By" || words[0] == "BY") && startsUpper(words[1]) {
		return true
	}
	// A sentence ends inside only after a word that holds its period, and
	// not the last word.
	for _, w := range words[:len(words)-1] {
		if strings.ContainsAny(w, ".?!") {
			if sentenceInsideRe().MatchString(strings.Join(words, " ")) {
				return false
			}
			break
		}
	}
	last := strings.Trim(words[len(words)-1], "=,.·")
	return strings.HasSuffix(last, "기자") || strings.HasSuffix(last, "특파원") || last == "Correspondent" || last == "correspondent" && len(words) <= 5
}

// sentenceInsideRe finds the end of a Korean or English sentence inside a
// line.
var sentenceInsideRe = lazyRegexp(`[\p{Hangul}\p{Ll}][.?!]["'”’]?\s`)

// arrows start the link lines and promotions of Korean pages ("▶ 관련기사",
// "☞ …").
const arrows = "▶►☞→⇒➤➜▷▸■□◆◇●○•·※"

func startsWithArrow(l string) bool {
	r, _ := utf8.DecodeRuneInString(l)
	return strings.ContainsRune("▶►☞→⇒➤➜▷", r)
}

// trimArrows removes the arrows, bullets and spaces that start a line.
func trimArrows(l string) string {
	return strings.TrimLeft(l, arrows+" \t-*")
}

// linkLabelRe is the label of a link line to another article: "Related
// Article:", "READ MORE:", "Read also:", "ALSO READ |", "See also:",
// "[관련기사]", "관련기사 :", "[함께 보면 좋은 뉴스]", and the labels of
// group 1, words that also open sentences ("More:", "More from The Korea
// Herald:", "Watch:", "Listen:", "Read:", "Further reading:"); then a
// bracket, ':', '|' or a dash. Group 2 is what follows the label
// (linkLine wants a title there, and after the labels of group 1 one that
// does not end as a sentence).
var linkLabelRe = lazyRegexp(`(?i)^[\[【<〈(]?\s*(?:related(?:\s+(?:articles?|stories|story|news|links?|coverage|content|reading))?|read\s+(?:more|also|next)|also\s+read|see\s+also|more\s+on\s+this(?:\s+story)?|recommended(?:\s+(?:articles?|stories|reading))?|관련\s*기사|관련\s*뉴스|관련\s*글|관련\s*링크|추천\s*기사|(?:함께|같이)\s*(?:보면|읽으면)\s*좋은\s*(?:기사|뉴스)|이전\s*기사|다음\s*기사|(read(?:\s+further)?|also\s+(?:see|watch|on)|see\s+more|more(?:\s+from\s+[^:：|｜\[\]]{1,40}|\s+(?:stories|news|coverage|to\s+read))?|(?:watch|listen)(?:\s+(?:more|also|now|next|here))?|further\s+reading))\s*(?:[\]】>〉)]\s*[:：]?|[:：|｜]|\s[-–—]\s)\s*(.*)$`)

// linkHints are what a link label holds in its first bytes; the regular
// expression runs only on lines that start with one.
var linkHints = []string{"related", "read", "see also", "see more", "also", "more", "watch", "listen", "further", "recommended", "관련", "추천", "보면", "읽으면", "이전", "다음"}

// linkStarts are how the words of linkLabelRe start, lower-cased: a link
// label starts with one of them after its opening bracket and spaces. "ſe"
// is "se" with the long s, which (?i) matches as s.
var linkStarts = []string{"rel", "rea", "al", "se", "ſe", "mor", "wat", "li", "fur", "rec", "관련", "추천", "함께", "같이", "이전", "다음"}

// startsLinkLabel reports whether l starts as linkLabelRe requires: at
// most one opening bracket, spaces (\s: ASCII ones), and one of
// linkStarts; a line that does not cannot be a label, and needs neither
// lower-casing nor the hints.
func startsLinkLabel(l string) bool {
	for _, b := range []string{"[", "【", "<", "〈", "("} {
		if strings.HasPrefix(l, b) {
			l = l[len(b):]
			break
		}
	}
	return hasAnyPrefixFold(strings.TrimLeft(l, "\t\n\f\r "), linkStarts)
}

func matchLinkLabel(l string) []string {
	if !startsLinkLabel(l) {
		return nil
	}
	head := l
	if len(head) > 48 {
		head = head[:48]
	}
	if !containsAnyOf(lower(head), linkHints) {
		return nil
	}
	return linkLabelRe().FindStringSubmatch(l)
}

// linkLine reports a line that links to other articles: a label such as
// "READ MORE:" or "[관련기사]" with a title after it (Link: a line isItem
// takes for a headline) or alone (a heading, Related), or a line that
// starts with an arrow (Link), unless the arrow starts a long sentence
// (the "▶ 질문" of an interview).
func linkLine(l string) (Reason, bool) {
	rest := trimArrows(l)
	if m := matchLinkLabel(rest); m != nil {
		switch title := strings.TrimSpace(m[2]); {
		case title == "":
			return Related, true
		case isItem(title) && (m[1] == "" || !endsSentence(title)):
			return Link, true
		}
		// A label and a passage, or a sentence after a word that also
		// opens sentences: "More: the ministry said it would pay." is
		// the article's.
	}
	if !startsWithArrow(l) {
		return Body, false
	}
	if words := strings.Fields(rest); len(words) > 0 && len(words) <= 8 && isHeading(words) {
		return Related, true
	}
	if len(strings.Fields(l)) <= 15 || !endsSentence(l) {
		return Link, true
	}
	return Body, false
}

// isHeading reports the heading of a box of other articles: a short line,
// not a sentence, made of heading words and holding a key one ("Most
// Read", "More from this section", "이 기사와 함께 많이 본 뉴스").
func isHeading(words []string) bool {
	if endsSentence(strings.Join(words, " ")) {
		return false
	}
	key, total := false, 0
	for _, w := range words {
		t := lower(strings.TrimFunc(w, isPunctOrSymbol))
		if t == "" || functionWords[t] {
			continue
		}
		total++
		s := stripKoreanSuffix(t)
		if !headingWords[t] && !headingWords[s] && !headingWords[strings.TrimSuffix(t, "와")] {
			return false
		}
		key = key || headingKeys[t] || headingKeys[s]
	}
	return key && total > 0
}

// isInterface reports a line made mostly of interface words, or of the
// letters of font-size buttons ("A A", "가 가"); counters ("댓글 0") do not
// count, and a number before a unit counts as the unit ("3분", "5min").
func isInterface(words []string) bool {
	hits, total, fonts := 0, 0, 0
	for i, w := range words {
		if fontButtons[lower(w)] {
			fonts++
			continue
		}
		t := lower(strings.TrimFunc(w, isPunctOrSymbol))
		if t == "" || allDigits(t) {
			continue
		}
		if functionWords[t] {
			continue
		}
		if d := len(t) - len(strings.TrimLeft(t, "0123456789")); d > 0 {
			t = t[d:] // a number and its unit: "3분", "5min"
		}
		total++
		if interfaceWords[t] || interfaceWords[stripKoreanSuffix(t)] {
			hits++
		} else if misses, left := total-hits, len(words)-1-i; 3*(hits+left) < 7*misses {
			// Even if every word left were a hit, hits would stay
			// under 70% of the counted words.
			return false
		}
	}
	if total == 0 {
		return fonts >= 2
	}
	return hits*10 >= total*7
}

// isBreadcrumb reports a section path: two to four short segments joined
// by ">" or "›", possibly after the site's name and "|" ("Business >
// Industry", "한국일보 | 오피니언 > 칼럼").
func isBreadcrumb(l string) bool {
	if !strings.ContainsAny(l, ">›»▸") {
		return false
	}
	segs := crumbSepRe().Split(l, -1)
	if len(segs) < 2 || len(segs) > 5 {
		return false
	}
	for _, s := range segs {
		s = strings.TrimSpace(s)
		n := len(strings.Fields(s))
		if n == 0 || n > 3 || utf8.RuneCountInString(s) > 24 || strings.ContainsAny(s, ".?!,:;\"“”‘’()[]") || !hasLetter(s) {
			return false
		}
	}
	return true
}

var crumbSepRe = lazyRegexp(`\s*[>›»▸|]\s*`)

// tagLabelRe is the label of a line of tags ("Tags:", "Keywords:", "태그 :").
var tagLabelRe = lazyRegexp(`(?i)^(?:tags?|keywords?|topics?|related\s+(?:tags|topics)|태그|키워드|관련\s*태그|주제어)\s*[:：]\s*(.+)$`)

// tagHeadingRe is the label of a box of tags, alone ("Tags", "태그").
var tagHeadingRe = lazyRegexp(`(?i)^(?:tags|keywords|topics|related\s+tags|태그|키워드|관련\s*태그)\s*[:：]?$`)

// isTags reports a line of tags: a label and a list of short items
// ("Tags: Korea, Seoul, economy"), or hashtags only ("#북한 #경제"); n is
// the number of words of l. A heading alone has at most three ("related
// tags :").
func isTags(l string, n int) bool {
	if n <= 3 && tagHeadingRe().MatchString(l) {
		return true
	}
	if strings.IndexByte(l, '#') < 0 && strings.IndexByte(l, ':') < 0 && !strings.Contains(l, "：") {
		return false
	}
	if m := tagLabelRe().FindStringSubmatch(l); m != nil {
		if endsSentence(m[1]) {
			return false
		}
		for _, item := range strings.FieldsFunc(m[1], func(r rune) bool { return strings.ContainsRune(",，、·|#;", r) }) {
			if n := len(strings.Fields(item)); n > 5 {
				return false
			}
		}
		return true
	}
	words := strings.Fields(l)
	if len(words) > 0 && strings.HasSuffix(words[0], ":") {
		words = words[1:]
	}
	tags := 0
	for _, w := range words {
		if len(w) < 2 || w[0] != '#' || w[1] == '#' || unicode.IsDigit(rune(w[1])) && allDigits(w[1:]) {
			return false
		}
		tags++
	}
	return tags >= 2
}

// isPromo reports a promotion of the outlet's app, newsletter or social
// accounts: in English a call to action (first, or after a short opening
// clause) with a platform and a selling word ("Follow X on Facebook for
// the latest news", "Sign up for our daily newsletter…"); in Korean a
// platform and an action, ending as a request or a button, not as a
// sentence of the article ("▶ 네이버 메인에서 …을 구독하세요!"). n is the
// number of words of l, ko whether it holds Hangul.
func isPromo(l string, n int, ko bool) bool {
	if ko {
		return koreanPromo(l, n)
	}
	if n <= 8 && socialFollowRe().MatchString(l) {
		return true
	}
	if n <= 15 {
		for first := range strings.FieldsSeq(l) {
			if strongPromoStarts[lower(first)] {
				if m := strongPromoRe().FindStringSubmatch(l); m != nil && promoPlaces[strings.ToLower(m[1])] {
					return true
				}
			}
			break
		}
	}
	// The call to action is the first word, or the word after a comma or
	// a colon among the first six ("Breaking news: follow us on …"), or
	// the first word of a second sentence that starts among the first
	// twelve ("Subscribers get unlimited access to Seoul news. Join
	// today…"). Words are taken without their punctuation; k counts those
	// left non-empty, and the k-th is the action's when k is 0 or start
	// (only that word is lower-cased). The loop stops once that is
	// settled, and the words after are not split.
	i, k, start, action := -1, 0, 0, false
	for w := range strings.FieldsSeq(l) {
		if i++; k > 0 && (start == 0 && i >= 12 || start > 0 && k > start) {
			break
		}
		t := strings.TrimFunc(w, isPunctOrSymbol)
		if t == "" {
			continue
		}
		if k == 0 || k == start {
			action = action || promoActions[lower(t)]
		}
		k++
		if (i < 6 && strings.ContainsAny(w, ",:") || i < 12 && endsSentence(w)) && start == 0 && i+1 < n {
			start = k
		}
	}
	if !action {
		return false
	}
	place, hook := false, false
	for w := range strings.FieldsSeq(l) {
		t := lower(strings.TrimFunc(w, isPunctOrSymbol))
		place = place || promoPlaces[t]
		hook = hook || promoHooks[t]
	}
	return place && hook
}

// strongPromoRe is a call to install or subscribe that needs no selling
// word: "Download the Korea Herald app", "Subscribe to our newsletter".
var strongPromoRe = lazyRegexp(`(?i)^(?:download|install|subscribe\s+to|sign\s+up\s+for|get)\s+(?:the|our|now|free)\b.*?\b(apps?|newsletters?|podcasts?|channel)\b`)

var strongPromoStarts = setOf(`download install subscribe sign get`)

// socialFollowRe is a short "Follow X on Instagram".
var socialFollowRe = lazyRegexp(`(?i)^(?:follow|like|join|find)\s+.{1,40}\s+on\s+(?:facebook|twitter|x|instagram|youtube|tiktok|telegram|kakaotalk|naver|linkedin|threads|whatsapp)\b`)

// koTipRe is the call for tips of Korean news pages ("제보는 카카오톡
// okjebo", "▶ 제보하기").
var koTipRe = lazyRegexp(`^[\[(<]?\s*(?:[▶►☞▷]\s*)?(?:기사\s*)?제보\s*(?:는|하기|[:：]|\s*(?:카카오톡|이메일|전화))`)

// koreanPromo is isPromo on a Korean line of n words.
func koreanPromo(l string, n int) bool {
	if strings.Contains(l, "제보") && koTipRe().MatchString(strings.TrimSpace(l)) {
		return true
	}
	t := strings.TrimRight(strings.TrimSpace(l), ".!~ ")
	if strings.HasSuffix(t, "다") || n > 25 {
		return false
	}
	if !containsAnyOf(l, koPromoPlaces) || !containsAnyOf(l, koPromoActions) {
		return false
	}
	for _, end := range []string{"세요", "하기", "받기", "추가", "보기", "듣기", "가기", "구독", "요", "신청", "설치", "다운로드"} {
		if strings.HasSuffix(t, end) {
			return true
		}
	}
	return strings.HasSuffix(strings.TrimSpace(l), "!")
}

// Notes about the article: who translated it, how it was written, whose
// views it holds. Each English form carries its own key, so that a
// sentence of the article that starts the same way ("Translated by Kim,
// the novel became…", "The views expressed by the minister…") is text.
var (
	// enNotes are the English forms, each with the starts its first
	// word can have: the line holds one of them, in any case, where
	// the expression matches the word (after the opening bracket and the
	// spaces isNote trims), so that the expression runs only on such a
	// line. A start stops before any k or s, which (?i) also matches
	// as the Kelvin sign and the long s.
	enNotes = []struct {
		starts []string
		re     func() *regexp.Regexp // compiled on first use
	}{
		// "This article was originally written in Korean and translated by…"
		{[]string{"th"}, lazyRegexp(`(?i)^[\[(*※]?\s*(?:this|the)\s+(?:article|story|report|column|piece|interview|content|text)\s+(?:was|is|has\s+been)\b.*(?:translat|originally|generative|\bAI\b|syndicat|in\s+partnership|first\s+(?:published|appeared))`)},
		// "Translated by the editorial staff." (the credit ends there)
		{[]string{"tran", "edited"}, lazyRegexp(`(?i)^[\[(*※]?\s*(?:translated|edited\s+and\s+translated|translation)\s+(?:by|from|with)\s+[^,;:.]{1,60}(?:[.)\]](?:\s|$)|$)`)},
		// "The views expressed in this column are the author's own."
		{[]string{"the", "vie", "opinion"}, lazyRegexp(`(?i)^[\[(*※]?\s*(?:the\s+)?(?:views|opinions)\s+(?:and\s+opinions\s+)?expressed\b.*\b(?:author|writer|columnist|necessarily|reflect|own)`)},
		// "This is an English translation of a Korean article."
		{[]string{"thi"}, lazyRegexp(`(?i)^[\[(*※]?\s*this\s+is\s+(?:an?\s+)?(?:\w+\s+)?(?:translation|translated\s+version)\s+of\b`)},
		// "[Editor's note] …", "Editor's note: …"
		{[]string{"editor"}, lazyRegexp(`(?i)^[\[(*※]?\s*editor'?s\s+note\s*[:\])]`)},
	}
	koNoteRe  = lazyRegexp(`^[\[(*※<]?\s*(?:이\s*기사는|본\s*기사는|이\s*칼럼은|본\s*칼럼은|이\s*콘텐츠는|본\s*콘텐츠는|외부\s*(?:필진|필자|기고)|(?:영문\s*)?번역\s*[:=]|감수\s*[:=])`)
	koNoteKey = lazyRegexp(`번역|원문|작성|게재|제공|의견|입장|AI|인공지능|생성형|편집\s*방향|다를\s*수|필자`)
)

// noteTrimmed are the runes isNote trims before the line's first letter:
// the brackets of its expressions and the spaces of their \s (ASCII:
// a tab after the bracket is one of them).
const noteTrimmed = "[(*※< \t\n\f\r"

// isNote reports a translation note, an editor's note or an opinion
// disclaimer ("This article was originally written in Korean and
// translated by…", "Translated by the editorial staff.", "이 기사는 …
// 번역했습니다"); ko reports Hangul in l.
//
// The line's first letter, after the brackets and spaces its expressions
// allow, chooses them: a Hangul syllable can start only koNoteRe's
// words, an ASCII letter only those of enNotes.
func isNote(l string, ko bool) bool {
	rest := strings.TrimLeft(l, noteTrimmed)
	first, _ := utf8.DecodeRuneInString(rest)
	if ko {
		return strings.ContainsRune("이본외번영감", first) && koNoteRe().MatchString(l) && koNoteKey().MatchString(l)
	}
	if !strings.ContainsRune("TtEeVvOo", first) {
		return false
	}
	for _, n := range enNotes {
		if hasAnyPrefixFold(rest, n.starts) && n.re().MatchString(l) {
			return true
		}
	}
	return false
}

// hasAnyPrefixFold reports whether s starts with one of prefixes, which
// are lower case: their ASCII letters in either case, their other bytes
// as they are.
func hasAnyPrefixFold(s string, prefixes []string) bool {
next:
	for _, p := range prefixes {
		if len(s) < len(p) {
			continue
		}
		for i := 0; i < len(p); i++ {
			c := s[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != p[i] {
				continue next
			}
		}
		return true
	}
	return false
}

// Publisher address lines: a phone number with its label, a registration
// number, or a street address, as one of the segments of a line cut by
// " · " or " | " ("… · Tel 02-724-2114", "… | 대표전화 … | 등록번호 …").
var (
	phoneRe      = lazyRegexp(`(?i)(?:\btel|\bphone|\bfax|대표\s*전화|전화|팩스|t\.)\s*[.:)]?\s*(?:\+82[-. ]?)?\(?0?\d{1,3}\)?[-. ]\d{3,4}[-. ]\d{4}`)
	registryRe   = lazyRegexp(`(?i)등록\s*번호|사업자\s*등록|등록\s*일자|발행\s*[·ㆍ]?\s*편집인|발행인|편집인|청소년\s*보호\s*책임자|통신판매업|registration\s+(?:no|number)|publisher\s*[:&]`)
	streetRe     = lazyRegexp(`(?i)^\d+(?:-\d+)?\s+[\p{L}-]+(?:-(?:ro|gil|daero|dong)|\s+(?:street|st\.|road|rd\.|avenue|ave\.|boulevard|blvd\.))\b|(?:특별시|광역시|(?-i:[가-힣])+시|(?-i:[가-힣])+구|(?-i:[가-힣])+군)\s+.*(?-i:[가-힣0-9])+(?:로|길)\s*\d+`)
	segmentSepRe = lazyRegexp(`\s+[·|ㆍ]\s+`)
)

// hasPhoneDigits reports whether l holds what every match of phoneRe
// ends with, \d{3,4}[-. ]\d{4}: three digits, a dash, a period or a space,
// and four digits. A line without them (a dateline, a line of figures)
// does not run the expression, which looks for a label at every byte.
func hasPhoneDigits(l string) bool {
	digit := func(i int) bool { return '0' <= l[i] && l[i] <= '9' }
	for j := 3; j+4 < len(l); j++ {
		if c := l[j]; (c == '-' || c == '.' || c == ' ') && digit(j-3) && digit(j-2) && digit(j-1) &&
			digit(j+1) && digit(j+2) && digit(j+3) && digit(j+4) {
			return true
		}
	}
	return false
}

// hasRegistryWord reports whether l holds what every match of registryRe
// holds: "등록", "발행", "편집인", "청소년", "통신판매업", or "regi" or
// "publi" in any case (the letters before the first s, which (?i) also
// matches as the long s ſ; the others fold onto no rune beyond ASCII). A
// line without one does not run the expression, which looks for them at
// every byte.
func hasRegistryWord(l string) bool {
	return contains(l, "등록") || contains(l, "발행") || contains(l, "편집인") || contains(l, "청소년") || contains(l, "통신판매업") ||
		containsFold(l, "regi") || containsFold(l, "publi")
}

// mayBeStreet reports whether s holds what every match of streetRe
// needs: an ASCII digit first (\d of its English form), or "시", "구" or
// "군", which end the city or district of its Korean form. A segment
// without them does not run the expression.
func mayBeStreet(s string) bool {
	return s != "" && '0' <= s[0] && s[0] <= '9' || contains(s, "시") || contains(s, "구") || contains(s, "군")
}

func isAddress(l string) bool {
	if endsSentence(l) {
		return false
	}
	if digits(l) >= 7 && hasPhoneDigits(l) && phoneRe().MatchString(l) {
		return true
	}
	if !hasSegmentSep(l) {
		return false
	}
	segs := segmentSepRe().Split(l, -1)
	if len(segs) < 2 {
		return false
	}
	if hasRegistryWord(l) && registryRe().MatchString(l) {
		return true
	}
	for _, s := range segs {
		if s = strings.TrimSpace(s); mayBeStreet(s) && streetRe().MatchString(s) {
			return true
		}
	}
	return false
}

// hasSegmentSep reports whether l holds " · ", " | " or " ㆍ ", the
// separators segmentSepRe splits at when they have one space each side.
// It looks for the marks, which few lines hold, rather than for their
// first byte, a space, which every line of words holds.
func hasSegmentSep(l string) bool {
	for _, mark := range []string{"·", "|", "ㆍ"} {
		for i := 0; ; {
			j := strings.Index(l[i:], mark)
			if j < 0 {
				break
			}
			j += i
			if end := j + len(mark); j > 0 && l[j-1] == ' ' && end < len(l) && l[end] == ' ' {
				return true
			}
			i = j + len(mark)
		}
	}
	return false
}

// endsSentence reports a line that ends as a sentence does, closing quotes
// and brackets aside.
func endsSentence(l string) bool {
	l = strings.TrimRight(l, " \t\"'”’)]」』")
	last, _ := utf8.DecodeLastRuneInString(l)
	return strings.ContainsRune(".?!。", last)
}

func hasHangul(s string) bool {
	for _, r := range s {
		if hangul.IsSyllable(r) {
			return true
		}
	}
	return false
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

func isPunctOrSymbol(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) }

// lower is strings.ToLower without the copy when there is nothing to
// lower (Hangul, lower-case words). ASCII and Hangul syllables are told
// without the Unicode tables.
func lower(s string) string {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				return strings.ToLower(s)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !hangul.IsSyllable(r) && unicode.IsUpper(r) {
			return strings.ToLower(s)
		}
		i += n
	}
	return s
}

func digits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			n++
		}
	}
	return n
}

func containsAnyOf(s string, subs []string) bool {
	for _, sub := range subs {
		if contains(s, sub) {
			return true
		}
	}
	return false
}

// contains is strings.Contains(s, sub), faster for a sub that starts
// with a Hangul syllable (무단, 저작권): strings.Index looks for the first
// byte of sub, and the lead bytes of syllables (0xEA to 0xED) start
// nearly every character of Korean text, so it looks for the rest of sub
// instead, whose first byte (a continuation byte) is far rarer, and then
// for the lead byte before it.
func contains(s, sub string) bool {
	if len(sub) < 4 || sub[0] < 0xEA || sub[0] > 0xED {
		return strings.Contains(s, sub)
	}
	rest := sub[1:]
	for i := 1; i+len(rest) <= len(s); {
		j := strings.Index(s[i:], rest)
		if j < 0 {
			return false
		}
		if s[i+j-1] == sub[0] {
			return true
		}
		i += j + 1
	}
	return false
}
