package align

import (
	"fmt"
	"slices"
	"testing"

	"github.com/bitext-ko/bitext/align/read"
)

// TestNeedEvidenceShortLines inserts a short line at the same place on both
// sides of testdata/example, between two one-to-one beads, and aligns with
// the default model, whose NeedEvidence rule is on: a pair that translates
// each other is linked on the lexicon's evidence (싸움 battle, 상황
// situation, 침착하다 calm) or, sharing no word of it, on the marks a
// translation keeps (an exclamation, a line of speech); two unrelated lines
// stay 1-0 and 0-1 although their place pairs them, and so do lines whose
// marks differ.
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
	tests := []struct {
		en, ko  string
		related bool
	}{
		{"It was a losing battle.", "지는 싸움이었다.", true},
		{"For survivors, the situation was increasingly dire.", "생존자들에게 상황은 점점 더 심각해졌습니다.", true},
		{"They must be calm and serene.", "그들은 침착하고 평온해야 합니다.", true},
		// No word of the lexicon in common: the marks pair them.
		{`"Not a chance!"`, `"어림없어!"`, true},
		{"'Nobody saw it coming.", "“아무도 몰랐지.", true},
		{"Who was there?", "고양이가 잤다!", false},
		{`"The museum was closed."`, "아이들이 운동장에서 축구를 했다.", false},
		{"The sky is blue today.", "바다가 넓다.", false},
		{"Coffee prices rose sharply.", "고양이가 창가에서 잠을 잤다.", false},
		{"She bought a new bicycle.", "내일은 비가 올 것이다.", false},
		{"The museum was closed.", "아이들이 운동장에서 축구를 했다.", false},
		{"My brother plays the piano.", "그 책은 아주 두껍다.", false},
	}
	for _, tc := range tests {
		a, _ := alignWith(Prepare(insert(e.Paragraphs, tc.en), false), Prepare(insert(k.Paragraphs, tc.ko), false), Options{}, &defaultModel, &defaultDocModel)
		var got []string
		for _, b := range a.Beads {
			if slices.Contains(b.EN, ParaID(at)) || slices.Contains(b.KO, ParaID(at)) {
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

// TestMarksFastPath holds opensQuote and endMark, which tell most
// sentences by one ASCII byte, to their forms that decode runes, on the
// sentences of latticeDocs and the ends that need decoding.
func TestMarksFastPath(t *testing.T) {
	texts := []string{"", " ", "?", "!", "a", `"`, "'", ")", "]", "“", "  ‘Yes", "Why?\"", "Stop!)", "멈춰！", "왜?” ", "end.\t", "\u00a0\"Hi", "\u3000「그래」"}
	for _, base := range latticeDocs(t) {
		p, _ := testScorer(t, base+".en.txt", base+".ko.txt")
		texts = append(append(texts, p.en.text...), p.ko.text...)
	}
	for _, s := range texts {
		if got, want := opensQuote(s), decodeQuote(s); got != want {
			t.Errorf("opensQuote(%q) = %v, want %v", s, got, want)
		}
		if got, want := endMark(s), decodeMark(s); got != want {
			t.Errorf("endMark(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestSameMarks(t *testing.T) {
	tests := []struct {
		en, ko []string
		want   bool
	}{
		{[]string{`"HOW DO WE KILL THEM?" Nyssi shouted.`}, []string{`"어떻게 죽이지?" 니시가 외쳤다.`}, true},
		{[]string{"'It is a complete farce."}, []string{"“터무니없는 헛소리다."}, true},
		{[]string{"  ‘Yes,’ she said."}, []string{"「그래」"}, true},
		{[]string{"It was over.", `Why not?"`}, []string{"끝났다.", "왜 안 돼?”"}, true},
		{[]string{"Stop!)"}, []string{"멈춰！"}, true},
		{[]string{"Why?"}, []string{"그래!"}, false},
		{[]string{"He left."}, []string{"“떠났다."}, false},
		{[]string{"Who?", "He left."}, []string{"누구?", "떠났다."}, false},
		{[]string{"It rained."}, []string{"비가 왔다."}, false},
		{nil, []string{"“왜?"}, false},
	}
	for _, tc := range tests {
		if got := sameMarks(tc.en, tc.ko); got != tc.want {
			t.Errorf("sameMarks(%q, %q) = %v, want %v", tc.en, tc.ko, got, tc.want)
		}
	}
}
