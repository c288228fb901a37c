package main

import (
	"strings"
	"testing"
)

const koNames = "../../testdata/names/ko_names.txt"

func TestNamesMatch(t *testing.T) {
	in := strings.Join([]string{
		"Kim Jong Un",
		"KIM Jong-un",
		"Kim Chŏng-ŭn",
		"Jong-un Kim",
		"Kim Jong-il",
		"Kim Yo-jong",
		"President Moon Jae-in",
		"Ri Yong-ho",
		"Choe Ryong Hae",
		"Park Geun-hye",
		"Lee Myung-bak",
		"Namkoong Min",
		"Mike Pompeo",
		"Pompeo",
		"Xi Jinping",
		"Trump",
		"Vietnam",
		"U.S.",
		"North Korea",
		"the White House",
		"UN",
		"Kritenbrink",
		"Angela Merkel",
		"",
	}, "\n") + "\n"
	want := []string{"김정은", "김정은", "김정은", "김정은", "김정일", "김여정", "문재인", "리용호", "최룡해", "박근혜", "이명박", "남궁민",
		"마이크 폼페이오", "마이크 폼페이오", "시진핑", "도널드 트럼프", "베트남", "미국", "북한", "백악관", "유엔", "크리튼브링크", "-", "-"}
	r := runCLI(t, in, nil, "names", "match", "--ko", koNames)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
	if len(lines) != len(want) {
		t.Fatalf("got %d lines, want %d:\n%s", len(lines), len(want), r.stdout)
	}
	inLines := strings.Split(in, "\n")
	for i, l := range lines {
		f := strings.Split(l, "\t")
		if len(f) != 3 {
			t.Errorf("line %d %q: want 3 fields", i+1, l)
			continue
		}
		if f[0] != inLines[i] || f[1] != want[i] {
			t.Errorf("line %d: %q → %q (score %s), want %q", i+1, f[0], f[1], f[2], want[i])
		}
	}
}

func TestNamesMatchThreshold(t *testing.T) {
	r := runCLI(t, "Kim Jong Un\n", nil, "names", "match", "--ko", koNames, "--threshold", "1")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "Kim Jong Un\t-\t") {
		t.Errorf("threshold 1: exit %d, stdout %q", r.code, r.stdout)
	}
}

func TestNamesMatchErrors(t *testing.T) {
	tests := []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"names", "match"}, 2, "--ko"},
		{[]string{"names", "match", "--ko", "no/such/file"}, 1, "no/such/file"},
		{[]string{"names", "match", "--ko", koNames, "--threshold", "2"}, 2, "threshold"},
		{[]string{"names", "match", "--ko", koNames, "extra"}, 2, "no arguments"},
		{[]string{"names", "frobnicate"}, 2, ""},
	}
	for _, tt := range tests {
		r := runCLI(t, "", nil, tt.args...)
		if r.code != tt.code || !strings.Contains(r.stderr, tt.msg) {
			t.Errorf("bitext %s: exit %d, stderr %q; want exit %d mentioning %q", strings.Join(tt.args, " "), r.code, r.stderr, tt.code, tt.msg)
		}
	}
}
