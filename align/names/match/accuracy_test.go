package match

import (
	"sort"
	"strings"
	"testing"

	"github.com/bitext-ko/bitext/align/names/internal/namesdata"
)

// pair is one English name and the Hangul name it should match.
type pair struct{ en, ko string }

// The floors below are the levels reached, less a row or so; the issue's
// targets are 0.97 for the Korean name sets and 0.90 for the foreign ones.

// accuracyAt1 builds an index of every Hangul name of the set and counts
// the English names whose best match is their own Hangul name.
func accuracyAt1(t *testing.T, name string, pairs []pair, floor float64) {
	var kos []string
	seen := map[string]bool{}
	for _, p := range pairs {
		if !seen[p.ko] {
			seen[p.ko] = true
			kos = append(kos, p.ko)
		}
	}
	ix := NewIndex(kos)
	right := 0
	var wrong []string
	for _, p := range pairs {
		m, ok := ix.Best(p.en)
		if ok && CleanName(m.Hangul) == CleanName(p.ko) {
			right++
			continue
		}
		got := "-"
		if ok {
			got = m.Hangul
		}
		wrong = append(wrong, p.en+" → "+got+" (want "+p.ko+")")
	}
	acc := float64(right) / float64(len(pairs))
	t.Logf("%s: accuracy@1 %d/%d = %.3f (%d candidates)", name, right, len(pairs), acc, len(kos))
	sort.Strings(wrong)
	for _, w := range wrong {
		t.Logf("  miss: %s", w)
	}
	if acc < floor {
		t.Errorf("%s: accuracy@1 %.3f below %.3f", name, acc, floor)
	}
}

func TestAccuracyAssembly(t *testing.T) {
	tab := namesdata.ReadTSV(t, "names_ko_assembly19_popong.tsv")
	h, e := tab.Col("hangul"), tab.Col("name_en_official")
	var ps []pair
	for _, r := range tab.Rows {
		ps = append(ps, pair{r[e], r[h]})
	}
	accuracyAt1(t, "assembly19", ps, 0.99)
}

func TestAccuracyNewsCurated(t *testing.T) {
	tab := namesdata.ReadTSV(t, "names_news_curated.tsv")
	h := tab.Col("hangul")
	var ps []pair
	for _, r := range tab.Rows {
		for _, col := range []string{"press_form", "official_or_self_form", "other_variants", "rr_name_computed", "mr_alalc_computed", "dprk_system_computed", "dprk_plain_computed"} {
			for _, v := range strings.Split(r[tab.Col(col)], ";") {
				if v = strings.TrimSpace(v); v != "" {
					ps = append(ps, pair{v, r[h]})
				}
			}
		}
	}
	accuracyAt1(t, "news_curated", ps, 0.99)
}

func TestAccuracyALALC(t *testing.T) {
	tab := namesdata.ReadTSV(t, "names_ko_alalc_mr_scriptshifter.tsv")
	var ps []pair
	for _, r := range tab.Rows {
		if r[2] != "Hangul" && !strings.Contains(r[2], "character") {
			continue // Hanja input: no Hangul to match
		}
		ps = append(ps, pair{r[1], r[0]})
	}
	accuracyAt1(t, "alalc_mr", ps, 0.99)
}

func TestAccuracyForeignCurated(t *testing.T) {
	tab := namesdata.ReadTSV(t, "foreign_names_news_curated.tsv")
	var ps []pair
	for _, r := range tab.Rows {
		ps = append(ps, pair{r[0], r[1]})
	}
	accuracyAt1(t, "foreign_curated", ps, 0.96)
}

// muikSample is the deterministic 2,000-row sample of the NIKL usage list:
// every k-th row, k = rows / 2000.
func muikSample(t *testing.T) []pair {
	tab := namesdata.ReadTSV(t, "foreign_to_hangul_nikl_usage_muik.tsv")
	step := len(tab.Rows) / 2000
	var ps []pair
	for i := 0; i < len(tab.Rows) && len(ps) < 2000; i += step {
		r := tab.Rows[i]
		ps = append(ps, pair{r[0], r[1]})
	}
	return ps
}

func TestAccuracyForeignNIKL(t *testing.T) {
	accuracyAt1(t, "nikl_usage_sample", muikSample(t), 0.95)
}
