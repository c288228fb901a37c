package translated

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestAtCompactMatchesCompact holds the look-ups by atCompact (EnglishKeys,
// English, KindOf) to the maps indexed by compact, on the table's Hangul
// forms written with spaces anywhere, too long for the stack buffer, and
// on the words and word pairs of the shared corpus's Korean texts (when
// it is there).
func TestAtCompactMatchesCompact(t *testing.T) {
	tab := load()
	names := []string{"", " ", "  ", "유엔 안보리", " 유엔안보리 ", "유 엔 안 보 리", strings.Repeat("미국 ", 30), "미국\xff", "미\xff 국"}
	for _, row := range tab.rows {
		for _, h := range row[0] {
			c := compact(h)
			names = append(names, h, c, " "+h, h+" ")
			for i := range c {
				if i > 0 {
					names = append(names, c[:i]+" "+c[i:])
				}
			}
		}
	}
	names = append(names, devRuns(t, "ko", 2)...)
	for _, h := range names {
		c := compact(h)
		if got, want := EnglishKeys(h), tab.byHangul[c]; !slices.Equal(got, want) {
			t.Fatalf("EnglishKeys(%q) = %q, by compact %q", h, got, want)
		}
		if got, want := atCompact(tab.rowsOf, h), tab.rowsOf[c]; !slices.Equal(got, want) {
			t.Fatalf("rows of %q = %v, by compact %v", h, got, want)
		}
	}
}

// TestIsHangulAllocs checks that IsHangul and KindOf make nothing on the
// heap for a name with spaces.
func TestIsHangulAllocs(t *testing.T) {
	for _, h := range []string{"유엔 안보리", "영국 독립당", "없는 이름"} {
		if n := testing.AllocsPerRun(100, func() { IsHangul(h); KindOf(h) }); n != 0 {
			t.Errorf("IsHangul/KindOf(%q): %v allocations, want 0", h, n)
		}
	}
}

// keyRef is Key as first written, with a strings.Builder: the reference
// for Key and Hangul, which make the key in a buffer.
func keyRef(english string) string {
	var b strings.Builder
	b.Grow(len(english))
	space := false
	for _, r := range english {
		switch {
		case r == '.':
			continue
		case r == '-' || unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case r == '’':
			r = '\''
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return strings.TrimPrefix(b.String(), "the ")
}

// TestKeyMatchesRef holds Key and Hangul to keyRef on the table's English
// forms, written in capitals and with "The" before them, and on the words
// and runs of up to four words of the shared corpus's English texts (when
// it is there).
func TestKeyMatchesRef(t *testing.T) {
	names := []string{"", "the", "The ", "the the US", "THE U.S.", " - . ", "Ünited Ştates", "Workers’ Party", "K\xffS",
		strings.Repeat("United States ", 10), "The " + strings.Repeat("x", 60), "The " + strings.Repeat("x", 59)}
	for _, row := range load().rows {
		for _, e := range row[1] {
			names = append(names, e, strings.ToUpper(e), "The "+e, "the-"+e, e+".")
		}
	}
	names = append(names, devRuns(t, "en", 4)...)
	for _, e := range names {
		k := keyRef(e)
		if got := Key(e); got != k {
			t.Fatalf("Key(%q) = %q, reference %q", e, got, k)
		}
		if got, want := Hangul(e), HangulOfKey(k); !slices.Equal(got, want) {
			t.Fatalf("Hangul(%q) = %q, reference %q", e, got, want)
		}
	}
}

// TestHangulAllocs checks that Hangul makes nothing on the heap.
func TestHangulAllocs(t *testing.T) {
	for _, e := range []string{"The United States", "UN Security Council", "Nowhere Land"} {
		if n := testing.AllocsPerRun(100, func() { Hangul(e) }); n != 0 {
			t.Errorf("Hangul(%q): %v allocations, want 0", e, n)
		}
	}
}

// devRuns returns the runs of 1 to max words of each text of the shared
// corpus's development set in language lang ("en", "ko"), or none when
// the corpus is not there.
func devRuns(t testing.TB, lang string, max int) []string {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join("..", "..", "..", "..", "shared", "corpus", "dev", "*", "*."+lang+".txt"))
	var out []string
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		ws := strings.Fields(string(b))
		for i := range ws {
			for n := 1; n <= max && i+n <= len(ws); n++ {
				out = append(out, strings.Join(ws[i:i+n], " "))
			}
		}
	}
	return out
}
