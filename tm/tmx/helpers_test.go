package tmx

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Words for synthetic units: real Korean and English news vocabulary, with
// the characters that need escaping.
var (
	koWords = strings.Fields("서울 한국은행은 16일 기준금리를 연 3.5%로 동결했다고 밝혔다. 정부는 " +
		"북한의 김정은 국무위원장이 중국을 방문했다 2차 북미 정상회담 개최가 임박했다는 관측이 나온다 " +
		"\"경제\" 성장률 <전망> 물가 & 고용 수출이 전년 대비 증가했다 대통령은 기자회견에서")
	enWords = strings.Fields("SEOUL The Bank of Korea kept its benchmark interest rate at 3.5 percent " +
		"on the 16th, the government said. North Korean leader Kim Jong-un visited China, " +
		"a sign that a second summit with \"Washington\" is near <analysts> say & exports rose " +
		"from a year earlier as the president told reporters")
)

// syntheticUnits returns n reproducible units shaped like bitext's export.
func syntheticUnits(n int, seed uint64) []Unit {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	date := time.Date(2026, 11, 27, 9, 30, 0, 0, time.UTC)
	units := make([]Unit, n)
	for i := range units {
		units[i] = syntheticUnit(rng, i, date)
	}
	return units
}

func syntheticUnit(rng *rand.Rand, i int, date time.Time) Unit {
	sentence := func(words []string, n int) string {
		var b strings.Builder
		for k := range n {
			if k > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(words[rng.IntN(len(words))])
		}
		return b.String()
	}
	nw := 6 + rng.IntN(20)
	u := Unit{
		TUID:         fmt.Sprint(i + 1),
		CreationDate: date,
		Variants: []Variant{
			{Lang: "ko-KR", Text: sentence(koWords, nw)},
			{Lang: "en-US", Text: sentence(enWords, nw*2)},
		},
	}
	u.AddProp(PropDocument, fmt.Sprintf("hani-2019-01-%02d-%d", 1+i%28, i/100))
	u.AddProp(PropKoIDs, fmt.Sprint(i%40))
	u.AddProp(PropEnIDs, fmt.Sprint(i%40))
	u.AddProp(PropScore, fmt.Sprintf("%.3f", rng.Float64()))
	return u
}

func writeAll(t testing.TB, h Header, units []Unit) []byte {
	t.Helper()
	var b bytes.Buffer
	w, err := NewWriter(&b, h)
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range units {
		if err := w.Write(u); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// moduleRoot walks up from the working directory to the directory holding
// go.mod.
func moduleRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("go.mod not found above the test directory")
		}
		dir = parent
	}
}

// tmxDTD returns the path of the TMX 1.4 DTD in ../shared/schemas next to
// the module, skipping the test if it is absent.
func tmxDTD(t testing.TB) string {
	t.Helper()
	p := filepath.Join(moduleRoot(t), "..", "shared", "schemas", "tmx14.dtd")
	if _, err := os.Stat(p); err != nil {
		t.Skipf("TMX DTD not found at %s (it comes with the project's shared/ folder): %v", p, err)
	}
	return p
}
