package lexicon

import (
	"bytes"
	_ "embed"
	"errors"
	"flag"
	"github.com/bitext-ko/bitext/align/internal/fnv1a"
	"os"
	"reflect"
	"slices"
	"testing"
)

// The files the default lexicon is built from (see build). They are read
// here, when the index is made and checked, not by the program.
var (
	//go:embed data/ezcorean.tsv
	ezcorean string
	//go:embed data/corrections.tsv
	corrections string
	//go:embed data/news.tsv
	news string
	//go:embed data/general.tsv
	general string
)

func defaultSources() sources {
	return sources{ezcorean: ezcorean, corrections: corrections, news: news, general: general}
}

var updateIndex = flag.Bool("update-index", false, "rewrite data/default.idx from the TSV files")

// TestIndexFile checks that the embedded index is what the TSV files give
// today, so it cannot go stale: after a change to a file of data/, run
// go generate ./align/lexicon (which rewrites it with -update-index).
func TestIndexFile(t *testing.T) {
	want, err := build(defaultSources()).appendIndex(nil)
	if err != nil {
		t.Fatal(err)
	}
	if *updateIndex {
		if err := os.WriteFile("data/default.idx", want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal([]byte(indexFile), want) {
		t.Fatalf("data/default.idx (%d bytes) is not what the TSV files give (%d bytes): run go generate ./align/lexicon",
			len(indexFile), len(want))
	}
}

// TestIndexLoadsAsBuilt checks that the index answers as the lexicon
// build makes, of the default files and of a small one with every kind of
// key (noun, 하다 verb, longer verb stem, one-syllable verbs): every stem,
// key and syllable is found with its ids, words that are not there are
// not, and thawing the index (Clone) gives the built maps themselves.
func TestIndexLoadsAsBuilt(t *testing.T) {
	small := sources{corrections: "# corrections\n걷다\twalk\n", news: "정부\tgovernment\n발표하다\tannounce\n",
		general: "밝히다\treveal disclose\n가다\tgo\n살다\tlive\n듣다\thear\n짓다\tbuild\n돕다\thelp\n보다\tsee\n높아지다\tbecome high\n높다\thigh\n"}
	for name, src := range map[string]sources{"default": defaultSources(), "small": small} {
		built := build(src)
		b, err := built.appendIndex(nil)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		loaded, err := loadIndex(string(b))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if loaded.tab == nil {
			t.Fatalf("%s: the index was not read in place", name)
		}
		if !reflect.DeepEqual(loaded.Clone(), built) {
			t.Errorf("%s: the thawed index differs from the built lexicon", name)
		}
		if loaded.Len() != built.Len() || loaded.Skipped != built.Skipped || loaded.maxLen != built.maxLen {
			t.Errorf("%s: Len, Skipped, maxLen = %d %d %d, want %d %d %d", name,
				loaded.Len(), loaded.Skipped, loaded.maxLen, built.Len(), built.Skipped, built.maxLen)
		}
		for s := range built.ids {
			for _, w := range []string{s, s + "q", "q" + s} {
				got, ok := loaded.stemID(w)
				want, wantOK := built.ids[w]
				if got != want || ok != wantOK {
					t.Errorf("%s: stemID(%q) = %d %v, want %d %v", name, w, got, ok, want, wantOK)
				}
			}
		}
		for k := range built.index {
			for _, w := range []string{k, k + "들", "새" + k} {
				got, ok := loaded.entryOf(w, fnv1a.String32(w))
				want, wantOK := built.entryOf(w, fnv1a.String32(w))
				if !reflect.DeepEqual(got, want) || ok != wantOK {
					t.Errorf("%s: entryOf(%q) = %v %v, want %v %v", name, w, got, ok, want, wantOK)
				}
				if !slices.Equal(loaded.Lookup(w+"는"), built.Lookup(w+"는")) || loaded.Has(w) != built.Has(w) {
					t.Errorf("%s: Lookup or Has of %q differ", name, w)
				}
			}
		}
		for r, fs := range built.short {
			if !reflect.DeepEqual(loaded.shortOf(r), fs) {
				t.Errorf("%s: shortOf(%c) = %v, want %v", name, r, loaded.shortOf(r), fs)
			}
		}
		if name == "default" && !reflect.DeepEqual(Default().Clone(), built) {
			t.Error("Default() differs from the lexicon the TSV files give")
		}
	}
}

// TestIndexDamaged checks that a cut or padded index is an error, not a
// panic or a smaller lexicon.
func TestIndexDamaged(t *testing.T) {
	b, err := build(defaultSources()).appendIndex(nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []int{0, 5, len(indexHeader), len(indexHeader) + 3, len(b) / 2, len(b) - 1} {
		if _, err := loadIndex(string(b[:n])); !errors.Is(err, errIndex) {
			t.Errorf("index cut to %d of %d bytes: err = %v, want errIndex", n, len(b), err)
		}
	}
	if _, err := loadIndex(string(b) + "x"); !errors.Is(err, errIndex) {
		t.Errorf("index with a byte more: err = %v, want errIndex", err)
	}
	// Hash tables of nothing but out-of-range slots find nothing, and
	// every probe ends.
	l, err := loadIndex(string(b))
	if err != nil {
		t.Fatal(err)
	}
	full := []byte(string(b))
	for _, sec := range []struct{ off, n int }{{l.tab.stemTab, int(l.tab.stemMask) + 1}, {l.tab.keyTab, int(l.tab.keyMask) + 1}} {
		for i := sec.off; i < sec.off+4*sec.n; i++ {
			full[i] = 0xff
		}
	}
	damaged, err := loadIndex(string(full))
	if err != nil {
		t.Fatal(err)
	}
	if ids := damaged.Lookup("정부는"); ids != nil {
		t.Errorf("Lookup in a damaged table = %v, want nil", ids)
	}
	if _, ok := damaged.ID("government"); ok {
		t.Error("ID in a damaged table found government")
	}
	if ids := l.Lookup("정부는"); ids == nil {
		t.Error("Lookup(정부는) in the index found nothing")
	}
}

// TestAppendToLookupCopies checks that the id lists of the loaded lexicon,
// which share one array, do not overwrite each other when a caller
// appends to one: each is capped at its length.
func TestAppendToLookupCopies(t *testing.T) {
	tab := Default().tab
	for i := range tab.nKeys {
		if ids := tab.entryAt(i).ids; cap(ids) != len(ids) {
			t.Fatalf("entry %q: ids of length %d and capacity %d", tab.key(i), len(ids), cap(ids))
		}
	}
	for r, fs := range tab.short {
		for _, f := range fs {
			if cap(f.ids) != len(f.ids) {
				t.Fatalf("form of %c: ids of length %d and capacity %d", r, len(f.ids), cap(f.ids))
			}
		}
	}
	next := append([]uint32(nil), tab.entryAt(1).ids...)
	_ = append(tab.entryAt(0).ids, 1<<31)
	if !slices.Equal(tab.entryAt(1).ids, next) {
		t.Errorf("appending to entry 0 changed entry 1: %v, was %v", tab.entryAt(1).ids, next)
	}
}

// BenchmarkLoad measures loading the embedded index, paid once per process.
func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := loadIndex(indexFile); err != nil {
			b.Fatal(err)
		}
	}
}
