package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLangsChecked runs align and corpus in process with --langs values:
// a malformed BCP 47 tag, a Korean side tagged with another language
// (the English tag first) and two tags of neither language are usage
// errors (exit 2) naming the tag, and no TMX is written; a valid pair is
// written to the TMX in canonical form.
func TestLangsChecked(t *testing.T) {
	dir := t.TempDir()
	tmxPath := filepath.Join(dir, "out.tmx")
	commands := map[string][]string{
		"align":  {"align", exampleEN, exampleKO, "-f", "beads", "-o", filepath.Join(dir, "beads.txt"), "--tmx", tmxPath, "--date", "20240101T000000Z"},
		"corpus": {"corpus", corpusFixtures + "dir", "--tmx", tmxPath, "--date", "20240101T000000Z", "--force"},
	}
	bad := []struct{ langs, want string }{
		{"en-GB,ko-KR", `"en-GB" would label the Korean text, but it names language en, not ko`},
		{"ja-JP,fr-FR", `"ja-JP" would label the Korean text`},
		{"ko-KR,fr-FR", `"fr-FR" would label the English text, but it names language fr, not en`},
		{"ko-KR,en-US-", `"en-US-" is not a valid BCP 47 language tag`},
		{"ko_KR,zz", `"zz" is not a valid BCP 47 language tag`},
		{"ko-Latn,en", "script Latn is not the Korean script"},
		{"ko-KR", "two tags, Korean first"},
	}
	for name, args := range commands {
		for _, tc := range bad {
			os.Remove(tmxPath)
			r := runIn("", append(append([]string(nil), args...), "--langs", tc.langs)...)
			if r.code != 2 || !strings.Contains(r.stderr, tc.want) {
				t.Errorf("%s --langs %s: exit %d, want 2 and %q:\n%s", name, tc.langs, r.code, tc.want, r.stderr)
			}
			if _, err := os.Stat(tmxPath); err == nil {
				t.Errorf("%s --langs %s: a TMX was written", name, tc.langs)
			}
		}
		os.Remove(tmxPath)
		r := runIn("", append(append([]string(nil), args...), "--langs", "ko_kr,EN-gb", "--srclang", "en-gb")...)
		if r.code != 0 {
			t.Fatalf("%s --langs ko_kr,EN-gb: exit %d:\n%s", name, r.code, r.stderr)
		}
		// The tags are normalized, and the run says so.
		if !strings.Contains(r.stderr, `--langs: "ko_kr" read as ko-KR`) || !strings.Contains(r.stderr, `--langs: "EN-gb" read as en-GB`) {
			t.Errorf("%s: no note of the tags normalized:\n%s", name, r.stderr)
		}
		data, err := os.ReadFile(tmxPath)
		if err != nil {
			t.Fatal(err)
		}
		tmx := string(data)
		if !strings.Contains(tmx, `srclang="en-GB"`) || !strings.Contains(tmx, `<tuv xml:lang="ko-KR">`) || !strings.Contains(tmx, `<tuv xml:lang="en-GB">`) || strings.Contains(tmx, "ko_kr") {
			t.Errorf("%s: the TMX does not carry the canonical tags ko-KR and en-GB (source en-GB):\n%.600s", name, tmx)
		}
	}
}

// TestLangsCanonicalQuiet: tags written as BCP 47 writes them bring no
// note.
func TestLangsCanonicalQuiet(t *testing.T) {
	tmxPath := filepath.Join(t.TempDir(), "out.tmx")
	r := runIn("", "align", exampleEN, exampleKO, "-f", "beads", "--tmx", tmxPath, "--langs", "ko-KR,en-GB")
	if r.code != 0 || strings.Contains(r.stderr, "--langs") {
		t.Errorf("exit %d:\n%s", r.code, r.stderr)
	}
}
