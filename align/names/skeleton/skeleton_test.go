package skeleton

import (
	"testing"

	"github.com/bitext-ko/bitext/align/hangul"
)

func TestWholeSkeletons(t *testing.T) {
	tests := []struct{ hangul, latin, want string }{
		{"트럼프", "Trump", "TRMP"},
		{"폼페이오", "Pompeo", "PMP"},
		{"시진핑", "Xi Jinping", "SNPNK"},
		{"김정은", "Kim Jong-un", "KMSNKN"},
		{"황준범", "Hwang Joon-bum", ""},
		{"존슨", "Johnson", ""},
		{"로젠데일", "Rosendale", ""},
		{"크리튼브링크", "Kritenbrink", ""},
		{"매카시", "McCarthy", ""},
	}
	for _, tc := range tests {
		h, l := Hangul(tc.hangul), Latin(tc.latin)
		if tc.want != "" && (h != tc.want || l != tc.want) {
			t.Errorf("Hangul(%s) = %s, Latin(%s) = %s; want %s", tc.hangul, h, tc.latin, l, tc.want)
		}
		if !shares(EditKeys(h, nil), EditKeys(l, nil)) {
			t.Errorf("%s (%s) and %s (%s) share no key", tc.hangul, h, tc.latin, l)
		}
	}
	// Different names stay apart.
	if shares(EditKeys(Hangul("트럼프"), nil), EditKeys(Latin("Pompeo"), nil)) {
		t.Error("트럼프 matches Pompeo")
	}
	if got := EditKeys("KS", nil); len(got) != 0 {
		t.Errorf("EditKeys of a skeleton shorter than MinLen = %v", got)
	}
}

func TestWholeReadsInitialsLikeKeys(t *testing.T) {
	// The two readings share the initials' classes: the whole skeleton of
	// one syllable with no final starts with its Initial class, J read
	// as S, ㅎ and ㅇ left out.
	for l := int8(0); l < hangul.LCount; l++ {
		h := Hangul(string(hangul.Compose(hangul.Syllable{L: l, V: hangul.VA})))
		want := string(Initial(l))
		switch want {
		case "J":
			want = "S"
		case "H", "V":
			want = ""
		}
		if h != want {
			t.Errorf("initial %d: whole skeleton %q, want %q", l, h, want)
		}
	}
}

func TestHangulKey(t *testing.T) {
	tests := []struct {
		hangul string
		want   string
	}{
		{"트럼프", "TRM"},
		{"폼페이오", "PMP"},
		{"시진핑", "SJN"},
		{"로봇", "RPT"}, // a final ㅅ sounds t
		{"아이", ""},
		{"하와이", ""},
	}
	for _, tc := range tests {
		syl, _ := hangul.Syllables(tc.hangul)
		if got := unpack(HangulKey(syl)); got != tc.want {
			t.Errorf("HangulKey(%s) = %q, want %q", tc.hangul, got, tc.want)
		}
	}
}

func TestLatinKeys(t *testing.T) {
	tests := []struct {
		latin, hangul string
	}{
		{"trump", "트럼프"},
		{"pompeo", "폼페이오"},
		{"sijinping", "시진핑"}, // x is written s first (the matcher's foreignForm)
		{"carter", "카터"},     // an r after a vowel is silent
		{"king", "킹"},        // the g of ng may be silent
		{"mango", "망고"},      // or heard
		{"beads", "비즈"},      // s after d
		{"nation", "네이션"},    // -tion
	}
	for _, tc := range tests {
		syl, _ := hangul.Syllables(tc.hangul)
		want := HangulKey(syl)
		found := false
		for _, k := range LatinKeys(tc.latin, nil) {
			found = found || k == want
		}
		if !found {
			t.Errorf("LatinKeys(%s) lacks %s's key %q", tc.latin, tc.hangul, unpack(want))
		}
	}
	syl, _ := hangul.Syllables("트럼프")
	for _, k := range LatinKeys("pompeo", nil) {
		if k == HangulKey(syl) {
			t.Error("pompeo has 트럼프's key")
		}
	}
}

func TestFirstClasses(t *testing.T) {
	tests := []struct {
		word          string
		first, korean string
	}{
		{"chris", "JKSH", "J"},
		{"george", "KJ", "K"},
		{"hwang", "HV", "H"},
		{"kim", "K", "K"},
		{"lee", "R", "R"},
		{"yoon", "V", "V"},
	}
	for _, tc := range tests {
		if got := string(FirstClasses(tc.word, nil)); got != tc.first {
			t.Errorf("FirstClasses(%s) = %q, want %q", tc.word, got, tc.first)
		}
		if got := string(KoreanFirstClasses(tc.word, nil)); got != tc.korean {
			t.Errorf("KoreanFirstClasses(%s) = %q, want %q", tc.word, got, tc.korean)
		}
	}
}

func unpack(k Key) string {
	var b []byte
	for shift := 16; shift >= 0; shift -= 8 {
		if c := byte(k >> shift); c != 0 {
			b = append(b, c)
		}
	}
	return string(b)
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

func FuzzSkeletons(f *testing.F) {
	f.Add("트럼프 Trump xijinping")
	f.Fuzz(func(t *testing.T, s string) {
		for _, sk := range []string{Hangul(s), Latin(s)} {
			for i := 0; i < len(sk); i++ {
				if i > 0 && sk[i] == sk[i-1] {
					t.Fatalf("skeleton %q of %q repeats a class", sk, s)
				}
			}
			if n := len(EditKeys(sk, nil)); len(sk) >= 4 && n != len(sk)+1 || len(sk) < MinLen && n != 0 {
				t.Fatalf("EditKeys(%q) gave %d keys", sk, n)
			}
		}
		LatinKeys(s, nil)
		FirstClasses(s, nil)
		KoreanFirstClasses(s, nil)
	})
}
