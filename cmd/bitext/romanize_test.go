package main

import (
	"strings"
	"testing"
)

func TestRomanizeArgs(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"romanize", "신라", "백마"}, "silla baengma\n"},
		{[]string{"romanize", "--style", "rr-translit", "없었습니다"}, "eobs-eoss-seubnida\n"},
		{[]string{"romanize", "--style", "mr", "--capitalize", "평양"}, "P'yŏngyang\n"},
		{[]string{"romanize", "--style", "mr-plain", "--name", "김정은"}, "Kim Chong-un\n"},
		{[]string{"romanize", "--style", "dprk", "--name", "최룡해"}, "Choe Ryong Hae\n"},
		{[]string{"romanize", "--style", "press", "--name", "문재인"}, "Moon Jae-in\n"},
		{[]string{"romanize", "--style", "press", "--name", "--north", "김정은"}, "Kim Jong-un\n"},
		{[]string{"romanize", "--name", "한복남"}, "Han Boknam\n"},
		{[]string{"romanize", "--place", "--capitalize", "봉천1동"}, "Bongcheon 1-dong\n"},
		{[]string{"romanize", "--hyphenate", "중앙"}, "jung-ang\n"},
	}
	for _, tt := range tests {
		r := runCLI(t, "", nil, tt.args...)
		if r.code != 0 || r.stdout != tt.want {
			t.Errorf("bitext %s: exit %d, stdout %q, stderr %q; want %q", strings.Join(tt.args, " "), r.code, r.stdout, r.stderr, tt.want)
		}
	}
}

func TestRomanizeStdin(t *testing.T) {
	in := "같이\n\n압구정 로데오\r\nKim 정은 金正恩\nㄱㅏ\n\u00e9\n" + strings.Repeat("가", 100000)
	r := runCLI(t, in, nil, "romanize")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
	if len(lines) != 7 {
		t.Fatalf("got %d lines, want 7 (one per input line)", len(lines))
	}
	want := []string{"gachi", "", "apgujeong rodeo", "Kim jeongeun 金正恩", "ga", "\u00e9"}
	for i, w := range want {
		if lines[i] != w {
			t.Errorf("line %d = %q, want %q", i+1, lines[i], w)
		}
	}
	if lines[6] != strings.Repeat("ga", 100000) {
		t.Errorf("long line romanized wrongly (%d bytes)", len(lines[6]))
	}
}

func TestRomanizeUsage(t *testing.T) {
	r := runCLI(t, "", nil, "romanize", "--style", "yale", "한국")
	if r.code != 2 || !strings.Contains(r.stderr, "yale") {
		t.Errorf("unknown style: exit %d, stderr %q; want exit 2 naming the style", r.code, r.stderr)
	}
}

// TestRomanizeFlagsAfterText: flags may follow the text, and "--" ends
// them so that text starting with "-" is romanized.
func TestRomanizeFlagsAfterText(t *testing.T) {
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"romanize", "--name", "한복남", "--style", "rr"}, 0, "Han Boknam\n"},
		{[]string{"romanize", "한복남", "--name"}, 0, "Han Boknam\n"},
		{[]string{"romanize", "평양", "--style=mr", "--capitalize"}, 0, "P'yŏngyang\n"},
		{[]string{"romanize", "--", "-가"}, 0, "-ga\n"},
		{[]string{"romanize", "가", "--", "--style", "나"}, 0, "ga --style na\n"},
		{[]string{"romanize", "가", "--nmae"}, 2, ""},
		{[]string{"romanize", "가", "--style"}, 2, ""},
	}
	for _, tt := range tests {
		r := runCLI(t, "", nil, tt.args...)
		if r.code != tt.code || r.stdout != tt.want {
			t.Errorf("bitext %s: exit %d, stdout %q, stderr %q; want exit %d, %q", strings.Join(tt.args, " "), r.code, r.stdout, r.stderr, tt.code, tt.want)
		}
	}
	if r := runCLI(t, "", nil, "romanize", "가", "--help"); r.code != 0 || !strings.Contains(r.stdout, "--style") {
		t.Errorf("romanize --help: exit %d, stdout %q", r.code, r.stdout)
	}
}

func TestRomanizeStdinBOM(t *testing.T) {
	r := runCLI(t, "\ufeff신라\n\ufeff신라\n", nil, "romanize")
	if r.code != 0 || r.stdout != "silla\n\ufeffsilla\n" {
		t.Errorf("exit %d, stdout %q; want the leading byte-order mark dropped", r.code, r.stdout)
	}
}

// TestRomanizePressFlags: press style writes places capitalized whether
// the table has them or not; --name with --place is a usage error; without
// --name, the words that look like personal names get a hint on standard
// error (and the output stays RR), other words none.
func TestRomanizePressFlags(t *testing.T) {
	tests := []struct {
		args   []string
		code   int
		stdout string
		hint   string // in standard error; "" for an empty standard error
	}{
		{[]string{"--place", "봉천1동", "강남구", "수원시", "부산"}, 0, "Bongcheon 1-dong Gangnam-gu Suwon-si Busan\n", ""},
		{[]string{"--place", "한강", "제기제1동"}, 0, "Han River Jegi 1-dong\n", ""},
		{[]string{"--name", "--place", "부산"}, 2, "", "--name and --place"},
		{[]string{"--place", "--name", "김일성"}, 2, "", "--name and --place"},
		{[]string{"김일성", "노무현", "서울", "사람"}, 0, "gimilseong nomuhyeon seoul saram\n",
			"hint: 김일성, 노무현 look like personal names, which press style spells only with --name (김일성 Kim Il-sung, 노무현 Roh Moo-hyun)"},
		{[]string{"서울", "사람", "한강"}, 0, "seoul saram hangang\n", ""},
		{[]string{"--name", "김일성"}, 0, "Kim Il-sung\n", ""},
	}
	for _, tc := range tests {
		r := runIn("", append([]string{"romanize", "--style", "press"}, tc.args...)...)
		if r.code != tc.code || r.stdout != tc.stdout || tc.hint == "" && r.stderr != "" || !strings.Contains(r.stderr, tc.hint) {
			t.Errorf("%v: exit %d %q %q; want exit %d %q with %q", tc.args, r.code, r.stdout, r.stderr, tc.code, tc.stdout, tc.hint)
		}
	}
	// Other styles are as before: lower case unless --capitalize.
	if r := runIn("", "romanize", "--place", "봉천1동"); r.stdout != "bongcheon 1-dong\n" {
		t.Errorf("rr --place: %q", r.stdout)
	}
}
