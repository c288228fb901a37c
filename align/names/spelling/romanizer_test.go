package spelling_test

// An external test: the name matcher imports, through the English name
// finder and the romanizer, this package.

import (
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/bitext-ko/bitext/align/names/match"
	"github.com/bitext-ko/bitext/align/names/spelling"
)

// genericTerms are English words for the generic part of a place or an
// organization's name, with the Hangul they translate: the part the
// romanizer is not asked to spell (Han River 한강, Yonsei University
// 연세대학교). Prefixes come first in the English (Mount Halla 한라산),
// suffixes last.
var genericTerms = []struct {
	english string
	hangul  string
	prefix  bool
}{
	{"Province", "도", false},
	{"Island", "도", false},
	{"River", "강", false},
	{"University", "대학교", false},
	{"Airlines", "항공", false},
	{"Bank", "은행", false},
	{"Electronics", "전자", false},
	{"Motor", "자동차", false},
	{"Mount", "산", true},
	{"North", "북", true}, // North Chungcheong Province 충청북도
	{"South", "남", true},
}

// stripGeneric removes a generic term from both sides of a name.
func stripGeneric(english, hangulName string) (string, string) {
	h := spelling.Key(hangulName)
	for changed := true; changed; {
		changed = false
		for _, g := range genericTerms {
			if g.prefix && strings.HasPrefix(english, g.english+" ") && strings.HasSuffix(h, g.hangul) {
				english, h = strings.TrimPrefix(english, g.english+" "), strings.TrimSuffix(h, g.hangul)
				changed = true
			}
			if !g.prefix && strings.HasSuffix(english, " "+g.english) && strings.HasSuffix(h, g.hangul) {
				english, h = strings.TrimSuffix(english, " "+g.english), strings.TrimSuffix(h, g.hangul)
				changed = true
			}
		}
	}
	return english, h
}

// spellingExceptions are the entries whose established spelling the name
// matcher (and so bitext's romanization rules) does not recognize as a
// spelling of their Hangul: irregular spellings, Western name order with
// an English given name, stage names and translations. Each is allowed
// here with the reason; the test fails if one of them starts to match, so
// the list stays exact.
var spellingExceptions = map[string]string{
	"김범석 Bom Kim":                    "own form, Western order, 범석 as one syllable Bom",
	"서재필 Philip Jaisohn":             "adopted American name",
	"조용기 David Yonggi Cho":           "English baptismal name first",
	"김환기 Kim Whanki":                 "own spelling: 환 as Whan",
	"이우환 Lee Ufan":                   "own spelling: 우환 as Ufan",
	"양혜규 Haegue Yang":                "own spelling: 혜규 as Haegue, Western order",
	"이화여자대학교 Ewha Womans University": "translated: 여자 as Womans",
	"나선 Rason":                       "spelled as the North writes it, 라선",
	"현승종 Hyun Soong-jong":            "own spelling: 승 as Soong",
	"황우여 Hwang Woo-yea":              "own spelling: 여 as yea",
	"강경화 Kang Kyung-wha":             "own spelling: 화 as wha",
	"정경화 Chung Kyung-wha":            "own spelling: 화 as wha",
	"기성용 Ki Sung-yueng":              "own spelling: 용 as yueng",
	"조규성 Cho Gue-sung":               "own spelling: 규 as Gue",
	"전인지 Chun In-gee":                "own spelling: 지 as gee",
	"김연경 Kim Yeon-koung":             "own spelling: 경 as koung",
	"윤아 Yoona":                       "stage name written as one word, 윤아 as Yoona",
}

// TestSpellingsMatchRomanizer scores every entry's spelling against its
// Hangul with the name matcher (names match) and asks for the default
// threshold, 0.6: an established spelling is one of the forms bitext's
// romanization rules and their known variants can give, except for the
// listed irregular spellings. For places and organizations a translated
// generic term is set aside on both sides first (Han River 한강: Han 한).
func TestSpellingsMatchRomanizer(t *testing.T) {
	const threshold = 0.6
	seen := map[string]bool{}
	var low []string
	for _, e := range spelling.Default().Entries() {
		key := e.Hangul + " " + e.English
		seen[key] = true
		en, h := e.English, e.Hangul
		if e.Kind != spelling.Person {
			en, h = stripGeneric(en, h)
		}
		score := match.Score(en, h)
		reason, allowed := spellingExceptions[key]
		switch {
		case score < threshold && !allowed:
			t.Errorf("line %d: %s scores %.2f against %s (%s → %s), below %.1f: a typo, or an irregular spelling to list in spellingExceptions", e.Line, e.English, score, e.Hangul, en, h, threshold)
		case score >= threshold && allowed:
			t.Errorf("line %d: %s scores %.2f against %s, but is listed as an exception (%s): remove it from the list", e.Line, e.English, score, e.Hangul, reason)
		case allowed:
			low = append(low, key+" "+strconv.FormatFloat(score, 'f', 2, 64)+" ("+reason+")")
		}
	}
	for key := range spellingExceptions {
		if !seen[key] {
			t.Errorf("exception %q is not in the table", key)
		}
	}
	sort.Strings(low)
	for _, l := range low {
		t.Logf("exception: %s", l)
	}
}
