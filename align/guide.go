package align

import "sort"

// point is a position in the (English, Korean) paragraph grid.
type point struct{ i, j int }

// anchors finds paragraph pairs that share a rare piece of evidence: a
// number (a year, an amount) or a Latin token that occurs in exactly one
// paragraph of each side. The longest chain of such pairs in order on both
// sides is a guide the true path passes close to.
func anchors(en, ko []*features) []point {
	type seen struct{ count, para int }
	countIDs := func(fs []*features, ids func(*features) []int32, keep func(*features, int) bool) map[int32]*seen {
		m := map[int32]*seen{}
		for p, f := range fs {
			for k, id := range ids(f) {
				if keep != nil && !keep(f, k) {
					continue
				}
				s := m[id]
				if s == nil {
					s = &seen{para: p}
					m[id] = s
				}
				if s.para != p || s.count == 0 {
					s.count++
				}
				s.para = p
			}
		}
		return m
	}
	strong := func(f *features, k int) bool { return f.numW[k] >= 1 }
	nums := func(f *features) []int32 { return f.numbers }
	enNum := countIDs(en, nums, strong)
	koNum := countIDs(ko, nums, strong)
	koLatin := countIDs(ko, func(f *features) []int32 { return f.latin }, nil)
	enWord := countIDs(en, func(f *features) []int32 { return f.wordSet }, func(f *features, k int) bool {
		_, ok := koLatin[f.wordSet[k]]
		return ok
	})
	var pts []point
	pair := func(a, b map[int32]*seen) {
		for id, s := range a {
			if t, ok := b[id]; ok && s.count == 1 && t.count == 1 {
				pts = append(pts, point{s.para, t.para})
			}
		}
	}
	pair(enNum, koNum)
	pair(enWord, koLatin)
	return longestChain(pts)
}

// longestChain returns the longest sequence of points increasing in both
// coordinates (patience sorting, O(k log k)).
func longestChain(pts []point) []point {
	sort.Slice(pts, func(a, b int) bool {
		if pts[a].i != pts[b].i {
			return pts[a].i < pts[b].i
		}
		return pts[a].j > pts[b].j // so equal i cannot chain
	})
	var tails []int // index into pts of the smallest tail j per length
	prev := make([]int, len(pts))
	for k, p := range pts {
		n := sort.Search(len(tails), func(x int) bool { return pts[tails[x]].j >= p.j })
		if n > 0 {
			prev[k] = tails[n-1]
		} else {
			prev[k] = -1
		}
		if n == len(tails) {
			tails = append(tails, k)
		} else {
			tails[n] = k
		}
	}
	if len(tails) == 0 {
		return nil
	}
	out := make([]point, len(tails))
	for k, x := len(tails)-1, tails[len(tails)-1]; k >= 0; k, x = k-1, prev[x] {
		out[k] = pts[x]
	}
	return out
}

// guideWindow is a band of half-width h around the piecewise-linear line
// from (0,0) through the anchors to (n,m).
func guideWindow(guide []point, n, m, h int) window {
	pts := append([]point{{0, 0}}, guide...)
	pts = append(pts, point{n, m})
	w := window{lo: make([]int, n+1), hi: make([]int, n+1)}
	seg := 0
	for i := 0; i <= n; i++ {
		for seg+1 < len(pts)-1 && pts[seg+1].i <= i {
			seg++
		}
		a, b := pts[seg], pts[seg+1]
		c := a.j
		if b.i > a.i {
			c = a.j + (i-a.i)*(b.j-a.j)/(b.i-a.i)
		}
		w.lo[i] = max(0, c-h)
		w.hi[i] = min(m, c+h)
	}
	// A vertical run of the guide (many Korean paragraphs at one English
	// position) must stay reachable.
	for k := 1; k < len(pts); k++ {
		a, b := pts[k-1], pts[k]
		if a.i == b.i {
			w.lo[a.i] = max(0, min(w.lo[a.i], a.j-h))
			w.hi[a.i] = min(m, max(w.hi[a.i], b.j+h))
		}
	}
	return w
}
