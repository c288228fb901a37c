package wordid

import (
	"fmt"
	"testing"
)

// TestIndex holds Index (ID and Lookup) to a map: the same numbers, given in the
// order words come, whatever the table's first size, across growth and
// after clear; words that share a prefix, the empty word, Hangul, and
// words on either side of the longest a slot holds (inlineBytes)
// included.
func TestIndex(t *testing.T) {
	var words []string
	for i := range 3000 {
		words = append(words, fmt.Sprintf("w%d", i%1700), fmt.Sprintf("말%d", i%900), "", "a", "ab", "abc",
			fmt.Sprintf("%015d", i%500), fmt.Sprintf("%016d", i%500), fmt.Sprintf("대한민국정부%d", i%300),
			"abcdefghijklmn", "abcdefghijklmno", "abcdefghijklmnop")
	}
	for _, tc := range []struct {
		name string
		x    Index
	}{
		{"zero", Index{}},
		{"small", New(1, 1)},
		{"presized", New(4000, 8)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := tc.x
			for round := range 2 {
				ref := map[string]int32{}
				for _, w := range words {
					want, seen := ref[w]
					if !seen {
						want = int32(len(ref))
						ref[w] = want
					}
					if id, ok := x.Lookup(w); ok != seen || seen && id != want || !seen && id != -1 {
						t.Fatalf("round %d: lookup(%q) = %d, %v before id; want %d, %v", round, w, id, ok, want, seen)
					}
					got, added := x.ID(w)
					if got != want || added == seen {
						t.Fatalf("round %d: id(%q) = %d, %v; want %d, %v", round, w, got, added, want, !seen)
					}
				}
				if x.Len() != len(ref) {
					t.Fatalf("round %d: len %d, want %d", round, x.Len(), len(ref))
				}
				for w, id := range ref {
					if !x.Matches(id, w) {
						t.Fatalf("round %d: word %d is not %q", round, id, w)
					}
				}
				x.Clear()
				if x.Len() != 0 {
					t.Fatalf("len %d after clear", x.Len())
				}
				if _, ok := x.Lookup(words[0]); ok {
					t.Fatalf("lookup(%q) finds it after clear", words[0])
				}
			}
		})
	}
}

// TestHashWord checks that hashWord reads every byte of a word and its
// length: changing any byte of a word of 0 to 40 bytes, or adding a zero
// byte to its end, changes the tag (a 32-bit tag could collide, but not
// for these with this seed), and the tags of TestIndex's words are all
// distinct.
func TestHashWord(t *testing.T) {
	const seed = 0x243f6a8885a308d3
	base := []byte("대한민국정부abcdefghijklmnopqrstuvw")
	for n := 0; n <= 40; n++ {
		w := string(base[:n])
		h := hashWord(seed, w)
		if hashWord(seed, w+"\x00") == h {
			t.Errorf("%q and it with a zero byte have one tag", w)
		}
		for i := range n {
			b := []byte(w)
			b[i] ^= 0x20
			if hashWord(seed, string(b)) == h {
				t.Errorf("%q and %q have one tag", w, b)
			}
		}
	}
	tags := map[uint32]string{}
	for i := range 2000 {
		for _, w := range []string{fmt.Sprintf("w%d", i), fmt.Sprintf("말%d", i), fmt.Sprintf("%015d", i), fmt.Sprintf("대한민국정부%d", i)} {
			h := hashWord(seed, w)
			if v, ok := tags[h]; ok && v != w {
				t.Errorf("%q and %q have one tag", v, w)
			}
			tags[h] = w
		}
	}
}

// TestTagCollision plants, in the slot where a word is looked for first,
// another word with the same tag, as two words whose hashes share their top
// 32 bits would be (too rare to meet in TestIndex), and checks that ID
// compares the bytes: the word is added with a number of its own, and both
// words keep theirs. The planted word is short (held in the slot) or long
// (held only in text), of the probe's length or not.
func TestTagCollision(t *testing.T) {
	const long1, long2 = "abcdefghijklmnopq", "abcdefghijklmnopr" // longer than inlineBytes
	for _, tc := range []struct{ planted, probe string }{
		{"other", "probe"},   // short, same length
		{"othe", "probe"},    // short, other length
		{"", "probe"},        // the empty word
		{long1, long2},       // long, same length
		{long1, long2 + "s"}, // long, other length
		{long1, "probe"},     // long slot, short probe
		{"probe", long2},     // short slot, long probe
		{"대한민국정", "대한민국정부"}, // 15 and 18 bytes
	} {
		x := New(8, 8)
		planted, _ := x.ID(tc.planted)
		// Move the planted word's slot to the probe's first slot, with the
		// probe's tag.
		tag := x.Hash(tc.probe)
		for i := range x.slots {
			if x.slots[i].id == planted+1 {
				s := x.slots[i]
				x.slots[i] = wordSlot{}
				s.tag = tag
				x.slots[tag>>x.shift] = s
				break
			}
		}
		if n := x.slots[tag>>x.shift].n; (n == longWord) != (len(tc.planted) > inlineBytes) {
			t.Fatalf("planted %q: slot length %d", tc.planted, n)
		}
		if id, ok := x.Lookup(tc.probe); ok {
			t.Errorf("planted %q: Lookup(%q) = %d, found", tc.planted, tc.probe, id)
		}
		id, added := x.ID(tc.probe)
		if !added || id == planted {
			t.Errorf("planted %q: ID(%q) = %d, %v; want a new word", tc.planted, tc.probe, id, added)
			continue
		}
		if again, added := x.ID(tc.probe); added || again != id {
			t.Errorf("planted %q: ID(%q) again = %d, %v; want %d, false", tc.planted, tc.probe, again, added, id)
		}
		if !x.Matches(id, tc.probe) || !x.Matches(planted, tc.planted) || x.Len() != 2 {
			t.Errorf("planted %q, probe %q: words not kept apart", tc.planted, tc.probe)
		}
	}
}
