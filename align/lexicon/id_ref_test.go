package lexicon

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// stemRef is stem as first written, lower-casing with strings.ToLower and
// making the stem it returns: the reference for stemOf and for ID, which
// lowers an ASCII word on the stack and builds a stem ending in y there.
func stemRef(w string) (s string, dropped bool) {
	w = strings.ToLower(w)
	w = strings.TrimSuffix(w, "'s")
	w = strings.TrimSuffix(w, "’s")
	if keep[w] {
		return w, false
	}
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		return w[:n-3] + "y", false
	case n > 5 && strings.HasSuffix(w, "sses"):
		return w[:n-2], false
	case n > 4 && (strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "xes")):
		return w[:n-2], false
	case n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:n-1], false
	case n > 4 && strings.HasSuffix(w, "ing") && hasVowel(w[:n-3]):
		return undouble(w[:n-3])
	case n > 4 && strings.HasSuffix(w, "ied"):
		return w[:n-3] + "y", false
	case n > 4 && strings.HasSuffix(w, "ed") && hasVowel(w[:n-2]):
		return undouble(w[:n-2])
	}
	return w, false
}

// idRef is ID as first written, on stemRef.
func (l *Lexicon) idRef(word string) (uint32, bool) {
	s, dropped := stemRef(word)
	if dropped {
		if id, ok := l.withE(s); ok {
			return id, true
		}
	}
	return l.stemID(s)
}

// TestIDMatchesRef holds ID and stem to idRef and stemRef, in the embedded
// index and in maps, on the words of the shared corpus's English texts
// (when it is there) and on the lexicon's own stems written with capitals,
// endings, apostrophes, accents and at lengths around the stack buffer's.
func TestIDMatchesRef(t *testing.T) {
	words := []string{"", "A", "I", "US", "U.S.", "Seoul’s", "SEOUL'S", "Café", "CAFÉ", "Ünited", "\xff", "K\xffS",
		"Countries", "COUNTRIES", "Studied", "Announced", "USED", "News", "EVENINGS",
		strings.Repeat("A", 31) + "s", strings.Repeat("A", 32), strings.Repeat("A", 33), strings.Repeat("b", 30) + "ies",
		strings.Repeat("B", 29) + "IES", strings.Repeat("B", 30) + "IES", strings.Repeat("B", 31) + "IED"}
	for i := range Default().tab.nStems {
		s := Default().tab.stem(i)
		for _, w := range []string{s, strings.ToUpper(s), strings.ToUpper(s[:1]) + s[1:], s + "s", s + "'s", s + "’s",
			s + "ies", s + "IES", s + "ied", s + "ed", s + "ing", s + "es", strings.TrimSuffix(s, "y") + "ies"} {
			words = append(words, w)
		}
	}
	for _, w := range devWords(t, "en") {
		words = append(words, w, strings.Trim(w, `.,;:!?"“”()`))
	}
	for _, w := range words {
		s, dropped := stem(w)
		if rs, rdropped := stemRef(w); s != rs || dropped != rdropped {
			t.Fatalf("stem(%q) = %q, %v; reference %q, %v", w, s, dropped, rs, rdropped)
		}
	}
	maps := Default().Clone()
	for _, l := range []*Lexicon{Default(), maps, New()} {
		for _, w := range words {
			id, ok := l.ID(w)
			if rid, rok := l.idRef(w); id != rid || ok != rok {
				t.Fatalf("ID(%q) = %d, %v; reference %d, %v", w, id, ok, rid, rok)
			}
		}
	}
}

// TestIDAllocs checks that ID makes nothing on the heap for a capitalized
// word or one whose stem gains a y.
func TestIDAllocs(t *testing.T) {
	l := Default()
	for _, w := range []string{"Countries", "Announced", "STUDIED", "talks"} {
		if n := testing.AllocsPerRun(100, func() { l.ID(w) }); n != 0 {
			t.Errorf("ID(%q): %v allocations, want 0", w, n)
		}
	}
}

// BenchmarkID looks up the lower-cased words of the shared corpus's
// English texts, as the aligner does, with ID and with idRef.
func BenchmarkID(b *testing.B) {
	var words []string
	for _, w := range devWords(b, "en") {
		words = append(words, strings.ToLower(strings.Trim(w, `.,;:!?"“”()`)))
	}
	if len(words) == 0 {
		b.Skip("shared corpus not found")
	}
	l := Default()
	for _, bc := range []struct {
		name string
		id   func(string) (uint32, bool)
	}{{"ref", l.idRef}, {"new", l.ID}} {
		b.Run(bc.name, func(b *testing.B) {
			for range b.N {
				for _, w := range words {
					bc.id(w)
				}
			}
		})
	}
}

// devWords returns the words of the shared corpus's development texts in
// language lang ("en", "ko"), or none when the corpus is not there.
func devWords(tb testing.TB, lang string) []string {
	tb.Helper()
	paths, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "corpus", "dev", "*", "*."+lang+".txt"))
	var words []string
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		words = append(words, strings.Fields(string(b))...)
	}
	return words
}
