package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bitext-ko/bitext/tm/alignfile"
)

// wrapAt cuts each line of text at spaces into lines of at most width
// runes, as a text wrapped at a fixed width is.
func wrapAt(text string, width int) string {
	var b strings.Builder
	for _, line := range strings.Split(text, "\n") {
		n := 0
		for i, w := range strings.Fields(line) {
			l := len([]rune(w))
			if i > 0 && n+1+l > width {
				b.WriteString("\n")
				n = 0
			} else if i > 0 {
				b.WriteString(" ")
				n++
			}
			b.WriteString(w)
			n += l
		}
		b.WriteString("\n")
	}
	return b.String()
}

// TestParagraphModesReview: an alignment file that align or corpus
// --alignments made with --paragraphs line or blank records the rule,
// opens in review (an edit is accepted: the inputs are not "changed") and
// exports. The inputs are the example pair wrapped at a fixed width (for
// line) and without its blank lines (for blank), where the rule cuts
// otherwise than auto.
func TestParagraphModesReview(t *testing.T) {
	en0, ko0 := string(mustRead(t, exampleEN)), string(mustRead(t, exampleKO))
	inputs := map[string][2]string{
		"line":  {wrapAt(en0, 50), wrapAt(ko0, 25)},
		"blank": {strings.ReplaceAll(en0, "\n\n", "\n"), strings.ReplaceAll(ko0, "\n\n", "\n")},
	}
	for _, tc := range []struct{ mode, command string }{
		{"line", "align"}, {"blank", "align"}, {"line", "corpus"}, {"blank", "corpus"},
	} {
		t.Run(tc.command+" --paragraphs "+tc.mode, func(t *testing.T) {
			dir := t.TempDir()
			in := filepath.Join(dir, "in")
			os.Mkdir(in, 0o755)
			en, ko := filepath.Join(in, "wrap.en.txt"), filepath.Join(in, "wrap.ko.txt")
			os.WriteFile(en, []byte(inputs[tc.mode][0]), 0o644)
			os.WriteFile(ko, []byte(inputs[tc.mode][1]), 0o644)
			var file string // the pair's alignment file
			var review, export []string
			if tc.command == "align" {
				file = filepath.Join(dir, "wrap.json")
				if r := runT(t, "align", en, ko, "--paragraphs", tc.mode, "-f", "json", "-o", file); r.code != 0 {
					t.Fatal(r.stderr)
				}
				review, export = []string{file}, []string{"export", file}
			} else {
				al := filepath.Join(dir, "al")
				if r := runT(t, "corpus", in, "--paragraphs", tc.mode, "--alignments", al, "--tmx", filepath.Join(dir, "c.tmx")); r.code != 0 {
					t.Fatal(r.stderr)
				}
				file = filepath.Join(al, "wrap.alignment.json")
				review, export = []string{"--corpus", al}, []string{"export", al}
			}
			f, err := alignfile.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			auto := runT(t, "align", en, ko, "-f", "json")
			fa, err := alignfile.Decode([]byte(auto.stdout))
			if err != nil {
				t.Fatal(err)
			}
			if f.Settings.Paragraphs != tc.mode || len(f.EN.Paragraphs) == len(fa.EN.Paragraphs) {
				t.Fatalf("settings.paragraphs %q, %d English paragraphs (auto: %d)", f.Settings.Paragraphs, len(f.EN.Paragraphs), len(fa.EN.Paragraphs))
			}
			rv := startReview(t, review...)
			st := rv.call("GET", "api/state", nil)
			if st["document"] != "wrap" {
				t.Errorf("reviewing %v", st["document"])
			}
			// Confirm a flagged bead that pairs paragraphs: it comes into
			// the TMX only once confirmed.
			bead := -1
			for i, b := range st["beads"].([]any) {
				if b := b.(map[string]any); bead < 0 && b["flagged"] == true && len(b["en"].([]any)) > 0 && len(b["ko"].([]any)) > 0 {
					bead = i
				}
			}
			if bead < 0 {
				t.Fatal("no flagged bead to confirm")
			}
			rv.call("POST", "api/edit", map[string]any{"rev": st["rev"], "op": "confirm", "bead": bead})
			rv.call("POST", "api/save", struct{}{})
			rv.call("POST", "api/quit", struct{}{})
			if code := rv.wait(); code != 0 {
				t.Fatalf("review: exit %d: %s", code, rv.stderr.String())
			}
			out := filepath.Join(dir, "e.tmx")
			if r := runT(t, append(export, "--tmx", out)...); r.code != 0 || !strings.Contains(r.stderr, "1 of them confirmed or edited") {
				t.Fatalf("export: exit %d: %s", r.code, r.stderr)
			}
		})
	}
}
