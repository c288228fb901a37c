package glossary

import (
	"fmt"
	"os"
	"reflect"
	"testing"

	"github.com/bitext-ko/bitext/align"
	"github.com/google/go-cmp/cmp"
)

// TestAlignAndAddSameAsAdd: reading the English names while the aligner
// runs changes nothing in the glossary, at either level.
func TestAlignAndAddSameAsAdd(t *testing.T) {
	type pairText struct {
		name   string
		en, ko []string
	}
	pairs := []pairText{{"summit", readParagraphs(t, "../../testdata/example/summit.en.txt"), readParagraphs(t, "../../testdata/example/summit.ko.txt")}}
	if _, err := os.Stat(devDir); err == nil {
		en, ko := devPairs(t)
		for i := 0; i < len(en); i += 7 {
			pairs = append(pairs, pairText{fmt.Sprint("dev ", i), en[i], ko[i]})
		}
	}
	for _, level := range []align.Level{align.ParagraphLevel, align.SentenceLevel} {
		opt := align.Options{MinScore: 0.5, Level: level}
		for _, p := range pairs {
			seq := NewBuilder(Options{})
			seq.Add("d", align.Align(p.en, p.ko, opt))
			par := NewBuilder(Options{})
			a := par.AlignAndAdd("d", p.en, p.ko, opt)
			if want := align.Align(p.en, p.ko, opt); !reflect.DeepEqual(a.Beads, want.Beads) {
				t.Errorf("%s, level %v: AlignAndAdd's alignment differs from Align's", p.name, level)
			}
			if diff := cmp.Diff(seq.Entries(), par.Entries()); diff != "" {
				t.Errorf("%s, level %v: AlignAndAdd differs from Add (-Add +AlignAndAdd):\n%s", p.name, level, diff)
			}
		}
	}
}
