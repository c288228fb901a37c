package match

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/bitext-ko/bitext/align/names/internal/namesdata"
	"github.com/bitext-ko/bitext/align/names/romanize"
)

// syntheticKorean makes n distinct Korean names (surnames weighted as in
// the population, common given-name syllables) and their romanizations in
// a mix of styles, deterministically.
func syntheticKorean(n int) (ko, en []string) {
	rng := rand.New(rand.NewPCG(1, 2))
	surs := []string{"김", "김", "김", "김", "이", "이", "이", "박", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안", "송", "류", "홍", "전", "고", "문", "손", "양", "배", "백", "허", "남", "심", "노", "하", "곽", "성", "차", "주", "우", "구", "민", "남궁", "황보", "리"}
	given := strings.Fields("정 은 일 성 영 수 민 준 현 호 진 철 희 숙 자 경 미 동 석 용 재 상 혁 훈 연 지 서 윤 하 우 태 광 명 기 남 승 원 선 혜 주 길 룡 봉 국 병 종 한 근 찬 환 식 옥 순 애")
	styles := []romanize.Style{romanize.Press, romanize.MR, romanize.MRPlain, romanize.DPRK, romanize.RR}
	seen := map[string]bool{}
	for len(ko) < n {
		s := surs[rng.IntN(len(surs))]
		g := given[rng.IntN(len(given))]
		if rng.IntN(10) > 0 {
			g += given[rng.IntN(len(given))]
		}
		h := s + g
		if seen[h] {
			continue
		}
		seen[h] = true
		ko = append(ko, h)
		en = append(en, romanize.Name(h, styles[rng.IntN(len(styles))]))
	}
	return ko, en
}

// niklNames returns the English and Hangul names of the first n rows of
// the NIKL usage list of foreign names.
func niklNames(tb testing.TB, n int) (en, ko []string) {
	tab := namesdata.ReadTSV(tb, "foreign_to_hangul_nikl_usage_muik.tsv")
	for _, r := range tab.Rows[:n] {
		en = append(en, r[0])
		ko = append(ko, r[1])
	}
	return en, ko
}

func benchIndex(b *testing.B, ko, en []string) {
	ix := NewIndex(ko)
	b.ResetTimer()
	over := 0
	for b.Loop() {
		over = 0
		for _, e := range en {
			if m, ok := ix.Best(e); ok && m.Score >= 0.6 {
				over++
			}
		}
	}
	b.ReportMetric(float64(len(en)), "queries/op")
	b.ReportMetric(float64(over), "matches≥0.6/op")
}

// BenchmarkIndexKorean10k matches 10,000 romanized Korean names against
// 10,000 Hangul names (one op is the whole batch).
func BenchmarkIndexKorean10k(b *testing.B) {
	ko, en := syntheticKorean(10000)
	benchIndex(b, ko, en)
}

// BenchmarkIndexForeign10k matches 10,000 English words and names of the
// NIKL usage list against their 10,000 Hangul forms.
func BenchmarkIndexForeign10k(b *testing.B) {
	en, ko := niklNames(b, 10000)
	benchIndex(b, ko, en)
}

func BenchmarkBuildIndex10k(b *testing.B) {
	ko, _ := syntheticKorean(10000)
	for b.Loop() {
		NewIndex(ko)
	}
}

func BenchmarkScore(b *testing.B) {
	e := CompileEnglish("Kim Jong-un")
	n := Compile("김정은")
	for b.Loop() {
		ScoreCompiled(e, n)
	}
}

func BenchmarkScoreForeign(b *testing.B) {
	e := CompileEnglish("Kritenbrink")
	n := Compile("크리튼브링크")
	for b.Loop() {
		ScoreCompiled(e, n)
	}
}

// randomLatin makes n random Latin "names" of one or two words,
// deterministically: queries that match nothing.
func randomLatin(n int) []string {
	rng := rand.New(rand.NewPCG(3, 4))
	word := func() string {
		b := make([]byte, 3+rng.IntN(7))
		for i := range b {
			b[i] = byte('a' + rng.IntN(26))
		}
		b[0] -= 'a' - 'A'
		return string(b)
	}
	out := make([]string, n)
	for i := range out {
		out[i] = word()
		if rng.IntN(2) == 0 {
			out[i] += " " + word()
		}
	}
	return out
}

// BenchmarkIndexMisses10k measures queries that mostly find no match,
// which must not cost more than hits (one op is 10,000 queries against
// 10,000 names): NIKL foreign names against Korean Hangul names, Korean
// English names against the NIKL Hangul forms, and random Latin strings
// against Korean Hangul names.
func BenchmarkIndexMisses10k(b *testing.B) {
	frEn, frKo := niklNames(b, 10000)
	ko, en := syntheticKorean(10000)
	b.Run("foreign-vs-korean", func(b *testing.B) { benchIndex(b, ko, frEn) })
	b.Run("korean-vs-foreign", func(b *testing.B) { benchIndex(b, frKo, en) })
	b.Run("random-vs-korean", func(b *testing.B) { benchIndex(b, ko, randomLatin(10000)) })
}

// BenchmarkNewHangulKey makes the keys of NIKL Hangul names alone, with a
// postposition and with a title after a space (the glossary's word keys).
func BenchmarkNewHangulKey(b *testing.B) {
	_, ko := niklNames(b, 2000)
	var words []string
	for _, h := range ko {
		words = append(words, h, h+"는", h+" 대통령")
	}
	b.ResetTimer()
	for b.Loop() {
		for _, w := range words {
			_ = NewHangulKey(w)
		}
	}
}
