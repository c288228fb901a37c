package glossary

import (
	"bytes"
	"testing"
)

// TestMergeWritesReadably: merged shards write a glossary that reads
// back in every format, the largest counts included.
func TestMergeWritesReadably(t *testing.T) {
	big := []Entry{{Hangul: "김정은", Type: Person, Confidence: 1, Forms: []Form{{English: "Kim Jong-un", Count: maxCount, Docs: maxCount, Latin: maxCount}}}}
	tests := []struct {
		name  string
		lists [][]Entry
	}{
		{"samples", [][]Entry{sampleEntries(), sampleEntries()}},
		{"with an empty shard", [][]Entry{nil, sampleEntries(), {}}},
		{"largest counts", [][]Entry{big, big}},
	}
	for _, tc := range tests {
		merged := Merge(tc.lists...)
		for _, f := range Formats() {
			var buf bytes.Buffer
			if err := Write(&buf, merged, f); err != nil {
				t.Fatal(err)
			}
			es, err := Read(bytes.NewReader(buf.Bytes()), "merged."+string(f), f)
			if err != nil || len(es) != len(merged) {
				t.Errorf("%s %s: %d entries, %v\n%s", tc.name, f, len(es), err, buf.String())
			}
		}
	}
}
