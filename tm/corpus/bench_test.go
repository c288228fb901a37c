package corpus

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// devManifest writes a manifest of n pairs that repeat the shared
// development corpus's pairs under distinct ids, and returns its path. It
// skips the benchmark when ../shared is absent.
func devManifest(b *testing.B, n int) string {
	b.Helper()
	dev, _ := filepath.Abs(filepath.Join("..", "..", "..", "shared", "corpus", "dev"))
	var pairs []string
	err := Scan(dev, Shard{}, func(it Item) error {
		if it.Pair != nil {
			pairs = append(pairs, it.Pair.EN+"\t"+it.Pair.KO)
		}
		return nil
	})
	if err != nil || len(pairs) == 0 {
		b.Skipf("the shared development corpus is not at %s (%v)", dev, err)
	}
	var sb strings.Builder
	for i := range n {
		fmt.Fprintf(&sb, "p%07d\t%s\n", i, pairs[i%len(pairs)])
	}
	path := filepath.Join(b.TempDir(), "manifest.tsv")
	if err := os.WriteFile(path, []byte(sb.String()), 0o644); err != nil {
		b.Fatal(err)
	}
	return path
}

// BenchmarkCorpus aligns and exports 1,000 dev-sized pairs (one op is the
// whole run) with one and two workers; pairs/s is the figure to compare.
func BenchmarkCorpus(b *testing.B) {
	manifest := devManifest(b, 1000)
	for _, jobs := range []int{1, 2} {
		b.Run(fmt.Sprintf("jobs=%d", jobs), func(b *testing.B) {
			cfg := testConfig(manifest, jobs, b.TempDir(), false)
			cfg.Force = true
			for b.Loop() {
				sum, err := Run(context.Background(), cfg)
				if err != nil || sum.Aligned != 1000 {
					b.Fatalf("%v, %+v", err, sum)
				}
			}
			b.ReportMetric(float64(1000*b.N)/b.Elapsed().Seconds(), "pairs/s")
		})
	}
}
