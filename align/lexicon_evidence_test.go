package align

import (
	"fmt"
	"slices"
	"testing"

	"github.com/bitext-ko/bitext/align/read"
)

// TestNeedEvidenceShortLines inserts a short line at the same place on both
// sides of testdata/example, between two one-to-one beads, and aligns with
// the NeedEvidence rule on: a pair that translates each other is linked on
// the lexicon's evidence (싸움 battle, 상황 situation, 침착하다 calm); two
// unrelated lines stay 1-0 and 0-1 although their place pairs them.
func TestNeedEvidenceShortLines(t *testing.T) {
	e, err := read.File("../testdata/example/summit.en.txt", nil, read.Options{})
	if err != nil {
		t.Fatal(err)
	}
	k, err := read.File("../testdata/example/summit.ko.txt", nil, read.Options{})
	if err != nil {
		t.Fatal(err)
	}
	const at = 3 // the example pairs English 2 with Korean 2 and 3 with 3
	insert := func(ps []string, s string) []string {
		return slices.Insert(slices.Clone(ps), at, s)
	}
	dm := defaultDocModel
	dm.NeedEvidence = true
	tests := []struct {
		en, ko  string
		related bool
	}{
		{"It was a losing battle.", "지는 싸움이었다.", true},
		{"For survivors, the situation was increasingly dire.", "생존자들에게 상황은 점점 더 심각해졌습니다.", true},
		{"They must be calm and serene.", "그들은 침착하고 평온해야 합니다.", true},
		{"The sky is blue today.", "바다가 넓다.", false},
		{"Coffee prices rose sharply.", "고양이가 창가에서 잠을 잤다.", false},
		{"She bought a new bicycle.", "내일은 비가 올 것이다.", false},
		{"The museum was closed.", "아이들이 운동장에서 축구를 했다.", false},
		{"My brother plays the piano.", "그 책은 아주 두껍다.", false},
	}
	for _, tc := range tests {
		a, _ := alignWith(Prepare(insert(e.Paragraphs, tc.en), false), Prepare(insert(k.Paragraphs, tc.ko), false), Options{}, &defaultModel, &dm)
		var got []string
		for _, b := range a.Beads {
			if slices.Contains(b.EN, P(at)) || slices.Contains(b.KO, P(at)) {
				got = append(got, FormatBead(b))
			}
		}
		want := []string{"[3]:[]", "[]:[3]"}
		if tc.related {
			want = []string{"[3]:[3]"}
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%q / %q: beads %v, want %v", tc.en, tc.ko, got, want)
		}
	}
}
