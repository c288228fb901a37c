package romanize

import (
	"errors"
	"strings"
	"testing"

	"github.com/bitext-ko/bitext/align/hangul"
)

// TestNInsertion checks ㄴ-insertion (standard pronunciation, article 29)
// word by word: the examples are written from the rule and its notes, each
// with the reason it gets the sound or not.
func TestNInsertion(t *testing.T) {
	tests := []struct {
		in   string
		opt  string // options as in romanize_cases.tsv
		want string
		why  string
	}{
		{"알약", "-", "allyak", "알+약 (pill): ㄴ inserted, then [ㄹ] after ㄹ (note 1): [알략]"},
		{"솜이불", "-", "somnibul", "솜+이불: art. 29 example [솜니불]"},
		{"색연필", "-", "saengnyeonpil", "색+연필: inserted ㄴ nasalizes ㄱ: [생년필]"},
		{"한여름", "-", "hannyeoreum", "한+여름: [한녀름]"},
		{"맨입", "-", "maennip", "맨+입: [맨닙]"},
		{"꽃잎", "-", "kkonnip", "꽃+잎: ㅊ neutralized to ㄷ, nasalized before the ㄴ: [꼰닙]"},
		{"내복약", "-", "naebongnyak", "내복+약: [내봉냑]"},
		{"막일", "-", "mangnil", "막+일: [망닐]"},
		{"식용유", "-", "sigyongnyu", "식용+유: art. 29 gives [시굥뉴], after ㅇ too"},
		{"휘발유", "-", "hwiballyu", "휘발+유: [휘발류] (note 1)"},
		{"서울역", "-", "seoullyeok", "서울+역: [서울력] (note 1)"},
		{"담요", "-", "damnyo", "담+요: [담뇨]"},
		{"백분율", "-", "baekbunnyul", "백분+율: [백뿐뉼]; RR does not write the tensing"},
		{"학여울", "place,cap", "Hangnyeoul", "a place name, RR 3(1)'s example"},
		{"알약을", "-", "allyageul", "a particle after the word keeps it"},
		{"서울역에서", "-", "seoullyeogeseo", "so do longer particles"},
		{"(알약)", "-", "(allyak)", "punctuation before the word"},
		{"올여름", "-", "ollyeoreum", "the element 여름 after any final consonant: [올려름]"},
		{"지난여름에", "-", "jinannyeoreume", "the element inside a longer word"},
		{"화물열차", "-", "hwamullyeolcha", "the element 열차: [화물렬차]"},
		{"금요일", "-", "geumyoil", "금요일 (Friday) is read as written: [그묘일]"},
		{"월요일", "-", "woryoil", "[워료일]"},
		{"목요일", "-", "mogyoil", "[모교일]"},
		{"절약", "-", "jeoryak", "절약 (saving, 約) has no insertion: [저략]"},
		{"송별연", "-", "songbyeoryeon", "art. 29's exceptions: [송벼련]"},
		{"등용문", "-", "deungyongmun", "art. 29's exceptions: [등용문]"},
		{"석유", "-", "seogyu", "a Sino-Korean word, not a compound of two words: [서규]"},
		{"금융", "-", "geumyung", "the standard allows [금늉] and [그뮹]; the spelling's reading is kept"},
		{"마지막일", "-", "majimagil", "막일 only at the start of a word: here 마지막+일 (copula)"},
		{"학-여울", "-", "hak-yeoul", "a writer's hyphen: RR writes each part as it sounds alone"},
		{"한여름", "name", "Han Yeoreum", "never under --name: a given name has no ㄴ-insertion"},
		{"김한여름", "name", "Gim Hanyeoreum", "nor a given name after a surname"},
		{"알약", "name", "Al Yak", "a word taken as a name under --name"},
		{"알약", "-", "allyak", "MR writes the pronunciation too (below)"},
	}
	for _, tt := range tests {
		got := New(RR, parseOptions(t, tt.opt)).String(tt.in)
		if got != tt.want {
			t.Errorf("%s (%s) = %q, want %q: %s", tt.in, tt.opt, got, tt.want, tt.why)
		}
	}
	other := []struct {
		st       Style
		opt      Options
		in, want string
	}{
		{MR, Options{}, "색연필", "saengnyŏnp'il"},
		{MR, Options{}, "알약", "allyak"},
		{MR, Options{Name: true}, "김한여름", "Kim Han-yŏ-rŭm"},
		{DPRK, Options{}, "꽃잎", "kkonnip"},
		{Press, Options{}, "식용유", "sigyongnyu"},
		{RRTranslit, Options{}, "알약", "al-yag"},
	}
	for _, tt := range other {
		if got := New(tt.st, tt.opt).String(tt.in); got != tt.want {
			t.Errorf("%v %+v %s = %q, want %q", tt.st, tt.opt, tt.in, got, tt.want)
		}
	}
}

// lenisOf maps a tense initial to its lenis counterpart.
var lenisOf = map[int8]int8{hangul.LGG: hangul.LG, hangul.LDD: hangul.LD, hangul.LBB: hangul.LB, hangul.LSS: hangul.LS, hangul.LJJ: hangul.LJ}

// asRRWrites rewrites a standard pronunciation the way RR spells it beside
// the written word: no tensing (백뿐뉼 → 백분뉼), and in nouns ㅎ kept after
// ㄱ ㄷ ㅂ (지캥 → 직행; RR 3(1), 묵호 Mukho).
func asRRWrites(written, pron string) string {
	w, p := []rune(written), []rune(pron)
	for i := range p {
		ws, _ := hangul.Decompose(w[i])
		ps, _ := hangul.Decompose(p[i])
		if l, ok := lenisOf[ps.L]; ok && l == ws.L {
			ps.L = l
		}
		if i > 0 && ws.L == hangul.LH && ps.L != hangul.LH {
			prev, _ := hangul.Decompose(w[i-1])
			switch prev.T {
			case hangul.TG, hangul.TD, hangul.TB:
				pp, _ := hangul.Decompose(p[i-1])
				pp.T = prev.T
				p[i-1] = hangul.Compose(pp)
				ps.L = hangul.LH
			}
		}
		p[i] = hangul.Compose(ps)
	}
	return string(p)
}

// TestNInsertionList checks the embedded word list: it parses, and the
// romanizer spells each example as its standard pronunciation.
func TestNInsertionList(t *testing.T) {
	entries, err := parseNInsertion("ninsertion.tsv", nInsertionTSV)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) < 50 {
		t.Errorf("only %d entries", len(entries))
	}
	examples := map[string]int{}
	for _, e := range entries {
		if prev, ok := examples[e.example]; ok {
			t.Errorf("line %d: example %s already on line %d", e.line, e.example, prev)
		}
		examples[e.example] = e.line
		got := String(e.example, RR)
		want := String(asRRWrites(e.example, e.pron), RR)
		if got != want {
			t.Errorf("line %d: %s romanized %q, but its pronunciation [%s] is %q", e.line, e.example, got, e.pron, want)
		}
	}
}

func TestParseNInsertionErrors(t *testing.T) {
	tests := []struct {
		line      string
		col       int
		wantInErr string
	}{
		{"알약\t알약\t알략", 1, "has no +"},
		{"알+약\t알약", 1, "2 fields"},
		{"알+약\t알약\t알략\tnote\textra", 1, "5 fields"},
		{"절+약x\t절약\t저략", 1, "neither"},
		{"알+\t알약\t알략", 1, "ends with +"},
		{"알++약\t알약\t알략", 1, "two + in a row"},
		{"알+박\t알박\t알빡", 1, "does not start with 이"},
		{"가+약\t가약\t가냑", 1, "no final consonant"},
		{"+약\t약\t냑", 4, "not a word entry"}, // an element needs a syllable before it
		{"알+약\t약알\t약알", 5, "not a word entry"},
		{"알+약\tyak\t알략", 5, "not all Hangul"},
		{"알+약\t알약\t알략다", 8, "as many syllables"},
		{"+약\t약\t냑x", 6, "not all Hangul"},
	}
	for _, tt := range tests {
		_, err := parseNInsertion("list.tsv", "# comment\n"+tt.line+"\n")
		var le *wordListError
		if !errors.As(err, &le) {
			t.Errorf("%q: error %v, want a wordListError", tt.line, err)
			continue
		}
		if le.File != "list.tsv" || le.Line != 2 || le.Column != tt.col || !strings.Contains(err.Error(), tt.wantInErr) {
			t.Errorf("%q: error %q (line %d, column %d), want line 2, column %d, containing %q", tt.line, err, le.Line, le.Column, tt.col, tt.wantInErr)
		}
	}
	if _, err := parseNInsertion("list.tsv", "알+약\t알약\t알략\n알+약\t알약\t알략\n"); err == nil || !strings.Contains(err.Error(), "repeats line 1") {
		t.Errorf("a repeated entry: error %v", err)
	}
	if _, err := parseNInsertion("list.tsv", "# nothing\n"); err == nil {
		t.Error("an empty list: no error")
	}
}
