package align

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bitext-ko/bitext/align/lexicon"
	"github.com/bitext-ko/bitext/align/names/match"
	"github.com/bitext-ko/bitext/align/read"
)

type tuneDoc struct {
	en, ko []string
	gold   [][2][]int
	name   string
}

func loadTune(t *testing.T, corpus string) []tuneDoc {
	dir := filepath.Join("..", "..", "shared", "corpus", corpus)
	var docs []tuneDoc
	filepath.Walk(dir, func(path string, info os.FileInfo, err error) error {
		if !strings.HasSuffix(path, ".gold") {
			return nil
		}
		base := strings.TrimSuffix(path, ".gold")
		e, err1 := read.File(base+".en.txt", nil, read.Options{})
		k, err2 := read.File(base+".ko.txt", nil, read.Options{})
		if err1 != nil || err2 != nil {
			return nil
		}
		raw, _ := os.ReadFile(path)
		d := tuneDoc{en: e.Paragraphs, ko: k.Paragraphs, name: base}
		for _, line := range strings.Split(string(raw), "\n") {
			l, r, ok := strings.Cut(line, ":")
			if !ok {
				continue
			}
			var g [2][]int
			for side, part := range []string{l, r} {
				for _, f := range strings.FieldsFunc(part, func(c rune) bool { return c < '0' || c > '9' }) {
					var x int
					fmt.Sscan(f, &x)
					g[side] = append(g[side], x)
				}
			}
			d.gold = append(d.gold, g)
		}
		docs = append(docs, d)
		return nil
	})
	return docs
}

func linkSet(beads [][2][]int) map[[2]int]bool {
	s := map[[2]int]bool{}
	for _, b := range beads {
		for _, e := range b[0] {
			for _, k := range b[1] {
				s[[2]int{e, k}] = true
			}
		}
	}
	return s
}

func beadSet(beads [][2][]int) map[string]bool {
	s := map[string]bool{}
	for _, b := range beads {
		s[fmt.Sprint(b)] = true
	}
	return s
}

func f1(tp, np, ng int) float64 {
	if np == 0 || ng == 0 {
		return 0
	}
	p, r := float64(tp)/float64(np), float64(tp)/float64(ng)
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func scoreTune(docs []tuneDoc, m *model, dm *docModel) (linkF, beadF float64, right int) {
	var ltp, lnp, lng, btp, bnp, bng int
	for _, d := range docs {
		a, _ := alignWith(Prepare(d.en, false), Prepare(d.ko, false), Options{}, m, dm)
		var pred [][2][]int
		for _, b := range a.Beads {
			var g [2][]int
			for _, id := range b.EN {
				g[0] = append(g[0], id.Para)
			}
			for _, id := range b.KO {
				g[1] = append(g[1], id.Para)
			}
			pred = append(pred, g)
		}
		pl, gl := linkSet(pred), linkSet(d.gold)
		tp := 0
		for l := range pl {
			if gl[l] {
				tp++
			}
		}
		if tp == len(pl) && tp == len(gl) {
			right++
		}
		ltp, lnp, lng = ltp+tp, lnp+len(pl), lng+len(gl)
		pb, gb := beadSet(pred), beadSet(d.gold)
		for b := range pb {
			if gb[b] {
				btp++
			}
		}
		bnp, bng = bnp+len(pb), bng+len(gb)
	}
	return f1(ltp, lnp, lng), f1(btp, bnp, bng), right
}

// TestTune prints figures for a grid of weights: BITEXT_TUNE=1 go test -run Tune ./align/
func TestTune(t *testing.T) {
	if os.Getenv("BITEXT_TUNE") == "" {
		t.Skip("BITEXT_TUNE not set")
	}
	corpora := map[string][]tuneDoc{}
	for _, c := range []string{"dev", "dev-clean", "dev-real-text"} {
		corpora[c] = loadTune(t, c)
	}
	try := func(label string, m model, dm docModel) {
		var parts []string
		for _, c := range []string{"dev", "dev-clean", "dev-real-text"} {
			l, b, r := scoreTune(corpora[c], &m, &dm)
			parts = append(parts, fmt.Sprintf("%s %.4f/%.4f/%d", c, l, b, r))
		}
		fmt.Printf("%-40s %s\n", label, strings.Join(parts, "  "))
	}
	base, dbase := defaultModel, defaultDocModel
	try("default", base, dbase)
	for _, v := range strings.Split(os.Getenv("BITEXT_TUNE"), ";") {
		if !strings.Contains(v, "=") {
			continue
		}
		m, dm := base, dbase
		for _, kv := range strings.Split(v, ",") {
			k, val, _ := strings.Cut(kv, "=")
			var x float64
			fmt.Sscan(val, &x)
			switch k {
			case "skipsent":
				dm.SkipSent = x
			case "skippara":
				dm.SkipPara = x
			case "skipps":
				dm.SkipParaSent = x
			case "caption":
				dm.Caption = x
			case "head":
				dm.Headline = x
			case "needev":
				dm.NeedEvidence = x != 0
			case "join":
				dm.Join = x
			case "merge":
				dm.Merge = x
			case "merge22":
				dm.Merge2x2 = x
			case "merge3":
				dm.Merge3 = x
			case "lenvarl":
				m.lenVarL = x
			case "lenvar0":
				m.lenVar0 = x
			case "scale":
				m = model{bias: 1.727 * x, lexHit: 2.456 * x, lexMiss: -0.599 * x, numHit: 5.09 * x, numMiss: -4.889 * x,
					latinHit: 3.98 * x, latinMiss: -4.074 * x, nameHit: 0.997 * x, lenWeight: 1.346 * x,
					lenVar0: m.lenVar0, lenVarL: m.lenVarL, lenRandSD: m.lenRandSD}
			case "bias":
				m.bias = x
			case "lexmiss":
				m.lexMiss = x
			case "lexhit":
				m.lexHit = x
			case "namehit":
				m.nameHit = x
			}
		}
		try(v, m, dm)
	}
}

// TestDebugDoc prints the sentence path of one pair: BITEXT_DOC=path/base go test -run DebugDoc ./align/
func TestDebugDoc(t *testing.T) {
	base := os.Getenv("BITEXT_DOC")
	if base == "" {
		t.Skip("BITEXT_DOC not set")
	}
	e, _ := read.File(base+".en.txt", nil, read.Options{})
	k, _ := read.File(base+".ko.txt", nil, read.Options{})
	en, ko := Prepare(e.Paragraphs, false), Prepare(k.Paragraphs, false)
	lex := lexicon.Default()
	bodyEN, bodyKO := bodyIndex(en), bodyIndex(ko)
	_, _, bodyKO = headlineArea(en, ko, bodyEN, bodyKO)
	es, ks := newStream(en, bodyEN, false), newStream(ko, bodyKO, true)
	v := newVocab()
	ef, kf := sideFeatures(es.text, ks.text, lex, v, new(match.Compiler))
	p := newDocScorer(es, ks, ef, kf, v, &defaultModel, &defaultDocModel, nil)
	path := p.search()
	if r, ok := p.estimateRatio(path); ok {
		p.setRatio(r)
		path = p.refine(path)
	}
	clip := func(s string) string {
		r := []rune(s)
		if len(r) > 60 {
			return string(r[:60])
		}
		return s
	}
	for _, s := range path {
		sc := 0.0
		if s.link() {
			sc = p.logit(s.ei, s.ej, s.ki, s.kj)
		}
		var et, kt []string
		for x := s.ei; x < s.ej; x++ {
			et = append(et, fmt.Sprintf("%d.%d %s", es.para[x], es.sent[x], clip(es.text[x])))
		}
		for y := s.ki; y < s.kj; y++ {
			kt = append(kt, fmt.Sprintf("%d.%d %s", ks.para[y], ks.sent[y], clip(ks.text[y])))
		}
		fmt.Printf("%6.2f  EN %v\n        KO %v\n", sc, et, kt)
	}
}

func TestDebugPair(t *testing.T) {
	en, ko := os.Getenv("BITEXT_EN"), os.Getenv("BITEXT_KO")
	if en == "" {
		t.Skip("BITEXT_EN not set")
	}
	lex := lexicon.Default()
	v := newVocab()
	ef, kf := sideFeatures([]string{en}, []string{ko}, lex, v, new(match.Compiler))
	var ev evidence
	newMaskCache(v, ef, kf, nil).evidence(&ev, 0, 1, 0, 1)
	fmt.Printf("%+v\nlogit %.2f\n", ev, defaultModel.logit(&ev, priorRatioLn))
	fmt.Printf("en lex %d words %d; ko lexTokens %d\n", len(ef[0].lexSet), len(ef[0].wordSet), len(kf[0].lexTokens))
}

type labeled struct {
	kind  Kind
	s     beadSigns
	right bool
	fit   bool
	score float64
}

func collectSigns(docs []tuneDoc) []labeled {
	var out []labeled
	for di, d := range docs {
		a, signs := alignWith(Prepare(d.en, false), Prepare(d.ko, false), Options{}, &defaultModel, &defaultDocModel)
		gold := beadSet(d.gold)
		for _, b := range a.Beads {
			var g [2][]int
			for _, id := range b.EN {
				g[0] = append(g[0], id.Para)
			}
			for _, id := range b.KO {
				g[1] = append(g[1], id.Para)
			}
			l := labeled{right: gold[fmt.Sprint(g)], fit: di%2 == 0, score: b.Score, kind: b.Kind}
			if sg, ok := signs[FormatBead(b)]; ok {
				l.s = sg
			} else {
				l.s.start = 99 // marker: not a body bead
			}
			out = append(out, l)
		}
	}
	return out
}

func ece(ls []labeled, score func(labeled) float64) (e float64, flaggedShare, wrongCaught float64) {
	return eceAt(ls, score, 0.5)
}

func eceAt(ls []labeled, score func(labeled) float64, th float64) (e float64, flaggedShare, wrongCaught float64) {
	var n [10]int
	var conf, acc [10]float64
	wrong, flagged, caught := 0, 0, 0
	for _, l := range ls {
		s := score(l)
		b := min(int(s*10), 9)
		n[b]++
		conf[b] += s
		if l.right {
			acc[b]++
		} else {
			wrong++
		}
		if s < th {
			flagged++
			if !l.right {
				caught++
			}
		}
	}
	for b := range n {
		if n[b] > 0 {
			e += math.Abs(conf[b]-acc[b]) / float64(len(ls))
		}
	}
	return e, float64(flagged) / float64(len(ls)), float64(caught) / float64(max(wrong, 1))
}

// TestFitConfidence fits the calibration: BITEXT_TUNE=fit go test -run FitConfidence ./align/
func TestFitConfidence(t *testing.T) {
	if os.Getenv("BITEXT_TUNE") != "fit" {
		t.Skip("BITEXT_TUNE=fit not set")
	}
	ls := collectSigns(loadTune(t, "dev-real-text"))
	cal := defaultCalibration
	platt := func(lone bool) (float64, float64) {
		a, b := 1.0, 0.0
		// Platt's targets: (N+ + 1)/(N+ + 2) and 1/(N- + 2), not 1 and 0.
		var npos, nneg float64
		for _, l := range ls {
			if l.fit && l.s.start != 99 {
				if l.right {
					npos++
				} else {
					nneg++
				}
			}
		}
		for it := 0; it < 50000; it++ {
			var ga, gb float64
			for _, l := range ls {
				if !l.fit || l.s.start == 99 {
					continue
				}
				z := cal.raw(l.s)
				pr := 1 / (1 + math.Exp(-(a*z + b)))
				y := 1 / (nneg + 2)
				if l.right {
					y = (npos + 1) / (npos + 2)
				}
				ga += (y - pr) * z
				gb += y - pr
			}
			a += 0.002 * ga
			b += 0.002 * gb
		}
		fmt.Printf("lone=%v: %.0f right, %.0f wrong: a %.3f b %.3f\n", lone, npos, nneg, a, b)
		return a, b
	}
	cal.a, cal.b = platt(false)
	a, b := cal.a, cal.b
	var fr, fn, dr, dn float64
	for _, l := range ls {
		if !l.fit || l.s.start != 99 {
			continue
		}
		if l.kind == Furniture {
			fn++
			if l.right {
				fr++
			}
		} else {
			dn++
			if l.right {
				dr++
			}
		}
	}
	fmt.Printf("a %.3f b %.3f; furniture right %.0f/%.0f, other rule beads %.0f/%.0f\n", a, b, fr, fn, dr, dn)
	score := func(l labeled) float64 {
		if l.s.start == 99 {
			return l.score
		}
		return cal.score(l.s)
	}
	for _, half := range []bool{true, false} {
		var part []labeled
		for _, l := range ls {
			if l.fit == half {
				part = append(part, l)
			}
		}
		for _, zt := range []float64{-3, -2, -1.5, -1, -0.8, -0.6, -0.5, -0.4, -0.3} {
			_, fl, ca := eceAt(part, func(l labeled) float64 {
				if l.s.start == 99 {
					return 1
				}
				if cal.raw(l.s) < zt {
					return 0
				}
				return 1
			}, 0.5)
			fmt.Printf("fit=%v raw z < %.1f: flagged %.3f caught %.3f\n", half, zt, fl, ca)
		}
		for _, th := range []float64{0.5, 0.9, 0.97, 0.98, 0.985, 0.99, 0.992} {
			e, fl, ca := eceAt(part, score, th)
			fmt.Printf("fit=%v threshold %.2f: ECE %.3f flagged %.3f caught %.3f\n", half, th, e, fl, ca)
		}
	}
}

// TestFitSentenceModel fits the evidence weights on sentence pairs of
// dev-clean: BITEXT_TUNE=fitsent go test -run FitSentenceModel ./align/
func TestFitSentenceModel(t *testing.T) {
	if os.Getenv("BITEXT_TUNE") != "fitsent" {
		t.Skip("BITEXT_TUNE=fitsent not set")
	}
	type ex struct {
		x []float64
		y float64
	}
	var data []ex
	lex := lexicon.Default()
	m := defaultModel
	for _, d := range loadTune(t, "dev-clean") {
		var en, ko []string
		var ep, kp [][2]int // (gold bead, sentence index)
		for bi, g := range d.gold {
			if len(g[0]) != 1 || len(g[1]) != 1 {
				continue
			}
			es := splitEN(d.en[g[0][0]])
			ks := splitKO(d.ko[g[1][0]])
			if len(es) != len(ks) {
				continue
			}
			for k := range es {
				en = append(en, es[k])
				ko = append(ko, ks[k])
				ep = append(ep, [2]int{bi, k})
				kp = append(kp, [2]int{bi, k})
			}
		}
		v := newVocab()
		ef, kf := sideFeatures(en, ko, lex, v, new(match.Compiler))
		c := newMaskCache(v, ef, kf, nil)
		for i := range en {
			for j := max(0, i-3); j < min(len(ko), i+4); j++ {
				var ev evidence
				c.evidence(&ev, i, i+1, j, j+1)
				y := 0.0
				if ep[i] == kp[j] {
					y = 1
				}
				lenLLR := m.logit(&evidence{lenEN: ev.lenEN, lenKO: ev.lenKO}, priorRatioLn)
				data = append(data, ex{[]float64{1, float64(ev.lexHitKO + ev.lexHitEN), float64(ev.lexKO - ev.lexHitKO + ev.lexEN - ev.lexHitEN),
					ev.numHit, ev.numMiss, float64(ev.latinHit), float64(ev.latinMiss), math.Min(float64(ev.nameHit), 5), lenLLR}, y})
			}
		}
	}
	pos := 0.0
	for _, e := range data {
		pos += e.y
	}
	fmt.Printf("%d pairs, %.0f positive\n", len(data), pos)
	// Weighted so that positives and negatives count alike.
	wPos, wNeg := float64(len(data))/(2*pos), float64(len(data))/(2*(float64(len(data))-pos))
	w := make([]float64, 9)
	for it := 0; it < 3000; it++ {
		g := make([]float64, len(w))
		for _, e := range data {
			z := 0.0
			for k := range w {
				z += w[k] * e.x[k]
			}
			pr := 1 / (1 + math.Exp(-z))
			wt := wNeg
			if e.y == 1 {
				wt = wPos
			}
			for k := range w {
				g[k] += wt * (e.y - pr) * e.x[k]
			}
		}
		for k := range w {
			w[k] += 0.5 * g[k] / float64(len(data))
		}
	}
	fmt.Printf("bias %.3f lexHit %.3f lexMiss %.3f numHit %.3f numMiss %.3f latinHit %.3f latinMiss %.3f name %.3f len %.3f\n", w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7], w[8])
	fmt.Printf("current: lexHit %.3f lexMiss %.3f numHit %.3f numMiss %.3f latinHit %.3f latinMiss %.3f name %.3f len 1\n", m.lexHit, m.lexMiss, m.numHit, m.numMiss, m.latinHit, m.latinMiss, m.nameHit)
}

func splitEN(p string) []string { return segmentPara([]Paragraph{{Body: p}}, 0, false) }
func splitKO(p string) []string { return segmentPara([]Paragraph{{Body: p}}, 0, true) }

func TestListWrong(t *testing.T) {
	if os.Getenv("BITEXT_TUNE") != "wrong" {
		t.Skip("BITEXT_TUNE=wrong not set")
	}
	for _, c := range []string{"dev-real-text", "dev"} {
		for _, d := range loadTune(t, c) {
			a, signs := alignWith(Prepare(d.en, false), Prepare(d.ko, false), Options{}, &defaultModel, &defaultDocModel)
			gold := beadSet(d.gold)
			for _, b := range a.Beads {
				var g [2][]int
				for _, id := range b.EN {
					g[0] = append(g[0], id.Para)
				}
				for _, id := range b.KO {
					g[1] = append(g[1], id.Para)
				}
				if !gold[fmt.Sprint(g)] {
					sg, ok := signs[FormatBead(b)]
					fmt.Printf("%s %s %-14s %s score %.3f signs %v %+v\n", c, filepath.Base(d.name), b.Kind, FormatBead(b), b.Score, ok, sg)
				}
			}
		}
	}
}

// TestFitPlatt fits p = sigmoid(a*z+b) on the raw score's logit z of body
// beads: BITEXT_TUNE=platt go test -run FitPlatt ./align/
func TestFitPlatt(t *testing.T) {
	if os.Getenv("BITEXT_TUNE") != "platt" {
		t.Skip("BITEXT_TUNE=platt not set")
	}
	ls := collectSigns(loadTune(t, "dev-real-text"))
	logit := func(p float64) float64 { p = min(max(p, 1e-9), 1-1e-9); return math.Log(p / (1 - p)) }
	a, b := 1.0, 0.0
	for it := 0; it < 20000; it++ {
		var ga, gb float64
		for _, l := range ls {
			if !l.fit || l.s.start == 99 {
				continue
			}
			z := logit(l.score)
			pr := 1 / (1 + math.Exp(-(a*z + b)))
			y := 0.0
			if l.right {
				y = 1
			}
			ga += (y - pr) * z
			gb += y - pr
		}
		a += 0.001 * ga
		b += 0.001 * gb
	}
	fmt.Printf("a %.3f b %.3f\n", a, b)
	score := func(l labeled) float64 {
		if l.s.start == 99 {
			return l.score
		}
		return 1 / (1 + math.Exp(-(a*logit(l.score) + b)))
	}
	for _, half := range []bool{true, false} {
		var part []labeled
		for _, l := range ls {
			if l.fit == half {
				part = append(part, l)
			}
		}
		for _, th := range []float64{0.5, 0.8, 0.9, 0.95, 0.97, 0.98} {
			e, fl, ca := eceAt(part, score, th)
			fmt.Printf("fit=%v threshold %.2f: ECE %.3f flagged %.3f caught %.3f\n", half, th, e, fl, ca)
		}
	}
}

func TestFeatureAUC(t *testing.T) {
	if os.Getenv("BITEXT_TUNE") != "auc" {
		t.Skip("BITEXT_TUNE=auc not set")
	}
	if v := os.Getenv("BITEXT_TEMP"); v != "" {
		fmt.Sscan(v, &defaultDocModel.Temp)
	}
	var ls []labeled
	for _, c := range []string{"dev-real-text", "dev"} {
		ls = append(ls, collectSigns(loadTune(t, c))...)
	}
	auc := func(name string, f func(beadSigns) float64) {
		var r, w []float64
		for _, l := range ls {
			if l.s.start == 99 {
				continue
			}
			if l.right {
				r = append(r, f(l.s))
			} else {
				w = append(w, f(l.s))
			}
		}
		n := 0.0
		for _, a := range r {
			for _, b := range w {
				if a > b {
					n++
				} else if a == b {
					n += 0.5
				}
			}
		}
		fmt.Printf("%-10s AUC %.3f (right %d wrong %d)\n", name, n/float64(len(r)*len(w)), len(r), len(w))
	}
	all := ls
	for _, lone := range []bool{false, true} {
		ls = nil
		for _, l := range all {
			if l.s.start != 99 && l.s.lone == lone {
				ls = append(ls, l)
			}
		}
		fmt.Println("lone:", lone)
		auc("all3", func(s beadSigns) float64 { return s.start + s.end + s.link })
		auc("corners", func(s beadSigns) float64 { return s.start + s.end })
	}
	ls = all
	auc("start", func(s beadSigns) float64 { return s.start })
	auc("end", func(s beadSigns) float64 { return s.end })
	auc("corners", func(s beadSigns) float64 { return s.start + s.end })
	auc("link", func(s beadSigns) float64 { return s.link })
	auc("all3", func(s beadSigns) float64 { return s.start + s.end + s.link })
	auc("-lenDev", func(s beadSigns) float64 { return -s.lenDev })
	auc("evidence", func(s beadSigns) float64 {
		if s.lone {
			return 0
		}
		return s.evidence
	})
	auc("best", func(s beadSigns) float64 {
		if s.lone {
			return 0
		}
		return s.best
	})
	for _, th := range []float64{-2, -1, 0, 1, 2, 3, 4} {
		r, w := 0, 0
		for _, l := range ls {
			if l.s.start == 99 || l.s.lone || l.s.headline || l.s.best >= th {
				continue
			}
			if l.right {
				r++
			} else {
				w++
			}
		}
		fmt.Printf("match beads with best link < %.0f: right %d wrong %d\n", th, r, w)
	}
	auc("-paras", func(s beadSigns) float64 { return -float64(s.paras) })
	auc("-caption", func(s beadSigns) float64 {
		if s.caption {
			return 0
		}
		return 1
	})
	auc("combo", func(s beadSigns) float64 {
		x := s.start + s.end + s.link
		if s.caption {
			x -= 2
		}
		return x
	})
}

func TestFlaggedKinds(t *testing.T) {
	if os.Getenv("BITEXT_TUNE") != "kinds" {
		t.Skip("a tuning report: run with BITEXT_TUNE=kinds")
	}
	ls := collectSigns(loadTune(t, "dev-real-text"))
	cal := defaultCalibration
	for _, zt := range []float64{-1, -0.5, -0.3, -0.2} {
		var loneR, loneW, matchR, matchW, body int
		for _, l := range ls {
			if l.s.start == 99 {
				continue
			}
			body++
			if cal.raw(l.s) >= zt {
				continue
			}
			switch {
			case l.s.lone && l.right:
				loneR++
			case l.s.lone:
				loneW++
			case l.right:
				matchR++
			default:
				matchW++
			}
		}
		fmt.Printf("z<%.1f of %d body beads (all %d): lone right %d wrong %d, match right %d wrong %d\n", zt, body, len(ls), loneR, loneW, matchR, matchW)
	}
}

func TestEnsemble(t *testing.T) {
	if os.Getenv("BITEXT_TUNE") != "ens" {
		t.Skip("a tuning report: run with BITEXT_TUNE=ens")
	}
	alts := []docModel{defaultDocModel, defaultDocModel, defaultDocModel, defaultDocModel}
	alts[0].Join, alts[0].Merge = 1.2, 2
	alts[1].SkipPara, alts[1].SkipParaSent = -2.5, -2
	alts[2].SkipPara, alts[2].SkipParaSent = -1, -0.75
	alts[3].Join = 3
	if v := os.Getenv("BITEXT_ALTS"); v != "" {
		var pick []docModel
		for _, c := range v {
			pick = append(pick, alts[c-'0'])
		}
		alts = pick
	}
	var rightStable, rightUnstable, wrongStable, wrongUnstable, total int
	for _, c := range []string{"dev-real-text", "dev"} {
		for _, d := range loadTune(t, c) {
			a, _ := alignWith(Prepare(d.en, false), Prepare(d.ko, false), Options{}, &defaultModel, &defaultDocModel)
			var others []map[string]bool
			for k := range alts {
				b, _ := alignWith(Prepare(d.en, false), Prepare(d.ko, false), Options{}, &defaultModel, &alts[k])
				m := map[string]bool{}
				for _, x := range b.Beads {
					m[FormatBead(x)] = true
				}
				others = append(others, m)
			}
			gold := beadSet(d.gold)
			for _, b := range a.Beads {
				total++
				var g [2][]int
				for _, id := range b.EN {
					g[0] = append(g[0], id.Para)
				}
				for _, id := range b.KO {
					g[1] = append(g[1], id.Para)
				}
				stable := true
				for _, m := range others {
					stable = stable && m[FormatBead(b)]
				}
				right := gold[fmt.Sprint(g)]
				switch {
				case right && stable:
					rightStable++
				case right:
					rightUnstable++
				case stable:
					wrongStable++
				default:
					wrongUnstable++
				}
			}
		}
	}
	fmt.Printf("beads %d: right stable %d unstable %d; wrong stable %d unstable %d\n", total, rightStable, rightUnstable, wrongStable, wrongUnstable)
}
