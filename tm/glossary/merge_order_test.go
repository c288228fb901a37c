package glossary

import (
	"bytes"
	"strings"
	"testing"
)

func readTXT(t *testing.T, name, data string) []Entry {
	t.Helper()
	es, err := Read(strings.NewReader(data), name, TXT)
	if err != nil {
		t.Fatal(err)
	}
	return es
}

func hangulOrder(es []Entry) string {
	var hs []string
	for _, e := range es {
		hs = append(hs, e.Hangul)
	}
	return strings.Join(hs, " ")
}

func writeTSVString(t *testing.T, es []Entry) string {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, es, TSV); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestMergeOrderGiven: reading and merging keep the order a glossary
// gives (a translator's list is not re-sorted), the same lists in any
// order merge into the same glossary, and lists sorted by Hangul (bitext's
// shards) merge into a sorted one.
func TestMergeOrderGiven(t *testing.T) {
	// A translator's glossary, in the order they keep it, with the
	// preferred form of 김정은 first; and one with English first.
	mine := readTXT(t, "mine.txt", "문재인\tMoon Jae-in\n김정은\tKim Jong Un\n김정은\tKim Jong-un\n반기문\tBan Ki-moon\n")
	if got := hangulOrder(readTXT(t, "en.txt", "Moon Jae-in\t문재인\nBan Ki-moon\t반기문\nKim Jong Un\t김정은\n")); got != "문재인 반기문 김정은" {
		t.Errorf("read order %q, want the file's", got)
	}
	if got := hangulOrder(mine); got != "문재인 김정은 반기문" {
		t.Errorf("read order %q, want the file's", got)
	}
	if got := hangulOrder(Merge(mine)); got != "문재인 김정은 반기문" {
		t.Errorf("merged alone: %q", got)
	}
	// Two shards as bitext writes them: counts, sorted by Hangul.
	shard1 := []Entry{
		{Hangul: "김정은", Type: Person, Confidence: 0.9, Context: "a", Forms: []Form{{English: "Kim Jong-un", Count: 2, Docs: 1, Seen: []Seen{{"d2", "1", "1"}}, Context: "x"}}},
		{Hangul: "트럼프", Type: Person, Confidence: 0.9, Forms: []Form{{English: "Trump", Count: 3, Docs: 1}}},
	}
	shard2 := []Entry{
		{Hangul: "김정은", Type: Person, Confidence: 0.8, Context: "b", Forms: []Form{{English: "Kim Jong Un", Count: 2, Docs: 1, Seen: []Seen{{"d1", "4", "4"}}, Context: "y"}}},
		{Hangul: "박지원", Type: Person, Confidence: 0.7, Forms: []Form{{English: "Park Ji-won", Count: 1, Docs: 1}}},
	}
	if got := hangulOrder(Merge(shard2, shard1)); got != "김정은 박지원 트럼프" {
		t.Errorf("sorted shards merge into %q", got)
	}
	orders := [][][]Entry{
		{mine, shard1, shard2}, {shard2, shard1, mine}, {shard1, mine, shard2}, {shard2, mine, shard1},
	}
	first := writeTSVString(t, Merge(orders[0]...))
	for _, o := range orders[1:] {
		if got := writeTSVString(t, Merge(o...)); got != first {
			t.Errorf("the order of the lists changed the merge:\n%s\nagainst\n%s", got, first)
		}
	}
	// Each list's order is kept: 문재인 before 김정은 before 반기문, and
	// the shards' 박지원 before 트럼프.
	m := Merge(orders[0]...)
	pos := map[string]int{}
	for i, e := range m {
		pos[e.Hangul] = i
	}
	if !(pos["문재인"] < pos["김정은"] && pos["김정은"] < pos["반기문"] && pos["박지원"] < pos["트럼프"]) {
		t.Errorf("order %q keeps neither list's", hangulOrder(m))
	}
	// Equal counts: the spelling decides, not the list order.
	if e := m[pos["김정은"]]; e.Preferred() != "Kim Jong Un" || len(e.Forms) != 2 {
		t.Errorf("김정은: %+v", e.Forms)
	}
	// The plain row gets romanizations as a person, whatever came first.
	if e := m[pos["반기문"]]; e.Romanized.Press != "Ban Ki-moon" || e.Romanized.RR != "Ban Gimun" || e.Type != Other {
		t.Errorf("반기문: %+v", e)
	}
	if e := m[pos["김정은"]]; e.Type != Person || e.Romanized.Press != "Kim Jong-un" || e.Romanized.RR != "Gim Jeongeun" || e.Context != "a" {
		t.Errorf("김정은: %+v", e)
	}
}

// TestMergePlainWithBitext: a plain two-column glossary merged with one
// bitext made keeps every column right whichever comes first: the
// romanizations are made from the merged entry, not taken from the plain
// row read as a word (Gimjeongeun) or from a foreign name's type.
func TestMergePlainWithBitext(t *testing.T) {
	plain := readTXT(t, "plain.txt", "김정은\tKim Jong Un\n트럼프\tDonald Trump\n문재인\tMoon Jae-in\n")
	made := []Entry{
		{Hangul: "김정은", Type: Person, Confidence: 0.99, Forms: []Form{{English: "Kim Jong-un", Count: 4, Docs: 2}}},
		{Hangul: "트럼프", Type: Person, Confidence: 0.99, Forms: []Form{{English: "Trump", Count: 6, Docs: 2}}},
	}
	made[0].Romanized = romanizeFor("김정은", Person, "Kim Jong-un")
	a, b := Merge(plain, made), Merge(made, plain)
	if writeTSVString(t, a) != writeTSVString(t, b) {
		t.Errorf("order matters:\n%s\n%s", writeTSVString(t, a), writeTSVString(t, b))
	}
	for _, e := range a {
		switch e.Hangul {
		case "김정은":
			if e.Type != Person || e.Preferred() != "Kim Jong-un" || e.Romanized.RR != "Gim Jeongeun" || e.Romanized.Press != "Kim Jong-un" {
				t.Errorf("김정은: %+v", e)
			}
		case "문재인":
			if e.Romanized.Press != "Moon Jae-in" || e.Romanized.MR != "Mun Chae-in" {
				t.Errorf("문재인: %+v", e)
			}
		case "트럼프":
			if e.Romanized != (Romanized{}) || e.Type != Person {
				t.Errorf("트럼프: %+v", e)
			}
		}
	}
}
