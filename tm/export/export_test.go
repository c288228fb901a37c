package export

import (
	"bytes"
	"errors"
	"io"
	"testing"
	"time"

	"github.com/bitext-ko/bitext/align"
	"github.com/bitext-ko/bitext/align/read"
	"github.com/bitext-ko/bitext/tm/tmx"
)

func example(t *testing.T, level align.Level, minScore float64) *align.Alignment {
	t.Helper()
	en, err := read.File("../../testdata/example/summit.en.txt", nil, read.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ko, err := read.File("../../testdata/example/summit.ko.txt", nil, read.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return align.Align(en.Paragraphs, ko.Paragraphs, align.Options{Level: level, MinScore: minScore})
}

func TestUnitsRoundTrip(t *testing.T) {
	a := example(t, align.ParagraphLevel, 0.5)
	date := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	units, c := Units(a, Options{DocID: "summit", Langs: Langs{KO: "ko-KR", EN: "en-US"}, Date: date})
	if c.Furniture != 9 || c.Omitted != 1 || c.Units != len(units) || c.Units+c.Flagged != 6 {
		t.Errorf("counts %+v", c)
	}
	var buf bytes.Buffer
	w, err := tmx.NewWriter(&buf, Header(Langs{KO: "ko-KR", EN: "en-US"}, a.Level, "test", date))
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range units {
		if err := w.Write(u); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	r := tmx.NewReader(&buf)
	h, err := r.Header()
	if err != nil {
		t.Fatal(err)
	}
	if h.SegType != tmx.SegParagraph || h.SrcLang != "ko-KR" {
		t.Errorf("header %+v", h)
	}
	n := 0
	for {
		u, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if u.Variants[0].Lang != "ko-KR" {
			t.Errorf("source variant not first: %+v", u.Variants)
		}
		if doc, _ := u.Prop(tmx.PropDocument); doc != "summit" {
			t.Errorf("x-document %q", doc)
		}
		if ids, _ := u.Prop(tmx.PropKoIDs); u.TUID == "summit:4,5:4" && ids != "4,5" {
			t.Errorf("x-ko-ids %q", ids)
		}
		n++
	}
	if n != len(units) {
		t.Errorf("read %d units, wrote %d", n, len(units))
	}
}

func TestFlagged(t *testing.T) {
	a := example(t, align.SentenceLevel, 1.01) // every bead flagged
	units, c := Units(a, Options{Langs: Langs{KO: "ko", EN: "en"}})
	if len(units) != 0 || c.Flagged == 0 {
		t.Fatalf("flagged beads exported without IncludeFlagged: %d units, %+v", len(units), c)
	}
	units, _ = Units(a, Options{Langs: Langs{KO: "ko", EN: "en"}, IncludeFlagged: true})
	if len(units) != c.Flagged {
		t.Fatalf("%d units, %d flagged", len(units), c.Flagged)
	}
	for _, u := range units {
		if !u.Flagged() {
			t.Errorf("unit %s not marked", u.TUID)
		}
	}
}

func TestParseLangs(t *testing.T) {
	tests := []struct {
		langs, src string
		want       Langs
		err        bool
	}{
		{"", "", Langs{KO: "ko-KR", EN: "en-US"}, false},
		{"", "en", Langs{KO: "ko-KR", EN: "en-US", SourceEN: true}, false},
		{"ko,en-GB", "en-GB", Langs{KO: "ko", EN: "en-GB", SourceEN: true}, false},
		{",en-GB", "", Langs{KO: "ko-KR", EN: "en-GB"}, false},
		{"ko-KR", "", Langs{}, true},
		{"ko-KR,ko-KR", "", Langs{}, true},
		{"ko KR,en", "", Langs{}, true},
		{"", "fr", Langs{}, true},
		// Canonical forms are written.
		{"ko_kr,EN-gb", "en-gb", Langs{KO: "ko-KR", EN: "en-GB", SourceEN: true}, false},
		{"kor,en", "", Langs{KO: "ko", EN: "en"}, false},
		{"ko-Kore-KR,en-Latn-US", "", Langs{KO: "ko-Kore-KR", EN: "en-Latn-US"}, false},
		{"ko-Hang,en-001", "", Langs{KO: "ko-Hang", EN: "en-001"}, false},
		// Each side's tag names its language.
		{"en-GB,ko-KR", "", Langs{}, true},
		{"ja-JP,fr-FR", "", Langs{}, true},
		{"ko-KR,fr-FR", "", Langs{}, true},
		{"ja,en-US", "", Langs{}, true},
		{"und,en", "", Langs{}, true},
		{"ko-Latn,en", "", Langs{}, true},
		{"ko,en-Kore", "", Langs{}, true},
		// Malformed or unknown BCP 47.
		{"ko-KR,en-US-", "", Langs{}, true},
		{"ko-KR,zz", "", Langs{}, true},
		{"ko-KR,e", "", Langs{}, true},
		{"ko-KR,en_US!", "", Langs{}, true},
	}
	for _, tc := range tests {
		got, err := ParseLangs(tc.langs, tc.src)
		if (err != nil) != tc.err || (!tc.err && got != tc.want) {
			t.Errorf("ParseLangs(%q, %q) = %+v, %v", tc.langs, tc.src, got, err)
		}
	}
}

func TestDocIDAndDate(t *testing.T) {
	for in, want := range map[string]string{"news/x.en.txt": "x", "a.ko.html": "a", "-": "stdin", "plain": "plain"} {
		if got := DocID(in); got != want {
			t.Errorf("DocID(%q) = %q, want %q", in, got, want)
		}
	}
	for _, s := range []string{"20260302T090000Z", "2026-03-02T18:00:00+09:00"} {
		d, err := ParseDate(s)
		if err != nil || !d.Equal(time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)) {
			t.Errorf("ParseDate(%q) = %v, %v", s, d, err)
		}
	}
	if _, err := ParseDate("yesterday"); err == nil {
		t.Error("ParseDate accepted yesterday")
	}
}
