package review

import (
	"strings"
	"testing"
)

// TestSideBySide: a variant is shown plainly beside its reference, with
// carets under exactly the letters that differ on each side, and no
// bracket markers; with colour, no caret line.
func TestSideBySide(t *testing.T) {
	tests := []struct {
		ref, variant string
		pair, marks  string
		words        string
	}{
		{"Kim Jong-un", "Kim Jong Un",
			"Kim Jong Un → Kim Jong-un",
			"        ^^            ^^",
			"space→hyphen, U→u"},
		{"Kim Yeong-cheol", "Kim Yong-chol",
			"Kim Yong-chol → Kim Yeong-cheol",
			"                     ^      ^",
			"+e, +e"},
		{"Lee Yong-ho", "Ri Yong-ho",
			"Ri Yong-ho → Lee Yong-ho",
			"^^           ^^^",
			"Ri→Lee"},
		{"Kim Chŏng-ŭn", "Kim Jong-un",
			"Kim Jong-un → Kim Chŏng-ŭn",
			"    ^^   ^        ^^^   ^",
			"Jo→Chŏ, u→ŭ"},
		{"Kim Jong-un", "Kim Jong-un'", "Kim Jong-un' → Kim Jong-un", "           ^", "−apostrophe"},
		{"Lee Jae-yong", "Jay Y. Lee",
			"Jay Y. Lee → Lee Jae-yong",
			"^^^^^^^         ^^^^^^^^^",
			`−"Jay Y. ", +" Jae-yong"`},
		{"Kim Yu-na", "Yuna Kim", "", "", "whole form"},
	}
	for _, tc := range tests {
		ops := CharDiff(tc.variant, tc.ref)
		pair, marks := SideBySide(ops, false)
		if tc.pair != "" && (pair != tc.pair || tc.marks != "" && marks != tc.marks) {
			t.Errorf("SideBySide(%q, %q) =\n%q\n%q\nwant\n%q\n%q", tc.ref, tc.variant, pair, marks, tc.pair, tc.marks)
		}
		if strings.ContainsAny(pair, "[]{}") {
			t.Errorf("%q: markers in plain output", pair)
		}
		if got := Describe(ops); got != tc.words {
			t.Errorf("Describe(%q, %q) = %q, want %q", tc.ref, tc.variant, got, tc.words)
		}
		cpair, cmarks := SideBySide(ops, true)
		if cmarks != "" || !strings.Contains(cpair, "\x1b[") {
			t.Errorf("colour: %q %q", cpair, cmarks)
		}
	}
	if got := Describe(CharDiff("Seoul", "Seoul")); got != "same" {
		t.Errorf("Describe(same) = %q", got)
	}
}
