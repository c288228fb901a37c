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
	tags    string
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
			for _, id := range ids(t, cols[1+li]) {
				if id >= len(s.paras) {
					t.Fatalf("%s: bead index %d past %d paragraphs", s.file, id, len(s.paras))
				}
				s.labels[id] = label{kind: kind, caption: strings.Contains(","+tags+",", ",caption-pair,"), tags: tags}
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

// score is what Detect does on a labelled corpus.
type score struct {
	found, total map[string]int // furniture paragraphs by kind
	body         int            // body paragraphs judged
	falsePos     []string       // body paragraphs marked furniture
	captionSoft  int            // caption-pair paragraphs reported as soft captions
	captionHard  []string       // caption-pair paragraphs marked hard furniture
	captions     int            // caption-pair paragraphs
	misses       []string       // furniture paragraphs left as body
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
			switch {
			case l.unknown:
			case l.caption:
				sc.captions++
				if v.Furniture && false /* no soft verdict yet */ {
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
				if v.Furniture {
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
	t.Logf("  body paragraphs marked furniture: %d of %d", len(sc.falsePos), sc.body)
	for _, fp := range sc.falsePos {
		t.Logf("    false positive %s", fp)
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

// TestDevReal measures Detect on dev-real-text: recall of every furniture
// kind the gold tags, and the body paragraphs (headlines, decks, body,
// untranslated Korean) it marks furniture. Run with -v for the figures.
func TestDevReal(t *testing.T) {
	sc := measure(loadDevReal(t))
	sc.report(t)
	// Quality guards: the figures reached, so that a change that loses
	// furniture or marks body fails here.
	minRecall := map[string]float64{
		"byline": 1, "copyright": 1, "date": 0.99,
	}
	for k, min := range minRecall {
		if got := ratio(sc.found[k], sc.total[k]); got < min {
			t.Errorf("recall of %s furniture %.3f, below %.3f", k, got, min)
		}
	}
	if f, n := sc.recall(false); ratio(f, n) < 0.53 {
		t.Errorf("furniture recall %d / %d", f, n)
	}
	if len(sc.falsePos) > 0 {
		t.Errorf("%d body paragraphs marked furniture", len(sc.falsePos))
	}
}

// TestDevCleanBody checks that nothing of dev-clean, which has no
// furniture, is marked furniture.
func TestDevCleanBody(t *testing.T) {
	sc := measure(loadGoldDir(t, "dev-clean", true))
	sc.report(t)
	if len(sc.falsePos) > 0 {
		t.Errorf("%d body paragraphs of dev-clean marked furniture", len(sc.falsePos))
	}
}

// TestDevBody checks the paragraphs of dev that the gold links (beads with
// both sides) are not marked furniture.
func TestDevBody(t *testing.T) {
	sc := measure(loadGoldDir(t, "dev", false))
	sc.report(t)
	if len(sc.falsePos) > 0 {
		t.Errorf("%d linked paragraphs of dev marked furniture", len(sc.falsePos))
	}
}
