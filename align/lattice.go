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
					if !head && dm.NeedEvidence && p.refused(lr, pi, pj, k) {
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
					i, sc, clear, ok := en.skip(dm, pi, n, moveKinds[k] == enParaSkip)
					if !ok {
						continue
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
					j, sc, clear, ok := ko.skip(dm, pj, m, moveKinds[k] == koParaSkip)
					if !ok {
						continue
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
// moves[k] from (pi, pj), r being the link cache's row pi (not the
// headlines' link): it pairs whole paragraphs, in any state, and shares
// nothing but length. The answer is kept in r.
func (p *docScorer) refused(r *linkRow, pi, pj, k int) bool {
	if !p.dm.NeedEvidence {
		return false
	}
	y := (pj-r.lo)*nLinks + linkIndex[k]
	if r.bare[y] == 0 {
		i, j := pi+moves[k].en, pj+moves[k].ko
		r.bare[y] = bareNo
		if p.en.start[pi] && p.ko.start[pj] && p.en.start[i] && p.ko.start[j] && !p.hasEvidence(pi, i, pj, j) {
			r.bare[y] = bareYes
		}
	}
	return r.bare[y] == bareYes
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
// exp(score/temp). Weights are kept as logs, flat like a lattice's scores
// ([off[i]+(j-lo[i])*nStates+st]), -Inf where no path goes.
type posterior struct {
	win         window
	off         []int
	alpha, beta []float64
	z           float64
}

// logAlpha returns the log forward weight of (i, j) in state st, -Inf
// outside the window.
func (po *posterior) logAlpha(i, j, st int) float64 { return po.get(po.alpha, i, j, st) }

// logBeta returns the log backward weight of (i, j) in state st.
func (po *posterior) logBeta(i, j, st int) float64 { return po.get(po.beta, i, j, st) }

func (po *posterior) get(w []float64, i, j, st int) float64 {
	if i >= len(po.win.lo) || j < po.win.lo[i] || j > po.win.hi[i] {
		return math.Inf(-1)
	}
	return w[po.off[i]+(j-po.win.lo[i])*nStates+st]
}

// through returns the probability that a path passes through (i, j).
func (po *posterior) through(i, j int) float64 {
	acc := math.Inf(-1)
	for st := range nStates {
		acc = logAdd(acc, po.logAlpha(i, j, st)+po.logBeta(i, j, st))
	}
	return math.Min(1, math.Exp(acc-po.z))
}

// arc is a move from a cell: the cell it reaches (the index of its state
// 0) and, for each state it leaves from, the state it reaches (-1 when
// the move is not allowed in that state) and its score over temp.
type arc struct {
	to  int
	nst [nStates]int8
	d   [nStates]float64
}

// cellArcs fills arcs with the moves allowed from (pi, pj) into win, in
// the order of moves, and returns how many there are. Scores are those
// step gives, summed in its order, so the passes' sums are step's to the
// bit; a link is scored (and cached) whenever a state allows it.
//
// links holds the cell's link scores by linkIndex for the backward pass:
// the forward pass (backward false) scores the links and writes there the
// score the backward pass would get from the cache (the same unless the
// forward pass scored the link first: the cache keeps its evidence
// rounded to float32), and the backward pass reads them.
func (p *docScorer) cellArcs(win window, off []int, lr *linkRow, pi, pj int, temp float64, join *[2*maxSide + 2]float64, arcs []arc, links []float64, backward bool) int {
	n, m := p.en.len(), p.ko.len()
	en, ko, dm := p.en, p.ko, p.dm
	lo, hi := win.lo, win.hi
	na := 0
	for k, mv := range moves {
		a := &arcs[na]
		switch moveKinds[k] {
		case linkMove:
			i, j := pi+mv.en, pj+mv.ko
			if i > n || j > m || j < lo[i] || j > hi[i] || en.span[mv.en][pi] < 0 || ko.span[mv.ko][pj] < 0 {
				continue
			}
			extra := p.linkStates(pi, pj)
			if extra[0] < 0 && extra[1] < 0 && extra[2] < 0 && extra[3] < 0 {
				continue
			}
			head := pi == 0 && pj == 0 && p.headlines && en.start[i] && ko.start[j]
			if !head && dm.NeedEvidence && p.refused(lr, pi, pj, k) {
				continue
			}
			var link float64
			if x := linkIndex[k]; backward {
				link = links[x]
			} else {
				fresh := lr.v[(pj-lr.lo)*nLinks+x] != lr.v[(pj-lr.lo)*nLinks+x]
				link = p.linkAt(lr, pi, pj, k)
				links[x] = link
				if fresh {
					links[x] = p.linkAt(lr, pi, pj, k)
				}
			}
			joins := int(en.span[mv.en][pi]) + int(ko.span[mv.ko][pj])
			nst := int8(linkedState(en.start[i], ko.start[j]))
			for st := range nStates {
				if extra[st] < 0 {
					a.nst[st] = -1
					continue
				}
				sc := join[joins+int(extra[st])]
				if head {
					sc += dm.Headline
				}
				sc += link
				a.nst[st], a.d[st] = nst, sc/temp
			}
			a.to = off[i] + (j-lo[i])*nStates
		case enSkip, enParaSkip:
			i, sc, clear, ok := en.skip(dm, pi, n, moveKinds[k] == enParaSkip)
			if !ok {
				continue
			}
			if pj < lo[i] || pj > hi[i] {
				continue
			}
			for st := range nStates {
				nst := st
				if clear {
					nst &^= enLinked
				}
				a.nst[st], a.d[st] = int8(nst), sc/temp
			}
			a.to = off[i] + (pj-lo[i])*nStates
		case koSkip, koParaSkip:
			j, sc, clear, ok := ko.skip(dm, pj, m, moveKinds[k] == koParaSkip)
			if !ok {
				continue
			}
			if j > hi[pi] {
				continue
			}
			for st := range nStates {
				nst := st
				if clear {
					nst &^= koLinked
				}
				a.nst[st], a.d[st] = int8(nst), sc/temp
			}
			a.to = off[pi] + (j-lo[pi])*nStates
		}
		na++
	}
	return na
}

// fbScratch holds forwardBackward's tables for reuse: the posterior it
// returns lives in them until the next call.
type fbScratch struct {
	alpha       lattice
	beta, links []float64
}

// forwardBackward runs the sum-product version of the program over win,
// in logs. Each cell's weight gathers its moves' in the order step's
// program takes them (cells in order, then moves, then states from the
// last), so every sum is rounded alike.
func (p *docScorer) forwardBackward(win window, temp float64) *posterior {
	n, m := p.en.len(), p.ko.len()
	sc := p.fb
	if sc == nil {
		sc = new(fbScratch)
	}
	lt := &sc.alpha
	lt.reset(win, math.Inf(-1))
	sc.beta = grow(sc.beta, len(lt.score))
	sc.links = grow(sc.links, len(lt.score)/nStates*nLinks) // by cell and linkIndex
	po := &posterior{win: win, off: lt.off, alpha: lt.score, z: math.Inf(-1), beta: sc.beta}
	links := sc.links
	for x := range po.beta {
		po.beta[x] = math.Inf(-1)
	}
	if win.lo[0] > 0 || m < win.lo[n] || m > win.hi[n] {
		return po
	}
	join := joinCosts(p.dm.Join)
	arcs := make([]arc, len(moves))
	lo, hi, off, alpha, beta := win.lo, win.hi, po.off, po.alpha, po.beta
	alpha[0] = 0
	for pi := 0; pi <= n; pi++ {
		var lr *linkRow
		if pi < n && lo[pi] <= hi[pi] {
			lr = p.links.cover(pi, lo[pi], hi[pi])
		}
		for pj := lo[pi]; pj <= hi[pi]; pj++ {
			c := off[pi] + (pj-lo[pi])*nStates
			cur := alpha[c : c+nStates : c+nStates]
			na := p.cellArcs(win, off, lr, pi, pj, temp, &join, arcs, links[c/nStates*nLinks:][:nLinks], false)
			if math.IsInf(max(cur[0], cur[1], cur[2], cur[3]), -1) {
				continue
			}
			for _, a := range arcs[:na] {
				for st := nStates - 1; st >= 0; st-- {
					if a.nst[st] < 0 || math.IsInf(cur[st], -1) {
						continue
					}
					t := &alpha[a.to+int(a.nst[st])]
					*t = logAdd(*t, cur[st]+a.d[st])
				}
			}
		}
	}
	end := off[n] + (m-lo[n])*nStates
	for st := range nStates {
		beta[end+st] = 0
		po.z = logAdd(po.z, alpha[end+st])
	}
	for pi := n; pi >= 0; pi-- {
		var lr *linkRow
		if pi < n && lo[pi] <= hi[pi] {
			lr = p.links.cover(pi, lo[pi], hi[pi])
		}
		for pj := hi[pi]; pj >= lo[pi]; pj-- {
			c := off[pi] + (pj-lo[pi])*nStates
			out := beta[c : c+nStates : c+nStates]
			na := p.cellArcs(win, off, lr, pi, pj, temp, &join, arcs, links[c/nStates*nLinks:][:nLinks], true)
			for _, a := range arcs[:na] {
				for st := nStates - 1; st >= 0; st-- {
					if a.nst[st] < 0 {
						continue
					}
					to := beta[a.to+int(a.nst[st])]
					if math.IsInf(to, -1) {
						continue
					}
					out[st] = logAdd(out[st], to+a.d[st])
				}
			}
		}
	}
	return po
}

// skip is where a skip move from sentence p of s (of n) lands: the next
// sentence, or with para (a paragraph skip, which must start at a
// paragraph start) the next paragraph's start; what it costs; and whether
// it lands on a paragraph start, which clears the side's linked flag. ok
// is false when the move does not apply at p.
func (s *stream) skip(dm *docModel, p, n int, para bool) (to int, cost float64, clear, ok bool) {
	if p >= n || para && !s.start[p] {
		return 0, 0, false, false
	}
	if para {
		to = s.next[p]
		return to, dm.SkipPara + dm.SkipParaSent*float64(to-p), true, true
	}
	return p + 1, dm.SkipSent, s.start[p+1], true
}
