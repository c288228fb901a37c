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
		{"announced", "announc"}, {"using", "us"}, {"losing", "los"},
		// Words that only look inflected keep their form.
		{"bring", "bring"}, {"string", "string"}, {"news", "news"}, {"evening", "evening"},
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

func TestHas(t *testing.T) {
	l := Default()
	for w, want := range map[string]bool{"정부": true, "김영철": false, "정부는": false, "폼페이오": false} {
		if l.Has(w) != want {
			t.Errorf("Has(%q) = %v", w, !want)
		}
	}
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

// lexOf builds a small lexicon of "korean english…" entries.
func lexOf(t testing.TB, entries ...string) *Lexicon {
	t.Helper()
	l := New()
	for _, e := range entries {
		f := strings.Fields(e)
		l.Add(f[0], f[1:]...)
	}
	return l
}

// has reports whether Lookup(ko) includes the English word en.
func has(l *Lexicon, ko, en string) bool {
	id, ok := l.ID(en)
	if !ok {
		return false
	}
	for _, x := range l.Lookup(ko) {
		if x == id {
			return true
		}
	}
	return false
}

func TestInflections(t *testing.T) {
	l := lexOf(t, "상황 situation", "싸움 battle", "침착하다 calm", "심각하다 serious", "평온하다 serene",
		"지다 lose", "지나다 pass", "가다 go", "살다 live", "돕다 help", "듣다 hear", "짓다 build",
		"모르다 unaware", "다르다 different", "부르다 call", "어렵다 difficult", "깨닫다 realize",
		"만들다 make", "밝히다 reveal", "바꾸다 change", "보이다 show", "빨갛다 red", "말하다 say",
		"손 hand", "팔 arm", "팔다 sell", "쓰다 write", "아프다 sick", "기쁘다 glad", "이르다 reach",
		"싸우다 fight", "가방 bag", "그리 thus", "그리다 draw", "알다 know", "자다 sleep", "나다 arise", "못 nail", "안 inside")
	tests := []struct {
		word, want string // want "" means no entry at all
	}{
		// Nouns with particles and the copula.
		{"상황은", "situation"}, {"상황입니다", "situation"}, {"싸움이었다", "battle"},
		// 하다 adjectives.
		{"침착하고", "calm"}, {"심각해졌습니다", "serious"}, {"평온해야", "serene"},
		{"말했다", "say"}, {"말해", "say"}, {"말하는", "say"},
		// Verbs of one syllable: each inflected first syllable.
		{"지는", "lose"}, {"졌다", "lose"}, {"지난", "pass"},
		{"갔다", "go"}, {"간다", "go"}, {"갈", "go"}, {"갑니다", "go"}, {"가고", "go"},
		{"살았다", "live"}, {"사는", "live"}, {"산다", "live"},
		{"도와", "help"}, {"도운", "help"}, {"들었다", "hear"}, {"지은", "build"},
		{"팔았다", "sell"}, {"써야", "write"}, {"썼다", "write"},
		// Contraction and irregular stems.
		{"몰라", "unaware"}, {"모르는", "unaware"}, {"달랐다", "different"}, {"불러", "call"},
		{"어려운", "difficult"}, {"어려워", "difficult"}, {"깨달았다", "realize"},
		{"만드는", "make"}, {"만든", "make"}, {"만들어", "make"},
		{"밝혀", "reveal"}, {"밝혔다", "reveal"}, {"밝힌", "reveal"}, {"밝히는", "reveal"},
		{"바꿔", "change"}, {"보여", "show"}, {"빨간", "red"}, {"빨개", "red"},
		{"그리는", "draw"}, {"그리", "thus"},
		{"아파", "sick"}, {"아팠다", "sick"}, {"기뻐", "glad"}, {"싸워", "fight"}, {"싸웠다", "fight"},
		// A noun of one syllable alone or before particles.
		{"손", "hand"}, {"손에", "hand"}, {"손으로", "hand"}, {"팔을", "arm"},
		// Not there: longer words that start with a short stem.
		// An adverb or pronoun, not a verb form or noun: 안 "not", 못
		// "cannot", 잘 "well", 난 "I".
		{"안", ""}, {"못", ""}, {"잘", ""}, {"난", ""}, {"안다", "know"}, {"아는", "know"}, {"잘까", "sleep"},
		{"났다", "arise"}, {"안에", "inside"}, {"못을", "nail"},
		{"손님", ""}, {"손흥민", ""}, {"가격", ""}, {"가장", ""}, {"이렇게", ""}, {"지역", ""},
	}
	for _, tc := range tests {
		if tc.want == "" {
			if ids := l.Lookup(tc.word); ids != nil {
				t.Errorf("Lookup(%q) = %v, want nothing", tc.word, ids)
			}
			continue
		}
		if !has(l, tc.word, tc.want) {
			t.Errorf("Lookup(%q) = %v, want %q among them", tc.word, l.Lookup(tc.word), tc.want)
		}
	}
	// 지는 is 지다, not 지나다; 가방 is the bag, not 가다.
	for _, tc := range []struct{ word, not string }{{"지는", "pass"}, {"가방에", "go"}, {"팔을", "sell"}} {
		if has(l, tc.word, tc.not) {
			t.Errorf("Lookup(%q) includes %q", tc.word, tc.not)
		}
	}
}

func TestIDSilentE(t *testing.T) {
	l := lexOf(t, "발표하다 announce", "쓰다 use", "미국 us", "기르다 breed", "새롭다 new", "저녁 evening")
	for _, tc := range []struct{ word, want string }{
		{"announced", "announce"}, {"announcing", "announce"}, {"using", "use"}, {"uses", "use"},
		{"US", "us"}, {"new", "new"}, {"evening", "evening"},
	} {
		got, ok := l.ID(tc.word)
		want, _ := l.ID(tc.want)
		if !ok || got != want {
			t.Errorf("ID(%q) = %d, %v; want the id of %q (%d)", tc.word, got, ok, tc.want, want)
		}
	}
	for _, tc := range []struct{ word, not string }{{"bring", "breed"}, {"news", "new"}, {"even", "evening"}} {
		got, ok := l.ID(tc.word)
		not, _ := l.ID(tc.not)
		if ok && got == not {
			t.Errorf("ID(%q) is the id of %q", tc.word, tc.not)
		}
	}
}

func TestNotGloss(t *testing.T) {
	l := lexOf(t, "것 the thing", "데려가다 take", "싸움 battle the")
	if ids := l.Lookup("것이"); ids != nil {
		t.Errorf("function words recorded: Lookup(것이) = %v", ids)
	}
	if ids := l.Lookup("데려가"); ids != nil {
		t.Errorf("a light verb recorded: %v", ids)
	}
	if ids := l.Lookup("싸움"); len(ids) != 1 {
		t.Errorf("Lookup(싸움) = %v, want battle alone", ids)
	}
}

func TestMaxNotGloss(t *testing.T) {
	for w := range notGloss {
		if len(w) > maxNotGloss {
			t.Errorf("notGloss has %q, longer than maxNotGloss", w)
		}
	}
}

func TestBecomeBase(t *testing.T) {
	for ko, want := range map[string]string{"심각해지다": "심각하다", "높아지다": "높다", "길어지다": "길다",
		"가까워지다": "가깝다", "어려워지다": "어렵다", "지다": "", "사라지다": "", "만들다": ""} {
		if got := becomeBase(ko); got != want {
			t.Errorf("becomeBase(%q) = %q, want %q", ko, got, want)
		}
	}
}

// TestDefault checks the embedded files: the corrections replace and
// delete ezcorean.tsv entries, and the files' entries of one word merge.
func TestDefault(t *testing.T) {
	l := Default()
	for _, tc := range []struct{ word, want string }{
		{"불행하다", "unhappy"}, {"싸움", "fight"}, {"싸움", "battle"}, {"상황은", "situation"},
		{"폭파", "detonation"}, {"침착하고", "calm"}, {"심각해졌습니다", "dire"}, {"점점", "increasingly"},
		{"평온해야", "serene"}, {"지는", "lose"}, {"생존자들에게", "survivor"},
	} {
		if !has(l, tc.word, tc.want) {
			t.Errorf("Lookup(%q) = %v, want %q among them", tc.word, l.Lookup(tc.word), tc.want)
		}
	}
	if has(l, "불행하다", "permit") {
		t.Error("the wrong gloss of 불행하다 is still there")
	}
	for _, w := range []string{"것이", "수", "한다", "하는", "이는", "해야"} {
		if ids := l.Lookup(w); ids != nil {
			t.Errorf("Lookup(%q) = %v, want nothing (a grammar word)", w, ids)
		}
	}
}

// TestGeneralFile checks the form of general.tsv: one entry per Korean
// word, glosses that are not function words, and for a word that another
// file has, only glosses that file lacks.
func TestGeneralFile(t *testing.T) {
	others := map[string]map[string]bool{}
	deleted := map[string]bool{}
	eachEntry(corrections, func(ko, _ string) { deleted[ko] = true })
	for _, data := range []string{ezcorean, corrections, news} {
		eachEntry(data, func(ko, en string) {
			if data == ezcorean && deleted[ko] {
				return
			}
			if others[ko] == nil {
				others[ko] = map[string]bool{}
			}
			for _, w := range strings.Fields(en) {
				others[ko][Stem(w)] = true
			}
		})
	}
	if !strings.HasPrefix(general, "# General Korean–English vocabulary, written by hand by the bitext project") {
		t.Error("general.tsv lacks its header")
	}
	seen := map[string]bool{}
	n := 0
	for i, line := range strings.Split(general, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		n++
		ko, en, ok := strings.Cut(line, "\t")
		words := strings.Fields(en)
		if !ok || len(words) == 0 || !hangul.AllSyllables(ko) || utf8.RuneCountInString(ko) > 10 {
			t.Errorf("general.tsv:%d: malformed %q", i+1, line)
			continue
		}
		if seen[ko] {
			t.Errorf("general.tsv:%d: %s again", i+1, ko)
		}
		seen[ko] = true
		for _, w := range words {
			if notGloss[w] || w != strings.ToLower(w) {
				t.Errorf("general.tsv:%d: %s has the gloss %q", i+1, ko, w)
			}
			if others[ko][Stem(w)] {
				t.Errorf("general.tsv:%d: %s: %q is already in another file", i+1, ko, w)
			}
		}
	}
	if n < 4000 {
		t.Errorf("general.tsv has %d entries, want 4,000 or more", n)
	}
}

// BenchmarkBuild measures building the default lexicon from its files,
// which go generate does once (BenchmarkLoad is the cost per process).
func BenchmarkBuild(b *testing.B) {
	for i := 0; i < b.N; i++ {
		build(defaultSources())
	}
}

// BenchmarkLookup measures the lookup of a Korean word of running text.
func BenchmarkLookup(b *testing.B) {
	l := Default()
	words := strings.Fields("생존자들에게 상황은 점점 더 심각해졌습니다 정부는 밝혔다 지는 싸움이었다 그들은 침착하고 평온해야 합니다 손흥민은 2019년")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		l.Lookup(words[i%len(words)])
	}
}

// TestVersion checks that Version changes with every Add, also the first
// Add to the embedded lexicon's clone and to a zero Lexicon (which make
// their maps then), and not with a look-up.
func TestVersion(t *testing.T) {
	for _, l := range []*Lexicon{Default().Clone(), {}, New()} {
		seen := map[uint64]bool{l.Version(): true}
		for _, ko := range []string{"정부", "투입하다", "정부"} {
			l.Add(ko, "government")
			if seen[l.Version()] {
				t.Fatalf("Add(%q) left the version at %d, seen before", ko, l.Version())
			}
			seen[l.Version()] = true
			v := l.Version()
			l.Lookup("정부는")
			l.ID("government")
			if l.Version() != v {
				t.Fatalf("a look-up changed the version")
			}
		}
	}
}
