package cognate

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/bitext-ko/bitext/align/hangul"
	"github.com/bitext-ko/bitext/align/names/skeleton"
)

// englishNameKeysRef is EnglishNameKeys as first written (with 0ff3ec2's
// rule that a curly closing quote ends a run, as a straight one did),
// splitting the
// text with strings.FieldsSeq and joining each run with strings.Join for
// skeleton.Latin: the reference for the version that reads the words' bytes
// and joins the runs lower-cased on the stack.
func englishNameKeysRef(s string) []uint64 {
	var keys []uint64
	var run []string
	flush := func() {
		for i := range run {
			for n := 1; n <= 3 && i+n <= len(run); n++ {
				keys = skeleton.EditKeys(skeleton.Latin(strings.Join(run[i:i+n], " ")), keys)
			}
		}
		run = run[:0]
	}
	for f := range strings.FieldsSeq(s) {
		w := strings.TrimFunc(f, notLetter)
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if first, _ := utf8.DecodeRuneInString(w); w == "" || !unicode.IsUpper(first) || isAllUpper(w) {
			flush()
			continue
		}
		run = append(run, w)
		if last, _ := utf8.DecodeLastRuneInString(f); strings.ContainsRune(".,;:!?)\"”’", last) {
			flush()
		}
	}
	flush()
	return keys
}

// nameTexts are texts on the edges of the name rules: runs of more than
// three capitals, possessives, punctuation that ends a run (the closing
// quotes, curly ones included), capitals outside ASCII and letters that lower-case
// into ASCII (the Kelvin sign, dotted İ), white space of every kind,
// all-capital words, r and x at the start of a later word, long names and
// broken UTF-8.
var nameTexts = []string{
	"US Secretary of State Mike Pompeo met Kim Yong-chol.", "President Donald John Trump Jr. said",
	"Xi Jinping's visit; Moon Jae-in’s “Rhee Syngman” (Roh Moo-hyun) ÉMILE Émile Zola, \u212Aim İstanbul",
	"Kim\u00a0Jong\u2003Un\u0085Ri Sol-ju\u3000Xavier Rhodes", "NASA CNN Kim UN-Korea K I A", "",
	"Wolfgang Amadeus Mozart Johann Sebastian Bachmannsdorfer-Schwarzenegger", "\xffKim Jong\xff \xe2\x80Pak Ko\xe2\x80",
	"Seoul!Tokyo? Beijing:Moscow\" London) Paris. Rome”", "'s ’s Kim's Lee’s S's", "ǅemal ǈubo Ωmega Σίσυφος",
}

// koreanNameWords are words on the edges of KoreanNameKeys: a run that
// does not start the word, particles, runs longer than eight syllables,
// syllables that add no class, broken UTF-8 and surrogates.
var koreanNameWords = []string{"폼페이오는", "김영철과", "(김정은)", "“트럼프”의", "UN사무총장", "마이크폼페이오국무장관이라고",
	"a", "", "정부", "\xff폼페이오", "폼\xff페이오", "1월8일", "스티븐·비건", "아이오와", "오오오오오오오오오오", "\xed\xa0\x80가나다",
	"\xea\xb0", "가\xea\xb0나다", "앙앙강강", "닭값읽기"}

func checkNameKeys(t *testing.T, s string) {
	t.Helper()
	if got, want := EnglishNameKeys(s), englishNameKeysRef(s); !slices.Equal(got, want) {
		t.Fatalf("EnglishNameKeys(%q) = %x, reference %x", s, got, want)
	}
	for w := range strings.FieldsSeq(s) {
		if got, want := KoreanNameKeys(w, nil), koreanNameKeysRef(w); !slices.Equal(got, want) {
			t.Fatalf("KoreanNameKeys(%q) = %x, reference %x", w, got, want)
		}
	}
}

// TestNameKeysMatchReference holds EnglishNameKeys and KoreanNameKeys to
// their references on the texts above, on random texts of their pieces and
// on the dev corpus when ../shared is there.
func TestNameKeysMatchReference(t *testing.T) {
	found := 0
	for _, s := range nameTexts {
		checkNameKeys(t, s)
		found += len(EnglishNameKeys(s))
	}
	for _, w := range koreanNameWords {
		checkNameKeys(t, w)
		found += len(KoreanNameKeys(w, nil))
	}
	if found < 100 {
		t.Errorf("the texts give %d keys: too few to test the rules", found)
	}
	var pieces []string
	for _, s := range append(nameTexts, koreanNameWords...) {
		pieces = append(pieces, strings.Fields(s)...)
	}
	pieces = append(pieces, "R", "X", "Rh", "Xu", "r", "x", "’", "”", ".", "'s", "\xe2\x80\x9d")
	seps := []string{" ", " ", "\u00a0", "\u2003", "\n", ",", "", "-"}
	for _, s := range randomJoins(3, pieces, seps, 8, 20000) {
		checkNameKeys(t, s)
	}
	files, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "corpus", "dev", "*", "*.txt"))
	if len(files) == 0 {
		t.Skip("../shared/corpus/dev is absent: the name keys are not checked on real text")
	}
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for line := range strings.Lines(string(text)) {
			checkNameKeys(t, line)
		}
	}
}

// randomJoins returns n texts of one to max pieces, each followed by a
// separator, drawn with the given seed.
func randomJoins(seed uint64, pieces, seps []string, max, n int) []string {
	rng := rand.New(rand.NewPCG(seed, seed+1))
	texts := make([]string, n)
	for k := range texts {
		var b strings.Builder
		for range 1 + rng.IntN(max) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
			b.WriteString(seps[rng.IntN(len(seps))])
		}
		texts[k] = b.String()
	}
	return texts
}

// TestSyllableSkeleton checks the table of syllable skeletons against
// skeleton.Hangul on every syllable.
func TestSyllableSkeleton(t *testing.T) {
	for r := rune(hangul.SBase); r <= hangul.SLast; r++ {
		s, _ := hangul.Decompose(r)
		if got, want := syllableSkeleton[s.L][s.T], skeleton.Hangul(string(r)); got != want {
			t.Fatalf("syllableSkeleton of %c = %q, skeleton.Hangul gives %q", r, got, want)
		}
	}
}

// TestNameRunEnds: a word that closes a quotation, with a straight or a
// curly quote, ends a run of capitals as a full stop does, so the name
// inside the quotes is not joined to the capitalized word after them.
func TestNameRunEnds(t *testing.T) {
	want := EnglishNameKeys("Rhee Syngman. Park")
	for _, s := range []string{`“Rhee Syngman” Park`, `"Rhee Syngman" Park`, `‘Rhee Syngman’ Park`} {
		if got := EnglishNameKeys(s); !slices.Equal(got, want) {
			t.Errorf("EnglishNameKeys(%q) = %x, want the keys of %q, %x", s, got, "Rhee Syngman. Park", want)
		}
	}
}
