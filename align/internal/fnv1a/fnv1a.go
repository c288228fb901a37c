// Package fnv1a computes the 64-bit FNV-1a hash of strings without
// allocating: the values of hash/fnv's New64a, for keys hashed millions of
// times (the aligner's word and skeleton keys), where a hasher per key and
// a []byte copy of the string would cost more than the hashing.
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
