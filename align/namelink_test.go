package align

import (
	"reflect"
	"strings"
	"testing"
	"unicode"

	"github.com/bitext-ko/bitext/align/lexicon"
	"github.com/bitext-ko/bitext/align/names/english"
	"github.com/bitext-ko/bitext/align/names/match"
)

func TestLinkNames(t *testing.T) {
	en := []string{
		"US Secretary of State Mike Pompeo met Kim Yong-chol in New York.",
		"The government said nothing.",
		"Ri Yong Ho spoke at the United Nations.",
	}
	ko := []string{
		"리용호 외무상은 유엔에서 연설했다.",
		"마이크 폼페이오 국무장관은 뉴욕에서 김영철 부위원장을 만났다.",
	}
	v := newVocab()
	enIDs, koTokens := linkNames(en, ko, lexicon.Default(), v, new(match.Compiler))
	shared := func(i, j int) int {
		n := 0
		for _, tok := range koTokens[j] {
			for _, id := range enIDs[i] {
				if tok[0] == id {
					n++
				}
			}
		}
		return n
	}
	tests := []struct{ i, j, min, max int }{
		{0, 1, 2, 9}, // Pompeo, Kim Yong-chol (and New York)
		{2, 0, 1, 9}, // Ri Yong Ho
		{0, 0, 0, 0},
		{1, 1, 0, 0}, // no names
	}
	for _, tc := range tests {
		if n := shared(tc.i, tc.j); n < tc.min || n > tc.max {
			t.Errorf("English %d and Korean %d share %d names, want %d to %d", tc.i, tc.j, n, tc.min, tc.max)
		}
	}
}

// TestLinkNamesLimit checks the bound on the name layer's work: a
// document whose Korean candidates times English candidates pass
// maxNamePairs gets no linked names at all, however early the Korean
// side passes it, and one just under the bound gets them.
func TestLinkNamesLimit(t *testing.T) {
	// Made-up names: English words the lexicon cannot know, and Hangul
	// words of three rare syllables each.
	syl := func(k int) string { return string(rune(0xAC00 + (k*2017)%11172)) }
	enName := func(k int) string {
		return "Zq" + string(rune('a'+k%26)) + string(rune('a'+k/26%26)) + string(rune('a'+k/676%26)) + "x"
	}
	const nEN = 600
	en := []string{"US Secretary of State Mike Pompeo arrived."}
	for k := 0; k < nEN; k++ {
		en = append(en, "They met "+enName(k)+" there.")
	}
	ko := []string{"마이크 폼페이오 국무장관이 도착했다."}
	for k := 0; len(ko) < 1000; k++ {
		ko = append(ko, syl(3*k)+syl(3*k+1)+syl(3*k+2)+" 만났다.")
	}
	linked := func(ko []string) int {
		enIDs, _ := linkNames(en, ko, lexicon.Default(), newVocab(), new(match.Compiler))
		n := 0
		for _, ids := range enIDs {
			n += len(ids)
		}
		return n
	}
	if n := linked(ko[:maxNamePairs/(nEN+1)/2]); n == 0 {
		t.Errorf("under the bound, no English name is linked (Pompeo should be)")
	}
	if n := linked(ko); n != 0 {
		t.Errorf("over the bound, %d English names are linked, want none", n)
	}
}

// BenchmarkLinkNames links the names of the article pairs of featureDocs
// (not the wire pair, which passes maxNamePairs), one after another with
// one name compiler kept from document to document as corpus mode keeps
// it, made afresh for each pass so that every pass compiles what the
// first document of a worker would.
func BenchmarkLinkNames(b *testing.B) {
	docs := featureDocs(b)
	docs = docs[:len(docs)-1]
	lex := lexicon.Default()
	v := newVocab()
	b.ReportAllocs()
	for b.Loop() {
		names := new(match.Compiler)
		for _, d := range docs {
			names.Trim(maxScratchNames)
			v.reset()
			linkNames(d[0], d[1], lex, v, names)
		}
	}
}

// TestWordCacheLexID holds wordCache.lexID, which hasUnknownWord asks
// first, to the lexicon: on the words of every English name candidate of
// the dev pairs, after englishFeatures has read their paragraphs, each
// answer the cache gives is lex.ID's, and it gives most of them.
func TestWordCacheLexID(t *testing.T) {
	lex := lexicon.Default()
	cached, asked := 0, 0
	for _, d := range featureDocs(t) {
		v := newVocab()
		var runs english.Runner
		for _, p := range d[0] {
			englishFeatures(p, lex, v)
		}
		for _, p := range d[0] {
			for _, c := range runs.Runs(capText(p)) {
				for w := range strings.FieldsFuncSeq(c, func(r rune) bool { return r == ' ' || r == '-' || r == '.' }) {
					asked++
					id, known, ok := v.words.lexID(w, lex)
					if !ok {
						continue
					}
					cached++
					if wantID, want := lex.ID(w); known != want || known && id != wantID {
						t.Fatalf("lexID(%q) = %d, %v; lex.ID gives %d, %v", w, id, known, wantID, want)
					}
				}
			}
		}
	}
	if 10*cached < 9*asked {
		t.Errorf("the cache told %d of %d words, want 90%% or more", cached, asked)
	}
}

// TestToLowerTwice checks what wordCache.lexID rests on: lower-casing a
// lower-cased word changes nothing, for every rune and for bytes that are
// not UTF-8.
func TestToLowerTwice(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		l := strings.ToLower("A" + string(r) + "\xff")
		if strings.ToLower(l) != l {
			t.Fatalf("ToLower(%q) = %q, lowered again %q", string(r), l, strings.ToLower(l))
		}
	}
}

// TestLinkNamesKept checks that what a vocabulary keeps from document to
// document (its word cache, its candidate tables) changes nothing: on
// the dev pairs, one after another, linkNames with one vocabulary and one
// name compiler kept gives what it gives with fresh ones.
func TestLinkNamesKept(t *testing.T) {
	lex := lexicon.Default()
	kept, names := newScratchVocab(), new(match.Compiler)
	docs := featureDocs(t)
	for k, d := range docs[:len(docs)-1] {
		run := func(v *vocab, names *match.Compiler) ([][]int32, [][][]int32) {
			for _, p := range d[0] {
				englishFeatures(p, lex, v)
			}
			return linkNames(d[0], d[1], lex, v, names)
		}
		names.Trim(maxScratchNames)
		kept.reset()
		gotEN, gotKO := run(kept, names)
		wantEN, wantKO := run(newVocab(), new(match.Compiler))
		if !reflect.DeepEqual(gotEN, wantEN) || !reflect.DeepEqual(gotKO, wantKO) {
			t.Fatalf("document %d: kept vocabulary links %v, %v; fresh one %v, %v", k, gotEN, gotKO, wantEN, wantKO)
		}
	}
}
