package align

import (
	"path/filepath"
	"testing"
)

// TestCountMissing holds countMissing's merge walk to its definition (a
// bead is missing when no bead of the other list has its four bounds) on
// the beads of each dev pair's path and of its variants' paths, and checks
// the order the walk relies on: each list strictly increasing in (ei, ki).
func TestCountMissing(t *testing.T) {
	for _, base := range latticeDocs(t) {
		p, _ := testScorer(t, base+".en.txt", base+".ko.txt")
		path := p.search()
		body := p.paragraphBeads(path)
		dm := p.dm
		lists := [][]bodyBead{body}
		for _, v := range dm.variants() {
			p.dm = &v
			lists = append(lists, p.paragraphBeads(p.refineFrom(path, 2)))
		}
		p.dm = dm
		for li, l := range lists {
			for k := 1; k < len(l); k++ {
				if !(l[k-1].ei <= l[k].ei && l[k-1].ki <= l[k].ki && (l[k-1].ei < l[k].ei || l[k-1].ki < l[k].ki)) {
					t.Errorf("%s, list %d: bead %d %+v does not follow %+v", filepath.Base(base), li, k, l[k], l[k-1])
				}
			}
		}
		for li, other := range lists {
			has := map[[4]int]bool{}
			for _, b := range other {
				has[[4]int{b.ei, b.ej, b.ki, b.kj}] = true
			}
			got := make([]int, len(body))
			countMissing(got, body, other)
			for k, b := range body {
				want := 0
				if !has[[4]int{b.ei, b.ej, b.ki, b.kj}] {
					want = 1
				}
				if got[k] != want {
					t.Errorf("%s, list %d, bead %d %+v: countMissing gives %d, want %d", filepath.Base(base), li, k, b, got[k], want)
				}
			}
		}
	}
}
