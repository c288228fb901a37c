package corpus

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/bitext-ko/bitext/align"
	"github.com/bitext-ko/bitext/align/testenv"
	"github.com/bitext-ko/bitext/tm/alignfile"
	"github.com/bitext-ko/bitext/tm/atomicfile"
	"github.com/bitext-ko/bitext/tm/export"
	"github.com/bitext-ko/bitext/tm/tmx"
)

func TestAlignmentName(t *testing.T) {
	tests := []struct{ id, want string }{
		{"news/x", "news/x.alignment.json"},
		{"한국/기사 1", "한국/기사 1.alignment.json"},
		{"../../etc/passwd", "%2E%2E/%2E%2E/etc/passwd.alignment.json"},
		{"a//b", "a/%%/b.alignment.json"},
		{"/abs", "%%/abs.alignment.json"},
		{".hidden", "%2Ehidden.alignment.json"},
		{"trail. ", "trail.%20.alignment.json"},
		{`a\b:c*d?e"f<g>h|i%j`, "a%5Cb%3Ac%2Ad%3Fe%22f%3Cg%3Eh%7Ci%25j.alignment.json"},
		{"CON", "%43ON.alignment.json"},
		{"x/com1.txt", "x/%63om1.txt.alignment.json"},
		{"console", "console.alignment.json"},
	}
	names := map[string]string{}
	for _, tc := range tests {
		got := AlignmentName(tc.id)
		if got != tc.want {
			t.Errorf("AlignmentName(%q) = %q, want %q", tc.id, got, tc.want)
		}
		if other, dup := names[got]; dup {
			t.Errorf("%q and %q share %s", tc.id, other, got)
		}
		names[got] = tc.id
		if strings.HasPrefix(got, "/") || slices.Contains(strings.Split(got, "/"), "..") {
			t.Errorf("%s leaves the directory", got)
		}
	}
}

// alignmentsConfig is testConfig with alignment files in dir/al.
func alignmentsConfig(input string, dir string) Config {
	cfg := testConfig(input, 2, dir, true)
	cfg.AlignmentsDir = filepath.Join(dir, "al")
	return cfg
}

// exportDir exports the alignment files of dir as bitext export does, and
// returns the TMX; it also checks each file against its inputs.
func exportDir(t *testing.T, cfg Config) []byte {
	t.Helper()
	al, err := OpenAlignments(cfg.AlignmentsDir)
	if err != nil {
		t.Fatal(err)
	}
	defer al.Close()
	var buf bytes.Buffer
	w, err := tmx.NewWriter(&buf, export.Header(cfg.Langs, cfg.Align.Level, cfg.Version, cfg.Date))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range al.Pairs {
		f, err := alignfile.Open(al.Path(e))
		if err != nil {
			t.Fatal(err)
		}
		if f.Document != e.ID {
			t.Errorf("%s holds document %s", e.File, f.Document)
		}
		units, _ := export.FileUnits(f, cfg.Align.Level, export.Options{Langs: cfg.Langs, Date: cfg.Date, IncludeFlagged: cfg.IncludeFlagged})
		for _, u := range units {
			if err := w.Write(u); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestAlignmentsExportLikeTheRun: the alignment files of a run, read back
// in the index's order, export the run's TMX byte for byte, at both
// levels; each opens against its inputs (relative paths); the index
// counts what the report counts.
func TestAlignmentsExportLikeTheRun(t *testing.T) {
	for _, level := range []align.Level{align.ParagraphLevel, align.SentenceLevel} {
		t.Run(fmt.Sprint(level), func(t *testing.T) {
			cfg := alignmentsConfig(testManifest(t, 9), t.TempDir())
			cfg.Align.Level = level
			sum, err := Run(context.Background(), cfg)
			if err != nil || sum.Failed > 0 {
				t.Fatal(err, sum)
			}
			if got, want := exportDir(t, cfg), readFiles(t, cfg).tmx; !bytes.Equal(got, want) {
				t.Errorf("the export of the alignment files differs from the run's TMX (%d and %d bytes)", len(got), len(want))
			}
			al, err := OpenAlignments(cfg.AlignmentsDir)
			if err != nil {
				t.Fatal(err)
			}
			defer al.Close()
			rep := normalReport(t, readFiles(t, cfg).report)
			if len(al.Pairs) != 9 || len(rep.Pairs) != 9 {
				t.Fatalf("%d pairs in the index, %d in the report", len(al.Pairs), len(rep.Pairs))
			}
			for i, e := range al.Pairs {
				p := rep.Pairs[i]
				if e.ID != p.ID || e.Beads != p.Beads || e.Flagged != p.Flagged || e.MeanScore != p.MeanScore || e.File != p.ID+".alignment.json" {
					t.Errorf("index entry %+v, report %+v", e, p)
				}
			}
		})
	}
}

// TestAlignmentsCrashAtEveryStep crashes a run with alignment files at
// every step, as SIGKILL would, with and without checkpoints, and runs
// again: the index left by the crash must name only whole, valid files,
// and the next run's files must export its TMX, which is one
// uninterrupted run's; no temporary file is left. Like
// TestCrashAtEveryStep, it tries every step in the long tier only.
func TestAlignmentsCrashAtEveryStep(t *testing.T) {
	t.Parallel() // waits on the disk more than it computes
	const n = 5
	manifest := testManifest(t, n)
	want := alignmentsConfig(manifest, t.TempDir())
	if _, err := Run(context.Background(), want); err != nil {
		t.Fatal(err)
	}
	wantTMX := readFiles(t, want).tmx
	// Each run resumes a first run of 2 pairs, made once and copied, and
	// does the other 3. The alignment files name their inputs relative
	// to their directory, and every temporary directory is as deep as the
	// template's, so the copies' inputs are the template's.
	template := t.TempDir()
	first := alignmentsConfig(firstLines(t, manifest, 2), template)
	if _, err := Run(context.Background(), first); err != nil {
		t.Fatal(err)
	}
	setup := func(t *testing.T, checkpoint time.Duration) (Config, string) {
		dir := t.TempDir()
		if err := os.CopyFS(dir, os.DirFS(template)); err != nil {
			t.Fatal(err)
		}
		cfg := alignmentsConfig(manifest, dir)
		cfg.Checkpoint = checkpoint
		return cfg, dir
	}
	c := newConcurrent(t, 8)
	defer c.wait()
	for _, checkpoint := range []time.Duration{0, time.Nanosecond} {
		cfg, _ := setup(t, checkpoint)
		rec := &faults{exactCheckpoints: true}
		cfg.faults = rec
		if _, err := Run(context.Background(), cfg); err != nil {
			t.Fatal(err)
		}
		steps := rec.steps
		if !slices.Contains(steps, "alignment p03") || !slices.Contains(steps, "rename alignments-index") {
			t.Fatalf("steps %q", steps)
		}
		for _, k := range testenv.Steps(len(steps), 13) {
			c.run(fmt.Sprintf("checkpoint %v, crash at %d %s", checkpoint > 0, k, steps[k-1]), func(t *testing.T) {
				cfg, dir := setup(t, checkpoint)
				cfg.faults = &faults{crashAt: k, exactCheckpoints: true}
				if _, err := Run(context.Background(), cfg); !errors.Is(err, errCrash) {
					t.Fatalf("err %v, want a crash", err)
				}
				al, err := OpenAlignments(cfg.AlignmentsDir)
				if err != nil {
					t.Fatal(err)
				}
				if len(al.Pairs) < 2 {
					t.Errorf("after the crash, the index lists %d pairs", len(al.Pairs))
				}
				for _, e := range al.Pairs {
					if _, err := alignfile.ReadFile(al.Path(e)); err != nil {
						t.Errorf("after the crash, the index names a bad file: %v", err)
					}
				}
				al.Close()
				cfg.faults, cfg.Checkpoint = nil, 0
				if _, err := Run(context.Background(), cfg); err != nil {
					t.Fatal(err)
				}
				if got := readFiles(t, cfg).tmx; !bytes.Equal(got, wantTMX) {
					t.Errorf("after the crash, the TMX differs from one run's")
				}
				if got := exportDir(t, cfg); !bytes.Equal(got, wantTMX) {
					t.Errorf("after the crash, the alignment files do not export the TMX")
				}
				filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
					if err == nil && (atomicfile.IsTemp(d.Name()) || strings.HasSuffix(d.Name(), ".bitext-lock")) {
						t.Errorf("left behind: %s", p)
					}
					return nil
				})
			})
		}
	}
}

// TestAlignmentsKeepReviews: a run never overwrites an alignment file a
// person reviewed, nor a file that is not an alignment file: the pair
// fails, the file stays byte for byte, and the other pairs are done; the
// reviewed file stays in the index.
func TestAlignmentsKeepReviews(t *testing.T) {
	dir := t.TempDir()
	cfg := alignmentsConfig(testManifest(t, 4), dir)
	if _, err := Run(context.Background(), cfg); err != nil {
		t.Fatal(err)
	}
	reviewed := filepath.Join(cfg.AlignmentsDir, "p01.alignment.json")
	f, err := alignfile.ReadFile(reviewed)
	if err != nil {
		t.Fatal(err)
	}
	f.Beads[len(f.Beads)-1].Status = alignfile.StatusConfirmed
	if err := alignfile.WriteFile(reviewed, f); err != nil {
		t.Fatal(err)
	}
	junk := filepath.Join(cfg.AlignmentsDir, "p02.alignment.json")
	os.WriteFile(junk, []byte("my notes"), 0o644)
	before1, _ := os.ReadFile(reviewed)
	cfg.Force = true
	var warnings []string
	cfg.Warn = func(s string) { warnings = append(warnings, s) }
	sum, err := Run(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Failed != 2 || sum.Aligned != 2 {
		t.Errorf("summary %+v", sum)
	}
	after1, _ := os.ReadFile(reviewed)
	after2, _ := os.ReadFile(junk)
	if !bytes.Equal(before1, after1) || string(after2) != "my notes" {
		t.Error("a reviewed file or a file that is not an alignment was overwritten")
	}
	msgs := strings.Join(warnings, "\n")
	if !strings.Contains(msgs, "p01: "+reviewed+" holds a person's review, which bitext never overwrites") ||
		!strings.Contains(msgs, "p02: "+junk+" is there and is not an alignment file bitext can replace") {
		t.Errorf("warnings:\n%s", msgs)
	}
	al, err := OpenAlignments(cfg.AlignmentsDir)
	if err != nil {
		t.Fatal(err)
	}
	defer al.Close()
	var ids []string
	for _, e := range al.Pairs {
		ids = append(ids, e.ID)
	}
	// The reviewed file stays in the index, with its figures; the file
	// that is not an alignment file does not.
	if !slices.Equal(ids, []string{"p00", "p01", "p03"}) {
		t.Errorf("index lists %v", ids)
	}
	if e := al.Pairs[1]; e.File != "p01.alignment.json" || e.Beads != len(f.Beads) {
		t.Errorf("the kept file's entry %+v (%d beads)", e, len(f.Beads))
	}
}

// TestAlignmentsLock: reading a directory of alignment files and a run
// writing it exclude each other.
func TestAlignmentsLock(t *testing.T) {
	cfg := alignmentsConfig(testManifest(t, 2), t.TempDir())
	if _, err := Run(context.Background(), cfg); err != nil {
		t.Fatal(err)
	}
	al, err := OpenAlignments(cfg.AlignmentsDir)
	if err != nil {
		t.Fatal(err)
	}
	cfg.Force = true
	if _, err := Run(context.Background(), cfg); !errors.Is(err, ErrLocked) {
		t.Errorf("a run while the directory is open: err %v, want ErrLocked", err)
	}
	al.Close()
	l, err := atomicfile.TryLock(atomicfile.LockName(resolve(indexPath(cfg.AlignmentsDir))))
	if err != nil {
		t.Fatal(err)
	}
	defer l.Unlock()
	if _, err := OpenAlignments(cfg.AlignmentsDir); !errors.Is(err, ErrLocked) {
		t.Errorf("opening while a run holds the lock: err %v, want ErrLocked", err)
	}
}

func TestReadIndexRefuses(t *testing.T) {
	head := `{"format":"bitext-alignment-index","version":1}` + "\n"
	tests := []struct{ name, data, want string }{
		{"empty", "", "i.jsonl: empty"},
		{"other file", `{"tool":"bitext"}` + "\n", "i.jsonl:1: not an index"},
		{"newer", `{"format":"bitext-alignment-index","version":2}` + "\n", "index version 2"},
		{"escape", head + `{"id":"a","file":"../a.alignment.json"}` + "\n", `i.jsonl:2: "../a.alignment.json" is not a file inside the directory`},
		{"absolute", head + `{"id":"a","file":"/etc/a"}` + "\n", "is not a file inside the directory"},
		{"unclean", head + `{"id":"a","file":"x/./a"}` + "\n", "is not a file inside the directory"},
		{"twice", head + `{"id":"a","file":"a"}` + "\n" + `{"id":"a","file":"b"}` + "\n", "i.jsonl:3: pair a is listed twice"},
		{"unknown field", head + `{"id":"a","file":"a","x":1}` + "\n", `i.jsonl:2: json: unknown field "x"`},
	}
	for _, tc := range tests {
		err := readIndex(strings.NewReader(tc.data), "i.jsonl", func(IndexEntry) error { return nil })
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err %v, want %q", tc.name, err, tc.want)
		}
	}
}

// TestAlignmentsStaleTemps: the temporary alignment files a killed run
// left are removed by the next run, under its lock; other files stay.
func TestAlignmentsStaleTemps(t *testing.T) {
	cfg := alignmentsConfig(testManifest(t, 2), t.TempDir())
	stale := filepath.Join(cfg.AlignmentsDir, "sub", "."+"x.alignment.json.bitext-tmp-12345")
	notes := filepath.Join(cfg.AlignmentsDir, "sub", "notes.txt")
	os.MkdirAll(filepath.Dir(stale), 0o755)
	os.WriteFile(stale, []byte("{"), 0o644)
	os.WriteFile(notes, []byte("mine"), 0o644)
	if !atomicfile.IsTemp(filepath.Base(stale)) {
		t.Fatalf("%s is not named as atomicfile names temporary files", stale)
	}
	if _, err := Run(context.Background(), cfg); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stale); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("the stale temporary file is still there: %v", err)
	}
	if _, err := os.Stat(notes); err != nil {
		t.Errorf("another file was removed: %v", err)
	}
}

// TestAlignmentsIndexKeepsReviewed: after a person confirms a flagged
// bead of p01, a second run that cannot replace the file, whatever the
// reason, leaves it in the index, so that an export of the directory has
// the confirmed bead with its x-status; a run resuming that one keeps it
// too.
func TestAlignmentsIndexKeepsReviewed(t *testing.T) {
	for _, tc := range []struct {
		name string
		// change changes the second run: its settings, its input.
		change func(t *testing.T, cfg *Config)
	}{
		{"--force, other settings", func(t *testing.T, cfg *Config) { cfg.Force, cfg.Align.MinScore = true, 0.999 }},
		{"--force, same settings", func(t *testing.T, cfg *Config) { cfg.Force = true }},
		{"input gone", func(t *testing.T, cfg *Config) {
			b, err := os.ReadFile(cfg.Input)
			if err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(string(b), "\n")
			lines[1] = "p01\t/nonexistent/en.txt\t/nonexistent/ko.txt"
			cfg.Input = filepath.Join(t.TempDir(), "gone.tsv")
			if err := os.WriteFile(cfg.Input, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
				t.Fatal(err)
			}
			cfg.Force = true
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := alignmentsConfig(testManifest(t, 4), t.TempDir())
			cfg.Align.MinScore = 0.9999 // every bead flagged: none exported unless confirmed
			if _, err := Run(context.Background(), cfg); err != nil {
				t.Fatal(err)
			}
			if bytes.Contains(exportDir(t, cfg), []byte(tmx.PropStatus)) {
				t.Fatal("x-status before any review")
			}
			reviewed := filepath.Join(cfg.AlignmentsDir, "p01.alignment.json")
			f, err := alignfile.ReadFile(reviewed)
			if err != nil {
				t.Fatal(err)
			}
			confirmed := -1
			for i, b := range f.Beads {
				if b.Kind == align.Match && b.Flagged {
					confirmed = i
					break
				}
			}
			if confirmed < 0 {
				t.Fatal("no flagged 1-1 bead to confirm")
			}
			f.Beads[confirmed].Status = alignfile.StatusConfirmed
			if err := alignfile.WriteFile(reviewed, f); err != nil {
				t.Fatal(err)
			}

			tc.change(t, &cfg)
			var warnings []string
			cfg.Warn = func(s string) { warnings = append(warnings, s) }
			sum, err := Run(context.Background(), cfg)
			if err != nil || sum.Failed != 1 {
				t.Fatalf("second run: %v, %+v", err, sum)
			}
			if tc.name != "input gone" && !strings.Contains(strings.Join(warnings, "\n"), "stays in index.jsonl") {
				t.Errorf("warnings: %q", warnings)
			}
			check := func(when string) {
				t.Helper()
				al, err := OpenAlignments(cfg.AlignmentsDir)
				if err != nil {
					t.Fatal(err)
				}
				var ids []string
				for _, e := range al.Pairs {
					ids = append(ids, e.ID)
				}
				al.Close()
				if !slices.Contains(ids, "p01") || len(ids) != 4 {
					t.Errorf("%s: the index lists %v", when, ids)
				}
				doc := exportDir(t, cfg)
				if n := bytes.Count(doc, []byte(`<prop type="x-status">confirmed</prop>`)); n != 1 {
					t.Errorf("%s: %d confirmed units in the export of the directory, want 1", when, n)
				}
				if !bytes.Contains(doc, []byte(`<prop type="x-document">p01</prop>`)) {
					t.Errorf("%s: no unit of p01 in the export", when)
				}
			}
			check("after the second run")
			cfg.Force = false
			if _, err := Run(context.Background(), cfg); err != nil {
				t.Fatal(err)
			}
			check("after a resumed run")
		})
	}
}
