package translated

import (
	"strings"
	"testing"

	"unicode/utf8"

	"github.com/bitext-ko/bitext/align/names/internal/namesdata"
)

// prefixRef is Prefix as first written, with a map of every compact form
// and its leading runs of runes: the reference for the trie.
type prefixRef map[string]bool

func newPrefixRef() prefixRef {
	p := prefixRef{}
	for c := range load().byHangul {
		for i := range c {
			if i > 0 {
				p[c[:i]] = true
			}
		}
		p[c] = true
	}
	return p
}

func (p prefixRef) prefix(h string) (found, open bool) {
	byHangul := load().byHangul
	h = compact(h)
	for i := range h {
		if i == 0 {
			continue
		}
		if !p[h[:i]] {
			return false, false
		}
		if len(byHangul[h[:i]]) > 0 {
			return true, p[h]
		}
	}
	return len(byHangul[h]) > 0, p[h]
}

// TestPrefixMatchesRef holds Prefix to prefixRef on every Hangul form of
// the table (as written, compact, spaced anywhere, cut short, with a
// syllable or a postposition after it, with a byte that is not UTF-8), on
// the words and word pairs of the shared corpus's Korean texts and on the
// fields of the shared name lists (when they are there).
func TestPrefixMatchesRef(t *testing.T) {
	ref := newPrefixRef()
	names := []string{"", " ", "  ", "\xff", "미\xff", "미국\xff", "미국 \xff", "\xff미국", "미\xff 국", "미국의\xff",
		"유엔 안보리", " 유엔안보리 ", "유 엔 안 보 리", strings.Repeat("미국 ", 30), "a", "ab", "G7", "K리그"}
	for _, row := range load().rows {
		for _, h := range row[0] {
			c := compact(h)
			names = append(names, h, c, " "+h, h+" ", h+"의", c+"군", c+"의회", c+" 의", h+"\xff", "대"+c)
			for i := range c {
				if i > 0 {
					names = append(names, c[:i], c[:i]+" "+c[i:], c[:i]+"\xff", c[:i]+"의", c[:i+1])
				}
			}
		}
	}
	names = append(names, devRuns(t, "ko", 2)...)
	names = append(names, sharedNameFields(t)...)
	for _, h := range names {
		found, open := Prefix(h)
		wf, wo := ref.prefix(h)
		if found != wf || open != wo {
			t.Fatalf("Prefix(%q) = %v, %v; reference %v, %v", h, found, open, wf, wo)
		}
	}
}

// TestPrefixAllocs checks that Prefix makes nothing on the heap, spaces
// or not.
func TestPrefixAllocs(t *testing.T) {
	for _, h := range []string{"유엔 안보리", "미국의", "트럼프", "미 국 의 회"} {
		if n := testing.AllocsPerRun(100, func() { Prefix(h) }); n != 0 {
			t.Errorf("Prefix(%q): %v allocations, want 0", h, n)
		}
	}
}

// sharedNameFields returns every field that holds Hangul of the shared
// name lists (../shared/names), and each of its words, or none when they
// are not there.
func sharedNameFields(t *testing.T) []string {
	t.Helper()
	var out []string
	for _, f := range namesdata.Fields(t) {
		if !strings.ContainsFunc(f, func(r rune) bool { return r >= 0xAC00 && r <= 0xD7A3 }) || !utf8.ValidString(f) {
			continue
		}
		out = append(out, f)
		if strings.Contains(f, " ") {
			out = append(out, strings.Fields(f)...)
		}
	}
	return out
}

// BenchmarkPrefix measures Prefix on the words of the shared corpus's
// Korean texts (when they are there) and the table's forms.
func BenchmarkPrefix(b *testing.B) {
	words := devRuns(b, "ko", 1)
	for _, row := range load().rows {
		words = append(words, row[0]...)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, w := range words {
			Prefix(w)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(words)), "ns/word")
}
