package glossary

import (
	"archive/zip"
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/bitext-ko/bitext/align"
	"github.com/bitext-ko/bitext/align/read"
	"github.com/bitext-ko/bitext/align/render/cell"
	"github.com/bitext-ko/bitext/align/testenv"
)

// The glossaries are loaded by the tools translators use: OmegaT's own
// glossary readers from Debian's omegat package (through the Java harness
// in testdata/omegat), OmegaT's TBX schema, and translate-toolkit, the
// Python library that reads OmegaT glossaries and TBX like memoQ's and
// MultiTerm's pipelines do.

// omegatJar is where Debian's omegat package installs OmegaT.
const omegatJar = "/usr/share/omegat/OmegaT.jar"

// debianPython is the Python that Debian's translate-toolkit package
// installs into (a python3 earlier on PATH may be another one).
const debianPython = "/usr/bin/python3"

// needTool skips the test when a consumer is not installed, and fails it
// under CI (CI set), whose .ci/run installs them: a check CI skips proves
// nothing.
func needTool(t *testing.T, what, install string) {
	t.Helper()
	if os.Getenv("CI") != "" {
		t.Fatalf("%s is not installed, and CI must run this test: .ci/run installs %s", what, install)
	}
	t.Skipf("skipping: %s is not installed (apt-get install %s)", what, install)
}

// consumerSets are the glossaries the consumers load: the names bitext
// finds in the example pair and in the first development pairs (when
// ../shared is there), hand-made entries with several forms, cells a
// spreadsheet would run, quotes, commas and semicolons, and no entries.
func consumerSets(t *testing.T) map[string][]Entry {
	t.Helper()
	b := NewBuilder(Options{})
	b.Add("summit", summitAlignment(t))
	found := b.Entries()
	if docs := firstDevPairs(t, 3); len(docs) > 0 {
		dev := NewBuilder(Options{})
		for id, a := range docs {
			dev.Add(id, a)
		}
		found = Merge(found, dev.Entries())
	}
	quoted := []Entry{
		{Hangul: "조 바이든", Type: Person, Confidence: 1, Romanized: Romanize("조 바이든", Person), Context: "조 바이든 대통령은\n\"동맹\"을 강조했다",
			Forms: []Form{{English: `Joe "Joey" Biden, Jr.`, Count: 2, Docs: 1, Context: "said, \"we\"; then\tleft"}, {English: "Biden; the 46th", Count: 1, Docs: 1}}},
		{Hangul: "서울", Type: Place, Confidence: 0.5, Romanized: Romanize("서울", Place),
			Forms: []Form{{English: "Seoul’s City Hall", Count: 1, Docs: 1, Seen: []Seen{{"a b", "1", "2"}}}}},
	}
	return map[string][]Entry{"found": found, "sample": sampleEntries(), "hostile": hostileEntries(), "quoted": quoted, "empty": nil}
}

// firstDevPairs aligns the first n pairs of the shared development corpus, by
// id; none when it is absent.
func firstDevPairs(t *testing.T, n int) map[string]*align.Alignment {
	const dev = "../../../shared/corpus/dev"
	data, err := os.ReadFile(filepath.Join(dev, "MANIFEST.tsv"))
	if err != nil {
		t.Logf("the development corpus is absent (%v): the example pair only", err)
		return nil
	}
	out := map[string]*align.Alignment{}
	for _, line := range strings.Split(string(data), "\n")[1:] {
		id, _, _ := strings.Cut(line, "\t")
		if id == "" || len(out) == n {
			continue
		}
		en, err := read.File(filepath.Join(dev, id+".en.txt"), nil, read.Options{})
		if err != nil {
			t.Fatal(err)
		}
		ko, err := read.File(filepath.Join(dev, id+".ko.txt"), nil, read.Options{})
		if err != nil {
			t.Fatal(err)
		}
		out[id] = align.Align(en.Paragraphs, ko.Paragraphs, align.Options{MinScore: 0.5})
	}
	return out
}

// omegatEntry is one glossary entry as OmegaT loads it.
type omegatEntry struct{ src, tgt, comment string }

// omegatFile is what OmegaT made of one file: its entries, or that it did
// not load it, or its error.
type omegatFile struct {
	loaded  bool
	err     string
	entries []omegatEntry
}

// omegatHarnessSource is the Java harness that loads glossaries with
// OmegaT's readers.
const omegatHarnessSource = "testdata/omegat/OmegaTGlossary.java"

// omegatHarness returns the directory of the harness compiled against
// OmegaT.jar. javac takes seconds, so the classes are kept in the user's
// cache directory (os.UserCacheDir), under a name made of a hash of the
// harness's source and of OmegaT.jar: compiled once per machine, and again
// whenever either changes. Without a cache directory, it compiles into a
// temporary one.
func omegatHarness(t *testing.T, javac string) string {
	t.Helper()
	h := sha256.New()
	for _, p := range []string{omegatHarnessSource, omegatJar} {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(h, "%s %d\n", p, len(b))
		h.Write(b)
	}
	compile := func(dir string) {
		if out, err := exec.Command(javac, "-encoding", "UTF-8", "-cp", omegatJar, "-d", dir, omegatHarnessSource).CombinedOutput(); err != nil {
			t.Fatalf("javac: %v\n%s", err, out)
		}
	}
	cache, err := os.UserCacheDir()
	if err != nil {
		t.Logf("no cache directory (%v): compiling the OmegaT harness into a temporary one", err)
		dir := t.TempDir()
		compile(dir)
		return dir
	}
	root := filepath.Join(cache, "bitext-test")
	dir := filepath.Join(root, fmt.Sprintf("omegat-harness-%x", h.Sum(nil)[:12]))
	if _, err := os.Stat(filepath.Join(dir, "OmegaTGlossary.class")); err == nil {
		return dir
	}
	// Compiled into a temporary directory and renamed, so that the cache
	// never holds half a harness; another test binary doing the same at
	// once may win the rename, and its classes are as good.
	if err := os.MkdirAll(root, 0o755); err != nil {
		t.Fatal(err)
	}
	tmp, err := os.MkdirTemp(root, "compiling-")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(tmp)
	compile(tmp)
	if err := os.Rename(tmp, dir); err != nil {
		if _, err2 := os.Stat(filepath.Join(dir, "OmegaTGlossary.class")); err2 != nil {
			t.Fatalf("caching the OmegaT harness: %v", err)
		}
	}
	return dir
}

// runOmegaT compiles the harness against OmegaT.jar (once: see
// omegatHarness) and loads the files of each group with the group's
// project languages.
func runOmegaT(t *testing.T, groups [][]string) map[string]*omegatFile {
	t.Helper()
	javac, err1 := exec.LookPath("javac")
	java, err2 := exec.LookPath("java")
	if err1 != nil || err2 != nil {
		needTool(t, "a JDK (javac, java)", "default-jdk-headless")
	}
	if _, err := os.Stat(omegatJar); err != nil {
		needTool(t, "OmegaT ("+omegatJar+")", "omegat")
	}
	classes := omegatHarness(t, javac)
	args := []string{"-Duser.home=" + t.TempDir(), "-Djava.awt.headless=true", "-cp", omegatJar + string(os.PathListSeparator) + classes, "OmegaTGlossary", t.TempDir()}
	for _, g := range groups {
		args = append(args, "-langs")
		args = append(args, g...)
	}
	cmd := exec.Command(java, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("OmegaT harness: %v\n%s", err, stderr.String())
	}
	unescape := strings.NewReplacer(`\\`, `\`, `\t`, "\t", `\r`, "\r", `\n`, "\n")
	files := map[string]*omegatFile{}
	var cur *omegatFile
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		for i := range f {
			f[i] = unescape.Replace(f[i])
		}
		switch {
		case f[0] == "file" && len(f) == 3:
			n, _ := strconv.Atoi(f[2])
			cur = &omegatFile{loaded: n >= 0}
			files[f[1]] = cur
		case f[0] == "error" && len(f) == 3:
			files[f[1]] = &omegatFile{err: f[2]}
			cur = nil
		case f[0] == "entry" && len(f) == 4 && cur != nil:
			cur.entries = append(cur.entries, omegatEntry{f[1], f[2], f[3]})
		default:
			t.Fatalf("OmegaT harness: unexpected line %q", sc.Text())
		}
	}
	return files
}

// consumerFile is one glossary file written for the consumers.
type consumerFile struct {
	set     string
	entries []Entry
	format  Format
	opt     WriteOptions
}

// TestOmegaTLoadsGlossaries writes every set of entries in every format
// OmegaT reads (.txt, .utf8, .tab; .csv with and without a header; TBX v2)
// and has OmegaT 3.6's own glossary code load them, as it loads the files
// of a project's glossary folder: the entries OmegaT shows are those
// bitext wrote, one per English form, with the source, target and comment
// bitext wrote, Hangul intact and no header entry (a CSV --header row is
// one, which is why it is off by default). With --srclang en the English
// term is the source. OmegaT refuses TBX v3 and does not load .tsv, which
// is why .tbx is v2 by default and OmegaT's glossary is .txt.
func TestOmegaTLoadsGlossaries(t *testing.T) {
	testenv.NeedLong(t, "starts OmegaT on a JVM")
	sets := consumerSets(t)
	dir := t.TempDir()
	files := map[string]consumerFile{}
	var koFirst, enFirst []string
	for set, es := range sets {
		for _, v := range []struct {
			name   string
			format Format
			opt    WriteOptions
		}{
			{".txt", TXT, WriteOptions{}}, {".utf8", TXT, WriteOptions{}}, {".tab", TXT, WriteOptions{}},
			{"-en.txt", TXT, WriteOptions{EnglishSource: true}}, {"-safe.txt", TXT, WriteOptions{SafeCells: true}},
			{".csv", CSV, WriteOptions{}}, {"-header.csv", CSV, WriteOptions{Header: true}}, {"-en.csv", CSV, WriteOptions{EnglishSource: true}},
			{".tbx", TBX, WriteOptions{}}, {"-en.tbx", TBX, WriteOptions{EnglishSource: true}}, {"-v3.tbx", TBX, WriteOptions{TBXVersion: 3}},
			{".tsv", TSV, WriteOptions{}},
		} {
			path := filepath.Join(dir, set+v.name)
			var buf bytes.Buffer
			if err := WriteWith(&buf, es, v.format, v.opt); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			files[path] = consumerFile{set, withForms(es), v.format, v.opt}
			if v.opt.EnglishSource {
				enFirst = append(enFirst, path)
			} else {
				koFirst = append(koFirst, path)
			}
		}
	}
	got := runOmegaT(t, [][]string{append([]string{"ko-KR", "en-US"}, koFirst...), append([]string{"en-US", "ko-KR"}, enFirst...)})

	for path, cf := range files {
		name := filepath.Base(path)
		g := got[path]
		if g == nil {
			t.Errorf("%s: the harness says nothing of it", name)
			continue
		}
		switch {
		case cf.format == TSV:
			if g.loaded || g.err != "" {
				t.Errorf("%s: OmegaT loaded a .tsv (%d entries, error %q): the README says it does not", name, len(g.entries), g.err)
			}
			continue
		case cf.format == TBX && cf.opt.TBXVersion == 3:
			if !strings.Contains(g.err, "unexpected element") || !strings.Contains(g.err, `local:"tbx"`) {
				t.Errorf("%s: OmegaT read TBX v3 (error %q): the README says it refuses it", name, g.err)
			}
			continue
		}
		if g.err != "" || !g.loaded {
			t.Errorf("%s: OmegaT did not load it: %q", name, g.err)
			continue
		}
		want := omegatExpected(cf)
		if cf.format == TBX {
			compareTBX(t, name, cf, g.entries)
			continue
		}
		if len(g.entries) != len(want) {
			t.Errorf("%s: OmegaT loaded %d entries, bitext wrote %d", name, len(g.entries), len(want))
		}
		for i := 0; i < len(want) && i < len(g.entries); i++ {
			if g.entries[i] != want[i] {
				t.Errorf("%s entry %d: OmegaT shows\n%q, bitext wrote\n%q", name, i, g.entries[i], want[i])
			}
		}
	}
}

// omegatExpected is what OmegaT should show of a TXT or CSV file: each
// form's source, target and comment as bitext wrote the cells (a CSV with
// a header row starts with it).
func omegatExpected(cf consumerFile) []omegatEntry {
	var want []omegatEntry
	if cf.format == CSV && cf.opt.Header {
		h := headerRow(cf.opt.EnglishSource)
		want = append(want, omegatEntry{h[0], h[1], h[2]})
	}
	cells := cell.Reversible
	if cf.format == CSV || cf.opt.SafeCells {
		cells = cell.Neutralize
	}
	for i := range cf.entries {
		e := &cf.entries[i]
		for j := range e.Forms {
			f := &e.Forms[j]
			src, tgt := e.Hangul, f.English
			if cf.opt.EnglishSource {
				src, tgt = tgt, src
			}
			comment := formComment(e, f, false) // TXT
			if cf.format == CSV {
				comment = string(e.Type) // the third column
			}
			want = append(want, omegatEntry{cells(clean(src)), cells(clean(tgt)), cells(clean(comment))})
		}
	}
	return want
}

// compareTBX checks OmegaT's entries of a TBX v2 file: one per English
// form, source and target as written (English first with EnglishSource),
// the comment starting with the concept's note (type, confidence,
// romanizations) and holding the Korean context. The empty glossary's
// placeholder concept shows no term (an entry with an empty source when
// Korean is the source, which matches no text).
func compareTBX(t *testing.T, name string, cf consumerFile, got []omegatEntry) {
	t.Helper()
	if len(cf.entries) == 0 {
		for _, g := range got {
			if g.src != "" || g.tgt != "" {
				t.Errorf("%s: the empty glossary shows %q, want no term", name, got)
			}
		}
		return
	}
	concepts := tbxConcepts(cf.entries)
	i := 0
	for k := range cf.entries {
		e := &cf.entries[k]
		for _, f := range e.Forms {
			if i >= len(got) {
				t.Errorf("%s: OmegaT loaded %d entries, bitext wrote more", name, len(got))
				return
			}
			src, tgt := xmlSafe(e.Hangul), xmlSafe(f.English)
			if cf.opt.EnglishSource {
				src, tgt = tgt, src
			}
			g := got[i]
			first, _, _ := strings.Cut(g.comment, "\n")
			if g.src != src || g.tgt != tgt || first != concepts[k].notes[0] {
				t.Errorf("%s entry %d: OmegaT shows %q / %q / %q…, bitext wrote %q / %q / %q", name, i, g.src, g.tgt, first, src, tgt, concepts[k].notes[0])
			}
			if e.Context != "" && !strings.Contains(g.comment, "context: "+xmlSafe(e.Context)) {
				t.Errorf("%s entry %d: OmegaT's comment %q lacks the Korean context", name, i, g.comment)
			}
			i++
		}
	}
	if i != len(got) {
		t.Errorf("%s: OmegaT loaded %d entries, bitext wrote %d", name, len(got), i)
	}
}

// TestTBX2ValidatesWithOmegaTSchema validates the TBX v2 bitext writes,
// every set in both directions, against the TBX schema that OmegaT ships
// in OmegaT.jar (schemas/tbx.xsd, with the xml.xsd it imports), read from
// the jar, with xmllint --schema.
func TestTBX2ValidatesWithOmegaTSchema(t *testing.T) {
	testenv.NeedLong(t, "starts xmllint")
	xmllint := testenv.Program(t, "xmllint", "libxml2-utils")
	zr, err := zip.OpenReader(omegatJar)
	if err != nil {
		needTool(t, "OmegaT ("+omegatJar+")", "omegat")
	}
	defer zr.Close()
	schemas := t.TempDir()
	for _, name := range []string{"schemas/tbx.xsd", "schemas/xml.xsd"} {
		f, err := zr.Open(name)
		if err != nil {
			t.Fatalf("%s in %s: %v", name, omegatJar, err)
		}
		data, err := io.ReadAll(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(schemas, filepath.Base(name)), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	dir := t.TempDir()
	args := []string{"--noout", "--nonet", "--schema", filepath.Join(schemas, "tbx.xsd")}
	for set, es := range consumerSets(t) {
		for _, englishFirst := range []bool{false, true} {
			var buf bytes.Buffer
			if err := WriteWith(&buf, es, TBX, WriteOptions{EnglishSource: englishFirst}); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(dir, fmt.Sprintf("%s-%v.tbx", set, englishFirst))
			if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			args = append(args, path)
		}
	}
	if out, err := exec.Command(xmllint, args...).CombinedOutput(); err != nil {
		t.Errorf("xmllint --schema tbx.xsd (OmegaT's): %v\n%s", err, out)
	}
	// The check can fail: v3 does not validate against it.
	var v3 bytes.Buffer
	if err := WriteWith(&v3, sampleEntries(), TBX, WriteOptions{TBXVersion: 3}); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, "v3.tbx")
	os.WriteFile(p, v3.Bytes(), 0o644)
	if out, err := exec.Command(xmllint, "--noout", "--nonet", "--schema", filepath.Join(schemas, "tbx.xsd"), p).CombinedOutput(); err == nil {
		t.Errorf("TBX v3 validates against OmegaT's TBX v2 schema:\n%s", out)
	}
}

// readWithTranslateToolkit prints, for each file, its units as
// translate-toolkit reads them: OmegaT glossaries (.txt) with
// translate.storage.omegat, TBX with translate.storage.tbx.
const readWithTranslateToolkit = `
import json, sys
from translate.storage import omegat, tbx
out = {}
for path in sys.argv[1:]:
    with open(path, "rb") as f:
        store = tbx.tbxfile(f) if path.endswith(".tbx") else omegat.OmegaTFile(f)
    out[path] = [[u.source or "", u.target or "", u.getnotes() or ""] for u in store.units if u.source or u.target]
json.dump(out, sys.stdout)
`

// TestTranslateToolkitReadsGlossaries has translate-toolkit read the
// OmegaT glossaries (.txt, both directions) and the TBX v2 files (both
// directions) of every set: the same units as bitext wrote, one per form
// for .txt with its comment as the note, one per concept for TBX with the
// preferred English form and the concept's note. translate-toolkit's TBX
// reader takes TBX v2 <martif> only, as memoQ and MultiTerm import it;
// it is the check of the TBX import that needs no proprietary tool.
func TestTranslateToolkitReadsGlossaries(t *testing.T) {
	testenv.NeedLong(t, "starts translate-toolkit")
	if err := exec.Command(debianPython, "-c", "import translate.storage.tbx, translate.storage.omegat").Run(); err != nil {
		needTool(t, "translate-toolkit (for "+debianPython+")", "translate-toolkit")
	}
	dir := t.TempDir()
	files := map[string]consumerFile{}
	args := []string{"-c", readWithTranslateToolkit}
	for set, es := range consumerSets(t) {
		for _, v := range []consumerFile{{format: TXT}, {format: TXT, opt: WriteOptions{EnglishSource: true}}, {format: TBX}, {format: TBX, opt: WriteOptions{EnglishSource: true}}} {
			path := filepath.Join(dir, fmt.Sprintf("%s-%v.%s", set, v.opt.EnglishSource, v.format))
			var buf bytes.Buffer
			if err := WriteWith(&buf, es, v.format, v.opt); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			v.set, v.entries = set, withForms(es)
			files[path] = v
			args = append(args, path)
		}
	}
	out, err := exec.Command(debianPython, args...).Output()
	if err != nil {
		t.Fatalf("translate-toolkit: %v", err)
	}
	var got map[string][][3]string
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatal(err)
	}
	for path, cf := range files {
		name := filepath.Base(path)
		var want [][3]string
		if cf.format == TXT {
			for _, e := range omegatExpected(cf) {
				want = append(want, [3]string{e.src, e.tgt, e.comment})
			}
		} else if len(cf.entries) > 0 { // the empty glossary's placeholder has no unit
			for _, c := range tbxConcepts(cf.entries) {
				src, tgt := c.ko.Term, c.en[0].Term
				if cf.opt.EnglishSource {
					src, tgt = tgt, src
				}
				want = append(want, [3]string{src, tgt, c.notes[0]})
			}
		}
		units := got[path]
		if len(units) != len(want) {
			t.Errorf("%s: translate-toolkit read %d units, bitext wrote %d", name, len(units), len(want))
			continue
		}
		for i := range want {
			u := units[i]
			note := u[2]
			if cf.format == TBX {
				note, _, _ = strings.Cut(note, "\n") // then the term notes
			}
			if u[0] != want[i][0] || u[1] != want[i][1] || note != want[i][2] {
				t.Errorf("%s unit %d: translate-toolkit reads %q, bitext wrote %q", name, i, u, want[i])
			}
		}
	}
}
