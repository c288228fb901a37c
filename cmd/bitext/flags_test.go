package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/urfave/cli/v2"
)

// runIn runs a command line in process with stdin as standard input (see
// runWith).
func runIn(stdin string, args ...string) result { return runWith(nil, stdin, args...) }

// flagCase gives one numeric flag of one command a value.
type flagCase struct {
	cmd   string   // "align", "names match"
	args  []string // the rest of a command line that works
	flag  string
	value string
}

func (fc flagCase) line() []string {
	return append(append(strings.Fields(fc.cmd), fc.args...), "--"+fc.flag, fc.value)
}

func flagCommands(t *testing.T) (ok map[string][]string, stdin map[string]string) {
	dir := t.TempDir()
	return map[string][]string{
			"align":       {exampleEN, exampleKO, "-f", "beads", "--glossary", filepath.Join(t.TempDir(), "g.tbx")},
			"eval":        {"../../testdata/example"},
			"names match": {"--ko", "../../testdata/names/ko_names.txt"},
			"corpus":      {corpusFixtures + "dir", "--tmx", filepath.Join(dir, "out.tmx"), "--date", "20240101T000000Z", "--glossary", filepath.Join(dir, "out.tbx")},
			"export":      {alignmentFile(t), "--glossary", filepath.Join(t.TempDir(), "e.tbx")},
			"names merge": {writeTemp(t, "g.txt", []byte("김정은\tKim Jong-un\n")), "-o", filepath.Join(t.TempDir(), "m.tbx")},
			"review":      {exampleEN, exampleKO, "-o", filepath.Join(dir, "review.json"), "--no-open"},
		}, map[string]string{
			"names match": "Kim Jong-un\n",
		}
}

// alignmentFile writes the example pair's alignment file (align -f json)
// in a temporary directory.
func alignmentFile(t *testing.T) string {
	t.Helper()
	file := filepath.Join(t.TempDir(), "al.json")
	if r := runT(t, "align", exampleEN, exampleKO, "-f", "json", "-o", file); r.code != 0 {
		t.Fatalf("align: exit %d: %s", r.code, r.stderr)
	}
	return file
}

// TestFlagValidation gives every numeric flag of every command values out
// of its range, NaN and infinities among them: each is a usage error (exit
// 2) naming the flag, before any work (nothing on standard output, no
// output file). Values at the ends of each range are accepted. A numeric
// flag without a case here fails the test, so that a new one gets checked.
func TestFlagValidation(t *testing.T) {
	good, stdin := flagCommands(t)
	bad := map[string][]string{ // "command --flag": values
		"align --min-score":         {"NaN", "nan", "Inf", "-Inf", "-0.1", "1.5", "1e308"},
		"align --width":             {"2000000000", "-1", "19", "1001"},
		"eval --worst":              {"-1", "-2000000000"},
		"eval --min-score":          {"NaN", "-1", "1.5"},
		"names match --threshold":   {"NaN", "+Inf", "-0.5", "1.01"},
		"corpus --min-score":        {"NaN", "-Inf", "2"},
		"corpus --jobs":             {"-1", "1025", "100000000"},
		"corpus --progress":         {"-1s", "-1ns", "25h", "2562047h"},
		"corpus --checkpoint":       {"-1s", "25h"},
		"align --tbx-version":       {"0", "1", "4", "-2"},
		"corpus --tbx-version":      {"0", "4"},
		"export --tbx-version":      {"0", "1", "4"},
		"names merge --tbx-version": {"0", "1", "4", "2000000000"},
		"review --port":             {"-1", "65536", "2000000000"},
		"review --min-score":        {"NaN", "-1", "1.5"},
	}
	fine := map[string][]string{
		"align --min-score":         {"0", "1", "0.7"},
		"align --width":             {"0", "20", "1000"},
		"eval --worst":              {"0", "2000000000"},
		"eval --min-score":          {"0", "1"},
		"names match --threshold":   {"0", "1"},
		"corpus --min-score":        {"0", "1"},
		"corpus --jobs":             {"0", "1", "1024"},
		"corpus --progress":         {"0", "24h"},
		"corpus --checkpoint":       {"0", "24h"},
		"align --tbx-version":       {"2", "3"},
		"corpus --tbx-version":      {"2", "3"},
		"export --tbx-version":      {"2", "3"},
		"names merge --tbx-version": {"2", "3"},
		"review --port":             {"0"},      // a review serves until it is stopped: TestReviewFlags runs 0 and a free port
		"review --min-score":        {"0", "1"}, // and these
	}

	// Every numeric flag has cases.
	var walk func(prefix string, cmds []*cli.Command)
	walk = func(prefix string, cmds []*cli.Command) {
		for _, c := range cmds {
			name := strings.TrimSpace(prefix + " " + c.Name)
			walk(name, c.Subcommands)
			for _, f := range c.Flags {
				switch f.(type) {
				case *cli.IntFlag, *cli.Int64Flag, *cli.UintFlag, *cli.Uint64Flag, *cli.Float64Flag, *cli.DurationFlag,
					*cli.IntSliceFlag, *cli.Int64SliceFlag, *cli.Float64SliceFlag:
					key := name + " --" + f.Names()[0]
					if len(bad[key]) == 0 || len(fine[key]) == 0 {
						t.Errorf("numeric flag %s has no validation cases", key)
					}
				}
			}
		}
	}
	walk("", commands())

	for key, values := range bad {
		cmd, flag, _ := strings.Cut(key, " --")
		for _, v := range values {
			fc := flagCase{cmd: cmd, args: good[cmd], flag: flag, value: v}
			r := runIn(stdin[cmd], fc.line()...)
			if r.code != 2 || !strings.Contains(r.stderr, "--"+flag+" must be") || r.stdout != "" {
				t.Errorf("%s %s: exit %d, want 2 with a message on --%s and no output\nstderr: %s\nstdout: %.200s", key, v, r.code, flag, r.stderr, r.stdout)
			}
			if cmd == "corpus" {
				if _, err := os.Stat(filepath.Dir(good[cmd][2])); err == nil {
					if es, _ := os.ReadDir(filepath.Dir(good[cmd][2])); len(es) > 0 {
						t.Errorf("%s %s: the refused run left %d files", key, v, len(es))
					}
				}
			}
		}
	}
	for key, values := range fine {
		cmd, flag, _ := strings.Cut(key, " --")
		if cmd == "review" {
			continue // served until stopped: TestReviewFlags runs these
		}
		for _, v := range values {
			fc := flagCase{cmd: cmd, args: good[cmd], flag: flag, value: v}
			if cmd == "corpus" {
				fc.args = append(fc.args, "--force")
			}
			r := runIn(stdin[cmd], fc.line()...)
			if r.code != 0 {
				t.Errorf("%s %s: exit %d, want 0: %s", key, v, r.code, r.stderr)
			}
		}
	}
}

// TestSharedFlags: a flag that several commands have is made by one
// constructor, so it has the same help text and default in each; the
// test fails when a command defines one of them anew with other words.
func TestSharedFlags(t *testing.T) {
	shared := []string{"dict", "keep-furniture", "min-score", "level", "paragraphs", "tmx", "langs", "srclang",
		"date", "include-flagged", "glossary-format", "safe-cells", "header", "tbx-version"}
	seen := map[string][]string{} // flag: "command: definition"
	var walk func(prefix string, cmds []*cli.Command)
	walk = func(prefix string, cmds []*cli.Command) {
		for _, c := range cmds {
			name := strings.TrimSpace(prefix + " " + c.Name)
			walk(name, c.Subcommands)
			for _, f := range c.Flags {
				if v, ok := f.(cli.VisibleFlag); ok && !v.IsVisible() {
					continue // a hidden flag fixes a value; its help is not shown
				}
				seen[f.Names()[0]] = append(seen[f.Names()[0]], name+": "+f.String())
			}
		}
	}
	walk("", commands())
	for _, flag := range shared {
		defs := seen[flag]
		if len(defs) < 2 {
			t.Errorf("--%s is in %d commands, not a shared flag", flag, len(defs))
			continue
		}
		_, first, _ := strings.Cut(defs[0], ": ")
		for _, d := range defs[1:] {
			if _, def, _ := strings.Cut(d, ": "); def != first {
				t.Errorf("--%s differs:\n%s\n%s", flag, defs[0], d)
			}
		}
	}
}
