package glossary

import (
	"cmp"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/bitext-ko/bitext/align"
	"github.com/bitext-ko/bitext/align/hangul"
	"github.com/bitext-ko/bitext/align/lexicon"
	"github.com/bitext-ko/bitext/align/names/match"
	"github.com/bitext-ko/bitext/align/names/namekey"
	"github.com/bitext-ko/bitext/align/names/surname"
	"github.com/bitext-ko/bitext/align/names/translated"
)

// pair is one English name seen beside its Hangul form in one bead.
type pair struct {
	english, hangul      string
	typ                  Type
	score                float64
	latin                bool
	enID, koID           align.ID
	enContext, koContext excerpt
	enText               string // the paragraph the English came from (for coreference)
}

// excerpt is where a name was seen: the snippet is cut only for the
// occurrences a glossary keeps (the first of each entry and form).
type excerpt struct {
	text       string
	start, end int
}

func (c excerpt) String() string { return snippet(c.text, c.start, c.end) }

// span is a Hangul name candidate of a Korean paragraph.
type span struct {
	text       string
	start, end int // byte offsets in the paragraph
	words      int
	titled     bool     // a title follows it (트럼프 대통령, 폼페이오 장관)
	may        uint64   // English names of the bead that may match it (bit i: name i; all for i ≥ 64)
	gloss      []uint32 // for a dictionary word, its English glosses (lexicon ids)
	dict       bool
}

// docState holds what one document's extraction compiles once.
type docState struct {
	opt      Options
	english  map[string]*match.English
	hangul   *match.Compiler // shared with the aligner and the other workers
	mentions map[align.ID][]Mention
	words    map[string]wordInfo // Korean words seen, analysed once
	trans    map[string][]string // translated.Hangul of English names
	enIDs    map[string][]uint32 // lexicon ids of English names' words
	probes   map[string]*match.Probe
	latin    map[string]string         // namekey.Key of English names and Latin glosses
	stems    map[string]bool           // words the Korean side uses with several endings
	koWords  map[align.ID][]koWord     // the words of Korean paragraphs, when prepared
	glosses  map[align.ID][]latinGloss // their Latin glosses, when prepared
}

// wordInfo is what koreanSpans needs to know of a Korean word.
type wordInfo struct {
	cands []string // match.Candidates of the word, two syllables or more
	// dict holds the candidates that are dictionary words (정부, 회담,
	// but also 러시아, 마이크) with their English glosses: such a word
	// pairs only with an English name the dictionary gives for it.
	dict map[string][]uint32
}

// word analyses a Korean word, once per document.
func (d *docState) word(w string) wordInfo {
	wi, ok := d.words[w]
	if !ok {
		if s := d.attestedStem(w); s != w {
			// 캐버노가 where the text also has 캐버노는 and 캐버노의:
			// the stem is the name, the rest a postposition.
			wi = analyseWord(s)
			wi.cands = slices.DeleteFunc(wi.cands, func(c string) bool { return c != s })
		} else {
			wi = analyseWord(w)
		}
		d.words[w] = wi
	}
	return wi
}

// koreanStems records the words of the Korean side that the text uses
// with two endings or more (캐버노 in 캐버노가, 캐버노는, 캐버노의; 한국 in
// 한국은 and 한국의): whatever follows them elsewhere is a postposition,
// even where one word alone could be read either way (김정은 is 김정은,
// not 김정 + 은, unless the text also writes 김정이).
func koreanStems(ko []align.Paragraph) map[string]bool {
	endings := map[string]string{} // stem → first ending seen
	stems := map[string]bool{}
	see := func(stem, ending string) {
		if e, ok := endings[stem]; !ok {
			endings[stem] = ending
		} else if e != ending {
			stems[stem] = true
		}
	}
	for _, p := range ko {
		if p.Furniture {
			continue
		}
		for _, w := range strings.FieldsFunc(p.Body, func(r rune) bool { return !hangul.IsSyllable(r) }) {
			see(w, "")
			if s := match.StripParticles(w, 1); s != w {
				see(s, w[len(s):])
			}
		}
	}
	return stems
}

// attestedStem returns the stem of w when w is a stem the text uses with
// other endings plus a postposition, and w otherwise. A word that is
// itself attested stays whole (아구에로 in 아구에로가 and 아구에로는).
func (d *docState) attestedStem(w string) string {
	if d.stems[w] {
		return w
	}
	if s := match.StripParticles(w, 1); s != w && d.stems[s] {
		return s
	}
	return w
}

// stripLast removes the postposition of the last word of a run: the
// attested stem when the text shows one, else match.StripParticles.
func (d *docState) stripLast(w string) string {
	if d.stems[w] {
		return w
	}
	if s := d.attestedStem(w); s != w {
		return s
	}
	return match.StripParticles(w, 1)
}

func analyseWord(w string) wordInfo {
	var wi wordInfo
	{
		lex := lexicon.Default()
		for _, c := range match.Candidates(w) {
			if utf8.RuneCountInString(c) < 2 {
				continue
			}
			wi.cands = append(wi.cands, c)
			if lex.Has(c) {
				if wi.dict == nil {
					wi.dict = map[string][]uint32{}
				}
				wi.dict[c] = lex.Lookup(c)
			}
		}
	}
	return wi
}

// extract returns the name pairs of one alignment, short forms folded
// into the full names the document uses (Pompeo into Mike Pompeo).
func extract(a *align.Alignment, opt Options, p *Prepared) []pair {
	base := newDocState(opt, nil, a.Names())
	if p != nil && a.Level == align.ParagraphLevel {
		base.mentions, base.stems, base.koWords, base.glosses = p.mentions, p.stems, p.koWords, p.glosses
	} else {
		base.findAll(a)
		base.stems = koreanStems(a.KO)
	}
	var beads []align.Bead
	for _, b := range a.Beads {
		if b.Kind != align.Match || len(b.EN) == 0 || len(b.KO) == 0 || b.Flagged && !opt.IncludeFlagged {
			continue
		}
		beads = append(beads, b)
	}
	// Beads are independent once the English mentions are found: split
	// them over the cores in contiguous runs, each worker with its own
	// caches, and join the results in bead order.
	workers := min(runtime.GOMAXPROCS(0), len(beads)/minBeadsPerWorker)
	if workers <= 1 {
		var pairs []pair
		for _, b := range beads {
			pairs = append(pairs, base.bead(a, b)...)
		}
		return fold(pairs)
	}
	parts := make([][]pair, workers)
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := w*len(beads)/workers, (w+1)*len(beads)/workers
		wg.Add(1)
		go func() {
			defer wg.Done()
			d := newDocState(opt, base.mentions, base.hangul)
			d.stems, d.koWords, d.glosses = base.stems, base.koWords, base.glosses
			for _, b := range beads[lo:hi] {
				parts[w] = append(parts[w], d.bead(a, b)...)
			}
		}()
	}
	wg.Wait()
	var pairs []pair
	for _, p := range parts {
		pairs = append(pairs, p...)
	}
	return fold(pairs)
}

// minBeadsPerWorker keeps short articles on one goroutine, where starting
// more would cost more than it saves.
const minBeadsPerWorker = 8

// newDocState returns empty caches over the given English mentions (a new
// map when nil; only read once findAll has filled them) and the
// document's compiled Hangul names.
func newDocState(opt Options, mentions map[align.ID][]Mention, hangul *match.Compiler) *docState {
	if mentions == nil {
		mentions = map[align.ID][]Mention{}
	}
	return &docState{opt: opt, english: map[string]*match.English{}, hangul: hangul, mentions: mentions, words: map[string]wordInfo{}, trans: map[string][]string{}, enIDs: map[string][]uint32{}, probes: map[string]*match.Probe{}, latin: map[string]string{}}
}

// bead pairs the English names of one bead with Hangul names of its
// Korean side.
func (d *docState) bead(a *align.Alignment, b align.Bead) []pair {
	type enMention struct {
		Mention
		id   align.ID
		para string
	}
	type koSpan struct {
		span
		id   align.ID
		para string
	}
	var ens []enMention
	for _, id := range b.EN {
		t := a.Text(align.English, id)
		for _, m := range d.findNames(id, t) {
			ens = append(ens, enMention{m, id, t})
		}
	}
	if len(ens) == 0 {
		return nil
	}
	var kos []koSpan
	var out []pair
	taken := make([]bool, len(ens))
	for _, id := range b.KO {
		t := a.Text(align.Korean, id)
		// Names the Korean writes in Latin letters beside the Hangul.
		for _, l := range d.latinGlosses(id, t) {
			for i, m := range ens {
				if taken[i] || !d.sameLatin(m.Text, l.latin) {
					continue
				}
				taken[i] = true
				h := l.hangul
				if best := bestSuffix(d, m.Text, l); best != "" {
					h = best
				}
				out = append(out, pair{english: m.Text, hangul: h, score: 1, latin: true,
					typ: pairType(m.Mention, span{text: h}), enID: m.id, koID: id,
					enContext: excerpt{m.para, m.Start, m.End}, koContext: excerpt{t, l.start, l.end}, enText: m.para})
			}
		}
	}
	// Names Korean translates (Supreme Court 대법원, Korean War 한국전쟁):
	// the Korean form written anywhere in the aligned paragraphs.
	for i, m := range ens {
		if taken[i] {
			continue
		}
		forms := d.translated(m.Text)
		if forms == nil {
			continue
		}
	search:
		for _, id := range b.KO {
			t := a.Text(align.Korean, id)
			for _, h := range forms {
				if metonym(m.Text, h) {
					continue
				}
				if k := strings.Index(t, h); k >= 0 {
					taken[i] = true
					out = append(out, pair{english: m.Text, hangul: h, score: 0.95, typ: m.Type, enID: m.id, koID: id,
						enContext: excerpt{m.para, m.Start, m.End}, koContext: excerpt{t, k, k + len(h)}, enText: m.para})
					break search
				}
			}
		}
	}
	// The rest are compared with the Hangul words of the Korean side.
	var rest []int
	var probes []*match.Probe
	var multis []bool
	for i, m := range ens {
		if !taken[i] {
			rest = append(rest, i)
			probes = append(probes, d.probe(m.Text))
			multis = append(multis, strings.ContainsAny(strings.TrimSpace(m.Text), " -"))
		}
	}
	if len(rest) == 0 {
		return out
	}
	for _, id := range b.KO {
		t := a.Text(align.Korean, id)
		for _, s := range d.koreanSpans(id, t, probes, multis) {
			kos = append(kos, koSpan{s, id, t})
		}
	}
	if len(kos) == 0 {
		return out
	}
	type cand struct {
		m, k  int
		score float64
	}
	var cands []cand
	min := d.opt.minNameScore()
	for ri, i := range rest {
		m := ens[i]
		floor := min
		if m.Initial {
			floor = max(min, 0.85)
		}
		e := d.compileEnglish(m.Text)
		multi := strings.ContainsAny(strings.TrimSpace(m.Text), " -")
		for j, k := range kos {
			// Runs of Korean words are for foreign names of several
			// words; a one-word English name scores better against the
			// one word it matches.
			if k.words > 1 && !multi || k.may&bit(ri) == 0 || metonym(m.Text, k.text) {
				continue
			}
			if k.dict && !d.glossed(m.Text, k.gloss) {
				// A dictionary word that does not translate this name.
				continue
			}
			if s := match.ScoreAtLeast(e, d.compileHangul(k.text), floor); s > 0 {
				cands = append(cands, cand{i, j, s})
			}
		}
	}
	// Best pairs first; one Hangul name may serve several English
	// mentions only when they name the same thing (Kim Jong-un and Kim).
	slices.SortStableFunc(cands, func(x, y cand) int {
		if c := cmp.Compare(y.score, x.score); c != 0 {
			return c
		}
		if c := cmp.Compare(kos[y.k].words, kos[x.k].words); c != 0 {
			return c
		}
		return cmp.Compare(len(kos[x.k].text), len(kos[y.k].text))
	})
	usedBy := map[int][]int{}
	for _, c := range cands {
		if taken[c.m] {
			continue
		}
		ok := true
		for _, other := range usedBy[c.k] {
			if !coreferent(ens[other].Text, ens[c.m].Text) {
				ok = false
			}
		}
		if !ok {
			continue
		}
		taken[c.m] = true
		usedBy[c.k] = append(usedBy[c.k], c.m)
		m, k := ens[c.m], kos[c.k]
		out = append(out, pair{english: m.Text, hangul: k.text, score: c.score,
			typ: pairType(m.Mention, k.span), enID: m.id, koID: k.id,
			enContext: excerpt{m.para, m.Start, m.End}, koContext: excerpt{k.para, k.start, k.end}, enText: m.para})
	}
	return out
}

// findAll finds the English names of every aligned English paragraph or
// sentence at once, so that the whole document decides about words that
// start sentences.
func (d *docState) findAll(a *align.Alignment) {
	if a.Level == align.ParagraphLevel {
		d.mentions = paragraphMentions(a.EN)
		return
	}
	var ids []align.ID
	var texts []string
	for _, b := range a.Beads {
		if b.Kind != align.Match {
			continue
		}
		for _, id := range b.EN {
			ids = append(ids, id)
			texts = append(texts, a.Text(align.English, id))
		}
	}
	for i, ms := range FindNamesIn(texts) {
		d.mentions[ids[i]] = ms
	}
}

// paragraphMentions finds the names of every English paragraph of the
// body (furniture aside), by paragraph id, as Alignment.Text gives them.
func paragraphMentions(en []align.Paragraph) map[align.ID][]Mention {
	var ids []align.ID
	var texts []string
	for i, p := range en {
		if !p.Furniture && p.Body != "" {
			ids = append(ids, align.ParaID(i))
			texts = append(texts, p.Body)
		}
	}
	mentions := make(map[align.ID][]Mention, len(ids))
	for i, ms := range FindNamesIn(texts) {
		mentions[ids[i]] = ms
	}
	return mentions
}

// Prepared is what extraction reads from a pair before it is aligned:
// the names of its English paragraphs and the Korean words its text
// writes with several endings. Made by Prepare, it lets that work run on
// another core while the aligner runs (Builder.AlignAndAdd).
type Prepared struct {
	mentions map[align.ID][]Mention
	stems    map[string]bool
	koWords  map[align.ID][]koWord
	glosses  map[align.ID][]latinGloss
}

// Prepare reads a pair's paragraphs as align.Prepare made them. It is
// safe to call while AlignPrepared runs on the same paragraphs.
func Prepare(en, ko []align.Paragraph) *Prepared {
	p := &Prepared{mentions: paragraphMentions(en), stems: koreanStems(ko), koWords: map[align.ID][]koWord{}, glosses: map[align.ID][]latinGloss{}}
	for i, k := range ko {
		if !k.Furniture && k.Body != "" {
			p.koWords[align.ParaID(i)] = koreanWords(k.Body)
			p.glosses[align.ParaID(i)] = latinGlosses(k.Body)
		}
	}
	return p
}

func (d *docState) findNames(id align.ID, text string) []Mention {
	return d.mentions[id]
}

// glossed reports whether a word of an English name is among the
// English glosses of a dictionary word (Russia for 러시아, York for 뉴욕).
func (d *docState) glossed(english string, gloss []uint32) bool {
	ids, ok := d.enIDs[english]
	if !ok {
		lex := lexicon.Default()
		for _, w := range strings.FieldsFunc(english, func(r rune) bool { return r == ' ' || r == '-' || r == '.' }) {
			if id, known := lex.ID(w); known && len(w) >= 2 {
				ids = append(ids, id)
			}
		}
		d.enIDs[english] = ids
	}
	for _, id := range ids {
		if slices.Contains(gloss, id) {
			return true
		}
	}
	return false
}

// translated is translated.Hangul, once per English name and document.
func (d *docState) translated(s string) []string {
	f, ok := d.trans[s]
	if !ok {
		f = translated.Hangul(s)
		d.trans[s] = f
	}
	return f
}

// probe is match.NewProbe of an English name, once per document.
func (d *docState) probe(s string) *match.Probe {
	p := d.probes[s]
	if p == nil {
		p = match.NewProbe(d.compileEnglish(s))
		d.probes[s] = p
	}
	return p
}

func (d *docState) compileEnglish(s string) *match.English {
	e := d.english[s]
	if e == nil {
		e = match.CompileEnglish(expandAbbreviations(s))
		d.english[s] = e
	}
	return e
}

func (d *docState) compileHangul(s string) *match.Name {
	return d.hangul.Compile(s)
}

// coreferent reports whether two English mentions may name the same
// thing: equal, or one a word of the other (Kim, Kim Jong-un).
func coreferent(a, b string) bool {
	if strings.EqualFold(a, b) {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	for _, w := range strings.Fields(b) {
		if strings.EqualFold(w, a) {
			return true
		}
	}
	return false
}

// koreanSpans returns the Hangul name candidates of a Korean paragraph
// that some of the English names ens may match (span.may says which):
// each word with its postposition and title removed (match.Candidates),
// and for English names of several words, runs of two or three words that
// can be one foreign name (마이크 폼페이오, 응우옌 쑤언 푹). Words are tested
// with a cheap match.Probe before they are analysed, so that a long
// paragraph costs little beyond its names.
func (d *docState) koreanSpans(id align.ID, text string, ens []*match.Probe, multi []bool) []span {
	words, ok := d.koWords[id]
	if !ok {
		words = koreanWords(text)
	}
	// runMask is the English names of several words that a run of words
	// (or hyphenated words) h may match, of those in the mask starts.
	runMask := func(h string, starts uint64) uint64 {
		var m uint64
		k := match.NewHangulKey(h)
		for j, p := range ens {
			if starts&bit(j) != 0 && p.MayMatchRun(&k) {
				m |= bit(j)
			}
		}
		return m
	}
	anyMulti := slices.Contains(multi, true)
	var out []span
	seen := map[string]bool{}
	add := func(s span) {
		if s.text == "" || seen[s.text] {
			return
		}
		seen[s.text] = true
		out = append(out, s)
	}
	for i, w := range words {
		if w.title {
			continue
		}
		nextTitle := i+1 < len(words) && words[i+1].title
		var may, starts uint64
		for j, p := range ens {
			if p.MayMatch(&w.key) {
				may |= bit(j)
			}
			if anyMulti && multi[j] && w.alone && !w.particle && p.MayStartRun(&w.key) {
				starts |= bit(j)
			}
		}
		if may != 0 {
			var info wordInfo
			if nextTitle {
				// A name directly before a title takes no postposition
				// (트뤼도 총리), and may be a surname alone (김 위원장).
				info.cands = []string{w.raw}
			} else {
				info = d.word(w.raw)
			}
			for _, c := range info.cands {
				g, dict := info.dict[c]
				add(span{text: c, start: w.start, end: w.start + len(c), words: 1, titled: nextTitle, may: may, gloss: g, dict: dict})
				// 뉴스위크지, 애플사: a publication or company suffix.
				if utf8.RuneCountInString(c) >= 3 && (strings.HasSuffix(c, "지") || strings.HasSuffix(c, "사")) {
					add(span{text: c[:len(c)-len("지")], start: w.start, end: w.start + len(c) - len("지"), words: 1, titled: nextTitle, may: may, gloss: g, dict: dict})
				}
			}
		}
		if starts == 0 {
			continue
		}
		// 노스-이스트: Hangul words joined by a hyphen are one name.
		if i+1 < len(words) && w.end < len(text) && text[w.end] == '-' && words[i+1].start == w.end+1 {
			c := w.raw + "-" + d.stripLast(words[i+1].raw)
			if may := runMask(c, starts); may != 0 {
				add(span{text: c, start: w.start, end: w.start + len(c), words: 2, may: may})
			}
		}
		// Runs of words: all but the last written alone, the last with
		// its postposition (브렛 캐버노가 is 브렛 캐버노 + 가) or before a
		// title.
		run := w.raw
		for n := 1; n <= 2 && i+n < len(words); n++ {
			nx := words[i+n]
			if !nx.afterSpace || nx.title {
				break
			}
			last := d.stripLast(nx.raw)
			titled := i+n+1 < len(words) && words[i+n+1].title
			if titled {
				last = nx.raw
			}
			c := run + " " + last
			if may := runMask(c, starts); may != 0 {
				add(span{text: c, start: w.start, end: nx.start + len(last), words: n + 1, titled: titled, may: may})
			}
			if !nx.alone {
				break
			}
			run += " " + nx.raw
		}
	}
	return out
}

// koWord is a word of Hangul syllables in a Korean paragraph, with what
// koreanSpans needs to know of it whatever the English says.
type koWord struct {
	raw        string // the Hangul syllables at the start of the token
	start, end int
	alone      bool // the token is those syllables alone
	afterSpace bool // white space (or nothing) comes before it
	title      bool
	particle   bool // a postposition alone (가 캐버노 is no run)
	key        match.HangulKey
}

// koreanWords splits a Korean paragraph into its words of Hangul.
func koreanWords(text string) []koWord {
	var words []koWord
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !hangul.IsSyllable(r) {
			i += n
			continue
		}
		j := i
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if !hangul.IsSyllable(r) {
				break
			}
			j += n
		}
		k := j
		for k < len(text) {
			r, n := utf8.DecodeRuneInString(text[k:])
			if unicode.IsSpace(r) {
				break
			}
			k += n
		}
		afterSpace := i == 0
		if i > 0 {
			pr, _ := utf8.DecodeLastRuneInString(text[:i])
			afterSpace = unicode.IsSpace(pr)
		}
		words = append(words, koWord{raw: text[i:j], start: i, end: j, alone: j == k, afterSpace: afterSpace,
			title: isKoreanTitle(text[i:j]), key: match.NewHangulKey(text[i:j]), particle: match.IsParticle(text[i:j])})
		i = j
	}
	return words
}

// isKoreanTitle reports whether a word (with any postposition) is a title
// such as 위원장, 대통령, 장관.
func isKoreanTitle(w string) bool {
	return match.IsTitle(w)
}

// latinGloss is a Hangul name followed by its Latin spelling in
// parentheses: 리용호(Ri Yong Ho).
type latinGloss struct {
	words      []string // the Hangul words before the parenthesis, last one last
	hangul     string   // the last word
	latin      string
	start, end int
}

var latinGlossRE = regexp.MustCompile(`((?:\p{Hangul}+ ){0,5}\p{Hangul}+) ?\(([A-Z][A-Za-z.'’ -]{0,80})\)`)

// latinGlosses is latinGlosses of Korean paragraph id, prepared or not.
func (d *docState) latinGlosses(id align.ID, text string) []latinGloss {
	if gs, ok := d.glosses[id]; ok {
		return gs
	}
	return latinGlosses(text)
}

// latinGlosses finds Hangul names glossed in Latin letters.
func latinGlosses(text string) []latinGloss {
	if !strings.Contains(text, "(") {
		return nil
	}
	var out []latinGloss
	for _, m := range latinGlossRE.FindAllStringSubmatchIndex(text, -1) {
		h := text[m[2]:m[3]]
		l := strings.TrimSpace(text[m[4]:m[5]])
		words := strings.Fields(h)
		// The name directly before its Latin spelling takes no
		// postposition (조지프 바이든(Joe Biden) 전 부통령): its last
		// syllable stays, even one that looks like a postposition.
		last := words[len(words)-1]
		if l == "" {
			continue
		}
		out = append(out, latinGloss{words: words, hangul: last, latin: l, start: m[2], end: m[1]})
	}
	return out
}

// bestSuffix picks how many of the Hangul words before a Latin gloss
// belong to the name: the suffix that matches the English best (마이크
// 폼페이오 for Mike Pompeo), or "" if none matches at all.
func bestSuffix(d *docState, english string, l latinGloss) string {
	e := d.compileEnglish(english)
	best, bestScore := "", 0.0
	for i := len(l.words) - 1; i >= 0; i-- {
		h := strings.Join(l.words[i:], " ")
		if isKoreanTitle(l.words[i]) || match.IsParticle(l.words[i]) {
			// 트럼프(Trump)가 캐버노(Kavanaugh): 가 belongs to the name
			// before.
			break
		}
		if s := match.ScoreCompiled(e, d.compileHangul(h)); s > bestScore+0.01 {
			best, bestScore = h, s
		}
	}
	if bestScore < 0.85 {
		// Nothing, or the last word alone (센터 for Research Center),
		// transliterates the name: it may be translated.
		if t := translatedPhrase(english, l.words); len(strings.Fields(t)) > len(strings.Fields(best)) {
			return t
		}
	}
	if bestScore < 0.3 {
		return ""
	}
	return best
}

// translatedPhrase is the Hangul before a Latin gloss when it translates
// rather than transliterates a name of several words (서퍽 대학 정치 연구
// 센터(Suffolk University Political Research Center)): as many words as
// the English has, back to the first word that carries a postposition, or
// "" when the English is one word.
func translatedPhrase(english string, words []string) string {
	n := len(strings.Fields(english))
	if n < 2 {
		return ""
	}
	i := len(words) - 1
	for i > 0 && len(words)-i < n {
		w := words[i-1]
		if match.StripParticles(w, 1) != w || isKoreanTitle(w) || match.IsParticle(w) {
			break
		}
		i--
	}
	if i == len(words)-1 {
		return ""
	}
	return strings.Join(words[i:], " ")
}

// sameLatin reports whether an English mention is the Latin text the
// Korean gave in parentheses.
func (d *docState) sameLatin(english, latin string) bool {
	if strings.EqualFold(english, latin) {
		return true
	}
	k := d.nameKey(english)
	return k != "" && k == d.nameKey(latin)
}

// nameKey is namekey.Key, once per name and document.
func (d *docState) nameKey(s string) string {
	k, ok := d.latin[s]
	if !ok {
		k = namekey.Key(s)
		d.latin[s] = k
	}
	return k
}

// pairType decides the type of a pair from the English mention and the
// Hangul.
func pairType(m Mention, k span) Type {
	if m.Type == Person && translated.IsHangul(k.text) {
		// A name Korean translates (청와대 Cheong Wa Dae) is an
		// institution or a place, whatever its English looks like.
		return Other
	}
	if m.Type != Other {
		return m.Type
	}
	if k.titled || koreanPerson(k.text) && len(strings.Fields(m.Text)) >= 2 {
		return Person
	}
	return Other
}

// metonyms are capitals that English writes for their country's
// government where Korean writes the country (Washington for 미국): a
// translation of the sentence, not of the name, so no glossary pair.
var metonyms = map[string]string{
	"미국": "washington", "북한": "pyongyang", "북측": "pyongyang", "한국": "seoul", "남한": "seoul",
	"중국": "beijing", "일본": "tokyo", "러시아": "moscow", "영국": "london", "프랑스": "paris", "독일": "berlin",
}

func metonym(english, hangul string) bool {
	m, ok := metonyms[hangul]
	return ok && strings.EqualFold(english, m)
}

// koreanPerson reports whether h has the shape of a Korean personal name:
// a known surname and one or two more syllables.
func koreanPerson(h string) bool {
	if strings.Contains(h, " ") {
		return false
	}
	_, given, known, ok := surname.Split(h)
	// A Korean given name has one or two syllables (도이체반 is no 도).
	n := utf8.RuneCountInString(given)
	return ok && known && n >= 1 && n <= 2
}

// snippet returns about 30 characters either side of text[start:end],
// cut at spaces, with ellipses where text was cut.
func snippet(text string, start, end int) string {
	const reach = 30
	s := start
	for n := 0; s > 0 && n < reach; n++ {
		_, size := utf8.DecodeLastRuneInString(text[:s])
		s -= size
	}
	if s > 0 {
		if i := strings.IndexAny(text[s:start], " \n"); i >= 0 {
			s += i + 1
		}
	}
	e := end
	for n := 0; e < len(text) && n < reach; n++ {
		_, size := utf8.DecodeRuneInString(text[e:])
		e += size
	}
	if e < len(text) {
		if i := strings.LastIndexAny(text[end:e], " \n"); i >= 0 {
			e = end + i
		}
	}
	out := strings.Join(strings.Fields(text[s:e]), " ")
	if s > 0 {
		out = "…" + out
	}
	if e < len(text) {
		out += "…"
	}
	return out
}

// fold rewrites the short mentions of a document into the full names it
// also uses: "Pompeo" beside 폼페이오 becomes "Mike Pompeo" beside 마이크
// 폼페이오 when the document pairs those, "Kim" beside 김 (김 위원장) becomes
// "Kim Jong-un" beside 김정은 when that is the only Kim it pairs. A short
// form that stays ambiguous is dropped if its Hangul is a lone syllable
// (a surname is no glossary entry) and kept otherwise.
func fold(pairs []pair) []pair {
	type full = fullName
	byWord := map[string][]full{} // first and last words, lower case
	seen := map[full]bool{}
	for _, p := range pairs {
		if ws := strings.Fields(p.english); len(ws) >= 2 {
			f := full{p.english, p.hangul}
			if !seen[f] {
				seen[f] = true
				first, last := strings.ToLower(ws[0]), strings.ToLower(ws[len(ws)-1])
				byWord[first] = append(byWord[first], f)
				if last != first {
					byWord[last] = append(byWord[last], f)
				}
			}
		}
	}
	out := pairs[:0]
	for _, p := range pairs {
		short := len(strings.Fields(p.english)) == 1
		oneSyllable := utf8.RuneCountInString(p.hangul) == 1
		if !short {
			out = append(out, p)
			continue
		}
		var sameEN []full // full names with this word first or last
		var both []full   // … whose Hangul also contains this Hangul
		for _, f := range byWord[strings.ToLower(p.english)] {
			sameEN = append(sameEN, f)
			if f.hangul == p.hangul || strings.HasPrefix(f.hangul, p.hangul) || strings.HasSuffix(f.hangul, " "+p.hangul) {
				both = append(both, f)
			}
		}
		if len(both) > 1 {
			// Several full names fit: keep those whose Hangul is fuller
			// than the short form's (Mike Johnson 마이크 존슨 rather than
			// a misread "D.C. Johnson" 존슨).
			var fuller []full
			for _, f := range both {
				if f.hangul != p.hangul {
					fuller = append(fuller, f)
				}
			}
			if len(fuller) > 0 {
				both = fuller
			}
		}
		switch {
		case uniqueEnglish(both) != "":
			p.english, p.hangul = both[0].english, both[0].hangul
			if p.typ == Other {
				p.typ = typeOfFull(pairs, both[0].english, both[0].hangul)
			}
		case uniqueEnglish(sameEN) != "" && !oneSyllable && (p.typ == Person || typeOfFull(pairs, sameEN[0].english, sameEN[0].hangul) == Person):
			// A person's surname beside another spelling of the name
			// (Ri beside 리영호 when the document has Ri Yong Ho).
			p.english = sameEN[0].english
		case oneSyllable:
			continue
		}
		out = append(out, p)
	}
	return out
}

// fullName is a pair of full names a document uses.
type fullName struct{ english, hangul string }

func uniqueEnglish(fs []fullName) string {
	if len(fs) == 0 {
		return ""
	}
	for _, f := range fs[1:] {
		if f.english != fs[0].english {
			return ""
		}
	}
	return fs[0].english
}

func typeOfFull(pairs []pair, english, hangul string) Type {
	for _, p := range pairs {
		if p.english == english && p.hangul == hangul && p.typ != Other {
			return p.typ
		}
	}
	return Other
}

// expandAbbreviations writes out the abbreviations that Korean
// transliterates in full (St Mirren 세인트 미렌, Mt Everest).
func expandAbbreviations(s string) string {
	f := strings.Fields(s)
	changed := false
	for i, w := range f {
		switch strings.TrimSuffix(w, ".") {
		case "St":
			f[i], changed = "Saint", true
		case "Mt":
			f[i], changed = "Mount", true
		case "Ft":
			f[i], changed = "Fort", true
		}
	}
	if !changed {
		return s
	}
	return strings.Join(f, " ")
}

// bit is the mask bit of the i-th English name of a bead; names past the
// 64th share the last bit with every other.
func bit(i int) uint64 {
	if i >= 63 {
		return 1 << 63
	}
	return 1 << i
}
