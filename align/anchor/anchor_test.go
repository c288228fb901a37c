package anchor

import (
	"testing"

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

func FuzzNumbers(f *testing.F) {
	f.Add("1월 8일 160억 1만2천 $16.2 billion 4th")
	f.Fuzz(func(t *testing.T, s string) {
		EnglishNumbers(s)
		KoreanNumbers(s)
		Latin(s)
		EnglishNameKeys(s)
		KoreanNameKeys(s, nil)
	})
}
