package namekey

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"unicode"
	"unicode/utf8"

	"github.com/bitext-ko/bitext/align/names/internal/namesdata"

	"github.com/bitext-ko/bitext/align/names/mr"
	"github.com/bitext-ko/bitext/align/names/surname"
)

// parseRef is Parse as first written, with strings.FieldsFunc,
// strings.Split and a splitSyllables that makes its syllables on the
// heap: the reference for Parse.
func parseRef(s string) (Name, error) {
	s = strings.TrimSpace(s)
	if s == "" || utf8.RuneCountInString(s) > 80 || !utf8.ValidString(s) {
		return Name{}, fmt.Errorf("%q: %w", s, ErrNotName)
	}
	for _, r := range s {
		if mr.IsApostrophe(r) {
			continue // any form of MR's apostrophe, ʼ (a letter) too
		}
		if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) && !strings.ContainsRune(" -.,", r) {
			return Name{}, fmt.Errorf("%q: %w", s, ErrNotName)
		}
		if unicode.IsLetter(r) && !unicode.In(r, unicode.Latin) {
			return Name{}, fmt.Errorf("%q: %w", s, ErrNotName)
		}
	}
	comma := strings.Index(s, ",")
	words := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' })
	if len(words) < 2 || len(words) > 5 {
		return Name{}, fmt.Errorf("%q: %w", s, ErrNotName)
	}
	first, last := words[0], words[len(words)-1]
	surFirst := true
	switch {
	case comma > 0:
		surFirst = true
	case allCaps(first) && !allCaps(last):
		surFirst = true
	case allCaps(last) && !allCaps(first):
		surFirst = false
	case strings.Contains(first, "-") && !strings.Contains(last, "-"):
		surFirst = false
	case strings.Contains(last, "-"):
		surFirst = true
	case len(surname.ByLatin(first)) > 0:
		surFirst = true
	case len(surname.ByLatin(last)) > 0:
		surFirst = false
	}
	n := Name{SurnameFirst: surFirst}
	var given []string
	if surFirst {
		n.Surname, given = first, words[1:]
	} else {
		n.Surname, given = last, words[:len(words)-1]
	}
	if ks := surname.ByLatin(n.Surname); len(ks) > 0 {
		n.Known = ks[0]
	}
	for _, g := range given {
		for _, part := range strings.Split(g, "-") {
			if part == "" {
				continue
			}
			if syl := splitSyllablesRef(part); syl != nil {
				n.Given = append(n.Given, syl...)
			} else {
				n.Given = append(n.Given, part)
			}
		}
	}
	if len(n.Given) == 0 {
		return Name{}, fmt.Errorf("%q: %w", s, ErrNotName)
	}
	return n, nil
}

// splitSyllablesRef is splitSyllables as first written.
func splitSyllablesRef(w string) []string {
	lw := strings.ToLower(mr.Plain(w))
	if len(lw) == 0 || len(lw) > maxGivenLetters {
		return nil
	}
	for _, c := range lw {
		if c < 'a' || c > 'z' {
			return nil
		}
	}
	cuts, n := syllableCuts(lw)
	if n == 0 {
		return nil
	}
	best := cuts[:n]
	// Cut the original spelling (which may hold marks) at the same
	// letter counts; a rune that mr.Plain drops (an apostrophe) is no
	// letter.
	var out []string
	orig := []rune(w)
	letters := 0
	start := 0
	ci := 0
	for i, r := range orig {
		if mr.Plain(string(r)) != "" {
			letters++
		}
		if ci < len(best) && letters == best[ci] {
			out = append(out, string(orig[start:i+1]))
			start = i + 1
			ci++
		}
	}
	if start < len(orig) && len(out) > 0 {
		out[len(out)-1] += string(orig[start:])
	}
	return out
}

// keyRef is Name.Key as first written, with foldRef: the reference for
// Name.Key.
func keyRef(n Name) string {
	sur := ""
	if n.Known != nil {
		sur = n.Known.Hangul
		if sur == "리" {
			sur = "이" // the North's spelling of the same surname
		}
		if alt, ok := northSouth[sur]; ok {
			sur = alt
		}
	} else {
		sur = foldRef(n.Surname)
	}
	return sur + "|" + foldRef(strings.Join(n.Given, ""))
}

// foldRef is fold as first written, with strings.ReplaceAll.
func foldRef(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(mr.Plain(s)) {
		switch r {
		case 'ü':
			b.WriteString("u")
		case 'é', 'è':
			b.WriteString("e")
		default:
			if r >= 'a' && r <= 'z' {
				b.WriteRune(r)
			}
		}
	}
	w := b.String()
	for _, rp := range [][2]string{
		{"tch", "j"}, {"ch", "j"}, {"sh", "s"}, {"ck", "g"},
		{"kh", "g"}, {"th", "d"}, {"ph", "b"},
		{"yeo", "yo"}, {"you", "yo"}, {"weo", "wo"}, {"eui", "ui"},
		{"eo", "o"}, {"eu", "u"}, {"oo", "u"}, {"ou", "u"}, {"ee", "i"}, {"ai", "ae"},
		// ㅕ is yeo, yo, yu or you in names (Hyun, Hyon, Hyŏn), and ㅠ yu
		// or yoo: one key for the y-vowels.
		{"yu", "yo"},
	} {
		w = strings.ReplaceAll(w, rp[0], rp[1])
	}
	var out []byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch c {
		case 'k':
			c = 'g'
		case 't':
			c = 'd'
		case 'p':
			c = 'b'
		case 'r':
			c = 'l'
		case 'h':
			// h after a consonant marks aspiration (ch'→chh, kh).
			if i > 0 && !isVowel(w[i-1]) {
				continue
			}
		case 'w':
			// Woo and U, Won and Wŏn.
			if i+1 < len(w) && w[i+1] == 'u' {
				continue
			}
		}
		if len(out) > 0 && out[len(out)-1] == c {
			continue
		}
		out = append(out, c)
	}
	return string(out)
}

// TestParseMatchesRef holds Parse to parseRef on the romanized names of
// the shared name lists (../shared/names, when they are there), on each
// of their words as koreanSyllables in package english parses it ("Kim "
// + part + part in lower case), on runs of up to four words of the
// shared corpus's English texts, and on names that test the edges:
// marks, apostrophes, letters that lower to ASCII, too many words, too
// many syllables.
func TestParseMatchesRef(t *testing.T) {
	names := []string{"", " ", "Kim", "Kim Jong-un", "KIM Jong Un", "Jong-un Kim", "Kim, Jong-un", "Ch'oe Ŭn-hŭi",
		"Chŏng Ŭn", "Kim Jong-un-il", "Kim --", "Kim - un", "Kim Jongunilsungchol", "Kim Jongunilsungcholminho",
		"Kim A B C D", "Kim A B C D E", "Kim , , Jong", "KİM Jongİl", "Kim \u212aim", "Kim Jo'ng", "Kim Jong`un",
		"Kim Jo\u0306ng", "Kim Jong1", "김 정은", "Kim\xffJong", "Kim Jong’un", strings.Repeat("Kim Jong ", 10),
		"Kim " + strings.Repeat("Jong-", 20) + "un", "Lee Myung-bak", "Moon Jae-in", "Yoon Suk Yeol"}
	var words []string
	for _, f := range namesdata.Fields(t) {
		names = append(names, f)
		words = append(words, strings.Fields(f)...)
	}
	paths, _ := filepath.Glob(filepath.Join("..", "..", "..", "..", "shared", "corpus", "dev", "*", "*.en.txt"))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		ws := strings.Fields(string(b))
		words = append(words, ws...)
		for i := range ws {
			for n := 2; n <= 4 && i+n <= len(ws); n++ {
				names = append(names, strings.Join(ws[i:i+n], " "))
			}
		}
	}
	for _, w := range words {
		for _, part := range strings.Split(w, "-") {
			names = append(names, "Kim "+part+strings.ToLower(part))
		}
	}
	for _, s := range names {
		got, err := Parse(s)
		want, errRef := parseRef(s)
		if (err == nil) != (errRef == nil) || err != nil && (err.Error() != errRef.Error() || !errors.Is(err, ErrNotName)) {
			t.Fatalf("Parse(%q): error %v, reference %v", s, err, errRef)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("Parse(%q) = %#v, reference %#v", s, got, want)
		}
		if err == nil {
			if k, kr := got.Key(), keyRef(want); k != kr {
				t.Fatalf("Key of %q = %q, reference %q", s, k, kr)
			}
		}
		if f, fr := string(appendFold([]byte("x|"), []byte(s))), "x|"+foldRef(s); f != fr {
			t.Fatalf("fold(%q) = %q, reference %q", s, f, fr)
		}
	}
}

// TestFoldRulesShorten checks that no rule of foldRules lengthens a
// spelling, which replaceInPlace needs, and that rules are of the letters
// a to z, which foldRuleLetters needs.
func TestFoldRulesShorten(t *testing.T) {
	for _, rp := range foldRules {
		if rp[0] == "" || len(rp[1]) > len(rp[0]) || strings.Trim(rp[0]+rp[1], "abcdefghijklmnopqrstuvwxyz") != "" {
			t.Errorf("fold rule %q → %q", rp[0], rp[1])
		}
	}
}

// TestKeyAllocs checks that Key makes two allocations, the given name's
// syllables and the key, for a name without marks.
func TestKeyAllocs(t *testing.T) {
	for _, s := range []string{"Kim Jong-un", "KIM Jong Un", "Donald Trump", "Jongun Rhee"} {
		if n := testing.AllocsPerRun(100, func() { Key(s) }); n != 2 {
			t.Errorf("Key(%q): %v allocations, want 2", s, n)
		}
	}
}

// TestParseAllocs checks that Parse makes one allocation: the given
// name's syllables, or the error.
func TestParseAllocs(t *testing.T) {
	for _, s := range []string{"Kim Jong-un", "KIM Jong Un", "Jongun Kim", "Kim Jongun", "Kim Washington", "Kim", "Seoul's"} {
		if n := testing.AllocsPerRun(100, func() { Parse(s) }); n != 1 {
			t.Errorf("Parse(%q): %v allocations, want 1", s, n)
		}
	}
}

// BenchmarkParse measures Parse on the names koreanSyllables and
// koreanPersonShape in package english give it.
func BenchmarkParse(b *testing.B) {
	names := []string{"Kim Jong-un", "Moon Jae-in", "KIM Jong Un", "Kim JongJong", "Kim ununun", "Kim WashingtonWashington", "Kim Jae-inJae-in"}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		for _, s := range names {
			Parse(s)
		}
	}
}
