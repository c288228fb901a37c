package align

import "math"

// window is the range of Korean positions [lo, hi] the program considers
// for each English position (both counted as units consumed).
type window struct{ lo, hi []int }

func fullWindow(n, m int) window {
	w := window{lo: make([]int, n+1), hi: make([]int, n+1)}
	for i := range w.lo {
		w.hi[i] = m
	}
	return w
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
