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

// bytes counts the bytes of the lattice's arrays.
func (lt *lattice) bytes() int { return cap(lt.off)*8 + cap(lt.score)*8 + cap(lt.back)*2 }

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
	lt := p.viterbi
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
			extra := p.linkStates(pi, pj)
			// The states the cell is reached in, and those of them a
			// link may leave, in order: the moves try those only, and a
			// link none of them may leave is not looked at (nor scored).
			var reached, linking [nStates]int
			nr, nl := 0, 0
			for st, v := range cur {
				if math.IsInf(v, -1) {
					continue
				}
				reached[nr] = st
				nr++
				if extra[st] >= 0 {
					linking[nl] = st
					nl++
				}
			}
			if nr == 0 {
				continue
			}
			for k := range nMoves {
				switch moveKinds[k] {
				case linkMove:
					if nl == 0 {
						continue
					}
					mv := moves[k]
					i, j := pi+mv.en, pj+mv.ko
					if i > n || j > hi[i] || j < lo[i] || en.span[mv.en][pi] < 0 || ko.span[mv.ko][pj] < 0 {
						continue
					}
					joins := int(en.span[mv.en][pi]) + int(ko.span[mv.ko][pj])
					head := pi == 0 && pj == 0 && p.headlines && en.start[i] && ko.start[j]
					y := lr.index(pj, k)
					if !head && dm.NeedEvidence && p.refused(lr, y, pi, pj, k) {
						continue
					}
					// Every state reaches the same target: the first
					// best state is the one the target would keep.
					best, bst, link := math.Inf(-1), -1, p.linkAtIndex(lr, y, pi, pj, k)
					for _, st := range linking[:nl] {
						sc := join[joins+int(extra[st])]
						if head {
							sc += dm.Headline
						}
						sc += link
						if v := cur[st] + sc; v > best {
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
					for _, st := range reached[:nr] {
						v, nst := cur[st], st
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
					for _, st := range reached[:nr] {
						v, nst := cur[st], st
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
// moves[k] from (pi, pj), r being the link cache's row pi and y its index
// there (r.index(pj, k); not the headlines' link): it pairs whole paragraphs, in any state, and shares
// nothing but length. The answer is kept in r. The callers check
// NeedEvidence first, so that this stays small enough to inline.
func (p *docScorer) refused(r *linkRow, y, pi, pj, k int) bool {
	if r.bare[y] == 0 {
		p.scoreLink(r, y, pi, pj, k)
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
// exp(score/temp).
//
// The weights are plain numbers, not logs, flat like a lattice's scores
// ([off[i]+(j-lo[i])*nStates+st]) and scaled row by row: the forward
// weight of cell (i, j) in state st is alpha·exp(as[i]), the largest alpha
// of a row being 1, and likewise beta with bs. Sums of products then need
// no exp or log per move and state, only one exp per link (its weight is
// shared by the four states, and the backward pass reuses it, in the arc
// or the link weight the forward pass kept: cellArcList) and a few per
// row. A weight under exp(-700) times the largest of its row rounds to
// zero: its posterior is negligible unless its future is better than its
// row's best by as much, which the windows the pass runs in do not hold.
//
// z, the log total weight, is finite whenever a path holds weight; when
// none does (no path fits the window, or every path's weight fell out of
// the range of the scaled weights even at the highest temperature
// forwardBackward tries), it is -Inf and every posterior is 0.
type posterior struct {
	win         window
	off         []int
	alpha, beta []float64
	as, bs      []float64 // log scale of each row, NaN while the row has no weight
	z           float64
	temp        float64 // the temperature the weights were computed at
	end         int     // the last column (Korean sentences)
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
	if math.IsInf(po.z, -1) {
		return 0 // no path holds weight (not exp(-Inf - -Inf), NaN)
	}
	acc := math.Inf(-1)
	for st := range nStates {
		acc = logAdd(acc, po.logAlpha(i, j, st)+po.logBeta(i, j, st))
	}
	// The builtin min, not math.Min (a call): the same for every input,
	// NaN and -0 included.
	return min(1, math.Exp(acc-po.z))
}

// arc is a move from a cell, kept small (16 bytes) as the forward pass
// keeps every cell's arcs: its weight but for joins (w: a link's
// exp(link/temp), a skip's weight), the cell it reaches (to, the index of
// its state 0, plus for a link the state it reaches) and how many rows
// down that is (row, farRow for an English paragraph skip further down
// than maxSide: to row en.next). A link (jx < skipArc) reaches one state
// from every state of the cell that allows it (linkStates), with the
// weight w times a join weight, stepWeights.joins[jx], or the next one
// when it joins one more paragraph from that state; a skip (jx ==
// skipArc) reaches the same state but for the linked flag clear, with the
// weight w.
type arc struct {
	w     float64
	to    int32
	jx    uint8
	row   uint8
	clear uint8
}

const (
	skipArc = math.MaxUint8
	farRow  = maxSide + 1
)

// joinWeights returns a link's weights: w times its join weights without
// and with one more joined paragraph.
func (a *arc) joinWeights(sw *stepWeights) [2]float64 {
	return [2]float64{sw.joins[a.jx] * a.w, sw.joins[a.jx+1] * a.w}
}

// stepWeights are exp(score/temp) of the moves' scores but for the links'
// evidence. joins holds the weights of 0, 1, … joins, then the same with
// the headline's bonus (from nJoins on).
type stepWeights struct {
	temp           float64
	skip           float64
	joins          [2 * nJoins]float64
	enPara, koPara []float64 // by paragraph start
}

// nJoins is how many join weights stepWeights keeps, with and without
// the headline's bonus.
const nJoins = 2*maxSide + 2

func (p *docScorer) stepWeights(sc *fbScratch, temp float64) *stepWeights {
	dm := p.dm
	w := &sc.weights
	w.temp, w.skip = temp, math.Exp(dm.SkipSent/temp)
	for x, c := range joinCosts(dm.Join) {
		w.joins[x] = math.Exp(c / temp)
		w.joins[nJoins+x] = math.Exp((c + dm.Headline) / temp)
	}
	para := func(s *stream, ws []float64) []float64 {
		ws = grow(ws, s.len()+1)
		for x := range ws {
			ws[x] = 0
			if _, c, _, ok := s.skip(dm, x, s.len(), true); ok {
				ws[x] = math.Exp(c / temp)
			}
		}
		return ws
	}
	w.enPara, w.koPara = para(p.en, w.enPara), para(p.ko, w.koPara)
	return w
}

// cellArcs fills arcs with the moves allowed from (pi, pj) into win, in
// the order of moves, and returns how many there are. A link is scored
// (and cached) whenever a state allows it.
//
// links, when not nil, holds the weights exp(link/temp) of the cell's
// links by linkIndex: the forward pass (again false) writes them there,
// and the backward pass, when it builds the arcs again (again true: the
// window was too large for the forward pass to keep them, see
// cellArcList), reads them back.
func (p *docScorer) cellArcs(win window, off []int, lr *linkRow, pi, pj int, sw *stepWeights, arcs []arc, links []float64, again bool) int {
	n, m := p.en.len(), p.ko.len()
	en, ko, dm := p.en, p.ko, p.dm
	lo, hi := win.lo, win.hi
	extra := p.linkStates(pi, pj)
	noLinks := extra[0] < 0 && extra[1] < 0 && extra[2] < 0 && extra[3] < 0
	na := 0
	for k, mv := range moves {
		a := &arcs[na]
		switch moveKinds[k] {
		case linkMove:
			i, j := pi+mv.en, pj+mv.ko
			if noLinks || i > n || j > m || j < lo[i] || j > hi[i] {
				continue
			}
			es, ks := en.span[mv.en][pi], ko.span[mv.ko][pj]
			if es < 0 || ks < 0 {
				continue
			}
			head := pi == 0 && pj == 0 && p.headlines && en.start[i] && ko.start[j]
			y := lr.index(pj, k)
			if !head && dm.NeedEvidence && p.refused(lr, y, pi, pj, k) {
				continue
			}
			var lw float64
			if x := linkIndex[k]; again {
				lw = links[x]
			} else {
				lw = math.Exp(p.linkAtIndex(lr, y, pi, pj, k) / sw.temp)
				if links != nil {
					links[x] = lw
				}
			}
			jx := int(es) + int(ks)
			if head {
				jx += nJoins
			}
			to := off[i] + (j-lo[i])*nStates + linkedState(en.start[i], ko.start[j])
			*a = arc{w: lw, to: int32(to), jx: uint8(jx), row: uint8(mv.en)}
		case enSkip, enParaSkip:
			para := moveKinds[k] == enParaSkip
			i, _, clear, ok := en.skip(dm, pi, n, para)
			if !ok {
				continue
			}
			if pj < lo[i] || pj > hi[i] {
				continue
			}
			w := sw.skip
			if para {
				w = sw.enPara[pi]
			}
			*a = arc{w: w, to: int32(off[i] + (pj-lo[i])*nStates), jx: skipArc, row: uint8(min(i-pi, farRow))}
			if clear {
				a.clear = enLinked
			}
		case koSkip, koParaSkip:
			para := moveKinds[k] == koParaSkip
			j, _, clear, ok := ko.skip(dm, pj, m, para)
			if !ok {
				continue
			}
			if j > hi[pi] {
				continue
			}
			w := sw.skip
			if para {
				w = sw.koPara[pj]
			}
			*a = arc{w: w, to: int32(off[pi] + (j-lo[pi])*nStates), jx: skipArc}
			if clear {
				a.clear = koLinked
			}
		}
		na++
	}
	return na
}

// fbScratch holds forwardBackward's tables for reuse: the posterior it
// returns lives in them until the next call.
type fbScratch struct {
	alpha     lattice
	beta      []float64
	as, bs    []float64
	weights   stepWeights
	arcs      cellArcList
	posterior posterior
	// keepLimit is the most moves whose arcs the forward pass keeps;
	// zero means maxKeptArcs (tests lower it).
	keepLimit int
}

// cellArcList holds what the forward pass leaves the backward pass of
// each cell's arcs. When the window has at most maxKeptArcs moves (every
// document of the development corpus, the 1,000-line wire pair), kept is
// set and it holds the arcs themselves, cell after cell: those of cell c
// (the index of its state 0 over nStates) are arcs[at[c]:at[c+1]]; it is
// then sized for every move from every cell (about 8 of the 10 are
// taken), so that it never grows, and the pages of its unused end are
// never touched. A larger window's arcs would take more memory than
// building them again costs time (16 bytes an arc, about 8 arcs a cell,
// less the 48 bytes of a cell's link weights: about 30 MB more peak
// memory at 20,000 lines a side), so for it the list holds only the link
// weights, by cell and linkIndex, and the backward pass builds the arcs
// again from them (arcs is then the scratch of one cell).
type cellArcList struct {
	kept  bool
	arcs  []arc
	at    []int32
	links []float64
}

// maxKeptArcs is the most moves (cells times len(moves)) whose arcs the
// forward pass keeps: 8 MiB of arcs.
const maxKeptArcs = 1 << 19

// reset sizes l for a window of cells cells, keeping arcs when they are
// no more than limit.
func (l *cellArcList) reset(cells, limit int) {
	l.kept = cells*len(moves) <= limit
	if l.kept {
		l.at = grow(l.at, cells+1)
		l.arcs = grow(l.arcs, cells*len(moves))
		return
	}
	l.arcs = grow(l.arcs, len(moves))
	l.links = grow(l.links, cells*nLinks)
}

// cellLinks returns the link weights of cell c (its state 0's index) when
// the arcs are not kept, nil otherwise.
func (l *cellArcList) cellLinks(c int) []float64 {
	if l.kept {
		return nil
	}
	return l.links[c/nStates*nLinks:][:nLinks]
}

// forwardBackward runs the sum-product version of the program over win,
// at temperature temp or, when the scaled weights cannot hold the
// document's scores at it, at a higher one.
//
// The scaled weights hold about exp(±709) against their row's largest
// (and a move's own weight as much): a document far from a translation
// pair can step out of that range. A paragraph of hundreds of sentences
// against a few makes every path skip hundreds of sentences in one row (a
// weight of exp(-3) each, under exp(-745) after some 250) or in one
// paragraph skip (exp(-1.25) a sentence); a pair of paragraphs of tens of
// kilobytes each can make one link's evidence exceed exp(709). Then the
// weight of every path underflows to 0, or a weight overflows and
// Inf·0 makes NaN, and the total z is not finite (the posteriors were
// 0/0: NaN). The pass then runs again at twice the temperature, which
// divides every score (a flatter posterior: less sure of every bead, never
// surer of the best path than it should be by more than the flattening)
// until z is finite, at most maxTempDoublings times; past that po.z is
// -Inf and every posterior 0. A document whose first pass holds (every
// document of dev and dev-real) is not touched.
func (p *docScorer) forwardBackward(win window, temp float64) *posterior {
	po := p.forwardBackwardAt(win, temp)
	for k := 0; k < maxTempDoublings && po.lostRange(); k++ {
		temp *= 2
		po = p.forwardBackwardAt(win, temp)
	}
	if po.lostRange() {
		po.z = math.Inf(-1)
	}
	return po
}

// maxTempDoublings bounds forwardBackward's retries: 2^20 times the
// temperature brings scores of some 7·10^8 within range, more than a
// document of maxCells cells can reach.
const maxTempDoublings = 20

// lostRange reports whether the pass found paths but their weights fell
// out of the scaled weights' range: a window that holds no path at all
// (po.win.lo[0] > 0, or the last row misses the end) is not helped by a
// higher temperature.
func (po *posterior) lostRange() bool {
	n := len(po.win.lo) - 1
	m := po.end
	if po.win.lo[0] > 0 || m < po.win.lo[n] || m > po.win.hi[n] {
		return false
	}
	return math.IsNaN(po.z) || math.IsInf(po.z, 0)
}

// forwardBackwardAt runs the pass at temperature temp.
func (p *docScorer) forwardBackwardAt(win window, temp float64) *posterior {
	n, m := p.en.len(), p.ko.len()
	sc := p.fb
	if sc == nil {
		sc = new(fbScratch)
	}
	lt := &sc.alpha
	lt.reset(win, 0)
	sc.beta = grow(sc.beta, len(lt.score))
	clear(sc.beta)
	limit := maxKeptArcs
	if sc.keepLimit != 0 {
		limit = sc.keepLimit
	}
	sc.arcs.reset(len(lt.score)/nStates, limit)
	sc.as, sc.bs = grow(sc.as, n+1), grow(sc.bs, n+1)
	for i := range sc.as {
		sc.as[i], sc.bs[i] = math.NaN(), math.NaN()
	}
	po := &sc.posterior
	*po = posterior{win: win, off: lt.off, alpha: lt.score, beta: sc.beta, as: sc.as, bs: sc.bs, z: math.Inf(-1), temp: temp, end: m}
	if win.lo[0] > 0 || m < win.lo[n] || m > win.hi[n] {
		return po
	}
	sw := p.stepWeights(sc, temp)
	p.forward(po, sw, &sc.arcs)
	end := po.off[n] + (m-win.lo[n])*nStates
	s := 0.0
	for st := range nStates {
		s += po.alpha[end+st]
	}
	if s != 0 {
		po.z = math.Log(s) + po.as[n]
	}
	p.backward(po, sw, &sc.arcs)
	return po
}

// forward fills po.alpha: each row, once every earlier row has added to
// it, is scaled to a largest weight of 1 and adds its cells' weights,
// times their moves', to the cells the moves reach. Every cell's arcs are
// taken, weighted or not, and kept in l for the backward pass (or their
// link weights).
func (p *docScorer) forward(po *posterior, sw *stepWeights, l *cellArcList) {
	n := p.en.len()
	win, lo, hi, off, a, as := po.win, po.win.lo, po.win.hi, po.off, po.alpha, po.as
	a[0], as[0] = 1, 0
	var factor [maxSide + 1]float64 // rows pi..pi+maxSide against row pi
	pos := 0
	for pi := 0; pi <= n; pi++ {
		if lo[pi] > hi[pi] {
			continue
		}
		var lr *linkRow
		if pi < n {
			lr = p.links.cover(pi, lo[pi], hi[pi])
		}
		live := normalize(a[off[pi]:off[pi+1]], &as[pi])
		if live {
			factor[0] = 1
			for d := 1; d <= maxSide && pi+d <= n; d++ {
				factor[d] = po.into(pi, pi+d)
			}
		}
		paraFactor := math.NaN() // of the row an English paragraph skip reaches, when past factor
		for pj := lo[pi]; pj <= hi[pi]; pj++ {
			c := off[pi] + (pj-lo[pi])*nStates
			arcs := l.arcs[:len(moves)]
			if l.kept {
				arcs = l.arcs[pos : pos+len(moves)]
			}
			na := p.cellArcs(win, off, lr, pi, pj, sw, arcs, l.cellLinks(c), false)
			if l.kept {
				l.at[c/nStates] = int32(pos)
				pos += na
				l.at[c/nStates+1] = int32(pos)
			}
			if !live {
				continue
			}
			cur := a[c : c+nStates : c+nStates]
			if cur[0] == 0 && cur[1] == 0 && cur[2] == 0 && cur[3] == 0 {
				continue
			}
			extra := p.linkStates(pi, pj)
			for x := range arcs[:na] {
				ar := &arcs[x]
				var f float64
				if d := ar.row; d <= maxSide {
					f = factor[d]
				} else {
					if paraFactor != paraFactor {
						paraFactor = po.into(pi, p.en.next[pi])
					}
					f = paraFactor
				}
				if ar.jx == skipArc {
					for st := nStates - 1; st >= 0; st-- {
						if cur[st] != 0 {
							a[int(ar.to)+st&^int(ar.clear)] += cur[st] * ar.w * f
						}
					}
					continue
				}
				w := ar.joinWeights(sw)
				for st := nStates - 1; st >= 0; st-- {
					if e := extra[st]; e >= 0 && cur[st] != 0 {
						a[ar.to] += cur[st] * w[e] * f
					}
				}
			}
		}
	}
}

// backward fills po.beta, rows from the last: a cell's weight gathers the
// weights of the cells its moves reach, times the moves' (the arcs the
// forward pass kept in l, or built again from the link weights it kept).
func (p *docScorer) backward(po *posterior, sw *stepWeights, l *cellArcList) {
	n, m := p.en.len(), p.ko.len()
	win, lo, hi, off, b, bs := po.win, po.win.lo, po.win.hi, po.off, po.beta, po.bs
	var factor [maxSide + 1]float64
	for pi := n; pi >= 0; pi-- {
		if lo[pi] > hi[pi] {
			continue
		}
		// The row's scale starts as the largest of the rows its moves
		// reach (NaN for rows without weight).
		s := math.Inf(-1)
		if pi == n {
			s = 0
		}
		paraRow := -1
		if pi < n && p.en.start[pi] {
			paraRow = p.en.next[pi]
		}
		for d := 1; d <= maxSide && pi+d <= n; d++ {
			if v := bs[pi+d]; v == v {
				s = max(s, v)
			}
		}
		if paraRow >= 0 && bs[paraRow] == bs[paraRow] {
			s = max(s, bs[paraRow])
		}
		if math.IsInf(s, -1) {
			continue
		}
		bs[pi] = s
		factor[0] = 1
		for d := 1; d <= maxSide && pi+d <= n; d++ {
			factor[d] = rowFactor(bs[pi+d], s)
		}
		paraFactor := 0.0
		if paraRow >= 0 {
			paraFactor = rowFactor(bs[paraRow], s)
		}
		var lr *linkRow // read when the arcs are built again
		if !l.kept && pi < n {
			lr = p.links.cover(pi, lo[pi], hi[pi])
		}
		for pj := hi[pi]; pj >= lo[pi]; pj-- {
			c := off[pi] + (pj-lo[pi])*nStates
			out := b[c : c+nStates : c+nStates]
			if pi == n && pj == m {
				out[0], out[1], out[2], out[3] = 1, 1, 1, 1
				continue
			}
			var arcs []arc
			if l.kept {
				arcs = l.arcs[l.at[c/nStates]:l.at[c/nStates+1]]
			} else {
				arcs = l.arcs[:p.cellArcs(win, off, lr, pi, pj, sw, l.arcs[:len(moves)], l.cellLinks(c), true)]
			}
			extra := p.linkStates(pi, pj)
			for x := range arcs {
				ar := &arcs[x]
				f := paraFactor
				if d := ar.row; d <= maxSide {
					f = factor[d]
				}
				if f == 0 {
					continue
				}
				if ar.jx == skipArc {
					for st := nStates - 1; st >= 0; st-- {
						if to := b[int(ar.to)+st&^int(ar.clear)]; to != 0 {
							out[st] += to * f * ar.w
						}
					}
					continue
				}
				to := b[ar.to]
				if to == 0 {
					continue
				}
				tf, w := to*f, ar.joinWeights(sw)
				for st := nStates - 1; st >= 0; st-- {
					if e := extra[st]; e >= 0 {
						out[st] += tf * w[e]
					}
				}
			}
		}
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
	case d != d: // row i untouched
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
	if to != to {
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
