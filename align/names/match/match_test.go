package match

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/bitext-ko/bitext/align/names/english"
)

func TestScoreMatches(t *testing.T) {
	// Each English name must score at least min against its Hangul.
	tests := []struct {
		en, ko string
		min    float64
	}{
		{"Kim Jong-un", "김정은", 0.95},
		{"Kim Jong Un", "김정은", 0.95},
		{"KIM Jong-un", "김정은", 0.95},
		{"Kim Chŏng-ŭn", "김정은", 0.95},
		{"Jong-un Kim", "김정은", 0.9},
		{"North Korean leader Kim Jong-un", "김정은", 0.95},
		{"Ri Yong-ho", "리용호", 0.95},
		{"Ri Yong-ho", "이용호", 0.95},
		{"Lim Jong-sim", "임종심", 0.9},
		{"Yoo Myung-hee", "유명희", 0.9},
		{"Ryu Myung-hee", "류명희", 0.9},
		{"Choi Kyoung-hwan", "최경환", 0.9},
		{"Namkoong Min", "남궁민", 0.95},
		{"Mike Pompeo", "폼페이오", 0.75},
		{"Pompeo", "폼페이오", 0.9},
		{"Xi Jinping", "시진핑", 0.95},
		{"Trump", "트럼프", 0.9},
		{"Vietnam", "베트남", 0.85},
		{"Kritenbrink", "크리튼브링크", 0.9},
		{"Shinzo Abe", "아베 신조", 0.9},
		{"United States", "미국", 1},
		{"the U.S.", "미국", 1},
		{"US", "미국", 1},
		{"DPRK", "북한", 1},
		{"White House", "백악관", 1},
		{"UN", "유엔", 1},
		{"CIA", "시아이에이", 1},
	}
	for _, tt := range tests {
		if got := Score(tt.en, tt.ko); got < tt.min || got > 1 {
			t.Errorf("Score(%q, %q) = %.3f, want ≥ %.2f", tt.en, tt.ko, got, tt.min)
		}
	}
}

func TestScoreRanks(t *testing.T) {
	// The right Hangul must score above the wrong one.
	tests := []struct{ en, right, wrong string }{
		{"Kim Jong-un", "김정은", "김정일"},
		{"Kim Jong-il", "김정일", "김정은"},
		{"Kim Yo-jong", "김여정", "김정은"},
		{"Moon Jae-in", "문재인", "문재연"},
		{"Pompeo", "폼페이오", "펜스"},
		{"Pence", "펜스", "폼페이오"},
		{"Trump", "트럼프", "트루먼"},
		{"Park Geun-hye", "박근혜", "박근해"},
		{"Lee Nak-yon", "이낙연", "이낙현"},
	}
	for _, tt := range tests {
		r, w := Score(tt.en, tt.right), Score(tt.en, tt.wrong)
		if r <= w {
			t.Errorf("%q: %s %.3f not above %s %.3f", tt.en, tt.right, r, tt.wrong, w)
		}
	}
}

func TestScoreNonMatches(t *testing.T) {
	tests := []struct{ en, ko string }{
		{"Moon Jae-in", "김정은"},
		{"Angela Merkel", "시진핑"},
		{"Trump", "북한"},
		{"", "김정은"},
		{"Kim Jong-un", ""},
		{"Kim Jong-un", "金正恩"},
		{"12345", "김정은"},
	}
	for _, tt := range tests {
		if got := Score(tt.en, tt.ko); got > 0.5 {
			t.Errorf("Score(%q, %q) = %.3f, want ≤ 0.5", tt.en, tt.ko, got)
		}
	}
}

// TestScoreDifferentPerson: a given-name syllable spelled as another
// syllable (일 for 은, 여 for 정) names a different person, who must score
// below names match's default threshold, in either reading (the loanword
// reading once matched Kim Jong-un to 김훈훈 at 0.833, ㅎ standing for the
// j of Juan).
func TestScoreDifferentPerson(t *testing.T) {
	tests := []struct{ en, ko string }{
		{"Kim Jong-il", "김정은"},
		{"Kim Il-sung", "김정은"},
		{"Kim Yo-jong", "김정은"},
		{"Kim Jong Il", "김정은"},
		{"Kim Jong-un", "김훈훈"},
		{"Kim Jongun", "김훈훈"},
		{"Jong-un Kim", "김훈훈"},
		{"Kim Jong-un", "김정일"},
		{"Kim Jong-un", "김정"},
		{"Moon Jae-in", "문재연"},
		{"Lee Nak-yon", "이낙현"},
		{"HA Tae Keung", "하태영"},
	}
	for _, tt := range tests {
		if got := Score(tt.en, tt.ko); got >= 0.6 {
			t.Errorf("Score(%q, %q) = %.3f, want < 0.6", tt.en, tt.ko, got)
		}
	}
}

// TestScoreSpellingVariants: spellings people really use for their
// syllables, two-syllable surnames and Chinese names in Korean surnames
// stay matches.
func TestScoreSpellingVariants(t *testing.T) {
	tests := []struct {
		en, ko string
		min    float64
	}{
		{"YOO Seong Min", "유승민", 0.9},   // ㅡ as eo
		{"HA Tae Keung", "하태경", 0.9},    // ㅕ as eu
		{"Cho Myoung-gyon", "조명균", 0.8}, // ㅠ as yo
		{"Sŏnu Hun", "선우훈", 0.9},        // 선우 훈, not 선 우훈
		{"Sŏnu Hyŏp", "선우협", 0.9},
		{"Kongson T'ak", "공손탁", 0.6},
		{"Li Keqiang", "리커창", 0.8}, // not Korean syllables: the loanword reading
		{"Lee Hsien Loong", "리셴룽", 0.8},
		{"Kim Jong-un", "김정은", 0.95},
		{"Jong-un Kim", "김정은", 0.9},
		{"Park Geun-hye", "박근혜", 0.95},
	}
	for _, tt := range tests {
		if got := Score(tt.en, tt.ko); got < tt.min {
			t.Errorf("Score(%q, %q) = %.3f, want ≥ %.2f", tt.en, tt.ko, got, tt.min)
		}
	}
}

func TestKoreanShaped(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"jongun", true}, {"ilsung", true}, {"yojong", true}, {"chheolsu", true}, {"eun", true},
		{"keqiang", false}, {"green", false}, {"hsienloong", false}, {"", false},
	}
	for _, tt := range tests {
		if got := koreanShaped(tt.in); got != tt.want {
			t.Errorf("koreanShaped(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestCandidates(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"김정은 위원장이", []string{"김정은"}},
		{"폼페이오는", []string{"폼페이오"}},
		{"시진핑 국가주석과", []string{"시진핑"}},
		{"김정은이 말했다", []string{"김정은", "말했다"}},
		{"트뤼도 총리는", []string{"트뤼도"}},
		{"김 위원장은", []string{"김"}},
		{"미국과 북한은 판문점에서", []string{"미국", "북한", "판문점"}},
		{"Kim 위원장", nil},
		{"", nil},
	}
	for _, tt := range tests {
		if got := Candidates(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Candidates(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	// A three-syllable name ending in a postposition-like syllable is
	// given in both readings.
	got := Candidates("문재인 대통령과 김정은")
	if !contains(got, "김정은") || !contains(got, "문재인") {
		t.Errorf("Candidates: %q lacks 김정은 or 문재인", got)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestStripParticles(t *testing.T) {
	tests := []struct{ in, want string }{
		{"폼페이오는", "폼페이오"},
		{"김정은이", "김정은"},
		{"백악관에서", "백악관"},
		{"미국과", "미국"},
		{"트럼프를", "트럼프"},
		{"북한으로", "북한"},
		{"서울로", "서울"},
		{"김정은", "김정"}, // 은 is a postposition here; Candidates keeps both readings
		{"미국", "미국"},
	}
	for _, tt := range tests {
		if got := StripParticles(tt.in, 2); got != tt.want {
			t.Errorf("StripParticles(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTranslatedNames(t *testing.T) {
	// Names of the table of package translated score 1 with every English
	// form of their row, whichever list they came from.
	tests := []struct{ english, hangul string }{
		{"U.S.", "미국"},
		{"the United States", "미국"},
		{"Supreme Court", "대법원"},
		{"UN Security Council", "유엔 안보리"},
		{"Korean War", "한국전쟁"},
	}
	for _, tc := range tests {
		if got := Score(tc.english, tc.hangul); got != 1 {
			t.Errorf("Score(%s, %s) = %.2f, want 1", tc.english, tc.hangul, got)
		}
	}
}

func TestIndexTop(t *testing.T) {
	ix := NewIndex([]string{"김정은", "김정일", "김여정", "문재인", "마이크 폼페이오", "미국", "북한"})
	top := ix.Top("Kim Jong Un", 2)
	if len(top) != 2 || top[0].Hangul != "김정은" || top[0].Score < top[1].Score {
		t.Errorf("Top(Kim Jong Un, 2) = %+v", top)
	}
	if m, ok := ix.Best("North Korea"); !ok || m.Hangul != "북한" || m.Score != 1 || m.ID != 6 {
		t.Errorf("Best(North Korea) = %+v, %v", m, ok)
	}
	if _, ok := NewIndex(nil).Best("Kim"); ok {
		t.Error("empty index found a match")
	}
	if top := ix.Top("", 3); top != nil {
		t.Errorf("Top(\"\") = %+v", top)
	}
}

// TestIndexAgreesWithScore checks that the blocked search finds what a
// full comparison finds for names of the kinds the blocks are built for.
func TestIndexAgreesWithScore(t *testing.T) {
	kos := []string{"김정은", "김정일", "김일성", "김여정", "리용호", "이용호", "최룡해", "문재인", "박근혜", "남궁민",
		"폼페이오", "트럼프", "시진핑", "베트남", "크리튼브링크", "블링컨", "볼턴", "마크롱", "메르켈"}
	ens := []string{"Kim Jong Un", "Kim Il Sung", "Ri Yong Ho", "Choe Ryong-hae", "Moon Jae-in", "Pak Kun-hye",
		"Namgung Min", "Pompeo", "Trump", "Xi Jinping", "Vietnam", "Kritenbrink", "Blinken", "Bolton", "Macron", "Merkel"}
	ix := NewIndex(kos)
	for _, e := range ens {
		best, bestScore := -1, 0.0
		for i, k := range kos {
			if s := Score(e, k); s > bestScore {
				best, bestScore = i, s
			}
		}
		m, ok := ix.Best(e)
		if !ok || m.ID != best {
			t.Errorf("Best(%q) = %+v, full comparison gives %s (%.3f)", e, m, kos[best], bestScore)
		}
	}
}

func FuzzScore(f *testing.F) {
	for _, s := range [][2]string{{"Kim Jong-un", "김정은 위원장이"}, {"U.S.", "미국"}, {"", ""}, {"ŏŭ'", "ㄱㅏ"}, {"A.B.C.", "에이비시"}, {"x'x", "\xff가"}} {
		f.Add(s[0], s[1])
	}
	ix := NewIndex([]string{"김정은", "마이크 폼페이오", "미국", "ﾡ", ""})
	f.Fuzz(func(t *testing.T, en, ko string) {
		s := Score(en, ko)
		if s < 0 || s > 1 {
			t.Fatalf("Score(%q, %q) = %v", en, ko, s)
		}
		for _, c := range Candidates(ko) {
			if !utf8.ValidString(c) || c == "" {
				t.Fatalf("Candidates(%q) gave %q", ko, c)
			}
		}
		_ = CleanName(ko)
		if m, ok := ix.Best(en); ok && (m.Score <= 0 || m.Score > 1) {
			t.Fatalf("Best(%q) = %+v", en, m)
		}
	})
}

// TestRunningText follows the path the package doc gives for running
// text (the aligner's): Candidates of the Korean side in an Index, each
// run of capitalized English words (english.Runs) looked up in it.
func TestRunningText(t *testing.T) {
	ix := NewIndex(Candidates("김정은 국무위원장은 판문점에서 문재인 대통령과 만나 폼페이오 국무장관의 방북 문제를 논의했다고 조선중앙통신이 보도했다."))
	tests := []struct {
		en   string
		want []string
	}{
		{"North Korean leader Kim Jong Un met President Moon Jae-in at Panmunjom to discuss a visit by Mike Pompeo, the KCNA said.",
			[]string{"김정은", "문재인", "판문점", "폼페이오", "조선중앙통신"}},
		{"The weather in Seoul was fine on Tuesday.", nil},
		{"", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, c := range english.Runs(tt.en) {
			if m, ok := ix.Best(c); ok && m.Score >= 0.75 {
				got = append(got, m.Hangul)
			}
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("names of %q = %q, want %q", tt.en, got, tt.want)
		}
	}
}

// TestFoldASCII holds foldName's path for ASCII names to the one for any
// name: the same words for names of every shape (initials, dots, hyphens,
// digits, possessives, long names) and, when the shared data is there,
// every English name of the NIKL list; and no answer for those the ASCII
// path leaves alone.
func TestFoldASCII(t *testing.T) {
	check := func(t *testing.T, en []string) {
		ascii := 0
		for _, s := range en {
			got, folded, ok := foldASCII(s, nil)
			if !ok {
				continue
			}
			if strings.Join(got, "") != folded {
				t.Errorf("foldASCII(%q): words %q, folded %q", s, got, folded)
			}
			ascii++
			if want := foldAny(s); !slices.Equal(got, want) {
				t.Errorf("foldASCII(%q) = %q, want %q", s, got, want)
			}
		}
		if ascii < len(en)/2 {
			t.Errorf("only %d of %d names are folded by the ASCII path", ascii, len(en))
		}
	}
	check(t, []string{"", " ", "U.S.", "U.S", "Gen. Kim", "Kim Jong-un", "KIM JONG UN", "G7", "Route 66", "a.b.c", ".x", "x.",
		"St. Louis", "Washington D.C.", "Kim's", "Ch'oe", "P`yong", "Mr.Kim", "Jean-Luc Picard", "Kim  Jong   Un", "x..y",
		"the U.N. Security Council", "Ri Yong Ho", strings.Repeat("Abcdefghij ", 10), strings.Repeat("Ab.", 30)})
	t.Run("nikl", func(t *testing.T) {
		en, _ := niklNames(t, 2000)
		check(t, en)
	})
	for _, s := range []string{"Kim's", "Ch'oe", "P`yong", "Chŏng", "Müller"} {
		if _, _, ok := foldASCII(s, nil); ok {
			t.Errorf("foldASCII(%q) folded it", s)
		}
	}
}
