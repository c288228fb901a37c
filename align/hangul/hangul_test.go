package hangul

import "testing"

func TestDecomposeComposeAll(t *testing.T) {
	for r := rune(SBase); r <= SLast; r++ {
		s, ok := Decompose(r)
		if !ok {
			t.Fatalf("Decompose(%U) failed", r)
		}
		if got := Compose(s); got != r {
			t.Fatalf("Compose(Decompose(%U)) = %U", r, got)
		}
	}
	if _, ok := Decompose('a'); ok {
		t.Error("Decompose('a') succeeded")
	}
}

func TestDecompose(t *testing.T) {
	tests := []struct {
		r    rune
		want Syllable
	}{
		{'가', Syllable{LG, VA, TNone}},
		{'김', Syllable{LG, VI, TM}},
		{'값', Syllable{LG, VA, TBS}},
		{'읽', Syllable{LNull, VI, TLG}},
		{'힣', Syllable{LH, VI, TH}},
	}
	for _, tt := range tests {
		if got, _ := Decompose(tt.r); got != tt.want {
			t.Errorf("Decompose(%c) = %+v, want %+v", tt.r, got, tt.want)
		}
	}
}

func TestCompatJamo(t *testing.T) {
	tests := []struct {
		r     rune
		kind  int
		index int8
	}{
		{'ㄱ', KindInitial, LG},
		{'ㅎ', KindInitial, LH},
		{'ㄳ', KindFinal, TGS},
		{'ㅏ', KindVowel, VA},
		{'ㅣ', KindVowel, VI},
		{'\u1100', KindInitial, LG},
		{'\u11A8', KindFinal, TG},
		{'a', KindNone, 0},
	}
	for _, tt := range tests {
		k, i := CompatJamo(tt.r)
		if k != tt.kind || i != tt.index {
			t.Errorf("CompatJamo(%U) = %d,%d want %d,%d", tt.r, k, i, tt.kind, tt.index)
		}
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"김정은", "김정은"},
		{"\u1100\u1175\u11B7", "김"}, // conjoining jamo
		{"\uFFA1\uFFC2", "ㄱㅏ"},      // half-width jamo
		{"ＡＢＣ 김", "ABC 김"},          // full-width Latin
		{"\xff", "\uFFFD"},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
