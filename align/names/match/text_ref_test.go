package match

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/bitext-ko/bitext/align/hangul"
	"github.com/bitext-ko/bitext/align/internal/randtext"
	"github.com/bitext-ko/bitext/align/names/surname"
)

// particleFitsRef is particleFits as first written, reading the
// particle's prefixes at each call: the reference for the version that
// classes every particle once (fitOf).
func particleFitsRef(stem, p string) bool {
	r, _ := utf8.DecodeLastRuneInString(stem)
	syl, ok := hangul.Decompose(r)
	fin := ok && syl.T != hangul.TNone
	switch {
	case strings.HasPrefix(p, "은"), p == "이", strings.HasPrefix(p, "을"), strings.HasPrefix(p, "과"),
		strings.HasPrefix(p, "으로"), strings.HasPrefix(p, "이라"), strings.HasPrefix(p, "이었"),
		strings.HasPrefix(p, "이다"), strings.HasPrefix(p, "이나"), strings.HasPrefix(p, "이며"),
		strings.HasPrefix(p, "이고"), strings.HasPrefix(p, "이랑"), strings.HasPrefix(p, "이든"):
		return fin
	case strings.HasPrefix(p, "는"), p == "가", strings.HasPrefix(p, "를"), strings.HasPrefix(p, "와"),
		strings.HasPrefix(p, "라"), strings.HasPrefix(p, "였"), p == "나", p == "야", p == "랑", p == "든":
		return !fin
	case strings.HasPrefix(p, "로"):
		return !fin || syl.T == hangul.TL
	}
	return true
}

// setRef is the map the sets of words by their last syllable (has)
// replaced.
func setRef(ws []string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// isFunctionWordRef is isFunctionWord of one word as first written, with
// the map of function words: a word is a function word, or a form of a
// predicate stem.
func isFunctionWordRef(w string) bool {
	if setRef(functionWordList)[w] {
		return true
	}
	for _, s := range predicateStems {
		if strings.HasPrefix(w, s) {
			return true
		}
	}
	return false
}

// TestHasMatchesReference holds has, the look-up of the sets of words by
// their last syllable, to a map of the same words: for every word of the
// sets, and for those words with a syllable more or less, with other
// characters, and broken.
func TestHasMatchesReference(t *testing.T) {
	sets := map[string][]string{"function words": functionWordList, "two-syllable particles": twoSyllableParticleList, "titles": titles}
	for name, list := range sets {
		b, ref := bySyllable(list, same), setRef(list)
		var words []string
		for _, w := range append(slices.Clone(list), particles...) {
			words = append(words, w, w+"가", "가"+w, w[:len(w)-3], w[3:], w+"a", w[:len(w)-1], " "+w, w+"\xff")
		}
		words = append(words, "", "a", "\xff", "\xea\xb0")
		for _, w := range words {
			if got, want := has(b, w), ref[w]; got != want {
				t.Errorf("%s: has(%q) = %v, want %v", name, w, got, want)
			}
		}
	}
}

// byLastRuneRef is the map the syllable tables replaced.
func byLastRuneRef(ws []string) map[rune][]string {
	m := map[rune][]string{}
	for _, w := range ws {
		r, _ := utf8.DecodeLastRuneInString(w)
		m[r] = append(m[r], w)
	}
	return m
}

// TestParticleFitsMatchesReference checks particleFits against the
// reference for every particle, the rests shorterParticle asks about, and
// other words, after stems ending in a vowel, in ㄹ, in another final
// consonant, and in no syllable at all.
func TestParticleFitsMatchesReference(t *testing.T) {
	ps := append(slices.Clone(particles), "나", "야", "랑", "든", "의", "로의", "", "x", "이야")
	stems := []string{"폼페이오", "서울", "김정은", "트럼프", "", "UN", "ㄱ", "\xff", "김\xe2\x80"}
	kinds := map[fit]int{}
	for _, p := range ps {
		kinds[fitOf(p)]++
		for _, s := range stems {
			if got, want := particleFits(s, p), particleFitsRef(s, p); got != want {
				t.Errorf("particleFits(%q, %q) = %v, reference %v", s, p, got, want)
			}
		}
	}
	if len(kinds) != 4 {
		t.Errorf("the particles fall in %d kinds, want all 4: %v", len(kinds), kinds)
	}
}

// TestLastRune checks lastRune against utf8.DecodeLastRuneInString on
// every rune at the end of a word, and on broken UTF-8.
func TestLastRune(t *testing.T) {
	check := func(w string) {
		t.Helper()
		r, n := lastRune(w)
		if wr, wn := utf8.DecodeLastRuneInString(w); r != wr || n != wn {
			t.Fatalf("lastRune(%q) = %q, %d; want %q, %d", w, r, n, wr, wn)
		}
	}
	for r := rune(0); r <= 0x10ffff; r++ {
		check("김" + string(r))
	}
	for _, w := range []string{"", "\xea", "\xb0\x80", "\xea\xb0", "가\xb0\x80", "\xed\xa0\x80", "\xe0\x80\x80", "\xf0\xea\xb0\x80"} {
		check(w)
	}
}

// TestRunesUpTo holds runesUpTo to utf8.RuneCountInString on every rune
// after a syllable, and on broken UTF-8, for every limit up to four.
func TestRunesUpTo(t *testing.T) {
	texts := []string{"", "김", "김정은", "김정은이다", "\xea", "\xea\xb0", "가\xb0\x80", "\xed\xa0\x80", "\xe0\x80\x80", "\xf0\xea\xb0\x80"}
	for r := rune(0); r <= 0x10ffff; r++ {
		texts = append(texts, "김"+string(r)+"정")
	}
	for _, s := range texts {
		for limit := range 5 {
			if got, want := runesUpTo(s, limit), min(utf8.RuneCountInString(s), limit); got != want {
				t.Fatalf("runesUpTo(%q, %d) = %d, want %d", s, limit, got, want)
			}
		}
	}
}

// TestBySyllable checks the syllable tables against the maps they
// replaced: the same words in the same order for every rune.
func TestBySyllable(t *testing.T) {
	pm, tm := byLastRuneRef(particles), byLastRuneRef(titles)
	n := 0
	for r := rune(0); r <= 0x10ffff; r++ {
		var ps []string
		for _, p := range particlesByLast.of(r) {
			ps = append(ps, p.text)
			if p.fit != fitOf(p.text) {
				t.Errorf("particle %q has fit %d, want %d", p.text, p.fit, fitOf(p.text))
			}
		}
		if !slices.Equal(ps, pm[r]) {
			t.Errorf("particles ending in %q: %q, want %q", r, ps, pm[r])
		}
		if ts := titlesByLast.of(r); !slices.Equal(ts, tm[r]) {
			t.Errorf("titles ending in %q: %q, want %q", r, ts, tm[r])
		}
		n += len(ps)
	}
	if n != len(particles) {
		t.Errorf("the table holds %d particles, want %d", n, len(particles))
	}
}

// stripTitleRef is stripTitle as first written, asking the set of
// titles before looking for one at the end of the word: the reference for
// the version that finds both in one pass over the titles that end like
// the word.
func stripTitleRef(w string) (string, bool) {
	if setRef(titles)[w] {
		return "", true
	}
	last, _ := lastRune(w)
	for _, t := range titlesByLast.of(last) {
		if len(t) > 3 && strings.HasSuffix(w, t) && utf8.RuneCountInString(w)-utf8.RuneCountInString(t) >= 2 {
			return w[:len(w)-len(t)], false
		}
	}
	return w, false
}

// TestStripTitleMatchesReference checks stripTitle against the reference
// on every title, alone, after another title, after a name of one to three
// syllables and after broken UTF-8, and on the words of the reference texts
// of Candidates (the dev corpora when ../shared is there).
func TestStripTitleMatchesReference(t *testing.T) {
	words := []string{"", "김", "x", "\xff", "\xea\xb0"}
	for _, title := range titles {
		words = append(words, title, "\x80"+title, "ㄱ"+title)
		for _, pre := range append([]string{"김", "김정", "김정은"}, titles...) {
			words = append(words, pre+title)
		}
	}
	for _, s := range candidateTexts(t) {
		for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !hangul.IsSyllable(r) }) {
			words = append(words, w, StripParticles(w, 1))
		}
	}
	for _, w := range words {
		got, gotTitle := stripTitle(w)
		if want, wantTitle := stripTitleRef(w); got != want || gotTitle != wantTitle {
			t.Fatalf("stripTitle(%q) = %q, %v; reference %q, %v", w, got, gotTitle, want, wantTitle)
		}
	}
}

// candidatesRef is Candidates as first written, splitting the text with
// strings.FieldsFunc and testing every word that survives for a function
// word twice: the reference for the version that reads the words in place
// and tests a word once when nothing was taken off it.
func candidatesRef(koreanText string) []string {
	var out []string
	words := strings.FieldsFunc(hangul.Normalize(koreanText), func(r rune) bool {
		return !hangul.IsSyllable(r)
	})
	var stem, nextStem string
	if len(words) > 0 {
		nextStem = StripParticles(words[0], 1)
	}
	for i, w := range words {
		stem = nextStem
		nextTitle := false
		if i+1 < len(words) {
			nextStem = StripParticles(words[i+1], 1)
			_, nextTitle = stripTitle(nextStem)
		}
		raw := w
		if !nextTitle {
			w = stripParticles2(raw, stem)
		}
		w, title := stripTitle(w)
		if title || w == "" || isFunctionWordRef(raw) || isFunctionWordRef(stem) || isFunctionWordRef(w) || isFunctionWordRef(StripParticles(w, 1)) {
			continue
		}
		if utf8.RuneCountInString(raw) == 2 && raw == w && !nextTitle {
			if _, size := utf8.DecodeLastRuneInString(raw); setRef(twoSyllableParticleList)[raw[len(raw)-size:]] && particleFits(raw[:len(raw)-size], raw[len(raw)-size:]) {
				continue
			}
		}
		if w != raw && ambiguousWord(raw, w) {
			out = append(out, raw)
		}
		if alt := shorterParticle(raw, w); alt != "" {
			out = append(out, alt)
		}
		if utf8.RuneCountInString(w) == 1 {
			if _, ok := surname.Lookup(w); ok && nextTitle {
				out = append(out, w)
			}
			continue
		}
		out = append(out, w)
	}
	return out
}

// candidateTexts returns the texts the reference tests read: built-in
// ones, random ones and the Korean paragraphs of ../shared's corpora.
func candidateTexts(t *testing.T) []string {
	texts := []string{
		"", "   ", "UN", "김정은 국무위원장은 8일 평양에서 마이크 폼페이오 미국 국무장관을 만났다.",
		"김 위원장과 트뤼도 총리, 팰트로의 오타와 방문은 그는 하는 일이 많다고 했다",
		"“시진핑” 국가주석이(中) 김정은위원장과\xff리가 시장과 인도 총리 그것은 것으로",
		"굽에 따르면 서울로의 싱가포르에서의 이명박이 김정은이 있을 수 없는 않았다 김",
		"\u1100\u1175\u11B7정은 위원장과 폼페이\u110B\u1169는 가\u11A8 ＡＢＣ\uFFA1\uFFC2 트럼프",
	}
	pieces := []string{"김정은", "위원장", "위원장이", "국무장관", "폼페이오는", "트뤼도", "총리", "팰트로의", "오타와", "김",
		"이", "은", "그는", "것으로", "있을", "서울로의", "굽에", "리가", "씨", "과", " ", ", ", "\n", "a", "UN", "1",
		"(中)", "“", "\u1100", "\u1161", "\u11A8", "\uFFA1", "ㄱ", "Ａ", "\xff", "\xea\xb0", "\xed\xa0\x80", "\x80", "é"}
	texts = append(texts, randtext.Texts(12, pieces, 12, 20000)...)
	corpus := filepath.Join("..", "..", "..", "..", "shared", "corpus")
	var files []string
	for _, dir := range []string{"dev", "dev-real-text"} {
		fs, _ := filepath.Glob(filepath.Join(corpus, dir, "*", "*.ko.txt"))
		files = append(files, fs...)
	}
	if len(files) == 0 {
		t.Logf("no Korean files under %s: checking the built-in and random texts only", corpus)
	}
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.Split(string(text), "\n")...)
	}
	return texts
}

// TestCandidatesMatchesReference checks Candidates, and AppendCandidates
// onto one reused slice, against the reference on text with titles,
// postpositions, function words, Latin letters, marks, conjoining jamo
// and broken UTF-8 between the words, on random text of such pieces, and
// on every Korean paragraph of the dev and dev-real-text corpora when
// ../shared is there.
func TestCandidatesMatchesReference(t *testing.T) {
	texts := candidateTexts(t)
	found := 0
	var buf []string
	for _, s := range texts {
		got, want := Candidates(s), candidatesRef(s)
		if !slices.Equal(got, want) {
			t.Errorf("Candidates(%q) = %q, reference %q", s, got, want)
		}
		if buf = AppendCandidates(buf[:0], s); !slices.Equal(buf, want) {
			t.Errorf("AppendCandidates(%q) = %q, reference %q", s, buf, want)
		}
		found += len(got)
	}
	if found < 20 {
		t.Errorf("the texts have %d candidates: too few to test the rules", found)
	}
}

// TestCompilerCandidates checks Compiler.AppendCandidates against the
// reference on the texts of TestCandidatesMatchesReference, read twice
// over (the second time from what the Compiler kept): through a Compiler
// kept from text to text, one trimmed before each text to a bound that
// has it start afresh again and again, and one never trimmed, which keeps
// no words.
func TestCompilerCandidates(t *testing.T) {
	texts := candidateTexts(t)
	var kept, small, plain Compiler
	kept.Trim(1 << 20)
	resets := 0
	var buf []string
	for range 2 {
		for _, s := range texts {
			want := candidatesRef(s)
			before := small.words.len()
			small.Trim(10)
			if small.words.len() < before {
				resets++
			}
			for _, c := range []*Compiler{&kept, &small, &plain} {
				if buf = c.AppendCandidates(buf[:0], s); !slices.Equal(buf, want) {
					t.Fatalf("Compiler.AppendCandidates(%q) = %q, reference %q", s, buf, want)
				}
			}
		}
	}
	if kept.words.len() == 0 || plain.words.len() != 0 {
		t.Errorf("the kept Compiler holds %d words, the untrimmed one %d", kept.words.len(), plain.words.len())
	}
	if small.words.len() > wordsPerName*10+1000 || resets < 2 {
		t.Errorf("the trimmed Compiler holds %d words and started afresh %d times", small.words.len(), resets)
	}
}

// TestCleanNameMatchesReference holds CleanName, with its short ways for
// a name of one word and one of words one space apart, to cleanWords, the
// way for any name, on names of one word and several, with titles alone and written onto the last
// word, spaces doubled, other white space, conjoining jamo and marks,
// the NIKL list's Hangul names, and random texts of such pieces.
func TestCleanNameMatchesReference(t *testing.T) {
	names := []string{"", " ", "김정은", "김정은 위원장", "김정은 국무위원장 위원장", "시진핑국가주석", "마이크 폼페이오 국무장관",
		"위원장", "위원장 대통령", " 김 위원장 ", "김  정은", "김\t정은 위원장", "김\u3000정은", "김 정은\u00a0위원장",
		"\u1100\u1175\u11B7정은 위원장", "트럼프 대통령이", "이 씨", "홍길동 씨", "a b", "문재인 대통령 당선인"}
	_, ko := niklNames(t, 2000)
	names = append(names, ko...)
	for _, h := range ko[:300] {
		names = append(names, h+" 대통령", h+" 장관 대변인", h+"위원장", "김 "+h)
	}
	pieces := []string{"김정은", "위원장", "대통령", "씨", " ", "  ", "\t", "\u3000", "폼페이오", "국무장관", "a", "\u1100", "\u1161"}
	names = append(names, randtext.Texts(7, pieces, 6, 3000)...)
	for _, s := range names {
		if got, want := CleanName(s), cleanWords(hangul.Normalize(strings.TrimSpace(s))); got != want {
			t.Errorf("CleanName(%q) = %q, want %q", s, got, want)
		}
	}
}
