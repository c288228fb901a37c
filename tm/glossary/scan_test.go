package glossary

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/bitext-ko/bitext/align"
	"github.com/bitext-ko/bitext/align/hangul"
	"github.com/bitext-ko/bitext/align/names/match"
)

// devKoreanTexts returns the Korean texts of the shared development
// corpus, skipping the test when it is absent.
func devKoreanTexts(t *testing.T) []string {
	t.Helper()
	needDev(t)
	var texts []string
	for _, dir := range []string{devDir, devRealDir} {
		paths, err := filepath.Glob(filepath.Join(dir, "*", "*.ko.txt"))
		if err != nil || len(paths) == 0 {
			t.Fatalf("no Korean texts in %s (%v)", dir, err)
		}
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(b))
		}
	}
	return texts
}

// TestMayHavePlaceHead checks the cheap test koreanSpans runs before it
// strips a word and looks for a place head: it must pass every word in
// which placeStem finds one, on the cases below and on every Korean word
// of the development corpus.
func TestMayHavePlaceHead(t *testing.T) {
	tests := []struct {
		w         string
		may, stem bool // mayHavePlaceHead; placeStem of the word without its postposition
	}{
		{"유타주의", true, true},
		{"유타주", true, true},
		{"롬복섬에서", true, true},
		{"강남구", true, true},
		{"중동지역", true, true},
		{"캘리포니아주는", true, true},
		{"주장", false, false},  // 주 first: no stem before it
		{"연구", false, false},  // 구 second: a stem of one syllable
		{"지난주", true, true},   // 지난 + 주, as the rules stand
		{"미국시민", true, false}, // passes the cheap test, and placeStem says no
		{"서울시", true, true},
		{"서울", false, false},
		{"트럼프", false, false},
		{"", false, false},
	}
	for _, tc := range tests {
		_, _, stem := placeStem(match.StripParticles(tc.w, 2))
		if got := mayHavePlaceHead(tc.w); got != tc.may || stem != tc.stem {
			t.Errorf("%q: mayHavePlaceHead %v, placeStem %v; want %v, %v", tc.w, got, stem, tc.may, tc.stem)
		}
	}
	// The rune walk it stands for, on any text, broken UTF-8 included.
	ref := func(w string) bool {
		n := 0
		for _, r := range w {
			if n++; n > 2 && slices.Contains(placeHeadEnds, r) {
				return true
			}
		}
		return false
	}
	for _, w := range []string{"ab주", "a\xff주", "\xea\xb0주시", "유타\xea주", "é유주", "ᄀ가주", "주주주", "😀a주", "\xed\x9f\xbf주"} {
		if got, want := mayHavePlaceHead(w), ref(w); got != want {
			t.Errorf("%q: mayHavePlaceHead %v, the rune walk %v", w, got, want)
		}
	}
	words, passed := 0, 0
	for _, text := range devKoreanTexts(t) {
		for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !hangul.IsSyllable(r) }) {
			words++
			may := mayHavePlaceHead(w)
			if may {
				passed++
			}
			if _, _, ok := placeStem(match.StripParticles(w, 2)); ok && !may {
				t.Errorf("%q: placeStem finds a place head that mayHavePlaceHead misses", w)
			}
			// placeStem's test of the last syllable, against the heads
			// looked for one by one.
			for _, x := range []string{w, match.StripParticles(w, 2), w + "\xea", "a" + w} {
				stem, _, ok := placeStem(x)
				var wantStem string
				for _, h := range placeHeads {
					if s, found := strings.CutSuffix(x, h.hangul); found && utf8.RuneCountInString(s) >= 2 {
						wantStem = s
						break
					}
				}
				if ok != (wantStem != "") || stem != wantStem {
					t.Errorf("%q: placeStem %q %v, want %q", x, stem, ok, wantStem)
				}
			}
		}
	}
	t.Logf("%d of %d Korean words pass the cheap test", passed, words)
}

// TestIsPlaceHeadEnd holds the set of placeHeadEnds to the list, on
// every syllable and on runes about and outside the syllables' block.
func TestIsPlaceHeadEnd(t *testing.T) {
	for r := rune(hangul.SBase - 2); r <= hangul.SLast+2; r++ {
		if got, want := isPlaceHeadEnd(r), slices.Contains(placeHeadEnds, r); got != want {
			t.Errorf("%U: isPlaceHeadEnd %v, want %v", r, got, want)
		}
	}
	for _, r := range []rune{0, 'a', '\uFFFD', -1, 0x10FFFF, hangul.SBase - 64} {
		if isPlaceHeadEnd(r) {
			t.Errorf("%U: isPlaceHeadEnd true", r)
		}
	}
}

// TestKoreanSpansRepeatedNames checks that koreanSpans, which tests a
// probe that a bead's English names repeat once (sameProbes), finds the
// spans that a distinct probe for every name finds, on the paragraphs of
// the development corpus.
func TestKoreanSpansRepeatedNames(t *testing.T) {
	names := []string{"Donald Trump", "Trump", "Moon Jae-in", "Trump", "Kim Jong Un", "Donald Trump",
		"Seoul", "Moon Jae-in", "Pompeo", "Mike Pompeo", "Trump", "Seoul", "Utah", "Utah"}
	d := newDocState(Options{}, Prepare(nil, nil, align.Options{}), false)
	var shared, distinct []*match.Probe
	var nwords []int
	repeated := 0
	for i, n := range names {
		shared = append(shared, d.probe(n))
		distinct = append(distinct, match.NewProbe(d.compileEnglish(n)))
		nwords = append(nwords, nameWords(n))
		if slices.Contains(names[:i], n) {
			repeated |= 1 << i
		}
	}
	spans, found := 0, 0
	for _, text := range devKoreanTexts(t) {
		for para := range strings.SplitSeq(text, "\n") {
			want := slices.Clone(d.koreanSpans(align.ParaID(0), para, distinct, nwords))
			got := d.koreanSpans(align.ParaID(0), para, shared, nwords)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%q: spans\n%+v\nwant\n%+v", para, got, want)
			}
			spans += len(got)
			for _, s := range got {
				if s.may&uint64(repeated) != 0 {
					found++
				}
			}
		}
	}
	if found == 0 {
		t.Errorf("no span of %d may match a repeated name", spans)
	}
	t.Logf("%d spans, %d may match a repeated name", spans, found)
}

// latinGlossRE and acronymAfterRE are the expressions latinGlosses and
// acronymAfter were written from: the tests below hold them to the same
// answers.
var (
	latinGlossRE   = regexp.MustCompile(`((?:\p{Hangul}+[ -]){0,5}\p{Hangul}+) ?\(([A-Z][A-Za-z.'’ -]{0,80})\)`)
	acronymAfterRE = regexp.MustCompile(`^ \(([A-Z][A-Z0-9&]{1,9})\)`)
)

// latinGlossesRE is latinGlosses done with latinGlossRE.
func latinGlossesRE(text string) []latinGloss {
	var out []latinGloss
	for _, m := range latinGlossRE.FindAllStringSubmatchIndex(text, -1) {
		words := strings.Fields(text[m[2]:m[3]])
		out = append(out, latinGloss{words: words, hangul: words[len(words)-1], latin: strings.TrimSpace(text[m[4]:m[5]]),
			start: m[2], end: m[1]})
	}
	return out
}

// latinGlossCases are texts with and without Latin glosses, and the
// glosses (Hangul=Latin) latinGlosses finds in them.
var latinGlossCases = []struct {
	text string
	want []string
}{
	{"리용호(Ri Yong Ho) 외무상", []string{"리용호=Ri Yong Ho"}},
	{"조지프 바이든 (Joe Biden) 전 부통령과 버니 샌더스(Bernie Sanders)", []string{"조지프 바이든=Joe Biden", "전 부통령과 버니 샌더스=Bernie Sanders"}}, // bestSuffix chooses the words of the name
	{"노스-이스트(North-East)", []string{"노스-이스트=North-East"}},
	{"가 나 다 라 마 바 사(Seven)", []string{"나 다 라 마 바 사=Seven"}}, // six words at most
	{"서퍽 대학 정치 연구 센터(Suffolk University Political Research Center)", []string{"서퍽 대학 정치 연구 센터=Suffolk University Political Research Center"}},
	{"오브라이언(O’Brien)과 오닐(O'Neil)", []string{"오브라이언=O’Brien", "과 오닐=O'Neil"}},
	{"회사(Mirae Asset Daewoo Co. Ltd.)", []string{"회사=Mirae Asset Daewoo Co. Ltd."}},
	{"이름(A )", []string{"이름=A"}},
	{"김정은(金正恩)", nil},       // no Latin
	{"트럼프(trump)", nil},     // no capital first
	{"트럼프  (Trump)", nil},   // two spaces
	{"트럼프-(Trump)", nil},    // a hyphen ends no name
	{"Trump (Trump)", nil},  // no Hangul
	{"트럼프(Trump", nil},      // no )
	{"트럼프(Trump, 73)", nil}, // a comma
	{"트럼프(Trump)(Donald)", []string{"트럼프=Trump"}},
	{"a 트럼프(Trump)", []string{"트럼프=Trump"}},
	{"a-트럼프(Trump)", []string{"트럼프=Trump"}},
	{"트럼프 -(Trump)", nil},
	{"ᄀᄂ(Jamo)", []string{"ᄀᄂ=Jamo"}}, // the Hangul script, not only syllables
	{"이름(" + strings.Repeat("A", 81) + ")", []string{"이름=" + strings.Repeat("A", 81)}},
	{"이름(" + strings.Repeat("A", 82) + ")", nil}, // more than 80 after the first
	{"", nil},
}

// TestLatinGlosses checks latinGlosses on the cases, against
// latinGlossesRE on the cases and on every Korean paragraph of the
// development corpus.
func TestLatinGlosses(t *testing.T) {
	show := func(gs []latinGloss) []string {
		var out []string
		for _, g := range gs {
			out = append(out, strings.Join(g.words, " ")+"="+g.latin)
		}
		return out
	}
	for _, tc := range latinGlossCases {
		got := latinGlosses(tc.text)
		if !reflect.DeepEqual(show(got), tc.want) {
			t.Errorf("latinGlosses(%q) = %q, want %q", tc.text, show(got), tc.want)
		}
		if want := latinGlossesRE(tc.text); !reflect.DeepEqual(got, want) {
			t.Errorf("latinGlosses(%q) = %+v, the expression gives %+v", tc.text, got, want)
		}
	}
	glosses := 0
	for _, text := range devKoreanTexts(t) {
		for _, p := range strings.Split(text, "\n") {
			got := latinGlosses(p)
			glosses += len(got)
			if want := latinGlossesRE(p); !reflect.DeepEqual(got, want) {
				t.Errorf("latinGlosses(%q) = %+v, the expression gives %+v", p, got, want)
			}
		}
	}
	if glosses == 0 {
		t.Error("no Latin gloss in the development corpus")
	}
	t.Logf("%d Latin glosses in the development corpus", glosses)
}

// FuzzLatinGlosses holds latinGlosses and acronymAfter to the
// expressions they were written from, on any text.
func FuzzLatinGlosses(f *testing.F) {
	for _, tc := range latinGlossCases {
		f.Add(tc.text)
	}
	for _, tc := range acronymCases {
		f.Add(tc.rest)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := latinGlosses(text), latinGlossesRE(text); !reflect.DeepEqual(got, want) {
			t.Errorf("latinGlosses(%q) = %+v, the expression gives %+v", text, got, want)
		}
		if got, want := acronymAfter(text), acronymAfterREs(text); got != want {
			t.Errorf("acronymAfter(%q) = %q, the expression gives %q", text, got, want)
		}
	})
}

func acronymAfterREs(rest string) string {
	if sm := acronymAfterRE.FindStringSubmatch(rest); sm != nil {
		return sm[1]
	}
	return ""
}

var acronymCases = []struct{ rest, want string }{
	{" (BDI) said", "BDI"},
	{" (G7)", "G7"},
	{" (AT&T)", "AT&T"},
	{" (A)", ""}, // one letter
	{" (ABCDEFGHIJ)", "ABCDEFGHIJ"},
	{" (ABCDEFGHIJK)", ""}, // eleven
	{" (Bdi)", ""},         // lower case
	{" (7G)", ""},          // a digit first
	{"(BDI)", ""},          // no space
	{" (BDI", ""},          // no )
	{" (B-DI)", ""},        // a hyphen
	{"", ""},
}

func TestAcronymAfter(t *testing.T) {
	for _, tc := range acronymCases {
		if got := acronymAfter(tc.rest); got != tc.want {
			t.Errorf("acronymAfter(%q) = %q, want %q", tc.rest, got, tc.want)
		}
		if want := acronymAfterREs(tc.rest); tc.want != want {
			t.Errorf("%q: the expression gives %q, the case says %q", tc.rest, want, tc.want)
		}
	}
}
