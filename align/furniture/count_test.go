package furniture

import (
	"math"
	"os"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// sentencesAll is sentences without a limit, the way it was first written:
// every match of sentenceEndRe at once.
func sentencesAll(l string) int {
	n := 1
	for _, m := range sentenceEndRe().FindAllStringSubmatch(l, -1) {
		if !abbrevRe().MatchString(m[1]) || hasHangul(m[1]) {
			n++
		}
	}
	return n
}

// isDatelineAll is isDateline as first written, reading every word
// before it answers.
func isDatelineAll(words []string) bool {
	dates, other, strong := 0, 0, false
	for _, w := range words {
		t := lower(strings.Trim(w, ":|,()[]·"))
		digit := t != "" && t[0] >= '0' && t[0] <= '9'
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
			other++
		}
	}
	return strong && dates >= 2 && other*3 <= dates
}

// TestCountsAgree checks the bounded counters against the unbounded
// counts they replace, on hand-made lines and every line of the example
// pair: below the limit the counts are equal, at it they stop. So too
// runesAtLeast, containsFold, contains and isDateline, against what they
// stand for.
func TestCountsAgree(t *testing.T) {
	lines := []string{
		"", " ", "one", "  two  words ", "tab\tand\nnewline", "Mr. Kim met Dr. Lee. They spoke.",
		"He left. She stayed! Why? “Because.” The end.", "U.S. officials said so. 그는 말했다. 그리고 떠났다.",
		"Jan. 8 was cold. Feb. 9 was not.", "한 문장. 두 문장. 세 문장. 네 문장. 다섯.",
		// Spaces past ASCII, and invalid bytes before and inside them.
		"a\u00a0b\u0085c\u1680d\u2003e\u2028f\u205fg\u3000h\u200bi", "\u3000", "x\xc2", "x\xc2 y", "\xe2\x80 z",
		"가\xea\xc2\xa0나", "\xc2\xea\xb0\x80 다", "\xe3\x80", "\xe3\x80\x80\x80 a", "\xff\xfe b",
		// contributedRe's word, as containsFold must find it.
		"Kim contributed to this report.", "CONTRIBUTED", "ContriButed.", "contribute d", "contrİbuted", "xcontributedx",
		// Hints that start with a syllable, as contains must find them:
		// whole, at either end, and their bytes after the first alone.
		"무단", "무단 전재", "ⓒ 연합뉴스 무단전재-재배포 금지", "x무단", "\xac\xb4\xeb\x8b\xa8", "x\xac\xb4\xeb\x8b\xa8", "\xeb\xac\xb4\xeb\x8b",
		"\xed\x9e\xac배포",
		"저작권자", "재배포", "재\xeb배포", "가재배포", "관련기사", "구독하세요",
		// Datelines, and lines with dates among other words.
		"2019.03.14 10:23", "Updated: Mar. 14, 2019 10:23 KST", "입력 2019.03.14 10:23 수정 2019.03.14 11:00",
		"10:23 a b c", "10:23 2019 a", "2019.03.14 10:23 2019 xyz", "xyz 2019.03.14 10:23 2019 2020 8:00 9:00 xyz", "2019-03-14 12:00 x y z w", "3월 14일 오후 2시",
	}
	fold := regexp.MustCompile(`(?i)contributed`)
	for _, f := range []string{"../../testdata/example/summit.en.txt", "../../testdata/example/summit.ko.txt"} {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(string(b), "\n")...)
		lines = append(lines, string(b)) // the whole file as one line
	}
	for _, l := range lines {
		if got, want := words(l, math.MaxInt), len(strings.Fields(l)); got != want {
			t.Errorf("words(%.40q) = %d, want %d", l, got, want)
		}
		if got, want := sentences(l, math.MaxInt), sentencesAll(l); got != want {
			t.Errorf("sentences(%.40q) = %d, want %d", l, got, want)
		}
		if got, want := containsFold(l, "contributed"), fold.MatchString(l); got != want {
			t.Errorf("containsFold(%.40q) = %v, want %v", l, got, want)
		}
		if ws := strings.Fields(l); isDateline(ws) != isDatelineAll(ws) {
			t.Errorf("isDateline(%.40q) = %v, want %v", l, !isDatelineAll(ws), isDatelineAll(ws))
		}
		for _, hints := range [][]string{allHints(copyrightHints), linkHints, koPromoPlaces, koPromoActions, koCreditMarkers} {
			for _, h := range hints {
				if got, want := contains(l, h), strings.Contains(l, h); got != want {
					t.Errorf("contains(%.40q, %q) = %v, want %v", l, h, got, want)
				}
			}
		}
		for _, n := range []int{0, 1, 2, 30} {
			if got, want := runesAtLeast(l, n), utf8.RuneCountInString(l) >= n; got != want {
				t.Errorf("runesAtLeast(%.40q, %d) = %v, want %v", l, n, got, want)
			}
		}
		for limit := 1; limit <= 4; limit++ {
			if got, want := words(l, limit), min(len(strings.Fields(l)), limit); got != want {
				t.Errorf("words(%.40q, %d) = %d, want %d", l, limit, got, want)
			}
			if got, want := sentences(l, limit), min(sentencesAll(l), max(limit, 1)); got != want {
				t.Errorf("sentences(%.40q, %d) = %d, want %d", l, limit, got, want)
			}
		}
	}
}

// BenchmarkIsProseLongLine is a line of megabytes that ends a sentence:
// the bounded counts read its first words and sentences only.
func BenchmarkIsProseLongLine(b *testing.B) {
	l := strings.Repeat("word and more words, ", 200_000) + "end."
	b.ReportAllocs()
	for b.Loop() {
		isProse(l)
	}
}
