package glossary

import (
	"reflect"
	"slices"
	"testing"

	"github.com/bitext-ko/bitext/align/names/match"
)

// TestScratchChangesNothing reads the pairs of the development corpus
// with one Scratch, in their order and in the reverse order, and in their
// order again with a bound of 30 English names (which an article or two
// fills) and 300 Korean words (an article's or so: the entries are
// cleared and made again many times), and holds each pair's names, stems
// and words to those found without a Scratch: what a Scratch keeps from
// one document cannot change the next, nor can its starting afresh.
func TestScratchChangesNothing(t *testing.T) {
	n := 0
	if testing.Short() {
		n = 20
	}
	type doc struct {
		devPair
		want *DocNames
		prep *Prepared
	}
	var docs []doc
	for _, p := range alignedDevPairs(t, goldMinScore, n) {
		d := doc{devPair: p, prep: Prepare(p.en, p.ko, p.opt)}
		d.want = Extract(d.a, d.prep, Options{})
		docs = append(docs, d)
	}
	for _, order := range []string{"forward", "reverse", "bounded"} {
		s := NewScratch()
		const bound = 30
		if order == "bounded" {
			s.maxNames, s.maxWords = bound, 10*bound
		}
		resets, wordResets := 0, 0
		for i := range docs {
			d := docs[i]
			if order == "reverse" {
				d = docs[len(docs)-1-i]
			}
			held, heldWords := len(s.names), len(s.words)
			p := PrepareWith(d.en, d.ko, d.opt, s)
			if len(s.names) < held {
				resets++
			}
			if len(s.words) < heldWords {
				wordResets++
			}
			if order == "bounded" && len(s.names) > bound {
				t.Fatalf("%s, %s: %d English names kept, bound %d", order, d.a.EN[0].Text, len(s.names), bound)
			}
			if !reflect.DeepEqual(p.stems, d.prep.stems) || p.vocabSize != d.prep.vocabSize || len(p.entries) != p.vocabSize {
				t.Fatalf("%s, %s: the vocabulary differs with a Scratch", order, d.a.EN[0].Text)
			}
			for id, ws := range p.koWords {
				if !slices.EqualFunc(ws, d.prep.koWords[id], func(x, y koWord) bool { return x == y }) {
					t.Fatalf("%s, %s: the words of %v differ with a Scratch", order, d.a.EN[0].Text, id)
				}
			}
			if got := Extract(d.a, p, Options{}); !reflect.DeepEqual(got, d.want) {
				t.Fatalf("%s, %s: the names differ with a Scratch", order, d.a.EN[0].Text)
			}
		}
		if order == "bounded" && resets == 0 {
			t.Errorf("%s: %d documents never went past %d English names", order, len(docs), bound)
		}
		t.Logf("%s: %d resets of English names, %d of Korean words", order, resets, wordResets)
		if order == "bounded" && wordResets < 2 {
			t.Errorf("%s: %d documents went past %d Korean words %d times, want 2 or more", order, len(docs), 10*bound, wordResets)
		}
	}
}

// TestKeptArray holds a keptArray to what it promises the next document:
// the array again, with nothing of an earlier document past what the
// last one set, and no array longer than maxKeptWords.
func TestKeptArray(t *testing.T) {
	var k keptArray[*int]
	one := 1
	a := k.take(10)
	for range 10 {
		a = append(a, &one)
	}
	k.keep(a)
	b := k.take(4)
	if cap(b) != cap(a) || len(b) != 0 {
		t.Fatalf("take(4) after 10: len %d cap %d, want the kept array (cap %d)", len(b), cap(b), cap(a))
	}
	b = append(b, &one, &one, &one)
	k.keep(b)
	if got := b[:10]; got[3] != nil || got[9] != nil || got[2] == nil {
		t.Errorf("after keeping 3 of 10: %v, want the last 7 cleared", got)
	}
	c := k.take(maxKeptWords + 1)
	c = append(c, &one)
	k.keep(c)
	if k.a != nil || k.filled != 0 {
		t.Errorf("an array of %d kept, bound %d", cap(c), maxKeptWords)
	}
}

// TestOwnNamesStayOut: the Hangul names the glossary alone compiles stay
// out of the Compiler it shares with the aligner (align.Options.Names),
// which a corpus worker keeps for the names documents share, and the
// names found are those found with the aligner's Compiler. The pairs are
// aligned with a Compiler of their own; the glossary is then given a
// fresh one, so whatever that holds afterwards the glossary put there.
func TestOwnNamesStayOut(t *testing.T) {
	n := 12
	if testing.Short() {
		n = 4
	}
	scored := 0
	for _, p := range alignedDevPairs(t, goldMinScore, n) {
		want := Extract(p.a, Prepare(p.en, p.ko, p.opt), Options{})
		shared := new(match.Compiler)
		opt := p.opt
		opt.Names = shared
		got := Extract(p.a, Prepare(p.en, p.ko, opt), Options{})
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: the names differ with a fresh shared Compiler", p.id)
		}
		for _, q := range got.pairs {
			if q.score < 0.95 {
				scored++ // compiled and scored, not glossed or translated
			}
			if _, ok := shared.Compiled(q.hangul); ok {
				t.Errorf("%s: the glossary left %s (for %s) in the shared Compiler", p.id, q.hangul, q.english)
			}
		}
	}
	if scored == 0 {
		t.Errorf("no name of %d pairs was scored: the test compares nothing", n)
	}
}
