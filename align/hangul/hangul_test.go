package hangul

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

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

func TestToCompatJamoAgreesWithNFKC(t *testing.T) {
	// NFKC takes a compatibility jamo to its conjoining jamo (to the
	// initial for a consonant): the inverse of ToCompatJamo, computed by
	// x/text from the Unicode tables.
	n := 0
	for r := rune(0x1100); r <= 0x11FF; r++ {
		c, ok := ToCompatJamo(r)
		if !ok {
			if c != r {
				t.Errorf("ToCompatJamo(%U) = %U, false; want the rune back", r, c)
			}
			continue
		}
		n++
		if !IsCompatJamo(c) {
			t.Errorf("ToCompatJamo(%U) = %U, not a compatibility jamo", r, c)
		}
		if r >= 0x11A8 {
			// A final: NFKC gives the initial of the same letter (ㄱ is
			// ᄀ), or the final itself for a cluster (ㄳ is ᆪ).
			kind, i := CompatJamo(c)
			if t2, _ := InitialToFinal(i); !(kind == KindFinal && i == int8(r-0x11A7) || kind == KindInitial && t2 == int8(r-0x11A7)) {
				t.Errorf("ToCompatJamo(%U) = %U, another letter", r, c)
			}
			continue
		}
		if got := norm.NFKC.String(string(c)); got != string(r) {
			t.Errorf("ToCompatJamo(%U) = %U, whose NFKC is %q", r, c, got)
		}
	}
	if n != LCount+VCount+TCount-1 {
		t.Errorf("%d conjoining jamo mapped, want %d", n, LCount+VCount+TCount-1)
	}
	if _, ok := ToCompatJamo('ㄱ'); ok {
		t.Error("ToCompatJamo(ㄱ) reported a conjoining jamo")
	}
}

func TestInitialJamo(t *testing.T) {
	for r := rune(SBase); r <= SLast; r += 97 {
		s, _ := Decompose(r)
		l := s.InitialJamo()
		// NFD of a syllable starts with its initial's conjoining jamo.
		if want := []rune(norm.NFD.String(string(r)))[0]; l != want {
			t.Fatalf("%c: InitialJamo = %U, want %U", r, l, want)
		}
	}
}

func TestRuneClasses(t *testing.T) {
	tests := []struct {
		r                          rune
		syllable, compat, jamo, ko bool
	}{
		{'가', true, false, false, true},
		{'힣', true, false, false, true},
		{'ㄱ', false, true, true, true},
		{'ㆎ', false, true, true, true},
		{'ᄀ', false, false, true, true},
		{'a', false, false, false, false},
		{'漢', false, false, false, false},
		{0xD7A4, false, false, false, false},
	}
	for _, tc := range tests {
		if got := IsSyllable(tc.r); got != tc.syllable {
			t.Errorf("IsSyllable(%U) = %v", tc.r, got)
		}
		if got := IsCompatJamo(tc.r); got != tc.compat {
			t.Errorf("IsCompatJamo(%U) = %v", tc.r, got)
		}
		if got := IsJamo(tc.r); got != tc.jamo {
			t.Errorf("IsJamo(%U) = %v", tc.r, got)
		}
		if got := IsHangul(tc.r); got != tc.ko {
			t.Errorf("IsHangul(%U) = %v", tc.r, got)
		}
	}
}

// TestDecodeSyllable holds DecodeSyllable to utf8.DecodeRuneInString on
// every rune of the Basic Multilingual Plane (and two beyond), alone and
// followed by more text, and on the broken UTF-8
// around the syllables' bytes (cut sequences, surrogates, stray
// continuation bytes).
func TestDecodeSyllable(t *testing.T) {
	texts := []string{"", "\xea", "\xea\xb0", "\xed\xa0\x80", "\xed\x9f\xbf", "\xea\x80\x80", "\xeb\xc0\x80", "\xec\x80\x7f",
		"\xee\x80\x80", "\xe9\xbf\xbf", "\x80\x80\x80"}
	for r := rune(0); r < 0x10000; r++ {
		texts = append(texts, string(r), string(r)+"가")
	}
	texts = append(texts, "\U0001F600", "\U0010FFFF")
	for _, s := range texts {
		r, ok := DecodeSyllable(s)
		want, _ := utf8.DecodeRuneInString(s)
		if ok != IsSyllable(want) || ok && r != want {
			t.Fatalf("DecodeSyllable(%q) = %U %v, utf8 decodes %U", s, r, ok, want)
		}
	}
}

// syllableRuns returns the runs of precomposed syllables of s.
func syllableRuns(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !IsSyllable(r) })
}

// TestHasConjoiningJamo holds HasConjoiningJamo to a search for runes of
// U+1100 to U+11FF, and checks what it promises: Normalize keeps the
// syllable runs of text without such jamo, with every other rune before
// and after syllables (with and without a final), and on broken UTF-8
// around the jamo's bytes.
func TestHasConjoiningJamo(t *testing.T) {
	isJamo := func(r rune) bool { return r >= 0x1100 && r <= 0x11FF }
	texts := []string{"", "\xe1", "\xe1\x84", "\xe1\x84가", "\xe1\x88\x80", "\xe1\x83\xbf", "\xe1\xe1\x84\x80", "가\xe1\x87",
		"\xe1\x87\xbf", "\xe1\x87\xc0", "\xe1\x84\x80", "\xe2\x84\x80", "\x84\x80", "\xff\x84\x80", "가\u11A8"}
	// Every rune alone, and the others than jamo many to a text, each
	// after a syllable and before the next: 가 r 각 r' 가 r'' ….
	var b strings.Builder
	for r := rune(0); r <= 0x10FFFF; r++ {
		if HasConjoiningJamo(string(r)) != isJamo(r) {
			t.Fatalf("HasConjoiningJamo(%q) = %v", r, !isJamo(r))
		}
		if !isJamo(r) {
			b.WriteString(string(r) + []string{"가", "각"}[r%2])
		}
		if r%4096 == 0 || r == 0x10FFFF {
			texts = append(texts, b.String())
			b.Reset()
		}
	}
	for _, s := range texts {
		has := HasConjoiningJamo(s)
		if want := strings.ContainsFunc(s, isJamo); has != want {
			t.Fatalf("HasConjoiningJamo(%q) = %v, want %v", s, has, want)
		}
		if !has && !slices.Equal(syllableRuns(Normalize(s)), syllableRuns(s)) {
			t.Fatalf("Normalize(%q) = %q: its syllable runs changed", s, Normalize(s))
		}
	}
	if s := "가\u11A8"; slices.Equal(syllableRuns(Normalize(s)), syllableRuns(s)) {
		t.Errorf("Normalize(%q) keeps its syllables: the test above proves nothing", s)
	}
}
