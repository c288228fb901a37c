package align

import (
	"math/bits"
	"sort"
	"unsafe"
)

// evidence is what a pair of paragraph groups share and do not share.
type evidence struct {
	lenEN, lenKO    int
	lexHitKO, lexKO int     // Korean words whose translation is in the English
	lexHitEN, lexEN int     // English words that translate a Korean word
	numHit, numMiss float64 // weights of numbers found / not found on the other side
	latinHit        int     // Latin tokens of the Korean found in the English
	latinMiss       int
	nameHit         int // Korean words matching an English name
}

// The pair masks record, for one English sentence e and one Korean
// sentence k, which items of each side find a partner on the other: bit t
// of k's lex mask is set when Korean word t has a translation in e, and so
// on. Evidence of any link is then a matter of OR-ing and counting bits,
// however many sentences it joins.
//
// Kinds of masks over the Korean sentence's items:
const (
	koLex   = iota // word t has a translation in e
	koName         // name candidate t matches a name of e
	koLatin        // Latin token t is a word of e
	koNum          // number t is a number of e
	koKinds
)

// Kinds of masks over the English sentence's items:
const (
	enLex    = iota // word s translates a word of k
	enNum           // number s is a number of k
	enHangul        // Hangul word s quoted in the English starts a word of k
	enKinds
)

// Korean items indexed by id, one list per kind of evidence.
const (
	postLex    = iota // lexTokens
	postName          // nameTokens
	postLatin         // latin
	postNum           // numbers
	postHangul        // hangulPrefixes
	postKinds
)

// postings lists, for every id of one kind, the Korean sentences that hold
// it and where (the item's index), in order of sentence. A pair's masks
// then come from the few ids the two sentences share, not from comparing
// all their items.
type postings struct {
	first []int32 // by id: its first entry; first[id+1] ends its entries
	at    []posting
}

type posting struct{ sent, item int32 }

// tokenPostings indexes the ids of each token that tokens gives for the
// sentences of kf (items with several ids: a word's translations),
// reusing p's arrays.
func (p *postings) tokenPostings(size int, kf []*features, tokens func(f *features) [][]int32) {
	p.first = grow(p.first, size+1)
	clear(p.first)
	for _, f := range kf {
		for _, ids := range tokens(f) {
			for _, id := range ids {
				p.first[id+1]++
			}
		}
	}
	next := p.start(size)
	for b, f := range kf {
		for t, ids := range tokens(f) {
			for _, id := range ids {
				p.at[next[id]] = posting{sent: int32(b), item: int32(t)}
				next[id]++
			}
		}
	}
}

// itemPostings indexes the ids items gives for the sentences of kf,
// reusing p's arrays.
func (p *postings) itemPostings(size int, kf []*features, items func(f *features) []int32) {
	p.first = grow(p.first, size+1)
	clear(p.first)
	for _, f := range kf {
		for _, id := range items(f) {
			p.first[id+1]++
		}
	}
	next := p.start(size)
	for b, f := range kf {
		for t, id := range items(f) {
			p.at[next[id]] = posting{sent: int32(b), item: int32(t)}
			next[id]++
		}
	}
}

// start turns the counts in first into starts, sizes at and returns a
// copy of the starts to fill from.
func (p *postings) start(size int) []int32 {
	for id := range size {
		p.first[id+1] += p.first[id]
	}
	p.at = grow(p.at, int(p.first[size]))
	return append([]int32(nil), p.first[:size]...)
}

// bytes counts the bytes of p's arrays.
func (p *postings) bytes() int { return cap(p.first)*4 + cap(p.at)*8 }

// in returns the entries of id in sentences [b0, b1). Most ids of an
// English sentence have none in all the Korean: that case is inlined.
func (p *postings) in(id int32, b0, b1 int) []posting {
	if p.first[id] == p.first[id+1] {
		return nil
	}
	return p.within(id, b0, b1)
}

// within is in for an id with entries.
func (p *postings) within(id int32, b0, b1 int) []posting {
	es := p.at[p.first[id]:p.first[id+1]]
	if len(es) == 0 || int(es[0].sent) >= b1 || int(es[len(es)-1].sent) < b0 {
		return nil
	}
	lo := 0
	if int(es[0].sent) < b0 {
		lo = sort.Search(len(es), func(x int) bool { return int(es[x].sent) >= b0 })
	}
	hi := len(es)
	if int(es[hi-1].sent) >= b1 {
		hi = lo + sort.Search(len(es)-lo, func(x int) bool { return int(es[lo+x].sent) >= b1 })
	}
	return es[lo:hi]
}

func words(n int) int { return (n + 63) / 64 }

// maskCache keeps the pair masks of the last few English sentences the
// program visited, so each (English, Korean) pair is compared once per
// pass while memory stays proportional to the Korean side. A row holds the
// masks of one English sentence against every Korean one, filled a block
// of maskBlock Korean sentences at a time: first the Korean sentences'
// masks (laid out alike in every row: koOff, koAt), then the English
// sentence's against each Korean one (enW words each); and the counts of
// each pair's masks, which are the evidence of a link with one sentence
// on that side.
type maskCache struct {
	en, ko []*features
	post   [postKinds]postings
	koOff  []int              // koOff[b]: first word of Korean sentence b's masks
	koAt   [][koKinds + 1]int // offsets of each kind inside them
	koSum  []float64          // sum of each Korean sentence's number weights
	enSum  []float64
	// slots[a%len(slots)] holds English sentence a's row: a link's
	// English sentences and the next row's never share a slot.
	slots [maxSide + 1]maskRow
}

const maskBlock = 64

type maskRow struct {
	a     int // English sentence, -1 when unused
	enW   int
	enAt  [enKinds + 1]int
	words []uint64
	sums  []pairSums // by Korean sentence
	valid []uint32   // by block: gen when filled
	gen   uint32
	// numHit is scratch: the Korean sentences fill found sharing a
	// number with the English one.
	numHit []int
}

// pairSums count the bits of one pair's masks, by kind; numbers by weight.
type pairSums struct {
	lexKO, nameKO, latinKO, lexEN, hangulEN int32
	numKO, numEN                            float64
}

// newMaskCache returns the mask cache of English sentences en and Korean
// ko, whose ids v gave; with reuse (nil for none), in its storage, which
// a cache of an earlier document left.
func newMaskCache(v *vocab, en, ko []*features, reuse *maskCache) *maskCache {
	c := reuse
	if c == nil {
		c = new(maskCache)
	}
	c.en, c.ko = en, ko
	c.koOff, c.koAt = grow(c.koOff, len(ko)+1), grow(c.koAt, len(ko))
	c.koSum, c.enSum = grow(c.koSum, len(ko)), grow(c.enSum, len(en))
	c.post[postLex].tokenPostings(v.size(evLex), ko, func(f *features) [][]int32 { return f.lexTokens })
	c.post[postName].tokenPostings(v.size(evName), ko, func(f *features) [][]int32 { return f.nameTokens })
	c.post[postLatin].itemPostings(v.size(evWord), ko, func(f *features) []int32 { return f.latin })
	c.post[postNum].itemPostings(v.size(evNum), ko, func(f *features) []int32 { return f.numbers })
	hangul := false
	for a, e := range en {
		c.enSum[a] = sum(e.numW)
		if len(e.hangul) > 0 && !hangul {
			// Only needed when the English quotes Hangul (otherwise
			// no word looks it up).
			c.post[postHangul].itemPostings(v.size(evWord), ko, func(f *features) []int32 { return f.hangulPrefixes })
			hangul = true
		}
	}
	c.koOff[0] = 0
	for b, k := range ko {
		at := &c.koAt[b]
		*at = [koKinds + 1]int{}
		for kind, n := range [koKinds]int{len(k.lexTokens), len(k.nameTokens), len(k.latin), len(k.numbers)} {
			at[kind+1] = at[kind] + words(n)
		}
		c.koOff[b+1] = c.koOff[b] + at[koKinds]
		c.koSum[b] = sum(k.numW)
	}
	blocks := (len(ko) + maskBlock - 1) / maskBlock
	for i := range c.slots {
		r := &c.slots[i]
		r.a, r.gen = -1, 0
		r.valid, r.sums = grow(r.valid, blocks), grow(r.sums, len(ko))
		clear(r.valid)
	}
	return c
}

// bytes counts the bytes of c's arrays.
func (c *maskCache) bytes() int {
	n := cap(c.koOff)*8 + cap(c.koAt)*8*(koKinds+1) + cap(c.koSum)*8 + cap(c.enSum)*8
	for k := range c.post {
		n += c.post[k].bytes()
	}
	for i := range c.slots {
		r := &c.slots[i]
		n += cap(r.words)*8 + cap(r.sums)*int(unsafe.Sizeof(pairSums{})) + cap(r.valid)*4 + cap(r.numHit)*8
	}
	return n
}

// holds reports whether row r is English sentence a's and filled for
// Korean sentences [b0, b1) (at most maskBlock of them, so the blocks of
// the first and last are all they touch): the common case where rows are
// read, small enough to be inlined.
func (r *maskRow) holds(a, b0, b1 int) bool {
	return r.a == a && r.valid[uint(b0)/maskBlock] == r.gen && r.valid[uint(b1-1)/maskBlock] == r.gen
}

// fillRow makes r, the slot of English sentence a, a's row filled for
// Korean sentences [b0, b1), when it does not hold them yet.
func (c *maskCache) fillRow(r *maskRow, a, b0, b1 int) *maskRow {
	if r.a != a {
		c.assign(r, a)
	}
	for blk := b0 / maskBlock; blk <= (b1-1)/maskBlock; blk++ {
		if r.valid[blk] != r.gen {
			c.fill(r, blk*maskBlock, min(len(c.ko), (blk+1)*maskBlock))
			r.valid[blk] = r.gen
		}
	}
	return r
}

// assign gives row r to English sentence a.
func (c *maskCache) assign(r *maskRow, a int) {
	e := c.en[a]
	r.a = a
	r.enAt = [enKinds + 1]int{}
	for kind, n := range [enKinds]int{len(e.lexSet), len(e.numbers), len(e.hangul)} {
		r.enAt[kind+1] = r.enAt[kind] + words(n)
	}
	r.enW = r.enAt[enKinds]
	r.words = grow(r.words, c.koOff[len(c.ko)]+len(c.ko)*r.enW)
	r.gen++
	if r.gen == 0 { // wrapped
		clear(r.valid)
		r.gen = 1
	}
}

// en returns the first word of row r's English masks against Korean
// sentence b.
func (c *maskCache) enBase(r *maskRow, b int) int { return c.koOff[len(c.ko)] + b*r.enW }

// fill computes row r's masks against Korean sentences [b0, b1) from the
// postings of the English sentence's ids, counting each pair's bits as
// they are set.
func (c *maskCache) fill(r *maskRow, b0, b1 int) {
	w, sums := r.words, r.sums[b0:b1]
	clear(w[c.koOff[b0]:c.koOff[b1]])
	clear(w[c.enBase(r, b0):c.enBase(r, b1)])
	clear(sums)
	e := c.en[r.a]
	// set sets a bit and reports whether it was clear. (Bits count from
	// zero: unsigned, the word and the shift need no sign fix.)
	set := func(x int, bit int32) bool {
		m := &w[x+int(uint32(bit)/64)]
		old := *m
		*m |= 1 << (uint32(bit) % 64)
		return *m != old
	}
	ko := func(p posting, kind int) int { return c.koOff[p.sent] + c.koAt[p.sent][kind] }
	en := func(p posting, kind int) int { return c.enBase(r, int(p.sent)) + r.enAt[kind] }
	for s, id := range e.lexSet {
		for _, p := range c.post[postLex].in(id, b0, b1) {
			sum := &sums[int(p.sent)-b0]
			if set(ko(p, koLex), p.item) {
				sum.lexKO++
			}
			if set(en(p, enLex), int32(s)) {
				sum.lexEN++
			}
		}
	}
	for _, id := range e.nameSet {
		for _, p := range c.post[postName].in(id, b0, b1) {
			if set(ko(p, koName), p.item) {
				sums[int(p.sent)-b0].nameKO++
			}
		}
	}
	for _, id := range e.wordSet {
		for _, p := range c.post[postLatin].in(id, b0, b1) {
			if set(ko(p, koLatin), p.item) {
				sums[int(p.sent)-b0].latinKO++
			}
		}
	}
	for s, id := range e.hangul {
		for _, p := range c.post[postHangul].in(id, b0, b1) {
			if set(en(p, enHangul), int32(s)) {
				sums[int(p.sent)-b0].hangulEN++
			}
		}
	}
	if len(e.numbers) == 0 {
		return
	}
	hit := r.numHit[:0] // pairs that share a number
	for s, id := range e.numbers {
		for _, p := range c.post[postNum].in(id, b0, b1) {
			set(ko(p, koNum), p.item)
			set(en(p, enNum), int32(s))
			hit = append(hit, int(p.sent))
		}
	}
	// Weights are summed lowest bit first, as a link of more sentences
	// sums them.
	rs := []*maskRow{r}
	for _, b := range hit {
		at, base := &c.koAt[b], c.koOff[b]
		sums[b-b0].numKO = orWeight(c.ko[b].numW, rs, base+at[koNum], base+at[koNum+1])
		sums[b-b0].numEN = c.enOrWeight(r, e.numW, b, b+1)
	}
	r.numHit = hit
}

// evidence sets ev to the evidence of English sentences [ei, ej) against
// Korean sentences [ki, kj) (at most maxSide each) from their masks: the
// counts fill made for a sentence alone on its side, the OR of the masks
// of the other side's sentences otherwise. (Adding a zero changes no sum,
// so the kinds a sentence lacks need no test; the numbers' weights are
// summed Korean sentences first, then English, each in order.)
func (c *maskCache) evidence(ev *evidence, ei, ej, ki, kj int) {
	*ev = evidence{}
	var rows [maxSide]*maskRow
	for a := ei; a < ej; a++ {
		r := &c.slots[uint(a)%uint(len(c.slots))]
		if !r.holds(a, ki, kj) {
			c.fillRow(r, a, ki, kj)
		}
		rows[a-ei] = r
	}
	rs := rows[:ej-ei]
	var or pairSums // the sums of a sentence against several
	for b := ki; b < kj; b++ {
		k := c.ko[b]
		s := &rs[0].sums[b]
		if len(rs) > 1 {
			at, base := &c.koAt[b], c.koOff[b]
			or = pairSums{
				lexKO:   int32(orCount(rs, base+at[koLex], base+at[koLex+1])),
				nameKO:  int32(orCount(rs, base+at[koName], base+at[koName+1])),
				latinKO: int32(orCount(rs, base+at[koLatin], base+at[koLatin+1])),
			}
			if len(k.numbers) > 0 {
				or.numKO = orWeight(k.numW, rs, base+at[koNum], base+at[koNum+1])
			}
			s = &or
		}
		ev.lenKO += k.chars
		ev.lexKO += len(k.lexTokens)
		ev.lexHitKO += int(s.lexKO)
		ev.nameHit += int(s.nameKO)
		ev.addShared(len(k.latin), int(s.latinKO), c.koSum[b], s.numKO)
	}
	for a := ei; a < ej; a++ {
		e, r := c.en[a], rows[a-ei]
		s := &r.sums[ki]
		if kj-ki > 1 {
			or = pairSums{lexEN: int32(c.enOrCount(r, enLex, ki, kj))}
			if len(e.numbers) > 0 {
				or.numEN = c.enOrWeight(r, e.numW, ki, kj)
			}
			if len(e.hangul) > 0 {
				or.hangulEN = int32(c.enOrCount(r, enHangul, ki, kj))
			}
			s = &or
		}
		ev.lenEN += e.chars
		ev.lexEN += len(e.lexSet)
		ev.lexHitEN += int(s.lexEN)
		ev.addShared(len(e.hangul), int(s.hangulEN), c.enSum[a], s.numEN)
	}
}

// addShared adds one sentence's counts of the kinds both sides count
// alike: of its items (Latin tokens, or Hangul quoted in English) hit
// found on the other side, and of the weight of its numbers numHit.
func (ev *evidence) addShared(items, hit int, numWeight, numHit float64) {
	ev.latinHit += hit
	ev.latinMiss += items - hit
	ev.numHit += numHit
	ev.numMiss += numWeight - numHit
}

// orCount counts the bits set in words [lo, hi) of any of rows.
func orCount(rows []*maskRow, lo, hi int) int {
	n := 0
	for x := lo; x < hi; x++ {
		var m uint64
		for _, r := range rows {
			m |= r.words[x]
		}
		n += bits.OnesCount64(m)
	}
	return n
}

// orWeight sums the weights of the bits set in words [lo, hi) of any of
// rows.
func orWeight(weights []float64, rows []*maskRow, lo, hi int) float64 {
	s := 0.0
	for x := lo; x < hi; x++ {
		var m uint64
		for _, r := range rows {
			m |= r.words[x]
		}
		s += weigh(weights, (x-lo)*64, m)
	}
	return s
}

// weigh sums weights[from+b] for the bits b set in m, lowest first.
func weigh(weights []float64, from int, m uint64) float64 {
	s := 0.0
	for m != 0 {
		b := bits.TrailingZeros64(m)
		s += weights[from+b]
		m &^= 1 << b
	}
	return s
}

// enOrCount counts the bits of row r's English masks of kind set against
// any of Korean sentences [ki, kj).
func (c *maskCache) enOrCount(r *maskRow, kind, ki, kj int) int {
	n := 0
	for x := r.enAt[kind]; x < r.enAt[kind+1]; x++ {
		var m uint64
		for b := ki; b < kj; b++ {
			m |= r.words[c.enBase(r, b)+x]
		}
		n += bits.OnesCount64(m)
	}
	return n
}

// enOrWeight sums the weights of row r's English numbers found in any of
// Korean sentences [ki, kj).
func (c *maskCache) enOrWeight(r *maskRow, weights []float64, ki, kj int) float64 {
	h := 0.0
	for x := r.enAt[enNum]; x < r.enAt[enNum+1]; x++ {
		var m uint64
		for b := ki; b < kj; b++ {
			m |= r.words[c.enBase(r, b)+x]
		}
		h += weigh(weights, (x-r.enAt[enNum])*64, m)
	}
	return h
}

func sum(ws []float64) float64 {
	s := 0.0
	for _, w := range ws {
		s += w
	}
	return s
}
