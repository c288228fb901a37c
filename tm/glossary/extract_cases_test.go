package glossary

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/bitext-ko/bitext/align"
)

// TestExtractionCases checks pairs taken from real news translations
// where a postposition, a function word or a translated phrase used to
// come out as part of a name.
func TestExtractionCases(t *testing.T) {
	tests := []struct {
		name    string
		en, ko  []string
		want    []string // "english=hangul" pairs that must be found
		notWant []string // Hangul forms that must not be entries
	}{
		{
			name: "stem attested with other postpositions",
			en: []string{
				"Brett Kavanaugh appeared before the Senate on Thursday.",
				"Christine Blasey Ford said Kavanaugh groped her at a party.",
				"Kavanaugh denied it in his testimony.",
			},
			ko: []string{
				"브렛 캐버노는 목요일 상원에 출석했다.",
				"크리스틴 블래시 포드는 파티에서 캐버노가 자신을 더듬었다고 말했다.",
				"캐버노의 증언은 그것을 부인했다.",
			},
			want:    []string{"Brett Kavanaugh=브렛 캐버노", "Christine Blasey Ford=크리스틴 블래시 포드"},
			notWant: []string{"캐버노가", "캐버노의"},
		},
		{
			name:    "a name before its Latin spelling keeps its last syllable",
			en:      []string{"Other names discussed include former Vice President Joe Biden and Vermont Senator Bernie Sanders."},
			ko:      []string{"논의된 다른 유명 인사들로는 조지프 바이든(Joe Biden) 전 부통령과 버니 샌더스(Bernie Sanders) 상원의원이 있다."},
			want:    []string{"Joe Biden=조지프 바이든", "Bernie Sanders=버니 샌더스"},
			notWant: []string{"바이", "조지프 바이"},
		},
		{
			name:    "a postposition after a parenthesis is not part of the next name",
			en:      []string{"Trump says Kavanaugh suffered the meanness of the Democrats."},
			ko:      []string{"트럼프(Trump)가 캐버노(Kavanaugh)가 민주당의 분노에 고통받았다고 말하다"},
			want:    []string{"Kavanaugh=캐버노", "Trump=트럼프"},
			notWant: []string{"가 캐버노"},
		},
		{
			name:    "a translated name before its Latin spelling",
			en:      []string{"Warren would not run, according to the Suffolk University Political Research Center poll."},
			ko:      []string{"서퍽 대학 정치 연구 센터(Suffolk University Political Research Center) 여론조사에 따르면 워렌은 출마하지 않을 것이다."},
			want:    []string{"Suffolk University Political Research Center=서퍽 대학 정치 연구 센터"},
			notWant: []string{"센터"},
		},
		{
			name:    "function words and a word before 으로",
			en:      []string{"More than 20 million people were expected to watch the Supreme Court hearing on CNN, he said."},
			ko:      []string{"그는 2천만 명 이상이 CNN에서 대법원 청문회를 시청했을 것으로 예상된다고 말했다."},
			notWant: []string{"것으", "그는", "것으로"},
		},
		{
			name:    "a two-syllable word ending in a postposition",
			en:      []string{"Goop, the lifestyle brand, opened a shop in London."},
			ko:      []string{"라이프스타일 브랜드 굽에 따르면 런던에 매장이 문을 열었다."},
			want:    []string{"London=런던"},
			notWant: []string{"굽에"},
		},
		{
			name:    "a verb after a dependent noun is no part of a name",
			en:      []string{"If the vote ends in a tie, Pence can break it and confirm him to the Supreme Court."},
			ko:      []string{"표결이 동률이면 펜스가 표를 던져 그가 대법원판사로 임명되는데 것을 확정할 수 있을 것이다."},
			notWant: []string{"수 있"},
		},
		{
			name:    "a demonstrative is no name",
			en:      []string{"\"Trust me, when that changed, a lot of texts went back and forth,\" Scott Coker said."},
			ko:      []string{"\"절 믿으세요, 그게 바뀌었을 때, 많은 문자들이 오고 갔습니다\"라고 스콧 코커가 말했다."},
			notWant: []string{"그게"},
		},
		{
			name:    "a name ending in 로 before 의",
			en:      []string{"The business had been likened to Gwyneth Paltrow's Goop brand."},
			ko:      []string{"그 사업은 귀네스 팰트로의 브랜드 굽에 비유되어 왔다."},
			want:    []string{"Gwyneth Paltrow=귀네스 팰트로"},
			notWant: []string{"팰트", "귀네스 팰트"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := NewBuilder(Options{})
			b.Add("doc", align.Align(tt.en, tt.ko, align.Options{}))
			var got []string
			hangul := map[string]bool{}
			for _, e := range b.Entries() {
				hangul[e.Hangul] = true
				for _, f := range e.Forms {
					got = append(got, f.English+"="+e.Hangul)
				}
			}
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("missing %s; got %s", w, strings.Join(got, ", "))
				}
			}
			for _, h := range tt.notWant {
				if hangul[h] {
					t.Errorf("unwanted entry %s; got %s", h, strings.Join(got, ", "))
				}
			}
		})
	}
}

// TestSqueezeSpace checks squeezeSpace against what it stands for,
// strings.Join(strings.Fields(s), " "), on white space of every kind and
// place and on every line of the Korean development texts.
func TestSqueezeSpace(t *testing.T) {
	cases := []string{"", " ", "  ", "a", " a", "a ", "a b", "a  b", "a\tb", "a\nb", "a \n b", "김정은 위원장",
		"김정은\u00a0위원장", "김정은\u3000위원장 ", "\u3000김정은", "a\u0085b", "…트럼프 대통령은 ", "a b c d e f", "a b  ",
		"\xed\x9f 김", "김\xea\xb0", "\xe3\x80\x80a", "\xe3\x80 a", "\xc2\xa0김", "\xc2 a", "\x80\x80 \xff"}
	check := func(t *testing.T, cases []string) {
		for _, s := range cases {
			if got, want := squeezeSpace(s), strings.Join(strings.Fields(s), " "); got != want {
				t.Errorf("squeezeSpace(%q) = %q, want %q", s, got, want)
			}
		}
	}
	check(t, cases)
	t.Run("dev", func(t *testing.T) {
		for _, text := range devKoreanTexts(t) {
			check(t, strings.Split(text, "\n"))
			check(t, []string{text[:min(len(text), 400)]}) // perhaps cut in a character
		}
	})
}

// TestSnippet holds snippet to the rune-by-rune walk it stands for
// (refSnippet) around names of every Korean development text and of
// broken UTF-8.
func TestSnippet(t *testing.T) {
	check := func(t *testing.T, texts []string) {
		for _, text := range texts {
			for start := 0; start <= len(text); start += 1 + start%13 {
				for _, end := range []int{start, min(len(text), start+3), min(len(text), start+10)} {
					if got, want := snippet(text, start, end), refSnippet(text, start, end); got != want {
						t.Fatalf("snippet(%q, %d, %d) = %q, want %q", text, start, end, got, want)
					}
				}
			}
		}
	}
	check(t, []string{"", "a", "김", "\xed\x9f\xed\x9f김정은 \xea\xb0 위원장은 \x80\x80말했다 " + strings.Repeat("가\xc2", 40),
		strings.Repeat("김정은\u00a0위원장 ", 10), strings.Repeat("\xe3\x80\x80트럼프\t", 12)})
	t.Run("dev", func(t *testing.T) { check(t, devKoreanTexts(t)) })
}

// refSnippet is snippet as first written: utf8's decoders and
// strings.Fields.
func refSnippet(text string, start, end int) string {
	const reach = 30
	s := start
	for n := 0; s > 0 && n < reach; n++ {
		_, size := utf8.DecodeLastRuneInString(text[:s])
		s -= size
	}
	if s > 0 {
		if i := strings.IndexAny(text[s:start], " \n"); i >= 0 {
			s += i + 1
		}
	}
	e := end
	for n := 0; e < len(text) && n < reach; n++ {
		_, size := utf8.DecodeRuneInString(text[e:])
		e += size
	}
	if e < len(text) {
		if i := strings.LastIndexAny(text[end:e], " \n"); i >= 0 {
			e = end + i
		}
	}
	out := strings.Join(strings.Fields(text[s:e]), " ")
	if s > 0 {
		out = "…" + out
	}
	if e < len(text) {
		out += "…"
	}
	return out
}
