package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

const fixtures = "../../testdata/corpus"

// collect runs Scan-like reading and returns pairs and problems as strings.
func collect(t *testing.T, scan func(yield func(Item) error) error) (pairs, problems []string) {
	t.Helper()
	err := scan(func(it Item) error {
		if it.Pair != nil {
			pairs = append(pairs, fmt.Sprintf("%s %s %s", it.Pair.ID, it.Pair.EN, it.Pair.KO))
		} else {
			problems = append(problems, fmt.Sprintf("%s %d %s", it.Problem.Kind, it.Problem.Line, it.Problem.ID))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return pairs, problems
}

func TestReadManifest(t *testing.T) {
	abs := filepath.Join(string(filepath.Separator), "abs", "x.en.txt")
	tests := []struct {
		name, in        string
		pairs, problems []string
	}{
		{"plain", "a\ta.en.txt\ta.ko.txt\n", []string{"a m/a.en.txt m/a.ko.txt"}, nil},
		{"header comments blanks CRLF BOM", "\uFEFFid\ten_path\tko_path\r\n# note\r\n\r\nb\tsub/b.en\tb.ko\r\n",
			[]string{"b m/sub/b.en m/b.ko"}, nil},
		{"header only counts first", "a\ta.en\ta.ko\nid\ten\tko\n", []string{"a m/a.en m/a.ko", "id m/en m/ko"}, nil},
		{"absolute path kept", "a\t" + abs + "\tk\n", []string{"a " + abs + " m/k"}, nil},
		{"duplicate id keeps first", "a\t1\t2\na\t3\t4\nb\t5\t6\n", []string{"a m/1 m/2", "b m/5 m/6"}, []string{"duplicate-id 2 a"}},
		{"wrong field counts", "a\tb\nc\td\te\tf\nno tabs\n", nil, []string{"bad-line 1 a", "bad-line 2 c", "bad-line 3 no tabs"}},
		{"empty fields", "\ta\tb\nc\t\td\n", nil, []string{"bad-line 1 ", "bad-line 2 c"}},
		{"stdin refused", "a\t-\tb.ko\n", nil, []string{"bad-line 1 a"}},
		{"spaces are part of ids", "a b\tx\ty\n", []string{"a b m/x m/y"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			pairs, problems := collect(t, func(y func(Item) error) error {
				return ReadManifest(strings.NewReader(tc.in), "list.tsv", "m", Shard{}, y)
			})
			for i := range pairs {
				pairs[i] = filepath.ToSlash(pairs[i])
			}
			if !reflect.DeepEqual(pairs, tc.pairs) || !reflect.DeepEqual(problems, tc.problems) {
				t.Errorf("pairs %q, problems %q\nwant %q, %q", pairs, problems, tc.pairs, tc.problems)
			}
		})
	}
}

func TestReadManifestLongLine(t *testing.T) {
	in := "a\tb\tc\n" + strings.Repeat("x", MaxManifestLine+1) + "\n"
	n := 0
	err := ReadManifest(strings.NewReader(in), "list.tsv", "", Shard{}, func(Item) error { n++; return nil })
	if err == nil || !strings.Contains(err.Error(), "list.tsv: line 2") || n != 1 {
		t.Fatalf("err %v after %d items; want an error naming line 2 after one pair", err, n)
	}
}

func TestScanDirectory(t *testing.T) {
	pairs, problems := collect(t, func(y func(Item) error) error {
		return Scan(filepath.Join(fixtures, "dir"), Shard{}, y)
	})
	var ids []string
	for _, p := range pairs {
		ids = append(ids, strings.Fields(p)[0])
	}
	wantIDs := []string{"culture/festival", "economy/exports", "economy/rates", "politics/summit"}
	if !reflect.DeepEqual(ids, wantIDs) {
		t.Errorf("ids %q, want %q", ids, wantIDs)
	}
	if want := []string{"unpaired 0 culture/review"}; !reflect.DeepEqual(problems, want) {
		t.Errorf("problems %q, want %q", problems, want)
	}
	if !strings.HasSuffix(pairs[0], "festival.en.html "+filepath.Join(fixtures, "dir", "culture", "festival.ko.html")) {
		t.Errorf("html pair: %s", pairs[0])
	}
}

func TestScanDirectoryProblems(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{
		"b.en.txt", "b.ko.txt", // a pair
		"a.en.txt", "a.en.html", "a.ko.txt", // two English sides
		"c.ko.htm",                         // alone
		"notes.txt", "d.gold", ".e.en.txt", // not sides of pairs, or hidden
		"x.y.en.txt", "x.y.ko.txt", // dots inside the stem
		"sub/f.en.txt", "sub/f.ko.txt", ".git/g.en.txt", ".git/g.ko.txt",
	} {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	pairs, problems := collect(t, func(y func(Item) error) error { return Scan(dir, Shard{}, y) })
	var ids []string
	for _, p := range pairs {
		ids = append(ids, strings.Fields(p)[0])
	}
	if want := []string{"b", "x.y", "sub/f"}; !reflect.DeepEqual(ids, want) {
		t.Errorf("ids %q, want %q", ids, want)
	}
	if want := []string{"ambiguous 0 a", "unpaired 0 c"}; !reflect.DeepEqual(problems, want) {
		t.Errorf("problems %q, want %q", problems, want)
	}
}

func TestScanMissingInput(t *testing.T) {
	err := Scan(filepath.Join(t.TempDir(), "nothing.tsv"), Shard{}, func(Item) error { return nil })
	if err == nil || !strings.Contains(err.Error(), "nothing.tsv") {
		t.Fatalf("err %v, want one naming the file", err)
	}
}

func TestParseShard(t *testing.T) {
	tests := []struct {
		in   string
		want Shard
		ok   bool
	}{
		{"0/1", Shard{0, 1}, true},
		{"3/4", Shard{3, 4}, true},
		{" 1 / 2 ", Shard{1, 2}, true},
		{"4/4", Shard{}, false},
		{"-1/4", Shard{}, false},
		{"1/0", Shard{}, false},
		{"1", Shard{}, false},
		{"a/b", Shard{}, false},
	}
	for _, tc := range tests {
		got, err := ParseShard(tc.in)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("ParseShard(%q) = %v, %v; want %v, ok %v", tc.in, got, err, tc.want, tc.ok)
		}
	}
}

func TestShardsPartition(t *testing.T) {
	for _, n := range []int{1, 2, 3, 7} {
		counts := make([]int, n)
		for i := range 2000 {
			id := fmt.Sprintf("news/%05d", i)
			owners := 0
			for s := range n {
				if (Shard{s, n}).Has(id) {
					owners++
					counts[s]++
				}
			}
			if owners != 1 {
				t.Fatalf("%d shards: %s belongs to %d", n, id, owners)
			}
		}
		for s, c := range counts { // shares are even enough to be useful
			if c < 2000/n*7/10 {
				t.Errorf("%d shards: shard %d has only %d of 2000 ids", n, s, c)
			}
		}
	}
	// The hash is part of the contract: shards made by one version must
	// be the shards of the next (FNV-1a 64 of the id, modulo N).
	for _, tc := range []struct {
		id   string
		n, i int
	}{{"news/00000", 4, 1}, {"news/00000", 3, 2}, {"politics/summit", 4, 0}, {"politics/summit", 3, 1}} {
		if !(Shard{tc.i, tc.n}).Has(tc.id) {
			t.Errorf("%s is not in shard %d/%d", tc.id, tc.i, tc.n)
		}
	}
}

func FuzzReadManifest(f *testing.F) {
	for _, s := range []string{
		"a\ta.en.txt\ta.ko.txt\n", "id\ten\tko\nb\t/x\ty\r\n", "# c\n\n\ta\tb\n", "a\t-\tb\na\tc\td\n", "\uFEFFx\ty\tz",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		ids := map[string]bool{}
		lines := strings.Count(string(data), "\n") + 1
		err := ReadManifest(strings.NewReader(string(data)), "m.tsv", "d", Shard{}, func(it Item) error {
			switch {
			case it.Pair != nil:
				p := it.Pair
				if p.ID == "" || p.EN == "" || p.KO == "" || strings.ContainsAny(p.ID, "\t\n") {
					t.Fatalf("bad pair %+v", p)
				}
				if ids[p.ID] {
					t.Fatalf("id %q yielded twice", p.ID)
				}
				ids[p.ID] = true
				if p.Line < 1 || p.Line > lines {
					t.Fatalf("line %d of %d", p.Line, lines)
				}
			case it.Problem != nil:
				if it.Problem.Line < 1 || it.Problem.Line > lines || it.Problem.Message == "" {
					t.Fatalf("bad problem %+v", it.Problem)
				}
			default:
				t.Fatal("empty item")
			}
			return nil
		})
		if err != nil && len(data) < MaxManifestLine {
			t.Fatalf("error on a short input: %v", err)
		}
	})
}

// TestScanDirectoryNotRegular: named pipes, links to nothing and links to
// directories are reported and never opened; a link to a regular file is
// a file.
func TestScanDirectoryNotRegular(t *testing.T) {
	dir := t.TempDir()
	src, _ := filepath.Abs(filepath.Join(fixtures, "dir", "economy"))
	write := func(name, from string) {
		b, err := os.ReadFile(filepath.Join(src, from))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.ko.txt", "exports.ko.txt")
	makeFIFO(t, filepath.Join(dir, "a.en.txt"))
	symlink(t, filepath.Join(src, "rates.en.txt"), filepath.Join(dir, "b.en.txt"))
	write("b.ko.txt", "rates.ko.txt")
	symlink(t, filepath.Join(dir, "nowhere.txt"), filepath.Join(dir, "c.en.txt"))
	write("c.ko.txt", "rates.ko.txt")
	symlink(t, src, filepath.Join(dir, "linked"))
	symlink(t, filepath.Join(dir, "a.en.txt"), filepath.Join(dir, "d.ko.txt")) // to the pipe
	makeFIFO(t, filepath.Join(dir, "notes"))                                   // not named like a side: ignored

	var pairs, problems []string
	err := Scan(dir, Shard{}, func(it Item) error {
		if it.Pair != nil {
			pairs = append(pairs, it.Pair.ID)
		} else {
			problems = append(problems, fmt.Sprintf("%s %s %s", it.Problem.Kind, filepath.Base(it.Problem.Path), it.Problem.Message))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"skipped a.en.txt a named pipe: skipped, never opened",
		"unpaired a.ko.txt no English partner (a.en.txt or .html)",
		"skipped c.en.txt broken symbolic link: skipped, never opened",
		"unpaired c.ko.txt no English partner (c.en.txt or .html)",
		"skipped d.ko.txt symbolic link to a named pipe: skipped, never opened",
		"skipped linked symbolic link to a directory: not followed",
	}
	if !reflect.DeepEqual(pairs, []string{"b"}) || !reflect.DeepEqual(problems, want) {
		t.Errorf("pairs %q, problems\n%q\nwant [b],\n%q", pairs, problems, want)
	}
	for _, p := range []Problem{{Kind: Skipped}, {Kind: Unpaired}} {
		if p.Failure() {
			t.Errorf("%s makes the run fail", p.Kind)
		}
	}
}

// TestBadIDs: ids that the TMX or the report cannot keep are refused, from
// a directory and from a manifest.
func TestBadIDs(t *testing.T) {
	for id, want := range map[string]bool{
		"politics/summit": true, "뉴스/기사1": true, "a b": true, "x%01": true,
		"a\x01b": false, "tab\there": false, "new\nline": false, "caf\xe9": false, "del\x7f": false, "c1\u0085": false, "nc\uffff": false,
	} {
		if ValidID(id) != want {
			t.Errorf("ValidID(%q) = %v", id, !want)
		}
	}
	dir := t.TempDir()
	for _, name := range []string{"ok.en.txt", "ok.ko.txt", "bad\x01.en.txt", "bad\x01.ko.txt", "caf\xe9.en.txt", "caf\xe9.ko.txt"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("x"), 0o644); err != nil {
			t.Skipf("this file system refuses the name %q: %v", name, err)
		}
	}
	pairs, problems := collect(t, func(y func(Item) error) error { return Scan(dir, Shard{}, y) })
	if len(pairs) != 1 || !reflect.DeepEqual(problems, []string{"bad-id 0 ", "bad-id 0 "}) {
		t.Errorf("pairs %q, problems %q", pairs, problems)
	}
	pairs, problems = collect(t, func(y func(Item) error) error {
		return ReadManifest(strings.NewReader("ok\ta\tb\nbad\x01\ta\tb\ncaf\xe9\ta\tb\n"), "list.tsv", "", Shard{}, y)
	})
	if len(pairs) != 1 || !reflect.DeepEqual(problems, []string{"bad-id 2 ", "bad-id 3 "}) {
		t.Errorf("pairs %q, problems %q", pairs, problems)
	}
}

func symlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
}
