// Package wordid numbers words in the order they come, for the caches
// that keep what a word gives from document to document (the aligner's
// word cache, the name layer's memo of Korean words). It is written by
// hand because a map[string]int32 cost those caches more: they hold tens
// of thousands of words, so a look-up misses the processor's caches, and
// a map compares a word through its key's pointer wherever the key's copy
// lies, while the collector scans every key at every collection.
package wordid

import (
	"math/bits"
	"math/rand/v2"
)

// Index numbers words in the order they are added: an open-addressing
// table of the top 32 bits of the words' hashes (hashWord), their
// numbers and, for a word of up to inlineBytes bytes (nearly all of a
// news text's), its bytes, 24 bytes a slot. Every word's bytes are also
// appended to one array (text), where Matches reads them: a short word's
// bytes are held twice, a longer word's only there. A probe compares
// hashes, and the word's bytes only when they agree, most often in the
// slot it has just read: the caches hold tens of thousands of words, so
// that a look-up that went on to a second array would wait on memory
// twice. The table holds no
// pointers at all. Numbers do not depend on the hash seed or the table's
// size. The zero Index is empty and ready to use.
type Index struct {
	seed  uint64     // hashWord's seed, never 0 once the table is made
	slots []wordSlot // a power of two of them, at most half full
	shift uint8      // 32 - log2(len(slots)): a tag's slot is tag >> shift
	text  []byte     // every word (short ones too), one after another
	ends  []uint32   // ends[i] is where word i ends in text
	// touched is the sum of what Touch read last, so that its reads are
	// not left out by the compiler; it means nothing.
	touched uint32
}

// wordSlot holds a word's tag (the top 32 bits of its hash, whose top
// bits are its slot), its number + 1 (0 marks an empty slot), and its
// length and bytes when it has at most inlineBytes of them, longWord
// when it is longer (its bytes are then only in Index.text).
type wordSlot struct {
	tag   uint32
	id    int32
	n     uint8
	bytes [inlineBytes]byte
}

// inlineBytes is the longest word a slot holds: five Hangul syllables
// (the dev pairs' distinct Korean words average 9.9 bytes, English ones
// 6.6), and the size that makes a slot 24 bytes.
const inlineBytes = 15

// longWord marks the slot of a word longer than inlineBytes.
const longWord = inlineBytes + 1

// minWordSlots is the size of the smallest table.
const minWordSlots = 64

// New returns an empty Index with room for words words of about
// bytesPerWord bytes each.
func New(words, bytesPerWord int) Index {
	size := minWordSlots
	for size < 2*(words+1) {
		size *= 2
	}
	return Index{seed: newSeed(), slots: make([]wordSlot, size),
		shift: uint8(32 - bits.TrailingZeros(uint(size))),
		text:  make([]byte, 0, words*bytesPerWord), ends: make([]uint32, 0, words)}
}

// Len returns how many words x holds.
func (x *Index) Len() int { return len(x.ends) }

// Made reports whether x has its table (the zero Index has none yet).
func (x *Index) Made() bool { return x.slots != nil }

// ID returns the number of w, and whether w was added now (with the
// next number) because x did not hold it. The Index keeps a copy of w's
// bytes, never w itself.
func (x *Index) ID(w string) (id int32, added bool) {
	return x.IDOf(w, x.Hash(w))
}

// Hash returns the tag of w (its hash's top 32 bits, hashWord) that IDOf
// and Touch take; it does not change as x grows or is cleared.
func (x *Index) Hash(w string) uint32 {
	if x.slots == nil {
		x.grow()
	}
	return hashWord(x.seed, w)
}

// Touch reads the slots where the words of tags are looked for
// first, and nothing else: a caller about to look up many words touches
// all their slots first, so that the processor waits on memory for them
// together instead of once per word (the slots of a large table are
// seldom in its caches).
func (x *Index) Touch(tags []uint32) {
	var sum uint32
	for _, tag := range tags {
		sum += x.slots[tag>>x.shift].tag
	}
	x.touched = sum
}

// IDOf is ID for a word whose tag (x.Hash(w)) is tag.
func (x *Index) IDOf(w string, tag uint32) (id int32, added bool) {
	if 2*(len(x.ends)+1) > len(x.slots) {
		x.grow()
	}
	mask := len(x.slots) - 1
	for i := int(tag >> x.shift); ; i = (i + 1) & mask {
		s := &x.slots[i]
		if s.id == 0 {
			id = int32(len(x.ends))
			x.text = append(x.text, w...)
			x.ends = append(x.ends, uint32(len(x.text)))
			*s = wordSlot{tag: tag, id: id + 1, n: longWord}
			if len(w) <= inlineBytes {
				s.n = uint8(len(w))
				copy(s.bytes[:], w)
			}
			return id, true
		}
		if s.tag == tag && x.holds(s, w) {
			return s.id - 1, false
		}
	}
}

// Lookup returns the number of w and true when x holds w, and -1 and
// false when it does not; unlike ID, it never adds w.
func (x *Index) Lookup(w string) (id int32, ok bool) {
	if len(x.ends) == 0 {
		return -1, false
	}
	tag := hashWord(x.seed, w)
	mask := len(x.slots) - 1
	for i := int(tag >> x.shift); ; i = (i + 1) & mask {
		s := &x.slots[i]
		if s.id == 0 {
			return -1, false
		}
		if s.tag == tag && x.holds(s, w) {
			return s.id - 1, true
		}
	}
}

// holds reports whether the word of the full slot s, whose tag is w's, is w.
func (x *Index) holds(s *wordSlot, w string) bool {
	if len(w) <= inlineBytes {
		return int(s.n) == len(w) && string(s.bytes[:len(w)]) == w
	}
	return s.n == longWord && x.Matches(s.id-1, w)
}

// Matches reports whether word number i is w, without copying it.
func (x *Index) Matches(i int32, w string) bool {
	start := uint32(0)
	if i > 0 {
		start = x.ends[i-1]
	}
	return string(x.text[start:x.ends[i]]) == w
}

// grow doubles the table (or makes its first slots) and puts back its
// words.
func (x *Index) grow() {
	old := x.slots
	size := max(2*len(old), minWordSlots)
	x.slots = make([]wordSlot, size)
	x.shift = uint8(32 - bits.TrailingZeros(uint(size)))
	if x.seed == 0 {
		x.seed = newSeed()
	}
	mask := size - 1
	for _, s := range old {
		if s.id == 0 {
			continue
		}
		i := int(s.tag >> x.shift)
		for x.slots[i].id != 0 {
			i = (i + 1) & mask
		}
		x.slots[i] = s
	}
}

// Clear empties x, keeping its storage.
func (x *Index) Clear() {
	clear(x.slots)
	x.text, x.ends = x.text[:0], x.ends[:0]
}

// newSeed returns a random seed for hashWord, so that no text can be
// made to put many words in one run of slots.
func newSeed() uint64 { return rand.Uint64() | 1 }

// hashWord returns the top 32 bits of a seeded hash of w, the tag of its
// slot. It reads w eight bytes at a time, and its last zero to seven as
// at most two overlapping loads (as wyhash does): the words of a text are
// mostly of 4 to 15 bytes, for which hash/maphash's call cost as much as
// the rest of a look-up. Words of one length give distinct loads, and the
// length goes into the hash.
func hashWord(seed uint64, w string) uint32 {
	h := seed ^ uint64(len(w))*0x9e3779b97f4a7c15
	for len(w) >= 8 {
		h = mix(h ^ load64(w))
		w = w[8:]
	}
	var t uint64
	switch n := len(w); {
	case n >= 4:
		t = uint64(load32(w)) | uint64(load32(w[n-4:]))<<32
	case n > 0:
		t = uint64(w[0])<<16 | uint64(w[n>>1])<<8 | uint64(w[n-1])
	}
	return uint32(mix(h^t^0xe7037ed1a0b428db) >> 32)
}

// mix folds the 128-bit product of h and an odd constant to 64 bits.
func mix(h uint64) uint64 {
	hi, lo := bits.Mul64(h, 0xa0761d6478bd642f)
	return hi ^ lo
}

// load64 and load32 read the first eight and four bytes of w, little-endian
// (one load each).
func load64(w string) uint64 {
	_ = w[7]
	return uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
		uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
}

func load32(w string) uint32 {
	_ = w[3]
	return uint32(w[0]) | uint32(w[1])<<8 | uint32(w[2])<<16 | uint32(w[3])<<24
}
