package english

import (
	"runtime"
	"strings"
	"testing"
	"unsafe"
	"weak"
)

// TestFinderKeepsNoText checks that a Finder kept from one document to
// the next (as the glossary keeps one for each corpus worker) holds no
// text of a document once FindNamesIn returns: not after a short
// document, and not after a short one that follows a long one, whose
// storage reaches past what the short one uses.
func TestFinderKeepsNoText(t *testing.T) {
	para := "Kim Jong-un met Donald Trump in Singapore, and Moon Jae-in said the talks with Pyongyang would go on. "
	tests := []struct {
		name  string
		sizes []int // paragraphs of each document read, the last one checked
	}{
		{"one document", []int{3}},
		{"short after long", []int{40, 2}},
		{"long after short", []int{2, 40}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var f Finder
			var alive []weak.Pointer[byte]
			for _, n := range tt.sizes {
				// One string for the document, its paragraphs pieces of
				// it, as package read makes them.
				doc := strings.Repeat(para+"\n", n)
				paragraphs := strings.Split(strings.TrimSuffix(doc, "\n"), "\n")
				out := f.FindNamesIn(paragraphs)
				if len(out) != n || len(out[0]) == 0 {
					t.Fatalf("%d paragraphs, names %v", n, out)
				}
				alive = append(alive, weak.Make(unsafe.StringData(doc)))
			}
			runtime.GC()
			runtime.GC()
			for i, w := range alive {
				if w.Value() != nil {
					t.Errorf("document %d (%d paragraphs) is still reachable from the Finder", i, tt.sizes[i])
				}
			}
			runtime.KeepAlive(&f)
		})
	}
}
