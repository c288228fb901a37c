package cognate

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode"
)

// englishNumbersRef is EnglishNumbers as first written, splitting the text
// with strings.FieldsFunc and lower-casing every word with
// strings.ToLower: the reference for the version that scans the words in
// place and reads a word that starts with a letter only as a month or
// number word.
func englishNumbersRef(s string) []Number {
	var out []Number
	words := strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == '-' || r == '–' || r == '—' || r == '/' || r == '(' || r == ')'
	})
	for i := 0; i < len(words); i++ {
		w := strings.TrimFunc(words[i], isNumberMark)
		lw := strings.ToLower(w)
		if m, ok := monthNames[strings.TrimSuffix(lw, ".")]; ok && (lw != "may" || w == "May") && (lw != "march" || w == "March") {
			out = append(out, Number{Value: float64(m), Month: true})
			continue
		}
		if v, ok := enNumberWords[lw]; ok && lw != "second" && lw != "half" {
			out = append(out, Number{Value: v})
			continue
		}
		v, rest, ok := leadingNumber(w)
		if !ok {
			continue
		}
		rest = strings.ToLower(rest)
		switch rest {
		case "", "st", "nd", "rd", "th", "s", "%", "'s":
		default:
			if m, ok := enMultipliers[rest]; ok {
				v *= m
			} else if !strings.HasPrefix(rest, "%") {
				if !isLetters(rest) {
					continue
				}
			}
		}
		if i+1 < len(words) {
			next := strings.ToLower(strings.TrimFunc(words[i+1], isScaleMark))
			if m, ok := enMultipliers[next]; ok && len(next) > 2 {
				v *= m
				i++
			}
		}
		out = append(out, Number{Value: v})
	}
	return out
}

// numberTexts are texts on the edges of EnglishNumbers' rules: months and
// number words in every case, with marks and brackets around them, words
// of letters outside ASCII that lower-case into ASCII (the Kelvin sign K,
// dotted İ), numbers with multipliers after separators, broken UTF-8.
var numberTexts = []string{
	"on Jan. 8, 2019", "in May, you may go", "MARCH march March", "“September” (SEPT.) sept",
	"Second half: second, HALF, Half", "FIRST Fİrst ﬁrst", "thousand Thousand 3 THOUSAND", "$16 billion, €3bn; ₩200 trillion.",
	"12–15 June/July", "4th 1st 22nd 3rd 's 10km 3pm 5% 7%s 8%-9%", "“12” [Dec] ‘twenty’ ’forty’",
	"\u212Aan \u212A 3\u212A", "twelve\u00a0twenty\u0085thirty\u2003forty", "\xffJan \xe2\x80Jan. Jan\xe2\x80 5\xff",
	"1,000.5 1,00 1.5.6 .5 5. $ # ~3 ≈4 #1", "---  //  ()", "", "Septembers Septemberish Decembers",
	"five-year 2-million 3/million 7 (billion) 8 billion, 9 bn 10 tn",
}

func TestEnglishNumbersMatchesReference(t *testing.T) {
	check := func(s string) {
		t.Helper()
		if got, want := EnglishNumbers(s), englishNumbersRef(s); !reflect.DeepEqual(got, want) {
			t.Errorf("EnglishNumbers(%q) = %v, reference %v", s, got, want)
		}
	}
	found := 0
	for _, s := range numberTexts {
		check(s)
		found += len(EnglishNumbers(s))
	}
	if found < 50 {
		t.Errorf("the texts have %d numbers: too few to test the rules", found)
	}
	// Random texts from the pieces of the texts above.
	var pieces []string
	for _, s := range numberTexts {
		pieces = append(pieces, strings.Fields(s)...)
	}
	seps := []string{" ", "-", "/", "(", ")", "–", "\u00a0", ""}
	for _, s := range randomJoins(1, pieces, seps, 6, 20000) {
		check(s)
	}
	// The English of the dev corpus, when it is there.
	files, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "corpus", "dev", "*", "*.en.txt"))
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(text), "\n") {
			check(line)
		}
	}
}

// FuzzEnglishNumbersReference checks EnglishNumbers against the reference
// on any text.
func FuzzEnglishNumbersReference(f *testing.F) {
	for _, s := range numberTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := EnglishNumbers(s), englishNumbersRef(s); !reflect.DeepEqual(got, want) {
			t.Errorf("EnglishNumbers(%q) = %v, reference %v", s, got, want)
		}
	})
}

// TestMayBeNamedNumber checks that the filter lets every month name and
// number word through in every case, and stops words of other shapes.
func TestMayBeNamedNumber(t *testing.T) {
	for _, m := range []map[string]float64{enNumberWords, func() map[string]float64 {
		ms := map[string]float64{}
		for w, v := range monthNames {
			ms[w] = float64(v)
		}
		return ms
	}()} {
		for w := range m {
			for _, c := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
				if !mayBeNamedNumber(c) {
					t.Errorf("mayBeNamedNumber(%q) = false", c)
				}
			}
		}
	}
	for _, w := range []string{"the", "The", "a", "to", "of", "said", "Trump", "Kim", "Jan1", "t"} {
		if mayBeNamedNumber(w) {
			t.Errorf("mayBeNamedNumber(%q) = true", w)
		}
	}
}
