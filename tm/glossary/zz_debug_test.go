package glossary

import (
	"fmt"
	"github.com/bitext-ko/bitext/align"
	"github.com/bitext-ko/bitext/align/names/match"
	"os"
	"strings"
	"testing"
)

func TestZZDebug(t *testing.T) {
	doc := os.Getenv("DOC")
	if doc == "" {
		t.Skip()
	}
	a := alignGold(t, doc, goldMinScore)
	p := Prepare(a.EN, a.KO, alignOpts())
	d := newDocState(Options{}, p)
	for _, b := range a.ParagraphBeads {
		if len(b.EN) == 0 || len(b.KO) == 0 {
			continue
		}
		var ms []string
		for _, id := range b.EN {
			for _, m := range p.mentions[id] {
				ms = append(ms, fmt.Sprintf("%s/%s%v", m.Text, m.Type, map[bool]string{true: "*", false: ""}[m.Initial]))
			}
		}
		fmt.Printf("== %v:%v flagged=%v %.3f\n  EN: %s\n", b.EN, b.KO, b.Flagged, b.Score, strings.Join(ms, " | "))
		for _, pr := range d.bead(a, b) {
			fmt.Printf("  %s -> %s (%s %.3f latin=%v)\n", pr.english, pr.hangul, pr.typ, pr.score, pr.latin)
		}
	}
	for _, pr := range Extract(a, nil, Options{}).pairs {
		fmt.Printf("F %s -> %s (%s)\n", pr.english, pr.hangul, pr.typ)
	}
}

func alignOpts() align.Options { return align.Options{} }

func TestZZGloss(t *testing.T) {
	doc := os.Getenv("DOC")
	if doc == "" {
		t.Skip()
	}
	a := alignGold(t, doc, goldMinScore)
	p := Prepare(a.EN, a.KO, alignOpts())
	for id, gs := range p.glosses {
		for _, g := range gs {
			fmt.Printf("%v %q %q %q\n", id, g.words, g.hangul, g.latin)
		}
	}
}

func TestZZSpans(t *testing.T) {
	doc, want := os.Getenv("DOC"), os.Getenv("EN")
	if doc == "" {
		t.Skip()
	}
	a := alignGold(t, doc, goldMinScore)
	p := Prepare(a.EN, a.KO, alignOpts())
	d := newDocState(Options{}, p)
	for _, b := range a.ParagraphBeads {
		for _, id := range b.KO {
			t2 := a.Text(true, id)
			pr := d.probe(want)
			for _, s := range d.koreanSpans(id, t2, []*match.Probe{pr}, []int{len(strings.Fields(want))}) {
				h := d.compileHangul(s.compared())
				fmt.Printf("%v %q stem=%q dict=%v score=%.3f\n", id, s.text, s.stem, s.dict, match.ScoreCompiled(d.compileEnglish(want), h))
			}
		}
	}
}
