package lexicon

import (
	"bufio"
	"errors"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/bitext-ko/bitext/align/hangul"
)

func TestLookup(t *testing.T) {
	l := Default()
	tests := []struct {
		word string
		want string // one English stem expected among the translations; "" for none
	}{
		{"정부는", "government"},
		{"대통령이", "president"},
		{"밝혔다", "said"},
		{"밝혀", "light"}, // 밝히다, contracted
		{"밝히는", "light"},
		{"발표했다", "announce"}, // 발표하다
		{"북한의", "north"},
		{"“회담은", "talk"},
		{"중국을", "china"},
		{"abc", ""}, // no Hangul
		{"ㅋㅋ", ""},
	}
	for _, tc := range tests {
		ids := l.Lookup(tc.word)
		if tc.want == "" {
			if len(ids) != 0 {
				t.Errorf("Lookup(%q) = %v, want none", tc.word, ids)
			}
			continue
		}
		id, ok := l.ID(tc.want)
		if !ok {
			t.Fatalf("lexicon has no English %q", tc.want)
		}
		found := false
		for _, x := range ids {
			found = found || x == id
		}
		if !found {
			t.Errorf("Lookup(%q) = %v, want it to include %q (%d)", tc.word, ids, tc.want, id)
		}
	}
}

func TestStem(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Talks", "talk"}, {"visited", "visit"}, {"countries", "country"},
		{"planned", "plan"}, {"running", "run"}, {"Korea's", "korea"},
		{"press", "press"}, {"bus", "bus"}, {"crisis", "crisis"}, {"watches", "watch"},
	}
	for _, tc := range tests {
		if got := Stem(tc.in); got != tc.want {
			t.Errorf("Stem(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestParse(t *testing.T) {
	l := Default().Clone()
	before := Default().Len()
	in := "# comment\n\n비핵화협상 @ denuclearization talks\n백두산 @ Mount Paektu\n두 단어 @ skipped\n"
	if err := l.Parse(strings.NewReader(in), "my.dic"); err != nil {
		t.Fatal(err)
	}
	if l.Skipped == Default().Skipped || Default().Len() != before {
		t.Errorf("Skipped %d; default lexicon changed: %d -> %d", l.Skipped, before, Default().Len())
	}
	id, _ := l.ID("paektu")
	if ids := l.Lookup("백두산에"); len(ids) == 0 || ids[0] != id && ids[len(ids)-1] != id {
		t.Errorf("added entry not found: %v", ids)
	}
}

// TestParseErrors: a line that cannot be read is a *ParseError at its
// line and column (in characters), of the kind errors.Is tells.
func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, line string
		col        int
		kind       error
	}{
		{"no separator", "no separator here", 1, ErrSyntax},
		{"no separator, indented", "  한국 Korea", 3, ErrSyntax},
		{"no Korean", " @ english", 2, ErrEmptySide},
		{"no English", "한국 @ ", 5, ErrEmptySide},
		{"no English after Hangul", "대한민국@", 6, ErrEmptySide},
		{"not UTF-8", "a\xffb @ c", 2, ErrNotUTF8},
		{"not UTF-8 after Hangul", "한국 @ Kor\xe9a", 9, ErrNotUTF8},
		{"too long", strings.Repeat("가", maxLine/3+1), 0, bufio.ErrTooLong},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l := New()
			err := l.Parse(strings.NewReader("한국 @ Korea\n"+tc.line+"\n미국 @ America\n"), "bad.dic")
			var pe *ParseError
			if !errors.As(err, &pe) || pe.File != "bad.dic" || pe.Line != 2 || pe.Column != tc.col || !errors.Is(err, tc.kind) {
				t.Fatalf("error %v, want a *ParseError at bad.dic line 2, column %d wrapping %v", err, tc.col, tc.kind)
			}
			if !strings.HasPrefix(err.Error(), "bad.dic:2") {
				t.Errorf("message %q does not start with bad.dic:2", err)
			}
			if l.Lookup("한국") == nil || l.Lookup("미국") != nil {
				t.Error("the lines before the error are not in the lexicon, or the ones after are")
			}
		})
	}
}

// FuzzParse checks what Parse promises whatever its input: an error is a
// *ParseError at the first line that cannot be read, which fails on its
// own in the same way (the lines before it parse); and in a dictionary
// that parses, each entry's Korean word (of Hangul syllables, up to 8)
// is found by Lookup, with the ids of its English words where the word is
// a noun key (a verb's stem may be shadowed by another entry's noun).
func FuzzParse(f *testing.F) {
	f.Add("한국 @ Korea\n")
	f.Add("@\n")
	f.Add("비핵화협상 @ denuclearization talks\n밝히다 @ reveal\n발표하다 @ announce\n두 단어 @ skipped\n")
	f.Add("\ufeff# comment\n한국 @ Korea\n한국 @\n")
	f.Add("a\xffb @ c")
	f.Fuzz(func(t *testing.T, s string) {
		l := New()
		err := l.Parse(strings.NewReader(s), "fuzz")
		lines := strings.Split(s, "\n")
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || pe.File != "fuzz" || pe.Line < 1 || pe.Line > len(lines) {
				t.Fatalf("error %v is not a *ParseError at one of the %d lines", err, len(lines))
			}
			if errors.Is(err, bufio.ErrTooLong) {
				return
			}
			bad := strings.TrimSuffix(lines[pe.Line-1], "\r")
			if pe.Line == 1 {
				bad = strings.TrimPrefix(bad, "\ufeff")
			}
			if pe.Column < 1 || pe.Column > utf8.RuneCountInString(bad)+1 {
				t.Fatalf("column %d outside line %q", pe.Column, bad)
			}
			if err := New().Parse(strings.NewReader(strings.Join(lines[:pe.Line-1], "\n")), "fuzz"); err != nil {
				t.Fatalf("the lines before line %d fail: %v", pe.Line, err)
			}
			// Alone, as a second line (the first may lose a byte-order mark).
			var alone *ParseError
			if err := New().Parse(strings.NewReader("\n"+bad), "fuzz"); !errors.As(err, &alone) || alone.Line != 2 || alone.Column != pe.Column || kind(err) != kind(pe) {
				t.Fatalf("line %q fails alone with %v, in the file with %v", bad, err, pe)
			}
			return
		}
		for i, line := range lines {
			if i == 0 {
				line = strings.TrimPrefix(line, "\ufeff")
			}
			ko, en, ok := strings.Cut(line, "@")
			if ko = strings.TrimSpace(ko); !ok || !onlySyllables(ko, 8) {
				continue
			}
			var ids []uint32
			for _, w := range strings.FieldsFunc(en, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' }) {
				if Stem(w) == "" {
					continue
				}
				id, ok := l.ID(w)
				if !ok {
					t.Fatalf("%q of %q was not added", w, line)
				}
				ids = append(ids, id)
			}
			if len(ids) == 0 {
				continue
			}
			got := l.Lookup(ko)
			if got == nil {
				t.Fatalf("%q added (%q) but not found", ko, line)
			}
			rs := []rune(ko)
			if len(rs) > 2 && rs[len(rs)-1] == '다' && !strings.HasSuffix(ko, "하다") && !strings.HasSuffix(ko, "되다") && isVerbish(ko) {
				continue
			}
			if strings.HasSuffix(ko, "하다") || strings.HasSuffix(ko, "되다") {
				if len(rs) > 2 {
					continue
				}
			}
			for _, id := range ids {
				if !slices.Contains(got, id) {
					t.Fatalf("Lookup(%q) = %v lacks %d, an English word of %q", ko, got, id, line)
				}
			}
		}
	})
}

// kind returns the sentinel error err wraps.
func kind(err error) error {
	for _, k := range []error{ErrNotUTF8, ErrSyntax, ErrEmptySide, bufio.ErrTooLong} {
		if errors.Is(err, k) {
			return k
		}
	}
	return nil
}

// onlySyllables reports a word of 1 to max Hangul syllables and nothing
// else.
func onlySyllables(w string, max int) bool {
	n := 0
	for _, r := range w {
		if !hangul.IsSyllable(r) {
			return false
		}
		n++
	}
	return n >= 1 && n <= max
}
