package glossary

import (
	"bytes"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/bitext-ko/bitext/align"
	"github.com/bitext-ko/bitext/align/read"
)

// testDocs aligns the project's corpus fixtures and the example pair.
func testDocs(t *testing.T) (ids []string, as []*align.Alignment) {
	t.Helper()
	pairs := [][2]string{
		{"../../testdata/example/summit.en.txt", "../../testdata/example/summit.ko.txt"},
		{"../../testdata/corpus/dir/politics/summit.en.txt", "../../testdata/corpus/dir/politics/summit.ko.txt"},
		{"../../testdata/corpus/dir/economy/exports.en.txt", "../../testdata/corpus/dir/economy/exports.ko.txt"},
		{"../../testdata/corpus/dir/economy/rates.en.txt", "../../testdata/corpus/dir/economy/rates.ko.txt"},
		{"../../testdata/corpus/dir/culture/festival.en.html", "../../testdata/corpus/dir/culture/festival.ko.html"},
	}
	for i, p := range pairs {
		en, err := read.File(p[0], nil, read.Options{})
		if err != nil {
			t.Fatal(err)
		}
		ko, err := read.File(p[1], nil, read.Options{})
		if err != nil {
			t.Fatal(err)
		}
		// Each document twice, under two ids: repeated sightings are what
		// makes confidences depend on the history.
		for _, suffix := range []string{"", "-again"} {
			ids = append(ids, fmt.Sprintf("%d-%s%s", i, filepath.Base(p[0]), suffix))
			as = append(as, align.Align(en.Paragraphs, ko.Paragraphs, align.Options{MinScore: 0.5}))
		}
	}
	return ids, as
}

// TestStateResumesExactly: a Builder saved after k documents and restored
// goes on to the same entries, confidences included, and the same state,
// as one that never stopped; for every k.
func TestStateResumesExactly(t *testing.T) {
	ids, as := testDocs(t)
	opt := Options{MaxSeen: 3}
	whole := NewBuilder(opt)
	for i := range ids {
		whole.Add(ids[i], as[i])
	}
	want := whole.Entries()
	var wantState bytes.Buffer
	if err := whole.WriteState(&wantState); err != nil {
		t.Fatal(err)
	}
	if len(want) < 5 {
		t.Fatalf("only %d entries", len(want))
	}
	mergedDiffers := false
	for k := 0; k <= len(ids); k++ {
		first := NewBuilder(opt)
		for i := range k {
			first.Add(ids[i], as[i])
		}
		var state bytes.Buffer
		if err := first.WriteState(&state); err != nil {
			t.Fatal(err)
		}
		b, err := ReadState(bytes.NewReader(state.Bytes()), "state", opt)
		if err != nil {
			t.Fatalf("k=%d: %v", k, err)
		}
		rest := NewBuilder(opt)
		for i := k; i < len(ids); i++ {
			b.Add(ids[i], as[i])
			rest.Add(ids[i], as[i])
		}
		if got := b.Entries(); !reflect.DeepEqual(got, want) {
			t.Errorf("k=%d: resumed entries differ from one run's", k)
		}
		var got bytes.Buffer
		b.WriteState(&got)
		if !bytes.Equal(got.Bytes(), wantState.Bytes()) {
			t.Errorf("k=%d: resumed state differs from one run's", k)
		}
		// What merging the glossaries would give instead.
		if merged := Merge(first.Entries(), rest.Entries()); !reflect.DeepEqual(merged, want) {
			mergedDiffers = true
		}
	}
	if !mergedDiffers {
		t.Log("merging the glossaries gave the same entries for every k: the fixtures do not show the drift")
	}
}

func TestReadStateErrors(t *testing.T) {
	ids, as := testDocs(t)
	b := NewBuilder(Options{})
	b.Add(ids[0], as[0])
	var state bytes.Buffer
	b.WriteState(&state)
	lines := strings.SplitAfter(state.String(), "\n")
	tests := []struct {
		name, in string
		opt      Options
		want     string
	}{
		{"empty", "", Options{}, "not a glossary state"},
		{"a glossary", "김정은\tKim Jong-un\t\n", Options{}, "not a glossary state"},
		{"other options", state.String(), Options{IncludeFlagged: true}, "other options"},
		{"other version", strings.Replace(state.String(), `"version":1`, `"version":2`, 1), Options{}, "version"},
		{"cut short", state.String()[:len(state.String())-10], Options{}, "entry"},
		{"entry twice", lines[0] + lines[1] + lines[1], Options{}, "twice"},
		{"bad doubt", strings.Replace(state.String(), `"doubt":`, `"doubt":-`, 1), Options{}, "doubt"},
		{"unknown field", strings.Replace(state.String(), `"hangul"`, `"x":1,"hangul"`, 1), Options{}, "unknown field"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadState(strings.NewReader(tc.in), "names.state", tc.opt)
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "names.state") {
				t.Errorf("err %v, want %q", err, tc.want)
			}
		})
	}
}
