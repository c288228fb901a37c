package align_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/bitext-ko/bitext/align"
	"github.com/bitext-ko/bitext/align/eval"
	"github.com/bitext-ko/bitext/align/read"
	"github.com/bitext-ko/bitext/align/testenv"
	"golang.org/x/text/unicode/norm"
)

func readPair(t testing.TB, en, ko string) ([]string, []string) {
	t.Helper()
	e, err := read.File(en, nil, read.Options{})
	if err != nil {
		t.Fatal(err)
	}
	k, err := read.File(ko, nil, read.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return e.Paragraphs, k.Paragraphs
}

func readGold(t testing.TB, path string, nEN, nKO int) []align.Bead {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	beads, err := eval.ReadGold(f, path, nEN, nKO)
	if err != nil {
		t.Fatal(err)
	}
	return beads
}

// checkContract verifies what every output relies on: each paragraph (or
// sentence) of both sides in exactly one bead, in order; no empty bead;
// furniture one-sided; scores in [0,1].
func checkContract(t testing.TB, a *align.Alignment) {
	t.Helper()
	units := func(korean bool) []align.ID {
		ps := a.EN
		if korean {
			ps = a.KO
		}
		var ids []align.ID
		for i, p := range ps {
			if a.Level == align.SentenceLevel {
				for s := range p.Sentences {
					ids = append(ids, align.ID{Para: i, Sent: s})
				}
			} else {
				ids = append(ids, align.ParaID(i))
			}
		}
		return ids
	}
	for _, korean := range []bool{false, true} {
		want := units(korean)
		var got []align.ID
		for _, b := range a.Beads {
			if korean {
				got = append(got, b.KO...)
			} else {
				got = append(got, b.EN...)
			}
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("korean=%v: beads cover %v, want every unit once in order %v", korean, got, want)
		}
	}
	for _, b := range a.Beads {
		if len(b.EN) == 0 && len(b.KO) == 0 {
			t.Fatal("empty bead")
		}
		if b.Kind == align.Furniture && len(b.EN) > 0 && len(b.KO) > 0 {
			t.Fatalf("two-sided furniture bead %s", align.FormatBead(b))
		}
		if (b.Kind == align.Match) != (len(b.EN) > 0 && len(b.KO) > 0) {
			t.Fatalf("bead %s has kind %v", align.FormatBead(b), b.Kind)
		}
		if b.Score < 0 || b.Score > 1 {
			t.Fatalf("bead %s score %v", align.FormatBead(b), b.Score)
		}
	}
}

func TestExample(t *testing.T) {
	en, ko := readPair(t, "../testdata/example/summit.en.txt", "../testdata/example/summit.ko.txt")
	gold := readGold(t, "../testdata/example/summit.gold", len(en), len(ko))
	a := align.Align(en, ko, align.Options{MinScore: 0.5})
	checkContract(t, a)
	d := eval.Compare("summit", gold, a.Beads)
	if !d.AllLinksOK {
		t.Errorf("links differ from gold: %+v", d.Link)
	}
	// The paragraph the English left out stays visible as 0-1.
	found := false
	for _, b := range a.Beads {
		if len(b.EN) == 0 && len(b.KO) == 1 && b.KO[0].Para == 6 {
			found = b.Kind == align.Omitted
		}
	}
	if !found {
		t.Error("Korean paragraph 6 (no English counterpart) is not an omitted 0-1 bead")
	}
	// Furniture is marked as such.
	kinds := map[int]align.Kind{}
	for _, b := range a.Beads {
		if len(b.EN) == 1 && len(b.KO) == 0 {
			kinds[b.EN[0].Para] = b.Kind
		}
	}
	for _, i := range []int{0, 1, 8, 9, 10} {
		if kinds[i] != align.Furniture {
			t.Errorf("English paragraph %d (%q) is %v, want furniture", i, en[i], kinds[i])
		}
	}
}

func TestDecomposedHangulAlignsTheSame(t *testing.T) {
	en, ko := readPair(t, "../testdata/example/summit.en.txt", "../testdata/example/summit.ko.txt")
	raw, err := os.ReadFile("../testdata/example/summit.ko.txt")
	if err != nil {
		t.Fatal(err)
	}
	nfd, err := read.Bytes("nfd.txt", []byte(norm.NFD.String(string(raw))), read.Options{})
	if err != nil {
		t.Fatal(err)
	}
	a := align.Align(en, ko, align.Options{})
	b := align.Align(en, nfd.Paragraphs, align.Options{})
	if fmt.Sprint(a.Beads) != fmt.Sprint(b.Beads) {
		t.Errorf("NFD input aligned differently:\n%v\n%v", a.Beads, b.Beads)
	}
}

func TestKeepFurniture(t *testing.T) {
	en, ko := readPair(t, "../testdata/example/summit.en.txt", "../testdata/example/summit.ko.txt")
	a := align.Align(en, ko, align.Options{KeepFurniture: true})
	checkContract(t, a)
	for _, b := range a.Beads {
		if b.Kind == align.Furniture {
			t.Fatalf("furniture bead %s with KeepFurniture", align.FormatBead(b))
		}
	}
	// The two datelines align with each other when furniture is kept.
	if got := align.FormatBead(a.Beads[0]); got != "[0]:[0]" {
		t.Errorf("first bead %s, want the datelines [0]:[0]", got)
	}
}

func TestSentenceLevel(t *testing.T) {
	en, ko := readPair(t, "../testdata/example/summit.en.txt", "../testdata/example/summit.ko.txt")
	a := align.Align(en, ko, align.Options{Level: align.SentenceLevel})
	checkContract(t, a)
	want := map[string]bool{
		"[5.0]:[7.0]": true, // Miller said … no hostile intent
		"[5.1]:[7.1]": true, // sanctions would remain
		"[4.0]:[4.0]": true, // the two ministers met for 90 minutes
		"[4.1]:[5.0]": true, // Park told reporters
	}
	for _, b := range a.Beads {
		delete(want, align.FormatBead(b))
	}
	if len(want) > 0 {
		t.Errorf("missing sentence beads %v in %v", want, a.Beads)
	}
	if len(a.ParagraphBeads) == 0 {
		t.Error("paragraph beads not kept at sentence level")
	}
}

func TestEdgeCases(t *testing.T) {
	long := strings.Repeat("word ", 2000)
	tests := []struct {
		name   string
		en, ko []string
	}{
		{"one against many", []string{"The president spoke."}, strings.Split(strings.Repeat("대통령이 말했다.\n", 300), "\n")[:300]},
		{"many against one", strings.Split(strings.Repeat("The president spoke.\n", 300), "\n")[:300], []string{"대통령이 말했다."}},
		{"empty sides", nil, nil},
		{"english only", []string{"a", "b"}, nil},
		{"very long paragraph", []string{long}, []string{"긴 문단"}},
		{"only furniture", []string{"Share on Facebook Share on Twitter"}, []string{"페이스북 트위터 카카오톡 공유"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, level := range []align.Level{align.ParagraphLevel, align.SentenceLevel} {
				a := align.Align(tc.en, tc.ko, align.Options{Level: level})
				checkContract(t, a)
			}
		})
	}
}

// TestLongInputBand aligns a pair too long for the full matrix, which the
// aligner searches in a band, and checks it still finds the alignment.
func TestLongInputBand(t *testing.T) {
	testenv.NeedLong(t, "a pair of thousands of paragraphs")
	t.Parallel()
	en1, ko1 := readPair(t, "../testdata/example/summit.en.txt", "../testdata/example/summit.ko.txt")
	var en, ko []string
	for len(en) < 1200 {
		en = append(en, en1...)
		ko = append(ko, ko1...)
	}
	a := align.Align(en, ko, align.Options{})
	checkContract(t, a)
	gold := readGold(t, "../testdata/example/summit.gold", len(en1), len(ko1))
	matches, right := 0, 0
	per := len(en1)
	goldSet := map[string]bool{}
	for _, b := range gold {
		goldSet[align.FormatBead(b)] = true
	}
	for _, b := range a.Beads {
		if b.Kind != align.Match {
			continue
		}
		matches++
		// Shift the bead back into the first copy of the document.
		c := align.Bead{}
		off := b.EN[0].Para / per
		for _, id := range b.EN {
			c.EN = append(c.EN, align.ParaID(id.Para-off*per))
		}
		for _, id := range b.KO {
			c.KO = append(c.KO, align.ParaID(id.Para-off*len(ko1)))
		}
		if goldSet[align.FormatBead(c)] {
			right++
		}
	}
	if matches == 0 || float64(right)/float64(matches) < 0.99 {
		t.Errorf("%d of %d match beads right", right, matches)
	}
}

// TestDevContract checks the contract on every dev pair, and on the
// dev-real ones, whose Korean decks (omitted subtitles under the headline)
// once came before the headline's bead. The default tier of tests
// (testenv) takes every fourth dev pair and every second dev-real one.
func TestDevContract(t *testing.T) {
	for _, name := range []string{"dev", "dev-real-text"} {
		dir := filepath.Join("..", "..", "shared", "corpus", name)
		if _, err := os.Stat(dir); err != nil {
			t.Skipf("shared corpus not available (%v): ../shared is absent", err)
		}
		ts, err := eval.FindTriples(dir)
		if err != nil {
			t.Fatal(err)
		}
		for i, tr := range ts {
			if stride := map[string]int{"dev": 4, "dev-real-text": 2}[name]; !testenv.Long() && i%stride != 0 {
				continue
			}
			t.Run(name+"/"+tr.ID, func(t *testing.T) {
				t.Parallel()
				en, ko := readPair(t, tr.EN, tr.KO)
				for _, level := range []align.Level{align.ParagraphLevel, align.SentenceLevel} {
					checkContract(t, align.Align(en, ko, align.Options{Level: level}))
				}
			})
		}
	}
}

func FuzzAlign(f *testing.F) {
	f.Add("The president met Kim on Jan. 8.\n\nShare on Facebook", "대통령이 1월 8일 김 위원장을 만났다.\n\n페이스북 공유", false)
	f.Add("a\n\nb\n\nc", "가\n\n나", true)
	f.Fuzz(func(t *testing.T, en, ko string, sentences bool) {
		opt := align.Options{MinScore: 0.5}
		if sentences {
			opt.Level = align.SentenceLevel
		}
		a := align.Align(read.Paragraphs(en), read.Paragraphs(ko), opt)
		checkContract(t, a)
	})
}

func TestCheckSizes(t *testing.T) {
	tests := []struct {
		en, ko int
		ok     bool
	}{
		{1, 300, true}, {300, 1, true}, {5000, 5000, true}, {5000, 101, true},
		{330000, 1000, false}, {1, 6000, false}, {0, 0, true},
	}
	for _, tc := range tests {
		if err := align.CheckSizes(tc.en, tc.ko); (err == nil) != tc.ok {
			t.Errorf("CheckSizes(%d, %d) = %v", tc.en, tc.ko, err)
		}
	}
}

// TestCollapsedArticle: written one paragraph a line with one blank line
// after the headline, an article is cut into its paragraphs by the auto
// rule; taken as two blank-line blocks (--paragraphs blank) it becomes one
// bead the size of the article, which must not look certain.
func TestCollapsedArticle(t *testing.T) {
	en, ko := readPair(t, "../testdata/example/summit.en.txt", "../testdata/example/summit.ko.txt")
	// The headline, then the body paragraphs (those that end a sentence),
	// one a line.
	collapse := func(ps []string) string {
		head := ""
		var lines []string
		for _, p := range ps {
			p = strings.ReplaceAll(p, "\n", " ")
			switch last := p[len(p)-1]; {
			case last == '.' || last == '"':
				lines = append(lines, p)
			case head == "" && len(p) > 30:
				head = p
			}
		}
		return head + "\n\n" + strings.Join(lines, "\n") + "\n"
	}
	enText, koText := collapse(en), collapse(ko)
	for _, c := range []struct {
		mode    read.ParagraphMode
		minBody int // paragraphs the body must be cut into on each side
		big     bool
	}{{read.Auto, 4, false}, {read.Blank, 1, true}} {
		e, k := read.ParagraphsBy(enText, c.mode), read.ParagraphsBy(koText, c.mode)
		if len(e)-1 < c.minBody || len(k)-1 < c.minBody {
			t.Fatalf("%v: %d English and %d Korean paragraphs", c.mode, len(e), len(k))
		}
		a := align.Align(e, k, align.Options{MinScore: align.DefaultMinScore})
		checkContract(t, a)
		for _, b := range a.Beads {
			if len(b.EN) == 0 || len(b.KO) == 0 || b.EN[0].Para == 0 {
				continue
			}
			whole := len(a.Text(align.English, b.EN[0])) > 1000
			if whole != c.big {
				continue
			}
			if c.big && (b.Score >= 0.95 || !b.Flagged) {
				t.Errorf("%v: the article in one bead scores %.3f (flagged %v), want under 0.95 and flagged", c.mode, b.Score, b.Flagged)
			}
		}
	}
}

// TestSentenceLevelShowsFurniture: at sentence level a furniture
// paragraph, whose body is empty, is shown by its text as at paragraph
// level (its one sentence is empty), and every other unit by its
// sentence: no unit of any bead reads as nothing.
func TestSentenceLevelShowsFurniture(t *testing.T) {
	en := []string{
		"Seoul to expand night bus routes",
		"Posted : 2023-08-08 06:03 | Updated : 2023-08-08 07:32",
		"By Oh Seok-yoon",
		"The Seoul city government said on Monday that it would add 12 night bus routes. The new routes start in October.",
		"Copyright © The Korea Times. All rights reserved.",
	}
	ko := []string{
		"서울시, 심야버스 노선 확대",
		"서울시는 월요일 심야버스 노선 12개를 추가한다고 밝혔다. 새 노선은 10월에 시작된다.",
		"ⓒ 한국일보, 무단 전재 및 재배포 금지",
	}
	for _, level := range []align.Level{align.ParagraphLevel, align.SentenceLevel} {
		a := align.Align(en, ko, align.Options{Level: level})
		furniture := 0
		for _, b := range a.Beads {
			for _, side := range []struct {
				s   align.Side
				ids []align.ID
				ps  []align.Paragraph
			}{{align.English, b.EN, a.EN}, {align.Korean, b.KO, a.KO}} {
				for _, id := range side.ids {
					text := a.Text(side.s, id)
					if strings.TrimSpace(text) == "" {
						t.Errorf("level %v: %v reads as nothing", level, id)
					}
					if p := side.ps[id.Para]; p.Furniture {
						furniture++
						if want := strings.Join(strings.Fields(p.Text), " "); text != want {
							t.Errorf("level %v: furniture %v reads %q, want %q", level, id, text, want)
						}
					}
				}
			}
		}
		if furniture < 3 {
			t.Errorf("level %v: %d furniture units, want the dateline, the byline and the copyright lines", level, furniture)
		}
	}
}

// TestRunTogetherBody: an article whose English body is run into one
// paragraph, against the Korean body's four paragraphs, makes one bead of
// nearly the whole article, which must be flagged and score under 0.95
// whether or not a sentence of the English misses its full stop (one
// missing stop made 3 sentence links instead of 4, and the bead scored
// 0.993). The article is invented (no dev document).
func TestRunTogetherBody(t *testing.T) {
	ko := []string{
		"서울시, 심야버스 노선 확대",
		"서울시는 자정 이후 퇴근하는 근로자를 돕기 위해 3월부터 심야버스 노선 12개를 추가한다고 화요일 밝혔다.",
		"새 노선은 오후 11시 30분부터 오전 6시까지 운행하며 야간 택시 수요가 가장 많은 강남, 마포, 노원 등을 지난다.",
		"시 관계자는 모든 노선이 개통되면 매일 밤 약 4만 명의 승객이 버스를 이용할 것으로 예상된다고 말했다.",
		"오세훈 서울시장은 6개월간의 시범 운영 후 요금을 검토하겠다고 말했다.",
	}
	body := []string{
		"The Seoul Metropolitan Government said on Tuesday that it will add 12 late-night bus routes starting in March to help workers who finish after midnight.",
		"The new routes will run from 11:30 p.m. to 6 a.m. and cover areas such as Gangnam, Mapo and Nowon, where demand for taxis at night is highest.",
		"Officials said about 40,000 passengers are expected to use the buses every night once all routes open.",
		"Mayor Oh Se-hoon said the city would review fares after a six-month trial.",
	}
	for _, missing := range []int{-1, 0, 1, 2} {
		sents := slices.Clone(body)
		if missing >= 0 {
			sents[missing] = strings.TrimSuffix(sents[missing], ".")
		}
		en := []string{"Seoul city to expand late-night bus routes", strings.Join(sents, " ")}
		a := align.Align(en, ko, align.Options{MinScore: align.DefaultMinScore})
		checkContract(t, a)
		found := false
		for _, b := range a.Beads {
			if len(b.EN) == 0 || len(b.KO) < 2 || b.EN[0].Para != 1 {
				continue
			}
			found = true
			if b.Score >= 0.95 || !b.Flagged {
				t.Errorf("stop missing after sentence %d: bead %s scores %.3f (flagged %v), want under 0.95 and flagged", missing, align.FormatBead(b), b.Score, b.Flagged)
			}
		}
		if !found {
			t.Errorf("stop missing after sentence %d: no bead joins the English body to Korean paragraphs", missing)
		}
	}
}
