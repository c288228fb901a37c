package fnv1a

import (
	"hash/fnv"
	"testing"
)

func reference(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return h.Sum64()
}

// TestStringMatchesHashFNV checks the values against hash/fnv's 64-bit
// FNV-1a, including empty, non-ASCII and NUL-prefixed keys as the aligner
// makes them.
func TestStringMatchesHashFNV(t *testing.T) {
	for _, s := range []string{"", "a", "pompeo", "u.s.", "jong-un", "\x00계가", "폼페이오는", "KM", "\xff\xfe", "the quick brown fox jumps over the lazy dog"} {
		if got, want := String(s), reference(s); got != want {
			t.Errorf("String(%q) = %#x, hash/fnv gives %#x", s, got, want)
		}
	}
}

// TestAddConcatenates checks that hashing the pieces of a key in turn
// gives the hash of the whole, at every cut.
func TestAddConcatenates(t *testing.T) {
	for _, s := range []string{"", "x", "hwang joon-bum", "\x00김정은"} {
		for i := 0; i <= len(s); i++ {
			if got, want := Add(String(s[:i]), s[i:]), reference(s); got != want {
				t.Errorf("Add(String(%q), %q) = %#x, want %#x", s[:i], s[i:], got, want)
			}
			if i < len(s) {
				if got, want := Add(AddByte(String(s[:i]), s[i]), s[i+1:]), reference(s); got != want {
					t.Errorf("AddByte at %d of %q = %#x, want %#x", i, s, got, want)
				}
			}
		}
	}
}

// TestString32MatchesHashFNV checks the 32-bit values against hash/fnv's
// New32a, whole and continued at every cut.
func TestString32MatchesHashFNV(t *testing.T) {
	for _, s := range []string{"", "a", "먹", "먹었다", "\xff\xfe", "the quick brown fox"} {
		h := fnv.New32a()
		h.Write([]byte(s))
		if got, want := String32(s), h.Sum32(); got != want {
			t.Errorf("String32(%q) = %#x, hash/fnv gives %#x", s, got, want)
		}
		for i := 0; i <= len(s); i++ {
			if got, want := Add32(String32(s[:i]), s[i:]), String32(s); got != want {
				t.Errorf("Add32(String32(%q), %q) = %#x, want %#x", s[:i], s[i:], got, want)
			}
		}
	}
}
