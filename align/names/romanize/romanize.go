// Package romanize writes Korean in Latin letters, in the systems English
// news and reference works use:
//
//   - RR: the Revised Romanization of Korean (2000), which spells the
//     standard pronunciation: 신라 Silla, 백마 Baengma, 같이 gachi, with no
//     mark for tensing (압구정 Apgujeong);
//   - RRTranslit: RR's reversible spelling-based transcription (section
//     3(8)): 집 jib, 값 gabs, 없었습니다 eobs-eoss-seubnida;
//   - MR: McCune–Reischauer as ALA-LC applies it, with breves and
//     apostrophes (P'yŏngyang, Kim Chŏng-ŭn), and MRPlain, its ASCII form;
//   - DPRK: the DPRK's own system (1992, revised 2002): Phyŏngyang; names
//     in the simplified form its English-language media use (Kim Jong Un);
//   - Press: South Korean press style for personal names (Kim Jong-un,
//     Moon Jae-in, Ri Yong-ho); ordinary text in Press style is RR. The
//     press spells a North Korean given name the DPRK's way: PressName
//     owns that rule, choosing by how a text writes the name.
//
// Text is processed word by word. Hangul syllables go through a model of
// the standard pronunciation rules (linking, coda neutralization,
// nasalization, lateralization, aspiration around ㅎ, palatalization,
// ㄴ-insertion for the words of an embedded list (ninsertion.tsv: 알약
// allyak, but 절약 jeoryak), and for MR the word-initial ㄹ/ㄴ rule), then
// are spelled by the chosen system. Anything
// else (Latin letters, digits, punctuation, Hanja) is copied unchanged; a
// lone compatibility jamo is spelled as its letter. Romanization never
// fails and never panics; invalid UTF-8 is copied as U+FFFD.
//
// No maintained Go library covers these systems (the Go romanizers found
// implement only RR and are GPL-licensed or spell non-standard forms), so
// the rules are written here from the published standards.
package romanize

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bitext-ko/bitext/align/hangul"
	"github.com/bitext-ko/bitext/align/names/mr"
	"github.com/bitext-ko/bitext/align/names/spelling"
	"github.com/bitext-ko/bitext/align/names/surname"
	"golang.org/x/text/unicode/norm"
)

// Style is a romanization system.
type Style int

// The romanization systems.
const (
	RR Style = iota
	RRTranslit
	MR
	MRPlain
	DPRK
	Press
)

var styleNames = [...]string{"rr", "rr-translit", "mr", "mr-plain", "dprk", "press"}

// String returns the style's command-line name ("rr", "mr-plain" …).
func (s Style) String() string {
	if s < 0 || int(s) >= len(styleNames) {
		return fmt.Sprintf("Style(%d)", int(s))
	}
	return styleNames[s]
}

// Styles lists every style in order.
func Styles() []Style { return []Style{RR, RRTranslit, MR, MRPlain, DPRK, Press} }

// ParseStyle parses a style's command-line name.
func ParseStyle(name string) (Style, error) {
	for i, n := range styleNames {
		if strings.EqualFold(name, n) {
			return Style(i), nil
		}
	}
	return 0, fmt.Errorf("unknown romanization style %q (want one of %s)", name, strings.Join(styleNames[:], ", "))
}

// Options adjust a Romanizer.
type Options struct {
	// Name treats every all-Hangul word as a personal name: the surname is
	// written apart with its conventional spelling where the style has one,
	// and the given name follows the style's rules (RR: no assimilation
	// inside it; MR: hyphenated; DPRK: one capitalized word per syllable;
	// Press: hyphenated).
	Name bool
	// Place hyphenates administrative units (도 시 군 구 읍 면 리 동 가)
	// after a place name of two or more syllables and keeps a number
	// before a unit in digits, as signs and addresses write it (봉천1동
	// Bongcheon 1-dong, 종로2가 Jongno 2-ga), leaving out the ordinal 제
	// before it (제기제1동 Jegi 1-dong); the DPRK joins geographic terms
	// (강 산 봉 …) without sound change.
	// In Press style the words are capitalized, as a place name is.
	Place bool
	// ReadNumbers, with Place, writes a number before a unit as it is read
	// (봉천1동 Bongcheon Il-dong), as the BGN/PCGN gazetteer conventions
	// do. The DPRK system and rr-translit keep the digits.
	ReadNumbers bool
	// Hyphenate adds RR's optional hyphen where a syllable boundary could be
	// misread (중앙 Jung-ang, 해운대 Hae-undae).
	Hyphenate bool
	// Capitalize capitalizes every word, as for a proper noun.
	Capitalize bool
	// North marks a Press-style name as North Korean: its given name is
	// spelled the DPRK way (Kim Jong-un). Names whose surname is written
	// with the North's initial ㄹ (리, 림, 량 …) are treated as North Korean
	// without it.
	North bool
	// House is a newsroom's own list of spellings, which overrides the
	// built-in table of established spellings (package spelling) that
	// Press style uses, with Name or Place, before its rules (see PressStyle).
	House *spelling.Table
	// RulesOnly makes Press style ignore the established spellings and
	// spell every name by the rules (김일성 Kim Il-seong): what a check of
	// the rules themselves, or of a spelling against them, needs.
	RulesOnly bool
	// Archaic reads the text in the orthography before the 1933 spelling
	// reform, as McCune and Reischauer's own 1939 examples are written:
	// 뎐 and 디 are read [전] and [지], 쟈 and 셔 lose their y, and the
	// word-initial ㄹ/ㄴ rule applies (력사 yŏksa, 녀인 yŏin). Modern text
	// already spells these changes, and applying them to it would mangle
	// loanwords (라디오 is radio, not nadio).
	Archaic bool
}

// Romanizer romanizes text in one style. It is immutable and safe for
// concurrent use.
type Romanizer struct {
	style Style
	opt   Options
	press *PressStyle // established spellings, for Press style with Name or Place
}

// New returns a Romanizer for style with options.
func New(style Style, opt Options) *Romanizer {
	if style < 0 || int(style) >= len(styleNames) {
		style = RR
	}
	r := &Romanizer{style: style, opt: opt}
	if style == Press && (opt.Name || opt.Place) && !opt.RulesOnly {
		r.press = NewPressStyle(opt.House)
	}
	return r
}

// String romanizes text in style with default options.
func String(text string, style Style) string {
	return New(style, Options{}).String(text)
}

// Name romanizes a Hangul personal name (surname first, e.g. 김정은) in
// style: RR Gim Jeongeun, MR Kim Chŏng-ŭn, DPRK Kim Jong Un, Press
// Kim Jong-un (its established spelling; by the rules Kim Jeong-eun, or
// Kim Jong-un with Options.North).
func Name(hangulName string, style Style) string {
	return New(style, Options{Name: true}).String(hangulName)
}

// String romanizes text.
func (r *Romanizer) String(text string) string {
	return string(r.Append(make([]byte, 0, len(text)*2), text))
}

// Append romanizes text and appends the result to dst.
func (r *Romanizer) Append(dst []byte, text string) []byte {
	text = hangul.Normalize(text)
	var w writer
	w.buf = dst
	w.start = len(dst)
	var sc scratch
	i := 0
	for i < len(text) {
		c, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(c) {
			w.buf = append(w.buf, text[i:i+size]...)
			i += size
			continue
		}
		// One whitespace-delimited token.
		j := i
		for j < len(text) {
			c, size := utf8.DecodeRuneInString(text[j:])
			if unicode.IsSpace(c) {
				break
			}
			j += size
		}
		r.token(&w, &sc, text[i:j])
		i = j
	}
	if r.opt.Capitalize || r.opt.Name || r.style == Press && r.opt.Place {
		// Press style writes a place as a proper noun, whether the
		// table has it or not (Busan, Bongcheon 1-dong).
		n := len(w.buf)
		capitalizeWords(w.buf[w.start:])
		// capitalizeWords works in place on ASCII; non-ASCII initials
		// are handled by capitalizeFirst below.
		w.buf = append(w.buf[:w.start], capitalizeNonASCII(w.buf[w.start:])...)
		if len(w.buf) == n {
			// Established spellings stay as they are written
			// (Gwanggaeto the Great).
			for _, sp := range w.kept {
				copy(w.buf[sp.start:], sp.text)
			}
		}
	}
	return w.buf
}

type writer struct {
	buf   []byte
	start int
	kept  []keptSpan // established spellings written, kept from capitalization
}

type keptSpan struct {
	start int
	text  string
}

// established writes the established spelling of tok, if press style has
// one for it as a name or a place, and reports whether it did.
func (r *Romanizer) established(w *writer, tok string) bool {
	if r.press == nil || !hangul.AllSyllables(tok) {
		return false
	}
	var f PressForm
	switch {
	case r.opt.Name:
		f = r.press.Person(tok, "")
	default:
		f = r.press.Place(tok)
	}
	if f.Entry == nil {
		return false
	}
	w.kept = append(w.kept, keptSpan{len(w.buf), f.Text})
	w.buf = append(w.buf, f.Text...)
	return true
}

// scratch holds reusable buffers for one call.
type scratch struct {
	syl []psyl
}

// token romanizes one whitespace-free token.
func (r *Romanizer) token(w *writer, sc *scratch, tok string) {
	if r.established(w, tok) {
		return
	}
	if r.opt.Name && r.style == RRTranslit && hangul.AllSyllables(tok) {
		// The reversible transcription keeps the surname apart too
		// (김정은 Gim Jeong-eun), each part spelled letter by letter.
		if sur, given, _, ok := surname.Split(tok); ok && given != "" {
			r.word(w, sc, sur, true)
			w.buf = append(w.buf, ' ')
			r.word(w, sc, given, true)
			return
		}
	}
	if r.opt.Name && r.style != RRTranslit {
		if hangul.AllSyllables(tok) {
			if _, _, _, ok := surname.Split(tok); ok {
				r.name(w, sc, tok)
				return
			}
		}
	}
	if conv, ok := conventional(tok, r.style); ok {
		w.buf = append(w.buf, conv...)
		return
	}
	// Split the token into runs of Hangul syllables (joined by hyphens
	// into one phonological word) and other runes.
	i := 0
	for i < len(tok) {
		c, size := utf8.DecodeRuneInString(tok[i:])
		if hangul.IsSyllable(c) {
			j := i
			for j < len(tok) {
				c, size := utf8.DecodeRuneInString(tok[j:])
				if hangul.IsSyllable(c) {
					j += size
					continue
				}
				if c == '-' && j+1 < len(tok) {
					if n, _ := utf8.DecodeRuneInString(tok[j+1:]); hangul.IsSyllable(n) && j > i {
						j++
						continue
					}
				}
				break
			}
			word := tok[i:j]
			if r.opt.Place && r.style != RRTranslit && numberedUnit(tok[j:]) {
				// The ordinal 제 before a numbered unit (제2동, 제기제1동
				// Jegi 1-dong) is left out, as signs do; a two-syllable
				// name ending in 제 keeps it (인제3리 Inje 3-ri), and the
				// reversible transliteration keeps every letter.
				if n := utf8.RuneCountInString(word); n == 1 || n >= 3 {
					word = strings.TrimSuffix(word, "제")
				}
			}
			if word != "" {
				r.word(w, sc, word, i == 0)
			}
			i = j
			continue
		}
		if r.opt.Place && c >= '0' && c <= '9' {
			// A number directly followed by an administrative unit.
			j := i
			for j < len(tok) && (tok[j] >= '0' && tok[j] <= '9' || tok[j] == '.') {
				j++
			}
			num := tok[i:j]
			if unitAfter(tok[j:]) != "" && !strings.HasSuffix(num, ".") {
				unit := unitAfter(tok[j:])
				r.placeNumber(w, sc, num, unit, i == 0)
				i = j + len(unit)
				continue
			}
			w.buf = append(w.buf, num...)
			i = j
			continue
		}
		if kind, idx := hangul.CompatJamo(c); kind != hangul.KindNone {
			w.buf = append(w.buf, r.jamoLetter(kind, idx)...)
			i += size
			continue
		}
		if c == utf8.RuneError && size == 1 {
			w.buf = append(w.buf, "\uFFFD"...)
		} else {
			w.buf = append(w.buf, tok[i:i+size]...)
		}
		i += size
	}
}

// numberedUnit reports whether s starts with a number followed by an
// administrative unit (2동, 3.1동).
func numberedUnit(s string) bool {
	j := 0
	for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == '.') {
		j++
	}
	return j > 0 && s[0] != '.' && s[j-1] != '.' && unitAfter(s[j:]) != ""
}

// unitAfter returns the administrative unit syllable that s starts with,
// optionally after a hyphen, if no other syllable follows it in the word
// (an ordinal 제 and a number may: 1가제2동).
func unitAfter(s string) string {
	hyphen := strings.HasPrefix(s, "-")
	if hyphen {
		s = s[1:]
	}
	c, size := utf8.DecodeRuneInString(s)
	if !isUnit(c) {
		return ""
	}
	if n, nsize := utf8.DecodeRuneInString(s[size:]); hangul.IsSyllable(n) {
		if rest := s[size+nsize:]; n != '제' || rest == "" || rest[0] < '0' || rest[0] > '9' {
			return ""
		}
	}
	if hyphen {
		return "-" + s[:size]
	}
	return s[:size]
}

func isUnit(c rune) bool {
	switch c {
	case '도', '시', '군', '구', '읍', '면', '리', '동', '가':
		return true
	}
	return false
}

// placeNumber writes a number followed by an administrative unit with the
// digits kept (봉천1동 Bongcheon 1-dong): road signs and addresses write
// them so, and NIKL's table adds the reading only in parentheses
// (1(il)). A number joined to the name before it is set apart by a space
// (kept joined in the reversible rr-translit); the unit is spelled as
// after a vowel-final name, as generic terms are (MR Chongno 2-ga, not
// 2-ka).
func (r *Romanizer) placeNumber(w *writer, sc *scratch, num, unit string, tokenStart bool) {
	unit = strings.TrimPrefix(unit, "-")
	if reading := sinoNumber(num); r.opt.ReadNumbers && reading != "" && r.style != DPRK && r.style != RRTranslit {
		if !tokenStart && len(w.buf) > w.start && w.buf[len(w.buf)-1] != ' ' {
			w.buf = append(w.buf, ' ')
		}
		r.word(w, sc, reading+"-"+unit, true)
		return
	}
	if r.style != RRTranslit && !tokenStart && len(w.buf) > w.start && w.buf[len(w.buf)-1] != ' ' {
		w.buf = append(w.buf, ' ')
	}
	w.buf = append(w.buf, num...)
	w.buf = append(w.buf, '-')
	if r.style == RRTranslit {
		r.spellTranslit(w, sc.load(unit, bSoft))
		return
	}
	var tmp writer
	(&Romanizer{style: r.style}).word(&tmp, sc, "아-"+unit, true)
	w.buf = append(w.buf, tmp.buf[strings.IndexByte(string(tmp.buf), '-')+1:]...)
}

// sinoNumber reads a whole number of up to four digits in Sino-Korean.
func sinoNumber(num string) string {
	if num == "" || len(num) > 4 || strings.Contains(num, ".") {
		return ""
	}
	digits := []string{"영", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구"}
	places := []string{"", "십", "백", "천"}
	n := len(num)
	if n == 1 {
		return digits[num[0]-'0']
	}
	var b strings.Builder
	for i := 0; i < n; i++ {
		d := num[i] - '0'
		p := n - 1 - i
		if d == 0 {
			continue
		}
		if d != 1 || p == 0 {
			b.WriteString(digits[d])
		}
		b.WriteString(places[p])
	}
	if b.Len() == 0 {
		return "영"
	}
	return b.String()
}

// jamoLetter spells a lone jamo.
func (r *Romanizer) jamoLetter(kind int, idx int8) string {
	isMR := r.style == MR || r.style == MRPlain
	switch kind {
	case hangul.KindInitial:
		if r.style == RRTranslit {
			if idx == hangul.LR {
				return "l"
			}
		}
		if isMR {
			s := mrInitial[idx]
			if r.style == MRPlain {
				s = mr.Plain(s)
			}
			return s
		}
		if r.style == DPRK {
			return dprkInitial[idx]
		}
		return rrInitial[idx]
	case hangul.KindVowel:
		if isMR || r.style == DPRK {
			s := mrVowel[idx]
			if r.style == MRPlain {
				s = mr.Plain(s)
			}
			return s
		}
		return rrVowel[idx]
	case hangul.KindFinal:
		return translitFinal[idx]
	}
	return ""
}

// ---------------------------------------------------------------------
// Names.

// name romanizes one all-Hangul personal name.
func (r *Romanizer) name(w *writer, sc *scratch, tok string) {
	sur, given, known, _ := surname.Split(tok)
	var s *surname.Surname
	if known {
		s, _ = surname.Lookup(sur)
	}
	style := r.style
	north := r.opt.North
	if style == Press && !north {
		north = looksNorthern(sur, given)
	}
	// Surname.
	switch {
	case s != nil && style == Press && north:
		w.buf = append(w.buf, s.DPRK...)
	case s != nil && style == Press:
		w.buf = append(w.buf, s.Press...)
	case s != nil && style == DPRK:
		w.buf = append(w.buf, s.DPRK...)
	case s != nil && style == MR:
		w.buf = append(w.buf, s.MR...)
	case s != nil && style == MRPlain:
		w.buf = append(w.buf, mr.Plain(s.MR)...)
	default:
		// RR and unknown surnames: the surname is a word of its own.
		st := style
		if st == Press {
			st = RR
		}
		sub := &Romanizer{style: st}
		sub.word(w, sc, sur, true)
	}
	w.buf = append(w.buf, ' ')
	// Given name.
	givenStyle := style
	if style == Press {
		if north {
			givenStyle = DPRK
		} else {
			givenStyle = RR
		}
	}
	sub := &Romanizer{style: givenStyle, opt: Options{}}
	syl := sc.load(given, bName)
	sub.pronounce(syl)
	mark := ""
	switch style {
	case MR, MRPlain, Press:
		mark = "-"
	case DPRK:
		mark = " "
	}
	start := len(w.buf)
	sub.spell(w, syl, mark)
	if style == DPRK || (style == Press && north) {
		// The DPRK's simplified transcription drops the breves.
		out := mr.Plain(string(w.buf[start:]))
		w.buf = append(w.buf[:start], out...)
	}
	if style == Press && north {
		// DPRK spelling, Southern layout: one hyphenated, lower-case
		// second part (Jong-un).
		out := strings.ReplaceAll(string(w.buf[start:]), " ", "-")
		w.buf = append(w.buf[:start], strings.ToLower(out)...)
	}
}

// NameAs romanizes a Hangul personal name (surname first) in style as
// Name does, except that in press style the given name is spelled the
// North's way or the South's as writtenGiven spells it (PressName).
func NameAs(hangulName string, style Style, writtenGiven string) string {
	if style == Press {
		return PressName(hangulName, writtenGiven)
	}
	return Name(hangulName, style)
}

// givenPart is the given name of a romanized name that starts with its
// surname (Jong-un of Kim Jong-un).
func givenPart(name string) string {
	_, given, _ := strings.Cut(name, " ")
	return given
}

// Letters returns the letters of a romanized spelling, as two spellings
// are compared to tell whether a system writes a name the way a text does:
// lower case, NFC, without hyphens and spaces, every form of apostrophe
// written '. MR's breves stay (Chŏng is not Chong).
func Letters(s string) string {
	var b strings.Builder
	for _, r := range norm.NFC.String(strings.ToLower(s)) {
		switch {
		case r == '-' || r == '‐' || unicode.IsSpace(r):
		case mr.IsApostrophe(r):
			b.WriteByte('\'')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// looksNorthern reports whether a name is spelled the North's way: an
// initial ㄹ where the South writes ㅇ or ㄴ, on the surname (리 림 량 로) or
// at the start of the given name before ㅣ or a y-vowel (룡 려 리), which
// South Korean spelling never has.
func looksNorthern(sur, given string) bool {
	c, _ := utf8.DecodeRuneInString(sur)
	if s, ok := hangul.Decompose(c); ok && s.L == hangul.LR {
		return true
	}
	c, _ = utf8.DecodeRuneInString(given)
	if s, ok := hangul.Decompose(c); ok && s.L == hangul.LR && (s.V == hangul.VI || hangul.IsYVowel(s.V)) {
		return true
	}
	return false
}

// load decomposes a word of syllables (with '-' marking hyphen
// boundaries) into the scratch buffer; inner is the boundary kind used
// between syllables that the text does not separate.
func (sc *scratch) load(word string, inner int8) []psyl {
	sc.syl = sc.syl[:0]
	next := bWordStart
	for _, c := range word {
		if c == '-' {
			next = bHyphen
			continue
		}
		s, ok := hangul.Decompose(c)
		if !ok {
			continue
		}
		sc.syl = append(sc.syl, psyl{L: s.L, V: s.V, T: s.T, on: s.L, vo: s.V, co: s.T, bnd: next, r: c})
		next = inner
	}
	return sc.syl
}

// ---------------------------------------------------------------------
// Ordinary words.

// word romanizes a phonological word: Hangul syllables, possibly joined by
// hyphens. tokenStart reports whether it begins its whitespace token (for
// the word-initial rules).
func (r *Romanizer) word(w *writer, sc *scratch, word string, tokenStart bool) {
	syl := sc.load(word, bSoft)
	if !tokenStart && len(syl) > 0 {
		syl[0].bnd = bAfterOther
	}
	if r.opt.Place && r.style != RRTranslit {
		markPlace(syl, r.style)
	}
	if r.style == RRTranslit {
		r.spellTranslit(w, syl)
		return
	}
	r.pronounce(syl)
	r.spell(w, syl, "")
}

// markPlace marks an administrative unit (and, for the DPRK, a geographic
// term) at the end of a word.
func markPlace(syl []psyl, style Style) {
	n := len(syl)
	// Units of several syllables: 서울특별시 Seoul-teukbyeolsi.
	for _, u := range longUnits {
		k := len(u)
		if n < k+2 {
			continue
		}
		match := true
		for i, c := range u {
			if syl[n-k+i].r != c || syl[n-k+i].bnd != bSoft {
				match = false
				break
			}
		}
		if match {
			syl[n-k].bnd = bUnit
			return
		}
	}
	if n < 3 || syl[n-1].bnd != bSoft {
		// A unit needs a name of two syllables or more before it: 제주도
		// Jeju-do but 독도 Dokdo. Districts named for a direction are the
		// exception (중구 Jung-gu).
		if n == 2 && syl[1].bnd == bSoft && syl[1].r == '구' && isDirection(syl[0].r) {
			syl[1].bnd = bUnit
		}
		return
	}
	last := syl[n-1].r
	if isUnit(last) {
		syl[n-1].bnd = bUnit
		return
	}
	if style == DPRK && isGeoTerm(last) {
		syl[n-1].bnd = bGeo
	}
}

// longUnits are administrative units of more than one syllable.
var longUnits = [][]rune{[]rune("특별자치시"), []rune("특별자치도"), []rune("특별시"), []rune("광역시")}

func isDirection(c rune) bool {
	switch c {
	case '동', '서', '남', '북', '중':
		return true
	}
	return false
}

func isGeoTerm(c rune) bool {
	switch c {
	case '강', '산', '봉', '령', '섬', '호', '천', '만', '곶':
		return true
	}
	return false
}

// ---------------------------------------------------------------------
// Conventional spellings.

// conventional returns the conventional spelling of a whole token for the
// systems that keep one: the DPRK and the South Korean press write the
// North's capital Pyongyang (RR gives Pyeongyang, MR P'yŏngyang).
func conventional(tok string, style Style) (string, bool) {
	switch style {
	case DPRK, Press:
		switch tok {
		case "평양":
			return "Pyongyang", true
		}
	}
	return "", false
}

// ---------------------------------------------------------------------
// Capitalization.

// capitalizeWords upper-cases the first ASCII letter of each word in
// place, where a word starts after a space (not after a hyphen).
func capitalizeWords(b []byte) {
	start := true
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c == ' ' || c == '\t' || c == '\n' {
			start = true
			continue
		}
		if start {
			switch {
			case c >= 'a' && c <= 'z':
				b[i] = c - 'a' + 'A'
				start = false
			case c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c >= 0x80:
				start = false
			}
		}
	}
}

// capitalizeNonASCII upper-cases a word-initial non-ASCII letter (Ŏ, Ŭ).
func capitalizeNonASCII(b []byte) []byte {
	if !hasNonASCII(b) {
		return b
	}
	s := string(b)
	out := make([]byte, 0, len(b))
	start := true
	for _, c := range s {
		if c == ' ' || c == '\t' || c == '\n' {
			start = true
		} else if start {
			if c >= 0x80 && unicode.IsLetter(c) {
				c = unicode.ToUpper(c)
			}
			if unicode.IsLetter(c) || c >= '0' && c <= '9' {
				start = false
			}
		}
		out = utf8.AppendRune(out, c)
	}
	return out
}

func hasNonASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return true
		}
	}
	return false
}
