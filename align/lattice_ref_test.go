package align

import "math"

// The straightforward forms of the program's passes, built on step (the
// definition of the moves) with one call per cell, state and move, and
// with log-domain sums: the tests check the fast passes of lattice.go
// against them.

// refRun is run, cell by cell through step. It also returns its scores
// and back pointers, [i][(j-lo)*nStates+st].
func (p *docScorer) refRun(win window, nMoves int) (path []pathStep, edge bool, score [][]float64, back [][]uint16) {
	n, m := p.en.len(), p.ko.len()
	score = make([][]float64, n+1)
	back = make([][]uint16, n+1)
	for i := 0; i <= n; i++ {
		w := max(0, win.hi[i]-win.lo[i]+1) * nStates
		score[i] = make([]float64, w)
		back[i] = make([]uint16, w)
		for k := range score[i] {
			score[i][k] = math.Inf(-1)
			back[i][k] = noBack
		}
	}
	in := func(i, j int) bool { return i <= n && j <= m && j >= win.lo[i] && j <= win.hi[i] }
	if !in(0, 0) {
		return nil, true, nil, nil
	}
	score[0][0] = 0
	for pi := 0; pi <= n; pi++ {
		for pj := win.lo[pi]; pj <= win.hi[pi]; pj++ {
			base := (pj - win.lo[pi]) * nStates
			row := score[pi][base : base+nStates]
			if math.IsInf(max(row[0], row[1], row[2], row[3]), -1) {
				continue
			}
			for k, mv := range moves[:nMoves] {
				link := math.NaN()
				for st, cur := range row {
					if math.IsInf(cur, -1) {
						continue
					}
					sc, i, j, nst, ok := p.step(pi, pj, st, mv)
					if !ok || !in(i, j) {
						continue
					}
					if mv.en > 0 && mv.ko > 0 {
						if math.IsNaN(link) {
							link = p.linkScore(i, j, k)
						}
						sc += link
					}
					v := cur + sc
					c := (j-win.lo[i])*nStates + nst
					if v > score[i][c] {
						score[i][c] = v
						back[i][c] = uint16(k<<2 | st)
					}
				}
			}
		}
	}
	if !in(n, m) {
		return nil, true, score, back
	}
	best, bst := math.Inf(-1), -1
	for st := 0; st < nStates; st++ {
		if v := score[n][(m-win.lo[n])*nStates+st]; v > best {
			best, bst = v, st
		}
	}
	if bst < 0 {
		return nil, true, score, back
	}
	i, j, st := n, m, bst
	for i > 0 || j > 0 {
		b := back[i][(j-win.lo[i])*nStates+st]
		if b == noBack {
			return nil, true, score, back
		}
		if (j == win.lo[i] && win.lo[i] > 0) || (j == win.hi[i] && win.hi[i] < m) {
			edge = true
		}
		mv := moves[b>>2]
		pi, pj := i-mv.en, j-mv.ko
		if mv.para && mv.en == 1 {
			pi, pj = p.en.prev[i], j
		} else if mv.para {
			pi, pj = i, p.ko.prev[j]
		}
		path = append(path, pathStep{ei: pi, ej: i, ki: pj, kj: j})
		i, j, st = pi, pj, int(b&3)
	}
	for l, r := 0, len(path)-1; l < r; l, r = l+1, r-1 {
		path[l], path[r] = path[r], path[l]
	}
	return path, edge, score, back
}

// refPosterior is the log-domain forward-backward pass: alpha and beta of
// every cell and state of win, [i][(j-lo)*nStates+st].
type refPosterior struct {
	win         window
	alpha, beta [][]float64
	z           float64
}

func (po *refPosterior) get(rows [][]float64, i, j, st int) float64 {
	if i >= len(rows) || j < po.win.lo[i] || j > po.win.hi[i] {
		return math.Inf(-1)
	}
	return rows[i][(j-po.win.lo[i])*nStates+st]
}

// refArcs calls f for every move allowed from every cell of win.
func (p *docScorer) refArcs(win window, backward bool, f func(pi, pj, st, i, j, nst int, sc float64)) {
	n, m := p.en.len(), p.ko.len()
	in := func(i, j int) bool { return i <= n && j <= m && j >= win.lo[i] && j <= win.hi[i] }
	cell := func(pi, pj int) {
		for k, mv := range moves {
			for st := nStates - 1; st >= 0; st-- {
				sc, i, j, nst, ok := p.step(pi, pj, st, mv)
				if !ok || !in(i, j) {
					continue
				}
				if mv.en > 0 && mv.ko > 0 {
					sc += p.linkScore(i, j, k)
				}
				f(pi, pj, st, i, j, nst, sc)
			}
		}
	}
	if backward {
		for pi := n; pi >= 0; pi-- {
			for pj := win.hi[pi]; pj >= win.lo[pi]; pj-- {
				cell(pi, pj)
			}
		}
		return
	}
	for pi := 0; pi <= n; pi++ {
		for pj := win.lo[pi]; pj <= win.hi[pi]; pj++ {
			cell(pi, pj)
		}
	}
}

func (p *docScorer) refForwardBackward(win window, temp float64) *refPosterior {
	n, m := p.en.len(), p.ko.len()
	mk := func() [][]float64 {
		rows := make([][]float64, n+1)
		for i := range rows {
			rows[i] = make([]float64, max(0, win.hi[i]-win.lo[i]+1)*nStates)
			for k := range rows[i] {
				rows[i][k] = math.Inf(-1)
			}
		}
		return rows
	}
	po := &refPosterior{win: win, alpha: mk(), beta: mk(), z: math.Inf(-1)}
	if win.lo[0] > 0 || m < win.lo[n] || m > win.hi[n] {
		return po
	}
	po.alpha[0][0] = 0
	p.refArcs(win, false, func(pi, pj, st, i, j, nst int, sc float64) {
		from := po.alpha[pi][(pj-win.lo[pi])*nStates+st]
		if math.IsInf(from, -1) {
			return
		}
		c := (j-win.lo[i])*nStates + nst
		po.alpha[i][c] = refLogAdd(po.alpha[i][c], from+sc/temp)
	})
	end := (m - win.lo[n]) * nStates
	for st := 0; st < nStates; st++ {
		po.beta[n][end+st] = 0
		po.z = refLogAdd(po.z, po.alpha[n][end+st])
	}
	p.refArcs(win, true, func(pi, pj, st, i, j, nst int, sc float64) {
		to := po.beta[i][(j-win.lo[i])*nStates+nst]
		if math.IsInf(to, -1) {
			return
		}
		c := (pj-win.lo[pi])*nStates + st
		po.beta[pi][c] = refLogAdd(po.beta[pi][c], to+sc/temp)
	})
	return po
}

// refLogAdd returns log(exp(a) + exp(b)).
func refLogAdd(a, b float64) float64 {
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
