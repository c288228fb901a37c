package english

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestPlaceKey holds appendPlaceKey to the expression it spells out, on
// every place of the list written as names are (capitalized, with
// periods, spaced oddly) and on text of other scripts and invalid UTF-8.
func TestPlaceKey(t *testing.T) {
	ref := func(name string) string {
		return strings.ReplaceAll(strings.ToLower(strings.Join(strings.Fields(name), " ")), ".", "")
	}
	inputs := []string{"", " ", ".", ". .", "U.S.", "u . s", "  North   Korea ", "NORTH\tKOREA\n", "São Paulo",
		"ÉVORA", "Straße", "İstanbul", "Σ.ΑΣ", "서울 Seoul", "\xff\xfeParis", "New\u00a0York", "New\u3000York", "K\u212aL"}
	for p := range places {
		inputs = append(inputs, p, strings.ToUpper(p), strings.ToUpper(p[:1])+p[1:], " "+strings.ReplaceAll(p, " ", ".  ")+". ")
	}
	for _, in := range inputs {
		if got, want := string(appendPlaceKey(nil, in)), ref(in); got != want {
			t.Errorf("appendPlaceKey(%q) = %q, want %q", in, got, want)
		}
	}
	if !IsPlace("North  Korea") || !IsPlace("U.S.") || IsPlace("Kim Jong-un") {
		t.Error("IsPlace does not read the list")
	}
}

// TestLowerKey holds appendLowerKey to lowerKey on words of every case,
// with periods, of other scripts and of broken UTF-8.
func TestLowerKey(t *testing.T) {
	words := []string{"", ".", "..", "U.S.", "Mr.", "KOREA", "Seoul", "São", "ÉVORA", "Straße", "İstanbul", "ΣΑΣ", "서울",
		"\xff", "a\xfe.", "K\u212a", "ǅ", strings.Repeat("Long", 20)}
	for w := range commonWords {
		words = append(words, w, strings.ToUpper(w)+".")
	}
	for _, w := range words {
		if got, want := string(appendLowerKey(nil, w)), lowerKey(w); got != want {
			t.Errorf("appendLowerKey(%q) = %q, want %q", w, got, want)
		}
		if got, want := string(appendLowerText(nil, w)), strings.ToLower(w); got != want {
			t.Errorf("appendLowerText(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestAndOr holds andOr to the expression it spells out.
func TestAndOr(t *testing.T) {
	ref := func(s string) bool {
		f := strings.Fields(strings.ReplaceAll(s, ",", " "))
		return len(f) == 1 && (f[0] == "and" || f[0] == "or" || f[0] == "&")
	}
	for _, s := range []string{"", " ", ",", " and ", ", and ", " ,and\u00a0", "and,", " or ", ", or,", "&", " & ", " and or ",
		" andor ", " And ", "\u3000and\u3000", "\u0085or", "and\xff", ",,&,,", " but "} {
		if got, want := andOr(s), ref(s); got != want {
			t.Errorf("andOr(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestIsScore holds isScore to scoreRE, which its first test must never
// contradict.
func TestIsScore(t *testing.T) {
	for _, s := range []string{"", " ", "1-0", " 1 - 0 ", "\t2–1:", " 3 -1 : ", "\v1-0", "\u00a01-0", " a 1-0", "1-", "-1", "12 - 10\n",
		"\f\r 4-4", "1 - 0 Rangers", ", ", " and ", "1", " 1x0 "} {
		if got, want := isScore(s), scoreRE.MatchString(s); got != want {
			t.Errorf("isScore(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestContextWords holds listNoun, possessed and appositionType, which
// read a few words of a name's context, to the first versions that split
// all of it (refListNoun, refPossessed, refAppositionType), on contexts
// made to reach each rule.
func TestContextWords(t *testing.T) {
	contexts := []string{"", " ", "brands such as", "such as", "as", "companies including", "firms like", " cities  such\tas ",
		"and other companies", ", and other big firms", " and other technology companies and", "and other", "and  other x y z cities",
		"'s plant", "’s new plant", "' coaching staff", "'s  shares.", "'s a plant", ", a daily", ", the country's capital", ", Toyota's managing director",
		", a, city", ", one two three four company", ", x\u00a0company", "such\u3000as", "\xffsuch as"}
	for _, b := range contexts {
		for _, a := range contexts {
			if got, want := listNoun(b, a), refListNoun(b, a); got != want {
				t.Errorf("listNoun(%q, %q) = %v, want %v", b, a, got, want)
			}
		}
		if got, want := possessed(b), refPossessed(b); got != want {
			t.Errorf("possessed(%q) = %v, want %v", b, got, want)
		}
		if got, want := appositionType(b), refAppositionType(b); got != want {
			t.Errorf("appositionType(%q) = %v, want %v", b, got, want)
		}
	}
}

// TestWordLists holds IsCommonWord and IsHeadWord, one look-up in
// wordClasses, to the lists they are made of, on every word of every list
// written as text writes it and on words of no list.
func TestWordLists(t *testing.T) {
	lists := []map[string]bool{titleWords, portfolioWords, orgWords, placeWords, eventWords, commonWords, calendarWords,
		demonyms, countryCodes, compass, functionWords, monthNames, givenNames}
	words := []string{"", ".", "Kim", "Seoul", "İstanbul", "\xff", "ARENA.", "Straße"}
	for _, l := range lists {
		for w := range l {
			words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:]+".", w+"s")
		}
	}
	for _, w := range words {
		k := lowerKey(w)
		common := commonWords[k] || calendarWords[k] || demonyms[k] || titleWords[k] ||
			orgWords[k] || placeWords[k] || eventWords[k] || compass[k]
		if got := IsCommonWord(w); got != common {
			t.Errorf("IsCommonWord(%q) = %v, want %v", w, got, common)
		}
		if got, want := IsHeadWord(w), orgWords[k] || placeWords[k]; got != want {
			t.Errorf("IsHeadWord(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestListJoin holds listJoin, which reads no further than a list's
// words, to the expression it spells out (refListJoin).
func TestListJoin(t *testing.T) {
	for _, s := range []string{"", " ", ",", ", ", " , ", " and ", ", and ", ",and", " ,and\u00a0", "and,", " or ", ", or,", "&", " & ",
		", &", " and or ", " andor ", " And ", "\u3000and\u3000", "\u0085or", "and\xff", ",,", ",,and", " , , ", " but ", " said ",
		"a", "o", " an ", " order ", ", and the ", ", or\n", "\n,\tand\n", "and and", ", a", "é", " amid ", ", oranges "} {
		if got, want := listJoin(s), refListJoin(s); got != want {
			t.Errorf("listJoin(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestHasDash holds hasDash to the expression it spells out.
func TestHasDash(t *testing.T) {
	for _, w := range []string{"", "-", "/", "Korea-US", "Xinhua/AFP", "Korea–US", "Korea—US", "a―b", "Korea", "é", "’s", "…",
		"\xe2", "\xe2\x80", "\xe2\x80\x93", "a\xe2\x80\x93", "\xe2\xe2\x80\x94", "\x80\x93", "\u2012", "\u2016", "“Fear”", "Jong-un"} {
		if got, want := hasDash(w), strings.ContainsAny(w, "-–—/―"); got != want {
			t.Errorf("hasDash(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestWordByte holds wordByte to notWordRune on every ASCII byte.
func TestWordByte(t *testing.T) {
	for c := range byte(utf8.RuneSelf) {
		if wordByte(c) == notWordRune(rune(c)) {
			t.Errorf("wordByte(%q) = %v", c, wordByte(c))
		}
	}
}

// TestWithKeys holds the keys withKeys gives tokens to lowerKey, on the
// tokens of the example article, in capitals too, and of words of other
// scripts, with dots and broken UTF-8.
func TestWithKeys(t *testing.T) {
	text, err := os.ReadFile("../../../testdata/example/summit.en.txt")
	if err != nil {
		t.Fatal(err)
	}
	odd := " U.S. Mr. KOREA São ÉVORA Straße İstanbul ΣΑΣ 서울 \xff a\xfe. K\u212a ǅ ok.. "
	for _, s := range []string{string(text), strings.ToUpper(string(text)), odd, strings.ToUpper(odd)} {
		toks := tokenize(s)
		withKeys(toks)
		for _, tok := range toks {
			if tok.key != lowerKey(tok.text) {
				t.Errorf("key of %q = %q, want %q", tok.text, tok.key, lowerKey(tok.text))
			}
		}
	}
}
