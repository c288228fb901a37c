package surname

import (
	"slices"
	"strings"
	"testing"

	"github.com/bitext-ko/bitext/align/hangul"
)

func TestSplit(t *testing.T) {
	tests := []struct {
		in, sur, given string
		known, ok      bool
	}{
		{"김정은", "김", "정은", true, true},
		{"남궁민", "남궁", "민", true, true},
		{"황보관", "황보", "관", true, true},
		{"선우진", "선", "우진", true, true},
		{"선우학원", "선우", "학원", true, true},
		{"쀍뷁", "쀍", "뷁", false, true},
		{"김", "", "", false, false},
		{"Kim", "", "", false, false},
	}
	for _, tt := range tests {
		sur, given, known, ok := Split(tt.in)
		if sur != tt.sur || given != tt.given || known != tt.known || ok != tt.ok {
			t.Errorf("Split(%q) = %q %q %v %v, want %q %q %v %v", tt.in, sur, given, known, ok, tt.sur, tt.given, tt.known, tt.ok)
		}
	}
}

func TestByLatin(t *testing.T) {
	tests := []struct {
		latin string
		want  []string
	}{
		{"Lee", []string{"이", "리"}},
		{"KIM", []string{"김"}},
		{"Ch'oe", []string{"최"}},
		{"Chŏng", []string{"정"}},
		{"Kwo\u0306n", []string{"권"}}, // a decomposed breve
		{"Chʼoe", []string{"최"}},
		{"Namkoong", []string{"남궁"}},
		{"Smith", nil},
	}
	for _, tt := range tests {
		got := ByLatin(tt.latin)
		var hs []string
		for _, s := range got {
			hs = append(hs, s.Hangul)
		}
		for _, w := range tt.want {
			found := false
			for _, h := range hs {
				found = found || h == w
			}
			if !found {
				t.Errorf("ByLatin(%q) = %v, missing %s", tt.latin, hs, w)
			}
		}
		if tt.want == nil && len(hs) > 0 {
			t.Errorf("ByLatin(%q) = %v, want none", tt.latin, hs)
		}
	}
}

func TestTableWellFormed(t *testing.T) {
	if len(All()) < 100 {
		t.Fatalf("only %d surnames", len(All()))
	}
	for _, s := range All() {
		if s.Press == "" || s.DPRK == "" || s.MR == "" {
			t.Errorf("%s: missing spelling", s.Hangul)
		}
	}
}

// TestByLatinFolds holds ByLatin's path for ASCII words to the look-up
// of FoldLatin's form, on every spelling of the table in three cases and
// on words that are no spelling.
func TestByLatinFolds(t *testing.T) {
	words := []string{"", "a", "Kim", "KIM", "kIm", "O'Brien", "Ch'oe", "Chŏng", "Lee-Kim", "Abcdefghijklmnop", "Abcdefghijklmnopq", "Ri1"}
	for k := range load().byLatin {
		words = append(words, k, strings.ToUpper(k), strings.ToUpper(k[:1])+k[1:])
	}
	for _, w := range words {
		if got, want := ByLatin(w), load().byLatin[FoldLatin(w)]; !slices.Equal(got, want) {
			t.Errorf("ByLatin(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestSplitCounts holds Split's count of syllables to one that decodes
// every rune, on names of every length and on broken text.
func TestSplitCounts(t *testing.T) {
	for _, name := range []string{"", "김", "김정", "김정은", "선우학원", "남궁가나다", "남궁가나다라", "김정은a", "김\xea\xb0", "김정\xed\xa0\x80",
		"김 정은", "ᄀ정은", "가나다라마바사", "\xea\xb0\x80\xea\xb0"} {
		n, ok := 0, true
		for _, r := range name {
			if !hangul.IsSyllable(r) {
				ok = false
			}
			n++
		}
		ok = ok && n >= 2 && n <= 5
		if _, _, _, got := Split(name); got != ok {
			t.Errorf("Split(%q): ok = %v, want %v", name, got, ok)
		}
	}
}

// TestSyllableTables holds the tables Split and Lookup read by syllable
// to the table by Hangul: for every syllable, alone and before each
// syllable that ends a surname of two, the same surname found, and the
// same split of a name of three and four syllables.
func TestSyllableTables(t *testing.T) {
	tab := load()
	var seconds []rune
	for _, s := range All() {
		if r := []rune(s.Hangul); len(r) == 2 && !slices.Contains(seconds, r[1]) {
			seconds = append(seconds, r[1])
		}
	}
	for r := rune(hangul.SBase); r <= hangul.SLast; r++ {
		one := string(r)
		got, ok := Lookup(one)
		if want, wantOK := tab.byHan[one]; got != want || ok != wantOK {
			t.Fatalf("Lookup(%q) = %v, %v; want %v, %v", one, got, ok, want, wantOK)
		}
		for _, r2 := range seconds {
			two := one + string(r2)
			for _, name := range []string{two + "진", two + "진수"} {
				sur, _, known, _ := Split(name)
				wantSur, wantKnown := one, tab.byHan[one] != nil
				if s, ok := tab.byHan[two]; ok && (twoSyllableAlways[two] || len(name) >= 12) {
					wantSur, wantKnown = s.Hangul, true
				}
				if sur != wantSur || known != wantKnown {
					t.Fatalf("Split(%q) = %q, %v; want %q, %v", name, sur, known, wantSur, wantKnown)
				}
			}
		}
	}
}
