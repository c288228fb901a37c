package align

import (
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/bitext-ko/bitext/align/lexicon"
	"github.com/bitext-ko/bitext/align/names/match"
	"github.com/bitext-ko/bitext/align/read"
	"github.com/bitext-ko/bitext/align/testenv"
)

// latticeDocs are the shared corpus's article pairs the lattice tests
// run on: every dev-real pair (furniture barriers, captions, headlines,
// re-cut paragraphs) and a few of dev (literary and news); in the default
// tier of tests (testenv), every twelfth of them.
func latticeDocs(t *testing.T) []string {
	t.Helper()
	root := filepath.Join("..", "..", "shared", "corpus")
	if _, err := os.Stat(root); err != nil {
		t.Skipf("shared corpus not available (%v)", err)
	}
	var bases []string
	for _, c := range []string{"dev-real-text", "dev"} {
		filepath.Walk(filepath.Join(root, c), func(path string, _ os.FileInfo, _ error) error {
			if base, ok := strings.CutSuffix(path, ".en.txt"); ok {
				bases = append(bases, base)
			}
			return nil
		})
	}
	if !testenv.Long() {
		var some []string
		for i := 0; i < len(bases); i += 12 {
			some = append(some, bases[i])
		}
		bases = some
	}
	if testing.Short() {
		bases = bases[:min(10, len(bases))]
	}
	return bases
}

// readPairFiles reads the paragraphs of a pair of files.
func readPairFiles(t *testing.T, enPath, koPath string) (en, ko []string) {
	t.Helper()
	e, err := read.File(enPath, nil, read.Options{})
	if err != nil {
		t.Fatal(err)
	}
	k, err := read.File(koPath, nil, read.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return e.Paragraphs, k.Paragraphs
}

// testScorer prepares the scorer of a pair of files as Align does, and
// returns it with its vocabulary.
func testScorer(t *testing.T, enPath, koPath string) (*docScorer, *vocab) {
	t.Helper()
	enText, koText := readPairFiles(t, enPath, koPath)
	en, ko := Prepare(enText, false), Prepare(koText, false)
	bodyEN, bodyKO := bodyIndex(en), bodyIndex(ko)
	heads, _, bodyKO := headlineArea(en, ko, bodyEN, bodyKO)
	es, ks := newStream(en, bodyEN, false), newStream(ko, bodyKO, true)
	v := newVocab()
	ef, kf := sideFeatures(es.text, ks.text, lexicon.Default(), v, new(match.Compiler))
	p := newDocScorer(es, ks, ef, kf, v, &defaultModel, &defaultDocModel, nil)
	p.headlines = heads
	return p, v
}

// testWindows are windows of several shapes around a document's path.
func testWindows(p *docScorer, path []pathStep) map[string]window {
	n, m := p.en.len(), p.ko.len()
	ws := map[string]window{"full": fullWindow(n, m)}
	for _, h := range []int{1, 3, 8} {
		ws["path±"+string(rune('0'+h))] = stepWindow(path, n, m, h)
	}
	// A band that misses the path's end: no path.
	w := stepWindow(path, n, m, 2)
	w.hi[n] = min(w.hi[n], m-1)
	ws["cut"] = w
	return ws
}

func samePath(a, b []pathStep) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestRunMatchesStep holds the fast pass to the program step defines: the
// same path (ties broken alike) and the same edge in every window, with
// the rough and the full set of moves, under each cost model the aligner
// uses.
func TestRunMatchesStep(t *testing.T) {
	for _, base := range latticeDocs(t) {
		p, _ := testScorer(t, base+".en.txt", base+".ko.txt")
		path := p.search()
		dms := append([]docModel{defaultDocModel}, defaultDocModel.variants()...)
		strict := defaultDocModel
		strict.NeedEvidence = true
		dms = append(dms, strict)
		for name, win := range testWindows(p, path) {
			for di := range dms {
				p.dm = &dms[di]
				for _, nm := range []int{roughMoves, len(moves)} {
					want, wantEdge, score, back := p.refRun(win, nm)
					got, gotEdge := p.run(win, nm)
					if !samePath(got, want) || gotEdge != wantEdge {
						t.Errorf("%s, window %s, model %d, %d moves: run gives %v (edge %v), step gives %v (edge %v)",
							filepath.Base(base), name, di, nm, got, gotEdge, want, wantEdge)
					}
					if score == nil {
						continue
					}
					lt := p.viterbi
				cells:
					for i := range score {
						for c := range score[i] {
							x := lt.off[i] + c
							if lt.score[x] != score[i][c] || lt.back[x] != back[i][c] {
								t.Errorf("%s, window %s, model %d, %d moves: cell %d/%d score %v back %#x, want %v %#x",
									filepath.Base(base), name, di, nm, i, c, lt.score[x], lt.back[x], score[i][c], back[i][c])
								break cells
							}
						}
					}
				}
			}
		}
	}
}

// TestForwardBackwardMatchesLog holds the scaled pass to the
// forward-backward pass in logs over the moves step defines: the same log
// weights in every cell and state, total, and posteriors, to 1e-9 (the
// sums are rounded in another order). Two scorers of each pair run the two
// in step.
func TestForwardBackwardMatchesLog(t *testing.T) {
	same := func(a, b float64) bool {
		return a == b || math.IsNaN(a) && math.IsNaN(b) || math.Abs(a-b) <= 1e-9*max(1, math.Abs(b))
	}
	for _, base := range latticeDocs(t) {
		p, _ := testScorer(t, base+".en.txt", base+".ko.txt")
		ref, _ := testScorer(t, base+".en.txt", base+".ko.txt")
		path := p.search()
		ref.search()
		strict := defaultDocModel
		strict.NeedEvidence = true
		for name, win := range testWindows(p, path) {
			for x, temp := range []float64{1, 2.5} {
				// The second temperature runs with links that pair
				// whole paragraphs on no evidence refused.
				p.dm = []*docModel{&defaultDocModel, &strict}[x]
				ref.dm = p.dm
				got, want := p.forwardBackward(win, temp), ref.refForwardBackward(win, temp)
				if !same(got.z, want.z) {
					t.Errorf("%s, window %s, temp %v: total %v, want %v", filepath.Base(base), name, temp, got.z, want.z)
					continue
				}
				bad := 0
				for i := range win.lo {
					for j := win.lo[i]; j <= win.hi[i]; j++ {
						for st := range nStates {
							wa, wb := want.get(want.alpha, i, j, st), want.get(want.beta, i, j, st)
							ga, gb := got.logAlpha(i, j, st), got.logBeta(i, j, st)
							if !same(ga, wa) || !same(gb, wb) {
								if bad++; bad < 5 {
									t.Errorf("%s, window %s, temp %v, (%d, %d) state %d: alpha %v beta %v, want %v %v",
										filepath.Base(base), name, temp, i, j, st, ga, gb, wa, wb)
								}
							}
						}
					}
				}
				for _, s := range path {
					if !inWindow(win, s.ej, s.kj) || !inWindow(win, s.ei, s.ki) {
						continue
					}
					g, w := p.movePosterior(got, s), refMovePosterior(ref, want, s, temp)
					if math.IsInf(want.z, -1) {
						w = 0 // no path holds weight: 0, not the reference's 0/0
					}
					if !same(g, w) {
						t.Errorf("%s, window %s: move %v posterior %v, want %v", filepath.Base(base), name, s, g, w)
					}
					g, w = got.through(s.ei, s.ki), refThrough(want, s.ei, s.ki)
					if math.IsInf(want.z, -1) {
						w = 0
					}
					if !same(g, w) {
						t.Errorf("%s, window %s: through (%d, %d) %v, want %v", filepath.Base(base), name, s.ei, s.ki, g, w)
					}
				}
			}
		}
	}
}

func inWindow(w window, i, j int) bool { return i < len(w.lo) && j >= w.lo[i] && j <= w.hi[i] }

func refThrough(po *refPosterior, i, j int) float64 {
	acc := math.Inf(-1)
	for st := range nStates {
		acc = refLogAdd(acc, po.get(po.alpha, i, j, st)+po.get(po.beta, i, j, st))
	}
	return math.Min(1, math.Exp(acc-po.z))
}

func refMovePosterior(p *docScorer, po *refPosterior, l pathStep, temp float64) float64 {
	acc := math.Inf(-1)
	for k, mv := range moves {
		link := 0.0
		if mv.en > 0 && mv.ko > 0 {
			if mv.en != l.ej-l.ei || mv.ko != l.kj-l.ki {
				continue
			}
			link = p.linkScore(l.ej, l.kj, k)
		}
		for st := range nStates {
			a := po.get(po.alpha, l.ei, l.ki, st)
			sc, i, j, nst, ok := p.step(l.ei, l.ki, st, mv)
			if math.IsInf(a, -1) || !ok || i != l.ej || j != l.kj {
				continue
			}
			acc = refLogAdd(acc, a+(sc+link)/temp+po.get(po.beta, i, j, nst))
		}
	}
	return math.Min(1, math.Exp(acc-po.z))
}

// syntheticScorer is a scorer over random paragraph layouts whose
// sentences are all alike, so that many paths tie: paragraphs of one to
// four sentences, some of them captions, some furniture (a barrier).
func syntheticScorer(r *rand.Rand) *docScorer {
	side := func(korean bool, text string) (*stream, []Paragraph) {
		var ps []Paragraph
		var ids []int
		for range 1 + r.IntN(12) {
			p := Paragraph{Furniture: r.IntN(8) == 0, Caption: r.IntN(10) == 0}
			for range 1 + r.IntN(4) {
				p.Sentences = append(p.Sentences, text)
			}
			p.Body = strings.Join(p.Sentences, " ")
			if !p.Furniture {
				ids = append(ids, len(ps))
			}
			ps = append(ps, p)
		}
		return newStream(ps, ids, korean), ps
	}
	es, _ := side(false, "The minister met them.")
	ks, _ := side(true, "장관이 그들을 만났다.")
	v := newVocab()
	ef, kf := sideFeatures(es.text, ks.text, lexicon.Default(), v, new(match.Compiler))
	p := newDocScorer(es, ks, ef, kf, v, &defaultModel, &defaultDocModel, nil)
	p.headlines = r.IntN(2) == 0
	return p
}

// TestRunMatchesStepOnTies checks run against step where paths tie: the
// scores and back pointers of every cell must be the same, ties broken
// alike. 300 layouts in the long tier (testenv), 60 by default.
func TestRunMatchesStepOnTies(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for k := range testenv.Count(60, 300) {
		p := syntheticScorer(r)
		n, m := p.en.len(), p.ko.len()
		if n == 0 || m == 0 {
			continue
		}
		for _, nm := range []int{roughMoves, len(moves)} {
			win := fullWindow(n, m)
			if k%2 == 1 {
				win = stepWindow([]pathStep{{0, n, 0, m}}, n, m, 1+r.IntN(3))
			}
			want, wantEdge, score, back := p.refRun(win, nm)
			got, gotEdge := p.run(win, nm)
			if !samePath(got, want) || gotEdge != wantEdge {
				t.Fatalf("case %d: run gives %v (edge %v), step gives %v (edge %v)", k, got, gotEdge, want, wantEdge)
			}
			for i := range score {
				for c := range score[i] {
					x := p.viterbi.off[i] + c
					if p.viterbi.score[x] != score[i][c] || p.viterbi.back[x] != back[i][c] {
						t.Fatalf("case %d, %d moves: cell %d/%d score %v back %#x, want %v %#x", k, nm, i, c, p.viterbi.score[x], p.viterbi.back[x], score[i][c], back[i][c])
					}
				}
			}
		}
	}
}

// TestForwardBackwardOnLayouts compares the scaled sums with the log-domain
// pass on random paragraph layouts (barriers, captions, paragraph skips
// that jump several rows). 300 layouts in the long tier (testenv), 60 by
// default.
func TestForwardBackwardOnLayouts(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for k := range testenv.Count(60, 300) {
		p := syntheticScorer(r)
		n, m := p.en.len(), p.ko.len()
		if n == 0 || m == 0 {
			continue
		}
		win := fullWindow(n, m)
		if k%2 == 1 {
			win = stepWindow([]pathStep{{0, n, 0, m}}, n, m, 1+r.IntN(3))
		}
		want, got := p.refForwardBackward(win, 1), p.forwardBackward(win, 1)
		if math.IsInf(want.z, -1) {
			if !math.IsInf(got.z, -1) {
				t.Fatalf("case %d: total %v, want -Inf", k, got.z)
			}
			continue
		}
		if math.Abs(got.z-want.z) > 1e-9*max(1, math.Abs(want.z)) {
			t.Fatalf("case %d: total %v, want %v", k, got.z, want.z)
		}
		for i := range win.lo {
			for j := win.lo[i]; j <= win.hi[i]; j++ {
				if g, w := got.through(i, j), refThrough(want, i, j); math.Abs(g-w) > 1e-9 {
					t.Fatalf("case %d: through (%d, %d) %v, want %v", k, i, j, g, w)
				}
			}
		}
	}
}

// TestForwardBackwardArcsKeptOrBuiltAgain: the backward pass gives the
// same weights, to the last bit, whether it reads the arcs the forward
// pass kept or, for a window too large to keep them (cellArcList), builds
// them again from the link weights, on the development documents' windows
// and on random layouts.
func TestForwardBackwardArcsKeptOrBuiltAgain(t *testing.T) {
	check := func(name string, kept, again *docScorer, win window) {
		t.Helper()
		kept.fb = new(fbScratch)
		a := kept.forwardBackward(win, 1)
		again.fb = &fbScratch{keepLimit: -1}
		b := again.forwardBackward(win, 1)
		if !kept.fb.arcs.kept || again.fb.arcs.kept {
			t.Fatalf("%s: arcs kept %v and %v, want true and false", name, kept.fb.arcs.kept, again.fb.arcs.kept)
		}
		bits := func(xs []float64) []uint64 {
			out := make([]uint64, len(xs))
			for i, x := range xs {
				out[i] = math.Float64bits(x)
			}
			return out
		}
		for what, pair := range map[string][2][]float64{"alpha": {a.alpha, b.alpha}, "beta": {a.beta, b.beta},
			"alpha scales": {a.as, b.as}, "beta scales": {a.bs, b.bs}, "total": {{a.z}, {b.z}}} {
			if !slices.Equal(bits(pair[0]), bits(pair[1])) {
				t.Errorf("%s: %s differ between kept arcs and arcs built again", name, what)
			}
		}
	}
	for _, base := range latticeDocs(t) {
		p, _ := testScorer(t, base+".en.txt", base+".ko.txt")
		q, _ := testScorer(t, base+".en.txt", base+".ko.txt")
		path := p.search()
		q.search()
		for name, win := range testWindows(p, path) {
			check(filepath.Base(base)+", window "+name, p, q, win)
		}
	}
	r := rand.New(rand.NewPCG(5, 6))
	for k := range testenv.Count(30, 150) {
		p := syntheticScorer(r)
		n, m := p.en.len(), p.ko.len()
		if n == 0 || m == 0 {
			continue
		}
		q := *p
		q.links = new(linkCache)
		q.links.reset(len(p.links.rows))
		check(fmt.Sprintf("layout %d", k), p, &q, fullWindow(n, m))
	}
}
