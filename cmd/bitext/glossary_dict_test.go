package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestGlossaryDict: --dict reaches the glossary of align and corpus. 미래
// is a word of the built-in lexicon ("future"), so Mirae is no name for
// it until a dictionary gives Mirae for 미래.
func TestGlossaryDict(t *testing.T) {
	dir := t.TempDir()
	pairs := filepath.Join(dir, "pairs")
	if err := os.Mkdir(pairs, 0o755); err != nil {
		t.Fatal(err)
	}
	en, ko, dict := filepath.Join(pairs, "a.en.txt"), filepath.Join(pairs, "a.ko.txt"), filepath.Join(dir, "names.dic")
	for path, text := range map[string]string{
		en:   "Mirae signed the deal with the city of Busan on Monday, its chairman said.\n",
		ko:   "미래는 월요일 부산시와 계약을 체결했다고 회장이 밝혔다.\n",
		dict: "미래 @ Mirae\n",
	} {
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	hasMirae := func(args ...string) bool {
		t.Helper()
		out := filepath.Join(dir, "g.tsv")
		os.Remove(out)
		r := runCLI(t, "", nil, args...)
		if r.code != 0 {
			t.Fatalf("%q: exit %d: %s", args, r.code, r.stderr)
		}
		data, err := os.ReadFile(out)
		if err != nil && !os.IsNotExist(err) {
			t.Fatal(err)
		}
		return strings.Contains(string(data), "미래\tMirae\t")
	}
	g := filepath.Join(dir, "g.tsv")
	if hasMirae("align", en, ko, "-o", os.DevNull, "--glossary", g) {
		t.Error("align: 미래 Mirae without --dict")
	}
	if !hasMirae("align", en, ko, "-o", os.DevNull, "--glossary", g, "--dict", dict) {
		t.Error("align: no 미래 Mirae with --dict")
	}
	if !hasMirae("corpus", pairs, "--glossary", g, "--dict", dict) {
		t.Error("corpus: no 미래 Mirae with --dict")
	}
}
