// Package fnv1a computes the FNV-1a hash of strings without allocating:
// the values of hash/fnv's New64a, for keys hashed millions of times (the
// aligner's word and skeleton keys), where a hasher per key and a []byte
// copy of the string would cost more than the hashing; and of New32a
// (String32, Add32), by which the lexicon's index file is looked up.
package fnv1a

const (
	// Offset is the hash of the empty string, where every hash starts.
	Offset uint64 = 14695981039346656037
	prime  uint64 = 1099511628211
)

// String returns the hash of s: fnv.New64a() fed s.
func String(s string) uint64 { return Add(Offset, s) }

// Add continues hash h, of what came before, with the bytes of s: the
// hash of a concatenation a+b is Add(String(a), b), so that keys made of
// pieces need not be built.
func Add(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= prime
	}
	return h
}

// AddByte continues hash h with the byte c.
func AddByte(h uint64, c byte) uint64 {
	h ^= uint64(c)
	return h * prime
}

// Offset32 is the 32-bit hash of the empty string.
const Offset32 uint32 = 2166136261

const prime32 uint32 = 16777619

// String32 returns the 32-bit hash of s: fnv.New32a() fed s.
func String32(s string) uint32 { return Add32(Offset32, s) }

// Add32 continues the 32-bit hash h with the bytes of s, as Add does.
func Add32(h uint32, s string) uint32 {
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= prime32
	}
	return h
}
