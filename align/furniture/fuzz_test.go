package furniture

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzDetect checks, on any page, that Detect gives one verdict per
// paragraph and one reason per line, that a paragraph is furniture exactly
// when all its lines are, that blank lines stay text, that a soft paragraph
// is furniture and that there is at most one headline, which is not.
func FuzzDetect(f *testing.F) {
	for _, seed := range []string{
		"World\n\nSeoul stocks close higher\n\nPosted : 2024-03-05 15:40\n\nThe benchmark index rose 1.2 percent on Tuesday, led by chipmakers and automakers.\n\nRelated Articles\n\nWon hits two-month high\n\nForeign investors return",
		"산업 > 재계\n\n삼성, 새 공장 짓는다\n\n입력 2024.03.05 17:21\n\n(서울=뉴스1) 김서연 기자 = 삼성전자가 5일 평택에 새 반도체 공장을 짓는다고 밝혔다.\n\n5일 평택 공장이 보이고 있다. /뉴스1\n\n관련 기사\n\n▶ 네이버 메인에서 뉴스1을 구독하세요!",
		"Tags: a, b\n#x #y\n\n\n\n(END)",
		"",
		"\n\n\n",
		"[\n\n]\n\n(\n\n)",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		paras := strings.Split(text, "\n\n")
		got := Detect(paras)
		if len(got) != len(paras) {
			t.Fatalf("%d verdicts for %d paragraphs", len(got), len(paras))
		}
		headlines := 0
		for i, v := range got {
			lines := strings.Split(paras[i], "\n")
			if len(v.Lines) != len(lines) {
				t.Fatalf("paragraph %d: %d reasons for %d lines", i, len(v.Lines), len(lines))
			}
			all := true
			for j, r := range v.Lines {
				if r == bareDate {
					t.Fatalf("paragraph %d line %d: internal reason %q leaked", i, j, r)
				}
				if r == Body {
					all = false
				}
				if strings.TrimSpace(lines[j]) == "" && r != Body {
					t.Fatalf("paragraph %d line %d: blank line marked %q", i, j, r)
				}
			}
			if v.Furniture != all {
				t.Fatalf("paragraph %d: Furniture %v, lines %v", i, v.Furniture, v.Lines)
			}
			if v.Soft() && !v.Furniture {
				t.Fatalf("paragraph %d: soft but not furniture", i)
			}
			if v.Headline {
				headlines++
				if v.Furniture {
					t.Fatalf("paragraph %d: the headline is furniture", i)
				}
			}
		}
		if headlines > 1 {
			t.Fatalf("%d headlines", headlines)
		}
	})
}

// FuzzStripDateline checks that StripDateline returns a non-empty suffix
// of the line when it finds a dateline and the line itself when not.
func FuzzStripDateline(f *testing.F) {
	for _, seed := range []string{
		"(서울=뉴스1) 김서연 기자 = 정부가",
		"[세종=뉴시스]김서연 기자 = 기획재정부는",
		"SEOUL, Jan. 8 (Yonhap) -- North Korea",
		"WASHINGTON (AP) — President",
		"(=) =",
		"[",
		"A -- B",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, line string) {
		rest, ok := StripDateline(line)
		switch {
		case !ok && rest != line:
			t.Fatalf("StripDateline(%q) = %q without a dateline", line, rest)
		case ok && (!strings.HasSuffix(line, rest) || len(rest) >= len(line) || strings.TrimSpace(rest) == ""):
			t.Fatalf("StripDateline(%q) = %q, not a shorter non-empty suffix", line, rest)
		case ok && utf8.ValidString(line) && !utf8.ValidString(rest):
			t.Fatalf("StripDateline(%q) cut a character: %q", line, rest)
		}
	})
}
