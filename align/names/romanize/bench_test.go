package romanize

import (
	"strings"
	"testing"

	"github.com/bitext-ko/bitext/align/hangul"
)

// benchText is Korean news-style prose written for this benchmark.
const benchText = `김정은 국무위원장은 25일 평양에서 열린 당 중앙위원회 전원회의에서 올해 경제 계획을 점검했다고 조선중앙통신이 26일 보도했다. ` +
	`문재인 대통령은 청와대에서 국가안전보장회의를 주재하고 한반도 정세를 논의했으며, 폼페이오 국무장관은 북미 협상이 계속될 것이라고 밝혔다. ` +
	`서울 종로구 광화문 광장에는 시민 수천 명이 모였고, 경찰은 교통을 통제했다. 같이 읽어 보니 옛날 이야기가 떠올랐다.`

func countSyllables(s string) int {
	n := 0
	for _, r := range s {
		if hangul.IsSyllable(r) {
			n++
		}
	}
	return n
}

func benchStyle(b *testing.B, st Style, opt Options) {
	text := strings.Repeat(benchText, 20)
	syl := countSyllables(text)
	r := New(st, opt)
	buf := make([]byte, 0, len(text)*2)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		buf = r.Append(buf[:0], text)
	}
	b.ReportMetric(float64(syl)*float64(b.N)/b.Elapsed().Seconds(), "syllables/s")
}

func BenchmarkRR(b *testing.B)         { benchStyle(b, RR, Options{}) }
func BenchmarkRRTranslit(b *testing.B) { benchStyle(b, RRTranslit, Options{}) }
func BenchmarkMR(b *testing.B)         { benchStyle(b, MR, Options{}) }
func BenchmarkDPRK(b *testing.B)       { benchStyle(b, DPRK, Options{}) }
func BenchmarkPressNames(b *testing.B) { benchStyle(b, Press, Options{Name: true}) }
