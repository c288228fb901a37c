package furniture

import "testing"

// TestCreditPatternsCompile compiles the credit expressions, which are
// otherwise compiled only when a line holds one of their hints, and checks
// each matches a credit of its kind.
func TestCreditPatternsCompile(t *testing.T) {
	credits := []string{"사진=연합뉴스", "공동취재단", "국방부 제공", "Photo by John Smith", "Courtesy of the museum", "AP 연합뉴스"}
	if len(credits) != len(creditOnly) {
		t.Fatalf("%d examples for %d expressions", len(credits), len(creditOnly))
	}
	for i, c := range creditOnly {
		if !c.re().MatchString(credits[i]) {
			t.Errorf("expression %d (%s) does not match %q", i, c.re(), credits[i])
		}
	}
}
