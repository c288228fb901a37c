package align

import (
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/bitext-ko/bitext/align/internal/randtext"
	"github.com/bitext-ko/bitext/align/lexicon"
	"github.com/bitext-ko/bitext/align/read"
)

// TestWordCacheGivesSameFeatures checks that a paragraph whose words the
// vocabulary has seen (its features then come from the word caches) gets
// the features it got when each word was worked out, and that the
// features are not empty, so that the comparison tells something.
func TestWordCacheGivesSameFeatures(t *testing.T) {
	lex := lexicon.Default()
	tests := []struct {
		lang, text string
	}{
		{"en", "North Korean leader Kim Jong-un met U.S. Secretary of State Mike Pompeo on Jan. 8, 2019, in Pyongyang."},
		{"en", "Seoul Mayor Oh Se-hoon said 16 billion won would go to the “계가” project; the ministry's plan was approved."},
		{"ko", "김정은 국무위원장은 8일 평양에서 마이크 폼페이오 미국 국무장관을 만났다고 조선중앙통신이 보도했다."},
		{"ko", "정부는 160억 원을 투입하기로 했다. 정부는 UN 결의에 따라 160억 원을 투입했다고 밝혔다."},
	}
	for _, tt := range tests {
		v := newVocab()
		features := englishFeatures
		if tt.lang == "ko" {
			features = koreanFeatures
		}
		first := features(tt.text, lex, v)
		again := features(tt.text, lex, v)
		if !reflect.DeepEqual(first, again) {
			t.Errorf("%q: features from the word caches differ:\n%+v\n%+v", tt.text, again, first)
		}
		if tt.lang == "en" && (len(first.wordSet) == 0 || len(first.lexSet) == 0 || len(first.nameSet) == 0) ||
			tt.lang == "ko" && (len(first.lexTokens) == 0 || len(first.nameTokens) == 0 || len(first.hangulPrefixes) == 0) {
			t.Errorf("%q: features are missing: %+v", tt.text, first)
		}
	}
}

// docFeatures takes the features of a document (English and Korean
// texts) with v, as Align does after v.reset.
func docFeatures(d [2][]string, lex *lexicon.Lexicon, v *vocab) (en, ko []*features) {
	for _, t := range d[0] {
		en = append(en, englishFeatures(t, lex, v))
	}
	for _, t := range d[1] {
		ko = append(ko, koreanFeatures(t, lex, v))
	}
	return en, ko
}

// TestWordCacheAcrossDocuments checks that a document's features do not
// depend on the documents a vocabulary saw before (whose words it keeps,
// see wordCache): the shared corpus's documents, in reverse order through
// one vocabulary, against each with a new one; the cache's emptying (when
// its document stamp wraps) is taken half way.
func TestWordCacheAcrossDocuments(t *testing.T) {
	docs := featureDocs(t)
	lex := lexicon.Default()
	v := newVocab()
	hits := 0
	for i := len(docs) - 1; i >= 0; i-- {
		if i == len(docs)/2 {
			v.words.doc = math.MaxUint32
		}
		v.reset()
		before := v.words.ko.Len() + v.words.en.Len()
		gotEN, gotKO := docFeatures(docs[i], lex, v)
		wantEN, wantKO := docFeatures(docs[i], lex, newVocab())
		if !reflect.DeepEqual(gotEN, wantEN) || !reflect.DeepEqual(gotKO, wantKO) {
			t.Fatalf("document %d: features differ with the words of the documents after it cached", i)
		}
		if before > 0 {
			hits++
		}
	}
	if hits < len(docs)/2 {
		t.Errorf("the cache was used for %d documents of %d", hits, len(docs))
	}
}

// TestWordCacheFollowsLexicon checks that a vocabulary's word cache sees
// the words added to the lexicon since it cached a word.
func TestWordCacheFollowsLexicon(t *testing.T) {
	lex := lexicon.New()
	lex.Add("정부", "government")
	doc := [2][]string{{"The government will invest 16 billion won."}, {"정부는 160억 원을 투입하기로 했다."}}
	v := newVocab()
	docFeatures(doc, lex, v)
	lex.Add("투입하다", "invest")
	lex.Add("원", "won")
	v.reset()
	gotEN, gotKO := docFeatures(doc, lex, v)
	wantEN, wantKO := docFeatures(doc, lex, newVocab())
	if !reflect.DeepEqual(gotEN, wantEN) || !reflect.DeepEqual(gotKO, wantKO) {
		t.Errorf("features after Add differ from a new vocabulary's:\n%+v %+v\n%+v %+v", gotEN[0], gotKO[0], wantEN[0], wantKO[0])
	}
	if len(gotKO[0].lexUnion) != 3 {
		t.Errorf("Korean translation ids %v, want those of 정부, 원 and 투입", gotKO[0].lexUnion)
	}
}

// TestCutTokens checks that the per-word lists cut from one list hold the
// right ids and cannot grow into each other.
func TestCutTokens(t *testing.T) {
	ids := []int32{1, 2, 3, 4, 5, 6}
	got := newVocab().cutTokens(ids, []int{2, 3, 6})
	want := [][]int32{{1, 2}, {3}, {4, 5, 6}}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("cutTokens = %v, want %v", got, want)
	}
	_ = append(got[0], 99)
	if got[1][0] != 3 {
		t.Errorf("appending to the first list overwrote the second: %v", got)
	}
	if newVocab().cutTokens(nil, nil) != nil {
		t.Errorf("cutTokens of nothing is not nil")
	}
}

// countCharsRef is countChars as first written, asking package unicode
// about every rune: the reference for the version that tells ASCII and
// Hangul by their ranges.
func countCharsRef(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
		}
	}
	return n
}

// TestCountChars checks countChars against the reference on text of every
// kind: ASCII punctuation around the letter ranges (@ [ ` {), Hangul and
// its jamo, other scripts, digits of other scripts, broken UTF-8.
func TestCountChars(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"", 0},
		{"Kim Jong-un, 2019.", 13},
		{"@[`{AZaz09/:", 6},
		{"김정은 국무위원장은 8일", 11},
		{"ㄱㅏ 가힣 \uac00\ud7a3\ud7a4", 6},
		{"Ωμέγα Привет ١٢٣ 東京", 16},
		{"\xff\xfe가", 1},
	}
	for _, tt := range tests {
		if got, ref := countChars(tt.text), countCharsRef(tt.text); got != tt.want || ref != tt.want {
			t.Errorf("countChars(%q) = %d, reference %d, want %d", tt.text, got, ref, tt.want)
		}
	}
	for r := rune(0); r <= 0x2ffff; r++ {
		if s := string(r); countChars(s) != countCharsRef(s) {
			t.Fatalf("countChars(%q) = %d, reference %d", s, countChars(s), countCharsRef(s))
		}
	}
}

// featureDocs returns the stream texts (English, Korean) of the shared
// corpus's article pairs, dev and dev-real-text, as Align would take their
// features, and of the wire pair.
func featureDocs(tb testing.TB) [][2][]string {
	tb.Helper()
	root := filepath.Join("..", "..", "shared", "corpus")
	if _, err := os.Stat(root); err != nil {
		tb.Skipf("shared corpus not available (%v)", err)
	}
	var pairs [][2]string
	for _, c := range []string{"dev", "dev-real-text"} {
		ens, _ := filepath.Glob(filepath.Join(root, c, "*", "*.en.txt"))
		for _, en := range ens {
			pairs = append(pairs, [2]string{en, strings.TrimSuffix(en, ".en.txt") + ".ko.txt"})
		}
	}
	wire := filepath.Join(root, "news-sentences", "korean-english-park.dev")
	pairs = append(pairs, [2]string{wire + ".en", wire + ".ko"})
	var docs [][2][]string
	for _, p := range pairs {
		e, err := read.File(p[0], nil, read.Options{})
		if err != nil {
			tb.Fatal(err)
		}
		k, err := read.File(p[1], nil, read.Options{})
		if err != nil {
			tb.Fatal(err)
		}
		en, ko := Prepare(e.Paragraphs, false), Prepare(k.Paragraphs, false)
		bodyEN, bodyKO := bodyIndex(en), bodyIndex(ko)
		_, _, bodyKO = headlineArea(en, ko, bodyEN, bodyKO)
		docs = append(docs, [2][]string{newStream(en, bodyEN, false).text, newStream(ko, bodyKO, true).text})
	}
	return docs
}

// BenchmarkFeatures takes the English and Korean features of every
// document of featureDocs, one vocabulary reused as a corpus worker's
// Scratch does (the names linked across the sides are not taken).
func BenchmarkFeatures(b *testing.B) {
	docs := featureDocs(b)
	lex := lexicon.Default()
	v := newVocab()
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			v.reset()
			for _, t := range d[0] {
				englishFeatures(t, lex, v)
			}
			for _, t := range d[1] {
				koreanFeatures(t, lex, v)
			}
		}
	}
}

// TestIDTable checks that an idTable gives the ids a map numbering keys in
// the order they come gives, through its growth and its resets (shrinking
// after a small document, or not) and its presizing (for as many keys
// as come, fewer or more).
func TestIDTable(t *testing.T) {
	var tab idTable
	rng := rand.New(rand.NewPCG(1, 2))
	for doc, n := range []int{5000, 100, 3000, 3000, 0, 20, 4000, 1000} {
		tab.reset()
		if doc >= 5 {
			tab.presize([]int{10, 8000, 1000}[doc-5])
		}
		want := map[uint64]int32{}
		for range 4 * n {
			// Small keys (lexicon ids) and hashes, each seen several times.
			key := uint64(rng.IntN(n + 1))
			if rng.IntN(2) == 0 {
				key = rng.Uint64()%uint64(n+1)*0x9e3779b97f4a7c15 + 1
			}
			id, ok := want[key]
			if !ok {
				id = int32(len(want))
				want[key] = id
			}
			if got := tab.id(key); got != id {
				t.Fatalf("document %d: id(%#x) = %d, want %d", doc, key, got, id)
			}
		}
		if tab.n != len(want) {
			t.Errorf("document %d: %d keys, want %d", doc, tab.n, len(want))
		}
	}
}

// TestSetAndKeep checks that vocab.set gives what uniq gives, list after
// list (its marks are not cleared between them), with the paragraph's
// fresh ids in the order they were given (as features gives them) or not,
// and that the lists keep returns cannot grow into each other.
func TestSetAndKeep(t *testing.T) {
	v := newVocab()
	rng := rand.New(rand.NewPCG(5, 6))
	for doc := range 3 {
		v.reset()
		for list := range 400 {
			kind := rng.IntN(evKinds)
			v.newParagraph()
			// Ids as features gives them: those v.id gives (fresh or
			// not) in the order it gives them, among earlier ones.
			var ids []int32
			for range rng.IntN(50) {
				if id := v.id(kind, rng.Uint64N(300)); rng.IntN(2) == 0 {
					ids = append(ids, id)
				}
			}
			if first := int(v.fresh[kind]); first > 0 {
				for range rng.IntN(40) {
					ids = slices.Insert(ids, rng.IntN(len(ids)+1), int32(rng.IntN(first)))
				}
			}
			// And every third list any ids anywhere, the fresh ones
			// out of order.
			if n := v.size(kind); list%3 == 0 && n > 0 {
				for range rng.IntN(10) {
					ids = slices.Insert(ids, rng.IntN(len(ids)+1), int32(rng.IntN(n)))
				}
			}
			want := uniq(slices.Clone(ids))
			got := v.set(kind, ids)
			if !slices.Equal(got, want) || len(got) == 0 && got != nil {
				t.Fatalf("document %d: set(%v) = %v, want %v", doc, ids, got, want)
			}
			if len(got) > 0 && cap(got) != len(got) {
				t.Fatalf("set's list has room to grow into the next: len %d, cap %d", len(got), cap(got))
			}
		}
	}
}

// TestKoreanWordsAndChars holds the Korean words of textWords to
// strings.Fields and countChars to its reference on every rune below
// U+10000 between words, and on random texts of Hangul, white space of
// every kind, other scripts and broken UTF-8 (cut syllables, surrogates,
// stray continuation bytes).
func TestKoreanWordsAndChars(t *testing.T) {
	var texts []string
	for r := rune(0); r < 0x10000; r++ {
		texts = append(texts, "가"+string(r)+"나 ", string(r))
	}
	texts = append(texts, randtext.Texts(7, []string{"가", "힣", "정부는", " ", "\u00a0", "\u0085", "\u1680", "\u2003", "\u3000",
		"\t", "\n", "a", "1", ".", "\xea", "\xea\xb0", "\xed\xa0\x80", "\x80", "\xbf", "\xc2", "\xe2\x80", "é", "中", "ㄱ",
		"\U0001F600"}, 10, 50000)...)
	for _, s := range texts {
		if got, want := slices.Collect(textWords(s, false)), strings.Fields(s); !slices.Equal(got, want) {
			t.Fatalf("textWords(%q, false) = %q, strings.Fields gives %q", s, got, want)
		}
		if got, want := countChars(s), countCharsRef(s); got != want {
			t.Fatalf("countChars(%q) = %d, reference %d", s, got, want)
		}
	}
}

// TestEnglishWords holds the English words of textWords to
// strings.FieldsFunc with notEnglishWordRune on every rune below U+10000
// between letters and on random texts with apostrophes, digits, letters
// outside ASCII and broken UTF-8.
func TestEnglishWords(t *testing.T) {
	var texts []string
	for r := rune(0); r < 0x10000; r++ {
		texts = append(texts, "a"+string(r)+"b ", string(r))
	}
	texts = append(texts, randtext.Texts(9, []string{"a", "Z", "0", "'", "’", "-", ".", " ", "é", "ß", "Ω", "가", "٣", "\xe2\x80",
		"\xff", "\x80", "\U0001D400"}, 10, 50000)...)
	for _, s := range texts {
		if got, want := slices.Collect(textWords(s, true)), strings.FieldsFunc(s, notEnglishWordRune); !slices.Equal(got, want) {
			t.Fatalf("textWords(%q, true) = %q, strings.FieldsFunc gives %q", s, got, want)
		}
	}
}

// TestWordBatches checks that the words of a paragraph give the same
// features whether they are looked up one at a time, in small batches or
// in the default ones (wordBatch), on paragraphs longer than a batch, in
// both languages, through a vocabulary reused from paragraph to paragraph.
func TestWordBatches(t *testing.T) {
	en := strings.Repeat("The United Nations Security Council met on Monday in New York, and Kim Jong-un's envoy said the talks would go on. ", 30)
	ko := strings.Repeat("유엔 안전보장이사회가 월요일 뉴욕에서 회의를 열었고, 김정은 위원장의 특사는 대화가 계속될 것이라고 말했다. ", 30)
	paras := [][2]string{{en, ko}, {"Short one.", "짧은 문장."}, {en[:700], ko[:900]}}
	lex := lexicon.Default()
	run := func(batch int) []*features {
		v := newVocab()
		v.batch = batch
		var out []*features
		for _, p := range paras {
			out = append(out, englishFeatures(p[0], lex, v), koreanFeatures(p[1], lex, v))
		}
		return out
	}
	want := run(1)
	if n := len(strings.Fields(en)); n <= 2*wordBatch {
		t.Fatalf("the long paragraph has %d words, not more than two batches", n)
	}
	for _, batch := range []int{7, 0} {
		if got := run(batch); !reflect.DeepEqual(got, want) {
			t.Errorf("batches of %d words give other features than one word at a time", batch)
		}
	}
}

// TestChunksRecycle checks what a chunks keeps from document to document:
// at most maxSpareChunks arrays whatever a document took, handed out
// again cleared (nothing of the last document left in them), and pieces
// that do not overlap.
func TestChunksRecycle(t *testing.T) {
	var c chunks[int32]
	for doc, pieces := range []int{3 * maxSpareChunks * storeChunk / 100, 10, 500} {
		seen := map[*int32]bool{}
		for range pieces {
			p := c.take(100, storeChunk)
			for i := range p {
				if p[i] != 0 {
					t.Fatalf("document %d: a piece holds %d from before", doc, p[i])
				}
				if seen[&p[i]] {
					t.Fatalf("document %d: two pieces share an element", doc)
				}
				seen[&p[i]] = true
				p[i] = int32(doc + 1)
			}
		}
		c.recycle()
		if n := len(c.used) + len(c.spare); n > maxSpareChunks {
			t.Fatalf("after document %d: %d arrays kept, more than %d", doc, n, maxSpareChunks)
		}
		for _, a := range c.spare {
			for _, x := range a {
				if x != 0 {
					t.Fatalf("after document %d: a spare array holds %d", doc, x)
				}
			}
		}
	}
}
