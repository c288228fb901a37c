package export

import (
	"fmt"
	"testing"
	"time"

	"github.com/bitext-ko/bitext/align"
	"github.com/bitext-ko/bitext/align/read"
	"github.com/bitext-ko/bitext/tm/alignfile"
	"github.com/bitext-ko/bitext/tm/glossary"
	"github.com/bitext-ko/bitext/tm/tmx"
	"github.com/google/go-cmp/cmp"
)

// exampleFile aligns the example pair as bitext align --glossary does and
// returns its alignment file (glossary included), the alignment and the
// glossary align writes.
func exampleFile(t *testing.T, minScore float64) (*alignfile.File, *align.Alignment, []glossary.Entry) {
	t.Helper()
	en, err := read.File("../../testdata/example/summit.en.txt", nil, read.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ko, err := read.File("../../testdata/example/summit.ko.txt", nil, read.Options{})
	if err != nil {
		t.Fatal(err)
	}
	b := glossary.NewBuilder(glossary.Options{})
	a := align.Align(en.Paragraphs, ko.Paragraphs, align.Options{MinScore: minScore})
	b.Add("summit", a)
	f := alignfile.New(a, alignfile.Input{Path: "summit.en.txt", Text: en}, alignfile.Input{Path: "summit.ko.txt", Text: ko}, "summit",
		alignfile.Settings{MinScore: minScore}, "test")
	f.SetGlossary(b.Entries())
	return f, a, b.Entries()
}

var testLangs = Langs{KO: "ko-KR", EN: "en-US"}

// TestFileUnitsUnedited: an alignment file nobody edited gives the units
// of the alignment it was made from, at both levels, flagged beads left
// out or included.
func TestFileUnitsUnedited(t *testing.T) {
	f, a, _ := exampleFile(t, 0.999)
	for _, level := range []align.Level{align.ParagraphLevel, align.SentenceLevel} {
		for _, include := range []bool{false, true} {
			opt := Options{DocID: "summit", Langs: testLangs, Date: time.Unix(0, 0), IncludeFlagged: include}
			a.Level = level
			a.Beads = map[align.Level][]align.Bead{align.ParagraphLevel: a.ParagraphBeads, align.SentenceLevel: a.SentenceBeads}[level]
			want, wc := Units(a, opt)
			opt.DocID = "ignored: the file's document counts"
			got, gc := FileUnits(f, level, opt)
			if d := cmp.Diff(want, got); d != "" || wc != gc {
				t.Errorf("level %d, include flagged %v: units differ (%+v, %+v):\n%s", level, include, wc, gc, d)
			}
			if wc.Flagged == 0 {
				t.Errorf("level %d: no flagged bead; the test proves nothing about them", level)
			}
		}
	}
}

// TestFileUnitsReviewed: beads a person confirmed or edited are exported
// whatever their score, unmarked, with x-status; the others as before;
// furniture and omissions never.
func TestFileUnitsReviewed(t *testing.T) {
	f, _, _ := exampleFile(t, 0.999)
	var flagged []int
	furniture := -1
	for i, b := range f.Beads {
		if b.Flagged && b.Kind == align.Match {
			flagged = append(flagged, i)
		}
		if b.Kind == align.Furniture && furniture < 0 {
			furniture = i
		}
	}
	if len(flagged) < 3 || furniture < 0 {
		t.Fatalf("the example has %d flagged match beads, furniture at %d: too few to test", len(flagged), furniture)
	}
	f.Beads[flagged[0]].Status = alignfile.StatusConfirmed
	f.Beads[flagged[1]].Status = alignfile.StatusEdited
	f.Beads[furniture].Status = alignfile.StatusConfirmed
	tuid := func(b alignfile.Bead) string {
		return fmt.Sprintf("summit:%s:%s", align.JoinIDs(b.KO, ","), align.JoinIDs(b.EN, ","))
	}
	for _, include := range []bool{false, true} {
		units, c := FileUnits(f, align.ParagraphLevel, Options{Langs: testLangs, IncludeFlagged: include})
		byID := map[string]tmx.Unit{}
		for _, u := range units {
			byID[u.TUID] = u
		}
		tests := []struct {
			bead             int
			exported         bool
			status           string
			flagged, hasProp bool
		}{
			{flagged[0], true, "confirmed", false, true},
			{flagged[1], true, "edited", false, true},
			{flagged[2], include, "", include, false},
			{furniture, false, "", false, false},
		}
		for _, tc := range tests {
			u, ok := byID[tuid(f.Beads[tc.bead])]
			if ok != tc.exported {
				t.Errorf("include %v, bead %d: exported %v, want %v", include, tc.bead, ok, tc.exported)
				continue
			}
			if !ok {
				continue
			}
			st, has := u.Prop(tmx.PropStatus)
			if st != tc.status || has != tc.hasProp || u.Flagged() != tc.flagged {
				t.Errorf("include %v, bead %d: x-status %q (%v), flagged %v", include, tc.bead, st, has, u.Flagged())
			}
		}
		if c.Reviewed != 2 {
			t.Errorf("counted %d reviewed units, want 2", c.Reviewed)
		}
	}
}

func entry(hangul, english string, review alignfile.Review) alignfile.Entry {
	return alignfile.Entry{Entry: glossary.Entry{Hangul: hangul, Type: glossary.Person, Forms: []glossary.Form{{English: english, Count: 1, Docs: 1}}}, Review: review}
}

func TestApplyReviews(t *testing.T) {
	built := []glossary.Entry{entry("가", "Ga", "").Entry, entry("나", "Na", "").Entry, entry("다", "Da", "").Entry, entry("라", "Ra", "").Entry}
	tests := []struct {
		name         string
		reviews      []alignfile.Entry
		reviewedOnly bool
		want         []string // Hangul=English
	}{
		{"none", nil, false, []string{"가=Ga", "나=Na", "다=Da", "라=Ra"}},
		{"none, reviewed only", nil, true, []string{}},
		{"rejected", []alignfile.Entry{entry("나", "Na", alignfile.ReviewRejected)}, false, []string{"가=Ga", "다=Da", "라=Ra"}},
		{"edited", []alignfile.Entry{entry("다", "Dah", alignfile.ReviewEdited)}, false, []string{"가=Ga", "나=Na", "다=Dah", "라=Ra"}},
		{"accepted keeps the built entry", []alignfile.Entry{entry("가", "old", alignfile.ReviewAccepted)}, true, []string{"가=Ga"}},
		{"accepted, no longer built", []alignfile.Entry{entry("마", "Ma", alignfile.ReviewAccepted)}, true, []string{"마=Ma"}},
		{"rejected, no longer built", []alignfile.Entry{entry("바", "Ba", alignfile.ReviewRejected)}, true, []string{}},
		{"auto review changes nothing", []alignfile.Entry{entry("가", "Gah", alignfile.ReviewAuto)}, false, []string{"가=Ga", "나=Na", "다=Da", "라=Ra"}},
		{"the last review counts", []alignfile.Entry{entry("마", "Ma", alignfile.ReviewEdited), entry("마", "Mah", alignfile.ReviewEdited), entry("가", "Ga", alignfile.ReviewRejected), entry("가", "Ga", alignfile.ReviewAccepted)}, true, []string{"가=Ga", "마=Mah"}},
	}
	for _, tc := range tests {
		got := []string{}
		for _, e := range ApplyReviews(built, tc.reviews, tc.reviewedOnly) {
			got = append(got, e.Hangul+"="+e.Preferred())
		}
		if !cmp.Equal(got, tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestFilesGlossary: the glossary of an unedited file is the one bitext
// align --glossary writes; a review changes it as ApplyReviews says, and
// a bead confirmed under the threshold gives its names.
func TestFilesGlossary(t *testing.T) {
	f, _, want := exampleFile(t, 0.98)
	x := NewFiles(align.ParagraphLevel, Options{Langs: testLangs}, true, glossary.Options{})
	x.Add(f)
	if d := cmp.Diff(want, x.Glossary(false)); d != "" {
		t.Fatalf("the glossary of the unedited file differs from align's:\n%s", d)
	}
	f.Glossary[0].Review = alignfile.ReviewRejected
	f.Glossary[1].Review = alignfile.ReviewEdited
	f.Glossary[1].Forms[0].English = "Mongolia (country)"
	x = NewFiles(align.ParagraphLevel, Options{Langs: testLangs}, true, glossary.Options{})
	x.Add(f)
	got := x.Glossary(true)
	if len(got) != 1 || got[0].Hangul != f.Glossary[1].Hangul || got[0].Preferred() != "Mongolia (country)" {
		t.Errorf("reviewed glossary %+v", got)
	}

	// All beads flagged: names come only from those a person confirmed.
	f, _, _ = exampleFile(t, 1)
	x = NewFiles(align.ParagraphLevel, Options{Langs: testLangs}, true, glossary.Options{})
	x.Add(f)
	if g := x.Glossary(false); len(g) != 0 {
		t.Fatalf("names from flagged beads: %v", g)
	}
	for i := range f.Beads {
		if f.Beads[i].Kind == align.Match {
			f.Beads[i].Status = alignfile.StatusConfirmed
		}
	}
	x = NewFiles(align.ParagraphLevel, Options{Langs: testLangs}, true, glossary.Options{})
	x.Add(f)
	if g := x.Glossary(false); len(g) != len(want) {
		t.Errorf("confirmed beads gave %d names, want %d", len(g), len(want))
	}
}
