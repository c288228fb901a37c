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
	"strings"
	"testing"
	"time"

	"github.com/bitext-ko/bitext/align"
	"github.com/bitext-ko/bitext/tm/export"
	"github.com/bitext-ko/bitext/tm/tmx"
)

var testDate = time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)

func testConfig(input string, jobs int) Config {
	return Config{
		Input: input, Jobs: jobs, Version: "test",
		Align: align.Options{MinScore: 0.5},
		Langs: export.Langs{KO: "ko-KR", EN: "en-US"}, Date: testDate,
		TMXPath: "out.tmx",
	}
}

type outputs struct {
	tmx, report bytes.Buffer
	commits     int
}

func run(t *testing.T, ctx context.Context, cfg Config) (*outputs, *Summary, error) {
	t.Helper()
	var o outputs
	cfg.TMX, cfg.Report = &o.tmx, &o.report
	cfg.Commit = func(*Summary) error { o.commits++; return nil }
	sum, err := Run(ctx, cfg)
	return &o, sum, err
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
	var first *outputs
	for _, jobs := range []int{1, 2, 3, 8} {
		o, sum, err := run(t, context.Background(), testConfig(filepath.Join(fixtures, "manifest.tsv"), jobs))
		if err != nil {
			t.Fatal(err)
		}
		if sum.Aligned != 4 || sum.Failed != 3 || sum.Problems != 2 || !sum.Complete || !sum.Failure() || o.commits != 1 {
			t.Fatalf("jobs %d: summary %+v, %d commits", jobs, sum, o.commits)
		}
		if first == nil {
			first = o
			continue
		}
		if !bytes.Equal(o.tmx.Bytes(), first.tmx.Bytes()) || !bytes.Equal(o.report.Bytes(), first.report.Bytes()) {
			t.Errorf("jobs %d: outputs differ from jobs 1", jobs)
		}
	}
	rep, err := ReadReport(&first.report)
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
	for i, frag := range map[int]string{4: "no such file: ", 5: "both look English", 6: "byte offset 2"} {
		if !strings.Contains(rep.Pairs[i].Error, frag) || !strings.Contains(rep.Pairs[i].Error, "manifest line") {
			t.Errorf("%s: error %q, want it to say %q and the manifest line", rep.Pairs[i].ID, rep.Pairs[i].Error, frag)
		}
	}
	ids := units(t, first.tmx.Bytes())
	if len(ids) != rep.Summary.Units || !strings.HasPrefix(ids[0], "summit:") || !strings.HasPrefix(ids[len(ids)-1], "festival:") {
		t.Errorf("%d units (report %d): %q", len(ids), rep.Summary.Units, ids)
	}
	if len(rep.Summary.Lowest) != 4 || rep.Summary.Lowest[0].MeanScore > rep.Summary.Lowest[3].MeanScore {
		t.Errorf("lowest: %+v", rep.Summary.Lowest)
	}
}

// failWriter fails every write after n bytes, like a disk that fills up.
type failWriter struct {
	n   int
	buf bytes.Buffer
}

var errFull = errors.New("no space left on device")

func (w *failWriter) Write(p []byte) (int, error) {
	if w.buf.Len()+len(p) > w.n {
		return 0, errFull
	}
	return w.buf.Write(p)
}

func TestRunOutputFails(t *testing.T) {
	cfg := testConfig(filepath.Join(fixtures, "dir"), 2)
	var report bytes.Buffer
	full := &failWriter{n: 6000}
	commits := 0
	cfg.TMX, cfg.Report, cfg.Commit = full, &report, func(*Summary) error { commits++; return nil }
	sum, err := Run(context.Background(), cfg)
	if !errors.Is(err, ErrOutput) || !errors.Is(err, errFull) || !strings.Contains(err.Error(), "out.tmx") {
		t.Fatalf("err %v, want ErrOutput naming out.tmx", err)
	}
	if commits != 0 || sum.Complete || !sum.Failure() {
		t.Fatalf("commits %d, summary %+v", commits, sum)
	}
	rep, err := ReadReport(&report)
	if err != nil {
		t.Fatalf("the report is not whole: %v\n%s", err, report.String())
	}
	if len(rep.Outputs) != 1 || rep.Outputs[0].Written || !strings.Contains(rep.Outputs[0].Error, "no space") {
		t.Errorf("outputs %+v", rep.Outputs)
	}
	if len(rep.Pairs) == 0 || len(rep.Pairs) >= 4 {
		t.Errorf("%d pairs reported; want those done before the disk filled up", len(rep.Pairs))
	}

	// A commit that fails (rename, sync) is reported the same way.
	cfg.TMX, cfg.Commit = io.Discard, func(*Summary) error { return errFull }
	report.Reset()
	if _, err := Run(context.Background(), cfg); !errors.Is(err, errFull) {
		t.Fatalf("err %v", err)
	}
	if rep, err := ReadReport(&report); err != nil || rep.Outputs[0].Written || len(rep.Pairs) != 4 {
		t.Fatalf("report %+v, %v", rep, err)
	}
}

// repeatManifest writes a manifest of n pairs repeating good.tsv's under
// ids p00, p01, …
func repeatManifest(t *testing.T, n int) string {
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

func TestRunInterrupted(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	const n = 24
	cfg := testConfig(repeatManifest(t, n), 1)
	cfg.Progress = func(p Progress) {
		if p.Done == 2 {
			cancel()
		}
	}
	o, sum, err := run(t, ctx, cfg)
	if err != nil || sum.Failed > 0 {
		t.Fatal(err, sum)
	}
	// Pairs started are finished: with one worker and a window of four,
	// at most four more than the two.
	if !sum.Interrupted || !sum.Complete || sum.Aligned < 2 || sum.Aligned > 6 || o.commits != 1 {
		t.Fatalf("summary %+v, %d commits", sum, o.commits)
	}
	ids := units(t, o.tmx.Bytes()) // a whole document
	if last := fmt.Sprintf("p%02d:", sum.Aligned-1); !strings.HasPrefix(ids[len(ids)-1], last) {
		t.Errorf("last unit %s, want one of the last pair done, %s", ids[len(ids)-1], last)
	}

	// Resuming does the rest and gives the same TMX as one run.
	cfg.Progress = nil
	cfg.Previous = &Previous{Report: bytes.NewReader(o.report.Bytes()), TMX: bytes.NewReader(o.tmx.Bytes())}
	o2, sum2, err := run(t, context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	cfg.Previous = nil
	whole, _, err := run(t, context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if sum2.Resumed != sum.Aligned || sum2.Aligned != n-sum.Aligned || sum2.Interrupted || !bytes.Equal(o2.tmx.Bytes(), whole.tmx.Bytes()) {
		t.Errorf("resumed run: summary %+v; same TMX as one run: %v", sum2, bytes.Equal(o2.tmx.Bytes(), whole.tmx.Bytes()))
	}
}

func TestResumeChecks(t *testing.T) {
	cfg := testConfig(filepath.Join(fixtures, "good.tsv"), 2)
	first, _, err := run(t, context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	otherTMX, _, err := run(t, context.Background(), testConfig(filepath.Join(fixtures, "dir"), 2))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		change func(*Config)
		tmx    []byte
		want   string
	}{
		{"other level", func(c *Config) { c.Align.Level = align.SentenceLevel }, first.tmx.Bytes(), "other settings"},
		{"other shard", func(c *Config) { c.Shard = Shard{1, 2} }, first.tmx.Bytes(), "other settings"},
		{"TMX missing", func(*Config) {}, nil, "previous TMX is missing"},
		{"TMX of another run", func(*Config) {}, otherTMX.tmx.Bytes(), "do not belong together"},
		{"not a report", func(c *Config) { c.Previous.Report = strings.NewReader(`{"a": 1}`) }, first.tmx.Bytes(), "not a bitext corpus report"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := cfg
			c.Previous = &Previous{Report: bytes.NewReader(first.report.Bytes())}
			if tc.tmx != nil {
				c.Previous.TMX = bytes.NewReader(tc.tmx)
			}
			tc.change(&c)
			_, _, err := run(t, context.Background(), c)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err %v, want %q", err, tc.want)
			}
		})
	}
}

// A disk that fills up during a resumed run: the next run redoes what
// the failed one did and keeps what was done before.
func TestResumeAfterFailedRun(t *testing.T) {
	const n = 24
	cfg := testConfig(repeatManifest(t, n), 1)
	whole, _, err := run(t, context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cfg.Progress = func(p Progress) {
		if p.Done == 1 {
			cancel()
		}
	}
	first, sum, err := run(t, ctx, cfg) // a few pairs
	if err != nil || sum.Failed > 0 || sum.Aligned == 0 {
		t.Fatal(err, sum)
	}
	done := sum.Aligned
	cfg.Progress = nil
	var failedReport bytes.Buffer
	c := cfg
	c.Previous = &Previous{Report: bytes.NewReader(first.report.Bytes()), TMX: bytes.NewReader(first.tmx.Bytes())}
	c.TMX, c.Report = &failWriter{n: (len(first.tmx.Bytes()) + len(whole.tmx.Bytes())) / 2}, &failedReport
	if s, err := Run(context.Background(), c); !errors.Is(err, errFull) {
		t.Fatalf("err %v; first run %+v, second %+v; sizes %d %d", err, sum, s, len(first.tmx.Bytes()), len(whole.tmx.Bytes()))
	}
	// The failed run's TMX was never put in place: resume from its
	// report and the first run's TMX.
	c = cfg
	c.Previous = &Previous{Report: bytes.NewReader(failedReport.Bytes()), TMX: bytes.NewReader(first.tmx.Bytes())}
	o, sum, err := run(t, context.Background(), c)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Resumed != done || sum.Aligned != n-done || !bytes.Equal(o.tmx.Bytes(), whole.tmx.Bytes()) {
		t.Errorf("summary %+v; same TMX as one run: %v", sum, bytes.Equal(o.tmx.Bytes(), whole.tmx.Bytes()))
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
