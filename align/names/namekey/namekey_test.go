package namekey

import (
	"errors"
	"testing"

	"github.com/bitext-ko/bitext/align/names/romanize"
)

func TestKeyCollapses(t *testing.T) {
	same := []string{"Kim Jong-un", "Kim Jong Un", "KIM Jong-un", "Kim Jong-Un", "Kim Jongun", "Kim Chŏng-ŭn", "Jong-un Kim", "Kim, Jong-un", "Kim Jeong-eun", "Kim Chong-un", "kim jong un"}
	want := Key(same[0])
	if want == "" {
		t.Fatal("no key for Kim Jong-un")
	}
	for _, s := range same {
		if got := Key(s); got != want {
			t.Errorf("Key(%q) = %q, want %q", s, got, want)
		}
	}
	different := []string{"Kim Jong-il", "Kim Il-sung", "Kim Yo-jong", "Moon Jae-in", "Lee Jong-un"}
	for _, s := range different {
		if got := Key(s); got == want {
			t.Errorf("Key(%q) = %q, same as Kim Jong-un", s, got)
		}
	}
}

func TestKeyPairs(t *testing.T) {
	pairs := [][2]string{
		{"Ri Yong-ho", "Lee Yong-ho"},
		{"Ri Yong-ho", "Ri Yong Ho"},
		{"Choe Ryong-hae", "Choi Ryong Hae"},
		{"Park Geun-hye", "Pak Kŭn-hye"},
		{"Roh Moo-hyun", "No Mu-hyŏn"},
		{"Chung Eui-yong", "Jeong Ui-yong"},
		{"Rim Jong-sim", "Lim Jong Sim"},
		{"Woo Sang-ho", "U Sang-ho"},
		{"P'yo Chŏng-min", "Pyo Jeong-min"},
	}
	for _, p := range pairs {
		if a, b := Key(p[0]), Key(p[1]); a == "" || a != b {
			t.Errorf("Key(%q) = %q, Key(%q) = %q; want equal", p[0], a, p[1], b)
		}
	}
}

func TestParse(t *testing.T) {
	tests := []struct {
		in       string
		sur      string
		given    []string
		surFirst bool
	}{
		{"Kim Jong-un", "Kim", []string{"Jong", "un"}, true},
		{"Kim Jongun", "Kim", []string{"Jong", "un"}, true},
		{"Jong-un Kim", "Kim", []string{"Jong", "un"}, false},
		{"KIM Kyung Hyub", "KIM", []string{"Kyung", "Hyub"}, true},
		{"CHYUNG Hojoon", "CHYUNG", []string{"Ho", "joon"}, true},
		{"KIM, Yongtae", "KIM", []string{"Yong", "tae"}, true},
		{"Namkoong Min", "Namkoong", []string{"Min"}, true},
		{"Kim Chŏng-ŭn", "Kim", []string{"Chŏng", "ŭn"}, true},
	}
	for _, tt := range tests {
		n, err := Parse(tt.in)
		if err != nil {
			t.Errorf("Parse(%q): %v", tt.in, err)
			continue
		}
		if n.Surname != tt.sur || n.SurnameFirst != tt.surFirst || len(n.Given) != len(tt.given) {
			t.Errorf("Parse(%q) = %+v", tt.in, n)
			continue
		}
		for i := range tt.given {
			if n.Given[i] != tt.given[i] {
				t.Errorf("Parse(%q).Given = %q, want %q", tt.in, n.Given, tt.given)
				break
			}
		}
	}
	for _, bad := range []string{"", "Kim", "김정은", "Kim 3", "a b c d e f", "Kim Jong-un!"} {
		if _, err := Parse(bad); !errors.Is(err, ErrNotName) {
			t.Errorf("Parse(%q) error = %v, want ErrNotName", bad, err)
		}
	}
}

func TestRender(t *testing.T) {
	tests := []struct {
		in    string
		style romanize.Style
		want  string
	}{
		{"Kim Jong Un", romanize.Press, "Kim Jong-un"},
		{"KIM Jong-un", romanize.DPRK, "Kim Jong Un"},
		{"Jong-un Kim", romanize.Press, "Kim Jong-un"},
		{"Kim Jongun", romanize.Press, "Kim Jong-un"},
		{"Lee Yong-ho", romanize.DPRK, "Ri Yong Ho"},
		{"Choi Ryong Hae", romanize.MR, "Ch'oe Ryong-hae"},
		{"Kim Jong-un", romanize.RR, "Gim Jongun"},
		// The surname's MR spelling without marks (Ŏm); the given name
		// keeps its letters, split by spelling (Ch'ŏlsu: the apostrophe is
		// no letter).
		{"Ŏm Ch'ŏl-su", romanize.MRPlain, "Om Ch'ŏl-su"},
		{"Chʼoe Ryong-hae", romanize.Press, "Choi Ryong-hae"}, // ʼ is a letter, but MR's apostrophe
		{"Kwo\u0306n Ch'ŏlsu", romanize.Press, "Kwon Ch'ŏl-su"},
	}
	for _, tt := range tests {
		got, err := Render(tt.in, tt.style)
		if err != nil || got != tt.want {
			t.Errorf("Render(%q, %v) = %q, %v; want %q", tt.in, tt.style, got, err, tt.want)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"Kim Jong-un", "KIM, Yongtae", "Jong-un Kim", "Kim Chŏng-ŭn", "a-b c", "--- ---", "Ŏ Ŭ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := Parse(s)
		if err != nil {
			return
		}
		if len(n.Given) == 0 || n.Surname == "" {
			t.Fatalf("Parse(%q) = %+v without error", s, n)
		}
		for _, st := range romanize.Styles() {
			_ = n.Format(st)
		}
		k := n.Key()
		if k2 := Key(s); k2 != k {
			t.Fatalf("Key(%q) = %q, Name.Key() = %q", s, k2, k)
		}
	})
}

func TestWrittenGiven(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Kim Jong-un", "Jongun"},
		{"Jong-un Kim", "Jongun"},
		{"KIM Jong Un", "JongUn"},
		{"Jong-un", "Jong-un"}, // no surname: the whole
		{"Pompeo", "Pompeo"},
	}
	for _, tc := range tests {
		if got := WrittenGiven(tc.in); got != tc.want {
			t.Errorf("WrittenGiven(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
