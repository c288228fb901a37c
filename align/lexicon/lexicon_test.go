package lexicon

import (
	"strings"
	"testing"
)

func TestLookup(t *testing.T) {
	l := Default()
	tests := []struct {
		word string
		want string // one English stem expected among the translations; "" for none
	}{
		{"정부는", "government"},
		{"대통령이", "president"},
		{"밝혔다", "said"},
		{"밝혀", "light"}, // 밝히다, contracted
		{"밝히는", "light"},
		{"발표했다", "announce"}, // 발표하다
		{"북한의", "north"},
		{"“회담은", "talk"},
		{"중국을", "china"},
		{"abc", ""}, // no Hangul
		{"ㅋㅋ", ""},
	}
	for _, tc := range tests {
		ids := l.Lookup(tc.word)
		if tc.want == "" {
			if len(ids) != 0 {
				t.Errorf("Lookup(%q) = %v, want none", tc.word, ids)
			}
			continue
		}
		id, ok := l.ID(tc.want)
		if !ok {
			t.Fatalf("lexicon has no English %q", tc.want)
		}
		found := false
		for _, x := range ids {
			found = found || x == id
		}
		if !found {
			t.Errorf("Lookup(%q) = %v, want it to include %q (%d)", tc.word, ids, tc.want, id)
		}
	}
}

func TestStem(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Talks", "talk"}, {"visited", "visit"}, {"countries", "country"},
		{"planned", "plan"}, {"running", "run"}, {"Korea's", "korea"},
		{"press", "press"}, {"bus", "bus"}, {"crisis", "crisis"}, {"watches", "watch"},
	}
	for _, tc := range tests {
		if got := Stem(tc.in); got != tc.want {
			t.Errorf("Stem(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestParse(t *testing.T) {
	l := Default().Clone()
	before := Default().Len()
	in := "# comment\n\n비핵화협상 @ denuclearization talks\n백두산 @ Mount Paektu\n두 단어 @ skipped\n"
	if err := l.Parse(strings.NewReader(in), "my.dic"); err != nil {
		t.Fatal(err)
	}
	if l.Skipped == Default().Skipped || Default().Len() != before {
		t.Errorf("Skipped %d; default lexicon changed: %d -> %d", l.Skipped, before, Default().Len())
	}
	id, _ := l.ID("paektu")
	if ids := l.Lookup("백두산에"); len(ids) == 0 || ids[0] != id && ids[len(ids)-1] != id {
		t.Errorf("added entry not found: %v", ids)
	}
	for _, bad := range []string{"no separator here", " @ english", "한국 @ ", "a\xffb @ c"} {
		err := New().Parse(strings.NewReader("ok @ fine\n"+bad+"\n"), "bad.dic")
		if err == nil || !strings.Contains(err.Error(), "bad.dic:2") {
			t.Errorf("Parse(%q): error %v, want one naming bad.dic:2", bad, err)
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add("한국 @ Korea\n")
	f.Add("@\n")
	f.Fuzz(func(t *testing.T, s string) {
		l := New()
		if err := l.Parse(strings.NewReader(s), "fuzz"); err != nil {
			return
		}
		for _, w := range strings.Fields(s) {
			l.Lookup(w)
		}
	})
}

func TestHas(t *testing.T) {
	l := Default()
	for w, want := range map[string]bool{"정부": true, "김영철": false, "정부는": false, "폼페이오": false} {
		if l.Has(w) != want {
			t.Errorf("Has(%q) = %v", w, !want)
		}
	}
}
