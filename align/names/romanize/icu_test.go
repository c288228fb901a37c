package romanize

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bitext-ko/bitext/align/testenv"
)

// TestTranslitAgreesWithICU compares the RR transliteration with ICU's
// letter-by-letter Hangul-Latin transform (uconv, Debian's icu-devtools).
// ICU and RR place hyphens differently (ICU only where letters would be
// misread, RR before every silent ㅇ inside a word), so hyphens are
// ignored; the letters must agree.
func TestTranslitAgreesWithICU(t *testing.T) {
	uconv := testenv.Program(t, "uconv", "icu-devtools")
	f, err := os.Open(filepath.Join("..", "..", "..", "testdata", "names", "translit_words.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var words []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if w := strings.TrimSpace(sc.Text()); w != "" && !strings.HasPrefix(w, "#") {
			words = append(words, w)
		}
	}
	cmd := exec.Command(uconv, "-x", "Hangul-Latin")
	cmd.Stdin = strings.NewReader(strings.Join(words, "\n") + "\n")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("uconv: %v", err)
	}
	icu := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	if len(icu) != len(words) {
		t.Fatalf("uconv gave %d lines for %d words", len(icu), len(words))
	}
	r := New(RRTranslit, Options{})
	for i, w := range words {
		got := strings.ReplaceAll(r.String(w), "-", "")
		want := strings.ReplaceAll(icu[i], "-", "")
		if got != want {
			t.Errorf("%s: rr-translit %q, ICU %q", w, r.String(w), icu[i])
		}
	}
}
