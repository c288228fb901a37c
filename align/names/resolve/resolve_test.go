package resolve

import (
	"testing"

	"github.com/bitext-ko/bitext/align/names/romanize"
	"github.com/google/go-cmp/cmp"
)

func TestHangul(t *testing.T) {
	tests := []struct {
		in     string
		want   []string
		korean bool
	}{
		{"Kim Jeong-eun", []string{"김정은"}, true},
		{"Kim Chŏng-ŭn", []string{"김정은"}, true},
		{"Jeong-eun Kim", []string{"김정은"}, true},
		// The DPRK's and the press's lossy spellings: several names.
		{"Kim Jong-un", []string{"김정운", "김정은", "김종운", "김종은"}, true},
		{"Ri Yong Ho", []string{"이영허", "이영호", "이용허", "이용호", "리영허", "리영호", "리용허", "리용호"}, true},
		// A spelling no system produces: a Korean name without Hangul.
		{"Ban Ki-moon", nil, true},
		// Not Korean names.
		{"Donald Trump", nil, false},
		{"Kim Jong-il-sung", nil, false},
		{"", nil, false},
	}
	for _, tc := range tests {
		got := Hangul(tc.in)
		if diff := cmp.Diff(tc.want, got.Hangul); diff != "" || got.Korean != tc.korean {
			t.Errorf("Hangul(%q): Korean %v, want %v; names (-want +got):\n%s", tc.in, got.Korean, tc.korean, diff)
		}
	}
}

func TestRestyle(t *testing.T) {
	tests := []struct {
		name  string
		style romanize.Style
		want  Restyled
	}{
		{"Kim Jong-un", romanize.DPRK, Restyled{To: "Kim Jong Un"}},
		{"Kim Jong Un", romanize.Press, Restyled{To: "Kim Jong-un"}},
		{"Kim Jeong-eun", romanize.MR, Restyled{To: "Kim Chŏng-ŭn", Hangul: "김정은"}},
		{"Kim Chŏng-ŭn", romanize.RR, Restyled{To: "Gim Jeongeun", Hangul: "김정은"}},
		{"Park Geun-hye", romanize.DPRK, Restyled{To: "Pak Kun Hye", Hangul: "박근혜"}},
		{"Kim Jong-un", romanize.MR, Restyled{Unknown: true, Candidates: []string{"김정운", "김정은", "김종운", "김종은"}}},
		{"Ban Ki-moon", romanize.RR, Restyled{Unknown: true}},
		// Press style keeps an unresolved given name, setting the layout
		// and the surname.
		{"Cho Yoon Je", romanize.Press, Restyled{To: "Cho Yoon-je"}},
		{"Yi Myung-bak", romanize.Press, Restyled{To: "Lee Myung-bak"}},
		{"Donald Trump", romanize.MR, Restyled{}},
	}
	for _, tc := range tests {
		if diff := cmp.Diff(tc.want, Restyle(tc.name, tc.style)); diff != "" {
			t.Errorf("Restyle(%q, %s) (-want +got):\n%s", tc.name, tc.style, diff)
		}
	}
}

func TestNameSyllable(t *testing.T) {
	for _, c := range "김정은영호철수혜희의" {
		if !nameSyllable(c) {
			t.Errorf("nameSyllable(%c) = false", c)
		}
	}
	for _, c := range "뮹졍욵까있a" {
		if nameSyllable(c) {
			t.Errorf("nameSyllable(%c) = true", c)
		}
	}
}

// FuzzRestyle: any text restyles without panicking, and a name rewritten
// in a style that its Hangul gives is that Hangul's romanization.
func FuzzRestyle(f *testing.F) {
	for _, s := range []string{"Kim Jong-un", "Kim Chŏng-ŭn", "Ri Yong Ho", "Jong-un Kim", "a b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, st := range []romanize.Style{romanize.RR, romanize.MR, romanize.DPRK, romanize.Press} {
			r := Restyle(s, st)
			if r.Hangul != "" && r.To != romanize.NameAs(r.Hangul, st, s) && st != romanize.Press {
				t.Fatalf("Restyle(%q, %s) = %+v, not its Hangul's romanization", s, st, r)
			}
			if r.Unknown && r.To != "" {
				t.Fatalf("Restyle(%q, %s) = %+v: both a form and unknown", s, st, r)
			}
		}
	})
}
