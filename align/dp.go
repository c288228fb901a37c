package align

import "math"

// shape is a bead shape the dynamic program may use.
type shape struct{ en, ko int }

var shapes = []shape{{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}, {2, 2}}

// window is the range of Korean positions [lo, hi] the program considers
// for each English position (both counted as paragraphs consumed).
type window struct{ lo, hi []int }

func fullWindow(n, m int) window {
	w := window{lo: make([]int, n+1), hi: make([]int, n+1)}
	for i := range w.lo {
		w.hi[i] = m
	}
	return w
}

// pathWindow is a window of half-width h around a path from (0,0).
func pathWindow(path []shape, n, m, h int) window {
	w := window{lo: make([]int, n+1), hi: make([]int, n+1)}
	for i := range w.lo {
		w.lo[i], w.hi[i] = m, 0
	}
	mark := func(i, j int) {
		w.lo[i] = min(w.lo[i], max(0, j-h))
		w.hi[i] = max(w.hi[i], min(m, j+h))
	}
	i, j := 0, 0
	mark(0, 0)
	for _, s := range path {
		if s.en == 2 {
			mark(i+1, j)
			mark(i+1, j+s.ko)
		}
		i, j = i+s.en, j+s.ko
		mark(i, j)
	}
	// Rows the path crosses in one step keep a range between neighbours.
	for r := 1; r <= n; r++ {
		if w.lo[r] > w.hi[r] {
			w.lo[r], w.hi[r] = w.lo[r-1], w.hi[r-1]
		}
	}
	return w
}

// scorer returns the score of the bead that covers English [i-a, i) and
// Korean [j-b, j).
type scorer func(i, j int, s shape) float64

// search finds the highest-scoring sequence of beads from (0,0) to (n,m)
// inside the window, and whether the best path touched the window's edge
// (so a wider window might find better). It keeps one back pointer byte a
// cell and the scores of the last three rows only.
func search(n, m int, win window, score scorer) ([]shape, bool) {
	back := make([][]int8, n+1)
	var scores [3][]float64
	for i := 0; i <= n; i++ {
		back[i] = make([]int8, win.hi[i]-win.lo[i]+1)
	}
	get := func(i, j int) float64 {
		if i < 0 || j < win.lo[i] || j > win.hi[i] {
			return math.Inf(-1)
		}
		return scores[i%3][j-win.lo[i]]
	}
	for i := 0; i <= n; i++ {
		row := scores[i%3][:0]
		for range back[i] {
			row = append(row, math.Inf(-1))
		}
		scores[i%3] = row
		for j := win.lo[i]; j <= win.hi[i]; j++ {
			if i == 0 && j == 0 {
				row[0] = 0
				back[0][0] = -1
				continue
			}
			best, bk := math.Inf(-1), int8(-1)
			for k, s := range shapes {
				pi, pj := i-s.en, j-s.ko
				if pi < 0 || pj < 0 {
					continue
				}
				prev := get(pi, pj)
				if math.IsInf(prev, -1) {
					continue
				}
				if v := prev + score(i, j, s); v > best {
					best, bk = v, int8(k)
				}
			}
			row[j-win.lo[i]] = best
			back[i][j-win.lo[i]] = bk
		}
	}
	if win.lo[0] > 0 || m < win.lo[n] || m > win.hi[n] {
		return nil, true
	}
	var path []shape
	edge := false
	i, j := n, m
	for i > 0 || j > 0 {
		bk := back[i][j-win.lo[i]]
		if bk < 0 {
			return nil, true
		}
		if (j == win.lo[i] && win.lo[i] > 0) || (j == win.hi[i] && win.hi[i] < m) {
			edge = true
		}
		s := shapes[bk]
		path = append(path, s)
		i, j = i-s.en, j-s.ko
	}
	for l, r := 0, len(path)-1; l < r; l, r = l+1, r-1 {
		path[l], path[r] = path[r], path[l]
	}
	return path, edge
}

// cells counts the cells of a window.
func (w window) cells() int {
	c := 0
	for i := range w.lo {
		c += w.hi[i] - w.lo[i] + 1
	}
	return c
}

// logAdd returns log(exp(a) + exp(b)).
func logAdd(a, b float64) float64 {
	if math.IsInf(a, -1) {
		return b
	}
	if math.IsInf(b, -1) {
		return a
	}
	if a < b {
		a, b = b, a
	}
	return a + math.Log1p(math.Exp(b-a))
}

// posteriors returns, for each bead of path, the probability that the
// bead is right: the share of all alignments inside the window (weighted
// by exp(score/temp)) that contain it, by the forward-backward algorithm.
// A bead that wins by a wide margin gets a posterior near 1; one that
// narrowly beats a different segmentation of the same paragraphs gets less.
func posteriors(n, m int, win window, score scorer, path []shape, temp float64) []float64 {
	inWin := func(i, j int) bool { return i >= 0 && i <= n && j >= win.lo[i] && j <= win.hi[i] }
	mk := func() [][]float64 {
		rows := make([][]float64, n+1)
		for i := range rows {
			rows[i] = make([]float64, win.hi[i]-win.lo[i]+1)
			for k := range rows[i] {
				rows[i][k] = math.Inf(-1)
			}
		}
		return rows
	}
	alpha, beta := mk(), mk()
	at := func(rows [][]float64, i, j int) float64 {
		if !inWin(i, j) {
			return math.Inf(-1)
		}
		return rows[i][j-win.lo[i]]
	}
	if inWin(0, 0) {
		alpha[0][0] = 0
	}
	for i := 0; i <= n; i++ {
		for j := win.lo[i]; j <= win.hi[i]; j++ {
			if i == 0 && j == 0 {
				continue
			}
			acc := math.Inf(-1)
			for _, s := range shapes {
				prev := at(alpha, i-s.en, j-s.ko)
				if math.IsInf(prev, -1) {
					continue
				}
				acc = logAdd(acc, prev+score(i, j, s)/temp)
			}
			alpha[i][j-win.lo[i]] = acc
		}
	}
	if inWin(n, m) {
		beta[n][m-win.lo[n]] = 0
	}
	for i := n; i >= 0; i-- {
		for j := win.hi[i]; j >= win.lo[i]; j-- {
			if i == n && j == m {
				continue
			}
			acc := math.Inf(-1)
			for _, s := range shapes {
				ni, nj := i+s.en, j+s.ko
				next := at(beta, ni, nj)
				if math.IsInf(next, -1) {
					continue
				}
				acc = logAdd(acc, next+score(ni, nj, s)/temp)
			}
			beta[i][j-win.lo[i]] = acc
		}
	}
	z := at(alpha, n, m)
	out := make([]float64, len(path))
	i, j := 0, 0
	for k, s := range path {
		ni, nj := i+s.en, j+s.ko
		lp := at(alpha, i, j) + score(ni, nj, s)/temp + at(beta, ni, nj) - z
		out[k] = math.Min(1, math.Exp(lp))
		i, j = ni, nj
	}
	return out
}
