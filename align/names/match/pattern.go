package match

// The matcher compares a romanized (English) spelling with a Hangul name
// by a weighted edit distance in which each piece of the Hangul name — a
// jamo, or a vowel pair such as 아이 — is a slot that can be spelled by one
// of several alternatives, each with a cost. Letters of the English
// spelling that no slot accounts for cost an insertion; slots with no
// letters cost a skip. The cheapest alignment is found by dynamic
// programming over (slot, letter) pairs.

// alt is one spelling of a slot and its cost in letter edits.
type alt struct {
	s string
	c float32
}

// altSet is a slot's alternatives indexed by their last letter, so the
// inner loop of distance looks only at those that can end at a letter.
type altSet struct {
	byLast [26][]ending
	alts   []alt   // the alternatives as given
	empty  float32 // cost of the empty alternative, or -1
	last   uint32  // bit c-'a' set when some alternative ends in c
	first  uint32  // bit c-'a' set when some alternative starts with c
	any    uint32  // every letter of every alternative
	n      int     // the number of alternatives
	// longest is the length of the longest alternative.
	longest int
}

// ending is a non-empty alternative as fillRow compares it with the
// letters that end at a column: the letters before its last one are
// those of the column's window (see fillRow) that mask keeps, when they
// are pre.
type ending struct {
	pre, mask uint64
	c         float32
	n         int32 // its length
}

// maxAlt is the longest alternative an ending holds: its letters before
// the last fit in a window of 64 bits.
const maxAlt = 8

func newEnding(a alt) ending {
	if len(a.s) > maxAlt {
		panic("match: alternative " + a.s + " longer than maxAlt")
	}
	x := ending{c: a.c, n: int32(len(a.s))}
	for i := 0; i < len(a.s)-1; i++ {
		x.pre = x.pre<<8 | uint64(a.s[i])
		x.mask = x.mask<<8 | 0xff
	}
	return x
}

func newAltSet(alts []alt) *altSet {
	s := &altSet{empty: -1, n: len(alts), alts: alts}
	for _, a := range alts {
		if a.s == "" {
			if s.empty < 0 || a.c < s.empty {
				s.empty = a.c
			}
			continue
		}
		c := a.s[len(a.s)-1]
		if c < 'a' || c > 'z' {
			continue
		}
		s.last |= 1 << (c - 'a')
		s.longest = max(s.longest, len(a.s))
		s.byLast[c-'a'] = append(s.byLast[c-'a'], newEnding(a))
		if f := a.s[0]; f >= 'a' && f <= 'z' {
			s.first |= 1 << (f - 'a')
		}
		for i := 0; i < len(a.s); i++ {
			if l := a.s[i]; l >= 'a' && l <= 'z' {
				s.any |= 1 << (l - 'a')
			}
		}
	}
	return s
}

// setsOf returns the alternative sets of a table's rows, one each (an
// empty row's matches nothing).
func setsOf(rows [][]alt) []*altSet {
	sets := make([]*altSet, len(rows))
	for i, r := range rows {
		sets[i] = newAltSet(r)
	}
	return sets
}

// slot is one piece of a Hangul name.
type slot struct {
	set  *altSet
	skip float32 // cost of spelling the slot with no letters
	cls  byte    // consonant class for blocking (0 for vowels)
	// patAny, set on a pattern's first slot by finish, is every letter
	// of every spelling of the whole pattern.
	patAny uint32
	// rest, set by finish, is every letter of every spelling of the
	// slots after this one (see foreignDistance).
	rest uint32
}

// finish records pattern-wide data: patAny on the first slot, rest on
// every slot.
func finish(p pattern) pattern {
	if len(p) == 0 {
		return p
	}
	var any uint32
	for i := len(p) - 1; i >= 0; i-- {
		p[i].rest = any
		any |= p[i].set.any
	}
	p[0].patAny = any
	return p
}

// newSlot makes a slot of the alternatives of set (one of the sets the
// tables' alternatives are made into once, in korean.go and foreign.go).
func newSlot(set *altSet, skip float32, cls byte) slot {
	s := slot{set: set, skip: skip, cls: cls}
	if set.empty >= 0 && set.empty < s.skip {
		s.skip = set.empty
	}
	return s
}

// pattern is a compiled Hangul name or word.
type pattern []slot

// insertCost is the cost of an English letter that no slot spells. Vowels,
// h, w, y, a doubled letter and a final e are cheap: romanizations add and
// drop them freely (Kahng, Yoon, Kweon, Pompeo); in foreign names so is an
// r after a vowel, which Korean does not pronounce (Carter 카터).
func insertCost(e string, j int, foreign bool) float32 {
	c := e[j]
	if j > 0 && e[j-1] == c {
		return 0.15
	}
	switch c {
	case 'h':
		return 0.3
	case 'e':
		if foreign && j == len(e)-1 {
			return 0.1
		}
		return 0.6
	case 'a', 'i', 'o', 'u':
		return 0.6
	case 'w', 'y':
		return 0.5
	case 'r':
		if foreign && j > 0 && isVowel(e[j-1]) {
			return 0.4
		}
	}
	return 1
}

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// noBound disables the cut-off of distance.
const noBound = float32(1e9)

// maxLetters is the longest spelling compared; longer ones are cut.
const maxLetters = 63

// prepared is an English spelling with its per-letter insertion costs and
// letter bits computed once for all the patterns it is compared with.
type prepared struct {
	s       string
	at      []letterCost // by letter of s
	letters uint32       // every letter of s
}

// letterCost is what distance needs of a letter of a prepared spelling.
type letterCost struct {
	ins float32 // the cost of inserting it (insertCost)
	bit uint32  // bit c-'a' of the letter c, 0 for a character not a-z
}

// preparedRoom hands out prepared spellings and room for their letters,
// from slices made once for all the spellings of an English name.
type preparedRoom struct {
	prepared []prepared
	at       []letterCost
}

// newPreparedRoom makes room for spellings of letters letters in all
// (each cut to maxLetters), the spellings themselves appended to dst.
func newPreparedRoom(dst []prepared, letters int) preparedRoom {
	return preparedRoom{prepared: dst, at: make([]letterCost, letters)}
}

// prepare prepares e, a name in a foreign reading or not (see insertCost).
func (r *preparedRoom) prepare(e string, foreign bool) *prepared {
	if len(e) > maxLetters {
		e = e[:maxLetters]
	}
	n := len(e)
	if len(r.at) < n {
		// Room beyond what was counted (not for the spellings of
		// CompileEnglish): made for this one.
		r.at = make([]letterCost, n)
	}
	var p *prepared
	if len(r.prepared) < cap(r.prepared) {
		r.prepared = r.prepared[:len(r.prepared)+1]
		p = &r.prepared[len(r.prepared)-1]
	} else {
		p = new(prepared)
	}
	*p = prepared{s: e, at: r.at[:n:n]}
	r.at = r.at[n:]
	for j := 0; j < n; j++ {
		p.at[j].ins = insertCost(e, j, foreign)
		if c := e[j]; c >= 'a' && c <= 'z' {
			p.at[j].bit = 1 << (c - 'a')
			p.letters |= p.at[j].bit
		}
	}
	return p
}

// lowerBound is a cheap lower bound of distance: slots none of whose
// spellings can start at any letter of the English must be skipped, and
// English letters that no spelling of the pattern contains must be
// inserted.
func lowerBound(pe *prepared, pat pattern) float32 {
	var lb float32
	for i := range pat {
		sl := &pat[i]
		if sl.set.first&pe.letters == 0 {
			lb += sl.skip
		}
	}
	if len(pat) == 0 {
		return lb
	}
	if missing := pe.letters &^ pat[0].patAny; missing != 0 {
		for j := 0; j < len(pe.s); j++ {
			if pe.at[j].bit&missing != 0 {
				lb += pe.at[j].ins
			}
		}
	}
	return lb
}

// fillRow sets row[j] for lo < j ≤ len(pe.s), row[lo] being set: the
// cheapest cost of spelling the pattern up to slot sl as pe.s[from:j],
// given prev, the row of the slots before sl. It is the step shared by
// distance and spanCosts. It also returns, for distance's cut-off, the
// first and the last column whose cell j is live: row[j]+rest[j-lo-1] at
// most bound (-1 for none). rest holds, for each column after lo, a lower
// bound of the cost of spelling the slots after sl as the letters after
// the column (zeros when none is known).
//
// Past column lim, fillRow stops at the first cell that is not live (and
// returns it as end; end is len(pe.s) when it sets every cell): once
// neither prev nor the cells before have a live cell to come from, no
// later cell of the row has either (see foreignDistance).
func fillRow(pe *prepared, sl *slot, prev, row, rest []float32, from, lo, lim int, bound float32) (first, last, end int) {
	e := pe.s
	set := sl.set
	first, last, end = -1, -1, len(e)
	// Column j is cell k = j-lo-1 of the slices below, all as long as
	// letters, so that the loop needs no bounds checks; left is the
	// cell before, row[j-1].
	letters := e[lo:]
	at := pe.at[lo:len(e)][:len(letters)]
	up := prev[lo+1 : len(e)+1][:len(letters)] // prev[j]
	out := row[lo+1 : len(e)+1][:len(letters)] // row[j]
	rest = rest[:len(letters)]
	left := row[lo]
	// window holds the letters before the cell's, the nearest in the low
	// byte, and zeros before from (no alternative has one: those that
	// reach back past from do not match).
	var window uint64
	for i := max(from, lo-(maxAlt-1)); i < lo; i++ {
		window = window<<8 | uint64(e[i])
	}
	// Read once: the stores to out would have them read again each cell.
	skip, last1, byLast := sl.skip, set.last, &set.byLast
	for k, c := range []byte(letters) {
		best := left + at[k].ins
		if v := up[k] + skip; v < best {
			best = v
		}
		if last1&at[k].bit != 0 {
			j := lo + 1 + k
			for _, a := range byLast[c-'a'] {
				// a ends in c, e[j-1] (byLast says so): compare the
				// letters before it.
				if window&a.mask == a.pre {
					if v := prev[j-int(a.n)] + a.c; v < best {
						best = v
					}
				}
			}
		}
		window = window<<8 | uint64(c)
		out[k] = best
		left = best
		if best+rest[k] <= bound {
			if first < 0 {
				first = lo + 1 + k
			}
			last = lo + 1 + k
		} else if lo+1+k > lim {
			return first, last, lo + 1 + k
		}
	}
	return first, last, end
}

// distance returns the cheapest cost of spelling pat as the prepared
// spelling. Once every alignment costs more than bound it stops and
// returns a value above bound: the least cost of the slots compared so
// far, or lowerBound's.
func distance(pe *prepared, pat pattern, bound float32) float32 {
	return cutDistance(pe, pat, bound, false)
}

// foreignDistance is distance for callers that take every value above
// bound alike (foreignScore): it stops sooner, and returns some value
// above bound, when every alignment of the slots compared so far with a
// part of the spelling is too dear once the cheapest cost of the rest is
// added, that cost being bounded below by the letters after the part that
// no later slot has in any spelling (each must be inserted). Every cell
// of an alignment at most bound is then set as distance sets it, and the
// cost it returns is distance's to the bit.
func foreignDistance(pe *prepared, pat pattern, bound float32) float32 {
	return cutDistance(pe, pat, bound, true)
}

// pruneSlack is what foreignDistance adds to bound before it calls a cell
// too dear: the costs are float32 sums, and a lower bound summed in
// another order may come out a little above the cost of the alignment it
// bounds. The costs of the tables are multiples of 0.05.
const pruneSlack = 0.01

// cutDistance is distance, and foreignDistance with prune.
func cutDistance(pe *prepared, pat pattern, bound float32, prune bool) float32 {
	e := pe.s
	n := len(e)
	if bound < noBound {
		if lb := lowerBound(pe, pat); lb > bound {
			return lb
		}
	}
	var r0, r1 [maxLetters + 1]float32
	prev, row := r0[:n+1], r1[:n+1]
	prev[0] = 0
	for j := 1; j <= n; j++ {
		prev[j] = prev[j-1] + pe.at[j-1].ins
	}
	// rest[j] bounds below the cost of spelling the slots after the row's
	// as e[j:] (zero without prune, or while every letter of e is in some
	// later slot's spellings); live is the bound of a live cell.
	var rest [maxLetters + 1]float32
	var uncovered uint32
	live := bound
	if prune {
		live = bound + pruneSlack
	}
	// Columns left of lo are above bound in every later row too, so each
	// row starts at lo; with prune, the cells of columns past hi, the
	// last live one, are not live in the row after either, beyond the
	// reach of the row's longest spelling.
	lo, hi := 0, n
	for k := range pat {
		sl := &pat[k]
		for j := 0; j < lo; j++ {
			row[j] = bound + 1
		}
		lim := n
		if prune {
			lim = min(n, hi+sl.set.longest)
			// The letters no later slot spells grow from row to row.
			if u := pe.letters &^ sl.rest; u != uncovered {
				uncovered = u
				var a float32
				for j := n - 1; j >= lo; j-- {
					if pe.at[j].bit&u != 0 {
						a += pe.at[j].ins
					}
					rest[j] = a
				}
			}
		}
		row[lo] = prev[lo] + sl.skip
		first, last := -1, -1
		if row[lo]+rest[lo] <= live {
			first, last = lo, lo
		}
		f, l, end := fillRow(pe, sl, prev, row, rest[lo+1:], 0, lo, lim, live)
		if first < 0 {
			first = f
		}
		if l >= 0 {
			last = l
		}
		if first < 0 {
			if prune {
				return noBound
			}
			// Every cell of the row, all set (lim is n), is above
			// bound: the least is the cost returned.
			rowMin := row[lo]
			for _, v := range row[lo+1:] {
				rowMin = min(rowMin, v)
			}
			return rowMin
		}
		// Cells past end are not live, and the next row is not to come
		// from them.
		for j := end + 1; j <= n; j++ {
			row[j] = noBound
		}
		lo, hi = first, last
		prev, row = row, prev
	}
	return prev[n]
}
