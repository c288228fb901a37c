package romanize

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

func parseOptions(t *testing.T, s string) Options {
	var o Options
	if s == "-" {
		return o
	}
	for _, f := range strings.Split(s, ",") {
		switch f {
		case "name":
			o.Name = true
		case "place":
			o.Place = true
		case "hyphen":
			o.Hyphenate = true
		case "cap":
			o.Capitalize = true
		case "north":
			o.North = true
		case "archaic":
			o.Archaic = true
		default:
			t.Fatalf("unknown option %q", f)
		}
	}
	return o
}

// TestCases runs the hand-written cases in testdata/names/romanize_cases.tsv.
func TestCases(t *testing.T) {
	f, err := os.Open(filepath.Join("..", "..", "..", "testdata", "names", "romanize_cases.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	header := true
	n := 0
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || line == "" {
			continue
		}
		if header {
			header = false
			continue
		}
		fields := strings.Split(line, "\t")
		if len(fields) != 4 {
			t.Fatalf("bad line %q", line)
		}
		st, err := ParseStyle(fields[0])
		if err != nil {
			t.Fatal(err)
		}
		opt := parseOptions(t, fields[1])
		got := New(st, opt).String(fields[2])
		if got != fields[3] {
			t.Errorf("%s %s %q = %q, want %q", fields[0], fields[1], fields[2], got, fields[3])
		}
		n++
	}
	if n < 50 {
		t.Fatalf("only %d cases read", n)
	}
}

func TestParseStyle(t *testing.T) {
	for _, s := range Styles() {
		got, err := ParseStyle(s.String())
		if err != nil || got != s {
			t.Errorf("ParseStyle(%q) = %v, %v", s.String(), got, err)
		}
	}
	if _, err := ParseStyle("yale"); err == nil {
		t.Error("ParseStyle(yale) succeeded")
	}
}

func TestName(t *testing.T) {
	tests := []struct {
		in    string
		style Style
		want  string
	}{
		{"김정은", DPRK, "Kim Jong Un"},
		{"김정은", MR, "Kim Chŏng-ŭn"},
		{"황준범", Press, "Hwang Jun-beom"}, // no established spelling: the rules
		{"선우학원", MR, "Sŏnu Hag-wŏn"},
		{"김정은", RRTranslit, "Gim Jeong-eun"},
		{"남궁민", RRTranslit, "Namgung Min"},
	}
	for _, tt := range tests {
		if got := Name(tt.in, tt.style); got != tt.want {
			t.Errorf("Name(%q, %v) = %q, want %q", tt.in, tt.style, got, tt.want)
		}
	}
}

// TestDPRKHyphen checks the two jobs of the DPRK hyphen: it splits an
// ambiguous n-g inside a word, unless the writer has already divided the
// word with a hyphen of their own.
func TestDPRKHyphen(t *testing.T) {
	tests := []struct{ in, want string }{
		{"안국", "an-guk"}, // n-g split: not 앙국
		{"산골", "san-gol"},
		{"안국-산골", "anguk-sangol"}, // the writer's hyphen only
		{"앙골", "anggol"},          // ng-g is not ambiguous
	}
	for _, tt := range tests {
		if got := String(tt.in, DPRK); got != tt.want {
			t.Errorf("String(%q, DPRK) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestBadInput checks that odd input gives a defined result.
func TestBadInput(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"\xff김", "\uFFFDgim"},
		{"\uFFA1\uFFC2", "ga"},        // half-width jamo
		{"\u1100\u1161\u11a8", "gak"}, // conjoining jamo compose
		{"ㄳ", "gs"},                   // a final-only cluster alone
		{"金正恩", "金正恩"},                // Hanja is copied
		{"Kim 정은", "Kim jeongeun"},
		{"3.1절", "3.1jeol"},
	}
	for _, tt := range tests {
		if got := String(tt.in, RR); got != tt.want {
			t.Errorf("String(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	long := strings.Repeat("가나다라 ", 20000)
	for _, st := range Styles() {
		out := New(st, Options{Name: true, Place: true, Capitalize: true}).String(long)
		if !utf8.ValidString(out) || len(out) == 0 {
			t.Errorf("%v: bad output for a long line", st)
		}
	}
}

func FuzzRomanize(f *testing.F) {
	for _, s := range []string{"김정은 위원장이", "평리1동", "없었습니다.", "ㄱㅏ", "ﾡ﾿", "\u1100", "-가-", "3.1동", "漢字 한자"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, st := range Styles() {
			for _, opt := range []Options{{}, {Name: true}, {Place: true, Capitalize: true}, {Archaic: true, Hyphenate: true}} {
				out := New(st, opt).String(s)
				if !utf8.ValidString(out) {
					t.Fatalf("%v %+v: invalid UTF-8 output for %q", st, opt, s)
				}
			}
		}
	})
}

// TestPressRules: press style by its rules alone, as for a name the
// table of established spellings does not have.
func TestPressRules(t *testing.T) {
	tests := []struct{ hangul, written, want string }{
		{"김정은", "Jong Un", "Kim Jong-un"}, // the North's spelling
		{"김정은", "Jong-un", "Kim Jong-un"},
		{"김정은", "JONG UN", "Kim Jong-un"},
		{"김정은", "Jeong-eun", "Kim Jeong-eun"}, // the South's
		{"김정은", "", "Kim Jeong-eun"},
		{"조윤제", "Yoon-je", "Cho Yun-je"}, // a spelling of neither: the South's
		{"리용호", "Yong Ho", "Ri Yong-ho"}, // spelled the North's way in Hangul
		{"리용호", "", "Ri Yong-ho"},
		{"최룡해", "Ryong-hae", "Choe Ryong-hae"},
	}
	for _, tc := range tests {
		if got := pressRules(tc.hangul, tc.written); got != tc.want {
			t.Errorf("pressRules(%s, %q) = %q, want %q", tc.hangul, tc.written, got, tc.want)
		}
	}
}

func TestNameAs(t *testing.T) {
	tests := []struct {
		hangul  string
		style   Style
		written string
		want    string
	}{
		{"김정은", Press, "Jong Un", "Kim Jong-un"},
		{"김정은", Press, "Jung-eun", "Kim Jung-eun"}, // the actress, a namesake
		{"황준범", Press, "Joon-bum", "Hwang Jun-beom"},
		{"김정은", DPRK, "Jeong-eun", "Kim Jong Un"}, // only press style looks at the text
		{"김정은", MR, "", "Kim Chŏng-ŭn"},
		{"김정은", RR, "", "Gim Jeongeun"},
	}
	for _, tc := range tests {
		if got := NameAs(tc.hangul, tc.style, tc.written); got != tc.want {
			t.Errorf("NameAs(%s, %s, %q) = %q, want %q", tc.hangul, tc.style, tc.written, got, tc.want)
		}
	}
}

func TestLetters(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Kim Jong-un", "kimjongun"},
		{"KIM JONG UN", "kimjongun"},
		{"Ch’oe Ryong‐hae", "ch'oeryonghae"},
		{"Chŏng", "chŏng"},       // breves stay
		{"Cho\u0306ng", "chŏng"}, // composed
	}
	for _, tc := range tests {
		if got := Letters(tc.in); got != tc.want {
			t.Errorf("Letters(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestPlaceNumbers checks that place mode keeps a number before an
// administrative unit in digits, as the RR rule's text (3(5): Bongcheon
// 1-dong) and road signs write it, and drops the ordinal 제 before it.
func TestPlaceNumbers(t *testing.T) {
	place := Options{Place: true, Capitalize: true}
	tests := []struct {
		st       Style
		opt      Options
		in, want string
	}{
		{RR, place, "봉천1동", "Bongcheon 1-dong"},
		{RR, place, "종로2가", "Jongno 2-ga"},
		{RR, place, "종로 2가", "Jongno 2-ga"},
		{RR, place, "을지로3가", "Euljiro 3-ga"},
		{RR, place, "봉천1-동", "Bongcheon 1-dong"},
		{RR, place, "신림10동", "Sillim 10-dong"},
		{RR, place, "서울 종로구 종로1가", "Seoul Jongno-gu Jongno 1-ga"},
		{RR, place, "성수1가제2동", "Seongsu 1-ga 2-dong"}, // ordinal 제 left out
		{RR, place, "제기제1동", "Jegi 1-dong"},
		{RR, place, "제2동", "2-dong"},
		{RR, place, "인제3리", "Inje 3-ri"}, // a two-syllable name ending in 제 keeps it
		{RR, place, "(봉천1동)", "(Bongcheon 1-dong)"},
		{RR, place, "3.1동", "3.1-dong"},
		{RR, place, "2018년", "2018nyeon"},                         // not a unit
		{RR, place, "제2연평해전", "Je2yeonpyeonghaejeon"},             // 제 kept: no unit follows
		{RR, Options{Capitalize: true}, "봉천1동", "Bongcheon1dong"}, // without --place, as before
		{Press, place, "봉천1동", "Bongcheon 1-dong"},
		{MR, place, "종로2가", "Chongno 2-ga"}, // the unit spelled as after a vowel, not 2-ka
		{MR, place, "봉천1동", "Pongch'ŏn 1-dong"},
		{DPRK, place, "봉천1동", "Pongchŏn 1-dong"},
		{DPRK, place, "3.1동", "3.1-dong"},
		{RRTranslit, Options{Place: true}, "봉천1동", "bongcheon1-dong"}, // reversible: nothing added
		{RRTranslit, Options{Place: true}, "제2동", "je2-dong"},
		{RR, Options{Place: true, ReadNumbers: true, Capitalize: true}, "봉천1동", "Bongcheon Il-dong"},
		{MR, Options{Place: true, ReadNumbers: true, Capitalize: true}, "비파1-동", "Pip'a Il-tong"},
		{DPRK, Options{Place: true, ReadNumbers: true, Capitalize: true}, "봉천1동", "Pongchŏn 1-dong"},
	}
	for _, tt := range tests {
		if got := New(tt.st, tt.opt).String(tt.in); got != tt.want {
			t.Errorf("%v %+v %s = %q, want %q", tt.st, tt.opt, tt.in, got, tt.want)
		}
	}
}
