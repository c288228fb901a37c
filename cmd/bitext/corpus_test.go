package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bitext-ko/bitext/align/testenv"
	"github.com/bitext-ko/bitext/tm/atomicfile"
	"github.com/bitext-ko/bitext/tm/corpus"
)

const corpusFixtures = "../../testdata/corpus/"

// readCorpusReport reads a corpus report.
func readCorpusReport(t *testing.T, path string) *corpus.Report {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rep, err := corpus.ReadReport(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return rep
}

func pairStatuses(rep *corpus.Report) []string {
	var s []string
	for _, p := range rep.Pairs {
		s = append(s, p.ID+" "+string(p.Status))
	}
	return s
}

// noTemporaryFiles fails if an output's temporary file or lock file was
// left in dir.
func noTemporaryFiles(t *testing.T, dir string) {
	t.Helper()
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if atomicfile.IsTemp(e.Name()) || strings.HasSuffix(e.Name(), ".bitext-lock") {
			t.Errorf("temporary file left behind: %s", e.Name())
		}
	}
}

func TestCorpusDirectory(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out.tmx")
	r := runCLI(t, "", nil, "corpus", corpusFixtures+"dir", "--tmx", out, "--date", "20260101T000000Z")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, want := range []string{"4 pairs", "4 aligned", "units exported", "review.en.txt: no Korean partner", "1 unpaired files", "lowest confidence: ", "report: " + filepath.Join(dir, "out.report.json")} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
		}
	}
	rep := readCorpusReport(t, filepath.Join(dir, "out.report.json"))
	want := []string{"culture/festival ok", "economy/exports ok", "economy/rates ok", "politics/summit ok"}
	if got := pairStatuses(rep); !reflect.DeepEqual(got, want) {
		t.Errorf("pairs %q, want %q", got, want)
	}
	if len(rep.Problems) != 1 || rep.Problems[0].Kind != corpus.Unpaired || !rep.Summary.Complete {
		t.Errorf("problems %+v, summary %+v", rep.Problems, rep.Summary)
	}
	ids := tmxUnitIDs(t, out)
	if len(ids) != rep.Summary.Units || len(ids) < 10 || !strings.HasPrefix(ids[0], "culture/festival:") {
		t.Errorf("%d units, report says %d: %q", len(ids), rep.Summary.Units, ids)
	}
	tmxValidate(t, out)
	noTemporaryFiles(t, dir)
}

func TestCorpusSameOutputWhateverTheJobs(t *testing.T) {
	var outs [][]byte
	var reports []string
	for _, jobs := range []string{"1", "2"} {
		dir := t.TempDir()
		out := filepath.Join(dir, "out.tmx")
		r := runCLI(t, "", nil, "corpus", corpusFixtures+"good.tsv", "--tmx", out, "--jobs", jobs, "--date", "2026-01-01T00:00:00Z", "--level", "sentence")
		if r.code != 0 {
			t.Fatalf("jobs %s: exit %d: %s", jobs, r.code, r.stderr)
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		rep, err := os.ReadFile(filepath.Join(dir, "out.report.json"))
		if err != nil {
			t.Fatal(err)
		}
		outs = append(outs, b)
		reports = append(reports, strings.ReplaceAll(string(rep), dir, "DIR"))
	}
	if !bytes.Equal(outs[0], outs[1]) {
		t.Error("the TMX files of --jobs 1 and --jobs 2 differ")
	}
	if reports[0] != reports[1] {
		t.Errorf("the reports of --jobs 1 and --jobs 2 differ:\n%s\n%s", reports[0], reports[1])
	}
	if !bytes.Contains(outs[0], []byte(`creationdate="20260101T000000Z"`)) || !bytes.Contains(outs[0], []byte(`segtype="sentence"`)) {
		t.Error("the TMX lacks the fixed date or the sentence segment type")
	}
}

func TestCorpusShardsMergeToTheWhole(t *testing.T) {
	dir := t.TempDir()
	whole := filepath.Join(dir, "whole.tmx")
	if r := runCLI(t, "", nil, "corpus", corpusFixtures+"good.tsv", "--tmx", whole); r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	var shards []string
	var shardIDs []string
	for i := range 3 {
		out := filepath.Join(dir, "shard"+string(rune('0'+i))+".tmx")
		r := runCLI(t, "", nil, "corpus", corpusFixtures+"good.tsv", "--shard", string(rune('0'+i))+"/3", "--tmx", out)
		if r.code != 0 {
			t.Fatalf("shard %d: exit %d: %s", i, r.code, r.stderr)
		}
		shards = append(shards, out)
		for _, p := range readCorpusReport(t, strings.TrimSuffix(out, ".tmx")+".report.json").Pairs {
			shardIDs = append(shardIDs, p.ID)
		}
	}
	slices.Sort(shardIDs)
	if want := []string{"exports", "festival", "rates", "summit"}; !reflect.DeepEqual(shardIDs, want) {
		t.Fatalf("the shards did %q, want each pair once: %q", shardIDs, want)
	}
	merged := filepath.Join(dir, "merged.tmx")
	if r := runCLI(t, "", nil, append(append([]string{"tmx", "merge"}, shards...), "-o", merged)...); r.code != 0 {
		t.Fatalf("merge: exit %d: %s", r.code, r.stderr)
	}
	got, want := tmxUnitIDs(t, merged), tmxUnitIDs(t, whole)
	slices.Sort(got)
	slices.Sort(want)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("merged shards have units\n%q\nthe whole run\n%q", got, want)
	}
}

// goodManifest writes the first n pairs of good.tsv, with absolute
// paths, to a manifest in dir.
func goodManifest(t *testing.T, dir, name string, n int) string {
	t.Helper()
	good, err := os.ReadFile(corpusFixtures + "good.tsv")
	if err != nil {
		t.Fatal(err)
	}
	abs, _ := filepath.Abs(corpusFixtures)
	var b strings.Builder
	for _, l := range strings.SplitAfter(string(good), "\n")[:n] {
		if f := strings.Split(l, "\t"); len(f) == 3 {
			b.WriteString(f[0] + "\t" + filepath.Join(abs, f[1]) + "\t" + filepath.Join(abs, strings.TrimSpace(f[2])) + "\n")
		}
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// dirFiles returns every file in dir with its contents.
func dirFiles(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string]string{}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		files[e.Name()] = string(b)
	}
	return files
}

func TestCorpusResume(t *testing.T) {
	dir := t.TempDir()
	// The first run sees two pairs, the second the whole list.
	two := goodManifest(t, dir, "two.tsv", 2)
	list := goodManifest(t, dir, "all.tsv", 4)
	out := filepath.Join(dir, "out.tmx")
	report := filepath.Join(dir, "run.json")
	// JSON holds every count and confidence of the glossary.
	gloss := filepath.Join(dir, "names.json")
	args := func(input string, extra ...string) []string {
		return append([]string{"corpus", input, "--tmx", out, "--glossary", gloss, "--report", report, "--date", "20260101T000000Z"}, extra...)
	}
	if r := runCLI(t, "", nil, args(two)...); r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	r := runCLI(t, "", nil, args(list)...)
	if r.code != 0 || !strings.Contains(r.stderr, "2 aligned, 2 resumed") {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	resumed, _ := os.ReadFile(out)

	// One run over the whole list writes the same TMX and the same
	// glossary, confidences included.
	fresh := filepath.Join(dir, "fresh.tmx")
	freshGloss := filepath.Join(dir, "fresh.json")
	if r := runCLI(t, "", nil, "corpus", list, "--tmx", fresh, "--glossary", freshGloss, "--date", "20260101T000000Z"); r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if b, _ := os.ReadFile(fresh); !bytes.Equal(b, resumed) {
		t.Error("a resumed run's TMX differs from a single run's")
	}
	g1, _ := os.ReadFile(gloss)
	g2, _ := os.ReadFile(freshGloss)
	if len(g1) == 0 || !bytes.Equal(g1, g2) {
		t.Errorf("a resumed run's glossary differs from a single run's:\n%s\n%s", g1, g2)
	}

	// Nothing left: everything is resumed. --force starts over.
	if r := runCLI(t, "", nil, args(list)...); r.code != 0 || !strings.Contains(r.stderr, "0 aligned, 4 resumed") {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if r := runCLI(t, "", nil, args(list, "--force")...); r.code != 0 || !strings.Contains(r.stderr, "4 aligned, 0 resumed") {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	// Other settings are refused, and the outputs stay as they were.
	before, _ := os.ReadFile(report)
	r = runCLI(t, "", nil, args(list, "--min-score", "0.7")...)
	if r.code != 1 || !strings.Contains(r.stderr, "other settings") || !strings.Contains(r.stderr, "--force") {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if after, _ := os.ReadFile(report); !bytes.Equal(before, after) {
		t.Error("a refused run changed the report")
	}
	// A missing TMX is refused.
	if err := os.Remove(out); err != nil {
		t.Fatal(err)
	}
	if r := runCLI(t, "", nil, args(list)...); r.code != 1 || !strings.Contains(r.stderr, "out.tmx, which the earlier run wrote, is missing") {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	noTemporaryFiles(t, dir)
}

func TestCorpusBadPairs(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out.tmx")
	r := runCLI(t, "", nil, "corpus", corpusFixtures+"manifest.tsv", "--tmx", out, "--jobs", "2")
	if r.code != 1 {
		t.Fatalf("exit %d, want 1: %s", r.code, r.stderr)
	}
	for _, want := range []string{
		"missing: manifest line 7: no such file: ", "manifest.tsv:8: duplicate id \"summit\"",
		"english-twice: manifest line 9:", "both look English",
		"broken: manifest line 10: reading ", "line 1, column 3: invalid UTF-16 (unpaired surrogate)",
		"manifest.tsv:11: want id<TAB>en_path<TAB>ko_path", "3 pairs failed, 2 input problems",
	} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
		}
	}
	rep := readCorpusReport(t, filepath.Join(dir, "out.report.json"))
	want := []string{"summit ok", "exports ok", "rates-swapped ok", "festival ok", "missing failed", "english-twice failed", "broken failed"}
	if got := pairStatuses(rep); !reflect.DeepEqual(got, want) {
		t.Errorf("pairs %q, want %q", got, want)
	}
	var kinds []string
	for _, p := range rep.Problems {
		kinds = append(kinds, string(p.Kind))
	}
	if !reflect.DeepEqual(kinds, []string{"duplicate-id", "bad-line"}) || len(rep.Summary.Errors) != 3 {
		t.Errorf("problems %q, errors %q", kinds, rep.Summary.Errors)
	}
	// The good pairs are all in the TMX.
	docs := map[string]bool{}
	for _, id := range tmxUnitIDs(t, out) {
		docs[strings.SplitN(id, ":", 2)[0]] = true
	}
	if len(docs) != 4 || !docs["rates-swapped"] {
		t.Errorf("documents in the TMX: %v", docs)
	}
	tmxValidate(t, out)

	// A directory where a file should be fails that pair alone.
	list := filepath.Join(dir, "list.tsv")
	abs, _ := filepath.Abs(corpusFixtures)
	os.WriteFile(list, []byte("d\t"+abs+"\t"+abs+"/dir/economy/rates.ko.txt\nok\t"+abs+"/dir/economy/rates.en.txt\t"+abs+"/dir/economy/rates.ko.txt\n"), 0o644)
	r = runCLI(t, "", nil, "corpus", list, "--tmx", filepath.Join(dir, "d.tmx"))
	if r.code != 1 || !strings.Contains(r.stderr, "is a directory") || !strings.Contains(r.stderr, "1 aligned") {
		t.Errorf("exit %d: %s", r.code, r.stderr)
	}
}

// A disk that fills up: the outputs of the run before stay as they were,
// byte for byte, with no temporary file beside them, no summary is
// printed, and the next run resumes from them.
func TestCorpusDiskFull(t *testing.T) {
	testenv.NeedLong(t, builtCommand)
	t.Parallel() // long, and independent of the other tests
	if _, err := exec.LookPath("sh"); err != nil {
		t.Skip("no sh to set a file size limit")
	}
	dir := t.TempDir()
	out := filepath.Join(dir, "out.tmx")
	gloss := filepath.Join(dir, "names.json")
	args := func(input string) []string {
		return []string{"corpus", input, "--tmx", out, "--glossary", gloss, "--level", "sentence", "--jobs", "1"}
	}
	two := goodManifest(t, t.TempDir(), "two.tsv", 2)
	all := goodManifest(t, t.TempDir(), "all.tsv", 4)
	if r := runT(t, args(two)...); r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	before := dirFiles(t, dir)
	// ulimit -f counts 512-byte blocks in POSIX sh (dash), 1024 in bash:
	// either way the limit is smaller than the TMX of four pairs.
	cmd := exec.Command("sh", append([]string{"-c", `ulimit -f 16 && exec "$0" "$@"`, bitext(t)}, args(all)...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 {
		t.Fatalf("err %v, want exit 1: %s", err, stderr.String())
	}
	// No summary of a run that put nothing in place (it used to print
	// "4 pairs …: 4 aligned … units exported" before the error).
	if !strings.Contains(stderr.String(), "file too large") || !strings.Contains(stderr.String(), "nothing was written") ||
		strings.Contains(stderr.String(), "aligned") || strings.Contains(stderr.String(), "units exported") {
		t.Errorf("stderr: %s", stderr.String())
	}
	if after := dirFiles(t, dir); !reflect.DeepEqual(after, before) {
		var names []string
		for n := range after {
			names = append(names, n)
		}
		t.Errorf("the outputs changed: now %q", names)
	}
	// With room again, the next run goes on from the first.
	r := runT(t, args(all)...)
	if r.code != 0 || !strings.Contains(r.stderr, "2 aligned, 2 resumed") {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	tmxValidate(t, out)
	noTemporaryFiles(t, dir)
}

func TestCorpusProgressLines(t *testing.T) {
	dir := t.TempDir()
	r := runCLI(t, "", nil, "corpus", corpusFixtures+"good.tsv", "--tmx", filepath.Join(dir, "o.tmx"), "--progress", "1ns", "--jobs", "1")
	if r.code != 0 || !strings.Contains(r.stderr, "bitext: 1/4 pairs, 0 failed, ") || !strings.Contains(r.stderr, "pairs/s") {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	r = runCLI(t, "", nil, "corpus", corpusFixtures+"good.tsv", "--tmx", filepath.Join(dir, "p.tmx"), "--progress", "0")
	if r.code != 0 || strings.Contains(r.stderr, "pairs/s") {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
}

func TestCorpusUsage(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "o.tmx")
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"corpus"}, "one DIR or MANIFEST"},
		{[]string{"corpus", "a", "b", "--tmx", out}, "one DIR or MANIFEST"},
		{[]string{"corpus", corpusFixtures + "dir"}, "--tmx"},
		{[]string{"corpus", corpusFixtures + "dir", "--tmx", out, "--shard", "3/3"}, "0 <= I < N"},
		{[]string{"corpus", corpusFixtures + "dir", "--tmx", out, "--jobs", "-1"}, "--jobs"},
		{[]string{"corpus", corpusFixtures + "dir", "--tmx", out, "--level", "word"}, "--level"},
		{[]string{"corpus", corpusFixtures + "dir", "--tmx", "-"}, "not standard output"},
		{[]string{"corpus", corpusFixtures + "dir", "--tmx", out, "--date", "yesterday"}, "--date"},
	}
	for _, tc := range tests {
		r := runCLI(t, "", nil, tc.args...)
		if r.code != 2 || !strings.Contains(r.stderr, tc.want) {
			t.Errorf("%q: exit %d, want 2 and %q: %s", tc.args, r.code, tc.want, r.stderr)
		}
	}
	r := runCLI(t, "", nil, "corpus", filepath.Join(dir, "nothing"), "--tmx", out)
	if r.code != 1 || !strings.Contains(r.stderr, "nothing") {
		t.Errorf("missing input: exit %d: %s", r.code, r.stderr)
	}
	noTemporaryFiles(t, dir)
}

// bigManifest writes a manifest of n copies of one small pair.
func bigManifest(t *testing.T, dir string, n int) string {
	t.Helper()
	abs, _ := filepath.Abs(corpusFixtures + "dir/economy")
	var list strings.Builder
	for i := range n {
		fmt.Fprintf(&list, "p%04d\t%s/exports.en.txt\t%s/exports.ko.txt\n", i, abs, abs)
	}
	manifest := filepath.Join(dir, "list.tsv")
	if err := os.WriteFile(manifest, []byte(list.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return manifest
}

// stderrLog collects a command's standard error while it runs.
type stderrLog struct {
	mu    sync.Mutex
	b     strings.Builder
	lines int
}

func (l *stderrLog) add(line string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.b.WriteString(line + "\n")
	l.lines++
}

func (l *stderrLog) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func (l *stderrLog) Lines() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.lines
}

// startCorpus starts the built command and returns once it has aligned a
// pair (its first progress line). done is closed when its standard error
// ends.
func startCorpus(t *testing.T, args ...string) (cmd *exec.Cmd, log *stderrLog, done <-chan struct{}) {
	t.Helper()
	cmd = exec.Command(bitext(t), append(args, "--progress", "1ns", "--jobs", "1")...)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	log = &stderrLog{}
	started, ended := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(ended)
		start := sync.OnceFunc(func() { close(started) })
		defer start()
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			log.add(sc.Text())
			if strings.Contains(sc.Text(), "pairs/s") {
				start()
			}
		}
	}()
	<-started
	return cmd, log, ended
}

// TestCorpusInterrupt: a stop (Ctrl-C or SIGTERM cancel the run's
// context) ends the run cleanly: complete outputs holding the pairs done,
// exit status 1, no temporary file, and the next run goes on from there.
// The stop is given in process once the third pair is written (its
// progress line), so that what the test sees does not depend on timing:
// the pairs in flight then (at most four a worker) are finished, the
// others are left. That signals cancel the context is tested with the
// built command (TestTMXMergeSignalBinary, TestCorpusKilled) and in
// process (TestTMXMergeSignals).
func TestCorpusInterrupt(t *testing.T) {
	const pairs, stopAt = 20, 3
	dir := t.TempDir()
	manifest := bigManifest(t, dir, pairs)
	out := filepath.Join(dir, "out.tmx")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	stderr := &progressStop{at: stopAt, stop: cancel}
	e := env{getenv: func(string) string { return "" }, stopContext: func() (context.Context, context.CancelFunc) { return ctx, cancel }}
	code := runEnv([]string{"bitext", "corpus", manifest, "--tmx", out, "--progress", "1ns", "--jobs", "1"}, e, strings.NewReader(""), io.Discard, stderr)
	if code != 1 || !strings.Contains(stderr.String(), "interrupted") {
		t.Fatalf("exit %d, want 1 and a message:\n%s", code, stderr.String())
	}
	noTemporaryFiles(t, dir)
	rep := readCorpusReport(t, filepath.Join(dir, "out.report.json"))
	n := len(tmxUnitIDs(t, out))
	if !rep.Summary.Interrupted || !rep.Summary.Complete || rep.Summary.Aligned < stopAt || rep.Summary.Aligned > stopAt+4 || n != rep.Summary.Units {
		t.Fatalf("summary %+v, %d units in the TMX", rep.Summary, n)
	}
	r := runT(t, "corpus", manifest, "--tmx", out, "--progress", "0")
	if want := fmt.Sprintf("%d aligned, %d resumed", pairs-rep.Summary.Aligned, rep.Summary.Aligned); r.code != 0 || !strings.Contains(r.stderr, want) {
		t.Fatalf("exit %d, want %q: %s", r.code, want, r.stderr)
	}
}

// progressStop is standard error that calls stop once a progress line
// says at pairs are done.
type progressStop struct {
	at   int
	stop func()
	b    strings.Builder
}

func (p *progressStop) Write(b []byte) (int, error) {
	p.b.Write(b)
	var done, total int
	if n, _ := fmt.Sscanf(string(b), "bitext: %d/%d pairs", &done, &total); n == 2 && done >= p.at {
		p.stop()
	}
	return len(b), nil
}

func (p *progressStop) String() string { return p.b.String() }

// TestCorpusKilled: a run killed outright (SIGKILL) may lose the pairs
// since its last checkpoint but corrupts nothing: the next run cleans up,
// resumes what the checkpoints kept, and ends with the outputs of one
// uninterrupted run.
func TestCorpusKilled(t *testing.T) {
	testenv.NeedLong(t, builtCommand)
	t.Parallel() // long, and independent of the other tests
	dir := t.TempDir()
	manifest := bigManifest(t, t.TempDir(), 600)
	out, gloss := filepath.Join(dir, "out.tmx"), filepath.Join(dir, "names.json")
	args := []string{"corpus", manifest, "--tmx", out, "--glossary", gloss, "--date", "20260101T000000Z"}
	cmd, log, done := startCorpus(t, append(args, "--checkpoint", "1ns")...)
	for log.Lines() < 200 {
		time.Sleep(10 * time.Millisecond)
		select {
		case <-done:
			t.Fatalf("the run ended before it was killed:\n%s", log.String())
		default:
		}
	}
	cmd.Process.Kill()
	<-done
	cmd.Wait()
	r := runT(t, append(args, "--progress", "0")...)
	if r.code != 0 || !strings.Contains(r.stderr, "600 pairs") {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	t.Logf("after SIGKILL: %s", strings.SplitN(r.stderr, "\n", 2)[0])
	noTemporaryFiles(t, dir)
	fresh := t.TempDir()
	r2 := runT(t, "corpus", manifest, "--tmx", filepath.Join(fresh, "out.tmx"), "--glossary", filepath.Join(fresh, "names.json"), "--date", "20260101T000000Z", "--progress", "0")
	if r2.code != 0 {
		t.Fatalf("exit %d: %s", r2.code, r2.stderr)
	}
	for _, name := range []string{"out.tmx", "names.json"} {
		a, _ := os.ReadFile(filepath.Join(dir, name))
		b, _ := os.ReadFile(filepath.Join(fresh, name))
		if len(a) == 0 || !bytes.Equal(a, b) {
			t.Errorf("%s after SIGKILL and resume differs from one run's", name)
		}
	}
}

// TestCorpusSecondRunRefused: while a run writes its outputs, another
// process writing any of them is refused with a message naming the lock
// and the process holding it.
func TestCorpusSecondRunRefused(t *testing.T) {
	testenv.NeedLong(t, builtCommand)
	dir := t.TempDir()
	manifest := bigManifest(t, t.TempDir(), 2000)
	out, gloss := filepath.Join(dir, "out.tmx"), filepath.Join(dir, "names.tsv")
	cmd, _, done := startCorpus(t, "corpus", manifest, "--tmx", out, "--glossary", gloss)
	for _, args := range [][]string{
		{"--tmx", out, "--glossary", gloss},
		{"--tmx", out, "--report", filepath.Join(dir, "other.json")},
		{"--glossary", gloss},
	} {
		r := runT(t, append([]string{"corpus", manifest}, args...)...)
		// The holder is named: its process id and command.
		want := fmt.Sprintf("(pid %d: bitext corpus %s", cmd.Process.Pid, manifest)
		if r.code != 1 || !strings.Contains(r.stderr, " is in use: ") || !strings.Contains(r.stderr, want) || !strings.Contains(r.stderr, "holds the lock "+dir) || !strings.Contains(r.stderr, ".bitext-lock") {
			t.Errorf("%q: exit %d, want 1 and %q: %s", args, r.code, want, r.stderr)
		}
	}
	cmd.Process.Signal(os.Interrupt)
	<-done
	cmd.Wait()
	noTemporaryFiles(t, dir)
	// The locks are free again.
	small := goodManifest(t, t.TempDir(), "two.tsv", 2)
	if r := runT(t, "corpus", small, "--tmx", out, "--glossary", gloss, "--force", "--progress", "0"); r.code != 0 {
		t.Errorf("after the first run: exit %d: %s", r.code, r.stderr)
	}
}

// TestCorpusSameFile: outputs that name one file, or an input, are usage
// errors before anything is read or written.
func TestCorpusSameFile(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	if err := os.CopyFS(in, os.DirFS(corpusFixtures+"dir")); err != nil {
		t.Fatal(err)
	}
	manifest := goodManifest(t, dir, "list.tsv", 4)
	x := filepath.Join(dir, "x.tmx")
	article := filepath.Join(in, "economy", "rates.en.txt")
	tests := []struct {
		args []string
		want string
	}{
		{[]string{manifest, "--tmx", x, "--report", x}, "the TMX and the report are the same file"},
		{[]string{manifest, "--tmx", x, "--glossary", x, "--glossary-format", "tsv"}, "the TMX and the glossary are the same file"},
		{[]string{manifest, "--glossary", manifest, "--glossary-format", "tsv"}, "the glossary and the input are the same file"},
		{[]string{manifest, "--tmx", x, "--report", manifest}, "the report and the input are the same file"},
		{[]string{in, "--tmx", article}, "the TMX and the English side of economy/rates are the same file"},
		{[]string{in, "--tmx", x, "--report", filepath.Join(in, "economy", ".", "rates.ko.txt")}, "the report and the Korean side of economy/rates are the same file"},
	}
	before := dirFiles(t, filepath.Join(in, "economy"))
	for _, tc := range tests {
		r := runT(t, append([]string{"corpus"}, tc.args...)...)
		if r.code != 2 || !strings.Contains(r.stderr, tc.want) {
			t.Errorf("%q: exit %d, want 2 and %q: %s", tc.args, r.code, tc.want, r.stderr)
		}
	}
	if after := dirFiles(t, filepath.Join(in, "economy")); !reflect.DeepEqual(after, before) {
		t.Error("an input changed")
	}
	if _, err := os.Stat(x); err == nil {
		t.Error("an output was written")
	}
}
