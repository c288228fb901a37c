package english

import (
	"github.com/bitext-ko/bitext/align/internal/space"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/bitext-ko/bitext/align/names/namekey"
	"github.com/bitext-ko/bitext/align/names/surname"
)

// Mention is a name found in English text.
type Mention struct {
	// Text is the name with titles and possessives removed, as written
	// ("Mike Pompeo", "Kim Jong-un", "Workers’ Party of Korea").
	Text string
	// Start and End are the byte offsets of Text in the text searched.
	Start, End int
	// Type is guessed from the English alone: a title before it (person),
	// the shape of a Korean personal name, an organization or place word
	// at its end, or a built-in list of countries and cities.
	Type Type
	// Title is the title written before a person's name, if any
	// ("Secretary of State").
	Title string
	// Initial marks a one-word mention that starts a sentence and may be
	// a common word ("Observers are …"); FindNames keeps it only when the
	// text also writes it capitalized elsewhere or it looks like a name.
	Initial bool
	// Guessed marks a type taken from the words around the name (his
	// wife Zorica, Paltrow's brand, in Dresden) rather than from its own
	// words, which a surer sign may change.
	Guessed bool
}

// token is one word of English text with its byte offsets and what
// surrounds it.
type token struct {
	text       string // letters, digits, inner marks; possessive removed
	start, end int
	cap        bool // starts with an upper-case letter
	initial    bool // starts a sentence
	breakAfter bool // punctuation after it ends a name
	breakBefor bool // punctuation before it starts a new name
	openQuote  bool // a quotation mark opens right before it
	closeQuote bool // a quotation mark closes right after it
	headline   bool // its line is written in capitals or title case
	// class says which word lists key is in: set (wordClasses) when the
	// run finder takes the token into a run, where the lists are read.
	class wordClass
	// key is lowerKey(text), which the finder looks words up by: set once
	// by withKeys (the finder's passes), empty in the tokens Runs reads.
	key string
}

// withKeys sets the lookup key of each token, so that the finder's many
// word-list lookups on a token lower-case it once. A word with no
// capitals is its own key; the keys of the ASCII words with capitals are
// lowered into one string for all the tokens.
func withKeys(toks []token) {
	n := 0 // bytes of the ASCII keys to lower, which keep "" for now
	for i := range toks {
		k := trimDots(toks[i].text)
		switch asciiCase(k) {
		case noUpper:
			toks[i].key = k
		case asciiUpper:
			toks[i].key = ""
			n += len(k)
		default:
			toks[i].key = strings.ToLower(k)
		}
	}
	if n == 0 {
		return
	}
	var keys strings.Builder
	keys.Grow(n)
	for i := range toks {
		if toks[i].key == "" {
			k := trimDots(toks[i].text)
			for j := 0; j < len(k); j++ {
				c := k[j]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				keys.WriteByte(c)
			}
		}
	}
	all := keys.String()
	for i := range toks {
		if toks[i].key == "" {
			k := len(trimDots(toks[i].text))
			toks[i].key, all = all[:k], all[k:]
		}
	}
}

// trimDots is strings.TrimRight(s, "."), in line: withKeys trims every
// token.
func trimDots(s string) string {
	for len(s) > 0 && s[len(s)-1] == '.' {
		s = s[:len(s)-1]
	}
	return s
}

// The ways a word is written, for lowering it (asciiCase).
const (
	noUpper    = iota // ASCII with no capital letter: its own lower case
	asciiUpper        // ASCII with capitals
	nonASCII          // other scripts, for strings.ToLower
)

// asciiCase tells how w is written, for lowering it.
func asciiCase(w string) int {
	var c uint8 // the bits of byteCases of w's bytes
	for i := 0; i < len(w); i++ {
		c |= byteCases[w[i]]
	}
	switch {
	case c&nonASCIIByte != 0:
		return nonASCII
	case c&upperByte != 0:
		return asciiUpper
	}
	return noUpper
}

// byteCases marks the ASCII capitals (upperByte) and the bytes of other
// scripts (nonASCIIByte), for asciiCase, which withKeys asks of every
// token.
var byteCases = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = nonASCIIByte
		case 'A' <= c && c <= 'Z':
			t[c] = upperByte
		}
	}
	return t
}()

// The bits of byteCases.
const (
	upperByte    = 1
	nonASCIIByte = 2
)

// abbreviations keep their final period without ending the sentence.
var abbreviations = setOf(`mr mrs ms dr prof gen lt col maj capt adm sgt rep sen gov st mt
	jan feb mar apr jun jul aug sep sept oct nov dec no vs co corp inc ltd jr sr ft rev`)

// tokenize splits English text into tokens.
func tokenize(text string) []token {
	toks := make([]token, 0, strings.Count(text, " ")+1)
	eachTokens(text, tokenChunk, func(ts []token) { toks = append(toks, ts...) })
	return toks
}

// tokenChunk is how many tokens of one line eachTokens hands out at a
// time; maxHeadlineTokens and maxRunTokens bound what the finder keeps of
// a line. Together they keep the memory of the finder bounded on a line
// of any length (a whole book on one line): news headlines and names are
// far shorter.
const (
	tokenChunk        = 1024
	maxHeadlineTokens = 256
	maxRunTokens      = 256
)

// eachTokens splits English text into tokens and calls yield with them in
// order, the tokens of a line at a time, or at most about chunk tokens
// when a line has more; every token handed out is final. The slice is
// reused after yield returns. A line of more than maxHeadlineTokens
// tokens is never a headline, so that a long line can be handed out
// before its end.
func eachTokens(text string, chunk int, yield func([]token)) {
	eachTokensIn(nil, text, chunk, yield)
}

// eachTokensIn is eachTokens keeping the tokens of a line in toks's
// storage, when it has some; it returns the storage, for the next text
// (it holds about a chunk of tokens at most).
func eachTokensIn(toks []token, text string, chunk int, yield func([]token)) []token {
	// toks holds the tokens of the current line; the last may still
	// change. It starts with room for the text's words, up to a chunk.
	if cap(toks) == 0 {
		toks = make([]token, 0, min(strings.Count(text, " ")+1, chunk+1))
	}
	toks = toks[:0]
	long := false // the current line has more than maxHeadlineTokens tokens
	endLine := func() {
		if !long {
			markHeadlines(toks)
		}
		if len(toks) > 0 {
			yield(toks)
		}
		toks, long = toks[:0], false
	}
	initial := true
	i := 0
	for i < len(text) {
		// Skip white space.
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		if space.IsSpace(r) {
			if r == '\n' {
				// Lines of a paragraph are headlines, captions, bylines:
				// each starts afresh.
				initial = true
				if len(toks) > 0 {
					toks[len(toks)-1].breakAfter = true
				}
				endLine()
			}
			i += n
			continue
		}
		p, j := wordEnd(text, i)
		toks = appendWord(toks, text, i, p, j, &initial)
		i = j
		if len(toks) > maxHeadlineTokens {
			long = true
		}
		if long && len(toks) > chunk {
			// The next word may still end the last token's name: keep it.
			yield(toks[:len(toks)-1])
			toks = append(toks[:0], toks[len(toks)-1])
		}
	}
	endLine()
	return toks[:0]
}

// headlineSmall are the words a title-case headline leaves in lower case.
var headlineSmall = setOf(`a an the and or nor but of in on at to for with by as vs vs. from into
	onto over via per than off up out`)

// markHeadlines marks the tokens of a line written in capitals or in
// title case (KIM JONG UN MEETS PUTIN, Moon Jae In Says Yes): a line of
// two words or more where every word is capitalized but for a few small
// words. In such lines capitals do not tell a name from the words after
// it. toks are the tokens of one line.
func markHeadlines(toks []token) {
	if len(toks) < 2 {
		return
	}
	for _, t := range toks {
		if !t.cap && !headlineSmall[strings.ToLower(t.text)] {
			return
		}
	}
	for k := range toks {
		toks[k].headline = true
	}
}

// koreanSyllables returns how many romanized Korean syllables the word w
// is (Jong 1, Jong-un and Jongun 2, HERE 2), or 0 if it is not one to
// four syllables. namekey.Parse keeps whole a given-name part it cannot
// split into syllables, so the word is parsed twice over: a word of n
// syllables then gives 2n parts, any other word one.
func koreanSyllables(w string) int {
	total := 0
	for part := range strings.SplitSeq(w, "-") {
		if part == "" {
			return 0
		}
		n, err := namekey.Parse("Kim " + part + strings.ToLower(part))
		if err != nil || len(n.Given) < 2 || len(n.Given)%2 != 0 {
			return 0
		}
		total += len(n.Given) / 2
	}
	return total
}

// maxGivenSyllables is the most syllables a Korean given name has.
const maxGivenSyllables = 2

// koreanHead returns how many tokens at the start of seg are a Korean
// personal name written surname first — a known surname and a given name
// of one or two syllables, hyphenated, spaced or in one word (KIM JONG
// UN, Moon Jae-in) — or 0.
func koreanHead(seg []token) int {
	if len(seg) < 2 || len(surname.ByLatin(seg[0].text)) == 0 {
		return 0
	}
	total, i := 0, 1
	for i < len(seg) {
		n := koreanSyllables(seg[i].text)
		if n == 0 || total+n > maxGivenSyllables {
			break
		}
		total += n
		i++
		if seg[i-1].breakAfter {
			break
		}
	}
	if total == 0 {
		return 0
	}
	return i
}

// wordEnd returns where the word that starts at text[i] ends (j, as
// space.FieldEnd) and where its leading ASCII letters and digits end (p),
// in one pass over the word: most words are such letters alone, and end
// at the first byte after them.
func wordEnd(text string, i int) (p, j int) {
	p = i
	for p < len(text) && alnumBytes[text[p]] {
		p++
	}
	if p == len(text) || space.Class(text[p]) == space.ASCII {
		return p, p
	}
	return p, space.FieldEnd(text, p)
}

// appendWord splits the white-space-delimited word text[i:j] at dashes,
// slashes and hyphens between names (Korea-US) and appends its tokens;
// text[i:p] are its leading ASCII letters and digits (wordEnd).
func appendWord(toks []token, text string, i, p, j int, initial *bool) []token {
	// Letters and digits alone (most words), or before a comma or a
	// full stop: one token, with nothing else around it to mark; what
	// appendMarkedWord does to such a word.
	w := text[i:j]
	if p == j && p > i { // plainWord(w)
		toks = append(toks, token{text: w, start: i, end: j, cap: 'A' <= w[0] && w[0] <= 'Z', initial: *initial})
		*initial = false
		return toks
	}
	if n := len(w) - 1; n > 0 && p == i+n { // plainWord(w[:n])
		switch w[n] {
		case ',': // ends a name
			toks = append(toks, token{text: w[:n], start: i, end: i + n, cap: 'A' <= w[0] && w[0] <= 'Z', initial: *initial, breakAfter: true})
			*initial = false
			return toks
		case '.':
			// Ends a sentence, unless it is an initial (J.) or an
			// abbreviation (Mr.), which appendMarkedWord tells, as it
			// does capitalized words.
			if stem := w[:n]; n >= 2 && !hasUpper(stem) && !abbreviations[stem] {
				toks = append(toks, token{text: stem, start: i, end: i + n, initial: *initial, breakAfter: true})
				*initial = true
				return toks
			}
		}
	}
	return appendMarkedWord(toks, text, i, j, initial)
}

// appendMarkedWord is appendWord for any word: marks before and after it,
// abbreviations, possessives, dashes and hyphens.
func appendMarkedWord(toks []token, text string, i, j int, initial *bool) []token {
	w := text[i:j]
	// Leading marks.
	lead := 0
	quoted := false
	for lead < len(w) {
		r, n := utf8.DecodeRuneInString(w[lead:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		if strings.ContainsRune("\"“‘'«", r) {
			quoted = true
		}
		lead += n
	}
	if w == "&" && len(toks) > 0 && toks[len(toks)-1].cap && !toks[len(toks)-1].breakAfter {
		// Marks & Spencer, Procter & Gamble: an ampersand between
		// capitalized words joins them into one name.
		return append(toks, token{text: w, start: i, end: j})
	}
	if lead == len(w) {
		// Punctuation alone (a dash between words) ends a name.
		if len(toks) > 0 {
			toks[len(toks)-1].breakAfter = true
			if strings.ContainsAny(w, ".!?") {
				*initial = true
			}
		}
		return toks
	}
	// Trailing marks: keep a final period for now.
	end := len(w)
	for end > lead {
		r, n := utf8.DecodeLastRuneInString(w[:end])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' {
			break
		}
		end -= n
	}
	trail := w[end:]
	core := w[lead:end]
	if (trail == "’" || trail == "'") && strings.HasSuffix(core, "s") {
		// Workers’ Party: a plural possessive inside a name.
		core += trail
		trail = ""
	}
	brk := trail != "" && strings.ContainsAny(trail, ",;:)]\"”!?’'…")
	closeQuote := strings.ContainsAny(trail, "\"”’'»")
	sentenceEnd := strings.ContainsAny(trail, "!?") || strings.Contains(trail, ".")
	if strings.HasSuffix(core, ".") {
		stem := strings.TrimRight(core, ".")
		var kb [32]byte
		switch {
		case strings.Contains(stem, "."): // U.S., U.N.
		case len(stem) == 1 && unicode.IsUpper(rune(stem[0])): // initials: J. Smith
		case abbreviations[string(appendLowerText(kb[:0], stem))]:
			core = core[:len(stem)+1]
		default:
			core = stem
			sentenceEnd = true
			brk = true
		}
	}
	if sentenceEnd {
		brk = true
	}
	// Possessive: Kim’s, Pompeo's, Koreas'.
	for _, p := range [...]string{"'s", "’s", "'S", "’S"} {
		if strings.HasSuffix(core, p) && len(core) > len(p) {
			core = core[:len(core)-len(p)]
			brk = true
			break
		}
	}
	start := i + lead
	// Split at dashes and slashes inside (Xinhua/AFP, Korea–US), and at
	// hyphens between two names (North Korea-US, US-China), not inside a
	// Korean given name (Jong-un, Jong-Un).
	var buf [4]part
	parts := splitCompound(core, buf[:0])
	if len(parts) > 1 && len(toks) > 0 && !toks[len(toks)-1].breakAfter && strings.Count(core, "-") == 1 &&
		len(surname.ByLatin(toks[len(toks)-1].text)) > 0 && koreanSyllables(core) == 2 {
		// KIM JONG-UN: after a Korean surname, two syllables joined by
		// a hyphen are a given name, even in capitals.
		parts = []part{{core, 0}}
	}
	for k, p := range parts {
		t := token{text: p.s, start: start + p.off, end: start + p.off + len(p.s)}
		r, _ := utf8.DecodeRuneInString(p.s)
		t.cap = unicode.IsUpper(r)
		t.initial = *initial && k == 0 || k == 0 && quoted && prevEndsClause(toks)
		t.breakBefor = k == 0 && lead > 0 && !quoted || k > 0
		if k == 0 && quoted {
			t.breakBefor = true
		}
		if k < len(parts)-1 {
			t.breakAfter = true
		}
		t.openQuote = k == 0 && quoted
		t.closeQuote = k == len(parts)-1 && closeQuote
		toks = append(toks, t)
		*initial = false
	}
	if len(toks) > 0 && brk {
		toks[len(toks)-1].breakAfter = true
	}
	*initial = sentenceEnd
	return toks
}

// alnumBytes marks the ASCII letters and digits, for wordEnd, which
// the tokenizer calls on every word.
var alnumBytes = func() (t [256]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// hasUpper reports whether an ASCII word has an upper-case letter.
func hasUpper(w string) bool {
	for i := 0; i < len(w); i++ {
		if 'A' <= w[i] && w[i] <= 'Z' {
			return true
		}
	}
	return false
}

// prevEndsClause reports whether the token before a quotation ends a
// clause (or there is none), so that the quotation's first word may be a
// sentence start.
func prevEndsClause(toks []token) bool {
	return len(toks) == 0 || toks[len(toks)-1].breakAfter
}

type part struct {
	s   string
	off int
}

// splitCompound splits a word at en and em dashes and slashes, and at
// hyphens whose two sides are both names (Korea-US, US-China,
// Korea-Japan) rather than the syllables of a Korean given name.
func splitCompound(w string, dst []part) []part {
	out := dst
	if !hasDash(w) || oneName(w) {
		// One part (most words): only the marks at its ends go.
		if w != "" && wordByte(w[0]) && wordByte(w[len(w)-1]) {
			return append(out, part{w, 0}) // none there (most words)
		}
		if t := strings.TrimFunc(w, notWordRune); t != "" {
			out = append(out, part{t, strings.Index(w, t)})
		}
		return out
	}
	start := 0
	for i := 0; i < len(w); {
		r, n := utf8.DecodeRuneInString(w[i:])
		cut := false
		switch r {
		case '–', '—', '/', '―':
			cut = true
		case '-':
			cut = nameHyphen(w[start:i], hyphenRest(w[i+1:]))
		}
		if cut {
			if i > start {
				out = append(out, part{w[start:i], start})
			}
			start = i + n
		}
		i += n
	}
	if start < len(w) {
		out = append(out, part{w[start:], start})
	}
	// Trim marks left at the cuts.
	for k := range out {
		s := out[k].s
		t := strings.TrimFunc(s, notWordRune)
		out[k].off += strings.Index(s, t)
		out[k].s = t
	}
	res := out[:0]
	for _, p := range out {
		if p.s != "" {
			res = append(res, p)
		}
	}
	return res
}

// hasDash reports whether w has a hyphen, a slash or a dash (–, —, ―):
// strings.ContainsAny(w, "-–—/―"), which decodes every rune of a short
// word to look each up in the set; the bytes of the ASCII marks are
// looked for instead, and the dashes, of three bytes each, only from
// their first byte.
func hasDash(w string) bool {
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case '-', '/':
			return true
		case 0xE2: // a lead byte: the runes of w[i:] are w's from there
			if strings.ContainsAny(w[i:], "–—―") {
				return true
			}
		}
	}
	return false
}

// wordByte reports whether an ASCII byte is a letter, a digit or a dot:
// one notWordRune keeps.
func wordByte(c byte) bool {
	return 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9' || c == '.'
}

// notWordRune reports the marks trimmed from the ends of a word's parts:
// anything but letters, digits and dots.
func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' }

func hyphenRest(s string) string {
	if i := strings.IndexAny(s, "-–—/"); i >= 0 {
		return s[:i]
	}
	return s
}

// oneName reports whether a word of three or more capitalized parts
// joined by hyphens is one name (Rhein-Neckar-Arena), none of its parts
// a known place or an acronym (Korea-US-China is three).
func oneName(w string) bool {
	if strings.Count(w, "-") < 2 {
		return false
	}
	var kb [32]byte
	for p := range strings.SplitSeq(w, "-") {
		r, _ := utf8.DecodeRuneInString(p)
		if p == "" || !unicode.IsUpper(r) || AllCaps(p) || places[string(appendLowerText(kb[:0], p))] {
			return false
		}
	}
	return true
}

// nameHyphen reports whether a hyphen between a and b joins two names.
func nameHyphen(a, b string) bool {
	if a == "" || b == "" || utf8.RuneCountInString(a) == 1 || utf8.RuneCountInString(b) == 1 {
		// A single letter is no name of its own (JAY-Z, X-Men).
		return false
	}
	ra, _ := utf8.DecodeRuneInString(a)
	rb, _ := utf8.DecodeRuneInString(b)
	if !unicode.IsUpper(ra) || !unicode.IsUpper(rb) {
		return false
	}
	caps := func(s string) bool {
		n := 0
		for _, r := range s {
			if unicode.IsLower(r) {
				return false
			}
			if unicode.IsLetter(r) {
				n++
			}
		}
		return n >= 2
	}
	if caps(a) || caps(b) {
		return true
	}
	// Korean given-name syllables are short; country names longer.
	return len(a) >= 5 && len(b) >= 5
}

// runFinder groups tokens, fed in order, into maximal name-like runs:
// capitalized tokens, with joining words between them, broken by
// punctuation, and cut after maxRunTokens tokens. It hands each run to
// its reader with the run before it, and holds the two only.
type runFinder struct {
	cur, prev []token
	pending   int // joining words at the end of cur
	reader    runReader
}

// A runReader reads the runs of a runFinder (a Runner, a Finder's
// worker): an interface rather than a function, which as a closure would
// be made on the heap for each text.
type runReader interface {
	run(run, prev []token)
}

func (f *runFinder) add(toks []token) {
	for i := range toks {
		t := &toks[i] // not copied: most tokens join no run
		if t.breakBefor && len(f.cur) > 0 {
			f.flush()
		}
		switch {
		case t.cap:
			f.push(*t)
			f.pending = 0
		case len(f.cur) > 0 && f.pending == 0 && placeWords[t.text] && IsDemonym(f.cur[len(f.cur)-1].text) && !f.cur[len(f.cur)-1].breakAfter:
			// "the Korean peninsula": a place noun after a nationality.
			f.push(*t)
		case len(f.cur) > 0 && IsJoining(t.text) && !f.cur[len(f.cur)-1].breakAfter && (t.text != "the" || f.pending > 0):
			// "the" joins only after another joining word (Bank of the
			// West), not a name and the next (Dresden the Free Saxons).
			f.push(*t)
			f.pending++
		default:
			if len(f.cur) > 0 { // (with none, there are no pending words either)
				f.flush()
			}
			continue
		}
		if t.breakAfter || len(f.cur) >= maxRunTokens {
			f.flush()
		}
	}
}

// push adds t to the current run with its word class, found here once
// for the many tests of the run's words (tokens without a key, as Runs
// reads them, have none).
func (f *runFinder) push(t token) {
	if t.key != "" {
		t.class = wordClasses()[t.key]
	}
	f.cur = append(f.cur, t)
}

// flush ends the current run.
func (f *runFinder) flush() {
	f.cur = f.cur[:len(f.cur)-f.pending]
	f.pending = 0
	if len(f.cur) == 0 {
		return
	}
	f.reader.run(f.cur, f.prev)
	f.prev, f.cur = f.cur, f.prev[:0]
}

// Word lists for telling names from titles and common words. They are
// the project's own, kept short: the Korean side confirms every name the
// glossary keeps, so these lists only shape the English spans offered.
var (
	// portfolioWords complete a title after "of" (Minister of Foreign
	// Affairs, Secretary of State).
	portfolioWords = setOf(`foreign affairs state defense defence finance trade health justice
		education unification interior commerce industry energy labor labour agriculture
		environment culture treasury home economy security strategy national homeland the
		science technology information communications transport transportation land
		infrastructure welfare employment gender equality family veterans`)
	// orgWords end organization names.
	orgWords = setOf(`assembly caucus council party department ministry agency institute university
		college forum organization organisation committee commission bank group company
		corporation corp corp. inc inc. association union federation office bureau
		administration service court parliament congress senate house news times post
		journal daily press network foundation fund center centre army navy force forces
		police club team museum school hospital board authority nations front
		cabinet secretariat embassy mission command alliance society academy airlines
		motors electronics holdings agency tribunal guard corps ministry politburo
		presidium broadcasting broadcaster media channel television tv radio herald
		telegraph tribune gazette review observer chronicle monitor reuters entertainment
		studios pictures records labs technologies systems solutions partners capital`)
	// placeWords end place names.
	placeWords = setOf(`peninsula island islands river sea ocean mountain mountains mount mt
		mt. province city county street avenue square hall bay valley lake strait gulf coast
		desert region airport station park bridge palace port harbor harbour zone village
		district east west north south peak plateau canal capital prefecture hill hills stadium
		arena regency`)
	// commonWords are capitalized only to start a sentence or as common
	// English words of a headline.
	commonWords = setOf(`the a an this that these those it its he she they we i you his her
		their our my your in on at by for from to with without of and but or nor so yet if
		when while as after before since until although though because however meanwhile
		also there here what who whom whose which why how where now then today yesterday
		tomorrow last next some many most more all both each every no not one two three four
		five six seven eight nine ten first second third other another such according
		earlier later even still only just please yes instead despite during under over
		about against between among through into upon onto off out up down again further
		once than too very can will would should could may might must shall do does did
		is are was were be been being have has had let lets says said asked told added
		photo photos video source sources update updated read more click share print
		posted modified by i moderate new therefore thus hence moreover furthermore nevertheless
		nonetheless otherwise indeed perhaps maybe finally overall`)
	// eventWords end the names of events (Korean War).
	eventWords = setOf(`war wars games olympics cup championship summit conference crisis
		revolution uprising movement festival expo league leagues premiership tournament open
		challenge dynasty dynasties era`)
	// calendarWords are never names on their own.
	calendarWords = setOf(`monday tuesday wednesday thursday friday saturday sunday january
		february march april may june july august september october november december jan
		jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct
		oct. nov nov. dec dec. kst gmt utc est edt pst am pm a.m. p.m. christmas easter
		thanksgiving halloween ramadan hanukkah chuseok seollal`)
	// demonyms are adjectives of nationality, member nouns of peoples,
	// parties and faiths, and names of languages: not names in a glossary.
	demonyms = setOf(`american chinese japanese korean russian vietnamese mongolian british
		french german indian australian canadian mexican israeli iranian iraqi syrian
		turkish thai filipino indonesian malaysian singaporean taiwanese european african
		asian ukrainian polish italian spanish swiss dutch swedish norwegian danish finnish
		irish scottish egyptian saudi pakistani afghan brazilian argentine cuban venezuelan
		english arab arabic muslim christian catholic buddhist western eastern northern
		southern americans koreans chinese japanese russians britons europeans asians scot scots
		republican republicans democrat democrats democratic conservative conservatives liberal
		liberals socialist socialists communist communists fascist fascists nazi nazis jew jews
		jewish czech czechs czechoslovak slovak hungarian greek austrian belgian portuguese
		romanian serbian croatian bulgarian welsh mandarin cantonese gaelic hindi urdu`)
	// countryCodes are abbreviations that stand before a name as an
	// adjective (US Ambassador, U.S. Secretary).
	countryCodes = setOf(`us u.s. uk u.k. un u.n. rok dprk eu`)
)

// wordClass is a set of the word lists a word is in (token.class), one
// bit a list.
type wordClass uint32

const (
	inTitle wordClass = 1 << iota
	inPortfolio
	inOrg
	inPlace
	inEvent
	inCommon
	inCalendar
	inDemonym
	inCountryCode
	inCompass
	inFunction
	inMonth
	inGiven
	// The lists of the words around a name (ContextType).
	inPersonNoun
	inPersonVerb
	inPlacePreposition
	inPlaceAfter
	inOrgAfter
)

// wordClasses gives the word lists each word of them is in: one look-up
// a token of a run, where the run's tests would look its key up in list
// after list. It is made when first asked for: the aligner, which finds
// runs of capitals (Runs) but no names, never asks.
var wordClasses = sync.OnceValue(func() map[string]wordClass {
	m := map[string]wordClass{}
	for _, l := range []struct {
		words map[string]bool
		class wordClass
	}{{titleWords, inTitle}, {portfolioWords, inPortfolio}, {orgWords, inOrg}, {placeWords, inPlace},
		{eventWords, inEvent}, {commonWords, inCommon}, {calendarWords, inCalendar}, {demonyms, inDemonym},
		{countryCodes, inCountryCode}, {compass, inCompass}, {functionWords, inFunction}, {monthNames, inMonth},
		{givenNames, inGiven}, {personNouns, inPersonNoun}, {personVerbs, inPersonVerb},
		{placePrepositions, inPlacePreposition}, {placeAfter, inPlaceAfter}, {orgAfter, inOrgAfter}} {
		for w := range l.words {
			m[w] |= l.class
		}
	}
	return m
})

// in reports whether t's key is in one of the word lists of c.
func (t token) in(c wordClass) bool { return t.class&c != 0 }

// lowerKey is the lookup form of a word: lower case, possessive gone.
func lowerKey(s string) string { return strings.ToLower(strings.TrimRight(s, ".")) }

// FindNames returns the names of English text in order: capitalized runs
// split at titles ("US Secretary of State Mike Pompeo" gives "US" and
// "Mike Pompeo"), with titles, demonyms, months and weekdays,
// sentence-initial common words and titles of works (a whole quotation:
// "Designated Survivor") left out. Names that the text writes more
// than once are each returned every time.
func FindNames(text string) []Mention {
	return FindNamesIn([]string{text})[0]
}

// FindNamesIn is FindNames for the paragraphs of one document: a word
// that starts a sentence is judged by how the whole document writes it,
// and a surname alone (Trump, Kim) is a person when the document names
// that person in full.
func FindNamesIn(paragraphs []string) [][]Mention {
	var f Finder
	return f.FindNamesIn(paragraphs)
}

// auxAfterS are the words after which "X's" is no possessive but a name
// that ends in 's (Sainsbury's is, McDonald's said).
var auxAfterS = setOf(`is was has had will would said says also plans can could may might must
	does did`)

// ownS gives the names of a document that end in 's (Sainsbury's) their
// 's back: a name whose 's is followed somewhere by a verb is written
// with it wherever an 's follows it.
func ownS(texts []string, ms [][]Mention) {
	named := map[string]bool{}
	for i, p := range ms {
		for _, m := range p {
			if sNamed(texts[i], m) {
				named[m.Text] = true
			}
		}
	}
	if len(named) == 0 {
		return
	}
	for i, p := range ms {
		for j, m := range p {
			if n := sAfter(texts[i], m); n > 0 && named[m.Text] {
				p[j].End += n
				p[j].Text = texts[i][m.Start:p[j].End]
			}
		}
	}
}

// sAfter returns the length of the 's that follows mention m of text, or 0.
func sAfter(text string, m Mention) int {
	for _, p := range [...]string{"'s", "’s"} {
		if strings.HasPrefix(text[m.End:], p) {
			return len(p)
		}
	}
	return 0
}

// sNamed reports whether mention m of text is followed by 's and a verb
// (Sainsbury's is): a sign that the name ends in 's (ownS).
func sNamed(text string, m Mention) bool {
	n := sAfter(text, m)
	var kb [32]byte
	return n > 0 && auxAfterS[string(appendLowerText(kb[:0], wordAfterAt(text, m.End+n)))]
}

// eachMention calls yield with every name of the paragraphs, in order,
// as FindNamesIn finds them but before personCoref: for callers that fold
// the names as they come, whose memory then stays bounded whatever the
// length of the text (its tokens are held a paragraph at a time, a line
// at a time for long paragraphs, and the names a batch of paragraphs at a
// time).
func eachMention(paragraphs []string, yield func(para int, m Mention)) {
	var f Finder
	d := f.readCase(paragraphs, keptTokens)
	for lo := 0; lo < len(paragraphs); {
		// A batch of paragraphs of about mentionBatch bytes, run on all
		// cores, or one longer paragraph alone, its names handed on as
		// they are found.
		hi, size := lo+1, len(paragraphs[lo])
		for hi < len(paragraphs) && size+len(paragraphs[hi]) <= mentionBatch {
			size += len(paragraphs[hi])
			hi++
		}
		if hi == lo+1 {
			f.useWorkers(1)[0].names(d, lo, func(m Mention) { yield(lo, m) })
			lo = hi
			continue
		}
		batch := make([][]Mention, hi-lo)
		ws := f.useWorkers(maxWorkers(hi - lo))
		eachRange(hi-lo, len(ws), func(w, blo, bhi int) {
			for i := blo; i < bhi; i++ {
				ws[w].names(d, lo+i, func(m Mention) { batch[i] = append(batch[i], m) })
			}
		})
		for i, ms := range batch {
			for _, m := range ms {
				yield(lo+i, m)
			}
		}
		lo = hi
	}
}

// mentionBatch is how many bytes of paragraphs eachMention finds the
// names of at once.
const mentionBatch = 1 << 20

// keptTokens bounds how many bytes of text the first pass over a document
// keeps the tokens of (a token takes about eight times the bytes of its
// word), so that the second pass need not split them again; the
// paragraphs beyond are split twice.
const keptTokens = 1 << 20

// contextBatch is how many names of a paragraph typeFromContext reads
// together at most: far more than a list of names in one sentence.
const contextBatch = 1024

// maxWorkers is how many goroutines read n paragraphs (eachRange).
func maxWorkers(n int) int {
	return max(1, min(runtime.GOMAXPROCS(0), n/minParagraphsPerWorker))
}

// eachRange cuts 0 ≤ i < n into workers contiguous runs, in order, and
// calls f(w, lo, hi) for the run lo ≤ i < hi of each on a goroutine of
// its own (on this one when there is one).
func eachRange(n, workers int, f func(w, lo, hi int)) {
	if workers <= 1 {
		f(0, 0, n)
		return
	}
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := w*n/workers, (w+1)*n/workers
		wg.Go(func() { f(w, lo, hi) })
	}
	wg.Wait()
}

// minParagraphsPerWorker keeps short texts on one goroutine.
const minParagraphsPerWorker = 8

// writtenLower reports whether the text writes the word k (lower-cased)
// in lower case somewhere, as it stands or as the singular or plural of
// the same noun (rappers for Rapper, nickel for Nickel): a word
// capitalized only at the start of a sentence is then a common word.
func writtenLower(lower map[string]bool, k string) bool {
	if lower[k] || lower[k+"s"] || lower[k+"es"] {
		return true
	}
	if s, ok := strings.CutSuffix(k, "s"); ok && len(s) >= 3 && lower[s] {
		return true
	}
	if s, ok := strings.CutSuffix(k, "ies"); ok && lower[s+"y"] {
		return true
	}
	return k != "" && strings.HasSuffix(k, "y") && lower[k[:len(k)-1]+"ies"]
}

// looksCommon reports whether a capitalized word at the start of a
// sentence is probably a common word: its ending is one English nouns,
// verbs and adverbs have and names rarely do.
func looksCommon(w string) bool {
	w = strings.ToLower(w)
	if w == "" || !commonLastBytes[w[len(w)-1]] {
		return false // no ending below ends so (most names)
	}
	for _, c := range contractionEndings {
		if strings.HasSuffix(w, c) {
			return true
		}
	}
	for _, suf := range commonEndings {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// The endings of common words (looksCommon): contractions, and the
// endings of nouns, verbs and adverbs that names rarely have.
var (
	contractionEndings = [...]string{"'ve", "'re", "'ll", "'m", "'d", "’ve", "’re", "’ll", "’m", "’d", "n't", "n’t"}
	commonEndings      = [...]string{"tion", "sion", "ment", "ness", "ity", "ance", "ence", "ing", "ers", "ed", "ly", "ous",
		"ive", "ism", "ress", "ists", "ies"}
	// commonLastBytes are the last bytes of those endings, made from
	// them once: a word that ends otherwise has none of them.
	commonLastBytes = func() (last [256]bool) {
		for _, e := range contractionEndings {
			last[e[len(e)-1]] = true
		}
		for _, e := range commonEndings {
			last[e[len(e)-1]] = true
		}
		return last
	}()
)

// Words around a name that tell its type when its own words do not.
var (
	// placePrepositions come before places (in Dresden, near Derby).
	placePrepositions = setOf(`in near outside inside across throughout around`)
	// personNouns come, in lower case, right before a person's name
	// (his wife Zorica, referee Steven Thomson, singer Viktor Tsoy), or
	// after it in apposition (Marvin Cooke, Toyota's managing director).
	personNouns = setOf(`wife husband son daughter father mother brother sister uncle aunt cousin
		nephew niece grandson granddaughter grandfather grandmother friend girlfriend boyfriend
		widow partner manager coach striker goalkeeper keeper midfielder winger defender forward
		skipper captain referee linesman umpire singer actor actress author writer novelist poet
		director producer player golfer rookie substitute founder investor economist analyst
		lawyer attorney activist journalist photographer artist musician rapper comedian
		presenter host anchor teacher student doctor nurse pastor priest bishop monk dictator
		electrician mechanic farmer driver worker voter resident colleague`)
	// personVerbs come right after a person's name (Stalin who ruled,
	// Kremen said).
	personVerbs = setOf(`who whom said says told tells added adds wrote writes explained
		warned argued insisted admitted denied recalled believes believed thinks thought`)
	// orgNouns and placeNouns name what a list or an apposition is of
	// (brands such as Revlon, Essie; Tagesspiegel, a daily; Palu, a city).
	orgNouns = setOf(`company companies firm firms brand brands retailer retailers chain chains
		club clubs team teams side sides bank banks carmaker carmakers manufacturer manufacturers
		maker makers group groups party parties newspaper newspapers daily paper magazine
		broadcaster broadcasters network networks agency agencies think-tank tank institute
		organization organisation organizations union unions supermarket supermarkets store
		stores shop shops startup startups giant giants publisher publishers website websites platform`)
	placeNouns = setOf(`city cities country countries town towns region regions state states province
		provinces island islands village villages capital capitals district districts county
		counties suburb suburbs port ports area`)
)

// scoreRE is a match score between two names (Livingston 1 - 0 Rangers):
// both are teams.
var scoreRE = regexp.MustCompile(`^\s*\d+\s*[-–]\s*\d+\s*:?\s*$`)

// isScore reports whether the text between two names is a match score
// (scoreRE). The expression needs a digit after any leading white space
// (\s, ASCII only), which most text between names, a word, does not
// have: that is tested first, for much less than running it.
func isScore(between string) bool {
	i := 0
	for i < len(between) && (between[i] == ' ' || between[i] == '\t' || between[i] == '\n' || between[i] == '\f' || between[i] == '\r') {
		i++
	}
	return i < len(between) && '0' <= between[i] && between[i] <= '9' && scoreRE.MatchString(between)
}

// typeFromContext types the mentions of text that their own words leave
// untyped by the words around them (ContextType), a match score between
// two names (Livingston 1 - 0 Rangers: clubs), and the type of the other
// names of a list (Boots, Superdrug and BMW: BMW is an organization, so
// are the others). Such types are Guessed: a surer sign elsewhere in the
// document changes them.
func typeFromContext(text string, ms []Mention) {
	for i := range ms {
		m := &ms[i]
		if m.Type == Other {
			if t := ContextType(text, m.Start, m.End); t != Other {
				m.Type, m.Guessed = t, true
			}
		}
		if i+1 < len(ms) && isScore(text[m.End:ms[i+1].Start]) {
			for _, x := range []*Mention{m, &ms[i+1]} {
				if x.Type == Other || x.Guessed {
					x.Type, x.Guessed = Organization, true
				}
			}
		}
	}
	// A place and the larger place it is in (Austin, Texas; Selly Oak,
	// Birmingham).
	for i := 0; i+1 < len(ms); i++ {
		a, b := &ms[i], &ms[i+1]
		if strings.TrimSpace(text[a.End:b.Start]) != "," {
			continue
		}
		switch {
		case a.Type == Place && (b.Type == Other || b.Guessed):
			b.Type, b.Guessed = Place, true
		case b.Type == Place && !b.Guessed && a.Type == Other:
			a.Type, a.Guessed = Place, true
		}
	}
	// Lists: names joined by commas, "and", "or", with an "and" or "or".
	for i := 0; i < len(ms); {
		j, and := i+1, false
		for j < len(ms) && listJoin(text[ms[j-1].End:ms[j].Start]) {
			and = and || andOr(text[ms[j-1].End:ms[j].Start])
			j++
		}
		// brands such as Revlon, Essie and Tweezerman; Facebook, Google
		// and other technology companies.
		noun := Other
		if j-i >= 2 {
			noun = listNoun(wordsBefore(text, ms[i].Start), wordsAfter(text, ms[j-1].End))
		}
		if j-i >= 2 && (and || noun != Other) {
			typ, n := noun, b2i(noun != Other)
			for _, m := range ms[i:j] {
				if noun == Other && m.Type != Other && m.Type != typ {
					typ, n = m.Type, n+1
				}
			}
			if n == 1 {
				for k := i; k < j; k++ {
					if ms[k].Type == Other {
						ms[k].Type, ms[k].Guessed = typ, true
					}
				}
			}
		}
		i = j
	}
}

// andOr reports whether s, its commas taken for spaces, is the one word
// "and", "or" or "&" (the words strings.Fields(strings.ReplaceAll(s,
// ",", " ")) gives, without making them).
func andOr(s string) bool {
	w, n := "", 0
	for f := range strings.FieldsFuncSeq(s, func(r rune) bool { return r == ',' || unicode.IsSpace(r) }) {
		if w, n = f, n+1; n > 1 {
			return false
		}
	}
	return n == 1 && (w == "and" || w == "or" || w == "&")
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// ContextType returns the type that the words around the name at
// text[start:end] give it, or Other: a noun for a person right before
// it (his wife Zorica) or a verb of speech or "who" right after a name of
// one word (Stalin who ruled), a preposition of place before it (in
// Dresden), or an apposition after it (Tagesspiegel, a daily; Marvin
// Cooke, Toyota's managing director). A name whose own words tell its
// type (Korean War, Boston Globe) is left as it is.
func ContextType(text string, start, end int) Type {
	name := text[start:end]
	var buf [32]byte
	for w := range strings.FieldsSeq(name) {
		if wordClasses()[string(appendLowerKey(buf[:0], w))]&(inOrg|inPlace|inEvent) != 0 {
			return Other
		}
	}
	// wordBefore and wordAfter, lowered in buffers: the words are looked
	// up, never kept.
	// Each looked up once in wordClasses, which has the lists below.
	var bb, ab [32]byte
	before := string(appendLowerText(bb[:0], wordBeforeAt(text, start)))
	after := string(appendLowerText(ab[:0], wordAfterAt(text, end)))
	bc, ac := wordClasses()[before], wordClasses()[after]
	switch {
	case bc&inPersonNoun != 0 || ac&inPersonVerb != 0 && !strings.Contains(name, " "): // personNouns, personVerbs
		return Person
	case bc&inPlacePreposition != 0 || bc&inCompass != 0 && !strings.Contains(name, " "): // placePrepositions, compass
		// in Dresden; northern Sumatra.
		return Place
	case ac&inPlace != 0 && !strings.HasPrefix(text[end:], ","): // placeWords
		// the Mentawai islands, the Han river.
		return Place
	case ac&inPlaceAfter != 0 && before == "the" && strings.HasPrefix(text[end:], " "): // placeAfter
		// the Wellingborough MP (not Jeane Freeman MSP).
		return Place
	case ac&inOrgAfter != 0 && strings.HasPrefix(text[end:], " "): // orgAfter
		// Sunderland boss Jack Ross, a YouGov poll.
		return Organization
	case possessed(wordsAfter(text, end)) || employer(wordsBefore(text, start)):
		return Organization
	}
	return appositionType(wordsAfter(text, end))
}

// contextBytes is how far before and after a name its context is read:
// far more than the few words the rules look at, so that a name in a
// long paragraph costs no more than one in a short one.
const contextBytes = 256

// wordsBefore returns the text before offset i, at most about
// contextBytes of it, starting at a word.
func wordsBefore(text string, i int) string {
	if i <= contextBytes {
		return text[:i]
	}
	s := text[i-contextBytes : i]
	if k := strings.IndexByte(s, ' '); k >= 0 {
		return s[k:]
	}
	return ""
}

// wordsAfter returns the text after offset i, at most about contextBytes
// of it, ending at a word.
func wordsAfter(text string, i int) string {
	if len(text)-i <= contextBytes {
		return text[i:]
	}
	s := text[i : i+contextBytes]
	if k := strings.LastIndexByte(s, ' '); k >= 0 {
		return s[:k]
	}
	return ""
}

// Words right after a name that type it (the name written as a
// modifier): the seat of a member of parliament is a place, a boss, a
// spokesman or a poll is an organization's.
var (
	placeAfter = setOf(`mp mps msp msps constituency`)
	orgAfter   = setOf(`boss manager chairman chairwoman spokesman spokeswoman spokesperson poll polls`)
)

// workedAt are the words before "for", "at" or "with" that say one works
// or worked for what follows (has worked for Google, a playing career at
// Clyde, assistant boss at Dumbarton).
var workedAt = setOf(`worked works work working career spell stint played plays playing signed
	boss manager coach`)

// employer reports whether the text before a name says one works for it
// (has worked for Google, works at Toyota, a playing career at Clyde) or
// that it published something (published by Houghton Mifflin Harcourt).
func employer(before string) bool {
	// The last two words only, lower-cased one at a time: the context
	// before a name is read for every untyped name.
	last, rest := lastField(before)
	prev, _ := lastField(rest)
	if prev == "" {
		return false
	}
	var lb, pb [32]byte
	switch l := appendLowerText(lb[:0], last); {
	case string(l) == "for" || string(l) == "at" || string(l) == "with":
		return workedAt[string(appendLowerText(pb[:0], prev))]
	case string(l) == "by":
		return string(appendLowerText(pb[:0], prev)) == "published"
	}
	return false
}

// lastField returns the last word of s as strings.Fields splits it (""
// if none) and the text before it.
func lastField(s string) (field, rest string) {
	end := len(s)
	for end > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:end])
		if !space.IsSpace(r) {
			break
		}
		end -= n
	}
	start := end
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:start])
		if space.IsSpace(r) {
			break
		}
		start -= n
	}
	return s[start:end], s[:start]
}

// orgPossessed are what a company has (Toyota's plant, Google's China
// branch).
var orgPossessed = setOf(`plant plants factory factories production branch branches subsidiary
	subsidiaries headquarters shares stock stores products brand brands ceo chairman
	executives employees workforce shareholders coaching squad`)

// possessed reports whether rest, after a name, is its possessive and,
// within two words, a thing a company has.
func possessed(rest string) bool {
	for _, p := range [...]string{"'s ", "’s ", "' ", "’ "} { // Hearts' coaching staff
		if r, ok := strings.CutPrefix(rest, p); ok {
			i := 0
			var kb [32]byte
			for w := range strings.FieldsSeq(r) {
				if orgPossessed[string(appendLowerText(kb[:0], strings.Trim(w, ",.;:")))] {
					return true
				}
				if i++; i == 2 {
					break
				}
			}
		}
	}
	return false
}

// appositionType returns the type an apposition at the start of rest
// gives the name before it: ", a daily", ", the country's capital", ",
// Toyota's managing director".
func appositionType(rest string) Type {
	if !strings.HasPrefix(rest, ", ") {
		return Other
	}
	// The first four words at most, not all of the context's.
	i := -1
	for w := range strings.FieldsFuncSeq(rest[2:], func(r rune) bool { return r == ' ' }) {
		if i++; i >= 4 || strings.ContainsAny(w, ",.;:") && i > 0 && !nounIn(strings.TrimRight(w, ",.;:")) {
			break
		}
		var kb [32]byte
		k := appendLowerText(kb[:0], strings.TrimRight(w, ",.;:"))
		switch {
		case orgNouns[string(k)]:
			return Organization
		case placeNouns[string(k)]:
			return Place
		case personNouns[string(k)]:
			return Person
		}
		if strings.ContainsAny(w, ",.;:") {
			break
		}
	}
	return Other
}

func nounIn(w string) bool {
	var kb [32]byte
	k := appendLowerText(kb[:0], w)
	return orgNouns[string(k)] || placeNouns[string(k)] || personNouns[string(k)]
}

// listNoun returns the type a list of names gets from a noun before it
// (brands such as, companies including) or after it (and other
// technology companies), or Other.
func listNoun(before, after string) Type {
	typeOf := func(w string) Type {
		var kb [32]byte
		k := appendLowerText(kb[:0], strings.Trim(w, ",.;:"))
		switch {
		case orgNouns[string(k)]:
			return Organization
		case placeNouns[string(k)]:
			return Place
		}
		return Other
	}
	// The last three words before the list and the first five after it
	// at most, as strings.Fields splits the context, not all of its words.
	last, rest := lastField(before)
	prev, rest := lastField(rest)
	prev2, _ := lastField(rest)
	if prev != "" && (last == "as" && prev2 != "" && prev == "such" || last == "including" || last == "like") {
		w := prev
		if last == "as" {
			w = prev2
		}
		if t := typeOf(w); t != Other {
			return t
		}
	}
	var a [5]string
	n := 0
	for w := range strings.FieldsSeq(after) {
		a[n] = w
		if n++; n == len(a) {
			break
		}
	}
	if n >= 3 && strings.Trim(a[0], ",") == "and" && a[1] == "other" {
		for _, w := range a[2:n] {
			if t := typeOf(w); t != Other {
				return t
			}
		}
	}
	return Other
}

// listJoin reports whether the text between two names joins them in a
// list: a comma, "and", "or", "&", or a comma and one of those.
func listJoin(s string) bool {
	// The words of s, commas apart, as strings.Fields would split
	// strings.ReplaceAll(s, ",", " , "): a list has two at most, the
	// first a comma or a joining word, so that the reading stops at the
	// first word that cannot be one (most text between two names).
	var f [2]string
	n := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if space.IsSpace(r) {
			i += size
			continue
		}
		if n == len(f) || n == 0 && r != ',' && r != 'a' && r != 'o' && r != '&' {
			return false
		}
		j := i + 1
		if r != ',' {
			j = i + size
			for j < len(s) {
				r, size := utf8.DecodeRuneInString(s[j:])
				if space.IsSpace(r) || r == ',' {
					break
				}
				j += size
			}
		}
		f[n], n = s[i:j], n+1
		if n == 1 && f[0] != "," && f[0] != "and" && f[0] != "or" && f[0] != "&" {
			return false
		}
		i = j
	}
	switch n {
	case 1:
		return true // a comma, "and", "or" or "&"
	case 2:
		return f[0] == "," && (f[1] == "and" || f[1] == "or")
	}
	return false
}

// wordBeforeAt returns the word right before offset i of text, as
// written, or "" where punctuation comes first.
func wordBeforeAt(text string, i int) string {
	j := i
	for j > 0 && text[j-1] == ' ' {
		j--
	}
	k := j
	for k > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:k])
		if !unicode.IsLetter(r) {
			break
		}
		k -= n
	}
	return text[k:j]
}

// wordAfterAt returns the word right after offset i of text (after a
// possessive or a comma), as written, or "".
func wordAfterAt(text string, i int) string {
	rest := strings.TrimLeft(text[i:], " ,")
	end := 0
	for end < len(rest) {
		r, n := utf8.DecodeRuneInString(rest[end:])
		if !unicode.IsLetter(r) {
			break
		}
		end += n
	}
	return rest[:end]
}

// trailingTitle returns the length of a person title that ends run, or 0.
func trailingTitle(run []token) int {
	for i := range run {
		if n := titleLen(run, i); n > 0 && i+n == len(run) && isPersonTitle(run[i:]) {
			return n
		}
	}
	return 0
}

// toTheBetween reports whether the text between two runs is "to" or
// "to the".
func toTheBetween(s string) bool {
	// Word by word, so that a long text between costs nothing.
	var f [2]string
	n := 0
	for {
		s = strings.TrimLeftFunc(s, unicode.IsSpace)
		if s == "" {
			break
		}
		if n == len(f) {
			return false
		}
		end := strings.IndexFunc(s, unicode.IsSpace)
		if end < 0 {
			end = len(s)
		}
		f[n], s = s[:end], s[end:]
		n++
	}
	return n == 1 && strings.EqualFold(f[0], "to") || n == 2 && strings.EqualFold(f[0], "to") && strings.EqualFold(f[1], "the")
}

// wordCase returns the words the text writes capitalized in the middle of
// a sentence, and those it writes in lower case; the tokens carry their
// keys (withKeys).
func wordCase(caps, lower map[string]bool, toks []token) (map[string]bool, map[string]bool) {
	if caps == nil {
		caps, lower = map[string]bool{}, map[string]bool{}
	}
	// The lower-case words most repeated (the, of, to) are added once:
	// added holds the last one added of each hash of a word's length and
	// ends, a map assignment costing many times a look there.
	var added [256]string
	for _, t := range toks {
		k := t.key
		switch {
		case !t.cap:
			if k == "" {
				lower[k] = true
				continue
			}
			h := byte(len(k)) ^ k[0] ^ k[len(k)-1]<<3
			if added[h] != k {
				lower[k], added[h] = true, k
			}
		case !t.initial && !t.headline:
			// A headline's capitals say nothing of the word.
			caps[k] = true
		}
	}
	return caps, lower
}

// leadingPlace returns how many tokens at the start of seg name a country
// or city (US, North Korea), or 0.
func leadingPlace(seg []token) int {
	if len(seg) >= 2 && isPlaceSeg(seg[:2]) {
		return 2
	}
	if seg[0].in(inCountryCode) || isPlaceSeg(seg[:1]) {
		return 1
	}
	return 0
}

// splitRun turns one capitalized run into mentions, appended to dst. carried is the title
// that ended the run before when only "to (the)" and a country separate
// them (Ambassador to the US Yondon Otgonbayar).
func splitRun(dst []Mention, text string, run []token, carried []token, caps, lower map[string]bool) []Mention {
	out := dst
	var title []token
	i := 0
	var emit func(seg []token, title []token)
	emit = func(seg []token, title []token) {
		if len(seg) > 0 && seg[0].openQuote && seg[len(seg)-1].closeQuote {
			// A whole quotation is the title of a work ("Fear",
			// "Designated Survivor"), not a name.
			return
		}
		seg = trimSeg(seg, caps, lower, len(title) > 0 && isPersonTitle(title))
		if len(seg) == 0 {
			return
		}
		if i := slices.IndexFunc(seg, func(t token) bool { return t.text == "&" }); i >= 0 && (i != 1 || len(seg) != 3) {
			// An ampersand joins two one-word names (Marks & Spencer);
			// between longer ones it joins two names (RT Russia &
			// Former Soviet Union).
			emit(seg[:i], title)
			emit(seg[i+1:], nil)
			return
		}
		if i := innerBreak(seg); i > 0 {
			// Ryder Cup Saturday American Phil Mickelson: a weekday or a
			// nationality inside a run ends one name; the next starts
			// after it.
			emit(seg[:i], title)
			emit(seg[i+1:], nil)
			return
		}
		n := 0
		if seg[0].headline {
			// Read in headlines only: it parses words as Korean names.
			n = koreanHead(seg)
		}
		if n > 0 && n < len(seg) && !hasOrgWord(seg) && !hasPlaceWord(seg) && !hasEventWord(seg) && ofIndex(seg) < 0 {
			// KIM JONG UN MEETS PUTIN, Moon Jae In Says Yes: in a
			// headline, a Korean name is its surname and a given name
			// of at most two syllables; the words after it are read
			// afresh, as if they began a sentence.
			emit(seg[:n], title)
			rest := append([]token(nil), seg[n:]...)
			for len(rest) > 0 && !caps[rest[0].key] && (lower[rest[0].key] || rest[0].in(inCommon)) {
				rest = rest[1:]
			}
			if len(rest) > 0 {
				rest[0].initial = true
				emit(rest, nil)
			}
			return
		}
		if i := ofIndex(seg); i > 0 && i < len(seg)-1 && !hasOrgWord(seg[:i]) && !hasPlaceWord(seg[:i]) && !hasEventWord(seg[:i]) &&
			(len(title) > 0 && isPersonTitle(title) || seg[0].in(inGiven) || isPlaceSeg(seg[i+1:])) {
			// "Congressman Matt Rosendale of Montana", "Lindsey Graham
			// of South Carolina": a person and the place they are from.
			emit(seg[:i], title)
			emit(seg[i+1:], nil)
			return
		}
		m := Mention{Start: seg[0].start, End: seg[len(seg)-1].end}
		m.Text = text[m.Start:m.End]
		if len(seg) == 1 && seg[0].initial {
			m.Initial = true
		}
		if len(title) > 0 {
			m.Title = text[title[0].start:title[len(title)-1].end]
		}
		if strings.HasSuffix(m.Text, "’") || strings.HasSuffix(m.Text, "'") {
			_, n := utf8.DecodeLastRuneInString(m.Text)
			m.Text = m.Text[:len(m.Text)-n]
			m.End -= n
		}
		m.Type = guessType(seg, len(title) > 0 && isPersonTitle(title))
		// A possessive cut inside the token leaves m.Text shorter.
		out = append(out, m)
	}
	segStart := 0
	for i < len(run) {
		n := titleLen(run, i)
		if n == 0 {
			i++
			continue
		}
		// A title: what came before is its own name (US, Workers' Party
		// of Korea), what follows is the person. A portfolio before the
		// title is part of it (US Energy Secretary Rick Perry).
		start := i
		for start > segStart && run[start-1].in(inPortfolio) && run[start-1].key != "the" && isPersonTitle(run[i:i+n]) {
			start--
		}
		if start > segStart {
			emit(run[segStart:start], title)
		}
		title = run[start : i+n]
		i += n
		segStart = i
	}
	if segStart < len(run) {
		rest := run[segStart:]
		// "US Cho Yoon-je", "Vietnam Daniel Kritenbrink": a country
		// before a name (Ambassador to the US Cho Yoon-je), looked for
		// only where two words at least would follow it.
		n := 0
		if len(rest) >= 3 {
			n = leadingPlace(rest)
		}
		if n > 0 && len(rest)-n >= 2 && !hasOrgWord(rest[n:]) && !hasPlaceWord(rest[n:]) {
			emit(rest[:n], nil)
			rest = rest[n:]
			if len(title) == 0 && carried != nil {
				title = carried
			}
		}
		emit(rest, title)
	}
	return out
}

// titleLen returns the length of the title that starts at run[i], or 0.
// A title is a sequence of title words, optionally "of" and portfolio
// words (Minister of Foreign Affairs); it is a title only if it ends the
// run or a name follows it, and not when an organization word follows
// (General Assembly).
func titleLen(run []token, i int) int {
	j := i
	for j < len(run) && run[j].in(inTitle) {
		j++
	}
	if j == i {
		return 0
	}
	if j < len(run) && run[j].text == "of" {
		k := j + 1
		for k < len(run) && run[k].in(inPortfolio) {
			k++
		}
		if k > j+1 {
			j = k
		}
	}
	head := func(t token) bool { return t.in(inOrg | inPlace | inEvent) }
	if j < len(run) && head(run[j]) && (j+1 == len(run) || run[j+1].text == "of" || head(run[j+1])) {
		// "General Assembly", not "Foreign Minister Park Ji-won".
		return 0
	}
	if j < len(run) && !isPersonTitle(run[i:j]) && hasOrgWord(run[j:]) {
		// "Defense Advanced Research Projects Agency": words that make
		// no person's title begin an organization's name.
		return 0
	}
	// "Party of Korea Vice Chairman" is fine; "General" alone before
	// "Secretary" is part of the title.
	if j < len(run) && IsJoining(run[j].text) {
		return 0
	}
	return j - i
}

// isPersonTitle reports whether a title introduces a person (any of the
// title words does; "Foreign" alone does not).
func isPersonTitle(title []token) bool {
	for _, t := range title {
		switch t.key {
		case "foreign", "defense", "defence", "first", "former", "late", "acting", "then",
			"vice", "deputy", "under", "special", "general", "state", "the":
			continue
		}
		if t.in(inTitle) {
			return true
		}
	}
	return false
}

// trimSeg removes joining words, calendar words and sentence-initial
// common words from the edges of a segment, and drops segments that are
// only a nationality adjective (Chinese, North Korean) or a compass point
// (the North).
func trimSeg(seg []token, caps, lower map[string]bool, afterTitle bool) []token {
	drop := func(t token) bool {
		k := t.key
		// A word capitalized only by a headline or a sentence start, and
		// written in lower case elsewhere, is a common word.
		return !t.cap || t.in(inCalendar) || t.initial && (t.in(inCommon) || !caps[k] && (looksCommon(k) || writtenLower(lower, k))) ||
			t.headline && !caps[k] && lower[k]
	}
	// A month that is a surname stays after a title or a given name
	// (Mrs May, Theresa May).
	n := len(seg)
	keepLast := n > 0 && seg[n-1].in(inMonth) && seg[n-1].cap &&
		(afterTitle && n == 1 || n >= 2 && seg[n-2].in(inGiven))
	for len(seg) > 0 && drop(seg[0]) && !(placeWords[seg[0].text] && len(seg) == 1) && !(keepLast && len(seg) == 1) {
		seg = seg[1:]
	}
	// The first word a Korean surname (korean), asked only of a
	// function word at the end.
	korean := func() bool { return len(surname.ByLatin(seg[0].text)) > 0 }
	for len(seg) > 1 && (drop(seg[len(seg)-1]) || seg[len(seg)-1].in(inFunction) && !(korean() && koreanSyllables(seg[len(seg)-1].text) > 0)) &&
		!placeWords[seg[len(seg)-1].text] && !keepLast {
		// A function word never ends a name, capitalized or not
		// (Indonesia At least 384 …, Sarasota The …), but for a
		// syllable of a Korean given name (Moon Jae In).
		seg = seg[:len(seg)-1]
	}
	if len(seg) == 1 && drop(seg[0]) && !keepLast {
		return nil
	}
	// A nationality or party adjective at the end belongs to what
	// follows (Senate Republican Leader), at the start to the name only
	// before an organization or place word (Korean Peninsula, Republican
	// Party, but not Chinese President).
	for len(seg) > 1 && seg[len(seg)-1].in(inDemonym) {
		seg = seg[:len(seg)-1]
	}
	for len(seg) > 1 && seg[0].in(inDemonym) && !seg[1].in(inOrg|inPlace|inEvent|inDemonym) {
		seg = seg[1:]
	}
	adjective := len(seg) > 0
	for i, t := range seg {
		if !t.in(inDemonym) && !(i == 0 && len(seg) > 1 && t.in(inCompass)) {
			adjective = false
		}
	}
	if adjective || len(seg) == 1 && seg[0].in(inCompass) && !regionWord(seg[0]) {
		return nil
	}
	return seg
}

// regionWord reports whether a compass word written alone is the name of
// a region or a side (better off than the South, if only the West had
// resisted): a point of the compass capitalized inside a sentence, where
// the text does not capitalize every word.
func regionWord(t token) bool {
	k := t.key
	return (k == "north" || k == "south" || k == "east" || k == "west") && t.cap && !t.initial && !t.headline
}

var compass = setOf(`north south east west northern southern eastern western central`)

// functionWords are the words of commonWords that end no name.
var functionWords = setOf(`at in on by for from to with of and but or nor the a an this that these
	those as if when while after before since until`)

// monthNames are the months that are also surnames or given names.
var monthNames = setOf(`april may june august`)

// innerBreak returns the position of a word inside seg that no name has
// inside it: a calendar word, or a nationality adjective not followed by
// a word of an organization, place or event (Korean Peninsula, American
// Airlines stay whole); or 0.
func innerBreak(seg []token) int {
	for i := 1; i < len(seg)-1; i++ {
		t := seg[i]
		if t.in(inCalendar) && !t.in(inMonth) {
			return i
		}
		if t.in(inDemonym) && !seg[i+1].in(inOrg|inPlace|inEvent|inDemonym) &&
			!(seg[i-1].text == "of" && hasOrgWord(seg[:i-1])) {
			// Not after the "of" of an organization's name (Federation
			// of German Industries).
			return i
		}
	}
	return 0
}

// ofIndex returns the position of "of" in seg, or -1.
func ofIndex(seg []token) int {
	for i, t := range seg {
		if t.text == "of" {
			return i
		}
	}
	return -1
}

func hasOrgWord(seg []token) bool {
	for _, t := range seg {
		if t.in(inOrg) {
			return true
		}
	}
	return false
}

// guessType guesses a name's type from its English words.
func guessType(seg []token, afterPersonTitle bool) Type {
	last := seg[len(seg)-1]
	switch {
	case afterPersonTitle:
		return Person
	case last.in(inEvent):
		return Other
	case isPlaceSeg(seg):
		return Place
	case last.in(inOrg) || hasOrgWord(seg):
		return Organization
	case last.in(inPlace) && !surnameCompass(seg) || hasPlaceWord(seg):
		return Place
	case len(seg) >= 2 && (seg[0].in(inGiven) && !AllCaps(seg[1].text) || koreanPersonShape(seg)):
		return Person
	case len(seg) == 1 && AllCaps(seg[0].text):
		return Organization
	}
	return Other
}

// surnameCompass reports whether a name ends in a point of the compass
// that is a surname (Kanye West, Mae West): English writes the compass
// word first in names of places (West Virginia, North East), and the few
// places that end in one (Middle East) are in the place list.
func surnameCompass(seg []token) bool {
	return len(seg) >= 2 && seg[len(seg)-1].in(inCompass) && !seg[0].in(inCompass)
}

// koreanPersonShape reports whether a segment reads as a Korean personal
// name: a known surname spelling first or last and a hyphenated or
// two-syllable given name (Kim Jong-un, Moon Jae-in, Kim Yong Chol); a
// given name of more than two syllables is not Korean.
func koreanPersonShape(seg []token) bool {
	if len(seg) > 4 || len(surname.ByLatin(seg[0].text)) == 0 && len(surname.ByLatin(seg[len(seg)-1].text)) == 0 {
		// A Korean name starts or ends with its surname.
		return false
	}
	// The words joined by spaces, made at once.
	size := len(seg) - 1
	for _, t := range seg {
		size += len(t.text)
	}
	var b strings.Builder
	b.Grow(size)
	for i, t := range seg {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.text)
	}
	n, err := namekey.Parse(b.String())
	if err != nil || n.Known == nil {
		return false
	}
	if len(n.Given) < 2 || len(n.Given) > maxGivenSyllables {
		return false
	}
	for _, g := range n.Given {
		if len(g) > 5 {
			return false
		}
	}
	return true
}

func hasEventWord(seg []token) bool {
	for _, t := range seg {
		if t.in(inEvent) {
			return true
		}
	}
	return false
}

func hasPlaceWord(seg []token) bool {
	for _, t := range seg {
		if t.in(inPlace) && !t.in(inCompass) {
			return true
		}
	}
	return false
}

// AllCaps reports whether s is written in capitals: two letters or more,
// none lower-case (NATO, KIM JONG UN, U.S.).
func AllCaps(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}

// isPlaceSeg reports whether a segment names a place of the places list:
// its words' keys joined by spaces, periods left out (U.S. is us), looked
// up without building a string.
func isPlaceSeg(seg []token) bool {
	var buf [64]byte
	b := buf[:0]
	for i, t := range seg {
		if i > 0 {
			b = append(b, ' ')
		}
		for j := 0; j < len(t.key); j++ {
			if t.key[j] != '.' {
				b = append(b, t.key[j])
			}
		}
	}
	return places[string(b)]
}
