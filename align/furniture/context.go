package furniture

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bitext-ko/bitext/align/hangul"
	"github.com/bitext-ko/bitext/align/internal/space"
)

// edge is how many paragraphs at each end always count as the edges of a
// page, whatever the top and bottom blocks hold.
const edge = 3

// Limits of the context rules.
const (
	// A list item or a trailer line has at most this many words and runes;
	// an item that ends as a sentence at most sentenceItemWords words.
	itemWords, itemRunes, sentenceItemWords = 25, 120, 12
	// A trailer line alone has at most this many; in a run of two or more
	// title-like lines at the end, each may have up to itemWords.
	trailerWords, trailerRunes = 6, 60
	// A list under a heading has at most this many items, and at least
	// minMidItems when prose follows it.
	maxItems, minMidItems = 12, 2
	// Prose: a line ending a sentence with at least this many words (or
	// two sentences); in Korean, with at least proseRunes runes.
	proseWords, proseRunes = 8, 30
	// A section label or site name has at most this many words.
	labelWords = 6
)

// page holds the lines of a page and the verdict on each while the
// context rules run.
type page struct {
	lines   [][]string
	reasons [][]Reason
	// top is the first paragraph that reads as prose (the body begins),
	// last the last one; len(lines) and -1 when there is none.
	top, last int
	// end is the last paragraph with a text line that ends a sentence,
	// short or long; -1 when there is none.
	end int
	// headline is the paragraph taken as the headline, or -1.
	headline int
	// firstText is the first paragraph left as text after the top rules.
	firstText int
}

func newPage(paragraphs []string) *page {
	pg := &page{
		lines:     make([][]string, len(paragraphs)),
		reasons:   make([][]Reason, len(paragraphs)),
		headline:  -1,
		firstText: -1,
	}
	for i, p := range paragraphs {
		ls := strings.Split(p, "\n")
		pg.lines[i] = ls
		pg.reasons[i] = make([]Reason, len(ls))
		for j, l := range ls {
			pg.reasons[i][j] = Line(l)
		}
	}
	pg.top, pg.last, pg.end = len(paragraphs), -1, -1
	for i, ls := range pg.lines {
		for j, l := range ls {
			if pg.reasons[i][j] == Body && endsSentence(strings.TrimSpace(l)) {
				pg.end = i
			}
		}
		if pg.prose(i) {
			if pg.top == len(paragraphs) {
				pg.top = i
			}
			pg.last = i
		}
	}
	return pg
}

// furniture reports a paragraph whose every line is already furniture.
func (pg *page) furniture(i int) bool {
	for _, r := range pg.reasons[i] {
		if r == Body || r == bareDate {
			return false
		}
	}
	return true
}

// prose reports a paragraph with a text line that reads as prose: it ends
// a sentence and is long, or holds two sentences.
func (pg *page) prose(i int) bool {
	for j, l := range pg.lines[i] {
		if pg.reasons[i][j] == Body && isProse(l) {
			return true
		}
	}
	return false
}

func isProse(l string) bool {
	l = strings.TrimSpace(l)
	if !endsSentence(l) {
		return false
	}
	if words(l, proseWords) >= proseWords && runesAtLeast(l, proseRunes) {
		return true // long enough in either language: no need to tell which
	}
	if hasHangul(l) {
		return runesAtLeast(l, proseRunes) || sentences(l, 2) >= 2
	}
	return words(l, proseWords) >= proseWords || sentences(l, 2) >= 2
}

// runesAtLeast reports whether s holds n runes or more (as
// utf8.RuneCountInString counts them), reading no more of it than that.
func runesAtLeast(s string, n int) bool {
	for range s {
		if n--; n <= 0 {
			return true
		}
	}
	return n <= 0
}

// sentenceEndRe finds a sentence end inside a line: end punctuation,
// closing quotes, a space and the start of the next sentence.
var sentenceEndRe = lazyRegexp(`(\S*)[.?!。]["'”’)]*\s+["'“‘(]?[\p{Lu}\p{Lo}\p{N}]`)

// abbrevRe is a word that ends with the period of an abbreviation rather
// than a sentence (Mr., Jan., U.S., St.).
var abbrevRe = lazyRegexp(`^(?:\p{Lu}\p{Ll}{0,3}|(?:\p{L}\.)+\p{L}?|\p{Ll}{1,3})$`)

// sentences counts the sentences of a line (at least 1), stopping at
// limit: the callers ask "one or more?", "more than three?", so a line of
// megabytes costs no more than its first few sentences.
func sentences(l string, limit int) int {
	n := 1
	for n < limit {
		s, ok := sentenceEndStart(l)
		if !ok {
			break
		}
		// The expression finds the same match in l[s:] as in l, where
		// it would first try, and fail, at every start before s.
		l = l[s:]
		m := sentenceEndRe().FindStringSubmatchIndex(l)
		if m == nil {
			break
		}
		if w := l[m[2]:m[3]]; !abbrevRe().MatchString(w) || hasHangul(w) {
			n++
		}
		l = l[m[1]:]
	}
	return n
}

// sentenceEndStart returns where the leftmost match of sentenceEndRe in l
// starts, or false when l holds none, without running the expression. A
// match needs, after its (\S*), an end mark [.?!。], closing marks
// ["'”’)]*, one or more \s (ASCII spaces: [\t\n\f\r ]), at most one
// opening mark ["'“‘(] and a rune of \p{Lu}, \p{Lo} or \p{N}; no mark is
// a space or such a rune, so each part ends where the next begins, and an
// end mark is followed by them or is not the expression's. The match then
// starts at the first byte of the run of non-spaces (\S, ASCII spaces
// aside) that holds the first such end mark: (\S*) crosses no space, and
// no earlier run holds one. TestSentenceEndStart holds it to the
// expression on every line of the corpora.
func sentenceEndStart(l string) (int, bool) {
	isSpace := func(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }
	for i := 0; i < len(l); i++ {
		var j int
		switch c := l[i]; {
		case c == '.' || c == '?' || c == '!':
			j = i + 1
		case c == 0xE3 && strings.HasPrefix(l[i:], "。"):
			j = i + len("。")
		default:
			continue
		}
		for j < len(l) { // closing marks
			if c := l[j]; c == '"' || c == '\'' || c == ')' {
				j++
			} else if strings.HasPrefix(l[j:], "”") || strings.HasPrefix(l[j:], "’") {
				j += len("”")
			} else {
				break
			}
		}
		k := j
		for k < len(l) && isSpace(l[k]) {
			k++
		}
		if k == j {
			continue
		}
		if k < len(l) && (l[k] == '"' || l[k] == '\'' || l[k] == '(') {
			k++
		} else if strings.HasPrefix(l[k:], "“") || strings.HasPrefix(l[k:], "‘") {
			k += len("“")
		}
		if r, _ := utf8.DecodeRuneInString(l[k:]); !unicode.In(r, unicode.Lu, unicode.Lo, unicode.N) {
			continue
		}
		s := i
		for s > 0 && !isSpace(l[s-1]) {
			s--
		}
		return s, true
	}
	return 0, false
}

// words counts the space-separated words of s as strings.Fields would,
// stopping at limit, without building the list. Bytes are read one at a
// time: a byte of a character that is no space is part of a word, so only
// the characters whose first byte may start a space are decoded
// (package space).
func words(s string, limit int) int {
	n, in := 0, false
	for i := 0; i < len(s); {
		sp := false
		switch space.Class(s[i]) {
		case space.None:
			if !in {
				if n++; n >= limit {
					return n
				}
				in = true
			}
			// The rest of the word, up to a byte that may start a space.
			i++
			for i < len(s) && space.Class(s[i]) == space.None {
				i++
			}
			continue
		case space.ASCII:
			sp = true
			i++
		default:
			var size int
			sp, size = space.Decode(s[i:])
			i += size
		}
		if sp {
			in = false
			continue
		}
		if !in {
			if n++; n >= limit {
				return n
			}
			in = true
		}
	}
	return n
}

// single returns the only line of paragraph i that is still text, or false
// when it has none or several, or furniture lines too.
func (pg *page) single(i int) (string, bool) {
	if len(pg.lines[i]) != 1 || pg.reasons[i][0] != Body {
		return "", false
	}
	return strings.TrimSpace(pg.lines[i][0]), true
}

// markTop judges the text lines above the body (the paragraphs before the
// first prose paragraph): section labels by their words, the site's name
// before the headline, and the headline, which stays text. The same short
// line further down may be body ("World" as a one-word paragraph), so these
// rules hold at the top only.
func (pg *page) markTop() {
	pg.linkHeadline()
	for i := 0; i < pg.top; i++ {
		for j, l := range pg.lines[i] {
			if pg.reasons[i][j] != Body {
				continue
			}
			l = strings.TrimSpace(l)
			switch {
			case isSectionLabel(l):
				pg.reasons[i][j] = Section
			case pg.headline < 0 && len(pg.lines[i]) == 1 && pg.isSite(l, i+1):
				pg.reasons[i][j] = Site
			case pg.headline < 0 && len(pg.lines[i]) == 1 && isLabelShape(l) && pg.headlineAfter(l, i+1):
				pg.reasons[i][j] = Section
			case pg.headline < 0:
				pg.headline = i
			}
		}
	}
	for i := range pg.lines {
		if !pg.furniture(i) {
			pg.firstText = i
			break
		}
	}
	if pg.headline < 0 && pg.firstText >= 0 && pg.firstText == pg.top {
		// No title above the body: the first prose paragraph is no
		// headline (essays), but it is protected all the same.
		return
	}
	if pg.headline >= 0 {
		if l, ok := pg.single(pg.headline); !ok || isProse(l) {
			pg.headline = -1
		}
	}
}

// linkHeadline makes text of a link line that stands where the headline
// does, the headline of a video or audio story ("Watch: …", "Listen:
// …"): the first line of the top block that is neither furniture nor
// label-shaped is a link line, alone in its paragraph, and no text line
// follows it above the body.
func (pg *page) linkHeadline() {
	for i := 0; i < pg.top; i++ {
		for j, l := range pg.lines[i] {
			l = strings.TrimSpace(l)
			switch r := pg.reasons[i][j]; {
			case r == Link:
				if len(pg.lines[i]) == 1 && !pg.textBefore(i+1, pg.top) {
					pg.reasons[i][j] = Body
				}
				return
			case r != Body || l == "" || isSectionLabel(l) || isLabelShape(l):
			default:
				return
			}
		}
	}
}

// textBefore reports a text line in paragraphs [from, to): the headline
// that a site name or section label stands above.
func (pg *page) textBefore(from, to int) bool {
	for i := from; i < to && i < len(pg.lines); i++ {
		for j, l := range pg.lines[i] {
			if pg.reasons[i][j] == Body && !isSectionLabel(strings.TrimSpace(l)) {
				return true
			}
		}
	}
	return false
}

// isSectionLabel reports a short line made only of section names, with
// the separators of a path ("World", "Foreign Affairs", "Opinion |
// Columns", "정치 > 국회·정당").
func isSectionLabel(l string) bool {
	if len(l) > maxLineBytes || endsSentence(l) {
		return false
	}
	words := strings.FieldsFunc(l, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(labelSeps, r)
	})
	if len(words) == 0 || len(words) > labelWords {
		return false
	}
	for _, w := range words {
		t := lower(strings.Trim(w, ",:"))
		if t != "and" && !sectionWords[t] {
			return false
		}
	}
	return true
}

// labelSeps join the parts of a section path or of a label ("Business >
// Industry", "METRO | TRANSPORT", "정치·사회").
const labelSeps = ">›»▸|/·ㆍ&"

// Limits of a label by its shape (isLabelShape): at most labelParts parts
// of at most labelPartWords words, labelRunes runes in all; a Korean
// label without brackets has parts of one word of at most koLabelRunes
// syllables.
const labelParts, labelPartWords, labelRunes, koLabelRunes = 3, 3, 40, 6

// labelBrackets are the brackets that enclose a label ("[교통]", "【사회】",
// "<경제>"); not quotes such as 「」, which enclose titles.
var labelBrackets = [][2]string{{"[", "]"}, {"【", "】"}, {"<", ">"}, {"〈", "〉"}, {"《", "》"}, {"［", "］"}}

// labelLower are the words that may stay lower case in an English label
// ("Arts and Culture", "Home & Living").
var labelLower = setOf(`and of the for in on at to &`)

// isLabelShape reports a line shaped like a section label, whatever its
// words: one to labelParts parts joined by labelSeps, each of one to
// labelPartWords words, no sentence punctuation, and either enclosed in
// brackets ("[교통]", "【사회】", "<경제>"), or English in capitals or title
// case ("METRO", "City", "METRO | TRANSPORT"), or Korean of one short word
// a part ("서울", "정치·사회"). Alone it is no furniture: a short headline
// has the same shape, so markTop takes it for a label only above a longer
// headline (headlineAfter).
func isLabelShape(l string) bool {
	if l == "" || len(l) > 4*labelRunes || endsSentence(l) {
		return false
	}
	bracketed := false
	for _, b := range labelBrackets {
		if len(l) > len(b[0])+len(b[1]) && strings.HasPrefix(l, b[0]) && strings.HasSuffix(l, b[1]) {
			l, bracketed = strings.TrimSpace(l[len(b[0]):len(l)-len(b[1])]), true
			break
		}
	}
	if utf8.RuneCountInString(l) > labelRunes || strings.ContainsAny(l, ".,;:!?\"“”‘()[]{}<=…—–") {
		return false
	}
	parts := strings.FieldsFunc(l, func(r rune) bool { return strings.ContainsRune(labelSeps, r) })
	if len(parts) == 0 || len(parts) > labelParts {
		return false
	}
	for _, p := range parts {
		ws := strings.Fields(p)
		if len(ws) == 0 || len(ws) > labelPartWords {
			return false
		}
		for _, w := range ws {
			r, _ := utf8.DecodeRuneInString(w)
			switch {
			case hangul.IsSyllable(r):
				if !bracketed && (len(ws) > 1 || utf8.RuneCountInString(w) > koLabelRunes) {
					return false
				}
			case !unicode.IsLetter(r):
				return false
			case !unicode.IsUpper(r) && !bracketed && !labelLower[w]:
				return false
			}
		}
	}
	return true
}

// headlineAfter reports whether the first text line of the top block
// from paragraph from on, label lines aside, is a headline longer than
// the label l: a paragraph of one line, not prose, with more runes than l
// and at least two words (three in English). A label stands above such a
// headline; a short line above nothing longer may be the headline itself.
func (pg *page) headlineAfter(l string, from int) bool {
	for i := from; i < pg.top && i < len(pg.lines); i++ {
		for j, m := range pg.lines[i] {
			m = strings.TrimSpace(m)
			if pg.reasons[i][j] != Body || m == "" || isSectionLabel(m) || isLabelShape(m) {
				continue
			}
			minWords := 3
			if hasHangul(m) {
				minWords = 2
			}
			return len(pg.lines[i]) == 1 && !isProse(m) && words(m, minWords) >= minWords &&
				utf8.RuneCountInString(m) > utf8.RuneCountInString(l)
		}
	}
	return false
}

// isSite reports the name of the outlet above the headline: a short line,
// not a sentence, that another furniture line of the page repeats (the
// copyright line or the address names the site), or that holds a word of
// outlet names ("Times", "Daily", "News1", "일보") with the headline still
// to come (from is the next paragraph).
func (pg *page) isSite(l string, from int) bool {
	if len(l) > maxLineBytes {
		return false
	}
	words := strings.Fields(l)
	if len(words) == 0 || len(words) > labelWords-1 || endsSentence(l) || strings.ContainsAny(l, ",:;\"“”?!") {
		return false
	}
	if key := siteKey(l); utf8.RuneCountInString(key) >= 4 {
		for i, ls := range pg.lines {
			for j, other := range ls {
				if r := pg.reasons[i][j]; r != Body && r != bareDate && strings.Contains(siteKey(other), key) {
					return true
				}
			}
		}
	}
	if !pg.textBefore(from, pg.top) {
		return false
	}
	for _, w := range words {
		t := lower(strings.TrimFunc(w, isPunctOrSymbol))
		for o := range outletWords {
			if t == o || strings.HasPrefix(t, o) && allDigits(t[len(o):]) || hasHangul(o) && strings.HasSuffix(t, o) {
				return true
			}
		}
	}
	return false
}

// siteKey folds a name for comparison: lower case, letters and digits
// only, without a leading "the" ("The Korea Times" and "koreatimes.co.kr"
// share "koreatimes").
func siteKey(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return strings.TrimPrefix(b.String(), "the")
}

// markEdges makes bare dates furniture in the top block (above the body),
// in the bottom block (below its last sentence) and in the first and last
// edge paragraphs; elsewhere a line of dates is text.
func (pg *page) markEdges() {
	n := len(pg.lines)
	for i := range pg.lines {
		atEdge := i < edge || i >= n-edge || i < pg.top || i > pg.end
		for j, r := range pg.reasons[i] {
			if r == bareDate {
				if atEdge {
					pg.reasons[i][j] = Dateline
				} else {
					pg.reasons[i][j] = Body
				}
			}
		}
	}
}

// protected reports the paragraph the context rules never mark: the
// headline, or the first text of the page.
func (pg *page) protected(i int) bool {
	return i == pg.headline || i == pg.firstText
}

// markLists marks the items of a box of other articles: after a heading
// (Related), the single-line, title-like paragraphs that follow, furniture
// between them allowed, at most maxItems. When prose follows the list (a
// box in the middle of the article), items that end as a sentence are
// taken off its end, since they may be the article's next paragraph, and
// a list of fewer than minMidItems is no list: one title between a heading
// and prose is more likely the headline of the next article of a file.
func (pg *page) markLists() {
	for i := range pg.lines {
		if len(pg.lines[i]) != 1 || pg.reasons[i][0] != Related {
			continue
		}
		var items []int
		j := i + 1
		for ; j < len(pg.lines) && len(items) < maxItems; j++ {
			if pg.furniture(j) {
				continue
			}
			l, ok := pg.single(j)
			if !ok || !isItem(l) || pg.protected(j) {
				break
			}
			items = append(items, j)
		}
		if j <= pg.last {
			for len(items) > 0 {
				l, _ := pg.single(items[len(items)-1])
				if !endsSentence(l) {
					break
				}
				items = items[:len(items)-1]
			}
			if len(items) < minMidItems {
				items = nil
			}
		}
		for _, k := range items {
			pg.reasons[k][0] = ListItem
		}
	}
}

// isItem reports a line shaped like a headline in a list: short, one
// sentence at most, and no longer than sentenceItemWords when it ends as
// a sentence (headlines seldom do; a longer one is the article's text).
func isItem(l string) bool {
	if len(l) > maxLineBytes {
		return false
	}
	l = strings.TrimLeft(l, arrows+" -*")
	n := words(l, itemWords+1)
	return l != "" && hasLetter(l) && n <= itemWords && utf8.RuneCountInString(l) <= itemRunes &&
		sentences(l, 2) == 1 && (n <= sentenceItemWords || !endsSentence(l))
}

// markTrailer marks the short unpunctuated lines after the last body
// paragraph ("Most viewed articles", "Related stories" and the headlines
// under them when no heading says so): going up from the end over
// furniture, a run of single-line paragraphs that do not end a sentence.
// A run of two or more may hold lines up to itemWords long (a list of
// headlines); a line alone must be short (trailerWords, trailerRunes).
func (pg *page) markTrailer() {
	var run []int
	for i := len(pg.lines) - 1; i > pg.last && i >= 0; i-- {
		if pg.furniture(i) {
			continue
		}
		l, ok := pg.single(i)
		if !ok || endsSentence(l) || strings.HasSuffix(l, "…") || quoted(l) || !isItem(l) || pg.protected(i) {
			break
		}
		run = append(run, i)
	}
	if len(run) == 1 {
		l, _ := pg.single(run[0])
		if utf8.RuneCountInString(l) > trailerRunes || len(strings.Fields(l)) > trailerWords {
			return
		}
	}
	for _, i := range run {
		pg.reasons[i][0] = Trailer
	}
}

// sameLine reports two lines equal but for case and spacing.
func sameLine(a, b string) bool {
	if d := len(a) - len(b); d > len(a)/4+4 || -d > len(b)/4+4 {
		return false
	}
	for {
		a, b = strings.TrimLeftFunc(a, unicode.IsSpace), strings.TrimLeftFunc(b, unicode.IsSpace)
		if a == "" || b == "" {
			return a == b
		}
		i, j := strings.IndexFunc(a, unicode.IsSpace), strings.IndexFunc(b, unicode.IsSpace)
		if i < 0 {
			i = len(a)
		}
		if j < 0 {
			j = len(b)
		}
		if !strings.EqualFold(a[:i], b[:j]) {
			return false
		}
		a, b = a[i:], b[j:]
	}
}

// quoted reports a line that opens or closes a quotation: a short quote
// at the end of an article is text, not a trailer.
func quoted(l string) bool {
	first, _ := utf8.DecodeRuneInString(l)
	last, _ := utf8.DecodeLastRuneInString(l)
	return strings.ContainsRune("\"'“‘「『", first) || strings.ContainsRune("\"'”’」』", last)
}

// markRepeats marks a text or caption line that repeats the line before
// it (a caption printed twice): a copy is never a translation, so the
// second caption is hard furniture.
func (pg *page) markRepeats() {
	prev := ""
	for i, ls := range pg.lines {
		for j, l := range ls {
			l = strings.TrimSpace(l)
			if l == "" {
				continue
			}
			if r := pg.reasons[i][j]; (r == Body || r.Soft()) && sameLine(l, prev) {
				pg.reasons[i][j] = Repeat
			}
			prev = l
		}
	}
}
