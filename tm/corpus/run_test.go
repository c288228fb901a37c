package corpus

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/bitext-ko/bitext/align"
	"github.com/bitext-ko/bitext/align/testenv"
	"github.com/bitext-ko/bitext/tm/atomicfile"
	"github.com/bitext-ko/bitext/tm/export"
	"github.com/bitext-ko/bitext/tm/glossary"
	"github.com/bitext-ko/bitext/tm/tmx"
)

var testDate = time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)

// testConfig writes a TMX (and, with glossary, a JSON glossary, which
// holds every count and confidence) into dir.
func testConfig(input string, jobs int, dir string, glossary bool) Config {
	cfg := Config{
		Input: input, Jobs: jobs, Version: "test",
		Align: align.Options{MinScore: 0.5},
		Langs: export.Langs{KO: "ko-KR", EN: "en-US"}, Date: testDate,
		TMXPath: filepath.Join(dir, "out.tmx"),
	}
	if glossary {
		cfg.GlossaryPath = filepath.Join(dir, "names.json")
	}
	return cfg
}

// concurrent runs subtests several at a time, more than -parallel (the
// number of cores) allows: the crash tests' runs spend most of their time
// waiting for the disk to sync their commits, not on a core.
type concurrent struct {
	t   *testing.T
	sem chan struct{}
	wg  sync.WaitGroup
}

// newConcurrent returns a concurrent that runs n subtests of t at a time.
// The test must wait for them before it returns: defer c.wait().
func newConcurrent(t *testing.T, n int) *concurrent {
	return &concurrent{t: t, sem: make(chan struct{}, n)}
}

// wait waits for the subtests started.
func (c *concurrent) wait() { c.wg.Wait() }

// run starts subtest f of c's test in its own goroutine (t.Run may be
// called from several at once).
func (c *concurrent) run(name string, f func(t *testing.T)) {
	c.wg.Add(1)
	go func() {
		defer c.wg.Done()
		c.sem <- struct{}{}
		defer func() { <-c.sem }()
		c.t.Run(name, f)
	}()
}

// files holds the contents of a run's outputs.
type files struct {
	tmx, glossary, report []byte
}

func readFiles(t *testing.T, cfg Config) files {
	t.Helper()
	read := func(p string) []byte {
		if p == "" {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil && !errors.Is(err, os.ErrNotExist) {
			t.Fatal(err)
		}
		return b
	}
	return files{read(cfg.TMXPath), read(cfg.GlossaryPath), read(cfg.ReportFile())}
}

// leftovers lists the temporary and lock files in dir.
func leftovers(t *testing.T, dir string) []string {
	t.Helper()
	var left []string
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if atomicfile.IsTemp(e.Name()) || strings.HasSuffix(e.Name(), ".bitext-lock") {
			left = append(left, e.Name())
		}
	}
	return left
}

// normalReport reads a report and forgets what tells a resumed run from
// one that did everything: the resumed marks, the split of the pairs
// between aligned and resumed, and the outputs' directories.
func normalReport(t *testing.T, b []byte) *Report {
	t.Helper()
	rep, err := ReadReport(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("the report is not whole: %v\n%s", err, b)
	}
	for i := range rep.Pairs {
		rep.Pairs[i].Resumed = false
	}
	rep.Summary.Aligned += rep.Summary.Resumed
	rep.Summary.Resumed = 0
	for i := range rep.Outputs {
		rep.Outputs[i].Path = filepath.Base(rep.Outputs[i].Path)
	}
	return rep
}

// sameResult reports how got's outputs differ from want's: the TMX and
// the glossary byte for byte, the reports but for what normalReport
// forgets.
func sameResult(t *testing.T, got, want files) string {
	t.Helper()
	var diffs []string
	if !bytes.Equal(got.tmx, want.tmx) {
		diffs = append(diffs, "TMX")
	}
	if !bytes.Equal(got.glossary, want.glossary) {
		diffs = append(diffs, "glossary")
	}
	if !reflect.DeepEqual(normalReport(t, got.report), normalReport(t, want.report)) {
		diffs = append(diffs, "report")
	}
	return strings.Join(diffs, ", ")
}

// units returns the tuids of a TMX document.
func units(t *testing.T, doc []byte) []string {
	t.Helper()
	r := tmx.NewReader(bytes.NewReader(doc))
	var ids []string
	for {
		u, err := r.Read()
		if err == io.EOF {
			return ids
		}
		if err != nil {
			t.Fatalf("reading the TMX: %v", err)
		}
		ids = append(ids, u.TUID)
	}
}

func TestRunSameOutputWhateverTheJobs(t *testing.T) {
	dir := t.TempDir()
	var first files
	for i, jobs := range []int{1, 2, 3, 8} {
		cfg := testConfig(filepath.Join(fixtures, "manifest.tsv"), jobs, dir, true)
		cfg.Force = i > 0
		sum, err := Run(context.Background(), cfg)
		if err != nil {
			t.Fatal(err)
		}
		if sum.Aligned != 4 || sum.Failed != 3 || sum.Problems != 2 || !sum.Complete || !sum.Failure() {
			t.Fatalf("jobs %d: summary %+v", jobs, sum)
		}
		got := readFiles(t, cfg)
		if i == 0 {
			first = got
			continue
		}
		if !bytes.Equal(got.tmx, first.tmx) || !bytes.Equal(got.report, first.report) || !bytes.Equal(got.glossary, first.glossary) {
			t.Errorf("jobs %d: outputs differ from jobs 1", jobs)
		}
	}
	rep, err := ReadReport(bytes.NewReader(first.report))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range rep.Pairs {
		got = append(got, p.ID+" "+string(p.Status))
	}
	want := []string{"summit ok", "exports ok", "rates-swapped ok", "festival ok", "missing failed", "english-twice failed", "broken failed"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("pairs %q, want %q", got, want)
	}
	if !rep.Pairs[2].Swapped || !strings.HasSuffix(rep.Pairs[2].EN, "rates.en.txt") {
		t.Errorf("swapped pair: %+v", rep.Pairs[2])
	}
	for i, frag := range map[int]string{4: "no such file: ", 5: "both look English", 6: "line 1, column 3: invalid UTF-16 (unpaired surrogate)"} {
		if !strings.Contains(rep.Pairs[i].Error, frag) || !strings.Contains(rep.Pairs[i].Error, "manifest line") {
			t.Errorf("%s: error %q, want it to say %q and the manifest line", rep.Pairs[i].ID, rep.Pairs[i].Error, frag)
		}
	}
	ids := units(t, first.tmx)
	if len(ids) != rep.Summary.Units || !strings.HasPrefix(ids[0], "summit:") || !strings.HasPrefix(ids[len(ids)-1], "festival:") {
		t.Errorf("%d units (report %d): %q", len(ids), rep.Summary.Units, ids)
	}
	if len(rep.Summary.Lowest) != 4 || rep.Summary.Lowest[0].MeanScore > rep.Summary.Lowest[3].MeanScore {
		t.Errorf("lowest: %+v", rep.Summary.Lowest)
	}
	if len(rep.Outputs) != 2 || !rep.Outputs[0].Written || !rep.Summary.Complete {
		t.Errorf("outputs %+v", rep.Outputs)
	}
	es, err := glossary.Read(bytes.NewReader(first.glossary), "names.json", glossary.JSON)
	if err != nil || len(es) == 0 {
		t.Errorf("glossary: %d entries, %v", len(es), err)
	}
	if left := leftovers(t, dir); len(left) > 0 {
		t.Errorf("left behind: %q", left)
	}
}

// testManifest writes a manifest of n pairs repeating the fixtures' good
// pairs and the example pair under ids p00, p01, … (repeated names make
// the glossary's confidences depend on every earlier sighting).
func testManifest(t testing.TB, n int) string {
	t.Helper()
	var pairs []string
	err := Scan(filepath.Join(fixtures, "good.tsv"), Shard{}, func(it Item) error {
		en, err1 := filepath.Abs(it.Pair.EN)
		ko, err2 := filepath.Abs(it.Pair.KO)
		pairs = append(pairs, en+"\t"+ko)
		return errors.Join(err1, err2)
	})
	if err != nil {
		t.Fatal(err)
	}
	en, _ := filepath.Abs("../../testdata/example/summit.en.txt")
	ko, _ := filepath.Abs("../../testdata/example/summit.ko.txt")
	pairs = append(pairs, en+"\t"+ko)
	var sb strings.Builder
	for i := range n {
		fmt.Fprintf(&sb, "p%02d\t%s\n", i, pairs[i%len(pairs)])
	}
	path := filepath.Join(t.TempDir(), "list.tsv")
	if err := os.WriteFile(path, []byte(sb.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// firstLines writes the first n lines of a manifest to a new one.
func firstLines(t *testing.T, manifest string, n int) string {
	t.Helper()
	b, err := os.ReadFile(manifest)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(string(b), "\n")
	path := filepath.Join(t.TempDir(), "first.tsv")
	if err := os.WriteFile(path, []byte(strings.Join(lines[:n], "")), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// wholeRun returns the outputs of one uninterrupted run of cfg elsewhere.
func wholeRun(t *testing.T, cfg Config) files {
	t.Helper()
	dir := t.TempDir()
	c := testConfig(cfg.Input, cfg.Jobs, dir, cfg.GlossaryPath != "")
	if _, err := Run(context.Background(), c); err != nil {
		t.Fatal(err)
	}
	return readFiles(t, c)
}

func TestRunInterrupted(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	const n = 24
	cfg := testConfig(testManifest(t, n), 1, t.TempDir(), true)
	cfg.Progress = func(p Progress) {
		if p.Total != n {
			t.Errorf("progress total %d, want %d", p.Total, n)
		}
		if p.Done == 2 {
			cancel()
		}
	}
	sum, err := Run(ctx, cfg)
	if err != nil || sum.Failed > 0 {
		t.Fatal(err, sum)
	}
	// Pairs started are finished: with one worker and a window of four,
	// at most four more than the two.
	if !sum.Interrupted || !sum.Complete || sum.Aligned < 2 || sum.Aligned > 6 {
		t.Fatalf("summary %+v", sum)
	}
	ids := units(t, readFiles(t, cfg).tmx) // a whole document
	if last := fmt.Sprintf("p%02d:", sum.Aligned-1); !strings.HasPrefix(ids[len(ids)-1], last) {
		t.Errorf("last unit %s, want one of the last pair done, %s", ids[len(ids)-1], last)
	}

	// Resuming does the rest and gives the same outputs as one run: the
	// TMX and the glossary byte for byte, confidences included.
	cfg.Progress = nil
	sum2, err := Run(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if sum2.Resumed != sum.Aligned || sum2.Aligned != n-sum.Aligned || sum2.Interrupted {
		t.Errorf("resumed run: summary %+v", sum2)
	}
	if diff := sameResult(t, readFiles(t, cfg), wholeRun(t, cfg)); diff != "" {
		t.Errorf("the resumed run's %s differ from one run's", diff)
	}
}

// TestRunDiskFull: a disk that fills up at any point of a run leaves the
// outputs of the run before byte for byte as they were, and no temporary
// file; the next run resumes from them. The full disk is simulated (and the
// runs work on tmpfs: TestMain). The default tier of tests (testenv) fills
// the disk at every other limit.
func TestRunDiskFull(t *testing.T) {
	t.Parallel() // waits on the disk more than it computes
	const n = 10
	manifest := testManifest(t, n)
	want := wholeRun(t, testConfig(manifest, 2, "", true))
	total := int64(len(want.tmx) + len(want.glossary) + len(want.report))
	// The resumed cases resume a first run of 3 pairs, made once and
	// copied.
	template := t.TempDir()
	if _, err := Run(context.Background(), testConfig(firstLines(t, manifest, 3), 2, template, true)); err != nil {
		t.Fatal(err)
	}
	for i, limit := range []int64{1, 500, total / 4, total / 2, total - 200, total + 500} {
		if !testenv.Long() && i%2 == 1 {
			continue
		}
		for _, resumed := range []bool{false, true} {
			t.Run(fmt.Sprintf("%d bytes, resumed %v", limit, resumed), func(t *testing.T) {
				dir := t.TempDir()
				cfg := testConfig(manifest, 2, dir, true)
				if resumed {
					if err := os.CopyFS(dir, os.DirFS(template)); err != nil {
						t.Fatal(err)
					}
				}
				before := readFiles(t, cfg)
				full := cfg
				full.faults = &faults{diskFull: limit}
				_, err := Run(context.Background(), full)
				if !errors.Is(err, ErrOutput) || !errors.Is(err, syscall.ENOSPC) {
					t.Fatalf("err %v, want ENOSPC", err)
				}
				if after := readFiles(t, cfg); !reflect.DeepEqual(after, before) {
					t.Errorf("the outputs changed")
				}
				if left := leftovers(t, dir); len(left) > 0 {
					t.Errorf("left behind: %q", left)
				}
				sum, err := Run(context.Background(), cfg)
				if err != nil {
					t.Fatal(err)
				}
				if wantResumed := map[bool]int{false: 0, true: 3}[resumed]; sum.Resumed != wantResumed {
					t.Errorf("the next run resumed %d pairs, want %d", sum.Resumed, wantResumed)
				}
				if diff := sameResult(t, readFiles(t, cfg), want); diff != "" {
					t.Errorf("the next run's %s differ from one run's", diff)
				}
			})
		}
	}
}

// TestCrashAtEveryStep kills a run at every step of its work and of its
// commits, as SIGKILL would (nothing cleaned up), then runs again: the
// next run must find one consistent set of outputs, resume from it, and
// end with the outputs of one uninterrupted run, the glossary's counts and
// confidences included. With checkpoints, every pair is followed by a
// commit, whose every step is a place to crash too. The default tier
// crashes at the first, the last and every thirteenth step; the long tier
// (testenv) at every one. The runs work on tmpfs (TestMain): a simulated
// crash loses nothing a real disk would keep, so syncing to one proves
// nothing more.
func TestCrashAtEveryStep(t *testing.T) {
	t.Parallel() // waits on the disk more than it computes
	const n = 7
	manifest := testManifest(t, n)
	want := wholeRun(t, testConfig(manifest, 2, "", true))
	// The run that crashes resumes a first run of 2 pairs, made once and
	// copied, and does the other 5.
	template := t.TempDir()
	if _, err := Run(context.Background(), testConfig(firstLines(t, manifest, 2), 2, template, true)); err != nil {
		t.Fatal(err)
	}
	setup := func(t *testing.T, checkpoint time.Duration) Config {
		dir := t.TempDir()
		if err := os.CopyFS(dir, os.DirFS(template)); err != nil {
			t.Fatal(err)
		}
		cfg := testConfig(manifest, 2, dir, true)
		cfg.Checkpoint = checkpoint
		return cfg
	}
	c := newConcurrent(t, 8)
	defer c.wait()
	for _, checkpoint := range []time.Duration{0, time.Nanosecond} {
		rec := &faults{exactCheckpoints: true}
		cfg := setup(t, checkpoint)
		cfg.faults = rec
		if _, err := Run(context.Background(), cfg); err != nil {
			t.Fatal(err)
		}
		steps := rec.steps
		if !slices.Contains(steps, "write record") || !slices.Contains(steps, "rename report") || len(steps) < n {
			t.Fatalf("steps %q", steps)
		}
		for _, k := range testenv.Steps(len(steps), 13) {
			name := fmt.Sprintf("checkpoint %v, crash at %d %s", checkpoint > 0, k, steps[k-1])
			c.run(name, func(t *testing.T) { // each in its own directory
				cfg := setup(t, checkpoint)
				dir := filepath.Dir(cfg.TMXPath)
				cfg.faults = &faults{crashAt: k, exactCheckpoints: true}
				if _, err := Run(context.Background(), cfg); !errors.Is(err, errCrash) {
					t.Fatalf("err %v, want a crash", err)
				}
				if got := cfg.faults.steps[k-1]; got != steps[k-1] {
					t.Fatalf("crashed at %q, want %q: the steps depend on timing", got, steps[k-1])
				}
				if _, err := os.Stat(recordPath(cfg.ReportFile())); err != nil {
					t.Fatalf("no commit record after the crash: %v", err)
				}
				cfg.faults = nil
				cfg.Checkpoint = 0
				sum, err := Run(context.Background(), cfg)
				if err != nil {
					t.Fatal(err)
				}
				if sum.Resumed < 2 || sum.Resumed+sum.Aligned != n {
					t.Errorf("summary %+v", sum)
				}
				if diff := sameResult(t, readFiles(t, cfg), want); diff != "" {
					t.Errorf("after the crash, the %s differ from one run's", diff)
				}
				if left := leftovers(t, dir); len(left) > 0 {
					t.Errorf("left behind: %q", left)
				}
			})
		}
	}
}

// TestCheckpointKeepsProgress: with checkpoints, a run killed outright
// leaves outputs holding the pairs done until its last checkpoint, and
// the next run resumes them instead of aligning them again.
func TestCheckpointKeepsProgress(t *testing.T) {
	const n = 6
	dir := t.TempDir()
	cfg := testConfig(testManifest(t, n), 1, dir, true)
	cfg.Checkpoint = time.Nanosecond
	rec := &faults{exactCheckpoints: true}
	cfg.faults = rec
	if _, err := Run(context.Background(), cfg); err != nil {
		t.Fatal(err)
	}
	// Crash just after the fourth pair's checkpoint.
	k := 0
	pairs := 0
	for i, s := range rec.steps {
		if strings.HasPrefix(s, "pair ") {
			pairs++
		}
		if pairs == 4 && s == "committed" {
			k = i + 2
			break
		}
	}
	cfg.Force = true
	cfg.faults = &faults{crashAt: k, exactCheckpoints: true}
	if _, err := Run(context.Background(), cfg); !errors.Is(err, errCrash) {
		t.Fatalf("err %v", err)
	}
	rep := normalReport(t, readFiles(t, cfg).report)
	if !rep.Summary.InProgress || len(rep.Pairs) != 4 || !rep.Summary.Failure() {
		t.Errorf("the checkpoint's report: %d pairs, summary %+v", len(rep.Pairs), rep.Summary)
	}
	cfg.Force, cfg.faults = false, nil
	sum, err := Run(context.Background(), cfg)
	if err != nil || sum.Resumed != 4 || sum.Aligned != 2 {
		t.Fatalf("summary %+v, %v", sum, err)
	}
}

func TestResumeChecks(t *testing.T) {
	manifest := filepath.Join(fixtures, "good.tsv")
	tests := []struct {
		name   string
		change func(t *testing.T, c *Config)
		want   string
	}{
		{"other level", func(t *testing.T, c *Config) { c.Align.Level = align.SentenceLevel }, "other settings"},
		{"other shard", func(t *testing.T, c *Config) { c.Shard = Shard{1, 2} }, "other settings"},
		{"no glossary now", func(t *testing.T, c *Config) { c.GlossaryPath = "" }, "this one would write"},
		{"other report", func(t *testing.T, c *Config) {
			os.Rename(c.ReportFile(), filepath.Join(filepath.Dir(c.TMXPath), "x.json"))
			os.Rename(recordPath(c.ReportFile()), recordPath(filepath.Join(filepath.Dir(c.TMXPath), "x.json")))
			c.ReportPath = filepath.Join(filepath.Dir(c.TMXPath), "x.json")
		}, "this one would write"},
		{"TMX missing", func(t *testing.T, c *Config) { os.Remove(c.TMXPath) }, "out.tmx, which the earlier run wrote, is missing"},
		{"TMX edited", func(t *testing.T, c *Config) { edit(t, c.TMXPath, "Seoul", "Busan") }, "out.tmx was changed since"},
		{"TMX cut", func(t *testing.T, c *Config) { edit(t, c.TMXPath, "</tmx>", "") }, "out.tmx was changed since"},
		{"glossary edited", func(t *testing.T, c *Config) { edit(t, c.GlossaryPath, `"confidence": 0.`, `"confidence": 1.`) }, "names.json was changed since"},
		{"glossary counts missing", func(t *testing.T, c *Config) { os.Remove(statePath(c.GlossaryPath)) }, "is missing"},
		{"report emptied", func(t *testing.T, c *Config) { os.WriteFile(c.ReportFile(), nil, 0o644) }, "out.report.json was changed since"},
		{"record missing", func(t *testing.T, c *Config) { os.Remove(recordPath(c.ReportFile())) }, "commit record"},
		{"record damaged", func(t *testing.T, c *Config) { os.WriteFile(recordPath(c.ReportFile()), []byte("{"), 0o644) }, "damaged"},
	}
	// Each case changes a copy of one run's outputs.
	template := t.TempDir()
	if _, err := Run(context.Background(), testConfig(manifest, 2, template, true)); err != nil {
		t.Fatal(err)
	}
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := os.CopyFS(dir, os.DirFS(template)); err != nil {
				t.Fatal(err)
			}
			cfg := testConfig(manifest, 2, dir, true)
			tc.change(t, &cfg)
			before := readFiles(t, cfg)
			_, err := Run(context.Background(), cfg)
			if !errors.Is(err, ErrSettings) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err %v, want %q", err, tc.want)
			}
			if after := readFiles(t, cfg); !reflect.DeepEqual(after, before) {
				t.Error("a refused run changed the outputs")
			}
			// Starting over aligns every pair again: after every third
			// change in the default tier of tests (testenv), after each in
			// the long tier.
			if !testenv.Long() && i%3 != 0 {
				return
			}
			cfg.Force = true
			if sum, err := Run(context.Background(), cfg); err != nil || sum.Aligned == 0 || sum.Resumed != 0 {
				t.Fatalf("starting over: %+v, %v", sum, err)
			}
		})
	}
}

func edit(t *testing.T, path, old, new string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil || !bytes.Contains(b, []byte(old)) {
		t.Fatalf("%s lacks %q (%v)", path, old, err)
	}
	if err := os.WriteFile(path, bytes.Replace(b, []byte(old), []byte(new), 1), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestLockRefusesSecondRun: a run that would write the outputs another
// run is writing is refused, whichever of its outputs it shares, and
// nothing of the first run is disturbed.
func TestLockRefusesSecondRun(t *testing.T) {
	dir := t.TempDir()
	manifest := testManifest(t, 4)
	cfg := testConfig(manifest, 1, dir, true)
	var errs []error
	cfg.Progress = func(p Progress) {
		if p.Done != 1 {
			return
		}
		other := func(change func(*Config)) {
			c := testConfig(manifest, 1, dir, true)
			change(&c)
			_, err := Run(context.Background(), c)
			errs = append(errs, err)
		}
		other(func(*Config) {})
		other(func(c *Config) { c.TMXPath = filepath.Join(dir, "other.tmx") })                         // same glossary
		other(func(c *Config) { c.GlossaryPath, c.ReportPath = "", filepath.Join(dir, "other.json") }) // same TMX
	}
	sum, err := Run(context.Background(), cfg)
	if err != nil || sum.Aligned != 4 {
		t.Fatalf("the first run: %+v, %v", sum, err)
	}
	wantLock := []string{".out.tmx.bitext-lock", ".names.json.bitext-lock", ".out.tmx.bitext-lock"}
	for i, err := range errs {
		if !errors.Is(err, ErrLocked) || !errors.Is(err, atomicfile.ErrLocked) || !strings.Contains(err.Error(), wantLock[i]) ||
			!strings.Contains(err.Error(), fmt.Sprintf("pid %d", os.Getpid())) {
			t.Errorf("second run %d: err %v, want one naming %s", i, err, wantLock[i])
		}
	}
	if left := leftovers(t, dir); len(left) > 0 {
		t.Errorf("left behind: %q", left)
	}
	// Once the first run is over, the same command resumes.
	if sum, err := Run(context.Background(), testConfig(manifest, 1, dir, true)); err != nil || sum.Resumed != 4 {
		t.Fatalf("after the first run: %+v, %v", sum, err)
	}
}

// TestOutputsNameOneFile: outputs that name one file, or an input, are
// refused before any work, and nothing is written.
func TestOutputsNameOneFile(t *testing.T) {
	dir := t.TempDir()
	manifest := testManifest(t, 2)
	var firstEN string
	Scan(manifest, Shard{}, func(it Item) error {
		if firstEN == "" {
			firstEN = it.Pair.EN
		}
		return nil
	})
	link := filepath.Join(dir, "link.tmx")
	if err := os.Symlink(manifest, link); err != nil {
		link = ""
	}
	dict := filepath.Join(dir, "dict.txt")
	os.WriteFile(dict, []byte("x @ y\n"), 0o644)
	tests := []struct {
		name   string
		change func(c *Config)
		want   string
	}{
		{"tmx is the report", func(c *Config) { c.ReportPath = c.TMXPath }, "the TMX and the report are the same file"},
		{"glossary is the tmx", func(c *Config) { c.GlossaryPath = c.TMXPath; c.GlossaryFormat = glossary.TSV }, "the TMX and the glossary are the same file"},
		{"tmx is the manifest", func(c *Config) { c.TMXPath = manifest }, "the TMX and the input are the same file"},
		{"report links to the manifest", func(c *Config) { c.ReportPath = link }, "the report (" + link + ") and the input (" + manifest + ") are the same file"},
		{"glossary is the dictionary", func(c *Config) { c.GlossaryPath, c.Dict = dict, dict; c.GlossaryFormat = glossary.TSV }, "the glossary and the dictionary are the same file"},
		{"tmx is an article", func(c *Config) { c.TMXPath = firstEN }, "the TMX and the English side of p00 are the same file"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if strings.Contains(tc.name, "link") && link == "" {
				t.Skip("no symbolic links here")
			}
			cfg := testConfig(manifest, 1, dir, true)
			tc.change(&cfg)
			before, _ := os.ReadFile(firstEN)
			m, _ := os.ReadFile(manifest)
			_, err := Run(context.Background(), cfg)
			var sf *atomicfile.SameFileError
			if !errors.As(err, &sf) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err %v, want %q", err, tc.want)
			}
			after, _ := os.ReadFile(firstEN)
			m2, _ := os.ReadFile(manifest)
			if !bytes.Equal(before, after) || !bytes.Equal(m, m2) {
				t.Error("an input changed")
			}
			if entries, _ := os.ReadDir(dir); len(entries) > 2 {
				t.Errorf("written: %v", entries)
			}
		})
	}
	for _, tc := range []struct {
		name   string
		change func(c *Config)
		want   string
	}{
		{"standard output", func(c *Config) { c.TMXPath = "-" }, "not standard output"},
		{"a directory", func(c *Config) { c.ReportPath = dir }, "is a directory"},
		{"no output", func(c *Config) { c.TMXPath, c.GlossaryPath = "", "" }, "no output"},
		{"a device", func(c *Config) { c.TMXPath = os.DevNull }, "not a regular file"},
	} {
		cfg := testConfig(manifest, 1, dir, true)
		tc.change(&cfg)
		if err := cfg.Check(); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err %v, want %q", tc.name, err, tc.want)
		}
	}
}

// TestStaleFilesRemoved: the temporary files and lock files a killed run
// left beside the outputs are removed by the next run, with the names of
// this version and of earlier ones (a second dot before a dot file's
// name); those of other files are not.
func TestStaleFilesRemoved(t *testing.T) {
	dir := t.TempDir()
	cfg := testConfig(filepath.Join(fixtures, "good.tsv"), 1, dir, true)
	stale := []string{".out.tmx.bitext-tmp-abc", ".out.report.json.bitext-tmp-1", ".names.json.bitext-tmp-2",
		".names.json.bitext-state.bitext-tmp-3", ".out.report.json.bitext-commit.bitext-tmp-4", ".out.tmx.bitext-lock",
		// as earlier versions named them
		"..names.json.bitext-state.bitext-tmp-7", "..out.report.json.bitext-commit.bitext-tmp-8"}
	kept := []string{".other.tmx.bitext-tmp-5", "out.tmx.bitext-tmp-6"}
	for _, name := range append(stale, kept...) {
		os.WriteFile(filepath.Join(dir, name), []byte("half"), 0o644)
	}
	if _, err := Run(context.Background(), cfg); err != nil {
		t.Fatal(err)
	}
	for _, name := range stale {
		if _, err := os.Stat(filepath.Join(dir, name)); err == nil {
			t.Errorf("%s is still there", name)
		}
	}
	for _, name := range kept {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Errorf("%s was removed", name)
		}
	}
}

// TestBadIDsResume: pairs with ids the outputs cannot keep are refused,
// and the run resumes afterwards.
func TestBadIDsResume(t *testing.T) {
	in := t.TempDir()
	src := filepath.Join(fixtures, "dir", "economy")
	for _, stem := range []string{"ok", "bad\x01id", "caf\xe9", "tab\there"} {
		for _, side := range []string{"en", "ko"} {
			b, err := os.ReadFile(filepath.Join(src, "exports."+side+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(in, stem+"."+side+".txt"), b, 0o644); err != nil {
				t.Skipf("this file system refuses %q: %v", stem, err)
			}
		}
	}
	cfg := testConfig(in, 1, t.TempDir(), true)
	var warnings []string
	cfg.Warn = func(s string) { warnings = append(warnings, s) }
	sum, err := Run(context.Background(), cfg)
	if err != nil || sum.Aligned != 1 || sum.Problems != 3 {
		t.Fatalf("summary %+v, %v", sum, err)
	}
	for _, w := range warnings {
		if !strings.Contains(w, `\x01`) && !strings.Contains(w, `\xe9`) && !strings.Contains(w, `\t`) {
			t.Errorf("warning without the escaped id: %q", w)
		}
	}
	rep := normalReport(t, readFiles(t, cfg).report)
	if len(rep.Problems) != 3 || rep.Problems[0].Kind != BadID {
		t.Errorf("problems %+v", rep.Problems)
	}
	sum, err = Run(context.Background(), cfg)
	if err != nil || sum.Resumed != 1 || sum.Aligned != 0 {
		t.Fatalf("the second run: %+v, %v", sum, err)
	}
}

// TestPipeInManifest: a manifest naming a named pipe fails that pair
// without opening the pipe (which would block the run).
func TestPipeInManifest(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.en.txt")
	makeFIFO(t, fifo)
	ko, _ := filepath.Abs(filepath.Join(fixtures, "dir", "economy", "exports.ko.txt"))
	manifest := filepath.Join(dir, "list.tsv")
	os.WriteFile(manifest, []byte("p\t"+fifo+"\t"+ko+"\n"), 0o644)
	cfg := testConfig(manifest, 1, t.TempDir(), false)
	done := make(chan *Summary, 1)
	go func() {
		sum, _ := Run(context.Background(), cfg)
		done <- sum
	}()
	select {
	case sum := <-done:
		if sum == nil || sum.Failed != 1 || !strings.Contains(sum.Errors[0], "named pipe") {
			t.Errorf("summary %+v", sum)
		}
	case <-time.After(time.Minute):
		t.Fatal("the run opened the pipe and blocks")
	}
}

func TestLowestSet(t *testing.T) {
	l := &lowestSet{n: 3}
	for i, s := range []float64{0.9, 0.5, 0.7, 0.5, 0.95, 0.1} {
		l.add(Lowest{ID: string(rune('a' + i)), MeanScore: s})
	}
	want := []Lowest{{"f", 0.1}, {"b", 0.5}, {"d", 0.5}}
	if !reflect.DeepEqual(l.docs, want) {
		t.Errorf("got %v, want %v", l.docs, want)
	}
}

// TestMovedOutputsResume: the commit record names files relative to its
// directory, so a directory of outputs moved elsewhere still resumes.
func TestMovedOutputsResume(t *testing.T) {
	base := t.TempDir()
	a, b := filepath.Join(base, "a"), filepath.Join(base, "b")
	os.Mkdir(a, 0o755)
	manifest := filepath.Join(fixtures, "good.tsv")
	if _, err := Run(context.Background(), testConfig(manifest, 1, a, true)); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(a, b); err != nil {
		t.Fatal(err)
	}
	sum, err := Run(context.Background(), testConfig(manifest, 1, b, true))
	if err != nil || sum.Resumed != 4 {
		t.Fatalf("summary %+v, %v", sum, err)
	}
}

// TestNewGenerationCleansUp: when an output's temporary file cannot be
// made after others were, newGeneration returns the error (it used to
// panic on a nil generation in its cleanup) and leaves no temporary file.
func TestNewGenerationCleansUp(t *testing.T) {
	tests := []struct {
		name   string
		change func(c *Config, dir string)
		want   string
	}{
		{"the TMX is a directory", func(c *Config, dir string) { os.Mkdir(c.TMXPath, 0o755) }, "is a directory"},
		{"the index's directory is missing", func(c *Config, dir string) { c.AlignmentsDir = filepath.Join(dir, "none") }, "none"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			cfg := testConfig(testManifest(t, 1), 1, dir, false)
			tc.change(&cfg, dir)
			g, err := newGeneration(&cfg, newOutputs(&cfg), 1, 1)
			if g != nil || !errors.Is(err, ErrOutput) || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("generation %v, err %v, want ErrOutput and %q", g, err, tc.want)
			}
			if left := leftovers(t, dir); len(left) > 0 {
				t.Errorf("left %q", left)
			}
		})
	}
}
