package glossary

import (
	"strings"
	"testing"
)

// TestRomanizedKoreanOnly: an entry gets romanization columns when it is
// a Korean person or place, and none when it is a foreign name written in
// Hangul, a translated name or common noun, or an organization; a plain
// row without a type is judged by its two sides.
func TestRomanizedKoreanOnly(t *testing.T) {
	tests := []struct {
		hangul  string
		typ     Type
		english string
		want    Romanized // zero: no columns
	}{
		{"김정은", Person, "Kim Jong Un", Romanized{Press: "Kim Jong-un", RR: "Gim Jeongeun", MR: "Kim Chŏng-ŭn", DPRK: "Kim Jong Un"}},
		{"김일성", Person, "Kim Il-sung", Romanized{Press: "Kim Il-sung", RR: "Gim Ilseong", MR: "Kim Il-sŏng", DPRK: "Kim Il Song"}},
		{"반기문", Other, "Ban Ki-moon", Romanized{Press: "Ban Ki-moon", RR: "Ban Gimun", MR: "Pan Ki-mun", DPRK: "Pan Ki Mun"}},
		{"조윤제", Other, "Cho Yoon-je", Romanized{Press: "Cho Yoon-je", RR: "Jo Yunje", MR: "Cho Yun-je", DPRK: "Jo Yun Je"}},
		{"부산", Place, "Busan", Romanized{Press: "Busan", RR: "Busan", MR: "Pusan", DPRK: "Pusan"}},
		{"강남구", Other, "Gangnam District", Romanized{Press: "Gangnam-gu", RR: "Gangnam-gu", MR: "Kangnam-gu", DPRK: "Kangnam-gu"}},
		// Foreign names: no "Pom Pe-i-o".
		{"폼페이오", Person, "Pompeo", Romanized{}},
		{"마이크 폼페이오", Person, "Mike Pompeo", Romanized{}},
		{"조지프 바이든", Person, "Joe Biden", Romanized{}},
		{"워싱턴", Place, "Washington", Romanized{}},
		{"도쿄", Place, "Tokyo", Romanized{}},
		{"스코틀랜드", Place, "Scotland", Romanized{}},
		// Translated names and common nouns: no "Hanban-do".
		{"한반도", Place, "Korean Peninsula", Romanized{}},
		{"미국", Place, "United States", Romanized{}},
		{"북한", Place, "North Korea", Romanized{}},
		{"공화당", Organization, "Republican Party", Romanized{}},
		// Organizations, Korean or not.
		{"삼성", Organization, "Samsung", Romanized{}},
		{"국무부", Organization, "State Department", Romanized{}},
	}
	for _, tc := range tests {
		if got := romanizeFor(tc.hangul, tc.typ, tc.english); got != tc.want {
			t.Errorf("romanizeFor(%s, %s, %q) = %+v, want %+v", tc.hangul, tc.typ, tc.english, got, tc.want)
		}
	}
	// The same through a plain two-column glossary, read and written
	// back as bitext's TSV: the columns of the Korean rows only.
	es, err := Read(strings.NewReader("김정은\tKim Jong Un\n폼페이오\tPompeo\n한반도\tKorean Peninsula\n"), "plain.txt", TXT)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := Write(&b, es, TSV); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"김정은\tKim Jong Un\tother\t\t\t\t1\tKim Jong-un\tGim Jeongeun\tKim Chŏng-ŭn\tKim Jong Un\t",
		"폼페이오\tPompeo\tother\t\t\t\t1\t\t\t\t\t",
		"한반도\tKorean Peninsula\tother\t\t\t\t1\t\t\t\t\t",
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("no %q in\n%s", want, b.String())
		}
	}
}
