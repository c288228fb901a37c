package align_test

import (
	"testing"

	"github.com/bitext-ko/bitext/align"
)

// TestBarrierBeads: a bead never joins paragraphs that furniture
// separates. The program refuses a link that starts a paragraph behind
// furniture and joins the other side's linked paragraph, but a path that
// first skipped a paragraph behind the furniture used to slip past that
// check: English 1 linked the Korean paragraph's first sentence, English
// 4 (behind the furniture 2 and 3) was skipped, and English 5 linked its
// second sentence, so the bead was [1, 4, 5]:[1] and the furniture beads
// 2 and 3 were lost (text and TSV) or out of order (the JSON refused).
func TestBarrierBeads(t *testing.T) {
	const lead = "The finance ministry said on Monday that exports rose 12 percent in March."
	const leadKO = "기획재정부는 월요일 3월 수출이 12퍼센트 증가했다고 밝혔다."
	const more = "Officials expect exports to keep rising through June, the ministry said."
	const moreKO = "정부는 6월까지 수출이 계속 늘어날 것으로 예상한다고 기획재정부가 밝혔다."
	for _, tc := range []struct {
		name   string
		en, ko []string
	}{
		{
			name: "english skip behind furniture",
			en:   []string{"Exports rise in March", lead, "Tags: economy, exports", "© 2020 The Korea Times", "Business", more},
			ko:   []string{"3월 수출 증가", leadKO + " " + moreKO},
		},
		{
			name: "english sentence skip behind furniture",
			en:   []string{"Exports rise in March", lead, "Tags: economy, exports", "© 2020 The Korea Times", "Business news. " + more},
			ko:   []string{"3월 수출 증가", leadKO + " " + moreKO},
		},
		{
			name: "korean skip behind furniture",
			en:   []string{"Exports rise in March", lead + " " + more},
			ko:   []string{"3월 수출 증가", leadKO, "© 한국일보", "증시는 하락했다.", moreKO},
		},
		{
			name: "korean sentence skip behind furniture",
			en:   []string{"Exports rise in March", lead + " " + more},
			ko:   []string{"3월 수출 증가", leadKO, "▶ 관련기사", "경제 소식이다. " + moreKO},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, level := range []align.Level{align.ParagraphLevel, align.SentenceLevel} {
				a := align.Align(tc.en, tc.ko, align.Options{Level: level})
				checkContract(t, a)
				for _, b := range a.Beads {
					for _, side := range [][]align.ID{b.EN, b.KO} {
						for k := 1; k < len(side); k++ {
							if side[k].Para > side[k-1].Para+1 {
								t.Errorf("bead %s joins paragraphs %d and %d across furniture", align.FormatBead(b), side[k-1].Para, side[k].Para)
							}
						}
					}
				}
			}
		})
	}
}
