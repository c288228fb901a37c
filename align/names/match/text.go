package match

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bitext-ko/bitext/align/hangul"
	"github.com/bitext-ko/bitext/align/names/surname"
	"github.com/bitext-ko/bitext/align/names/translated"
)

// particles are Korean postpositions and copula endings that attach to a
// name in running text, longest first so that 에서는 is tried before 는.
var particles = sortLongestFirst(strings.Fields(`이었습니다 였습니다 입니다 이었으며 였으며 이었고 였고
	에서부터 에게서는 으로서는 으로부터
	에서는 에서도 에서의 에서만 에게는 에게도 에게의 으로는 으로도 으로서 으로써 으로의
	로부터 로서 로써 로는 로도 로의 까지의 부터의 에만 에선 에겐 와는 과는 와도 과도
	이라는 이라고 이라며 이라면
	이었다 였다 이다 과의 와의 에서 에게 한테 께서 으로 에는 에도 에의 까지 부터 처럼 보다
	만큼 마저 조차 이나 이며 이고 라는 라고 라며 이랑 하고 랑 이든 든
	의 은 는 이 가 을 를 에 와 과 도 로 만 께`))

// functionWords are frequent Korean words of running text — verb and
// adjective forms, pronouns with their postpositions, conjunctions and
// adverbs — that are never names but can look like short foreign ones
// (하는 for Johnny, 그는 for CNN).
var functionWords = bySyllable(functionWordList, same)

var functionWordList = strings.Fields(`하는 하고 하며 하면 하여 해서 했다 한다 하기 하지
	있는 있다 있고 있어 없는 없다 없이 되는 된다 되어 되고 같은 같이 그는 그가 그의 그를
	그녀 그녀는 그녀가 그녀의 이는 이를 이에 그러나 그리고 또는 또한 하지만 그래서 때문 위해
	위한 대한 대해 통해 따라 관련 가장 매우 다른 모든 어떤 이번 지난 오는 당시 현재 것은
	것이 것을 것으로 우리 우리는 우리가 우리의 그들 그들은 그들의 이것 그것 저는 나는 내가
	그게 이게 저게 그건 이건 저건 그거 이거 저거 그걸 이걸 그것은 이것은 그것이 이것이 그것을 이것을
	그곳 이곳 거기 여기 저기 그때 이때 누가 누구 무엇 뭔가 무슨 어디 언제 왜 어떻게 이런 그런 저런
	그녀를 그들이 그들을 저희 당신 자신 자신의 스스로`)

// predicateStems are the stems of the verbs and adjectives that follow a
// dependent noun (확정할 수 있을, 할 수 없는, 하지 않는다): a word made of one
// of them and an ending (있을, 없는, 않았다) is a verb form, never a name or
// part of one. No foreign name Korean writes starts with these syllables.
var predicateStems = []string{"있", "없", "않"}

// IsFunctionWord reports whether a Hangul word, as written in running
// text, is a function word that is never a name nor part of one: a
// pronoun or demonstrative with or without its postposition (그는, 그게,
// 이것), a frequent verb or adjective form (하는, 있다), a conjunction or
// adverb, or a form of 있다, 없다, 않다 (있을, 없는), as after a dependent
// noun (할 수 있을 것이다).
func IsFunctionWord(w string) bool {
	return isFunctionWord(w, StripParticles(w, 1))
}

// isFunctionWord is IsFunctionWord for w and StripParticles(w, 1), its stem.
func isFunctionWord(w, stem string) bool {
	if has(functionWords, w) || stem != w && has(functionWords, stem) {
		return true
	}
	for _, s := range predicateStems {
		if strings.HasPrefix(w, s) {
			return true
		}
	}
	return false
}

// twoSyllableParticles are postpositions that a two-syllable word ending
// in them almost always has (굽에 is 굽 + 에): names rarely end in these
// syllables, while 이, 가, 도, 로 end many (리가, 인도).
var twoSyllableParticles = bySyllable(twoSyllableParticleList, same)

var twoSyllableParticleList = strings.Fields(`은 는 을 를 의 에 과 와`)

// IsParticle reports whether a Hangul word is a postposition alone (가,
// 에서), as when it is written apart from a name in Latin letters.
func IsParticle(w string) bool {
	last, _ := lastRune(w)
	for _, p := range particlesByLast.of(last) {
		if p.text == w {
			return true
		}
	}
	return false
}

// titles are titles and roles that follow a name in Korean news text
// (김정은 위원장, 시진핑 국가주석), longest first.
var titles = sortLongestFirst(strings.Fields(`국무위원장 국가주석 국무장관 국방장관
	외교장관 통일장관 법무장관 국무총리 부총리 부위원장 위원장 대통령 당선인 당선자 총비서
	제1비서 비서 부부장 부장 외무상 외교부장 외교부장관 국방상 총참모장 총정치국장 원수 차수 대장
	상장 중장 소장 사령관 대변인 대사 특별대표 특사 대표 총리 수상 장관 차관보 차관 의장
	주석 상원의원 하원의원 의원 지사 시장 총장 사무총장 회장 부회장 사장 교수 박사 선생
	여사 씨 군 양 동지 후보`))

// particlesByLast and titlesByLast index particles and titles by their
// last syllable, longest first, so that a word is only compared with the
// few that can end it.
var (
	particlesByLast = bySyllable(particles, func(p string) particle { return particle{p, fitOf(p)} })
	titlesByLast    = bySyllable(titles, same)
)

// particle is a postposition and the ending it takes (fitOf).
type particle struct {
	text string
	fit  fit
}

// byLastSyllable is a read-only index of words by their last syllable: a
// table look-up instead of a map's hashing, for the few hundred thousand
// words of a corpus run that are looked up.
type byLastSyllable[T any] struct {
	list  [hangul.SLast - hangul.SBase + 1]uint8 // 1 + the place in lists of the syllable's words, 0 for none
	lists [][]T
}

// bySyllable indexes words, which all end in a Hangul syllable, by that
// syllable, keeping their order; each becomes an entry by entry.
func bySyllable[T any](words []string, entry func(string) T) *byLastSyllable[T] {
	b := &byLastSyllable[T]{}
	for _, w := range words {
		r, _ := utf8.DecodeLastRuneInString(w)
		if !hangul.IsSyllable(r) {
			panic("match: " + w + " does not end in a Hangul syllable")
		}
		i := &b.list[r-hangul.SBase]
		if *i == 0 {
			b.lists = append(b.lists, nil)
			*i = uint8(len(b.lists))
		}
		b.lists[*i-1] = append(b.lists[*i-1], entry(w))
	}
	if len(b.lists) > 255 {
		panic("match: too many last syllables for the index")
	}
	return b
}

// same is the entry of a word that is its own.
func same(w string) string { return w }

// has reports whether w is one of the words b indexes, each its own
// entry: a set look-up that compares w with the few words that end as it
// does.
func has(b *byLastSyllable[string], w string) bool {
	last, _ := lastRune(w)
	for _, x := range b.of(last) {
		if x == w {
			return true
		}
	}
	return false
}

// of returns the words that end in r, nil for none.
func (b *byLastSyllable[T]) of(r rune) []T {
	if !hangul.IsSyllable(r) {
		return nil
	}
	if i := b.list[r-hangul.SBase]; i > 0 {
		return b.lists[i-1]
	}
	return nil
}

// runesUpTo returns utf8.RuneCountInString(s) or limit, whichever is
// less, reading no more runes than that: a word's stem is asked whether
// it has a syllable or two, and a Hangul syllable is read in place.
func runesUpTo(s string, limit int) int {
	n := 0
	for ; n < limit && s != ""; n++ {
		size := 3
		if _, ok := hangul.DecodeSyllable(s); !ok {
			_, size = utf8.DecodeRuneInString(s)
		}
		s = s[size:]
	}
	return n
}

// lastRune is utf8.DecodeLastRuneInString, with a Hangul syllable at the
// end, the usual case here, decoded in place.
func lastRune(w string) (rune, int) {
	if n := len(w); n >= 3 && w[n-3]&0xf0 == 0xe0 && w[n-2]&0xc0 == 0x80 && w[n-1]&0xc0 == 0x80 {
		if r := rune(w[n-3]&0x0f)<<12 | rune(w[n-2]&0x3f)<<6 | rune(w[n-1]&0x3f); hangul.IsSyllable(r) {
			return r, 3
		}
	}
	return utf8.DecodeLastRuneInString(w)
}

func sortLongestFirst(ws []string) []string {
	for i := 1; i < len(ws); i++ {
		for j := i; j > 0 && utf8.RuneCountInString(ws[j]) > utf8.RuneCountInString(ws[j-1]); j-- {
			ws[j], ws[j-1] = ws[j-1], ws[j]
		}
	}
	return ws
}

func isTitle(w string) bool { return has(titlesByLast, w) }

// IsTitle reports whether a Hangul word, with any postposition, is a
// title or role that follows names in Korean news (위원장, 대통령이,
// 장관은).
func IsTitle(w string) bool {
	return isTitle(StripParticles(w, 1))
}

// particleFits reports whether particle p can follow stem: 은 이 을 과 으로
// follow a final consonant, 는 가 를 와 로 a vowel (로 also ㄹ).
func particleFits(stem, p string) bool { return fitOf(p).allows(stem) }

// fit is what the syllable before a particle must end in.
type fit uint8

const (
	afterAny        fit = iota
	afterFinal          // a final consonant: 은 이 을 과 으로
	afterVowel          // a vowel: 는 가 를 와
	afterVowelOrRie     // a vowel or ㄹ: 로
)

// fitOf returns the ending particle p takes.
func fitOf(p string) fit {
	switch {
	case strings.HasPrefix(p, "은"), p == "이", strings.HasPrefix(p, "을"), strings.HasPrefix(p, "과"),
		strings.HasPrefix(p, "으로"), strings.HasPrefix(p, "이라"), strings.HasPrefix(p, "이었"),
		strings.HasPrefix(p, "이다"), strings.HasPrefix(p, "이나"), strings.HasPrefix(p, "이며"),
		strings.HasPrefix(p, "이고"), strings.HasPrefix(p, "이랑"), strings.HasPrefix(p, "이든"):
		return afterFinal
	case strings.HasPrefix(p, "는"), p == "가", strings.HasPrefix(p, "를"), strings.HasPrefix(p, "와"),
		strings.HasPrefix(p, "라"), strings.HasPrefix(p, "였"), p == "나", p == "야", p == "랑", p == "든":
		return afterVowel
	case strings.HasPrefix(p, "로"):
		return afterVowelOrRie
	}
	return afterAny
}

// allows reports whether stem ends as f asks.
func (f fit) allows(stem string) bool {
	if f == afterAny {
		return true
	}
	r, _ := lastRune(stem)
	syl, ok := hangul.Decompose(r)
	fin := ok && syl.T != hangul.TNone
	switch f {
	case afterFinal:
		return fin
	case afterVowel:
		return !fin
	}
	return !fin || syl.T == hangul.TL
}

// StripParticles removes a postposition from the end of a Hangul word if
// what remains is at least minSyllables long: 폼페이오는 → 폼페이오,
// 김정은이 → 김정은.
func StripParticles(w string, minSyllables int) string {
	last, _ := lastRune(w)
	for _, p := range particlesByLast.of(last) {
		if !strings.HasSuffix(w, p.text) {
			continue
		}
		stem := w[:len(w)-len(p.text)]
		if runesUpTo(stem, minSyllables) < minSyllables || !p.fit.allows(stem) || strings.HasSuffix(stem, "으") {
			// A stem ending in a bare 으 is a word before 으로, 으며,
			// 은: 것으로 is 것 + 으로, not 것으 + 로.
			continue
		}
		return stem
	}
	return w
}

// ambiguousWord reports whether raw, which ends in what looks like a
// postposition, may be a name as it stands: a three-syllable word that
// starts with a surname (김정은, 이명박이 is not), or a word ending in a
// syllable common at the end of foreign names (트뤼도, 카스트로, 오르테가,
// 오타와). A stem that is a translated name (한국은) is not ambiguous.
func ambiguousWord(raw, stem string) bool {
	// The table of translated names is asked last: few words pass the
	// other tests.
	ambiguous := false
	switch raw[len(stem):] {
	case "도", "로", "가", "와":
		ambiguous = true
	default:
		if runesUpTo(raw, 4) == 3 {
			_, _, known, ok := surname.Split(raw)
			ambiguous = ok && known
		}
	}
	return ambiguous && !translated.IsHangul(stem)
}

// shorterParticle returns the other reading of raw, which StripParticles
// read as stem and a compound postposition that starts with a syllable
// ending many foreign names (로의, 로는, 도의, 가의 …): the stem with that
// syllable, before the rest of the postposition (팰트로의 → 팰트로 + 의,
// where the longest match gives 팰트 + 로의). It returns "" when there is
// no such reading.
func shorterParticle(raw, stem string) string {
	p := raw[len(stem):]
	first, n := utf8.DecodeRuneInString(p)
	if n == len(p) || !strings.ContainsRune("로도가와", first) {
		return ""
	}
	alt := stem + p[:n]
	if rest := p[n:]; !IsParticle(rest) || !particleFits(alt, rest) {
		return ""
	}
	return alt
}

// OtherReading returns the second way to read a Hangul word that ends in
// a compound postposition starting with 로, 도, 가 or 와: the name keeps
// that syllable (팰트로의 → 팰트로, where StripParticles gives 팰트). It
// returns "" when there is none.
func OtherReading(w string) string {
	return shorterParticle(w, StripParticles(w, 1))
}

// stripTitle removes a title written onto the end of a name
// (김정은위원장 → 김정은) and reports whether the word was a title alone.
func stripTitle(w string) (string, bool) {
	last, _ := lastRune(w)
	// The titles that end like w, longest first: w itself, if it is a
	// title, comes before any shorter title it ends in, and a title
	// longer than w cannot be cut off it.
	for _, t := range titlesByLast.of(last) {
		if t == w {
			return "", true
		}
		// One-syllable titles (씨, 군, 양) are also the last syllable of
		// many given names; only longer ones are taken off a word.
		if len(t) > 3 && strings.HasSuffix(w, t) && utf8.RuneCountInString(w)-utf8.RuneCountInString(t) >= 2 {
			return w[:len(w)-len(t)], false
		}
	}
	return w, false
}

// Candidates returns the name-like words of Korean running text: each
// word of Hangul syllables with its postposition and any title removed
// (김정은 위원장이 → 김정은; 폼페이오는 → 폼페이오; 시진핑 국가주석과 → 시진핑).
// Words of one syllable are kept only when they are a surname followed by
// a title (김 위원장 → 김). Titles alone, and words that are not Hangul, are
// dropped. Which candidates really are names is for Score to decide.
func Candidates(koreanText string) []string {
	return AppendCandidates(nil, koreanText)
}

// AppendCandidates appends the Candidates of koreanText to dst, for a
// caller that reads many paragraphs and can reuse one slice.
func AppendCandidates(dst []string, koreanText string) []string {
	return appendCandidates(dst, koreanText, nil)
}

// appendCandidates is AppendCandidates, keeping what each word gives in
// memo, and taking it from there when the word was read before, when memo
// is not nil.
func appendCandidates(dst []string, koreanText string, memo *wordMemo) []string {
	if hangul.HasConjoiningJamo(koreanText) {
		// Without them, Normalize would leave the syllables, all that
		// is read here, as they are.
		koreanText = hangul.Normalize(koreanText)
	}
	memo.touch(koreanText)
	// The words are the runs of Hangul syllables. next and nextRd are
	// the word after w and how it reads, worked out once for each word:
	// the word before next needs to know whether it is a title.
	next, rest := nextSyllableRun(koreanText)
	var nextRd memoReading
	if next != "" {
		nextRd = memo.read(next)
	}
	for next != "" {
		w, rd := next, nextRd
		next, rest = nextSyllableRun(rest)
		nextRd = memoReading{}
		if next != "" {
			nextRd = memo.read(next)
		}
		dst = memo.appendCandidates(dst, w, rd, nextRd.rd.title)
	}
	return dst
}

// reading is how a word w reads on its own.
type reading struct {
	stem  string // StripParticles(w, 1)
	cut   string // stripTitle(stem)
	title bool   // stripTitle(stem) found a title alone
}

// readWord takes a word apart: its stem and what stripTitle makes of it.
func readWord(w string) reading {
	rd := reading{stem: StripParticles(w, 1)}
	rd.cut, rd.title = stripTitle(rd.stem)
	return rd
}

// appendWordCandidates appends the candidates of the word raw, read as rd,
// to out; nextTitle is whether a title follows it.
func appendWordCandidates(out []string, raw string, rd reading, nextTitle bool) []string {
	w, stem := raw, rd.stem
	if !nextTitle {
		// A name directly before a title takes no postposition
		// (트뤼도 총리: 도 is part of the name).
		w = stripParticles2(raw, stem)
	}
	var title bool
	if w == stem {
		w, title = rd.cut, rd.title
	} else {
		w, title = stripTitle(w)
	}
	// IsFunctionWord(raw) is isFunctionWord(raw, stem): the word as it
	// stands needs no second test.
	if title || w == "" || isFunctionWord(raw, stem) || w != raw && IsFunctionWord(w) {
		return out
	}
	// raw is a run of syllables, of three bytes each, and w a part of
	// it: their lengths count their syllables.
	if len(raw) == 2*3 && raw == w && !nextTitle {
		// A two-syllable word whose second syllable is a postposition
		// that fits: a one-syllable word and its postposition.
		if _, size := lastRune(raw); has(twoSyllableParticles, raw[len(raw)-size:]) && particleFits(raw[:len(raw)-size], raw[len(raw)-size:]) {
			return out
		}
	}
	if w != raw && ambiguousWord(raw, w) {
		// 오타와 could be 오타 + 와, 김정은 could be 김정 + 은: keep both
		// readings.
		out = append(out, raw)
	}
	if alt := shorterParticle(raw, w); alt != "" {
		// 팰트로의 is 팰트로 + 의 as well as 팰트 + 로의: keep both
		// readings, and let the English decide.
		out = append(out, alt)
	}
	if len(w) == 3 {
		// 김 위원장: a lone surname before a title.
		if _, ok := surname.Lookup(w); ok && nextTitle {
			out = append(out, w)
		}
		return out
	}
	return append(out, w)
}

// nextSyllableRun returns the first run of Hangul syllables in s and the
// text after it; the run is "" when s has none. It is one step of
// strings.FieldsFunc with "not a Hangul syllable", read by the bytes: a
// syllable's first byte (0xEA to 0xED) never continues another rune.
func nextSyllableRun(s string) (run, rest string) {
	start := 0
	for {
		if start >= len(s) {
			return "", ""
		}
		if c := s[start]; c >= 0xEA && c <= 0xED {
			if _, ok := hangul.DecodeSyllable(s[start:]); ok {
				break
			}
		}
		start++
	}
	end := start + 3
	for end < len(s) {
		if _, ok := hangul.DecodeSyllable(s[end:]); !ok {
			break
		}
		end += 3
	}
	return s[start:end], s[end:]
}

// stripParticles2 returns StripParticles(w, 2) given stem, which is
// StripParticles(w, 1): the same unless that stem is one syllable.
func stripParticles2(w, stem string) string {
	if stem == w || runesUpTo(stem, 2) >= 2 {
		return stem
	}
	return StripParticles(w, 2)
}

// CleanName prepares one Hangul name as written in a list for matching:
// normalized, with trailing titles removed (김정은 위원장 → 김정은,
// 시진핑국가주석 → 시진핑). Postpositions are not removed: 김정은 ends in a
// syllable that is also a postposition; Candidates handles running text.
// Words separated by spaces are kept (마이크 폼페이오).
func CleanName(s string) string {
	if hangul.AllSyllables(s) {
		// One word of syllables, as Candidates gives them: nothing to
		// normalize or trim.
		return cleanWord(s)
	}
	s = hangul.Normalize(strings.TrimSpace(s))
	if s != "" && strings.IndexFunc(s, unicode.IsSpace) < 0 {
		// One word (most names): what cleanWords does to the last
		// word, without splitting and joining.
		return cleanWord(s)
	}
	if singleSpaced(s) {
		// Words one space apart, as cleanWords joins them: what it
		// does, done on s, the name a part of it.
		for {
			i := strings.LastIndexByte(s, ' ')
			if i < 0 {
				return cleanWord(s)
			}
			// A title alone at the end is dropped; the last word that
			// is not loses a title written onto it (l is a leading part
			// of the word, not "").
			if l, t := stripTitle(s[i+1:]); !t {
				return s[:i+1+len(l)]
			}
			s = s[:i]
		}
	}
	return cleanWords(s)
}

// cleanWords is CleanName for a normalized name with no white space at
// either end: its words with the titles alone at the end dropped and a
// title written onto the last removed, joined by one space.
func cleanWords(s string) string {
	f := strings.Fields(s)
	for len(f) > 1 {
		if _, t := stripTitle(f[len(f)-1]); !t {
			break
		}
		f = f[:len(f)-1]
	}
	if len(f) == 0 {
		return ""
	}
	if l, t := stripTitle(f[len(f)-1]); !t && l != "" {
		f[len(f)-1] = l
	}
	return strings.Join(f, " ")
}

// singleSpaced reports whether s, not "", is words one space apart: no
// space at either end, no two together, and no white space but the
// space.
func singleSpaced(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' || strings.Contains(s, "  ") {
		return false
	}
	return strings.IndexFunc(s, func(r rune) bool { return r != ' ' && unicode.IsSpace(r) }) < 0
}

// cleanWord is CleanName for a normalized name of one word: the word with
// any title written onto its end removed, unless it is a title alone.
func cleanWord(w string) string {
	if l, t := stripTitle(w); !t && l != "" {
		return l
	}
	return w
}
