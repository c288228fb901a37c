package align

import (
	"path/filepath"
	"reflect"
	"testing"

	"github.com/bitext-ko/bitext/align/testenv"
)

// TestScratchReuse aligns the dev pairs one after another with one
// Scratch, large and small in turn, and checks each alignment is the one
// made without it: nothing of a pair leaks into the next.
func TestScratchReuse(t *testing.T) {
	bases := latticeDocs(t)
	if n := testenv.Count(6, 12); len(bases) > n {
		bases = bases[:n]
	}
	order := append(append([]string(nil), bases...), bases[len(bases)/2:]...)
	sc := NewScratch()
	for _, base := range order {
		en, ko := readPairFiles(t, base+".en.txt", base+".ko.txt")
		for _, level := range []Level{ParagraphLevel, SentenceLevel} {
			opt := Options{Level: level, MinScore: DefaultMinScore}
			want := Align(en, ko, opt)
			opt.Scratch = sc
			got := Align(en, ko, opt)
			if !reflect.DeepEqual(got.ParagraphBeads, want.ParagraphBeads) || !reflect.DeepEqual(got.SentenceBeads, want.SentenceBeads) || got.Ratio != want.Ratio {
				t.Errorf("%s, level %v: the alignment with a reused scratch differs", filepath.Base(base), level)
			}
		}
	}
}

// TestScratchBounds aligns the dev pairs through one Scratch whose caches
// are bounded far below a document's words and names, so that they start
// afresh again and again, and checks each alignment is the one made
// without a Scratch, and that the word cache did start afresh and the
// program's storage was dropped (for some documents, not all).
func TestScratchBounds(t *testing.T) {
	bases := latticeDocs(t)
	if n := testenv.Count(8, 24); len(bases) > n {
		bases = bases[:n]
	}
	sc := NewScratch()
	sc.maxNames = 40
	sc.dp.maxHeld = 100 << 10
	sc.v = newScratchVocab()
	sc.v.words.limit = 300
	resets, dropped := 0, 0
	for _, base := range bases {
		en, ko := readPairFiles(t, base+".en.txt", base+".ko.txt")
		before := sc.v.words.ko.Len()
		held := sc.dp.bytes()
		opt := Options{Level: SentenceLevel, MinScore: DefaultMinScore}
		want := Align(en, ko, opt)
		opt.Scratch = sc
		got := Align(en, ko, opt)
		if before > sc.v.words.limit {
			resets++
		}
		if held > sc.dp.maxHeld {
			dropped++
		}
		if !reflect.DeepEqual(got.ParagraphBeads, want.ParagraphBeads) || !reflect.DeepEqual(got.SentenceBeads, want.SentenceBeads) || got.Ratio != want.Ratio {
			t.Errorf("%s: the alignment through a small-bounded scratch differs", filepath.Base(base))
		}
	}
	if resets < len(bases)/2 {
		t.Errorf("the word cache started afresh before %d documents of %d", resets, len(bases))
	}
	if dropped == 0 || dropped == len(bases) {
		t.Errorf("the program's storage was dropped before %d documents of %d", dropped, len(bases))
	}
}
