package spelling

import (
	"reflect"
	"strings"
	"testing"
	"unicode"

	"github.com/bitext-ko/bitext/align/hangul"
	"github.com/bitext-ko/bitext/align/names/internal/namesdata"
)

// keyRef is Key as first written, joining strings.Fields: the reference
// for Key and for the look-ups that make the key on the stack.
func keyRef(hangulName string) string {
	s := hangul.Normalize(hangulName)
	if strings.IndexFunc(s, isSpace) < 0 {
		return s
	}
	return strings.Join(strings.Fields(s), "")
}

// kindRef is KindOf told from Lookup's copies of the entries.
func kindRef(t *Table, h string) (Kind, bool) {
	var kind Kind
	es := t.Lookup(h)
	for i, e := range es {
		if i > 0 && e.Kind != kind {
			return AnyKind, false
		}
		kind = e.Kind
	}
	return kind, len(es) > 0
}

// spelledRef is Spelled told from Lookup and Spellings.
func spelledRef(t *Table, h, english string) (Entry, bool) {
	for _, e := range t.Lookup(h) {
		for _, s := range e.Spellings() {
			if s == english {
				return e, true
			}
		}
	}
	return Entry{}, false
}

// TestLookupsMatchRef holds Key, Has, KindOf and Spelled to their
// references on the table's own names, split and joined by every kind of
// white space.
func TestLookupsMatchRef(t *testing.T) {
	names := []string{"", " ", "김 정은", "김\u3000정은", "김\u00a0정은", "김\u2003정은", "김\t정\n은", " 김정은 ", "ｋｉｍ 정은",
		"김\xff정은", "김정은", "김 " + strings.Repeat("정", 30)}
	for _, e := range Default().Entries() {
		h := e.Hangul
		names = append(names, h, strings.ReplaceAll(h, " ", ""), strings.ReplaceAll(h, " ", "\u3000"),
			strings.ReplaceAll(h, " ", "\u2003"), " "+h+"\t")
		if rs := []rune(h); len(rs) > 1 {
			names = append(names, string(rs[:1])+" "+string(rs[1:]), string(rs[:1])+"\u2003"+string(rs[1:]))
		}
	}
	checkLookups(t, names)
}

// TestLookupsMatchRefSharedLists is TestLookupsMatchRef on the Hangul
// names of the shared lists.
func TestLookupsMatchRefSharedLists(t *testing.T) {
	var names []string
	for _, f := range []string{"names_news_curated.tsv", "places_news_variants_curated.tsv", "names_ko_assembly19_popong.tsv",
		"places_kr_kostat2013.tsv", "foreign_names_news_curated.tsv", "foreign_to_hangul_nikl_usage_muik.tsv"} {
		tab := namesdata.ReadTSV(t, f)
		c := tab.Col("hangul")
		for _, row := range tab.Rows {
			if c < len(row) {
				names = append(names, row[c])
			}
		}
	}
	checkLookups(t, names)
}

// checkLookups holds Key, Has, KindOf and Spelled to their references on
// names, in the built-in table and in one a house list overrides (with
// entries of no kind).
func checkLookups(t *testing.T, names []string) {
	t.Helper()
	house, err := ParseHouse("house.tsv", strings.NewReader("김정은\tKim Jong Un\n한강\tHan River\n서울\tSeoul City\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range names {
		if got, want := Key(h), keyRef(h); got != want {
			t.Fatalf("Key(%q) = %q, reference %q", h, got, want)
		}
	}
	for _, tab := range []*Table{Default(), Default().Override(house)} {
		for _, h := range names {
			es := tab.Lookup(h)
			if got := tab.Has(h); got != (len(es) > 0) {
				t.Fatalf("Has(%q) = %v, Lookup has %d entries", h, got, len(es))
			}
			kind, ok := tab.KindOf(h)
			if rkind, rok := kindRef(tab, h); kind != rkind || ok != rok {
				t.Fatalf("KindOf(%q) = %v, %v; reference %v, %v", h, kind, ok, rkind, rok)
			}
			spellings := []string{"", "Seoul", "Kim Jong-un"}
			for _, e := range es {
				spellings = append(spellings, e.Spellings()...)
			}
			for _, en := range spellings {
				e, ok := tab.Spelled(h, en)
				if re, rok := spelledRef(tab, h, en); !reflect.DeepEqual(e, re) || ok != rok {
					t.Fatalf("Spelled(%q, %q) = %v, %v; reference %v, %v", h, en, e, ok, re, rok)
				}
			}
		}
	}
}

// TestHasAllocs checks that Has and KindOf make nothing on the heap, for
// a name with white space in it too.
func TestHasAllocs(t *testing.T) {
	tab := Default()
	for _, h := range []string{"김정은", "김 정은", "없는 이름"} {
		if n := testing.AllocsPerRun(100, func() { tab.Has(h); tab.KindOf(h) }); n != 0 {
			t.Errorf("Has/KindOf(%q): %v allocations, want 0", h, n)
		}
	}
}

// TestKeyRemovesEveryWhiteSpace checks that a name split by any white
// space unicode.IsSpace knows is looked up as the name without it, as
// Key's doc says.
func TestKeyRemovesEveryWhiteSpace(t *testing.T) {
	const name = "경기도"
	if !Default().Has(name) {
		t.Skipf("%s is not in the table", name)
	}
	for r := rune(0); r <= 0x3000; r++ {
		if !unicode.IsSpace(r) {
			continue
		}
		spaced := "경" + string(r) + "기도"
		if got := Key(spaced); got != name {
			t.Errorf("Key(%q) = %q, want %q", spaced, got, name)
		}
		if !Default().Has(spaced) {
			t.Errorf("Has(%q) = false", spaced)
		}
	}
}
