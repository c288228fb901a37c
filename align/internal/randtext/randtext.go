// Package randtext makes random texts for the tests that hold a fast path
// to the code it replaced, or to the standard library: texts strung from
// pieces chosen to sit on the edges of the rules under test (spaces of
// every kind, Hangul, broken UTF-8…). It is for tests only; no command
// or library imports it.
package randtext

import (
	"math/rand/v2"
	"strings"
)

// Texts returns n texts of up to maxPieces-1 pieces each (none at times),
// drawn with seed: the same seed gives the same texts.
func Texts(seed uint64, pieces []string, maxPieces, n int) []string {
	rng := rand.New(rand.NewPCG(seed, seed+1))
	texts := make([]string, n)
	for k := range texts {
		var b strings.Builder
		for range rng.IntN(maxPieces) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		texts[k] = b.String()
	}
	return texts
}
