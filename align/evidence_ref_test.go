package align

import "math/bits"

// The pair masks as first written: one stamp array per kind, each pair
// compared item by item (matcher), and evidence OR-ed from the masks of
// each pair (combine). The tests hold the postings-based masks of
// evidence.go to them.

// refPairMasks records, for one English paragraph e and one Korean paragraph
// k, which items of each side find a partner on the other: bit t of lexKO
// is set when Korean word t has a translation in e, and so on. Evidence of
// any bead is then a matter of OR-ing and counting bits, however many
// paragraphs it joins.
type refPairMasks struct {
	lexKO, nameKO, latinKO, numKO []uint64
	lexEN, numEN, hangulEN        []uint64
}

// refMatcher computes refPairMasks with stamp arrays: the ids of one paragraph
// are stamped with a generation number, the items of the other checked
// against it, so no set is built or hashed per pair.
type refMatcher struct {
	stamps [evKinds][]uint32
	gen    uint32
}

func newRefMatcher(v *vocab) *refMatcher {
	m := &refMatcher{}
	for k := range m.stamps {
		m.stamps[k] = make([]uint32, v.size(k))
	}
	return m
}

func (m *refMatcher) next() uint32 {
	m.gen++
	if m.gen == 0 { // wrapped: clear and start again
		for k := range m.stamps {
			clear(m.stamps[k])
		}
		m.gen = 1
	}
	return m.gen
}

func (m *refMatcher) stamp(kind int, ids []int32, g uint32) {
	s := m.stamps[kind]
	for _, id := range ids {
		s[id] = g
	}
}

func refWords(n int) int { return (n + 63) / 64 }

// tokenMask sets bit t for every token with an id stamped g.
func (m *refMatcher) tokenMask(kind int, tokens [][]int32, g uint32, dst []uint64) []uint64 {
	dst = refResize(dst, refWords(len(tokens)))
	s := m.stamps[kind]
	for t, ids := range tokens {
		for _, id := range ids {
			if s[id] == g {
				dst[t/64] |= 1 << (t % 64)
				break
			}
		}
	}
	return dst
}

// idMask sets bit t for every id stamped g.
func (m *refMatcher) idMask(kind int, ids []int32, g uint32, dst []uint64) []uint64 {
	dst = refResize(dst, refWords(len(ids)))
	s := m.stamps[kind]
	for t, id := range ids {
		if s[id] == g {
			dst[t/64] |= 1 << (t % 64)
		}
	}
	return dst
}

func refResize(b []uint64, n int) []uint64 {
	if cap(b) < n {
		b = make([]uint64, n)
	}
	b = b[:n]
	clear(b)
	return b
}

// compute fills pm for English paragraph e and Korean paragraph k.
func (m *refMatcher) compute(e, k *features, pm *refPairMasks) {
	g := m.next()
	m.stamp(evLex, e.lexSet, g)
	m.stamp(evName, e.nameSet, g)
	m.stamp(evWord, e.wordSet, g)
	m.stamp(evNum, e.numbers, g)
	pm.lexKO = m.tokenMask(evLex, k.lexTokens, g, pm.lexKO)
	pm.nameKO = m.tokenMask(evName, k.nameTokens, g, pm.nameKO)
	pm.latinKO = m.idMask(evWord, k.latin, g, pm.latinKO)
	pm.numKO = m.idMask(evNum, k.numbers, g, pm.numKO)
	g = m.next()
	m.stamp(evLex, k.lexUnion, g)
	m.stamp(evNum, k.numbers, g)
	if len(e.hangul) > 0 {
		m.stamp(evWord, k.hangulPrefixes, g)
		pm.hangulEN = m.idMask(evWord, e.hangul, g, pm.hangulEN)
	}
	pm.lexEN = m.idMask(evLex, e.lexSet, g, pm.lexEN)
	pm.numEN = m.idMask(evNum, e.numbers, g, pm.numEN)
}

// refOrCount counts the bits set in any of masks (all of one length).
func refOrCount(masks ...[]uint64) int {
	n := 0
	for w := range masks[0] {
		var x uint64
		for _, m := range masks {
			x |= m[w]
		}
		n += bits.OnesCount64(x)
	}
	return n
}

// refOrWeight sums the weights of the bits set in any of masks.
func refOrWeight(weights []float64, masks ...[]uint64) float64 {
	s := 0.0
	for w := range masks[0] {
		var x uint64
		for _, m := range masks {
			x |= m[w]
		}
		for x != 0 {
			b := bits.TrailingZeros64(x)
			s += weights[w*64+b]
			x &^= 1 << b
		}
	}
	return s
}

func refSum(ws []float64) float64 {
	s := 0.0
	for _, w := range ws {
		s += w
	}
	return s
}

// refCombine computes the evidence of English paragraphs en against Korean
// paragraphs ko (at most two each) from the masks of each pair: pm[a][b]
// holds the masks of en[a] against ko[b].
func refCombine(en, ko []*features, pm *[3][3]*refPairMasks) evidence {
	var ev evidence
	var ms [3][]uint64
	for b, k := range ko {
		ev.lenKO += k.chars
		ev.lexKO += len(k.lexTokens)
		if len(k.lexTokens) > 0 {
			for a := range en {
				ms[a] = pm[a][b].lexKO
			}
			ev.lexHitKO += refOrCount(ms[:len(en)]...)
		}
		if len(k.nameTokens) > 0 {
			for a := range en {
				ms[a] = pm[a][b].nameKO
			}
			ev.nameHit += refOrCount(ms[:len(en)]...)
		}
		if len(k.latin) > 0 {
			for a := range en {
				ms[a] = pm[a][b].latinKO
			}
			h := refOrCount(ms[:len(en)]...)
			ev.latinHit += h
			ev.latinMiss += len(k.latin) - h
		}
		if len(k.numbers) > 0 {
			for a := range en {
				ms[a] = pm[a][b].numKO
			}
			h := refOrWeight(k.numW, ms[:len(en)]...)
			ev.numHit += h
			ev.numMiss += refSum(k.numW) - h
		}
	}
	for a, e := range en {
		ev.lenEN += e.chars
		ev.lexEN += len(e.lexSet)
		if len(e.lexSet) > 0 {
			for b := range ko {
				ms[b] = pm[a][b].lexEN
			}
			ev.lexHitEN += refOrCount(ms[:len(ko)]...)
		}
		if len(e.hangul) > 0 {
			for b := range ko {
				ms[b] = pm[a][b].hangulEN
			}
			h := refOrCount(ms[:len(ko)]...)
			ev.latinHit += h
			ev.latinMiss += len(e.hangul) - h
		}
		if len(e.numbers) > 0 {
			for b := range ko {
				ms[b] = pm[a][b].numEN
			}
			h := refOrWeight(e.numW, ms[:len(ko)]...)
			ev.numHit += h
			ev.numMiss += refSum(e.numW) - h
		}
	}
	return ev
}
