package alignfile

import (
	"bytes"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// tiny is a small valid file written by hand: two English paragraphs (one
// of two sentences), one Korean, a furniture paragraph.
const tiny = `{
  "format": "bitext-alignment", "version": 1, "bitext": "x", "document": "d",
  "settings": {"keep_furniture": false, "paragraphs": "auto", "min_score": 0.5},
  "length_ratio": 2,
  "en": {"path": "a.en.txt", "sha256": "0000000000000000000000000000000000000000000000000000000000000000", "encoding": "UTF-8", "html": false,
    "paragraphs": [{"text": "Share this", "body": "", "sentences": [""], "furniture": true, "reason": "interface"},
                   {"text": "One. Two.", "sentences": ["One.", "Two."]}]},
  "ko": {"path": "a.ko.txt", "sha256": "1111111111111111111111111111111111111111111111111111111111111111", "encoding": "UTF-8", "html": true,
    "paragraphs": [{"text": "하나. 둘.", "sentences": ["하나. 둘."], "headline": true}]},
  "beads": [{"en": [0], "ko": [], "score": 0.99, "kind": "furniture", "flagged": false, "status": "auto"},
            {"en": [1], "ko": [0], "score": 0.3, "kind": "match", "flagged": true, "status": "confirmed"}],
  "links": [{"en": ["0.0"], "ko": [], "score": 0.99, "kind": "furniture", "flagged": false, "status": "auto"},
            {"en": ["1.0", "1.1"], "ko": ["0.0"], "score": 0.25, "kind": "match", "flagged": true, "status": "edited"}],
  "glossary": [{"hangul": "하나", "type": "other", "forms": [{"english": "One", "count": 1, "docs": 1, "seen": []}], "review": "rejected"}]
}`

// FuzzDecode reads arbitrary bytes as an alignment file. It must never
// panic, and whatever it accepts must be written and read back to the
// same value, and written again to the same bytes.
func FuzzDecode(f *testing.F) {
	f.Add([]byte(tiny))
	f.Add(exampleBytes(f))
	f.Add([]byte(`{"format": "bitext-alignment", "version": 2}`))
	f.Add([]byte(`{"format": "bitext-alignment", "version": 1, "beads": [{"en": [1e400]}]}`))
	f.Add([]byte(`{"format":"bitext-alignment","version":1,"bitext":"x","document":"d","settings":{"keep_furniture":false,"paragraphs":"auto","min_score":0},"length_ratio":1,"en":null,"ko":{},"beads":[],"links":[]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := Decode(data)
		if err != nil {
			if _, ok := err.(*Error); !ok {
				t.Fatalf("error %v is a %T, not an *Error", err, err)
			}
			return
		}
		out, err := Marshal(file)
		if err != nil {
			t.Fatalf("an accepted file is not written: %v", err)
		}
		back, err := Decode(out)
		if err != nil {
			t.Fatalf("what was written is refused: %v\n%s", err, out)
		}
		if d := cmp.Diff(file, back); d != "" {
			t.Fatalf("read back differs (-accepted +written and read):\n%s", d)
		}
		again, err := Marshal(back)
		if err != nil || !bytes.Equal(again, out) {
			t.Fatalf("written twice, the bytes differ: %v", err)
		}
	})
}

// TestTinyAccepted makes sure the hand-written seed is valid, so that the
// fuzzer starts from a file it accepts.
func TestTinyAccepted(t *testing.T) {
	f, err := Decode([]byte(tiny))
	if err != nil {
		t.Fatal(err)
	}
	if f.Glossary[0].Forms[0].Seen != nil || f.Links[1].Status != StatusEdited || f.EN.Paragraphs[1].Body != "One. Two." || f.EN.Paragraphs[0].Body != "" {
		t.Errorf("read as %+v", f)
	}
}
