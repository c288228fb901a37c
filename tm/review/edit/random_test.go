package edit

import (
	"bytes"
	"math/rand/v2"
	"sync"
	"testing"

	"github.com/bitext-ko/bitext/align"
	"github.com/bitext-ko/bitext/align/testenv"
	"github.com/bitext-ko/bitext/tm/alignfile"
	"github.com/bitext-ko/bitext/tm/review/internal/testkit"
)

// chooser picks numbers: a seeded generator, or a fuzzer's bytes.
type chooser interface{ IntN(n int) int }

// byteChooser picks with the bytes of a fuzz input, then 0s.
type byteChooser struct{ b []byte }

func (c *byteChooser) IntN(n int) int {
	if len(c.b) == 0 || n <= 1 {
		return 0
	}
	v := int(c.b[0])
	c.b = c.b[1:]
	return v % n
}

var opNames = []string{"merge", "split", "move", "link", "unlink", "mark", "confirm", "confirm_above", "link_sentences", "unlink_sentence", "undo", "redo"}

// randomOp makes an operation on d that may or may not be valid: a bead
// of d, a paragraph or sentence of it (or, now and then, of another).
func randomOp(d *Doc, c chooser) Op {
	n := len(d.Beads())
	op := Op{Op: opNames[c.IntN(len(opNames))], Bead: c.IntN(n + 1)}
	if op.Bead == n {
		op.Bead = c.IntN(n) // most ops are on a bead that is there
	}
	b := d.Beads()[op.Bead]
	side := Side(c.IntN(2))
	op.Side = side.Key()
	if ps := ids(&b.Bead, side); len(ps) > 0 {
		op.Para = ps[c.IntN(len(ps))].Para
	} else {
		op.Para = c.IntN(len(d.Paragraphs(side)))
	}
	op.Dir = []int{-1, 1}[c.IntN(2)]
	op.Kind = []string{"furniture", "omitted"}[c.IntN(2)]
	op.Score = float64(c.IntN(11)) / 10
	if c.IntN(3) == 0 {
		j := c.IntN(n)
		op.With = &j
	}
	sentence := func(s Side) string {
		var all []align.ID
		for _, l := range b.Links {
			all = append(all, ids(&l.Bead, s)...)
		}
		if len(all) == 0 {
			return "0.0"
		}
		return all[c.IntN(len(all))].String()
	}
	op.EN, op.KO = sentence(EN), sentence(KO)
	op.Sentence = sentence(side)
	return op
}

// run does count random operations on f's Doc and checks after each one
// that the file is valid and that a refused operation changed nothing;
// then that undoing everything gives back f and redoing it the end of
// the history.
// It returns how many operations of each kind were done.
func run(t testing.TB, f *alignfile.File, c chooser, count int) map[string]int {
	d, err := New(f)
	if err != nil {
		t.Fatal(err)
	}
	orig := marshal(t, d)
	done := map[string]int{}
	for range count {
		op := randomOp(d, c)
		before, rev := marshal(t, d), d.Rev()
		_, err := d.Apply(op)
		after := marshal(t, d) // fails the test if the file is invalid
		switch {
		case err != nil && !IsRefusal(err):
			t.Fatalf("%+v: %v is not a refusal", op, err)
		case err != nil && (!bytes.Equal(after, before) || d.Rev() != rev):
			t.Fatalf("%+v was refused (%v) but changed the file", op, err)
		case err == nil:
			done[op.Op]++
		}
	}
	for d.CanRedo() { // the end of the history
		if _, err := d.Redo(); err != nil {
			t.Fatal(err)
		}
	}
	final := marshal(t, d)
	for d.CanUndo() {
		if _, err := d.Undo(); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(marshal(t, d), orig) {
		t.Fatal("undoing every operation does not give back the file")
	}
	for d.CanRedo() {
		if _, err := d.Redo(); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(marshal(t, d), final) {
		t.Fatal("redoing every operation does not give the edited file")
	}
	return done
}

// TestRandomOperations does 600 random operations on each pair, valid or not,
// on the example and on every twelfth dev-real pair: every one keeps the
// file valid or is refused without a change, and undo and redo walk the
// whole history. The default tier of tests (testenv) does 120 on the
// example and every 48th dev-real pair (enough for every kind of operation
// to be done).
func TestRandomOperations(t *testing.T) {
	type pair struct{ name, en, ko string }
	en, ko := testkit.Example(t)
	pairs := []pair{{"example", en, ko}}
	if dir, why := testkit.Shared(t, "dev-real"); dir == "" {
		t.Log(why + "; the example only")
	} else {
		for k, tr := range testkit.DevPairs(t, "dev-real") {
			if k%testenv.Count(48, 12) == 0 {
				pairs = append(pairs, pair{tr.ID, tr.EN, tr.KO})
			}
		}
	}
	// Each pair is aligned and edited in a parallel subtest; the group
	// returns when all are done.
	var mu sync.Mutex
	total := map[string]int{}
	t.Run("pairs", func(t *testing.T) {
		for k, p := range pairs {
			t.Run(p.name, func(t *testing.T) {
				t.Parallel()
				minScore := align.DefaultMinScore
				if k == 0 {
					minScore = 0.999 // flags the example's beads
				}
				f := testkit.Align(t, p.en, p.ko, ".", minScore)
				done := run(t, f, rand.New(rand.NewPCG(uint64(k), 14)), testenv.Count(120, 600))
				mu.Lock()
				defer mu.Unlock()
				for op, n := range done {
					total[op] += n
				}
			})
		}
	})
	for _, op := range opNames {
		if total[op] == 0 {
			t.Errorf("no %s was done: the test does not exercise it", op)
		}
	}
	t.Logf("operations done: %v", total)
}

// FuzzApply: whatever operations a page sends, the file stays valid,
// refusals change nothing, and undo and redo walk the history.
func FuzzApply(f *testing.F) {
	en, ko := testkit.Example(f)
	file := testkit.Align(f, en, ko, ".", 0.999)
	f.Add([]byte{0, 5, 1, 0, 3, 0, 0, 0})
	f.Add([]byte{4, 8, 0, 0, 3, 1, 1, 2, 3, 2, 9, 8, 1})
	f.Fuzz(func(t *testing.T, data []byte) {
		run(t, file, &byteChooser{data}, 1+len(data)/4)
	})
}
