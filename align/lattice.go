package align

import "math"

// The passes of the document program over a window: the best path (run)
// and the sums over all paths (forwardBackward). Both visit the moves that
// step defines, in the same order, but read the streams' tables instead of
// calling step for each cell, state and move: a link's target and joins do
// not depend on the state, only whether a paragraph is already linked
// does (linkStates). The tests hold both passes to their straightforward
// forms built on step.

// moveKind sorts moves by how the passes handle them.
type moveKind uint8

const (
	linkMove moveKind = iota
	enSkip            // one English sentence alone
	koSkip
	enParaSkip // a whole English paragraph alone
	koParaSkip
)

var moveKinds = func() []moveKind {
	ks := make([]moveKind, len(moves))
	for k, mv := range moves {
		switch {
		case mv.para && mv.en == 1:
			ks[k] = enParaSkip
		case mv.para:
			ks[k] = koParaSkip
		case mv.ko == 0:
			ks[k] = enSkip
		case mv.en == 0:
			ks[k] = koSkip
		default:
			ks[k] = linkMove
		}
	}
	return ks
}()

// linkStates returns, for each state of cell (pi, pj), how many joins a
// link from there adds because it starts a paragraph on one side only (0
// or 1), or -1 when that joins across a barrier and is not allowed.
func (p *docScorer) linkStates(pi, pj int) *[nStates]int8 {
	return &linkStatesBy[p.en.edge[pi]][p.ko.edge[pj]]
}

// linkStatesBy is linkStates by the edge bits of the two positions.
var linkStatesBy = func() (t [4][4][nStates]int8) {
	for e := range t {
		for k := range t[e] {
			enStart, enBarrier := e&edgeStart != 0, e&edgeBarrier != 0
			koStart, koBarrier := k&edgeStart != 0, k&edgeBarrier != 0
			for st := range nStates {
				enNew := enStart || st&enLinked == 0
				koNew := koStart || st&koLinked == 0
				switch {
				case enNew == koNew:
				case (enNew && enBarrier) || (koNew && koBarrier):
					t[e][k][st] = -1
				default:
					t[e][k][st] = 1
				}
			}
		}
	}
	return t
}()

// joinCosts returns the step score of x joins, x = 0, 1, …, summed as step
// sums them.
func joinCosts(join float64) (c [2*maxSide + 2]float64) {
	for x := 1; x < len(c); x++ {
		c[x] = c[x-1] - join
	}
	return c
}

// lattice is the scratch of the passes: a value per cell and state of a
// window, flat, kept between passes.
type lattice struct {
	off   []int // off[i]: index of cell (i, win.lo[i]), state 0
	score []float64
	back  []uint16 // move index <<2 | previous state, or noBack
}

const noBack = math.MaxUint16

// reset sizes the lattice for win and fills scores with fill.
func (lt *lattice) reset(win window, fill float64) {
	n := len(win.lo) - 1
	lt.off = grow(lt.off, n+2)
	total := 0
	for i := 0; i <= n; i++ {
		lt.off[i] = total
		total += max(0, win.hi[i]-win.lo[i]+1) * nStates
	}
	lt.off[n+1] = total
	lt.score = grow(lt.score, total)
	for x := range lt.score {
		lt.score[x] = fill
	}
}

// grow returns s with length n, reusing its array when it is large enough.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// run finds the best sequence of links and skips from (0,0) to (n,m)
// inside win, trying the first nMoves moves, and whether it touched the
// window's edge.
func (p *docScorer) run(win window, nMoves int) (path []pathStep, edge bool) {
	n, m := p.en.len(), p.ko.len()
	p.searched += win.cells()
	lo, hi := win.lo, win.hi
	if lo[0] > 0 || hi[0] < 0 {
		return nil, true
	}
	lt := &p.viterbi
	lt.reset(win, math.Inf(-1))
	lt.back = grow(lt.back, len(lt.score))
	for x := range lt.back {
		lt.back[x] = noBack
	}
	score, back, off := lt.score, lt.back, lt.off
	en, ko, dm := p.en, p.ko, p.dm
	join := joinCosts(dm.Join)
	score[0] = 0
	// Push forward: every reachable cell, in order, tries every move in
	// every state; a target keeps the first best.
	for pi := 0; pi <= n; pi++ {
		var lr *linkRow // the link cache's row of links from row pi
		if pi < n && lo[pi] <= hi[pi] {
			lr = p.links.cover(pi, lo[pi], hi[pi])
		}
		for pj := lo[pi]; pj <= hi[pi]; pj++ {
			c := off[pi] + (pj-lo[pi])*nStates
			cur := score[c : c+nStates : c+nStates]
			if math.IsInf(max(cur[0], cur[1], cur[2], cur[3]), -1) {
				continue
			}
			extra := p.linkStates(pi, pj)
			for k := range nMoves {
				switch moveKinds[k] {
				case linkMove:
					mv := moves[k]
					i, j := pi+mv.en, pj+mv.ko
					if i > n || j > hi[i] || j < lo[i] || en.span[mv.en][pi] < 0 || ko.span[mv.ko][pj] < 0 {
						continue
					}
					joins := int(en.span[mv.en][pi]) + int(ko.span[mv.ko][pj])
					head := pi == 0 && pj == 0 && p.headlines && en.start[i] && ko.start[j]
					if !head && p.refused(pi, i, pj, j) {
						continue
					}
					// Every state reaches the same target: the first
					// best state is the one the target would keep.
					best, bst, link := math.Inf(-1), -1, math.NaN()
					for st, v := range cur {
						if math.IsInf(v, -1) || extra[st] < 0 {
							continue
						}
						if math.IsNaN(link) {
							link = p.linkAt(lr, pi, pj, k)
						}
						sc := join[joins+int(extra[st])]
						if head {
							sc += dm.Headline
						}
						sc += link
						if v += sc; v > best {
							best, bst = v, st
						}
					}
					if bst < 0 {
						continue
					}
					t := off[i] + (j-lo[i])*nStates + linkedState(en.start[i], ko.start[j])
					if best > score[t] {
						score[t], back[t] = best, uint16(k<<2|bst)
					}
				case enSkip, enParaSkip:
					if pi >= n || (moveKinds[k] == enParaSkip && !en.start[pi]) {
						continue
					}
					i, sc, clear := pi+1, dm.SkipSent, en.start[pi+1]
					if moveKinds[k] == enParaSkip {
						i = en.next[pi]
						sc, clear = dm.SkipPara+dm.SkipParaSent*float64(i-pi), true
					}
					if pj < lo[i] || pj > hi[i] {
						continue
					}
					base := off[i] + (pj-lo[i])*nStates
					for st, v := range cur {
						if math.IsInf(v, -1) {
							continue
						}
						nst := st
						if clear {
							nst &^= enLinked
						}
						if v += sc; v > score[base+nst] {
							score[base+nst], back[base+nst] = v, uint16(k<<2|st)
						}
					}
				case koSkip, koParaSkip:
					if pj >= m || (moveKinds[k] == koParaSkip && !ko.start[pj]) {
						continue
					}
					j, sc, clear := pj+1, dm.SkipSent, ko.start[pj+1]
					if moveKinds[k] == koParaSkip {
						j = ko.next[pj]
						sc, clear = dm.SkipPara+dm.SkipParaSent*float64(j-pj), true
					}
					if j > hi[pi] {
						continue
					}
					base := c + (j-pj)*nStates
					for st, v := range cur {
						if math.IsInf(v, -1) {
							continue
						}
						nst := st
						if clear {
							nst &^= koLinked
						}
						if v += sc; v > score[base+nst] {
							score[base+nst], back[base+nst] = v, uint16(k<<2|st)
						}
					}
				}
			}
		}
	}
	if m < lo[n] || m > hi[n] {
		return nil, true
	}
	end := off[n] + (m-lo[n])*nStates
	best, bst := math.Inf(-1), -1
	for st := range nStates {
		if v := score[end+st]; v > best {
			best, bst = v, st
		}
	}
	if bst < 0 {
		return nil, true
	}
	i, j, st := n, m, bst
	for i > 0 || j > 0 {
		b := back[off[i]+(j-lo[i])*nStates+st]
		if b == noBack {
			return nil, true
		}
		if (j == lo[i] && lo[i] > 0) || (j == hi[i] && hi[i] < m) {
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
	return path, edge
}

// refused reports whether docModel.NeedEvidence refuses the link of
// English [pi, i) and Korean [pj, j) (not the headlines' link): it pairs
// whole paragraphs, in any state, and shares nothing but length.
func (p *docScorer) refused(pi, i, pj, j int) bool {
	return p.dm.NeedEvidence && p.en.start[pi] && p.ko.start[pj] && p.en.start[i] && p.ko.start[j] && !p.hasEvidence(pi, i, pj, j)
}

// linkedState is the state a link reaches: both paragraphs linked, but
// for a side whose next sentence starts a paragraph.
func linkedState(enStart, koStart bool) int {
	nst := enLinked | koLinked
	if enStart {
		nst &^= enLinked
	}
	if koStart {
		nst &^= koLinked
	}
	return nst
}

// posterior holds what the forward-backward pass over the program tells
// about a path: how likely each of its moves is, and how likely the path
// passes through given points, among all paths in the window weighted by
// exp(score/temp).
//
// The sums are kept as plain numbers, not logs, scaled row by row: the
// forward weight of cell (i, j) in state st is alpha·exp(as[i]), with the
// largest alpha of a row 1, and likewise beta with bs. Sums of products
// then need no exp or log per move, only one exp per link (its weight is
// shared by the four states and both passes' moves from a cell) and a few
// per row. A weight smaller than exp(-700) times the largest of its row
// rounds to zero; such a cell's posterior is negligible unless its future
// is better than its row's best by as much, which the windows the pass
// runs in (around the best path) do not hold.
type posterior struct {
	win         window
	off         []int
	alpha, beta []float64
	as, bs      []float64 // log scale of each row, NaN while the row has no weight
	z           float64
	// wl holds exp(link/temp) of each link move from each cell,
	// [cell*nLinks+linkIndex], cells numbered as off/nStates: forward
	// computes them, backward reads them. 0 where no forward weight
	// takes the link.
	wl []float64
}

// logAlpha returns the log forward weight of (i, j) in state st, -Inf
// outside the window.
func (po *posterior) logAlpha(i, j, st int) float64 { return po.log(po.alpha, po.as, i, j, st) }

// logBeta returns the log backward weight of (i, j) in state st.
func (po *posterior) logBeta(i, j, st int) float64 { return po.log(po.beta, po.bs, i, j, st) }

func (po *posterior) log(w, scale []float64, i, j, st int) float64 {
	if i >= len(po.win.lo) || j < po.win.lo[i] || j > po.win.hi[i] {
		return math.Inf(-1)
	}
	v := w[po.off[i]+(j-po.win.lo[i])*nStates+st]
	if v == 0 {
		return math.Inf(-1)
	}
	return math.Log(v) + scale[i]
}

// through returns the probability that a path passes through (i, j).
func (po *posterior) through(i, j int) float64 {
	if i >= len(po.win.lo) || j < po.win.lo[i] || j > po.win.hi[i] {
		return math.Min(1, math.Exp(math.Inf(-1)-po.z))
	}
	c := po.off[i] + (j-po.win.lo[i])*nStates
	s := 0.0
	for st := range nStates {
		s += po.alpha[c+st] * po.beta[c+st]
	}
	if s == 0 {
		return math.Min(1, math.Exp(math.Inf(-1)-po.z))
	}
	return math.Min(1, math.Exp(math.Log(s)+po.as[i]+po.bs[i]-po.z))
}

// stepWeights are exp(score/temp) of the moves' scores but for the links'
// evidence.
type stepWeights struct {
	skip           float64
	join, joinHead [2*maxSide + 2]float64
	enPara, koPara []float64 // by paragraph start
}

func (p *docScorer) stepWeights(temp float64) *stepWeights {
	dm := p.dm
	w := &stepWeights{skip: math.Exp(dm.SkipSent / temp)}
	for x, c := range joinCosts(dm.Join) {
		w.join[x] = math.Exp(c / temp)
		w.joinHead[x] = math.Exp((c + dm.Headline) / temp)
	}
	para := func(s *stream) []float64 {
		ws := make([]float64, s.len()+1)
		for x := range s.len() {
			if s.start[x] {
				ws[x] = math.Exp((dm.SkipPara + dm.SkipParaSent*float64(s.next[x]-x)) / temp)
			}
		}
		return ws
	}
	w.enPara, w.koPara = para(p.en), para(p.ko)
	return w
}

// forwardBackward runs the sum-product version of the program over win.
func (p *docScorer) forwardBackward(win window, temp float64) *posterior {
	n, m := p.en.len(), p.ko.len()
	var lt lattice
	lt.reset(win, 0)
	po := &posterior{win: win, off: lt.off, alpha: lt.score, z: math.Inf(-1),
		beta: make([]float64, len(lt.score)), as: make([]float64, n+1), bs: make([]float64, n+1),
		wl: make([]float64, len(lt.score)/nStates*nLinks)}
	for i := range po.as {
		po.as[i], po.bs[i] = math.NaN(), math.NaN()
	}
	if win.lo[0] > 0 || m < win.lo[n] || m > win.hi[n] {
		return po
	}
	w := p.stepWeights(temp)
	p.forward(po, w, temp)
	end := po.off[n] + (m-win.lo[n])*nStates
	s := 0.0
	for st := range nStates {
		s += po.alpha[end+st]
	}
	if s > 0 {
		po.z = math.Log(s) + po.as[n]
	}
	p.backward(po, w)
	return po
}

// forward fills po.alpha, row by row. Once every earlier row has added
// to row pi, its moves inside the row (Korean skips) complete it from left
// to right; it is scaled to a largest weight of 1; then each of its moves
// to later rows adds the cell's weights, times the move's, to the cells
// it reaches.
func (p *docScorer) forward(po *posterior, w *stepWeights, temp float64) {
	n := p.en.len()
	lo, hi, off, a, as := po.win.lo, po.win.hi, po.off, po.alpha, po.as
	en, ko := p.en, p.ko
	a[0], as[0] = 1, 0
	for pi := 0; pi <= n; pi++ {
		if off[pi] == off[pi+1] || math.IsNaN(as[pi]) {
			continue
		}
		p.koSkips(po, a, pi, w, false)
		if !normalize(a[off[pi]:off[pi+1]], &as[pi]) || pi == n {
			continue
		}
		var factor [maxSide + 1]float64 // rows pi+d against row pi
		for d := 1; d <= maxSide && pi+d <= n; d++ {
			factor[d] = po.into(pi, pi+d)
		}
		// English skips.
		for k := range moves {
			kind := moveKinds[k]
			if kind != enSkip && (kind != enParaSkip || !en.start[pi]) {
				continue
			}
			i, f, clear := pi+1, w.skip*factor[1], en.start[pi+1]
			if kind == enParaSkip {
				i, clear = en.next[pi], true
				if i-pi <= maxSide {
					f = w.enPara[pi] * factor[i-pi]
				} else {
					f = w.enPara[pi] * po.into(pi, i)
				}
			}
			for pj := max(lo[pi], lo[i]); pj <= min(hi[pi], hi[i]); pj++ {
				cur := a[off[pi]+(pj-lo[pi])*nStates:][:nStates]
				to := a[off[i]+(pj-lo[i])*nStates:][:nStates]
				for st, v := range cur {
					nst := st
					if clear {
						nst &^= enLinked
					}
					to[nst] += v * f
				}
			}
		}
		// Links.
		lr := p.links.cover(pi, lo[pi], hi[pi])
		for k, mv := range moves {
			if moveKinds[k] != linkMove || pi+mv.en > n || en.span[mv.en][pi] < 0 {
				continue
			}
			i, x := pi+mv.en, linkIndex[k]
			enJoins := int(en.span[mv.en][pi])
			for pj := max(lo[pi], lo[i]-mv.ko); pj <= min(hi[pi], hi[i]-mv.ko); pj++ {
				c := off[pi] + (pj-lo[pi])*nStates
				cur := a[c : c+nStates : c+nStates]
				if cur[0] == 0 && cur[1] == 0 && cur[2] == 0 && cur[3] == 0 || ko.span[mv.ko][pj] < 0 {
					continue
				}
				j := pj + mv.ko
				joins := enJoins + int(ko.span[mv.ko][pj])
				jw := &w.join
				head := pi == 0 && pj == 0 && p.headlines && en.start[i] && ko.start[j]
				if head {
					jw = &w.joinHead
				}
				extra := p.linkStates(pi, pj)
				s := 0.0
				for st, v := range cur {
					if extra[st] >= 0 {
						s += v * jw[joins+int(extra[st])]
					}
				}
				if s == 0 || !head && p.refused(pi, i, pj, j) {
					continue
				}
				wk := math.Exp(p.linkAt(lr, pi, pj, k) / temp)
				po.wl[c/nStates*nLinks+x] = wk
				a[off[i]+(j-lo[i])*nStates+linkedState(en.start[i], ko.start[j])] += s * wk * factor[mv.en]
			}
		}
	}
}

// koSkips adds, inside row pi of ws, the weights of the Korean skips:
// forward from left to right (each cell adds to those its skips reach),
// or backward from right to left (each cell gathers from them).
func (p *docScorer) koSkips(po *posterior, ws []float64, pi int, w *stepWeights, backward bool) {
	m := p.ko.len()
	lo, hi, off := po.win.lo[pi], po.win.hi[pi], po.off[pi]
	ko := p.ko
	cell := func(pj int) {
		c := off + (pj-lo)*nStates
		cur := ws[c : c+nStates : c+nStates]
		if pj >= m {
			return
		}
		for _, para := range [2]bool{false, true} {
			if para && !ko.start[pj] {
				continue
			}
			j, f, clear := pj+1, w.skip, ko.start[pj+1]
			if para {
				j, f, clear = ko.next[pj], w.koPara[pj], true
			}
			if j > hi {
				continue
			}
			to := ws[off+(j-lo)*nStates:][:nStates]
			for st := range cur {
				nst := st
				if clear {
					nst &^= koLinked
				}
				if backward {
					cur[st] += to[nst] * f
				} else {
					to[nst] += cur[st] * f
				}
			}
		}
	}
	if backward {
		for pj := hi; pj >= lo; pj-- {
			if fw := po.alpha[off+(pj-lo)*nStates:][:nStates]; fw[0] != 0 || fw[1] != 0 || fw[2] != 0 || fw[3] != 0 {
				cell(pj)
			}
		}
		return
	}
	for pj := lo; pj <= hi; pj++ {
		if cur := ws[off+(pj-lo)*nStates:][:nStates]; cur[0] != 0 || cur[1] != 0 || cur[2] != 0 || cur[3] != 0 {
			cell(pj)
		}
	}
}

// backward fills po.beta, rows from the last. A cell's weight gathers the
// weights of the cells its moves to later rows reach, times the moves';
// then the moves inside the row complete it from right to left. Only cells
// some path reaches are filled: the others' posteriors are 0, and so are
// those of the cells before them.
func (p *docScorer) backward(po *posterior, w *stepWeights) {
	n, m := p.en.len(), p.ko.len()
	lo, hi, off, b, bs := po.win.lo, po.win.hi, po.off, po.beta, po.bs
	en, ko := p.en, p.ko
	for pi := n; pi >= 0; pi-- {
		if off[pi] == off[pi+1] {
			continue
		}
		// The row's scale is the largest of the rows its moves reach.
		s := math.Inf(-1)
		paraRow := -1
		if pi < n && en.start[pi] {
			paraRow = en.next[pi]
		}
		for d := 1; d <= maxSide && pi+d <= n; d++ {
			if v := bs[pi+d]; !math.IsNaN(v) {
				s = max(s, v)
			}
		}
		if paraRow >= 0 && !math.IsNaN(bs[paraRow]) {
			s = max(s, bs[paraRow])
		}
		if pi == n {
			s = 0
			if m >= lo[n] && m <= hi[n] {
				end := b[off[n]+(m-lo[n])*nStates:][:nStates]
				end[0], end[1], end[2], end[3] = 1, 1, 1, 1
			}
		}
		if math.IsInf(s, -1) {
			continue
		}
		bs[pi] = s
		var factor [maxSide + 1]float64
		for d := 1; d <= maxSide && pi+d <= n; d++ {
			factor[d] = rowFactor(bs[pi+d], s)
		}
		alive := func(c int) bool {
			fw := po.alpha[c : c+nStates]
			return fw[0] != 0 || fw[1] != 0 || fw[2] != 0 || fw[3] != 0
		}
		// English skips.
		for k := range moves {
			kind := moveKinds[k]
			if pi >= n || kind != enSkip && (kind != enParaSkip || !en.start[pi]) {
				continue
			}
			i, f, clear := pi+1, w.skip*factor[1], en.start[pi+1]
			if kind == enParaSkip {
				i, f, clear = paraRow, w.enPara[pi]*rowFactor(bs[paraRow], s), true
			}
			for pj := max(lo[pi], lo[i]); pj <= min(hi[pi], hi[i]); pj++ {
				c := off[pi] + (pj-lo[pi])*nStates
				if !alive(c) {
					continue
				}
				out := b[c : c+nStates : c+nStates]
				to := b[off[i]+(pj-lo[i])*nStates:][:nStates]
				for st := range out {
					nst := st
					if clear {
						nst &^= enLinked
					}
					out[st] += to[nst] * f
				}
			}
		}
		// Links.
		for k, mv := range moves {
			if pi >= n || moveKinds[k] != linkMove || pi+mv.en > n || en.span[mv.en][pi] < 0 {
				continue
			}
			i, x := pi+mv.en, linkIndex[k]
			enJoins := int(en.span[mv.en][pi])
			for pj := max(lo[pi], lo[i]-mv.ko); pj <= min(hi[pi], hi[i]-mv.ko); pj++ {
				c := off[pi] + (pj-lo[pi])*nStates
				wk := po.wl[c/nStates*nLinks+x]
				if wk == 0 {
					continue // no forward weight takes it (or not allowed)
				}
				j := pj + mv.ko
				to := b[off[i]+(j-lo[i])*nStates+linkedState(en.start[i], ko.start[j])] * factor[mv.en] * wk
				if to == 0 {
					continue
				}
				joins := enJoins + int(ko.span[mv.ko][pj])
				jw := &w.join
				if pi == 0 && pj == 0 && p.headlines && en.start[i] && ko.start[j] {
					jw = &w.joinHead
				}
				extra := p.linkStates(pi, pj)
				out := b[c : c+nStates : c+nStates]
				for st := range out {
					if extra[st] >= 0 {
						out[st] += to * jw[joins+int(extra[st])]
					}
				}
			}
		}
		p.koSkips(po, b, pi, w, true)
		if !normalize(b[off[pi]:off[pi+1]], &bs[pi]) {
			bs[pi] = math.NaN()
		}
	}
}

// into returns the factor of forward row i, which row pi adds to,
// against row pi: an untouched row takes row pi's scale, and a row far
// below it is rescaled to it.
func (po *posterior) into(pi, i int) float64 {
	as := po.as
	d := as[pi] - as[i]
	switch {
	case math.IsNaN(d):
		as[i] = as[pi]
		return 1
	case d > 300:
		scale(po.alpha[po.off[i]:po.off[i+1]], math.Exp(-d))
		as[i] = as[pi]
		return 1
	}
	return math.Exp(d)
}

// rowFactor is exp(to - from), 0 when row to has no weight.
func rowFactor(to, from float64) float64 {
	if math.IsNaN(to) {
		return 0
	}
	return math.Exp(to - from)
}

// normalize scales row to a largest value of 1, adding the log of the
// factor to *s; it reports false when the row is all zero.
func normalize(row []float64, s *float64) bool {
	mx := 0.0
	for _, v := range row {
		mx = max(mx, v)
	}
	if mx == 0 {
		return false
	}
	if mx != 1 {
		scale(row, 1/mx)
		*s += math.Log(mx)
	}
	return true
}

func scale(row []float64, f float64) {
	for x := range row {
		row[x] *= f
	}
}
