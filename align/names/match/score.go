package match

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/bitext-ko/bitext/align/hangul"
	"github.com/bitext-ko/bitext/align/names/skeleton"
	"github.com/bitext-ko/bitext/align/names/surname"
	"github.com/bitext-ko/bitext/align/names/translated"
)

// Name is a compiled Hangul name: the patterns the matcher compares
// English spellings with. Compile once and score many times; a Name is
// safe for concurrent use (its loanword patterns are made once, when it is
// first scored).
type Name struct {
	text      string
	compact   string      // text without spaces
	transKeys []string    // translated.Key of the English forms if the name is translated (미국)
	korean    *koreanName // nil unless it can be a Korean personal name
	// words holds the syllables of each word, and syl those of all
	// words, in one slice; the loanword patterns are made from them when
	// the name is first scored (most names an index holds are never
	// compared: the blocks keep them apart).
	words    [][]hangul.Syllable
	syl      []hangul.Syllable
	oneWord  [2][]hangul.Syllable // room for words, for a name of one or two words
	sylBuf   [6]hangul.Syllable   // room for syl, for a name of six syllables or fewer
	once     sync.Once
	loan     loanPatterns
	lastSkel skeleton.Key
	lastCls  byte
	firstCls byte         // blocking class of the first sound
	skel     skeleton.Key // first three skeleton classes
}

// Compile compiles a Hangul name (cleaned with CleanName). A name with no
// Hangul syllables compiles to one that matches nothing.
func Compile(hangulName string) *Name {
	h := CleanName(hangulName)
	n := &Name{text: h}
	compact := strings.ReplaceAll(h, " ", "")
	n.compact = compact
	n.transKeys = translated.EnglishKeys(compact)
	// The syllables of every word, one word after another in one slice
	// (a syllable takes three bytes, so len(h)/3 always holds them).
	syl := n.sylBuf[:0]
	if len(h)/3 > len(n.sylBuf) {
		syl = make([]hangul.Syllable, 0, len(h)/3)
	}
	var startBuf [4]int
	syl, starts := wordSyllables(h, syl, startBuf[:0])
	words := n.oneWord[:0]
	for i, start := range starts {
		end := len(syl)
		if i+1 < len(starts) {
			end = starts[i+1]
		}
		words = append(words, syl[start:end:end])
	}
	if sur, given, known, ok := surname.Split(compact); ok && known && (!strings.Contains(h, " ") || surnameApart(h)) {
		// compact is all syllables (Split says so), and they are syl.
		n.korean = compileKorean(compact, sur, given, syl)
	}
	if len(syl) == 0 {
		return n
	}
	n.words, n.syl = words, syl
	if len(words) >= 2 {
		n.lastSkel = skeleton.HangulKey(words[len(words)-1])
		n.lastCls = 'V'
		if l := words[len(words)-1][0].L; l != hangul.LNull {
			n.lastCls = skeleton.Initial(l)
		}
	}
	n.skel = skeleton.HangulKey(syl)
	n.firstCls = 'V'
	if syl[0].L != hangul.LNull {
		n.firstCls = skeleton.Initial(syl[0].L)
	}
	return n
}

// wordSyllables appends to syl the syllables of the words of h, one word
// after another, and to starts where each word that has some starts in
// syl.
func wordSyllables(h string, syl []hangul.Syllable, starts []int) ([]hangul.Syllable, []int) {
	if all, ok := appendSyllables(syl, h); ok {
		// One word of syllables (most names), read by the bytes.
		return all, append(starts, len(syl))
	}
	for w := range strings.FieldsSeq(h) {
		start := len(syl)
		for _, r := range w {
			if s, ok := hangul.Decompose(r); ok {
				syl = append(syl, s)
			}
		}
		if len(syl) > start {
			starts = append(starts, start)
		}
	}
	return syl, starts
}

// loanPatterns are a name's readings as a loanword.
type loanPatterns struct {
	foreign  pattern // the whole name
	swapped  pattern // two-word names with the words swapped (아베 신조)
	lastWord pattern // the last word of a name of several words (폼페이오)
}

// loanwords returns the name's loanword patterns, made on first use.
func (n *Name) loanwords() *loanPatterns {
	n.once.Do(func() {
		words := n.words
		// A syllable makes three slots at most; the patterns are cut
		// from one slice.
		room := 3 * len(n.syl)
		if len(words) == 2 {
			room += 3 * len(n.syl)
		}
		if len(words) >= 2 {
			room += 3 * len(words[len(words)-1])
		}
		p := foreignPattern(n.syl, make(pattern, 0, room))
		n.loan.foreign = cut(p)
		if len(words) == 2 {
			var sylBuf [16]hangul.Syllable
			swapped := append(append(sylBuf[:0], words[1]...), words[0]...)
			p = foreignPattern(swapped, p[len(p):])
			n.loan.swapped = cut(p)
		}
		if len(words) >= 2 {
			p = foreignPattern(words[len(words)-1], p[len(p):])
			n.loan.lastWord = cut(p)
		}
	})
	return &n.loan
}

// cut returns p with its capacity cut to its length, so that appending
// to it cannot write into what follows it in a shared slice.
func cut(p pattern) pattern { return p[:len(p):len(p)] }

// empty reports whether the name has no Hangul syllable: it matches
// nothing.
func (n *Name) empty() bool { return len(n.words) == 0 }

// surnameApart reports whether h is a Korean name written with its
// surname apart (이 태영, 남궁 지영): two words, the first a surname.
func surnameApart(h string) bool {
	sur, given, ok := strings.Cut(h, " ")
	if !ok || strings.Contains(given, " ") || utf8.RuneCountInString(given) > 2 {
		return false
	}
	_, known := surname.Lookup(sur)
	return known
}

// String returns the cleaned Hangul name.
func (n *Name) String() string { return n.text }

// English is a compiled English name. It is safe for concurrent use: its
// skeleton keys are made once, on first use.
type English struct {
	text string
	key  string // translated.Key
	e    *parsedEnglish
	fj   string // foreign form of all words
	fl   string // foreign form of the last word
	fa   string // foreign form of all words, titles included
	acro string // Hangul reading of an acronym (UN 유엔), or ""

	pj, pl, pa *prepared // fj, fl, fa prepared for matching
	// sides are the two readings as a Korean name: surname first, and
	// surname last.
	sides []side
	total int // letters in the name's words
	// classes has bit c-'A' set for each blocking class the start of
	// the name (or of its last word) can have.
	classes uint32
	// latin holds the skeleton keys of the foreign forms, made on first
	// use (see latinKeys).
	latin struct {
		once sync.Once
		keys []skeleton.Key
		nj   int
	}
}

// mayMatch is a quick test, before any scoring, of whether e can match n
// at all: as a translated name, an acronym, its surname, or a compatible
// first sound.
func (e *English) mayMatch(n *Name) bool {
	if len(n.transKeys) > 0 {
		return true
	}
	if e.acro != "" {
		// An acronym is read letter by letter: the first letter's name
		// starts the Hangul (CIA 시아이에이).
		a, _ := utf8.DecodeRuneInString(e.acro)
		h, _ := utf8.DecodeRuneInString(n.compact)
		if a == h {
			return true
		}
	}
	if e.classes&(1<<(n.firstCls-'A')) != 0 || n.lastCls != 0 && e.classes&(1<<(n.lastCls-'A')) != 0 {
		return true
	}
	if n.korean != nil {
		for i := range e.sides {
			for _, s := range e.sides[i].surs {
				if s == n.korean.sur {
					return true
				}
			}
		}
	}
	return false
}

type side struct {
	sur, given *prepared
	surs       []*surname.Surname
	// press has bit i set when the word is surs[i]'s usual press
	// spelling (a spelling has a few surnames, far fewer than 64); other
	// spellings cost a little more, so Ri prefers 리 to 이 and Song 송 to
	// 성.
	press uint64
	extra float32
	// shaped reports whether the given name is made of romanized Korean
	// syllables (see koreanShaped).
	shaped bool
}

func newSide(sur, given string, extra float32, room *preparedRoom) side {
	sd := side{sur: room.prepare(sur, false), given: room.prepare(given, false), surs: surnamesOf(sur), extra: extra}
	if len(sd.surs) > 0 {
		sd.shaped = koreanShaped(given)
	}
	for i, s := range sd.surs {
		if i < 64 && surname.FoldLatin(s.Press) == sur {
			sd.press |= 1 << i
		}
	}
	return sd
}

// compiledEnglish is a compiled English name with its parts, made in one
// allocation: room for the words of most names, for its spellings
// prepared for matching (all words, the last word and all words with
// titles, and each side's surname and given name) and its sides.
type compiledEnglish struct {
	c        English
	e        parsedEnglish
	words    [4]string
	prepared [7]prepared
	sides    [2]side
}

// CompileEnglish compiles an English name ("Kim Jong-un", "Mike Pompeo",
// "the U.S."); leading titles are dropped.
func CompileEnglish(s string) *English {
	ce := new(compiledEnglish)
	e := &ce.e
	parseEnglish(s, e, ce.words[:0])
	c := &ce.c
	c.text, c.key, c.e = s, translated.Key(s), e
	n, t := len(e.all), e.tokens
	c.fj = foreignForm(t, e.join(n-len(t), n))
	if len(t) >= 2 {
		c.fl = foreignForm(t[len(t)-1:], t[len(t)-1])
	}
	if len(e.all) > len(t) {
		c.fa = foreignForm(e.all, e.join(0, n))
	}
	c.acro = acronymReading(s)
	// The letters of every spelling prepared, for room for their costs.
	spellings := [...]string{c.fj, c.fl, c.fa, "", "", "", ""}
	if len(t) >= 2 {
		spellings[3], spellings[4], spellings[5], spellings[6] = t[0], e.givenAfter, t[len(t)-1], e.givenBefore
	}
	letters := 0
	for _, sp := range spellings {
		letters += min(len(sp), maxLetters)
	}
	room := newPreparedRoom(ce.prepared[:0], letters)
	if c.fj != "" {
		c.pj = room.prepare(c.fj, true)
	}
	if c.fl != "" {
		c.pl = room.prepare(c.fl, true)
	}
	if c.fa != "" {
		c.pa = room.prepare(c.fa, true)
	}
	var cls [8]byte
	for _, f := range [...]string{c.fj, c.fl, c.fa} {
		for _, x := range skeleton.FirstClasses(f, cls[:0]) {
			c.classes |= 1 << (x - 'A')
		}
	}
	if len(t) >= 2 {
		for _, tok := range t {
			c.total += len(tok)
		}
		first, last := t[0], t[len(t)-1]
		ce.sides = [2]side{newSide(first, e.givenAfter, 0, &room), newSide(last, e.givenBefore, 0.2, &room)}
		c.sides = ce.sides[:]
	}
	return c
}

// String returns the English name as given.
func (c *English) String() string { return c.text }

// Score compares an English name with a Hangul name and returns a
// similarity in [0, 1]: 1 for a translated name (package translated: 미국 and
// U.S.) and for a romanization that matches letter for letter, falling
// with the number and weight of the spelling differences. It tries the
// name as a Korean personal name (surname first or last, per-syllable
// spelling variants, conventional surname spellings) and as a foreign
// name transliterated into Hangul, and returns the better.
func Score(english, hangulName string) float64 {
	return ScoreCompiled(CompileEnglish(english), Compile(hangulName))
}

// ScoreCompiled is Score for compiled names.
func ScoreCompiled(e *English, n *Name) float64 {
	return scoreAbove(e, n, 0)
}

// scoreAbove is ScoreCompiled for callers that only need scores above
// floor: lower scores may come back as 0, which lets the matcher stop
// early.
func scoreAbove(e *English, n *Name, floor float64) float64 {
	if len(e.e.tokens) == 0 || n.empty() {
		return 0
	}
	for _, k := range n.transKeys {
		if k == e.key {
			return 1
		}
	}
	best := 0.0
	if n.korean != nil {
		var koreanOnly bool
		best, koreanOnly = n.korean.score(e, floor)
		if koreanOnly {
			// A Korean name in Korean romanization: the loanword
			// reading does not apply.
			return best
		}
		if best >= 0.9 {
			// A Korean name this close: the loanword reading will not
			// do better.
			return best
		}
	}
	lw := n.loanwords()
	if s := foreignScore(e.pj, lw.foreign, max(floor, best)); s > best {
		best = s
	}
	if lw.swapped != nil {
		if s := foreignScore(e.pj, lw.swapped, max(floor, best)); s > best {
			best = s
		}
	}
	if e.fa != "" {
		// "North Bend": a title word that is part of the name.
		if s := foreignScore(e.pa, lw.foreign, max(floor, best)); s > best {
			best = s
		}
	}
	if lw.lastWord != nil && len(e.e.all) == 1 {
		// Pompeo against 마이크 폼페이오: the surname alone.
		if s := partialWeight * foreignScore(e.pj, lw.lastWord, max(floor, best)/partialWeight); s > best {
			best = s
		}
	}
	if e.fl != "" && len(lw.swapped) == 0 {
		// "Mike Pompeo" against 폼페이오: the surname alone.
		if s := partialWeight * foreignScore(e.pl, lw.foreign, max(floor, best)/partialWeight); s > best {
			best = s
		}
	}
	if e.acro != "" {
		if s := hangulSimilarity(e.acro, n.compact); s > best {
			best = s
		}
	}
	if len(n.transKeys) > 0 && best > 0.8 {
		// A translated name that happens to look like a transliteration.
		best = 0.8
	}
	return best
}

// foreignScore scores e against a loanword pattern; scores at or below
// floor may come back as 0.
// partialWeight scales the score of an English name's last word alone
// against a Hangul name (Pompeo for 폼페이오 when the English says Mike
// Pompeo), below a full match.
const partialWeight = 0.8

func foreignScore(e *prepared, p pattern, floor float64) float64 {
	if e == nil || e.s == "" || floor >= 1 {
		return 0
	}
	// A cost above the bound, floor's cost rounded to a float32, is
	// above floor's own and gives a score under floor, whichever it is:
	// foreignDistance may stop at any.
	c := foreignDistance(e, p, float32((1-floor)*float64(len(e.s))))
	s := 1 - float64(c)/float64(len(e.s))
	if s < 0 {
		return 0
	}
	return s
}

// surnamesOf looks a folded word up in the surname table. foldName writes
// an MR aspiration apostrophe as h (Ch'oe → chhoe); the table has the
// apostrophe form, which folds to choe.
func surnamesOf(tok string) []*surname.Surname {
	if s := surname.ByLatin(tok); len(s) > 0 {
		return s
	}
	for _, a := range [...][2]string{{"chh", "ch"}, {"kh", "k"}, {"th", "t"}, {"ph", "p"}} {
		if strings.Contains(tok, a[0]) {
			if s := surname.ByLatin(strings.Replace(tok, a[0], a[1], 1)); len(s) > 0 {
				return s
			}
		}
	}
	return nil
}

// KoreanScore scores english read only as the Korean personal name
// hangulName, never as a loanword: in [0, 1], 0 when hangulName cannot be
// a Korean personal name (no known surname, or a name of several words
// that is not a surname set apart).
func KoreanScore(english, hangulName string) float64 {
	n := Compile(hangulName)
	if n.korean == nil {
		return 0
	}
	e := CompileEnglish(english)
	if len(e.e.tokens) == 0 {
		return 0
	}
	s, _ := n.korean.score(e, 0)
	return s
}
