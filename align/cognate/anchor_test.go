package cognate

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/dustin/go-humanize"
	"github.com/google/go-cmp/cmp"
)

func vals(ns []Number) []float64 {
	var out []float64
	for _, n := range ns {
		v := n.Value
		if n.Month {
			v = -v
		}
		out = append(out, v)
	}
	return out
}

func TestEnglishNumbers(t *testing.T) {
	tests := []struct {
		in   string
		want []float64 // months negative
	}{
		{"on Jan. 8, 2019", []float64{-1, 8, 2019}},
		{"cutting an estimated $16 billion in spending", []float64{16e9}},
		{"the $34 trillion national debt", []float64{34e12}},
		{"his 4th visit, 1,000 people, 3.5%", []float64{4, 1000, 3.5}},
		{"four of 12 annual spending bills", []float64{4, 12}},
		{"200 billion won", []float64{200e9}},
		{"in May, you may go", []float64{-5}},
		{"Jan. 22–25", []float64{-1, 22, 25}},
		{"no numbers here", nil},
	}
	for _, tc := range tests {
		if diff := cmp.Diff(tc.want, vals(EnglishNumbers(tc.in))); diff != "" {
			t.Errorf("EnglishNumbers(%q) (-want +got):\n%s", tc.in, diff)
		}
	}
}

func TestKoreanNumbers(t *testing.T) {
	tests := []struct {
		in   string
		want []float64
	}{
		{"1월 8일 베이징에서", []float64{-1, 8}},
		{"약 160억 달러의 지출", []float64{16e9}},
		{"34조 달러에 달하는", []float64{34e12}},
		{"2천억 원", []float64{200e9}},
		{"4차 방중, 1만2천 명", []float64{4, 12000}},
		{"3.5% 올랐다", []float64{3.5}},
		{"2019년 1,000명", []float64{2019, 1000}},
		{"숫자가 없다", nil},
	}
	for _, tc := range tests {
		if diff := cmp.Diff(tc.want, vals(KoreanNumbers(tc.in))); diff != "" {
			t.Errorf("KoreanNumbers(%q) (-want +got):\n%s", tc.in, diff)
		}
	}
}

func TestNumberKeysAgree(t *testing.T) {
	pairs := []struct{ en, ko string }{
		{"$16.2 billion", "162억 달러"},
		{"200 billion", "2천억"},
		{"Jan. 8", "1월 8일"},
	}
	for _, p := range pairs {
		e, k := EnglishNumbers(p.en), KoreanNumbers(p.ko)
		if len(e) != len(k) {
			t.Fatalf("%q %v vs %q %v", p.en, e, p.ko, k)
		}
		for i := range e {
			if e[i].Key() != k[i].Key() {
				t.Errorf("%q and %q: number %d differs: %v vs %v", p.en, p.ko, i, e[i], k[i])
			}
		}
	}
}

func TestLatin(t *testing.T) {
	got := Latin("워싱턴 DC의 CNN 보도, 틀라텔로코(Tlatelolco) 광장, G7과 a")
	want := []string{"dc", "cnn", "tlatelolco", "g7"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestNameKeysInText(t *testing.T) {
	en := EnglishNameKeys("US Secretary of State Mike Pompeo met Kim Yong-chol.")
	for _, w := range []string{"폼페이오는", "김영철", "김영철과"} {
		if !shares(KoreanNameKeys(w, nil), en) {
			t.Errorf("%s not found in the English names", w)
		}
	}
	if shares(KoreanNameKeys("정부는", nil), en) {
		t.Error("정부는 matched a name")
	}
}

func shares(a, b []uint64) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

// FuzzNumbers: whatever the text, the finders do not panic; and for the
// numbers the fuzzer picks, what a reader of either language sees is
// found: a whole number written in digits (with or without thousands
// commas) is found with its value in English and in Korean text; written
// with Korean units (1조2345억6789만123, 2천억) it is found with its value;
// a value of up to four significant digits written the English way with
// a scale word ("16.2 billion") and the Korean way ("162억") gets one
// key; and a date ("January 8", "1월 8일") gets the same keys in both.
func FuzzNumbers(f *testing.F) {
	f.Add("1월 8일 160억 1만2천 $16.2 billion 4th", uint64(16200000000), uint16(162), uint8(8))
	f.Add("", uint64(1234567), uint16(9999), uint8(12))
	f.Add("", uint64(100000001), uint16(1000), uint8(3))
	f.Fuzz(func(t *testing.T, s string, n uint64, mant uint16, pick uint8) {
		EnglishNumbers(s)
		KoreanNumbers(s)
		Latin(s)
		EnglishNameKeys(s)
		KoreanNameKeys(s, nil)

		// Digits.
		n %= 1e15 // exact in a float64
		v := float64(n)
		digits := strconv.FormatUint(n, 10)
		if pick&1 == 1 {
			digits = humanize.Comma(int64(n))
		}
		for _, c := range []struct {
			text string
			find func(string) []Number
		}{
			{"about " + digits + " people", EnglishNumbers},
			{"약 " + digits + "명이", KoreanNumbers},
			{"약 " + koreanUnits(n, pick&2 == 2) + "원", KoreanNumbers},
		} {
			if got := c.find(c.text); len(got) != 1 || got[0].Value != v || got[0].Month {
				t.Fatalf("%q: %v, want the number %v", c.text, got, v)
			}
		}

		// A scale word against Korean units.
		m := uint64(mant%9999) + 1
		val := m
		for range pick % 12 {
			val *= 10
		}
		en := "$" + englishScaled(val)
		ko := koreanUnits(val, pick&4 == 4) + " 달러"
		eg, kg := EnglishNumbers(en), KoreanNumbers(ko)
		if len(eg) != 1 || len(kg) != 1 || eg[0].Key() != kg[0].Key() {
			t.Fatalf("%q %v and %q %v: not one number with one key", en, eg, ko, kg)
		}

		// Dates.
		month, day := int(mant%12)+1, int(pick%31)+1
		en = fmt.Sprintf("on %s %d,", monthNamesInOrder[month-1], day)
		ko = fmt.Sprintf("%d월 %d일", month, day)
		eg, kg = EnglishNumbers(en), KoreanNumbers(ko)
		if len(eg) != 2 || len(kg) != 2 || !eg[0].Month || eg[0].Key() != kg[0].Key() || eg[1].Key() != kg[1].Key() {
			t.Fatalf("%q %v and %q %v: the dates differ", en, eg, ko, kg)
		}
	})
}

var monthNamesInOrder = [...]string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

// koreanUnits writes n with the Korean units 조, 억 and 만 between groups
// of four digits (1조2345억6789만123), a group that is whole thousands as
// N천 when thousands is set (2천억).
func koreanUnits(n uint64, thousands bool) string {
	if n == 0 {
		return "0"
	}
	var b strings.Builder
	for _, u := range []struct {
		size uint64
		unit string
	}{{1e12, "조"}, {1e8, "억"}, {1e4, "만"}, {1, ""}} {
		g := n / u.size % 10000
		if u.size == 1e12 {
			g = n / u.size
		}
		switch {
		case g == 0:
			continue
		case thousands && g%1000 == 0 && g < 10000:
			b.WriteString(strconv.FormatUint(g/1000, 10) + "천")
		default:
			b.WriteString(strconv.FormatUint(g, 10))
		}
		b.WriteString(u.unit)
	}
	return b.String()
}

// englishScaled writes n the English way, with the largest scale word
// that leaves a whole part: 16.2 billion, 250 million, 9,999 trillion,
// 512.
func englishScaled(n uint64) string {
	for _, s := range []struct {
		size uint64
		word string
	}{{1e12, "trillion"}, {1e9, "billion"}, {1e6, "million"}, {1e3, "thousand"}} {
		if n < s.size {
			continue
		}
		whole, frac := n/s.size, n%s.size
		out := humanize.Comma(int64(whole))
		if frac > 0 {
			f := strconv.FormatUint(frac+s.size, 10)[1:] // zero-padded
			out += "." + strings.TrimRight(f, "0")
		}
		return out + " " + s.word
	}
	return strconv.FormatUint(n, 10)
}
