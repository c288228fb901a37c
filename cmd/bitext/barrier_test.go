package main

import (
	"strings"
	"testing"

	"github.com/bitext-ko/bitext/align"
	"github.com/bitext-ko/bitext/tm/alignfile"
)

// TestAlignFurnitureBetweenArticles: two articles joined with their tags
// and copyright lines between them (the Korean with a related-articles
// line) align in every format, and the furniture stays a furniture bead
// in its place. A bead used to join English paragraphs across the
// furniture, so that align --format json exited 1 ("paragraph 4 comes
// before paragraph 2, which is in no bead") and the text and TSV views
// left the furniture out.
func TestAlignFurnitureBetweenArticles(t *testing.T) {
	dir := t.TempDir()
	enText := strings.Join([]string{
		"Exports rise in March",
		"The finance ministry said on Monday that exports rose 12 percent in March.",
		"Tags: economy, exports",
		"© 2020 The Korea Times",
		"Business",
		"Officials expect exports to keep rising through June, the ministry said.",
	}, "\n\n") + "\n"
	koText := strings.Join([]string{
		"3월 수출 증가",
		"기획재정부는 월요일 3월 수출이 12퍼센트 증가했다고 밝혔다. 정부는 6월까지 수출이 계속 늘어날 것으로 예상한다고 기획재정부가 밝혔다.",
		"▶ 관련기사",
	}, "\n\n") + "\n"
	en, ko := writeIn(t, dir, "pair.en.txt", enText), writeIn(t, dir, "pair.ko.txt", koText)
	for _, tc := range []struct {
		level string
		enIDs []string // every English unit, in order
		fur   []string // the English furniture units
	}{
		{"paragraph", []string{"0", "1", "2", "3", "4", "5"}, []string{"2", "3"}},
		{"sentence", []string{"0.0", "1.0", "2.0", "3.0", "4.0", "5.0"}, []string{"2.0", "3.0"}},
	} {
		t.Run(tc.level, func(t *testing.T) {
			r := runCLI(t, "", nil, "align", "--format", "json", "--level", tc.level, en, ko)
			if r.code != 0 {
				t.Fatalf("align --format json: exit %d: %s", r.code, r.stderr)
			}
			f, err := alignfile.Decode([]byte(r.stdout))
			if err != nil {
				t.Fatalf("the alignment file does not read back: %v", err)
			}
			beads := f.Beads
			if tc.level == "sentence" {
				beads = f.Links
			}
			var ids, fur []string
			for _, b := range beads {
				ids = append(ids, align.IDStrings(b.EN)...)
				if b.Kind == align.Furniture {
					fur = append(fur, align.IDStrings(b.EN)...)
				}
			}
			if strings.Join(ids, " ") != strings.Join(tc.enIDs, " ") || strings.Join(fur, " ") != strings.Join(tc.fur, " ") {
				t.Errorf("English units %v, furniture %v; want %v and %v", ids, fur, tc.enIDs, tc.fur)
			}
		})
	}
	// The TSV lists every English paragraph too.
	r := runCLI(t, "", nil, "align", "--format", "tsv", en, ko)
	if r.code != 0 {
		t.Fatalf("align --format tsv: exit %d: %s", r.code, r.stderr)
	}
	var ids []string
	for _, l := range strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")[1:] {
		if c := strings.Split(l, "\t"); c[3] != "" {
			ids = append(ids, strings.Split(c[3], ",")...)
		}
	}
	if got := strings.Join(ids, " "); got != "0 1 2 3 4 5" {
		t.Errorf("tsv English ids %q, want every paragraph once", got)
	}
}
