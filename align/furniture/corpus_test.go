package furniture

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// The development corpora live in ../shared beside the worktree; from this
// package's folder that is three levels up.
var corpusRoot = filepath.Join("..", "..", "..", "shared", "corpus")

// label is what the gold says a paragraph is: body, a kind of furniture
// (BEADS.tsv's furn:<kind>), a translated caption (caption-pair: body that
// is a caption) or unknown (dev's 1-0/0-1 beads, which mix furniture and
// untranslated text).
type label struct {
	kind    string // "" for body, the furn:<kind> for furniture
	unknown bool
	caption bool // a caption-pair paragraph: body in the gold, a caption by shape
	// dateline marks the Korean lead of a ko-dateline bead, which opens
	// with a wire dateline ("(서울=뉴스1) 김서연 기자 = ").
	dateline bool
}

// side is one text of a pair as the gold indexes it.
type side struct {
	file   string
	paras  []string
	labels []label
}

// splitParagraphs cuts a text into blank-line-separated blocks, the
// paragraph rule of the dev corpora's text files.
func splitParagraphs(text string) []string {
	var out, cur []string
	for _, l := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		if strings.TrimSpace(l) == "" {
			if len(cur) > 0 {
				out = append(out, strings.Join(cur, "\n"))
				cur = nil
			}
			continue
		}
		cur = append(cur, strings.TrimRight(l, " \t"))
	}
	if len(cur) > 0 {
		out = append(out, strings.Join(cur, "\n"))
	}
	return out
}

func readSide(t *testing.T, path string) *side {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	ps := splitParagraphs(string(b))
	return &side{file: path, paras: ps, labels: make([]label, len(ps))}
}

func requireCorpus(t *testing.T, name string) string {
	t.Helper()
	dir := filepath.Join(corpusRoot, name)
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("corpus %s not available (%v): ../shared is absent", name, err)
	}
	return dir
}

// loadDevReal reads dev-real-text's sides labelled from BEADS.tsv.
func loadDevReal(t *testing.T) []*side {
	dir := requireCorpus(t, "dev-real-text")
	f, err := os.Open(filepath.Join(dir, "BEADS.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sides := map[string]*side{}
	var order []string
	get := func(pair, lang string) *side {
		key := pair + "." + lang + ".txt"
		s, ok := sides[key]
		if !ok {
			s = readSide(t, filepath.Join(dir, key))
			for i := range s.labels {
				s.labels[i].unknown = true // every paragraph must be in a bead
			}
			sides[key] = s
			order = append(order, key)
		}
		return s
	}
	sc := bufio.NewScanner(f)
	sc.Scan() // header
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) < 5 {
			t.Fatalf("BEADS.tsv: short row %q", sc.Text())
		}
		pair, tags := cols[0], cols[4]
		kind := ""
		for _, tag := range strings.Split(tags, ",") {
			if strings.HasPrefix(tag, "furn:") {
				kind = strings.TrimPrefix(tag, "furn:")
			}
		}
		for li, lang := range []string{"en", "ko"} {
			s := get(pair, lang)
			for k, id := range ids(t, cols[1+li]) {
				if id >= len(s.paras) {
					t.Fatalf("%s: bead index %d past %d paragraphs", s.file, id, len(s.paras))
				}
				s.labels[id] = label{
					kind:     kind,
					caption:  hasTag(tags, "caption-pair"),
					dateline: lang == "ko" && k == 0 && hasTag(tags, "ko-dateline"),
				}
			}
		}
	}
	var out []*side
	for _, k := range order {
		for i, l := range sides[k].labels {
			if l.unknown {
				t.Fatalf("%s: paragraph %d is in no bead", k, i)
			}
		}
		out = append(out, sides[k])
	}
	return out
}

func hasTag(tags, tag string) bool {
	return strings.Contains(","+tags+",", ","+tag+",")
}

func ids(t *testing.T, s string) []int {
	var out []int
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f == "" {
			continue
		}
		n, err := strconv.Atoi(f)
		if err != nil {
			t.Fatalf("bad paragraph id %q", f)
		}
		out = append(out, n)
	}
	return out
}

var goldBead = regexp.MustCompile(`\[([0-9, ]*)\]:\[([0-9, ]*)\]`)

// loadGoldDir reads the pairs of a dev folder: paragraphs in a gold bead
// with both sides non-empty are body, the others unknown (all body when
// allBody, as in dev-clean, which has no furniture).
func loadGoldDir(t *testing.T, name string, allBody bool) []*side {
	dir := requireCorpus(t, name)
	golds, err := filepath.Glob(filepath.Join(dir, "*", "*.gold"))
	if err != nil || len(golds) == 0 {
		t.Fatalf("%s: no .gold files (%v)", dir, err)
	}
	var out []*side
	for _, g := range golds {
		base := strings.TrimSuffix(g, ".gold")
		en, ko := readSide(t, base+".en.txt"), readSide(t, base+".ko.txt")
		for _, s := range []*side{en, ko} {
			for i := range s.labels {
				s.labels[i].unknown = !allBody
			}
		}
		b, err := os.ReadFile(g)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range goldBead.FindAllStringSubmatch(string(b), -1) {
			e, k := ids(t, m[1]), ids(t, m[2])
			if len(e) == 0 || len(k) == 0 {
				continue
			}
			for _, i := range e {
				en.labels[i].unknown = false
			}
			for _, i := range k {
				ko.labels[i].unknown = false
			}
		}
		out = append(out, en, ko)
	}
	return out
}

// score is what Detect and StripDateline do on a labelled corpus.
type score struct {
	found, total map[string]int // furniture paragraphs by kind
	body         int            // body paragraphs judged
	falsePos     []string       // body paragraphs marked hard furniture
	softBody     []string       // body paragraphs marked soft (a caption)
	captionSoft  int            // caption-pair paragraphs reported as soft captions
	captionHard  []string       // caption-pair paragraphs marked hard furniture
	captions     int            // caption-pair paragraphs
	misses       []string       // furniture paragraphs left as body
	datelines    int            // leads that open with a wire dateline
	stripped     int            // ... that StripDateline strips
	falseStrips  []string       // other body paragraphs it strips
}

func measure(sides []*side) score {
	sc := score{found: map[string]int{}, total: map[string]int{}}
	for _, s := range sides {
		got := Detect(s.paras)
		if len(got) != len(s.paras) {
			panic("Detect returned the wrong number of verdicts")
		}
		name := strings.TrimPrefix(s.file, corpusRoot+string(filepath.Separator))
		for i, l := range s.labels {
			v := got[i]
			where := fmt.Sprintf("%s#%d %q: %s", name, i, clip(s.paras[i]), v.Reason())
			if !l.unknown && l.kind == "" {
				rest, ok := StripDateline(strings.Split(s.paras[i], "\n")[0])
				switch {
				case l.dateline:
					sc.datelines++
					if ok {
						sc.stripped++
					}
				case ok:
					sc.falseStrips = append(sc.falseStrips, fmt.Sprintf("%s → %q", where, clip(rest)))
				}
			}
			switch {
			case l.unknown:
			case l.caption:
				sc.captions++
				if v.Soft() {
					sc.captionSoft++
				} else if v.Furniture {
					sc.captionHard = append(sc.captionHard, where)
				}
			case l.kind != "":
				sc.total[l.kind]++
				if v.Furniture {
					sc.found[l.kind]++
				} else {
					sc.misses = append(sc.misses, l.kind+": "+where)
				}
			default:
				sc.body++
				if v.Soft() {
					sc.softBody = append(sc.softBody, where)
				} else if v.Furniture {
					sc.falsePos = append(sc.falsePos, where)
				}
			}
		}
	}
	return sc
}

func clip(s string) string {
	s = strings.ReplaceAll(s, "\n", " / ")
	if r := []rune(s); len(r) > 90 {
		return string(r[:90]) + "…"
	}
	return s
}

// recall returns found/total over the kinds (all but caption when
// captions is false, only caption when true).
func (sc score) recall(captions bool) (int, int) {
	f, n := 0, 0
	for k, t := range sc.total {
		if (k == "caption") == captions {
			f += sc.found[k]
			n += t
		}
	}
	return f, n
}

func (sc score) report(t *testing.T) {
	kinds := make([]string, 0, len(sc.total))
	for k := range sc.total {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		t.Logf("  %-13s %3d / %3d  %.3f", k, sc.found[k], sc.total[k], ratio(sc.found[k], sc.total[k]))
	}
	if f, n := sc.recall(false); n > 0 {
		t.Logf("  furniture recall (captions apart) %d / %d = %.3f", f, n, ratio(f, n))
	}
	if f, n := sc.recall(true); n > 0 {
		t.Logf("  caption recall %d / %d = %.3f", f, n, ratio(f, n))
	}
	t.Logf("  body paragraphs marked hard furniture: %d of %d", len(sc.falsePos), sc.body)
	for _, fp := range sc.falsePos {
		t.Logf("    false positive %s", fp)
	}
	t.Logf("  body paragraphs marked soft (caption): %d", len(sc.softBody))
	for _, fp := range sc.softBody {
		t.Logf("    soft %s", fp)
	}
	if sc.datelines > 0 {
		t.Logf("  wire datelines stripped from Korean leads: %d of %d", sc.stripped, sc.datelines)
	}
	t.Logf("  other body paragraphs StripDateline strips: %d", len(sc.falseStrips))
	for _, f := range sc.falseStrips {
		t.Logf("    stripped %s", f)
	}
	if sc.captions > 0 {
		t.Logf("  translated captions (caption-pair, body): %d, reported soft %d, hard %d", sc.captions, sc.captionSoft, len(sc.captionHard))
		for _, c := range sc.captionHard {
			t.Logf("    hard caption %s", c)
		}
	}
	if testing.Verbose() {
		for _, m := range sc.misses {
			t.Logf("    missed %s", m)
		}
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// guard holds the figures a corpus must keep: a change that loses
// furniture, marks body or strips a dateline off body text fails.
type guard struct {
	minRecall       float64 // per furniture kind (captions apart) and overall
	minCaption      float64 // caption recall
	maxFalsePos     int     // body paragraphs marked hard furniture
	maxSoftBody     int     // body paragraphs marked soft (a caption)
	maxFalseStrips  int     // body paragraphs StripDateline strips wrongly
	minStripped     int     // Korean leads whose dateline it strips
	minCaptionPairs int     // translated captions reported soft
	maxCaptionsHard int     // translated captions marked hard furniture
}

func (g guard) check(t *testing.T, name string, sc score) {
	t.Helper()
	for k, n := range sc.total {
		if k == "caption" {
			continue
		}
		if got := ratio(sc.found[k], n); got < g.minRecall {
			t.Errorf("%s: recall of %s furniture %d / %d = %.3f, below %.3f", name, k, sc.found[k], n, got, g.minRecall)
		}
	}
	if f, n := sc.recall(false); n > 0 && ratio(f, n) < g.minRecall {
		t.Errorf("%s: furniture recall %d / %d, below %.3f", name, f, n, g.minRecall)
	}
	if f, n := sc.recall(true); n > 0 && ratio(f, n) < g.minCaption {
		t.Errorf("%s: caption recall %d / %d, below %.3f", name, f, n, g.minCaption)
	}
	if len(sc.falsePos) > g.maxFalsePos {
		t.Errorf("%s: %d body paragraphs marked hard furniture, want at most %d", name, len(sc.falsePos), g.maxFalsePos)
	}
	if len(sc.softBody) > g.maxSoftBody {
		t.Errorf("%s: %d body paragraphs marked soft captions, want at most %d", name, len(sc.softBody), g.maxSoftBody)
	}
	if len(sc.falseStrips) > g.maxFalseStrips {
		t.Errorf("%s: StripDateline strips %d body paragraphs that have no dateline", name, len(sc.falseStrips))
	}
	if sc.stripped < g.minStripped {
		t.Errorf("%s: StripDateline strips %d of %d Korean wire datelines, want %d", name, sc.stripped, sc.datelines, g.minStripped)
	}
	if sc.captionSoft < g.minCaptionPairs || len(sc.captionHard) > g.maxCaptionsHard {
		t.Errorf("%s: translated captions: %d soft, %d hard; want at least %d soft and at most %d hard", name, sc.captionSoft, len(sc.captionHard), g.minCaptionPairs, g.maxCaptionsHard)
	}
}

// TestDevReal measures Detect on dev-real-text: recall of every furniture
// kind the gold tags, and the body paragraphs (headlines, decks, body,
// untranslated Korean) it marks furniture; StripDateline on the Korean
// leads and on every other body paragraph. Run with -v for the figures
// and the misses.
//
// Today's figures (commit a505859, before this detector): furniture
// recall 456 / 856 = 0.533 (captions apart), captions 0 / 61, no body
// paragraph marked.
func TestDevReal(t *testing.T) {
	sc := measure(loadDevReal(t))
	sc.report(t)
	// The one soft body paragraph is a translated caption whose English
	// the edit dropped (news/test-en-news_newsweek.63908.ko.txt#8).
	guard{minRecall: 1, minCaption: 1, maxSoftBody: 1, minStripped: 26, minCaptionPairs: 12}.check(t, "dev-real", sc)
}

// TestDevCleanBody checks that nothing of dev-clean, which has no
// furniture, is marked furniture. The two soft paragraphs are the two
// sides of a real translated photo caption ("… Photo by Kevin
// Dietsch/Getty Images", "… 사진 제공: 케빈 디에치/게티 이미지").
func TestDevCleanBody(t *testing.T) {
	sc := measure(loadGoldDir(t, "dev-clean", true))
	sc.report(t)
	guard{maxSoftBody: 2}.check(t, "dev-clean", sc)
}

// TestDevBody checks the paragraphs of dev that the gold links (beads with
// both sides) are not marked furniture. The soft one is the Korean side of
// the caption above, whose English dev merged into a body paragraph.
func TestDevBody(t *testing.T) {
	sc := measure(loadGoldDir(t, "dev", false))
	sc.report(t)
	guard{maxSoftBody: 1}.check(t, "dev", sc)
}

// BenchmarkDetect judges every side of dev-real-text, one page at a time,
// as the aligner does for each document; BenchmarkDetectDev every side of
// dev, the pairs of the corpus run (mostly clean text).
func BenchmarkDetect(b *testing.B)    { benchDetect(b, "dev-real-text") }
func BenchmarkDetectDev(b *testing.B) { benchDetect(b, "dev") }

func benchDetect(b *testing.B, corpus string) {
	dir := filepath.Join(corpusRoot, corpus)
	files, _ := filepath.Glob(filepath.Join(dir, "*", "*.txt"))
	if len(files) == 0 {
		b.Skipf("corpus %s not available: ../shared is absent", corpus)
	}
	var pages [][]string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, splitParagraphs(string(data)))
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, p := range pages {
			Detect(p)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(pages)), "ns/page")
}
