package edit

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/bitext-ko/bitext/align/testenv"
	"github.com/bitext-ko/bitext/tm/alignfile"
	"github.com/bitext-ko/bitext/tm/review/internal/testkit"
)

// example returns the example pair's alignment file, with a threshold
// that flags its beads. Its beads (English:Korean paragraphs):
//
//	0 0: furn   1 1: furn   2 :0 furn   3 :1 furn
//	4 2:2       5 3:3       6 4:4,5 (links 4.0:4.0 4.1:5.0)
//	7 :6 omitted            8 5:7 (5.0:7.0 5.1:7.1)   9 6:8   10 7:9
//	11 8: furn  12 9: furn  13 10: furn  14 :10 furn  15 :11 furn
func example(t testing.TB) *alignfile.File {
	en, ko := testkit.Example(t)
	return testkit.Align(t, en, ko, ".", 0.999)
}

// shape writes a bead as "EN:KO kind status [links]", links as
// "EN>KO" with a trailing * when edited.
func shape(b Bead) string {
	var ls []string
	for _, l := range b.Links {
		s := strings.Join(idStrings(l.EN), ",") + ">" + strings.Join(idStrings(l.KO), ",")
		if l.Status == alignfile.StatusEdited {
			s += "*"
		}
		ls = append(ls, s)
	}
	return fmt.Sprintf("%s:%s %s %s [%s]", strings.Join(idStrings(b.EN), ","), strings.Join(idStrings(b.KO), ","), b.Kind, b.Status, strings.Join(ls, " "))
}

func idStrings[T fmt.Stringer](ids []T) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = id.String()
	}
	return out
}

func marshal(t testing.TB, d *Doc) []byte {
	t.Helper()
	b, err := alignfile.Marshal(d.File())
	if err != nil {
		t.Fatalf("the document no longer writes: %v", err)
	}
	return b
}

// TestOperations does each operation on the example pair and checks the
// beads it makes, that the file is valid, that undo gives back the file
// byte for byte and that redo does the operation again.
func TestOperations(t *testing.T) {
	f := example(t)
	with := func(j int) *int { return &j }
	cases := []struct {
		name string
		ops  []Op
		// want maps bead indexes to their shape after the last op;
		// beads is the number of beads then.
		want  map[int]string
		beads int
	}{
		{"merge two matches", []Op{{Op: "merge", Bead: 5}},
			map[int]string{5: "3,4:3,4,5 match edited [3.0>3.0 4.0>4.0 4.1>5.0]", 6: ":6 omitted auto [>6.0]"}, 15},
		{"merge a match with an omission", []Op{{Op: "merge", Bead: 6}},
			map[int]string{6: "4:4,5,6 match edited [4.0>4.0 4.1>5.0 >6.0]"}, 15},
		{"merge two furniture beads", []Op{{Op: "merge", Bead: 11}},
			map[int]string{11: "8,9: furniture edited [8.0> 9.0>]"}, 15},
		{"merge a match with furniture: the furniture's link is an omission", []Op{{Op: "merge", Bead: 10}},
			map[int]string{10: "7,8:9 match edited [7.0>9.0 7.1>9.1 8.0>*]"}, 15},
		{"merge two one-sided beads: one link of all their sentences", []Op{{Op: "merge", Bead: 1}},
			map[int]string{1: "1:0 match edited [1.0>0.0*]"}, 15},
		{"split before a Korean paragraph: the link across is cut", []Op{{Op: "split", Bead: 6, Side: "ko", Para: 5}},
			map[int]string{6: "4:4 match edited [4.0>4.0 4.1>*]", 7: ":5 omitted edited [>5.0*]"}, 17},
		{"move the first Korean paragraph back", []Op{{Op: "move", Bead: 7, Side: "ko", Para: 6, Dir: -1}},
			map[int]string{6: "4:4,5,6 match edited [4.0>4.0 4.1>5.0 >6.0*]", 7: "5:7 match auto [5.0>7.0 5.1>7.1]"}, 15},
		{"move the last Korean paragraph forward", []Op{{Op: "move", Bead: 7, Side: "ko", Para: 6, Dir: 1}},
			map[int]string{7: "5:6,7 match edited [>6.0* 5.0>7.0 5.1>7.1]"}, 15},
		{"move an English paragraph back: its links are cut", []Op{{Op: "move", Bead: 6, Side: "en", Para: 4, Dir: -1}},
			map[int]string{5: "3,4:3 match edited [3.0>3.0 4.0>* 4.1>*]", 6: ":4,5 omitted edited [>4.0* >5.0*]"}, 16},
		{"unlink", []Op{{Op: "unlink", Bead: 4}},
			map[int]string{4: "2: omitted edited [2.0>*]", 5: ":2 omitted edited [>2.0*]"}, 17},
		{"unlink, then link with the nearest Korean bead", []Op{{Op: "unlink", Bead: 8}, {Op: "link", Bead: 8}},
			map[int]string{7: ":6 omitted auto [>6.0]", 8: "5:7 match edited [5.0,5.1>7.0,7.1*]"}, 16},
		{"link an omission with the English bead below it", []Op{{Op: "unlink", Bead: 8}, {Op: "link", Bead: 7}},
			map[int]string{7: "5:6 match edited [5.0,5.1>6.0*]", 8: ":7 omitted edited [>7.0* >7.1*]"}, 16},
		{"link across one-sided beads: those of the other side go first", []Op{{Op: "link", Bead: 0, With: with(3)}},
			map[int]string{0: ":0 furniture auto [>0.0]", 1: "0:1 match edited [0.0>1.0*]", 2: "1: furniture auto [1.0>]"}, 15},
		{"mark furniture", []Op{{Op: "mark", Bead: 7, Kind: "furniture"}},
			map[int]string{7: ":6 furniture edited [>6.0*]"}, 16},
		{"unmark furniture", []Op{{Op: "mark", Bead: 0, Kind: "omitted"}},
			map[int]string{0: "0: omitted edited [0.0>*]"}, 16},
		{"mark a match omitted: it is unlinked", []Op{{Op: "mark", Bead: 4, Kind: "omitted"}},
			map[int]string{4: "2: omitted edited [2.0>*]", 5: ":2 omitted edited [>2.0*]"}, 17},
		{"confirm", []Op{{Op: "confirm", Bead: 4}},
			map[int]string{4: "2:2 match confirmed [2.0>2.0]"}, 16},
		{"confirm above a score", []Op{{Op: "confirm_above", Score: 0.994}},
			map[int]string{0: "0: furniture confirmed [0.0>]", 4: "2:2 match auto [2.0>2.0]", 15: ":11 furniture confirmed [>11.0]"}, 16},
		{"join two sentence links", []Op{{Op: "link_sentences", Bead: 8, EN: "5.0", KO: "7.1"}},
			map[int]string{8: "5:7 match edited [5.0,5.1>7.0,7.1*]"}, 16},
		{"unlink a sentence", []Op{{Op: "unlink_sentence", Bead: 6, Side: "ko", Sentence: "5.0"}},
			map[int]string{6: "4:4,5 match edited [4.0>4.0 4.1>* >5.0*]"}, 16},
		{"unlink a sentence and link it elsewhere", []Op{{Op: "unlink_sentence", Bead: 6, Side: "ko", Sentence: "5.0"}, {Op: "link_sentences", Bead: 6, EN: "4.0", KO: "5.0"}},
			map[int]string{6: "4:4,5 match edited [4.0>4.0,5.0* 4.1>*]"}, 16},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, err := New(f)
			if err != nil {
				t.Fatal(err)
			}
			before := marshal(t, d)
			var steps [][]byte
			for _, op := range c.ops {
				p, err := d.Apply(op)
				if err != nil {
					t.Fatalf("%+v: %v", op, err)
				}
				if p.Rev != d.Rev() || p.What == "" {
					t.Errorf("patch %+v", p)
				}
				steps = append(steps, marshal(t, d))
			}
			if len(d.Beads()) != c.beads {
				t.Errorf("%d beads, want %d", len(d.Beads()), c.beads)
			}
			for i, want := range c.want {
				if got := shape(d.Beads()[i]); got != want {
					t.Errorf("bead %d: %s, want %s", i, got, want)
				}
			}
			for _, b := range d.Beads() {
				if b.Status == alignfile.StatusEdited && (b.Score != 1 || b.Flagged) {
					t.Errorf("an edited bead scored %g, flagged %v: want 1, not flagged", b.Score, b.Flagged)
				}
			}
			after := marshal(t, d)
			for range c.ops {
				if _, err := d.Undo(); err != nil {
					t.Fatal(err)
				}
			}
			if got := marshal(t, d); !bytes.Equal(got, before) {
				t.Error("undoing every operation does not give back the file")
			}
			for k := range c.ops {
				if _, err := d.Redo(); err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(marshal(t, d), steps[k]) {
					t.Errorf("redo of step %d does not give the file the step made", k)
				}
			}
			if !bytes.Equal(marshal(t, d), after) {
				t.Error("redoing every operation does not give the edited file")
			}
		})
	}
}

// TestRefusals: invalid operations are refused with a reason and change
// nothing.
func TestRefusals(t *testing.T) {
	f := example(t)
	with := func(j int) *int { return &j }
	cases := []struct {
		name   string
		setup  []Op
		op     Op
		reason string
	}{
		{"merge the last bead", nil, Op{Op: "merge", Bead: 15}, "bead 16 is the last bead"},
		{"a bead that is not there", nil, Op{Op: "confirm", Bead: 16}, "there is no bead 17 (the pair has 16)"},
		{"bead -1", nil, Op{Op: "merge", Bead: -1}, "there is no bead -1: a request numbers beads from 0"},
		{"a negative bead", nil, Op{Op: "confirm", Bead: -7}, "there is no bead -7: a request numbers beads from 0"},
		{"split before the first paragraph", nil, Op{Op: "split", Bead: 6, Side: "ko", Para: 4}, "a split goes between two paragraphs"},
		{"split at a paragraph of another bead", nil, Op{Op: "split", Bead: 6, Side: "en", Para: 5}, "English paragraph 5 is not in bead 7"},
		{"move a paragraph out of order", nil, Op{Op: "move", Bead: 6, Side: "ko", Para: 5, Dir: -1}, "only the first Korean paragraph of bead 7 can move"},
		{"move past the end", nil, Op{Op: "move", Bead: 15, Side: "ko", Para: 11, Dir: 1}, "bead 16 has no next bead"},
		{"move in no direction", nil, Op{Op: "move", Bead: 6, Side: "ko", Para: 5, Dir: 0}, "dir is -1"},
		{"link a linked bead", nil, Op{Op: "link", Bead: 4}, "bead 5 has both sides already"},
		{"link with no partner", nil, Op{Op: "link", Bead: 7}, "no one-sided English bead to link with"},
		{"link two English beads", nil, Op{Op: "link", Bead: 0, With: with(1)}, "are both English"},
		{"link across a match", nil, Op{Op: "link", Bead: 3, With: with(11)}, "has both sides"},
		{"unlink a one-sided bead", nil, Op{Op: "unlink", Bead: 7}, "nothing to unlink"},
		{"mark a match as furniture", nil, Op{Op: "mark", Bead: 4, Kind: "furniture"}, "a furniture bead has one side only"},
		{"mark furniture twice", nil, Op{Op: "mark", Bead: 0, Kind: "furniture"}, "marked furniture already"},
		{"mark something else", nil, Op{Op: "mark", Bead: 0, Kind: "match"}, "not \"match\""},
		{"confirm twice", []Op{{Op: "confirm", Bead: 4}}, Op{Op: "confirm", Bead: 4}, "bead 5 is confirmed already"},
		{"confirm above everything", nil, Op{Op: "confirm_above", Score: 1}, "no bead left to review scores 1 or more"},
		{"confirm above nonsense", nil, Op{Op: "confirm_above", Score: 2}, "a score is from 0 to 1"},
		{"link sentences of two beads", nil, Op{Op: "link_sentences", Bead: 8, EN: "5.0", KO: "8.0"}, "Korean sentence 8.0 is not in bead 9"},
		{"link linked sentences", nil, Op{Op: "link_sentences", Bead: 8, EN: "5.0", KO: "7.0"}, "linked already"},
		{"link sentences around another link", []Op{{Op: "merge", Bead: 5}}, Op{Op: "link_sentences", Bead: 5, EN: "3.0", KO: "5.0"}, "English sentences between 3.0 and 4.1 are in another link"},
		{"link a sentence that does not exist", nil, Op{Op: "link_sentences", Bead: 8, EN: "5.7", KO: "7.0"}, "there is no English sentence 5.7"},
		{"a malformed sentence id", nil, Op{Op: "link_sentences", Bead: 8, EN: "5", KO: "7.0"}, `"5" is not a sentence id`},
		{"unlink a bead's only link", nil, Op{Op: "unlink_sentence", Bead: 4, Side: "en", Sentence: "2.0"}, "would have no sentence link left"},
		{"unlink a lone sentence", nil, Op{Op: "unlink_sentence", Bead: 7, Side: "ko", Sentence: "6.0"}, "Korean sentence 6.0 is in no link"},
		{"unlink the middle of a link", []Op{{Op: "merge", Bead: 8}, {Op: "link_sentences", Bead: 8, EN: "5.1", KO: "7.0"}, {Op: "link_sentences", Bead: 8, EN: "6.0", KO: "7.1"}}, Op{Op: "unlink_sentence", Bead: 8, Side: "en", Sentence: "5.1"}, "in the middle of its link (5.0 to 6.0)"},
		{"a side that is not one", nil, Op{Op: "split", Bead: 6, Side: "fr", Para: 5}, `side "fr"`},
		{"an unknown operation", nil, Op{Op: "rotate"}, `unknown operation "rotate"`},
		{"undo at the start", nil, Op{Op: "undo"}, "nothing to undo"},
		{"redo at the end", []Op{{Op: "confirm", Bead: 4}}, Op{Op: "redo"}, "nothing to redo"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, err := New(f)
			if err != nil {
				t.Fatal(err)
			}
			for _, op := range c.setup {
				if _, err := d.Apply(op); err != nil {
					t.Fatalf("setup %+v: %v", op, err)
				}
			}
			before, rev := marshal(t, d), d.Rev()
			_, err = d.Apply(c.op)
			if err == nil || !IsRefusal(err) || !strings.Contains(err.Error(), c.reason) {
				t.Fatalf("%+v: error %v, want a refusal saying %q", c.op, err, c.reason)
			}
			if !bytes.Equal(marshal(t, d), before) || d.Rev() != rev {
				t.Error("a refused operation changed the document")
			}
		})
	}
}

// TestNames: names are accepted, rejected, cleared and corrected, with
// undo; invalid reviews are refused.
func TestNames(t *testing.T) {
	en, ko := testkit.Example(t)
	d, err := New(testkit.Align(t, en, ko, ".", 0.992))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Names()) == 0 {
		t.Fatal("the example pair has no names: the test proves nothing")
	}
	var hangul string
	for _, e := range d.Names() {
		if len(e.Forms) > 0 {
			hangul = e.Hangul
			break
		}
	}
	get := func() alignfile.Entry {
		for _, e := range d.Names() {
			if e.Hangul == hangul {
				return e
			}
		}
		t.Fatalf("%s is gone", hangul)
		return alignfile.Entry{}
	}
	orig := get()
	for _, r := range []alignfile.Review{alignfile.ReviewAccepted, alignfile.ReviewRejected, alignfile.ReviewAuto} {
		p, err := d.ReviewName(hangul, r)
		if err != nil || !p.Names || p.Removed != 0 {
			t.Fatalf("review %s: %+v, %v", r, p, err)
		}
		if got := get().Review; got != r {
			t.Errorf("review %s: the entry is %s", r, got)
		}
	}
	total := 0
	for _, fm := range orig.Forms {
		total += fm.Count
	}
	if _, err := d.EditName(hangul, "  Kim   Test-name ", "person"); err != nil {
		t.Fatal(err)
	}
	e := get()
	if e.Review != alignfile.ReviewEdited || len(e.Forms) != 1 || e.Forms[0].English != "Kim Test-name" || e.Forms[0].Count != total || e.Type != "person" {
		t.Errorf("corrected entry %+v", e)
	}
	if _, err := d.EditName(hangul, orig.Forms[0].English, ""); err != nil {
		t.Fatal(err)
	}
	if e := get(); e.Forms[0].English != orig.Forms[0].English || len(e.Forms[0].Seen) != len(orig.Forms[0].Seen) || e.Type != "person" {
		t.Errorf("corrected to a form it was seen as: %+v", e)
	}
	for _, c := range []struct {
		err    func() error
		reason string
	}{
		{func() error { _, err := d.EditName(hangul, orig.Forms[0].English, ""); return err }, "already"},
		{func() error { _, err := d.EditName(hangul, " ", ""); return err }, "an English form is needed"},
		{func() error { _, err := d.EditName(hangul, "X", "planet"); return err }, `"planet" is not a name type`},
		{func() error { _, err := d.ReviewName(hangul, alignfile.ReviewEdited); return err }, "edited by correcting it"},
		{func() error { _, err := d.ReviewName("없는이름", alignfile.ReviewAccepted); return err }, "not in the pair's glossary"},
	} {
		if err := c.err(); err == nil || !strings.Contains(err.Error(), c.reason) {
			t.Errorf("error %v, want one saying %q", err, c.reason)
		}
	}
	for d.CanUndo() {
		d.Undo()
	}
	if e := get(); e.Review != orig.Review || len(e.Forms) != len(orig.Forms) || e.Forms[0].English != orig.Forms[0].English {
		t.Errorf("undoing every review gives %+v, want %+v", e, orig)
	}
}

// TestNewKeepsTheFile: a Doc of a file, unedited, gives the file back byte
// for byte (the links it holds bead by bead are in the file's order), for
// the example and the dev-real pairs. The default tier of tests (testenv)
// takes every sixth dev-real pair, the long tier all of them.
func TestNewKeepsTheFile(t *testing.T) {
	check := func(t *testing.T, f *alignfile.File) {
		want, err := alignfile.Marshal(f)
		if err != nil {
			t.Fatal(err)
		}
		d, err := New(f)
		if err != nil {
			t.Fatal(err)
		}
		if got := marshal(t, d); !bytes.Equal(got, want) {
			t.Errorf("%s: the Doc does not give back the file", f.Document)
		}
	}
	check(t, example(t))
	if dir, why := testkit.Shared(t, "dev-real"); dir == "" {
		t.Log(why, "; the example only")
		return
	}
	for k, tr := range testkit.DevPairs(t, "dev-real") {
		if !testenv.Long() && k%6 != 0 {
			continue
		}
		t.Run(tr.ID, func(t *testing.T) {
			t.Parallel()
			check(t, testkit.Align(t, tr.EN, tr.KO, ".", 0.992))
		})
	}
}
