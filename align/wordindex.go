package align

import (
	"hash/maphash"
	"math/bits"
)

// wordIndex numbers words in the order they are added: an open-addressing
// table of the words' 64-bit hashes and numbers, with the words' bytes
// kept one after another in one array. The word cache (wordCache) keeps
// tens of thousands of words from document to document and looks up
// every word of every document; a map[string]int32 cost it more: a
// look-up compared the word through the key's pointer wherever its copy
// lay, and the collector scanned every key at every collection. Here a
// probe compares hashes, and the word's bytes only when they agree, and
// the table holds no pointers at all. Numbers do not depend on the hash
// seed or the table's size: they are given in the order words come.
type wordIndex struct {
	seed  maphash.Seed
	slots []wordSlot // a power of two of them, at most half full
	shift uint8      // 64 - log2(len(slots))
	text  []byte     // the words, one after another
	ends  []uint32   // ends[i] is where word i ends in text
}

// wordSlot holds a word's hash and its number + 1; 0 marks an empty slot.
type wordSlot struct {
	hash uint64
	id   int32
}

// minWordSlots is the size of the smallest table.
const minWordSlots = 64

// newWordIndex returns an empty index with room for words words of
// about bytesPerWord bytes each.
func newWordIndex(words, bytesPerWord int) wordIndex {
	size := minWordSlots
	for size < 2*(words+1) {
		size *= 2
	}
	return wordIndex{seed: maphash.MakeSeed(), slots: make([]wordSlot, size),
		shift: uint8(64 - bits.TrailingZeros(uint(size))),
		text: make([]byte, 0, words*bytesPerWord), ends: make([]uint32, 0, words)}
}

// len returns how many words x holds.
func (x *wordIndex) len() int { return len(x.ends) }

// made reports whether x has its table (the zero wordIndex has none).
func (x *wordIndex) made() bool { return x.slots != nil }

// id returns the number of w, and whether w was added now (with the
// next number) because x did not hold it.
func (x *wordIndex) id(w string) (id int32, added bool) {
	if 2*(len(x.ends)+1) > len(x.slots) {
		x.grow()
	}
	h := maphash.String(x.seed, w)
	mask := len(x.slots) - 1
	for i := int(h >> x.shift); ; i = (i + 1) & mask {
		s := &x.slots[i]
		if s.id == 0 {
			id = int32(len(x.ends))
			x.text = append(x.text, w...)
			x.ends = append(x.ends, uint32(len(x.text)))
			*s = wordSlot{h, id + 1}
			return id, true
		}
		if s.hash == h && x.matches(s.id-1, w) {
			return s.id - 1, false
		}
	}
}

// matches reports whether word number i is w, without copying it.
func (x *wordIndex) matches(i int32, w string) bool {
	start := uint32(0)
	if i > 0 {
		start = x.ends[i-1]
	}
	return string(x.text[start:x.ends[i]]) == w
}

// grow doubles the table (or makes its first slots) and puts back its
// words.
func (x *wordIndex) grow() {
	old := x.slots
	size := max(2*len(old), minWordSlots)
	x.slots = make([]wordSlot, size)
	x.shift = uint8(64 - bits.TrailingZeros(uint(size)))
	if x.seed == (maphash.Seed{}) {
		x.seed = maphash.MakeSeed()
	}
	mask := size - 1
	for _, s := range old {
		if s.id == 0 {
			continue
		}
		i := int(s.hash >> x.shift)
		for x.slots[i].id != 0 {
			i = (i + 1) & mask
		}
		x.slots[i] = s
	}
}

// clear empties x, keeping its storage.
func (x *wordIndex) clear() {
	clear(x.slots)
	x.text, x.ends = x.text[:0], x.ends[:0]
}
