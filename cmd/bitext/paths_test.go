package main

import (
	"bufio"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/bitext-ko/bitext/align/testenv"
	"github.com/bitext-ko/bitext/tm/alignfile"
)

// snapshot returns every file under root by its path relative to root:
// its bytes, or "-> target" for a symbolic link.
func snapshot(t *testing.T, root string) map[string]string {
	t.Helper()
	files := map[string]string{}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		switch {
		case d.Type()&fs.ModeSymlink != 0:
			dest, err := os.Readlink(p)
			files[rel] = "-> " + dest
			return err
		case d.IsDir():
			files[rel+"/"] = ""
		default:
			b, err := os.ReadFile(p)
			files[rel] = string(b)
			return err
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// sameSnapshot reports the paths whose contents differ between two
// snapshots.
func sameSnapshot(t *testing.T, what string, before, after map[string]string) {
	t.Helper()
	keys := slices.Sorted(maps.Keys(before))
	for k := range after {
		if _, ok := before[k]; !ok {
			keys = append(keys, k)
		}
	}
	for _, k := range keys {
		if before[k] != after[k] {
			b, a := before[k], after[k]
			t.Errorf("%s: %s changed (%d bytes before, %d after: %.60q)", what, k, len(b), len(a), a)
		}
	}
}

// TestExportOutputIsInput: bitext export and the review's export refuse,
// as usage errors before any work, outputs that would write over a file
// they read: the inputs an alignment file names (found relative to it,
// through links), its dictionary, a corpus's directory of alignment files
// (its index, the review's progress, the files), and the sources of a
// corpus's pairs. Every file is byte-identical afterwards.
func TestExportOutputIsInput(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	if err := os.CopyFS(in, os.DirFS(corpusFixtures+"dir")); err != nil {
		t.Fatal(err)
	}
	en, ko := filepath.Join(in, "politics", "summit.en.txt"), filepath.Join(in, "politics", "summit.ko.txt")
	dict := filepath.Join(dir, "dict.txt")
	os.WriteFile(dict, []byte("정상회담 @ summit\n"), 0o644)
	pair := filepath.Join(dir, "pair", "pair.json")
	os.Mkdir(filepath.Dir(pair), 0o755)
	if r := runT(t, "align", en, ko, "--dict", dict, "-f", "json", "-o", pair); r.code != 0 {
		t.Fatalf("align: exit %d: %s", r.code, r.stderr)
	}
	al := filepath.Join(dir, "al")
	if r := runT(t, "corpus", in, "--alignments", al, "--date", testDate); r.code != 0 {
		t.Fatalf("corpus: exit %d: %s", r.code, r.stderr)
	}
	soft, hard := filepath.Join(dir, "soft.tmx"), filepath.Join(dir, "hard.tmx")
	if os.Symlink(en, soft) != nil || os.Link(ko, hard) != nil {
		t.Skip("no links here")
	}
	out := filepath.Join(dir, "out.tmx")
	rates := filepath.Join(in, "economy", "rates.ko.txt")
	alignment := filepath.Join(al, "politics", "summit.alignment.json")
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"the English input", []string{"export", pair, "--tmx", en}, "--tmx and the English input of " + pair + " are the same file, " + en},
		{"the Korean input", []string{"export", pair, "--tmx", out, "--glossary", ko, "--glossary-format", "tsv"}, "--glossary and the Korean input of " + pair},
		{"a link to an input", []string{"export", pair, "--tmx", soft}, "--tmx (" + soft + ") and the English input of " + pair + " (" + en + ") are the same file"},
		{"a hard link to an input", []string{"export", pair, "--tmx", hard}, "the Korean input of " + pair},
		{"the dictionary", []string{"export", pair, "--tmx", dict}, "--tmx and the dictionary of " + pair + " are the same file"},
		{"the alignment file", []string{"export", pair, "--tmx", pair}, "--tmx and the alignment file are the same file, " + pair},
		{"the corpus index", []string{"export", al, "--tmx", filepath.Join(al, "index.jsonl")}, "--tmx (" + filepath.Join(al, "index.jsonl") + ") is inside the directory of alignment files, " + al},
		{"the review's progress", []string{"export", al, "--tmx", filepath.Join(al, "review-progress.json")}, "is inside the directory of alignment files"},
		{"a pair's alignment file", []string{"export", al, "--tmx", alignment}, "is inside the directory of alignment files"},
		{"the directory", []string{"export", al, "--glossary", al, "--glossary-format", "tsv"}, "--glossary and the directory of alignment files are the same path, " + al},
		{"a corpus source", []string{"export", al, "--tmx", out, "--glossary", rates, "--glossary-format", "tsv"}, "--glossary and the Korean input of " + filepath.Join(al, "economy", "rates.alignment.json") + " are the same file, " + rates},
		{"review: the English input", []string{"review", pair, "--tmx", en, "--no-open"}, "--tmx and the English input of " + pair},
		{"review: the draft", []string{"review", pair, "--tmx", filepath.Join(dir, "pair", "pair.draft.json"), "--no-open"}, "--tmx and its draft are the same file"},
		{"review: an input to align", []string{"review", en, ko, "-o", filepath.Join(dir, "new.json"), "--tmx", ko, "--no-open"}, "--tmx and input " + ko},
		{"review: the corpus index", []string{"review", "--corpus", al, "--tmx", filepath.Join(al, "index.jsonl"), "--no-open"}, "is inside the directory of alignment files, " + al},
		{"review: a corpus source", []string{"review", "--corpus", al, "--glossary", en, "--glossary-format", "tsv", "--no-open"}, "--glossary and the English input of " + alignment},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before := snapshot(t, dir)
			r := runT(t, tc.args...)
			if r.code != 2 || !strings.Contains(r.stderr, tc.want) {
				t.Errorf("exit %d, want 2 and %q: %s", r.code, tc.want, r.stderr)
			}
			sameSnapshot(t, tc.name, before, snapshot(t, dir))
		})
	}
	// The check is no wider than it should be: an output beside the
	// inputs is written.
	if r := runT(t, "export", pair, al, "--tmx", out); r.code != 0 {
		t.Errorf("export to %s: exit %d: %s", out, r.code, r.stderr)
	}
}

// TestCorpusOutputsPaths: bitext corpus refuses, as usage errors before
// any work, an output that is the alignments directory, or inside it (only
// the index and the directory's report.json belong there: a TMX inside
// could be renamed over a reviewed alignment file), and an output with
// several names, whose lock a run writing the other name would not see.
// Every file is byte-identical afterwards and nothing is made.
func TestCorpusOutputsPaths(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	if err := os.CopyFS(in, os.DirFS(corpusFixtures+"dir")); err != nil {
		t.Fatal(err)
	}
	al, u := filepath.Join(dir, "al"), filepath.Join(dir, "u")
	os.Mkdir(u, 0o755)
	out := filepath.Join(dir, "out.tmx")
	if r := runT(t, "corpus", in, "--alignments", al, "--tmx", out, "--date", testDate); r.code != 0 {
		t.Fatalf("corpus: exit %d: %s", r.code, r.stderr)
	}
	reviewed := filepath.Join(al, "politics", "summit.alignment.json")
	f, err := alignfile.ReadFile(reviewed)
	if err != nil {
		t.Fatal(err)
	}
	f.Beads[0].Status = alignfile.StatusConfirmed
	if err := alignfile.WriteFile(reviewed, f); err != nil {
		t.Fatal(err)
	}
	hard := filepath.Join(u, "hard.tmx")
	if err := os.Link(out, hard); err != nil {
		t.Skip("no hard links here:", err)
	}
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"the TMX is the directory", []string{"--tmx", filepath.Join(u, "o.tmx"), "--alignments", filepath.Join(u, "o.tmx")}, "the TMX and the alignments directory are the same path, " + filepath.Join(u, "o.tmx")},
		{"the glossary is the directory", []string{"--glossary", filepath.Join(u, "g.tsv"), "--alignments", filepath.Join(u, "g.tsv")}, "the glossary and the alignments directory are the same path"},
		{"the default report is the directory", []string{"--tmx", filepath.Join(u, "o.tmx"), "--alignments", filepath.Join(u, "o.report.json")}, "the report and the alignments directory are the same path, " + filepath.Join(u, "o.report.json")},
		{"a lock file is the directory", []string{"--tmx", filepath.Join(u, "y.tmx"), "--alignments", filepath.Join(u, ".y.tmx.bitext-lock")}, "the lock of the TMX"},
		{"the TMX is a reviewed alignment file", []string{"--tmx", reviewed, "--alignments", al, "--force", "--report", filepath.Join(u, "r.json")}, "the TMX (" + reviewed + ") is inside the alignments directory, " + al},
		{"the TMX is a new file inside", []string{"--tmx", filepath.Join(al, "corpus.tmx"), "--alignments", al}, "is inside the alignments directory"},
		{"the report is inside", []string{"--tmx", filepath.Join(u, "x.tmx"), "--report", filepath.Join(al, "r.json"), "--alignments", al}, "the report (" + filepath.Join(al, "r.json") + ") is inside"},
		{"the glossary is inside", []string{"--glossary", filepath.Join(al, "names.tsv"), "--alignments", al}, "the glossary (" + filepath.Join(al, "names.tsv") + ") is inside"},
		{"a hard link to a locked output", []string{"--tmx", hard}, "the TMX (" + hard + ") is a file with 2 names"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before := snapshot(t, dir)
			r := runT(t, append([]string{"corpus", in}, tc.args...)...)
			if r.code != 2 || !strings.Contains(r.stderr, tc.want) {
				t.Errorf("exit %d, want 2 and %q: %s", r.code, tc.want, r.stderr)
			}
			sameSnapshot(t, tc.name, before, snapshot(t, dir))
		})
	}
}

// TestLockNamesHolder: a command refused because a directory of alignment
// files is in use names what holds it, here a review of the corpus (it
// used to say "a corpus run is writing"), by its process id and command.
func TestLockNamesHolder(t *testing.T) {
	testenv.NeedLong(t, builtCommand)
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	if err := os.CopyFS(in, os.DirFS(corpusFixtures+"dir")); err != nil {
		t.Fatal(err)
	}
	al := filepath.Join(dir, "al")
	if r := runT(t, "corpus", in, "--alignments", al, "--date", testDate); r.code != 0 {
		t.Fatalf("corpus: exit %d: %s", r.code, r.stderr)
	}
	review := exec.Command(bitext(t), "review", "--corpus", al, "--no-open")
	stdout, err := review.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := review.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { review.Process.Kill(); review.Wait() })
	if line, err := bufio.NewReader(stdout).ReadString('\n'); err != nil || !strings.HasPrefix(line, "http://127.0.0.1:") {
		t.Fatalf("review: %q, %v", line, err)
	}
	holder := fmt.Sprintf("another process (pid %d: bitext review --corpus %s --no-open) holds the lock", review.Process.Pid, al)
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"export", []string{"export", al, "--tmx", filepath.Join(dir, "x.tmx")}, al + " is in use: " + holder},
		{"corpus", []string{"corpus", in, "--alignments", al, "--tmx", filepath.Join(dir, "y.tmx")}, filepath.Join(al, "index.jsonl") + " is in use: " + holder},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before := snapshot(t, dir)
			r := runT(t, tc.args...)
			if r.code != 1 || !strings.Contains(r.stderr, tc.want) || strings.Contains(r.stderr, "corpus run") {
				t.Errorf("exit %d, want 1 and %q: %s", r.code, tc.want, r.stderr)
			}
			sameSnapshot(t, tc.name, before, snapshot(t, dir))
		})
	}
}

// TestOutputThroughDanglingLink: an output that is a symbolic link to a
// file not there yet is written where the link points, and the link stays
// (it used to be replaced by a regular file), for each command.
func TestOutputThroughDanglingLink(t *testing.T) {
	dir := t.TempDir()
	pair := filepath.Join(dir, "pair.json")
	if r := runT(t, "align", exampleEN, exampleKO, "-f", "json", "-o", pair); r.code != 0 {
		t.Fatalf("align: exit %d: %s", r.code, r.stderr)
	}
	tests := []struct {
		name string
		args func(link string) []string
		want string // in the target
	}{
		{"align -o", func(link string) []string { return []string{"align", exampleEN, exampleKO, "-o", link} }, "Seoul and Washington"},
		{"align --tmx", func(link string) []string { return []string{"align", exampleEN, exampleKO, "-o", "-", "--tmx", link} }, "<tmx "},
		{"export --glossary", func(link string) []string {
			return []string{"export", pair, "--glossary", link, "--glossary-format", "tsv"}
		}, "\t"},
		{"corpus --tmx", func(link string) []string {
			return []string{"corpus", corpusFixtures + "dir", "--tmx", link, "--report", link + ".report.json"}
		}, "<tmx "},
	}
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			target, link := filepath.Join(dir, fmt.Sprintf("target%d", i)), filepath.Join(dir, fmt.Sprintf("link%d", i))
			if err := os.Symlink(filepath.Base(target), link); err != nil {
				t.Skip("no symbolic links here:", err)
			}
			if r := runT(t, tc.args(link)...); r.code != 0 {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
				t.Errorf("%s is no longer a link (%v)", link, err)
			}
			if b, err := os.ReadFile(target); err != nil || !strings.Contains(string(b), tc.want) {
				t.Errorf("the target holds %.80q (%v), want %q in it", b, err, tc.want)
			}
		})
	}
}
