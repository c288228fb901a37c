package glossary

import (
	"cmp"
	"maps"
	"math/bits"
	"runtime"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/bitext-ko/bitext/align"
	"github.com/bitext-ko/bitext/align/hangul"
	"github.com/bitext-ko/bitext/align/lexicon"
	"github.com/bitext-ko/bitext/align/names/english"
	"github.com/bitext-ko/bitext/align/names/match"
	"github.com/bitext-ko/bitext/align/names/namekey"
	"github.com/bitext-ko/bitext/align/names/spelling"
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
	// stem is the name compared with the English when a place word is
	// written onto it (유타 of 유타주); text is listed as written.
	stem string
}

// withoutHead removes a last word head (Island, District) from an
// English name of several words.
func withoutHead(en, head string) string {
	if i := strings.LastIndexByte(en, ' '); i > 0 && strings.EqualFold(en[i+1:], head) {
		return en[:i]
	}
	return en
}

// compared returns the Hangul that is compared with English names.
func (s span) compared() string {
	if s.stem != "" {
		return s.stem
	}
	return s.text
}

// nameHead is a word that ends names of places and organizations: the
// English word (Island, University; "" for a Korean one alone), the
// Korean word that translates it, written onto the name (유타주, 롬복섬,
// 강남구) or apart (브루킹스 연구소, 모스크바 회담), and the type of what
// such names name.
type nameHead struct {
	english, hangul string
	typ             Type
	joined          bool // written onto the name, even where the English has no head (Utah 유타주)
}

// nameHeads is the table of name heads, one owner for the glossary's
// knowledge of them.
var nameHeads = []nameHead{
	{"region", "지역", Place, true}, {"state", "주", Place, true}, {"island", "섬", Place, true},
	{"islands", "제도", Place, false}, {"district", "구", Place, true}, {"county", "군", Place, true},
	{"city", "시", Place, true}, {"province", "주", Place, false}, {"province", "도", Place, false},
	{"river", "강", Place, false}, {"mountains", "산맥", Place, false}, {"airport", "공항", Place, false},
	{"square", "광장", Place, false}, {"street", "거리", Place, false}, {"palace", "궁", Place, false},
	{"stadium", "경기장", Place, false}, {"", "스타디움", Place, false}, {"capitol", "의사당", Place, false},
	{"", "의회의사당", Place, false},
	{"institution", "연구소", Organization, false}, {"institute", "연구소", Organization, false},
	{"institute", "연구원", Organization, false}, {"university", "대학교", Organization, false},
	{"university", "대학", Organization, false}, {"college", "대학", Organization, false},
	{"center", "센터", Organization, false}, {"centre", "센터", Organization, false},
	{"party", "당", Organization, true}, {"ministry", "부", Organization, false},
	{"council", "위원회", Organization, false}, {"council", "이사회", Organization, false},
	{"committee", "위원회", Organization, false}, {"commission", "위원회", Organization, false},
	{"agency", "기관", Organization, false}, {"court", "법원", Organization, false},
	{"association", "협회", Organization, false}, {"foundation", "재단", Organization, false},
	{"group", "그룹", Organization, false}, {"bank", "은행", Organization, false},
	{"hospital", "병원", Organization, false}, {"school", "학교", Organization, false},
	{"museum", "박물관", Organization, false}, {"union", "연합", Organization, false},
	{"union", "연맹", Organization, false}, {"parliament", "의회", Organization, false},
	{"", "외무부", Organization, false}, {"", "국무부", Organization, false}, {"", "국방부", Organization, false},
	{"", "협회", Organization, false}, {"", "위원회", Organization, false}, {"", "정부", Organization, false},
	{"", "신문", Organization, false}, {"", "방송", Organization, false}, {"", "통신", Organization, false},
	{"", "기구", Organization, false}, {"", "공사", Organization, false}, {"", "클럽", Organization, false},
	{"", "구단", Organization, false},
	{"conference", "회담", Other, false}, {"conference", "회의", Other, false}, {"war", "전쟁", Other, false},
	{"dynasty", "왕조", Other, false}, {"dynasty", "시대", Other, false}, {"era", "시대", Other, false},
	{"festival", "축제", Other, false},
}

// placeHeads are the heads of nameHeads that Korean writes onto names of
// places (유타주, 롬복섬, 강남구), in the table's order: what placeStem
// looks for in every Korean word; placeHeadEnds are their last syllables.
var placeHeads, placeHeadEnds = func() ([]nameHead, []rune) {
	var hs []nameHead
	var ends []rune
	for _, h := range nameHeads {
		if h.joined && h.typ == Place {
			hs = append(hs, h)
			if last, _ := utf8.DecodeLastRuneInString(h.hangul); !slices.Contains(ends, last) {
				ends = append(ends, last)
			}
		}
	}
	return hs, ends
}()

// placeHeadEndSet marks the syllables of placeHeadEnds, by their index
// from hangul.SBase: isPlaceHeadEnd tests a rune with one bit rather
// than a look through the list, as every Korean word asks it.
var placeHeadEndSet = func() (set [(hangul.SLast - hangul.SBase + 64) / 64]uint64) {
	for _, r := range placeHeadEnds {
		if !hangul.IsSyllable(r) {
			panic("glossary: a place head ends in " + string(r) + ", not a syllable")
		}
		i := r - hangul.SBase
		set[i/64] |= 1 << (i % 64)
	}
	return set
}()

// isPlaceHeadEnd reports whether r is one of placeHeadEnds.
func isPlaceHeadEnd(r rune) bool {
	i := uint32(r - hangul.SBase)
	return i <= hangul.SLast-hangul.SBase && placeHeadEndSet[i/64]&(1<<(i%64)) != 0
}

// englishHeads are the English words of the heads of nameHeads that
// have one, by their Korean word: what headed looks up for each pair of
// names it is given.
var englishHeads = func() map[string][]string {
	m := map[string][]string{}
	for _, h := range nameHeads {
		if h.english != "" {
			m[h.hangul] = append(m[h.hangul], h.english)
		}
	}
	return m
}()

// placeStem returns a word without the place word written onto it and
// that place word's English, if the word is a name of two syllables or
// more and such a word.
func placeStem(w string) (stem, english string, ok bool) {
	// Most words end in no head's last syllable: one test rules them out
	// (a word that ends in a head ends in the three bytes of a syllable).
	if last, ok := hangul.DecodeSyllable(w[max(0, len(w)-3):]); !ok || !isPlaceHeadEnd(last) {
		return "", "", false
	}
	for _, h := range placeHeads {
		if s, found := strings.CutSuffix(w, h.hangul); found && utf8.RuneCountInString(s) >= 2 {
			return s, h.english, true
		}
	}
	return "", "", false
}

// mayHavePlaceHead reports whether the last syllable of a place head
// stands in a word after two syllables or more. Where it does not,
// placeStem finds nothing in the word, nor in any start of it (the word
// without its postposition): its stem would have two syllables or more
// before the head.
func mayHavePlaceHead(w string) bool {
	// koreanSpans asks it of every word: syllables are read from their
	// three bytes (hangul.DecodeSyllable), as range would read them.
	n := 0
	for i := 0; i < len(w); {
		r, size := rune(w[i]), 1
		if r >= utf8.RuneSelf {
			var ok bool
			if r, ok = hangul.DecodeSyllable(w[i:]); ok {
				size = 3
			} else {
				r, size = utf8.DecodeRuneInString(w[i:])
			}
		}
		if n++; n > 2 && isPlaceHeadEnd(r) {
			return true
		}
		i += size
	}
	return false
}

// headed returns the English and Hangul names without the head they end
// in when the Hangul's last word translates the English's (Brookings
// Institution, 브루킹스 연구소: Brookings, 브루킹스), with ok false otherwise.
func headed(en, h string) (enStem, hStem string, ok bool) {
	i, j := strings.LastIndexByte(en, ' '), strings.LastIndexByte(h, ' ')
	if i <= 0 || j <= 0 {
		return "", "", false
	}
	for _, head := range englishHeads[h[j+1:]] {
		if strings.EqualFold(en[i+1:], head) {
			return en[:i], h[:j], true
		}
	}
	return "", "", false
}

// headType returns the type that the head a Hangul name ends in gives
// it (노동당, 외무부, 브루킹스 연구소; 유타주, 롬복섬): a head written apart,
// or onto two syllables or more of the name's own.
func headType(h string) (Type, bool) {
	for _, nh := range nameHeads {
		rest, ok := strings.CutSuffix(h, nh.hangul)
		if !ok {
			continue
		}
		if strings.HasSuffix(rest, " ") || utf8.RuneCountInString(rest) >= 2 && (nh.joined || utf8.RuneCountInString(nh.hangul) >= 2) {
			return nh.typ, true
		}
	}
	return Other, false
}

// docState holds what one document's extraction compiles once.
type docState struct {
	opt Options
	lex *lexicon.Lexicon
	// names holds what is found of English names (compileEnglish,
	// probe, translated, nameKey): the Scratch's, kept from document to document,
	// when one goroutine reads the document with a Scratch (keepNames),
	// else the document's own.
	names     map[string]*englishName
	keepNames bool
	hangul    *match.Compiler        // shared with the aligner and the other workers, read only
	own       map[string]*match.Name // the Hangul names compiled for this document alone (compileHangul)
	mentions  map[align.ID][]english.Mention
	midCaps   map[string]bool           // Prepared.midCaps
	enIDs     map[string][]uint32       // lexicon ids of English names' words
	known     map[string]bool           // Hangul names the table of established spellings has
	common    map[string]bool           // English words that are common words (commonWord)
	stems     map[string]bool           // words the Korean side uses with several endings
	koWords   map[align.ID][]koWord     // the words of Korean paragraphs, when prepared
	glosses   map[align.ID][]latinGloss // their Latin glosses, when prepared
	// keys holds the match.HangulKey of the prepared vocabulary's words
	// (of vocabSize) by koWord.id, where keyed says it is found.
	keys      []match.HangulKey
	keyed     []bool
	vocabSize int
	entries   []*wordEntry // Prepared.entries, read only
	buf       beadBuffers
	spans     []span           // koreanSpans's, reused
	seenSpans map[spanKey]bool // koreanSpans's, reused
	idBuf     []uint32         // where the lexicon ids of enIDs are kept
	// The Korean words analysed (word): their candidates are in cands,
	// where infos says for a word of the vocabulary (by koWord.id) and
	// words for another.
	infos   []wordInfo
	words   map[string]wordInfo
	cands   []wordCand
	candBuf []string // analyseWord's match.Candidates
}

// wordInfo is what koreanSpans needs to know of a Korean word: where its
// candidates are in docState.cands, from first-1 to end (first is 0 for a
// word not analysed yet), and whether it is a function word. The
// candidates are the match.Candidates of the word of two syllables or
// more, each with its English glosses where it is a dictionary word (정부,
// 회담, but also 러시아, 마이크): such a word pairs only with an English
// name the dictionary gives for it.
type wordInfo struct {
	first, end int32
	function   int8 // match.IsFunctionWord of the word: 0 not asked yet, 1 false, 2 true
}

// wordCand is a name candidate of a Korean word.
type wordCand struct {
	text  string
	gloss []uint32 // its English glosses (lexicon ids), when dict
	dict  bool     // a dictionary word
}

// word returns the candidates of a Korean word, analysed once per
// document: the words of the vocabulary found by their id, others by
// their text.
func (d *docState) word(kw koWord) []wordCand {
	var wi wordInfo
	if kw.id >= 0 && kw.id < d.vocabSize {
		if d.infos == nil {
			d.infos = make([]wordInfo, d.vocabSize)
		}
		if wi = d.infos[kw.id]; wi.first == 0 {
			a := d.analyse(kw)
			wi.first, wi.end = a.first, a.end
			d.infos[kw.id] = wi
		}
	} else {
		var ok bool
		if wi, ok = d.words[kw.raw]; !ok {
			if d.words == nil {
				d.words = map[string]wordInfo{}
			}
			wi = d.analyse(kw)
			d.words[kw.raw] = wi
		}
	}
	return d.cands[wi.first-1 : wi.end]
}

// functionWord is match.IsFunctionWord of a Korean word, asked once per
// document of a word of the vocabulary: koreanSpans asks it of a word
// that may start a run and of the words after it, a third of the time
// again.
func (d *docState) functionWord(kw *koWord) bool {
	if kw.id < 0 || kw.id >= d.vocabSize {
		return match.IsFunctionWord(kw.raw)
	}
	if d.infos == nil {
		d.infos = make([]wordInfo, d.vocabSize)
	}
	wi := &d.infos[kw.id]
	if wi.function == 0 {
		wi.function = 1
		if match.IsFunctionWord(kw.raw) {
			wi.function = 2
		}
	}
	return wi.function == 2
}

// analyse finds the wordInfo of a Korean word (its candidates).
func (d *docState) analyse(kw koWord) wordInfo {
	w := kw.raw
	if s := d.attestedStem(w, kw.stem); s != w {
		// 캐버노가 where the text also has 캐버노는 and 캐버노의:
		// the stem is the name, the rest a postposition.
		return d.analyseWord(s, s)
	}
	return d.analyseWord(w, "")
}

// stems records the words of the Korean side that the text uses
// with two endings or more (캐버노 in 캐버노가, 캐버노는, 캐버노의; 한국 in
// 한국은 and 한국의): whatever follows them elsewhere is a postposition,
// even where one word alone could be read either way (김정은 is 김정은,
// not 김정 + 은, unless the text also writes 김정이). It reads the
// distinct words of Hangul of the body (v.words): a word seen twice says
// nothing new.
//
// A stem's endings are the words that strip to it, each its own ending
// (the stem is a prefix of each, and the words are distinct), and the
// empty ending where the stem is itself a word: so a stem has two endings
// or more when two words strip to it, or one does and it is a word too.
func (v *koreanVocab) stems() map[string]bool {
	stems := reuseMap(&v.buf.stems, 0)
	if s := v.scratch; s != nil {
		// The entry of each stem counts the words that strip to it; heads
		// lists the stems of the document.
		heads := v.buf.heads.take(0)
		for _, e := range v.entries {
			if e.facts.stem == e.word {
				continue
			}
			if e.stem == nil {
				e.stem = s.entry(e.facts.stem)
			}
			h := e.stem
			if h.strippedDoc != int32(s.doc) {
				h.strippedDoc, h.stripped = int32(s.doc), 0
				heads = append(heads, h)
			}
			h.stripped++
		}
		for _, h := range heads {
			if h.stripped >= 2 || h.doc == int32(s.doc) {
				stems[h.word] = true
			}
		}
		v.buf.heads.keep(heads)
		return stems
	}
	// The words that strip to each stem, other than the stem itself.
	stripped := make(map[string]int, len(v.words)/2)
	for id, w := range v.words {
		if stem := v.stemOf(id); stem != w {
			stripped[stem]++
		}
	}
	for s, n := range stripped {
		if n < 2 && !v.has(s) {
			continue
		}
		stems[s] = true
	}
	return stems
}

// attestedStem returns the stem of w, stem (match.StripParticles(w, 1)),
// when w is a stem the text uses with other endings plus a postposition,
// and w otherwise. A word that is itself attested stays whole (아구에로 in
// 아구에로가 and 아구에로는).
func (d *docState) attestedStem(w, stem string) string {
	if !d.stems[w] && stem != w && d.stems[stem] {
		return stem
	}
	return w
}

// stripLast removes the postposition of the last word of a run: none
// when the text uses the word itself with other endings, else
// match.StripParticles's (which leaves an attested stem, the only one it
// can give).
func (d *docState) stripLast(w string) string {
	return d.stripStem(w, match.StripParticles(w, 1))
}

// stripWord is stripLast of a word of the Korean text, whose
// match.StripParticles the vocabulary found.
func (d *docState) stripWord(w koWord) string {
	return d.stripStem(w.raw, w.stem)
}

// stripStem is stripLast of w, given stem, match.StripParticles(w, 1).
func (d *docState) stripStem(w, stem string) string {
	if d.stems[w] {
		return w
	}
	return stem
}

// analyseWord returns the wordInfo of w, of its candidates only the one
// equal to only when only is not "", added to d.cands.
func (d *docState) analyseWord(w, only string) wordInfo {
	start := len(d.cands)
	d.candBuf = match.AppendCandidates(d.candBuf[:0], w)
	for _, c := range d.candBuf {
		if utf8.RuneCountInString(c) < 2 || only != "" && c != only {
			continue
		}
		wc := wordCand{text: c}
		if d.lex.Has(c) {
			wc.gloss, wc.dict = d.lex.Lookup(c), true
		}
		d.cands = append(d.cands, wc)
	}
	return wordInfo{first: int32(start) + 1, end: int32(len(d.cands))}
}

// DocNames are the names found in one aligned document pair, each an
// English form beside its Hangul form with where it was seen, short forms
// folded into the document's full names: what Extract returns and
// Builder.AddNames counts.
type DocNames struct {
	pairs []pair
}

// Len returns the number of name sightings.
func (n *DocNames) Len() int { return len(n.pairs) }

// Extract finds the names of one aligned document pair in the paragraph
// beads the aligner made (at either level), from what Prepare read of the
// same paragraphs with the same align.Options; p may be nil, and is then
// read here with the default lexicon. Beads flagged for review are left
// out unless opt.IncludeFlagged.
func Extract(a *align.Alignment, p *Prepared, opt Options) *DocNames {
	if a == nil {
		return nil
	}
	if p == nil {
		p = Prepare(a.EN, a.KO, align.Options{})
	}
	beads := make([]align.Bead, 0, len(a.ParagraphBeads))
	for _, b := range a.ParagraphBeads {
		if b.Kind != align.Match || len(b.EN) == 0 || len(b.KO) == 0 || b.Flagged && !opt.IncludeFlagged {
			continue
		}
		beads = append(beads, b)
	}
	// Beads are independent once the English mentions are found: split
	// them over the cores in contiguous runs, each worker with its own
	// caches, and join the results in bead order. The keys the workers
	// found go to the Scratch once they are done (keepKeys).
	workers := min(runtime.GOMAXPROCS(0), len(beads)/minBeadsPerWorker)
	if workers <= 1 {
		d := newDocState(opt, p, true)
		pairs := make([]pair, 0, len(beads)) // about one a bead
		for _, b := range beads {
			pairs = d.bead(pairs, a, b)
		}
		pairs = append(pairs, d.shortForms(a, beads, pairs)...)
		keepKeys(p.entries, []*docState{d})
		return &DocNames{fold(numbered(pairs), people(p.mentions, p.lex))}
	}
	parts := make([][]pair, workers)
	states := make([]*docState, workers)
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := w*len(beads)/workers, (w+1)*len(beads)/workers
		wg.Add(1)
		go func() {
			defer wg.Done()
			d := newDocState(opt, p, false)
			for _, b := range beads[lo:hi] {
				parts[w] = d.bead(parts[w], a, b)
			}
			states[w] = d
		}()
	}
	wg.Wait()
	n := 0
	for _, p := range parts {
		n += len(p)
	}
	pairs := make([]pair, 0, n)
	for _, p := range parts {
		pairs = append(pairs, p...)
	}
	pairs = append(pairs, states[0].shortForms(a, beads, pairs)...)
	keepKeys(p.entries, states)
	return &DocNames{fold(numbered(pairs), people(p.mentions, p.lex))}
}

// shortForms returns the pairs of the Korean short forms of two-word names
// the document pairs in full (맨시티 of 맨체스터 시티 for Manchester City):
// a word made of the first syllables of the first Hangul word and the
// first of the second (맨 + 시티), written in a bead whose English names
// the full name or a word of it (City). The short form stands for the
// full English name, as the document's other short forms do. The evidence
// asked is strong: the full pair in the same document, the English in the
// same bead, and a short form that is no dictionary word and no name
// Korean translates.
func (d *docState) shortForms(a *align.Alignment, beads []align.Bead, pairs []pair) []pair {
	type full struct {
		english, hangul string
		typ             Type
	}
	// The full names of each short form: the first, and how many.
	type fulls struct {
		first full
		n     int
	}
	byShort := map[string]fulls{}
	seen := map[fullName]bool{}
	for _, p := range pairs {
		var hw, ew [3]string
		ws := firstFields(hw[:0], p.hangul, 3)
		if len(ws) != 2 || len(firstFields(ew[:0], p.english, 2)) < 2 || seen[fullName{p.english, p.hangul}] || translated.IsHangul(p.hangul) {
			continue
		}
		seen[fullName{p.english, p.hangul}] = true
		first, second := []rune(ws[0]), []rune(ws[1])
		if len(first) < 2 || len(second) < 2 {
			continue
		}
		for i := 1; i < len(first); i++ {
			for j := 1; j <= len(second); j++ {
				short := string(first[:i]) + string(second[:j])
				if utf8.RuneCountInString(short) < 2 || d.lex.Has(short) || translated.IsHangul(short) {
					continue
				}
				fs := byShort[short]
				if fs.n == 0 {
					fs.first = full{p.english, p.hangul, p.typ}
				}
				fs.n++
				byShort[short] = fs
			}
		}
	}
	if len(byShort) == 0 {
		return nil
	}
	// A word can give a short form only if it starts with the short
	// form's first two syllables: most words are passed over on that,
	// and most on the first syllable alone, tested before the two are
	// cut and looked up.
	starts := map[string]bool{}
	var startRunes []rune
	for short := range byShort {
		k := firstRunes(short, 2)
		starts[k] = true
		if r, _ := utf8.DecodeRuneInString(k); !slices.Contains(startRunes, r) {
			startRunes = append(startRunes, r)
		}
	}
	var out []pair
	added := map[fullName]bool{} // English and short form
	for _, b := range beads {
		for _, kid := range b.KO {
			words, ok := d.koWords[kid]
			t := a.Text(align.Korean, kid)
			if !ok {
				words = koreanWords(t)
			}
			for _, w := range words {
				if r, _ := utf8.DecodeRuneInString(w.raw); !slices.Contains(startRunes, r) || !starts[firstRunes(w.raw, 2)] {
					continue
				}
				short := d.stripWord(w)
				fs := byShort[short]
				if fs.n != 1 || added[fullName{fs.first.english, short}] {
					// None, or the short form of several names.
					continue
				}
				f := fs.first
				for _, eid := range b.EN {
					et := a.Text(align.English, eid)
					for _, m := range d.mentions[eid] {
						if !namesWordOf(m.Text, f.english) {
							continue
						}
						added[fullName{f.english, short}] = true
						out = append(out, pair{english: f.english, hangul: short, typ: f.typ, score: 0.9, enID: eid, koID: kid,
							enContext: excerpt{et, m.Start, m.End}, koContext: excerpt{t, w.start, w.start + len(short)}, enText: et})
						break
					}
				}
			}
		}
	}
	return out
}

// firstRunes returns the first n runes of s (s itself when it has fewer),
// stepping over Hangul syllables without decoding them (runeSize):
// shortForms asks it of every word of the Korean side.
func firstRunes(s string, n int) string {
	i := 0
	for ; n > 0 && i < len(s); n-- {
		i += runeSize(s[i:])
	}
	return s[:i]
}

// namesWordOf reports whether an English mention is a full name or one
// of its words (City of Manchester City), case aside.
func namesWordOf(mention, full string) bool {
	if strings.EqualFold(mention, full) {
		return true
	}
	for w := range strings.FieldsSeq(full) {
		if strings.EqualFold(w, mention) {
			return true
		}
	}
	return false
}

// appendFields appends to dst the words of s as strings.Fields splits it,
// on a buffer of the caller's.
func appendFields(dst []string, s string) []string {
	for w := range strings.FieldsSeq(s) {
		dst = append(dst, w)
	}
	return dst
}

// firstAndLastField returns the first and the last word of s as
// strings.Fields splits it (the one word twice; "" and "" for none).
func firstAndLastField(s string) (first, last string) {
	for w := range strings.FieldsSeq(s) {
		if first == "" {
			first = w
		}
		last = w
	}
	return first, last
}

// firstFields appends to dst the first n words of s as strings.Fields
// splits it (all of them when s has fewer), for the tests that read a
// name's first words or count them up to n, on a buffer of the caller's.
func firstFields(dst []string, s string, n int) []string {
	if n <= 0 {
		return dst
	}
	for w := range strings.FieldsSeq(s) {
		dst = append(dst, w)
		if n--; n == 0 {
			break
		}
	}
	return dst
}

// numbered extends the pairs whose English and Hangul are both followed
// by the same number, a word of its own of one or two digits, to take it
// in (Nord Stream 2 노드 스트림 2): the number is part of the name on both
// sides. A number joined to something else (2-1, 2:30, 2.5, 11호) or
// before a dash (a score: Livingston 1 - 0 Rangers) is not.
func numbered(pairs []pair) []pair {
	for i, p := range pairs {
		en, ko := p.enContext, p.koContext
		if en.text == "" || ko.text == "" || ko.text[ko.start:ko.end] != p.hangul || en.text[en.start:en.end] != p.english {
			continue
		}
		n := nameNumber(en.text[en.end:])
		if n == "" || nameNumber(ko.text[ko.end:]) != n {
			continue
		}
		p.english += " " + n
		p.hangul += " " + n
		p.enContext.end += 1 + len(n)
		p.koContext.end += 1 + len(n)
		pairs[i] = p
	}
	return pairs
}

// nameNumber returns the number of one or two digits that starts rest
// after a space, when it is a word of its own (followed by the end, a
// space, or a closing mark or comma), or "".
func nameNumber(rest string) string {
	rest, ok := strings.CutPrefix(rest, " ")
	if !ok {
		return ""
	}
	n := 0
	for n < len(rest) && n < 3 && '0' <= rest[n] && rest[n] <= '9' {
		n++
	}
	if n == 0 || n > 2 || rest[0] == '0' {
		return ""
	}
	if n < len(rest) && !strings.ContainsRune(" ),\"”’'", rune(rest[n])) && rest[n] < utf8.RuneSelf {
		return ""
	}
	if r, _ := utf8.DecodeRuneInString(rest[n:]); n < len(rest) && r >= utf8.RuneSelf && r != '”' && r != '’' {
		return ""
	}
	if after := strings.TrimLeft(rest[n:], " "); after != "" && strings.ContainsRune("-–—:", []rune(after)[0]) {
		// A score (Livingston 1 - 0 Rangers) or a time.
		return ""
	}
	return rest[:n]
}

// people returns the full names of people that a document's English
// mentions (of two words or more, typed person or shaped like a person's
// name: personShape) by their first and last
// words, lower case: where the Korean pairs only a short form, the short
// form counts as the full name the document writes. A name written in
// mixed case and in capitals (a headline's) is kept in mixed case.
func people(mentions map[align.ID][]english.Mention, lex *lexicon.Lexicon) map[string][]string {
	var names []string
	shaped := map[string]bool{}
	for _, ms := range mentions {
		for _, m := range ms {
			if m.Type != english.Person && m.Type != english.Other {
				continue // split only the names that may be persons'
			}
			var wordBuf [4]string
			ws := appendFields(wordBuf[:0], m.Text)
			switch {
			case len(ws) < 2:
			case m.Type == english.Person:
				names = append(names, m.Text)
			case m.Type == english.Other && personShape(ws, lex):
				names = append(names, m.Text)
				shaped[m.Text] = true
			}
		}
	}
	slices.SortFunc(names, func(a, b string) int {
		if c := cmp.Compare(b2i(allCaps(a)), b2i(allCaps(b))); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	out := map[string][]string{}
	for _, n := range names {
		first, last := firstAndLastField(n)
		keyBuf := [2]string{first, last}
		keys := keyBuf[:]
		if shaped[n] {
			// Only a surname stands for a name known by its shape.
			keys = keys[1:]
		}
		for _, w := range keys {
			k := strings.ToLower(w)
			if !slices.ContainsFunc(out[k], func(s string) bool { return strings.EqualFold(s, n) }) {
				out[k] = append(out[k], n)
			}
		}
	}
	return out
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// personShape reports whether the words of an untyped English name look
// like a person's given name and surname: two or three capitalized words,
// none a common word, an acronym or a known place, and none after the
// first a word the lexicon knows.
func personShape(ws []string, lex *lexicon.Lexicon) bool {
	if len(ws) > 3 {
		return false
	}
	for i, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || english.IsCommonWord(w) || allCaps(w) || strings.ContainsAny(w, ".'’") || english.IsPlace(w) {
			return false
		}
		if _, known := lex.ID(w); known && i > 0 {
			return false
		}
		for _, part := range strings.Split(w, "-")[1:] {
			if english.IsCommonWord(part) {
				// Out-of-form is no given name.
				return false
			}
		}
	}
	return true
}

// allCaps reports whether s has letters and no lower-case ones.
func allCaps(s string) bool {
	letters := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		letters = letters || unicode.IsLetter(r)
	}
	return letters
}

// minBeadsPerWorker keeps short articles on one goroutine, where starting
// more would cost more than it saves.
const minBeadsPerWorker = 8

// newDocState returns empty caches over what p prepared, which the
// workers of one document share (only reading it). The English names are
// those of p's Scratch when there is one and keep says this docState
// reads the document alone.
func newDocState(opt Options, p *Prepared, keep bool) *docState {
	d := &docState{opt: opt, lex: p.lex, hangul: p.names, mentions: p.mentions, midCaps: p.midCaps,
		stems: p.stems, koWords: p.koWords, glosses: p.glosses, vocabSize: p.vocabSize, entries: p.entries,
		enIDs: map[string][]uint32{}, known: map[string]bool{},
		common: map[string]bool{}}
	if keep && p.scratch != nil {
		d.names, d.keepNames = p.scratch.names, true
	} else {
		d.names = map[string]*englishName{}
	}
	return d
}

// enMention is an English name of a bead, or a part of one.
type enMention struct {
	english.Mention
	id    align.ID
	para  string
	group int  // the mention it is, or is a part of
	part  bool // a part of a mention of several words
}

// koSpan is a Hangul name candidate of a bead.
type koSpan struct {
	span
	id   align.ID
	para string
}

// beadBuffers are the slices bead makes for each bead, kept in the
// docState to be reused by the next: nothing bead returns is in them.
type beadBuffers struct {
	ens      []enMention
	parts    []english.Mention
	kos      []koSpan
	taken    []bool
	rest     []int
	probes   []*match.Probe
	nwords   []int
	raw      []cand
	cands    []cand
	compiled []*match.Name
	used     []cand // the candidates taken (usedBy)
	// where the Korean writes a translated name (formOccurrences)
	occurrences [][2]int
}

// bead pairs the English names of one bead with Hangul names of its
// Korean side, appended to out.
func (d *docState) bead(out []pair, a *align.Alignment, b align.Bead) []pair {
	beadStart := len(out) // out[beadStart:] are the bead's
	buf := &d.buf
	ens := reuse(buf.ens)
	groups := 0
	for _, id := range b.EN {
		t := a.Text(align.English, id)
		for _, m := range d.joinTranslated(d.findNames(id, t), t) {
			ens = append(ens, enMention{m, id, t, groups, false})
			// Its parts compete with it: the Hangul may write one part
			// only (Andrea Jenkyns of Tory Brexiteer Andrea Jenkyns,
			// Scotland of NHS Scotland), and the pair is then that part.
			buf.parts = d.parts(buf.parts[:0], m, t)
			for _, pm := range buf.parts {
				ens = append(ens, enMention{pm, id, t, groups, true})
			}
			groups++
		}
	}
	buf.ens = ens
	if len(ens) == 0 {
		return out
	}
	kos := reuse(buf.kos)
	taken := resized(buf.taken, groups) // by group
	buf.taken = taken
	// Names the Korean writes in Latin letters beside the Hangul: whole
	// mentions first, then the parts of those left; where two glosses
	// give the same Latin, the Hangul that spells it better first (스티븐
	// 톰슨(Steven Thomson) before a misprinted 스티븐 롤리스(Steven Thomson)).
	type glossed struct {
		m     int
		id    align.ID
		t     string
		l     latinGloss
		h     string
		score float64
		parts bool
	}
	var gs []glossed
	wholeIndex := func(group int) int {
		for i, m := range ens {
			if m.group == group && !m.part {
				return i
			}
		}
		return -1
	}
	wholeOf := func(group int) string {
		if i := wholeIndex(group); i >= 0 {
			return ens[i].Text
		}
		return ""
	}
	// Acronyms the English spells out before them (the Federation of
	// German Industries (BDI)): where the Korean glosses the acronym
	// (독일산업협회(BDI)), its Hangul is the full name's too.
	spelled := map[string]int{}
	for i, m := range ens {
		if a := acronymAfter(m.para[m.End:]); a != "" && !m.part && strings.Contains(m.Text, " ") {
			if _, dup := spelled[a]; !dup {
				spelled[a] = i
			}
		}
	}
	for _, id := range b.KO {
		t := a.Text(align.Korean, id)
		for _, l := range d.latinGlosses(id, t) {
			if fi, ok := spelled[l.latin]; ok {
				h := d.translatedPhrase(ens[fi].Text, l.words)
				if h == "" {
					h = d.stripLast(l.hangul)
				}
				gs = append(gs, glossed{fi, id, t, l, h, 1, false})
				for i, m := range ens {
					if m.Text == l.latin {
						gs = append(gs, glossed{i, id, t, l, h, 1, m.part})
					}
				}
				continue
			}
			for i, m := range ens {
				if h, ok := d.glossWithHead(m.Text, l, t); ok && !m.part {
					// 카네기 멜론(Carnegie Mellon) 대학 for Carnegie
					// Mellon University.
					gs = append(gs, glossed{i, id, t, l, h, 1, false})
					continue
				}
				if !d.sameLatin(m.Text, l.latin) {
					continue
				}
				if m.part && latinRest(wholeOf(m.group), m.Text, t[l.end:]) {
					continue
				}
				h, sc := d.stripLast(l.hangul), 0.0
				if best, bs := bestSuffix(d, m.Text, l); best != "" {
					h, sc = best, bs
				}
				gs = append(gs, glossed{i, id, t, l, h, sc, m.part})
			}
		}
	}
	slices.SortStableFunc(gs, func(x, y glossed) int {
		if x.parts != y.parts {
			return cmp.Compare(b2i(x.parts), b2i(y.parts))
		}
		return cmp.Compare(y.score, x.score)
	})
	for _, g := range gs {
		m := ens[g.m]
		if taken[m.group] {
			continue
		}
		taken[m.group] = true
		out = append(out, pair{english: m.Text, hangul: g.h, score: 1, latin: true,
			typ: pairType(m.Mention, span{text: g.h}, d.lex), enID: m.id, koID: g.id,
			enContext: excerpt{m.para, m.Start, m.End}, koContext: excerpt{g.t, g.l.start, g.l.end}, enText: m.para})
	}
	// Names Korean translates (Supreme Court 대법원, Korean War 한국전쟁):
	// the Korean form written as a word (with any postposition) anywhere
	// in the aligned paragraphs.
	// Parts wait for the comparison below, where the whole can still
	// win (Moscow Conference 모스크바 회담, not Moscow 모스크바).
	type occurrenceKey struct {
		id    align.ID
		start int
	}
	usedAt := map[occurrenceKey]bool{}
	for _, parts := range [...]bool{false} {
		for _, m := range ens {
			if m.part != parts || taken[m.group] {
				continue
			}
			forms := d.translated(m.Text)
			if forms == nil {
				continue
			}
			// The first place the Korean writes a form that no earlier
			// mention of the bead took (Middle East twice: 중동지역 and
			// 중동), or the first place at all; a place word written onto
			// the form is part of it (중동지역).
			type occurrence struct {
				id    align.ID
				t, h  string
				start int
			}
			var first, free occurrence
			var haveFirst, haveFree bool
			for _, id := range b.KO {
				t := a.Text(align.Korean, id)
				for i, h := range forms {
					if metonym(m.Text, h) || partOfPair(out[beadStart:], h) || spacedDuplicate(forms[:i], h) {
						continue
					}
					buf.occurrences = appendFormOccurrences(buf.occurrences[:0], t, h)
					for _, w := range buf.occurrences {
						o := occurrence{id, t, t[w[0]:w[1]], w[0]}
						if !haveFirst || o.id == first.id && o.start < first.start {
							first, haveFirst = o, true
						}
						if !usedAt[occurrenceKey{o.id, o.start}] && (!haveFree || o.id == free.id && o.start < free.start) {
							free, haveFree = o, true
						}
					}
				}
				if haveFirst {
					break
				}
			}
			if haveFirst || haveFree {
				o := first
				if haveFree {
					o = free
				}
				usedAt[occurrenceKey{o.id, o.start}] = true
				taken[m.group] = true
				p := pair{english: m.Text, hangul: o.h, score: 0.95, typ: pairType(m.Mention, span{text: o.h}, d.lex), enID: m.id, koID: o.id,
					enContext: excerpt{m.para, m.Start, m.End}, koContext: excerpt{o.t, o.start, o.start + len(o.h)}, enText: m.para}
				if en, enStart, h, hStart, ok := d.nationalName(m.para, m.Start, m.End, o.t, o.start, o.start+len(o.h)); ok {
					// Russian Foreign Ministry 러시아 외무부: the
					// country's institution, one name.
					p.english, p.hangul = en, h
					p.enContext.start, p.koContext.start = enStart, hStart
				}
				out = append(out, p)
			}
		}
	}
	// The rest are compared with the Hangul words of the Korean side.
	rest, probes, nwords := reuse(buf.rest), reuse(buf.probes), reuse(buf.nwords)
	for i, m := range ens {
		if !taken[m.group] {
			rest = append(rest, i)
			probes = append(probes, d.probe(m.Text))
			nwords = append(nwords, nameWords(m.Text))
		}
	}
	buf.rest, buf.probes, buf.nwords = rest, probes, nwords
	if len(rest) == 0 {
		return out
	}
	for _, id := range b.KO {
		t := a.Text(align.Korean, id)
		for _, s := range d.koreanSpans(id, t, probes, nwords) {
			kos = append(kos, koSpan{s, id, t})
		}
	}
	buf.kos = kos
	if len(kos) == 0 {
		return out
	}
	raw := reuse(buf.raw)
	min := d.opt.minNameScore()
	// The compiled Hangul of each span, made when a mention first
	// compares with it rather than looked up for every mention.
	compiled := resized(buf.compiled, len(kos))
	buf.compiled = compiled
	for ri, i := range rest {
		m := ens[i]
		floor := min
		if m.Initial && !english.IsPlace(m.Text) && !d.midCaps[strings.ToLower(m.Text)] && beforeModified(m.para[m.End:]) {
			// A word capitalized only because it starts a sentence,
			// before a lower-case word (Nickel mining is …, Online
			// shopping …), which the article never capitalizes
			// elsewhere, is read as a common word, unless it is a
			// known place (Indonesia has …).
			continue
		}
		if m.Initial || !strings.ContainsAny(m.Text, " -") && d.commonWord(m.Text) {
			// A sentence's first word, or a word of the dictionary alone
			// (Free of Free Democrats against 페리, a ferry), needs a close match.
			floor = max(min, 0.85)
		}
		e := d.compileEnglish(m.Text)
		multi := strings.ContainsAny(strings.TrimSpace(m.Text), " -")
		headWord := !multi && english.IsHeadWord(m.Text) // once a mention, not a span
		for j, k := range kos {
			// Runs of Korean words are for foreign names of several
			// words; a one-word English name scores better against the
			// one word it matches.
			if k.words > 1 && !multi || k.may&bit(ri) == 0 || metonym(m.Text, k.text) {
				continue
			}
			if m.part && latinRest(wholeOf(m.group), m.Text, k.para[k.end:]) || headWord {
				// A head word alone (Club 클럽) spells no name; Senate
				// 상원 and the like are translated names, found above.
				continue
			}
			if k.dict && (m.part && !english.IsPlace(m.Text) || !d.glossed(m.Text, k.gloss)) {
				// A dictionary word that does not translate this name,
				// or translates one word of a longer one (에너지 of
				// Consumer Energy).
				continue
			}
			if compiled[j] == nil {
				compiled[j] = d.compileHangul(k.compared())
			}
			h, ek := compiled[j], e
			if k.stem != "" {
				// 유타주 for Utah, 강남구 for Gangnam District.
				_, head, _ := placeStem(k.text)
				ek = d.compileEnglish(withoutHead(m.Text, head))
			} else if es, hs, ok := headed(m.Text, k.text); ok {
				// 브루킹스 연구소 for Brookings Institution: the names
				// without the head they translate.
				h, ek = d.compileHangul(hs), d.compileEnglish(es)
			}
			if s := match.ScoreAtLeast(ek, h, floor); s > 0 && !d.derived(m.Text, h, s) && !d.headOnly(m.Text, k.span, h, s) && !d.koreanDerived(m.Text, k.span, s) {
				raw = append(raw, cand{i, j, s})
			} else if d.inSpellings(k.text) && d.spelled(k.text, m.Text) {
				// An established spelling the rules do not give
				// (Syngman Rhee 이승만).
				raw = append(raw, cand{i, j, 1})
			}
		}
	}
	buf.raw = raw
	cands := preferWhole(reuse(buf.cands), raw, func(i int) (int, bool) { return ens[i].group, ens[i].part }, func(part, whole int) bool {
		return kos[part].id == kos[whole].id && hangulWithin(kos[whole].text, kos[part].text)
	})
	// Best pairs first; one Hangul name may serve several English
	// mentions only when they name the same thing (Kim Jong-un and Kim).
	slices.SortStableFunc(cands, func(x, y cand) int {
		if c := cmp.Compare(y.score, x.score); c != 0 {
			return c
		}
		if c := cmp.Compare(kos[y.k].words, kos[x.k].words); c != 0 {
			return c
		}
		if c := cmp.Compare(b2i(headBeside(ens[y.m].Mention, ens[y.m].para, kos[y.k].span)), b2i(headBeside(ens[x.m].Mention, ens[x.m].para, kos[x.k].span))); c != 0 {
			// Sulawesi island 술라웨시섬, not 술라웨시.
			return c
		}
		return cmp.Compare(len(kos[x.k].text), len(kos[y.k].text))
	})
	buf.cands = cands
	used := reuse(buf.used)
	for _, c := range cands {
		if taken[ens[c.m].group] {
			continue
		}
		ok := true
		for _, u := range used {
			if u.k == c.k && !coreferent(ens[u.m].Text, ens[c.m].Text) {
				ok = false
			}
		}
		if !ok {
			continue
		}
		taken[ens[c.m].group] = true
		used = append(used, c)
		m, k := ens[c.m], kos[c.k]
		p := pair{english: m.Text, hangul: k.text, score: c.score,
			typ: pairType(m.Mention, k.span, d.lex), enID: m.id, koID: k.id,
			enContext: excerpt{m.para, m.Start, m.End}, koContext: excerpt{k.para, k.start, k.end}, enText: m.para}
		if m.part {
			if whole := ens[wholeIndex(m.group)]; whole.para == m.para {
				if h, s, e, ok := compassName(whole.Text, m.Text, k.para, k.start, k.end); ok {
					// West Sumatra 서쪽 수마트라, Central Sulawesi
					// 술라웨시 중부: the whole name, a region.
					p.english, p.hangul, p.typ = whole.Text, h, Place
					p.enContext, p.koContext = excerpt{whole.para, whole.Start, whole.End}, excerpt{k.para, s, e}
				}
			}
		}
		out = append(out, p)
	}
	buf.used = used
	return out
}

// reuse returns s emptied, or when it has no room, an empty slice with
// room for the few dozen elements most beads give: bead's buffers grow
// to their size at once rather than a step at a time.
func reuse[E any](s []E) []E {
	if cap(s) == 0 {
		return make([]E, 0, 32)
	}
	return s[:0]
}

// resized returns s with length n, all its elements zero, made anew only
// when s has too small a capacity.
func resized[E any](s []E, n int) []E {
	if cap(s) < n {
		return make([]E, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// inSpellings reports whether the table of established spellings has a
// Hangul name, once per name and document.
func (d *docState) inSpellings(h string) bool {
	in, ok := d.known[h]
	if !ok {
		in = spelling.Default().Has(h)
		d.known[h] = in
	}
	return in
}

// spelled reports whether the table of established spellings gives en
// for Hangul name h.
func (d *docState) spelled(h, en string) bool {
	_, ok := spelling.Default().Spelled(h, en)
	return ok
}

// nationalName returns an English name that a nationality adjective
// directly before it makes a country's own (Russian Foreign Ministry) and
// its Hangul, when the Korean writes that country as the word directly
// before the Hangul found for the name (러시아 외무부): the name with the
// adjective and the Hangul with the country, and where each starts.
func (d *docState) nationalName(en string, start, end int, ko string, kStart, kEnd int) (string, int, string, int, bool) {
	before, ok := strings.CutSuffix(en[:start], " ")
	if !ok {
		return "", 0, "", 0, false
	}
	i := 0
	if r := strings.LastIndexFunc(before, func(r rune) bool { return !unicode.IsLetter(r) }); r >= 0 {
		_, n := utf8.DecodeRuneInString(before[r:])
		i = r + n
	}
	adj := before[i:]
	if r, _ := utf8.DecodeRuneInString(adj); !unicode.IsUpper(r) || !english.IsDemonym(adj) {
		return "", 0, "", 0, false
	}
	kBefore, ok := strings.CutSuffix(ko[:kStart], " ")
	if !ok {
		return "", 0, "", 0, false
	}
	j := 0
	if r := strings.LastIndexFunc(kBefore, func(r rune) bool { return !hangul.IsSyllable(r) }); r >= 0 {
		_, n := utf8.DecodeRuneInString(kBefore[r:])
		j = r + n
	}
	country := kBefore[j:]
	if utf8.RuneCountInString(country) < 2 || !d.countryOf(adj, country) {
		return "", 0, "", 0, false
	}
	return en[i:end], i, ko[j:kEnd], j, true
}

// countryOf reports whether Hangul word h names the country of
// nationality adjective adj: the table of translated names says so
// (British 영국), or the country's English name made from the adjective
// (Russian Russia, Ukrainian Ukraine, Scottish Scotland, Chinese China)
// matches h closely.
func (d *docState) countryOf(adj, h string) bool {
	if slices.Contains(translated.EnglishKeys(h), translated.Key(adj)) {
		return true
	}
	name := d.compileHangul(h)
	for _, suf := range [...]string{"ian", "an", "n", "ese", "ish", "i", ""} {
		stem, ok := strings.CutSuffix(adj, suf)
		if !ok || len(stem) < 3 {
			continue
		}
		for _, end := range [...]string{"", "a", "ia", "e", "y", "o", "land"} {
			if match.ScoreAtLeast(d.compileEnglish(stem+end), name, 0.85) > 0 {
				return true
			}
		}
	}
	return false
}

// headBeside reports whether a Hangul span with a place word written onto
// it (술라웨시섬) has that word's English beside the English mention, in
// lower case as a common noun (Sulawesi island, the island of Sulawesi):
// the Korean then writes what the English does, and the span with the
// place word is the better pair.
func headBeside(mm english.Mention, para string, k span) bool {
	if k.stem == "" {
		return false
	}
	_, head, ok := placeStem(k.text)
	if !ok || head == "" {
		return false
	}
	return strings.HasPrefix(para[mm.End:], " "+head+" ") || para[mm.End:] == " "+head ||
		strings.HasPrefix(para[mm.End:], " "+head+",") || strings.HasPrefix(para[mm.End:], " "+head+".") ||
		strings.HasSuffix(para[:mm.Start], " "+head+" of ")
}

// compassWords are the Korean words for a point of the compass or the
// centre that Korean writes as a word of its own before or after a place
// (서쪽 수마트라, 술라웨시 중부), by the English word of a name (West
// Sumatra, Central Sulawesi).
var compassWords = map[string][]string{
	"north": {"북부", "북쪽"}, "northern": {"북부", "북쪽"},
	"south": {"남부", "남쪽"}, "southern": {"남부", "남쪽"},
	"east": {"동부", "동쪽"}, "eastern": {"동부", "동쪽"},
	"west": {"서부", "서쪽"}, "western": {"서부", "서쪽"},
	"central":   {"중부", "중앙"},
	"northeast": {"북동부", "북동쪽", "동북부"}, "north-east": {"북동부", "북동쪽", "동북부"},
	"northwest": {"북서부", "북서쪽", "서북부"}, "north-west": {"북서부", "북서쪽", "서북부"},
	"southeast": {"남동부", "남동쪽", "동남부"}, "south-east": {"남동부", "남동쪽", "동남부"},
	"southwest": {"남서부", "남서쪽", "서남부"}, "south-west": {"남서부", "남서쪽", "서남부"},
}

// compassName returns the Hangul of an English name that is a point of
// the compass and a place (West Sumatra, Central Sulawesi), when the part
// of it that names the place (Sumatra) was found as text[start:end] and
// Korean writes the compass word as a word of its own right before or
// after it (서쪽 수마트라, 술라웨시 중부의): the name as written, postposition
// aside, and where it is.
func compassName(whole, part, text string, start, end int) (h string, s, e int, ok bool) {
	first, rest, found := strings.Cut(whole, " ")
	words := compassWords[strings.ToLower(first)]
	if !found || words == nil || !strings.EqualFold(rest, part) {
		return "", 0, 0, false
	}
	if after, ok := strings.CutPrefix(text[end:], " "); ok {
		w := after
		if i := strings.IndexFunc(after, func(r rune) bool { return !hangul.IsSyllable(r) }); i >= 0 {
			w = after[:i]
		}
		for _, cw := range words {
			if w == cw || strings.HasPrefix(w, cw) && match.StripParticles(w, 1) == cw {
				return text[start : end+1+len(cw)], start, end + 1 + len(cw), true
			}
		}
	}
	if before, ok := strings.CutSuffix(text[:start], " "); ok {
		for _, cw := range words {
			if strings.HasSuffix(before, cw) {
				b := len(before) - len(cw)
				if r, _ := utf8.DecodeLastRuneInString(before[:b]); b == 0 || !hangul.IsSyllable(r) {
					return text[b:end], b, end, true
				}
			}
		}
	}
	return "", 0, 0, false
}

// headOnly reports whether a Hangul word matches only the last word of
// an English name of several words, a common word (라디오 for BBC Radio,
// 프로젝트 for Environmental Integrity Project): a translation of the
// common word, not of the name.
func (d *docState) headOnly(en string, k span, h *match.Name, score float64) bool {
	en = strings.TrimPrefix(strings.TrimPrefix(en, "The "), "the ")
	i := strings.LastIndexAny(en, " -")
	if i < 0 || k.words > 1 || k.stem != "" {
		return false
	}
	last := en[i+1:]
	if !d.commonWord(last) {
		return false
	}
	return match.ScoreCompiled(d.compileEnglish(last), h) >= score-partMargin
}

// derivedSuffixes end English words made from a name: nationality and
// member nouns (Mexicans, Colombian, Brexiteers), families (the Clintons).
var derivedSuffixes = [...]string{"ians", "ian", "ans", "an", "ese", "ish", "eers", "eer", "ers", "er", "ites", "ite", "ists", "ist", "i", "s"}

// derived reports whether a one-word English name is another word made
// from the name the Hangul writes (Mexicans of 멕시코, Brexiteers of
// 브렉시트, Clintons of 클린턴): the word without its suffix matches the
// Hangul at least as well as the word (than score), or clearly better
// for a plural s, which Korean writes when it is the name's (Rangers
// 레인저스).
func (d *docState) derived(en string, h *match.Name, score float64) bool {
	if strings.ContainsAny(en, " -.") || english.IsPlace(en) {
		return false
	}
	for _, suf := range derivedSuffixes {
		if len(en) < len(suf)+3 || !strings.EqualFold(en[len(en)-len(suf):], suf) {
			continue
		}
		stem := en[:len(en)-len(suf)]
		need := score - 0.01
		if suf == "s" {
			need = score + 0.03
		}
		if match.ScoreCompiled(d.compileEnglish(stem), h) >= need {
			return true
		}
	}
	return false
}

// koreanDerivations are the endings Korean writes onto a name to make a
// word for something else: its people (터키인, 스코틀랜드인), its
// university (웨스트버지니아대), with the English word that names the same
// thing ("" where English makes another word instead: Turks, Scots).
var koreanDerivations = [...]struct{ hangul, english string }{
	{"인들", ""}, {"인", ""}, {"대학교", "university"}, {"대학", "university"}, {"대", "university"},
}

// koreanDerived reports whether a Hangul word is another word made from
// the name the English writes (터키인, Turks, for Turkey; 웨스트버지니아대
// for West Virginia without University): the word without its ending
// matches the English at least as well as the word does (score), or is
// the Hangul that translates it, and the English lacks the word for the
// ending. The mirror of derived, for the Korean side.
func (d *docState) koreanDerived(en string, k span, score float64) bool {
	if k.words > 1 || k.stem != "" {
		return false
	}
	for _, kd := range koreanDerivations {
		stem, ok := strings.CutSuffix(k.text, kd.hangul)
		if !ok || utf8.RuneCountInString(stem) < 2 {
			continue
		}
		if kd.english != "" && slices.ContainsFunc(strings.Fields(en), func(w string) bool { return strings.EqualFold(w, kd.english) }) {
			continue
		}
		if slices.Contains(d.translated(en), stem) || match.ScoreCompiled(d.compileEnglish(en), d.compileHangul(stem)) >= score-0.01 {
			return true
		}
	}
	return false
}

// cand is a candidate pair: English mention m, Korean span k.
type cand struct {
	m, k  int
	score float64
}

// preferWhole chooses, for each mention, between the candidate pairs of
// the whole mention and those of its parts: a part is a candidate only
// when it matches clearly better than the whole matches anything (Brexit,
// not "Tories Against Brexit", for 브렉시트; Trump, not Donald Trump, where
// the Korean writes only 트럼프; Andrea Jenkyns of "Tory Brexiteer Andrea
// Jenkyns"), and then the whole is no candidate for that Hangul name.
// A part is no candidate either where the whole matches a longer Hangul
// name that holds the part's (게티 이미지 for Getty Images, not 게티 for
// Getty): within reports that.
func preferWhole(out []cand, raw []cand, group func(int) (int, bool), within func(part, whole int) bool) []cand {
	type key struct{ g, k int }
	wholeBest := map[int]float64{}
	best := map[key]cand{} // the best part
	for _, c := range raw {
		g, part := group(c.m)
		if !part {
			wholeBest[g] = max(wholeBest[g], c.score)
		} else if b, ok := best[key{g, c.k}]; !ok || c.score > b.score {
			best[key{g, c.k}] = c
		}
	}
	kept := func(c cand, g int) bool {
		if c.score < wholeBest[g]+partMargin {
			return false
		}
		for _, o := range raw {
			// The candidates of the mention, whole and parts: not
			// 안드레아 for Andrea where Andrea Jenkyns matches 안드레아
			// 젠킨스 about as well.
			if og, part := group(o.m); og == g && within(c.k, o.k) && (!part || o.score >= c.score-partMargin) {
				return false
			}
		}
		return true
	}
	for _, c := range raw {
		g, part := group(c.m)
		b, ok := best[key{g, c.k}]
		switch {
		case !part && ok && kept(b, g):
			// The part takes its place.
		case !part, b == c && kept(c, g):
			out = append(out, c)
		}
	}
	return out
}

// partMargin is how much better a part of a mention must match a Hangul
// name than the whole mention to be the pair.
const partMargin = 0.05

// maxPartWords bounds the mentions whose parts are tried.
const maxPartWords = 6

// parts returns the parts of a mention of several words that may be names
// of their own: runs of its words that start and end with a capitalized
// word, not a title, and, for a single word, not a common word (Radio of
// BBC Radio, Project, Club) unless it is a known place. A part keeps the
// mention's type only when it ends where the mention ends. They are
// appended to out.
func (d *docState) parts(out []english.Mention, m english.Mention, text string) []english.Mention {
	type word struct {
		s   string
		off int
	}
	var wordBuf [maxPartWords]word
	ws := wordBuf[:0]
	for i := 0; i < len(m.Text); {
		j := strings.IndexByte(m.Text[i:], ' ')
		if j < 0 {
			j = len(m.Text) - i
		}
		if j > 0 {
			if len(ws) == maxPartWords {
				return out // too many words
			}
			ws = append(ws, word{m.Text[i : i+j], i})
		}
		i += j + 1
	}
	n := len(ws)
	if n < 2 {
		return out
	}
	// Whether each word may be in a part (capitalized, not a title),
	// once a word rather than once for every part that ends with it.
	var okBuf [maxPartWords]bool
	ok := okBuf[:n]
	for i, w := range ws {
		r, _ := utf8.DecodeRuneInString(w.s)
		ok[i] = unicode.IsUpper(r) && !english.IsTitle(w.s)
	}
	for i := 0; i < n; i++ {
		if !ok[i] {
			continue
		}
		for j := i + 1; j <= n; j++ {
			if i == 0 && j == n || !ok[j-1] {
				continue
			}
			sub := m.Text[ws[i].off : ws[j-1].off+len(ws[j-1].s)]
			if j-i == 1 && d.commonWord(sub) {
				continue
			}
			if m.Type == english.Person && !(j == n || i == 0 && j == 1 && len(surname.ByLatin(sub)) > 0) {
				// Of a person's name, only the surname is a name
				// alone: the last word, or a Korean surname first.
				continue
			}
			p := english.Mention{Text: sub, Start: m.Start + ws[i].off, End: m.Start + ws[j-1].off + len(ws[j-1].s), Type: english.Other}
			switch {
			case english.IsPlace(sub):
				p.Type = english.Place
			case j == n:
				p.Type = m.Type
			}
			if p.Type == english.Other {
				p.Type = english.ContextType(text, p.Start, p.End)
			}
			p.Initial = i == 0 && j-i == 1 && m.Initial
			out = append(out, p)
		}
	}
	return out
}

// commonWord reports whether one English word is a common word rather
// than a name: one package english knows as such, or one the lexicon
// knows (nickel, project) that is not a known place; once per word and
// document.
func (d *docState) commonWord(w string) bool {
	common, ok := d.common[w]
	if !ok {
		common = english.IsCommonWord(w)
		if !common {
			_, known := d.lex.ID(w)
			common = known && !english.IsPlace(w)
		}
		d.common[w] = common
	}
	return common
}

// paragraphMentions finds the names of every English paragraph of the
// body (furniture aside), by paragraph id, as Alignment.Text gives them,
// with the english.Finder of s when there is one.
func paragraphMentions(en []align.Paragraph, s *Scratch) map[align.ID][]english.Mention {
	ids := make([]align.ID, 0, len(en))
	texts := make([]string, 0, len(en))
	for i, p := range en {
		if !p.Furniture && p.Body != "" {
			ids = append(ids, align.ParaID(i))
			texts = append(texts, p.Body)
		}
	}
	f := new(english.Finder)
	if s != nil {
		f = &s.finder
	}
	mentions := make(map[align.ID][]english.Mention, len(ids))
	for i, ms := range f.FindNamesIn(texts) {
		mentions[ids[i]] = ms
	}
	return mentions
}

// joinable reports whether the text between two names may join them into
// one: a space, or a lower-case word between spaces (for, of, and).
func joinable(between string) bool {
	w, ok := strings.CutPrefix(between, " ")
	if !ok {
		return false
	}
	if w == "" {
		return true
	}
	w, ok = strings.CutSuffix(w, " ")
	return ok && w != "" && !strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLower(r) })
}

// Prepared is what extraction reads from a pair's paragraphs, which does
// not need the alignment: the names of the English paragraphs, the Korean
// words (with their postpositions; their name keys are found by Extract,
// for the words a bead compares), the words the Korean writes with several
// endings and its Latin glosses, with the lexicon and the compiled Hangul
// names the aligner is given. Made by Prepare, it lets that work run on
// another core while the aligner runs.
type Prepared struct {
	mentions  map[align.ID][]english.Mention
	stems     map[string]bool
	koWords   map[align.ID][]koWord
	glosses   map[align.ID][]latinGloss
	vocabSize int // the number of distinct words of koWords
	// entries are the Scratch's entries of the distinct words of
	// koWords, by id, when PrepareWith had one.
	entries []*wordEntry
	scratch *Scratch // PrepareWith's, for its English names
	lex     *lexicon.Lexicon
	names   *match.Compiler
	// midCaps holds the words (lower-cased) that the English writes
	// capitalized inside a name away from a sentence's start.
	midCaps map[string]bool
}

// beforeModified reports whether the text after a name starts with a
// space and a lower-case word that is no verb form (" mining is", "
// shopping and"), as after a word used as a modifier; not before a verb
// of which the name is the subject (Palu is, Mirae signed, Trump says),
// nor after a list's comma (Facebook, Google and …).
func beforeModified(after string) bool {
	rest, ok := strings.CutPrefix(after, " ")
	if !ok {
		return false
	}
	w := rest
	if i := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
		w = rest[:i]
	}
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsLower(r) || auxiliaries[w] {
		return false
	}
	return !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "s")
}

// auxiliaries are the verbs that follow a sentence's subject.
var auxiliaries = map[string]bool{"is": true, "was": true, "are": true, "were": true, "has": true, "have": true,
	"had": true, "will": true, "would": true, "can": true, "could": true, "may": true, "might": true, "must": true,
	"shall": true, "should": true, "does": true, "did": true, "do": true, "said": true, "says": true, "told": true,
	"also": true, "now": true, "then": true, "became": true}

// capitalizedWords adds to caps (empty) and returns the words,
// lower-cased, of the English mentions that do not start a sentence alone
// (Nickel of "Nickel mining is …" is not among them unless the article
// writes Nickel elsewhere).
func capitalizedWords(mentions map[align.ID][]english.Mention, caps map[string]bool) map[string]bool {
	// The words, lower-cased, are copied one after another into one
	// string (text), of which the keys are pieces, each word once: a
	// word of ASCII is lower-cased in buf first, and looked up there.
	n := 0
	for _, ms := range mentions {
		for _, m := range ms {
			if !m.Initial {
				n += len(m.Text)
			}
		}
	}
	var text strings.Builder
	text.Grow(n)
	var buf [32]byte
	for _, ms := range mentions {
		for _, m := range ms {
			if m.Initial {
				continue
			}
			for w := range strings.FieldsFuncSeq(m.Text, isNameSeparator) {
				lw, ok := lowerASCII(buf[:0], w)
				if !ok {
					caps[strings.ToLower(w)] = true
					continue
				}
				if !caps[string(lw)] {
					from := text.Len()
					text.Write(lw)
					caps[text.String()[from:]] = true
				}
			}
		}
	}
	return caps
}

// lowerASCII appends strings.ToLower(w) to b when w is ASCII, and
// reports false (b as it was) when it is not.
func lowerASCII(b []byte, w string) ([]byte, bool) {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return b, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b, true
}

// isNameSeparator reports the characters that separate the words of an
// English name where their number matters (Jong-un is two).
func isNameSeparator(r rune) bool { return r == ' ' || r == '-' }

// nameWords returns len(strings.FieldsFunc(s, isNameSeparator)) without
// the slice: both separators are ASCII, which no byte of another
// character is.
func nameWords(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' || s[i] == '-' {
			in = false
		} else if !in {
			n, in = n+1, true
		}
	}
	return n
}

// Prepare reads a pair's paragraphs as align.Prepare made them, for the
// alignment that align.AlignPrepared makes of them with opt: it takes
// opt.Lexicon (lexicon.Default() when nil), which a --dict extends, and
// opt.Names, the Hangul names the aligner compiles (a new Compiler when
// nil). It is safe to call while AlignPrepared runs on the same
// paragraphs: it reads no field the aligner writes.
func Prepare(en, ko []align.Paragraph, opt align.Options) *Prepared {
	return PrepareWith(en, ko, opt, nil)
}

// PrepareWith is Prepare with the caches of s (nil for none), which
// Extract then reads and adds to: s must not be used for another
// document until Extract has read this one (the Prepared's arrays and
// maps are s's, which the next document's PrepareWith clears).
func PrepareWith(en, ko []align.Paragraph, opt align.Options, s *Scratch) *Prepared {
	var b *prepBuffers
	if s != nil {
		b = &s.prep
	} else {
		b = new(prepBuffers)
	}
	p := &Prepared{mentions: paragraphMentions(en, s), koWords: reuseMap(&b.paras, len(ko)),
		glosses: reuseMap(&b.glosses, len(ko)), lex: opt.Lexicon, names: opt.Names}
	p.midCaps = capitalizedWords(p.mentions, reuseMap(&b.midCaps, 0))
	if p.lex == nil {
		p.lex = lexicon.Default()
	}
	if p.names == nil {
		p.names = new(match.Compiler)
	}
	vocab := newKoreanVocab(ko, s, b)
	// The words of every paragraph are in one array, each paragraph's
	// capped so that an append to it cannot write the next one's.
	n := 0
	for _, k := range ko {
		if !k.Furniture && k.Body != "" {
			n += len(k.Body)/bytesPerToken + 1
		}
	}
	words := b.words.take(n)
	glosses, glossWords := b.glossList.take(0), b.glossWords.take(0)
	for i, k := range ko {
		if !k.Furniture && k.Body != "" {
			from := len(words)
			words = vocab.appendWords(words, k.Body)
			p.koWords[align.ParaID(i)] = words[from:len(words):len(words)]
			from = len(glosses)
			glosses, glossWords = appendLatinGlosses(glosses, glossWords, k.Body)
			var gs []latinGloss // nil without a gloss, as latinGlosses gives it
			if len(glosses) > from {
				gs = glosses[from:len(glosses):len(glosses)]
			}
			p.glosses[align.ParaID(i)] = gs
		}
	}
	b.words.keep(words)
	b.glossList.keep(glosses)
	b.glossWords.keep(glossWords)
	p.stems = vocab.stems()
	p.vocabSize = vocab.size()
	p.entries = vocab.entries
	if s != nil {
		b.entries.keep(vocab.entries)
	}
	p.scratch = s
	return p
}

func (d *docState) findNames(id align.ID, text string) []english.Mention {
	return d.mentions[id]
}

// joinTranslated joins two names of a paragraph that stand side by side,
// or with one lower-case word between them, when together they are one
// name Korean translates (Pacific and Ring of Fire: Pacific Ring of Fire,
// 환태평양 화산대; Alternative for Germany, 독일을 위한 대안), as the English
// finder cannot know. The slice given is not changed.
func (d *docState) joinTranslated(ms []english.Mention, text string) []english.Mention {
	var out []english.Mention
	for i := 0; i < len(ms); i++ {
		if i+1 < len(ms) && ms[i].End <= ms[i+1].Start && joinable(text[ms[i].End:ms[i+1].Start]) {
			joined := text[ms[i].Start:ms[i+1].End]
			if d.translated(joined) != nil {
				if out == nil {
					out = append([]english.Mention(nil), ms[:i]...)
				}
				// The type is the last name's, or the first's where the
				// last has none (Pacific, a place: the Ring of Fire is one).
				m := english.Mention{Text: joined, Start: ms[i].Start, End: ms[i+1].End, Initial: ms[i].Initial, Type: ms[i+1].Type}
				if m.Type == english.Other {
					m.Type = ms[i].Type
				}
				out = append(out, m)
				i++
				continue
			}
		}
		if out != nil {
			out = append(out, ms[i])
		}
	}
	if out == nil {
		return ms
	}
	return out
}

// glossed reports whether the English glosses of a dictionary word give
// every word of an English name (Russia for 러시아, New York for 뉴욕, but
// not BBC Radio for 라디오 nor Consumer Energy for 에너지): a dictionary
// word translates a name only whole.
func (d *docState) glossed(english string, gloss []uint32) bool {
	ids, ok := d.enIDs[english]
	if !ok {
		// Made in d.idBuf, a part no other name's overlaps.
		n := len(d.idBuf)
		for w := range strings.FieldsFuncSeq(english, func(r rune) bool { return r == ' ' || r == '-' || r == '.' }) {
			if len(w) < 2 {
				continue
			}
			id, known := d.lex.ID(w)
			if !known {
				id = noGloss
			}
			d.idBuf = append(d.idBuf, id)
		}
		ids = d.idBuf[n:len(d.idBuf):len(d.idBuf)]
		d.enIDs[english] = ids
	}
	for _, id := range ids {
		if id == noGloss || !slices.Contains(gloss, id) {
			return false
		}
	}
	return len(ids) > 0
}

// noGloss stands for a word the lexicon does not know.
const noGloss = ^uint32(0)

// name returns what d knows of English name s, made empty when d has
// nothing.
func (d *docState) name(s string) *englishName {
	n := d.names[s]
	if n == nil {
		if d.keepNames {
			// Kept past the document, whose text s is a slice of: what
			// is found of the name is found from the copy.
			s = strings.Clone(s)
		}
		n = &englishName{text: s}
		d.names[s] = n
	}
	return n
}

// translated is translated.Hangul, once per English name (and document,
// without a Scratch).
func (d *docState) translated(s string) []string {
	n := d.name(s)
	if !n.translatedFound {
		n.translated, n.translatedFound = translated.Hangul(n.text), true
	}
	return n.translated
}

// probe is match.NewProbe of an English name, once per name.
func (d *docState) probe(s string) *match.Probe {
	n := d.name(s)
	if n.probe == nil {
		n.probe = match.NewProbe(n.compile())
	}
	return n.probe
}

// compileEnglish is match.CompileEnglish of an English name, its
// abbreviations expanded, once per name.
func (d *docState) compileEnglish(s string) *match.English {
	return d.name(s).compile()
}

// compileHangul returns the compiled Hangul name s: the aligner's, when
// it compiled s (the shared Compiler), else the document's own. What the
// glossary alone compiles, most of it runs of words, stems and common
// words that match no English name, stays out of the shared Compiler: a
// corpus worker keeps that one from document to document for the names
// documents share, up to a bound past which it starts afresh (see
// align.Scratch.Names), and the glossary's spans would fill it several
// times as fast (1,557 names of its own beside the aligner's 3,947 over
// the 77 dev pairs), so that the names that recur would be compiled again
// and again. A document's own names are compiled once for the document.
func (d *docState) compileHangul(s string) *match.Name {
	if n, ok := d.hangul.Compiled(s); ok {
		return n
	}
	if n, ok := d.own[s]; ok {
		return n
	}
	if d.own == nil {
		d.own = make(map[string]*match.Name)
	}
	n := match.Compile(s)
	d.own[s] = n
	return n
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
	for w := range strings.FieldsSeq(b) {
		if strings.EqualFold(w, a) {
			return true
		}
	}
	return false
}

// formOccurrences returns where the Korean text writes a translated
// Hangul name h as a word (start and end offsets, in order): with the
// spaces between its syllables or without them (미연방 수사국 and 라이더 컵
// for 미연방수사국 and 라이더컵, as the table's forms are looked up), with
// at most a postposition after it, or ending a compound of translated
// names (총회 in 유엔총회) — and with a place word written onto it
// (중동지역), which is then part of the name.
func formOccurrences(text, h string) [][2]int {
	return appendFormOccurrences(nil, text, h)
}

// appendFormOccurrences appends formOccurrences(text, h) to out.
func appendFormOccurrences(out [][2]int, text, h string) [][2]int {
	for from := 0; from < len(text); {
		s, e := spacedIndex(text[from:], h)
		if s < 0 {
			break
		}
		s, e = s+from, e+from
		from = e
		if !compoundStart(text, s) {
			continue
		}
		if wordEnd(text, s, e, h) {
			out = append(out, [2]int{s, e})
			continue
		}
		for _, nh := range nameHeads {
			if nh.joined && nh.typ == Place && !strings.HasSuffix(h, nh.hangul) && strings.HasPrefix(text[e:], nh.hangul) &&
				wordEnd(text, s, e+len(nh.hangul), h+nh.hangul) {
				out = append(out, [2]int{s, e + len(nh.hangul)})
				break
			}
		}
	}
	return out
}

// spacedIndex returns the start and end of the first place text writes
// Hangul name h, each space between two of its syllables written or not,
// or -1, -1.
func spacedIndex(text, h string) (int, int) {
	c := strings.ReplaceAll(h, " ", "")
	if c == "" {
		return -1, -1
	}
	r0, n0 := utf8.DecodeRuneInString(c)
	for from := 0; from < len(text); {
		k := strings.IndexRune(text[from:], r0)
		if k < 0 {
			return -1, -1
		}
		k += from
		from = k + n0
		i := k + n0
		j := n0
		for j < len(c) {
			_, n := utf8.DecodeRuneInString(c[j:])
			if strings.HasPrefix(text[i:], c[j:j+n]) {
				i += n
			} else if i < len(text) && text[i] == ' ' && strings.HasPrefix(text[i+1:], c[j:j+n]) {
				i += 1 + n
			} else {
				break
			}
			j += n
		}
		if j == len(c) {
			return k, i
		}
	}
	return -1, -1
}

// spacedDuplicate reports whether forms holds h written with other
// spaces (유엔안보리 and 유엔 안보리): spacedIndex finds both alike.
func spacedDuplicate(forms []string, h string) bool {
	c := strings.ReplaceAll(h, " ", "")
	return slices.ContainsFunc(forms, func(f string) bool { return strings.ReplaceAll(f, " ", "") == c })
}

// compoundStart reports whether a translated name at text[k:] starts a
// word, or ends a compound whose syllables before it are a translated
// name too (총회 in 유엔총회; not 소련 in 구소련).
func compoundStart(text string, k int) bool {
	start := k
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:start])
		if !hangul.IsSyllable(r) {
			break
		}
		start -= n
	}
	return start == k || translated.IsHangul(text[start:k])
}

// wordEnd reports whether a translated name h written at text[s:e] ends
// its word, or only a postposition follows it (한국의; not 한국어).
func wordEnd(text string, s, e int, h string) bool {
	end := e
	for end < len(text) {
		r, n := utf8.DecodeRuneInString(text[end:])
		if !hangul.IsSyllable(r) {
			break
		}
		end += n
	}
	rest := text[e:end]
	if rest == "" || particleStart(rest) {
		return true
	}
	return strings.ReplaceAll(match.StripParticles(text[s:end], 1), " ", "") == strings.ReplaceAll(h, " ", "")
}

// particleStart reports whether the syllables after a translated name
// start as postpositions and endings do (이었다면, 에서, 나): after a
// name Korean translates, no syllable of its own follows (한국어, 한국인
// are other words).
func particleStart(rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	return strings.ContainsRune("이은는을를의에와과도로으가만까부처보나랑야께", r)
}

// koreanSpans returns the Hangul name candidates of a Korean paragraph
// that some of the English names ens may match (span.may says which):
// each word with its postposition and title removed (match.Candidates),
// and for English names of several words, runs of two or three words that
// can be one foreign name (마이크 폼페이오, 응우옌 쑤언 푹). Words are tested
// with a cheap match.Probe before they are analysed, so that a long
// paragraph costs little beyond its names.
func (d *docState) koreanSpans(id align.ID, text string, ens []*match.Probe, nwords []int) []span {
	words, ok := d.koWords[id]
	if !ok {
		words = koreanWords(text)
	}
	// An English name that a bead mentions twice has one probe
	// (docState.probe): the words are tested with it once, for the first
	// of its names, whose bit the others' copy (copyRepeats).
	repeats, first := sameProbes(ens, nwords)
	// runMask is the English names of several words that a run of n words
	// (or hyphenated words) h may match, of those in the mask starts: a
	// run whose first and last words start as the English can, or one of
	// as many words as the English whose last word does (요헨 코펠케 for
	// Jochen Kopelke, whose J Korean writes as ㅇ).
	runMask := func(h string, n int, starts uint64) uint64 {
		var m uint64
		k := match.NewHangulKey(h)
		for j, p := range ens {
			if starts&bit(j) != 0 && (p.MayMatchRun(&k) || nwords[j] == n && p.MayMatch(&k)) {
				m |= bit(j)
			}
		}
		return copyRepeats(m, repeats, &first)
	}
	anyMulti := slices.ContainsFunc(nwords, func(n int) bool { return n > 1 })
	// The spans are made in d.spans, which the caller copies before it
	// asks for more.
	out := reuse(d.spans)
	// A span is added once for its text and stem: a bead has a few
	// dozen at most, looked through before a map is worth making.
	var seen map[spanKey]bool
	add := func(s span) {
		if s.text == "" {
			return
		}
		key := spanKey{s.text, s.stem}
		if seen == nil && len(out) < maxSpansScanned {
			for i := range out {
				if o := &out[i]; o.text == s.text && o.stem == s.stem {
					return
				}
			}
		} else {
			if seen == nil {
				if seen = d.seenSpans; seen == nil {
					seen = make(map[spanKey]bool, 2*len(out))
					d.seenSpans = seen
				} else {
					clear(seen)
				}
				for _, o := range out {
					seen[spanKey{o.text, o.stem}] = true
				}
			}
			if seen[key] {
				return
			}
			seen[key] = true
		}
		out = append(out, s)
	}
	for i, w := range words {
		if w.title {
			continue
		}
		nextTitle := i+1 < len(words) && words[i+1].title
		hyphenNext := w.end < len(text) && (text[w.end] == '-' || text[w.end] == '&')
		var may, starts uint64
		var stemKey *match.HangulKey // 유타 of 유타주의
		if mayHavePlaceHead(w.raw) { // most words have none, and need no stripping
			if stem, _, ok := placeStem(match.StripParticles(w.raw, 2)); ok {
				k := match.NewHangulKey(stem)
				stemKey = &k
			}
		}
		key := d.wordKey(&w)
		mayStart := anyMulti && (w.alone || hyphenNext) && !w.particle
		var modifier, checked bool // d.modifierWord(w), found once needed
		for j, p := range ens {
			if repeats&bit(j) != 0 {
				continue
			}
			if p.MayMatch(key) || stemKey != nil && p.MayMatch(stemKey) {
				may |= bit(j)
			}
			if mayStart && nwords[j] > 1 && p.MayStartRun(key) {
				if !checked {
					modifier, checked = d.modifierWord(w), true
				}
				if !modifier {
					starts |= bit(j)
				}
			}
		}
		may = copyRepeats(may, repeats, &first) // starts leaves them out, as runMask does
		ampersand := w.end < len(text) && text[w.end] == '&' || w.start > 0 && text[w.start-1] == '&'
		if may != 0 && !ampersand {
			// A word an ampersand joins to another is part of one name
			// (마크스&스펜서), never a name alone.
			var cands []wordCand
			if nextTitle {
				// A name directly before a title takes no postposition
				// (트뤼도 총리), and may be a surname alone (김 위원장).
				cands = []wordCand{{text: w.raw}}
			} else {
				cands = d.word(w)
			}
			for _, wc := range cands {
				c, g, dict := wc.text, wc.gloss, wc.dict
				add(span{text: c, start: w.start, end: w.start + len(c), words: 1, titled: nextTitle, may: may, gloss: g, dict: dict})
				// 뉴스위크지, 애플사: a publication or company suffix.
				if utf8.RuneCountInString(c) >= 3 && (strings.HasSuffix(c, "지") || strings.HasSuffix(c, "사")) {
					add(span{text: c[:len(c)-len("지")], start: w.start, end: w.start + len(c) - len("지"), words: 1, titled: nextTitle, may: may, gloss: g, dict: dict})
				}
				if stem, _, ok := placeStem(c); ok && !dict {
					add(span{text: c, stem: stem, start: w.start, end: w.start + len(c), words: 1, may: may})
				}
			}
		}
		if starts == 0 || d.functionWord(&w) {
			continue
		}
		// 노스-이스트, 라인-네카어-아레나, 마크스&스펜서: Hangul words
		// joined by hyphens or an ampersand are one name.
		for n, c := 1, w.raw; n <= 2 && i+n < len(words); n++ {
			prev, nx := words[i+n-1], words[i+n]
			if prev.end >= len(text) || text[prev.end] != '-' && text[prev.end] != '&' || nx.start != prev.end+1 {
				break
			}
			join := text[prev.end : prev.end+1]
			whole := joinedAt(text, w.start, c, join, d.stripWord(nx))
			if may := runMask(whole, n+1, starts); may != 0 {
				add(span{text: whole, start: w.start, end: w.start + len(whole), words: n + 1, may: may})
			}
			c = joinedAt(text, w.start, c, join, nx.raw)
		}
		// Runs of words: all but the last written alone, the last with
		// its postposition (브렛 캐버노가 is 브렛 캐버노 + 가) or before a
		// title.
		run := w.raw
		for n := 1; n <= 2 && i+n < len(words); n++ {
			nx := words[i+n]
			if !nx.afterSpace || nx.title || d.functionWord(&nx) {
				// 확정할 수 있을: a verb form ends no name.
				break
			}
			last := d.stripWord(nx)
			titled := i+n+1 < len(words) && words[i+n+1].title
			if titled {
				last = nx.raw
			}
			c := joinedAt(text, w.start, run, " ", last)
			if may := runMask(c, n+1, starts); may != 0 {
				add(span{text: c, start: w.start, end: nx.start + len(last), words: n + 1, titled: titled, may: may})
			}
			if alt := match.OtherReading(nx.raw); alt != "" && !titled && !d.stems[last] {
				// 귀네스 팰트로의: 팰트로 + 의 as well as 팰트 + 로의.
				c := joinedAt(text, w.start, run, " ", alt)
				if may := runMask(c, n+1, starts); may != 0 {
					add(span{text: c, start: w.start, end: nx.start + len(alt), words: n + 1, may: may})
				}
			}
			if !nx.alone || d.modifierWord(nx) {
				break
			}
			run = joinedAt(text, w.start, run, " ", nx.raw)
		}
	}
	d.spans = out
	return out
}

// sameProbes returns the mask of the English names ens (of nwords words)
// that have the probe and the number of words of an earlier one, and
// first, the index of that earlier one by index (where the mask says).
// Only the first 63 names are looked at: a name past them shares its bit
// with others (bit), and is tested whatever.
func sameProbes(ens []*match.Probe, nwords []int) (repeats uint64, first [63]uint8) {
	for j, p := range ens[:min(len(ens), len(first))] {
		for i := range j {
			if ens[i] == p && nwords[i] == nwords[j] {
				repeats |= bit(j)
				first[j] = uint8(i)
				break
			}
		}
	}
	return repeats, first
}

// copyRepeats returns the mask m with the bit of each name of repeats
// set where the bit of its first (sameProbes) is.
func copyRepeats(m, repeats uint64, first *[63]uint8) uint64 {
	if m == 0 {
		return m
	}
	for r := repeats; r != 0; r &= r - 1 {
		j := bits.TrailingZeros64(r)
		if m&bit(int(first[j])) != 0 {
			m |= bit(j)
		}
	}
	return m
}

// spanKey is what koreanSpans tells its spans apart by.
type spanKey struct{ text, stem string }

// joinedAt returns a + sep + b: the words of a run that koreanSpans
// reads, most often written so in text from start, and then a slice of
// it rather than a new string.
func joinedAt(text string, start int, a, sep, b string) string {
	if n := len(a) + len(sep) + len(b); start+n <= len(text) {
		if j := text[start : start+n]; j[:len(a)] == a && j[len(a):len(a)+len(sep)] == sep && j[len(a)+len(sep):] == b {
			return j
		}
	}
	return a + sep + b
}

// maxSpansScanned is how many spans koreanSpans looks through for one
// it has already before it keeps them in a map.
const maxSpansScanned = 32

// koWord is a word of Hangul syllables in a Korean paragraph, with what
// koreanSpans needs to know of it whatever the English says.
type koWord struct {
	raw        string // the Hangul syllables at the start of the token
	start, end int
	alone      bool // the token is those syllables alone
	afterSpace bool // white space (or nothing) comes before it
	wordFacts
}

// wordFacts is what a koWord tells of its syllables wherever they stand.
// Its match.HangulKey, which a quarter of the words never need (those of
// paragraphs no bead compares), is found when asked: docState.wordKey.
type wordFacts struct {
	title    bool
	particle bool   // a postposition alone (가 캐버노 is no run)
	stem     string // match.StripParticles(w, 1)
	id       int    // the word's index in its koreanVocab's words; -1 without one
}

func newWordFacts(w string) wordFacts {
	return wordFacts{title: isKoreanTitle(w), particle: match.IsParticle(w), stem: match.StripParticles(w, 1), id: -1}
}

// wordKey returns the match.HangulKey of a word of the Korean text, once
// per word of the vocabulary and docState.
func (d *docState) wordKey(w *koWord) *match.HangulKey {
	if w.id < 0 {
		k := match.NewHangulKey(w.raw)
		return &k
	}
	if d.entries != nil && d.entries[w.id].keyed {
		return &d.entries[w.id].key
	}
	if d.keys == nil {
		d.keys = make([]match.HangulKey, d.vocabSize)
		d.keyed = make([]bool, d.vocabSize)
	}
	if !d.keyed[w.id] {
		raw := w.raw
		if d.entries != nil {
			raw = d.entries[w.id].word // what keepKeys keeps holds no text of the document
		}
		d.keys[w.id], d.keyed[w.id] = match.NewHangulKey(raw), true
	}
	return &d.keys[w.id]
}

// koreanVocab holds the facts of the words of one document's Korean side,
// found once for each distinct word: most words of an article come back
// (postpositions, titles, its names).
type koreanVocab struct {
	// Without a Scratch: the facts of each word, and the distinct words
	// in the order they first appear.
	facts map[string]wordFacts
	words []string
	// With a Scratch: its entries of the distinct words, by id (facts
	// and words are nil).
	scratch *Scratch
	entries []*wordEntry
	buf     *prepBuffers // where stems makes its maps
}

// bytesPerWord is about how many bytes of Korean text bring a new word:
// 11 to 15 in the articles of the development corpus (fewer in longer
// texts). The vocabulary is made that large at once rather than grown.
const bytesPerWord = 12

// bytesPerToken is about how many bytes of Korean text make a word of
// Hangul (three syllables and a space; fewer beside Latin and numbers).
const bytesPerToken = 10

// newKoreanVocab returns an empty vocabulary for the Korean paragraphs
// ko, sized for them, which keeps its words' facts in s when s is not
// nil, and makes its arrays and maps in b.
func newKoreanVocab(ko []align.Paragraph, s *Scratch, b *prepBuffers) koreanVocab {
	n := 0
	for _, k := range ko {
		n += len(k.Body)
	}
	n /= bytesPerWord
	if s != nil {
		s.startDocument()
		return koreanVocab{scratch: s, entries: b.entries.take(n), buf: b}
	}
	return koreanVocab{facts: make(map[string]wordFacts, n), words: make([]string, 0, n), buf: b}
}

// size returns the number of distinct words of the vocabulary.
func (v *koreanVocab) size() int {
	if v.scratch != nil {
		return len(v.entries)
	}
	return len(v.words)
}

// word returns the vocabulary's word id.
func (v *koreanVocab) word(id int) string {
	if v.scratch != nil {
		return v.entries[id].word
	}
	return v.words[id]
}

// has reports whether w is a word of the vocabulary.
func (v *koreanVocab) has(w string) bool {
	if v.scratch != nil {
		e := v.scratch.words[w]
		return e != nil && e.doc == int32(v.scratch.doc)
	}
	_, ok := v.facts[w]
	return ok
}

// stemOf returns the stem of the vocabulary's word id.
func (v *koreanVocab) stemOf(id int) string {
	if v.scratch != nil {
		return v.entries[id].facts.stem
	}
	return v.facts[v.words[id]].stem
}

// appendWords appends to words the words of Hangul of a Korean paragraph,
// with the facts of v (found here for a new word) or, with v nil, found
// anew. Syllables are read from their three bytes (hangul.DecodeSyllable)
// and ASCII a byte at a time, not by decoding every rune.
func (v *koreanVocab) appendWords(words []koWord, text string) []koWord {
	from := len(words)
	for i := 0; i < len(text); {
		if _, ok := hangul.DecodeSyllable(text[i:]); !ok {
			if text[i] < utf8.RuneSelf {
				i++
			} else {
				_, n := utf8.DecodeRuneInString(text[i:])
				i += n
			}
			continue
		}
		j := i + 3
		for {
			if _, ok := hangul.DecodeSyllable(text[j:]); !ok {
				break
			}
			j += 3
		}
		k := j
		for k < len(text) {
			r, n := rune(text[k]), 1
			if r >= utf8.RuneSelf {
				r, n = utf8.DecodeRuneInString(text[k:])
			}
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
		words = append(words, koWord{raw: text[i:j], start: i, end: j, alone: j == k, afterSpace: afterSpace})
		i = j
	}
	v.setFacts(words[from:])
	return words
}

// lookupBatch is how many words setFacts looks up in a Scratch's table
// before it reads their entries.
const lookupBatch = 64

// setFacts sets the facts of the words ws (factsOf). With a Scratch, a
// batch of words is looked up in its table before their entries are
// read: the look-ups, most of which miss the processor's caches (the
// table holds up to maxScratchWords words, and most words of a document
// are new to it), are then waited for together rather than one after
// another.
func (v *koreanVocab) setFacts(ws []koWord) {
	if v == nil || v.scratch == nil {
		for i := range ws {
			ws[i].wordFacts = v.factsOf(ws[i].raw)
		}
		return
	}
	s := v.scratch
	var found [lookupBatch]*wordEntry
	for len(ws) > 0 {
		batch := ws[:min(len(ws), lookupBatch)]
		for i := range batch {
			found[i] = s.words[batch[i].raw]
		}
		for i := range batch {
			e := found[i]
			if e == nil {
				e = s.entry(batch[i].raw) // new, or made for a word before it in the batch
			}
			batch[i].wordFacts = v.entryFacts(e)
		}
		ws = ws[len(batch):]
	}
}

// factsOf returns the facts of word w, found once per distinct word when
// v is not nil.
func (v *koreanVocab) factsOf(w string) wordFacts {
	if v == nil {
		return newWordFacts(w)
	}
	if s := v.scratch; s != nil {
		return v.entryFacts(s.entry(w))
	}
	f, ok := v.facts[w]
	if !ok {
		f = newWordFacts(w)
		f.id = len(v.words)
		v.facts[w] = f
		v.words = append(v.words, w)
	}
	return f
}

// entryFacts returns the facts of the word of the Scratch's entry e,
// which it makes a word of v when it is not yet one.
func (v *koreanVocab) entryFacts(e *wordEntry) wordFacts {
	if e.doc != int32(v.scratch.doc) {
		e.doc, e.id = int32(v.scratch.doc), int32(len(v.entries))
		v.entries = append(v.entries, e)
	}
	f := e.facts
	f.id = int(e.id)
	return f
}

// koreanWords splits a Korean paragraph into its words of Hangul, the
// facts of each found anew.
func koreanWords(text string) []koWord {
	var v *koreanVocab
	return v.appendWords(make([]koWord, 0, len(text)/bytesPerToken+1), text)
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

// acronymAfter returns the acronym in parentheses that starts the text
// after a name, after a space ( (BDI)): a capital letter A to Z and one to
// nine more of A to Z, 0 to 9 and &; or "".
func acronymAfter(rest string) string {
	inner, ok := strings.CutPrefix(rest, " (")
	if !ok {
		return ""
	}
	n := strings.IndexByte(inner, ')')
	if n < 2 || n > 10 || inner[0] < 'A' || inner[0] > 'Z' {
		return ""
	}
	for _, c := range []byte(inner[1:n]) {
		if !('A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '&') {
			return ""
		}
	}
	return inner[:n]
}

// latinGlosses is latinGlosses of Korean paragraph id, prepared or not.
func (d *docState) latinGlosses(id align.ID, text string) []latinGloss {
	if gs, ok := d.glosses[id]; ok {
		return gs
	}
	return latinGlosses(text)
}

// latinGlosses finds Hangul names glossed in Latin letters: one to six
// words of Hangul joined by single spaces or hyphens, a space or none, and
// in parentheses a capital letter and up to 80 more letters of the Latin
// alphabet, spaces, hyphens, periods and apostrophes (리용호(Ri Yong Ho),
// 조지프 바이든 (Joe Biden)). Where more Hangul words run up to the
// parenthesis, the gloss takes the last six.
func latinGlosses(text string) []latinGloss {
	out, _ := appendLatinGlosses(nil, nil, text)
	return out
}

// appendLatinGlosses appends to out the Latin glosses of text
// (latinGlosses), and to words the Hangul words of each, of which the
// gloss's words are a piece.
func appendLatinGlosses(out []latinGloss, words []string, text string) ([]latinGloss, []string) {
	for from := 0; ; {
		i := strings.IndexByte(text[from:], '(')
		if i < 0 {
			return out, words
		}
		open := from + i
		from = open + 1
		latinEnd, ok := latinInParens(text, open)
		if !ok {
			continue
		}
		hEnd := open
		if hEnd > 0 && text[hEnd-1] == ' ' {
			hEnd--
		}
		start := hangulWordsBefore(text, hEnd, 6)
		if start == hEnd {
			continue
		}
		from = latinEnd + 1
		n := len(words)
		words = firstFields(words, text[start:hEnd], hEnd-start) // every word: a word takes a byte or more
		ws := words[n:len(words):len(words)]
		// The name directly before its Latin spelling takes no
		// postposition (조지프 바이든(Joe Biden) 전 부통령): its last
		// syllable stays, even one that looks like a postposition.
		last := ws[len(ws)-1]
		out = append(out, latinGloss{words: ws, hangul: last, latin: strings.TrimSpace(text[open+1 : latinEnd]),
			start: start, end: from})
	}
}

// latinInParens returns where the ) closes a Latin gloss whose ( is
// text[open]: a capital letter A to Z, up to 80 more of A to Z, a to z,
// space, hyphen, period, ' and ’, and the ).
func latinInParens(text string, open int) (int, bool) {
	j := open + 1
	if j >= len(text) || text[j] < 'A' || text[j] > 'Z' {
		return 0, false
	}
	j++
	for n := 0; j < len(text); n++ {
		c := text[j]
		switch {
		case c == ')':
			return j, true
		case n == 80:
			return 0, false
		case 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || c == ' ' || c == '-' || c == '.' || c == '\'':
			j++
		case strings.HasPrefix(text[j:], "’"):
			j += len("’")
		default:
			return 0, false
		}
	}
	return 0, false
}

// hangulWordsBefore returns where the words of Hangul (the Unicode
// script) that end at text[end] start: up to max words, each joined to
// the next by one space or hyphen; end itself when no Hangul ends there.
func hangulWordsBefore(text string, end, max int) int {
	start := end
	for words := 0; words < max; words++ {
		i := end
		for i > 0 {
			r, n := utf8.DecodeLastRuneInString(text[:i])
			if !unicode.Is(unicode.Hangul, r) {
				break
			}
			i -= n
		}
		if i == end {
			break // no word of Hangul ends here
		}
		start = i
		if i == 0 || text[i-1] != ' ' && text[i-1] != '-' {
			break
		}
		end = i - 1 // the end of the word before the space or hyphen, if any
	}
	return start
}

// latinRest reports whether the Korean after the Hangul of a part of an
// English name (after its Latin gloss, if any) goes on with the rest of
// the name in Latin letters (텔마(Telma) TV for Telma TV): the Korean
// writes the whole name, partly in Latin, and has no Hangul form of it.
func latinRest(whole, part, after string) bool {
	rest, ok := strings.CutPrefix(whole, part)
	if !ok || rest == "" {
		return false
	}
	if strings.HasPrefix(after, "(") {
		if i := strings.IndexByte(after, ')'); i > 0 {
			after = after[i+1:]
		}
	}
	return strings.HasPrefix(after, rest)
}

// glossWithHead returns the Hangul of a whole English mention whose
// Latin gloss leaves out its last word, a name head the Korean writes
// after the parenthesis (카네기 멜론(Carnegie Mellon) 대학에서 for Carnegie
// Mellon University): the glossed name and the head, as written.
func (d *docState) glossWithHead(english string, l latinGloss, t string) (string, bool) {
	rest, ok := strings.CutPrefix(english, l.latin+" ")
	if !ok || strings.Contains(rest, " ") {
		return "", false
	}
	after, sep := t[l.end:], ""
	if strings.HasPrefix(after, " ") {
		after, sep = after[1:], " "
	}
	word, _, _ := strings.Cut(after, " ")
	for _, nh := range nameHeads {
		if nh.english != strings.ToLower(rest) || nh.hangul == "" || word != nh.hangul && d.stripLast(word) != nh.hangul {
			continue
		}
		name, _ := bestSuffix(d, l.latin, l)
		if name == "" {
			name = d.stripLast(l.hangul)
		}
		return name + sep + nh.hangul, true
	}
	return "", false
}

// bestSuffix picks how many of the Hangul words before a Latin gloss
// belong to the name: the suffix that matches the English best (마이크
// 폼페이오 for Mike Pompeo), or "" if none matches at all.
func bestSuffix(d *docState, english string, l latinGloss) (string, float64) {
	e := d.compileEnglish(english)
	best, bestScore := "", 0.0
	last := l.words[len(l.words)-1]
	// The name's last word without a postposition first: 오브라도르가
	// (Andres Manuel Lopez Obrador) is 오브라도르.
	lasts := []string{last}
	if s := d.stripLast(last); s != last {
		lasts = []string{s, last}
	}
	var wordBuf [8]string // latinGlosses takes six words at most
	for _, lw := range lasts {
		words := append(append(wordBuf[:0], l.words[:len(l.words)-1]...), lw)
		for i := len(words) - 1; i >= 0; i-- {
			w := words[i]
			if isKoreanTitle(w) || match.IsParticle(w) || i < len(words)-1 && d.modifier(w) {
				// 트럼프(Trump)가 캐버노(Kavanaugh): 가 belongs to the
				// name before; 회사인 도이체반(Deutsche Bahn): 회사인 is
				// no part of the name.
				break
			}
			h := strings.Join(words[i:], " ")
			if s := match.ScoreCompiled(e, d.compileHangul(h)); s > bestScore+0.01 {
				best, bestScore = h, s
			}
		}
	}
	if bestScore < 0.85 {
		// Nothing, or the last word alone (센터 for Research Center),
		// transliterates the name: it may be translated.
		if t := d.translatedPhrase(english, l.words); len(strings.Fields(t)) > len(strings.Fields(best)) {
			return t, bestScore
		}
	}
	if bestScore < 0.3 {
		return "", bestScore
	}
	return best, bestScore
}

// modifierEndings end Korean words that modify the noun after them (회사인,
// 관한, 알려진): such a word before a name is no part of it.
var modifierEndings = [...]string{"인", "한", "된", "던", "는", "적"}

// functionModifiers are the modifiers Korean grammar uses as function
// words before a noun (인공 지능에 관한 위원회, 북한에 대한 제재): never
// the start of a name, though their stem is one syllable.
var functionModifiers = map[string]bool{"관한": true, "대한": true, "위한": true, "통한": true,
	"의한": true, "따른": true, "향한": true, "같은": true}

// nameEndings are postpositions that are also the last syllable of many
// names (알프레도, 카스트로, 오르테가, 오타와).
var nameEndings = map[string]bool{"도": true, "로": true, "가": true, "와": true, "이": true, "과": true}

// modifier reports whether a Korean word written before a name carries
// a postposition, or a modifier ending on a word of two syllables or
// more the lexicon knows (회사인), so that the name starts after it; a
// name's own last syllable (키한, 문재인) is no ending.
func (d *docState) modifier(w string) bool {
	return d.modifierStem(w, match.StripParticles(w, 1))
}

// modifierWord is modifier of a word of the Korean text, whose
// match.StripParticles the vocabulary found.
func (d *docState) modifierWord(w koWord) bool {
	return d.modifierStem(w.raw, w.stem)
}

// modifierStem is modifier of w, given stem, match.StripParticles(w, 1).
func (d *docState) modifierStem(w, stem string) bool {
	if utf8.RuneCountInString(w) < 2 {
		return false
	}
	if functionModifiers[w] {
		return true
	}
	if stem != w && !nameEndings[w[len(stem):]] {
		return true
	}
	for _, e := range modifierEndings {
		if stem, ok := strings.CutSuffix(w, e); ok && utf8.RuneCountInString(stem) >= 2 && d.lex.Has(stem) {
			return true
		}
	}
	return false
}

// translatedPhrase is the Hangul before a Latin gloss when it translates
// rather than transliterates a name of several words (서퍽 대학 정치 연구
// 센터(Suffolk University Political Research Center)): as many words as
// the English has, back to the first word that carries a postposition, or
// "" when the English is one word.
func (d *docState) translatedPhrase(english string, words []string) string {
	n := len(strings.Fields(english))
	if n < 2 {
		return ""
	}
	i := len(words) - 1
	for i > 0 && len(words)-i < n {
		w := words[i-1]
		if match.StripParticles(w, 1) != w || isKoreanTitle(w) || match.IsParticle(w) || d.modifier(w) {
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

// nameKey is namekey.Key of an English name or a Latin gloss, once per
// name.
func (d *docState) nameKey(s string) string {
	n := d.name(s)
	if !n.keyFound {
		n.key, n.keyFound = namekey.Key(n.text), true
	}
	return n.key
}

// pairType decides the type of a pair from the English mention and the
// Hangul, with what the name layer knows, strongest first: the kind the
// table of translated names or the table of established spellings gives
// the Hangul (packages translated and spelling), the
// type the English shows (a title before it, a place list, an
// organization word), a title after the Hangul, a Korean personal name, the
// word that ends the Hangul (노동당, 외무부, 대학교 organizations; 유타주,
// 롬복섬 places), and the shape of a foreign person's name: two or three
// capitalized English words, none a common word, written as as many
// Hangul words (Pep Guardiola 펩 과르디올라).
func pairType(m english.Mention, k span, lex *lexicon.Lexicon) Type {
	if kind, ok := translated.KindOf(k.text); ok {
		// The table of translated names says what the name names
		// (키이우 a place, 영국 독립당 a party), surer than the English
		// around it.
		return Type(kind)
	}
	if m.Type == english.Person && translated.IsHangul(k.text) {
		// A name Korean translates (청와대 Cheong Wa Dae) is an
		// institution or a place, whatever its English looks like.
		return Other
	}
	if t, ok := spellingType(k.text); ok {
		return t
	}
	var wordBuf [4]string
	ws := appendFields(wordBuf[:0], m.Text)
	if m.Type != english.Other && !(m.Guessed && m.Type == english.Organization && foreignPerson(ws, k.text, lex)) {
		// The English's own type; an organization guessed from the
		// words around it gives way to the shape of a person's name
		// (Gwyneth Paltrow's Goop brand is no organization), while a
		// place guessed so stays one (in Selly Oak).
		return Type(m.Type)
	}
	switch {
	case k.titled || koreanPerson(k.text) && len(ws) >= 2:
		return Person
	case headTyped(k.text):
		t, _ := headType(k.text)
		return t
	case foreignPerson(ws, k.text, lex):
		return Person
	case len(ws) >= 2 && commonNoun(ws[len(ws)-1], lex) && !english.IsEventWord(ws[len(ws)-1]):
		// A name of several words that ends in a common noun (Fragrance
		// Shop, Getty Images, Ipswich Town) is an organization's.
		return Organization
	}
	return Other
}

// commonNoun reports whether an English word is one the lexicon knows,
// not a known place.
func commonNoun(w string, lex *lexicon.Lexicon) bool {
	_, known := lex.ID(w)
	return known && !english.IsPlace(w)
}

// spellingType returns the type the table of established spellings
// gives a Hangul name, when all its entries agree.
func spellingType(h string) (Type, bool) {
	kind, _ := spelling.Default().KindOf(h)
	switch kind {
	case spelling.Person:
		return Person, true
	case spelling.Place:
		return Place, true
	case spelling.Organization:
		return Organization, true
	}
	return Other, false
}

// headTyped reports whether a Hangul name ends in a head that gives it
// a type other than Other.
func headTyped(h string) bool {
	t, ok := headType(h)
	return ok && t != Other
}

// foreignPerson reports whether English words and a Hangul name have the
// shape of a foreign person's name written word for word: two or three
// capitalized English words, none a common word, an acronym, an
// abbreviation or a known place, no word after the first one the lexicon
// knows, and as many Hangul words.
func foreignPerson(ws []string, h string, lex *lexicon.Lexicon) bool {
	if len(ws) < 2 || len(ws) > 3 || len(strings.Fields(h)) != len(ws) || english.IsPlace(strings.Join(ws, " ")) {
		return false
	}
	for i, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || english.IsCommonWord(w) || allCaps(w) || strings.HasSuffix(w, ".") {
			return false
		}
		_, abbr := abbreviation(w)
		if _, known := lex.ID(w); known && i > 0 || droppableWords[strings.ToLower(w)] || abbr {
			// An English word after the first (Fragrance Shop, Getty
			// Images, Capitol Hill), a word of a club's or company's
			// name (Alloa Athletic), an abbreviation (St Mirren): no
			// person's name.
			return false
		}
	}
	return true
}

// metonyms are names English writes for a country where Korean writes
// the country: its capital for its government (Washington for 미국), a
// part of it for the whole (England for 영국). The pair translates the
// sentence, not the name, so it is no glossary pair.
var metonyms = map[string][]string{
	"미국": {"washington"}, "북한": {"pyongyang"}, "북측": {"pyongyang"}, "한국": {"seoul"}, "남한": {"seoul"},
	"중국": {"beijing"}, "일본": {"tokyo"}, "러시아": {"moscow"}, "영국": {"london", "england", "scotland", "wales"},
	"프랑스": {"paris"}, "독일": {"berlin"},
}

func metonym(english, hangul string) bool {
	return slices.ContainsFunc(metonyms[hangul], func(m string) bool { return strings.EqualFold(english, m) })
}

// partOfPair reports whether Hangul h is one word of a longer Hangul name
// already paired in the bead (안전보장이사회 of 유엔 안전보장이사회): the
// word then stands for that name, and another English name looks for
// another of its forms (Security Council 안보리).
func partOfPair(pairs []pair, h string) bool {
	for _, p := range pairs {
		if p.hangul == h {
			continue
		}
		for w := range strings.FieldsSeq(p.hangul) {
			if w == h {
				return true
			}
		}
	}
	return false
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
		s -= lastRuneSize(text[:s])
	}
	if s > 0 {
		if i := strings.IndexAny(text[s:start], " \n"); i >= 0 {
			s += i + 1
		}
	}
	e := end
	for n := 0; e < len(text) && n < reach; n++ {
		e += runeSize(text[e:])
	}
	if e < len(text) {
		if i := strings.LastIndexAny(text[end:e], " \n"); i >= 0 {
			e = end + i
		}
	}
	out := squeezeSpace(text[s:e])
	switch before, after := s > 0, e < len(text); {
	case before && after:
		return "…" + out + "…"
	case before:
		return "…" + out
	case after:
		return out + "…"
	}
	return out
}

// runeSize is the size of the rune s starts with, as
// utf8.DecodeRuneInString gives it, read without a general decoder for
// ASCII and Hangul syllables, which are most of what snippets walk.
func runeSize(s string) int {
	if s[0] < utf8.RuneSelf {
		return 1
	}
	if _, ok := hangul.DecodeSyllable(s); ok {
		return 3
	}
	_, n := utf8.DecodeRuneInString(s)
	return n
}

// lastRuneSize is the size of the rune s ends with, as
// utf8.DecodeLastRuneInString gives it, fast for ASCII and Hangul
// syllables as runeSize is: three bytes that make a syllable are the
// whole last rune (none of them may start another).
func lastRuneSize(s string) int {
	if s[len(s)-1] < utf8.RuneSelf {
		return 1
	}
	if len(s) >= 3 {
		if _, ok := hangul.DecodeSyllable(s[len(s)-3:]); ok {
			return 3
		}
	}
	_, n := utf8.DecodeLastRuneInString(s)
	return n
}

// squeezeSpace returns strings.Join(strings.Fields(s), " "): s with each
// run of white space one space and none at either end. Most excerpts
// have nothing to squeeze, and are returned as they are. ASCII and Hangul
// syllables are read without decoding them (no syllable is white space).
func squeezeSpace(s string) string {
	space := true // a space here would be one too many
	for i := 0; i < len(s); {
		var isSpace bool
		var r rune
		if c := s[i]; c < utf8.RuneSelf {
			r, isSpace = rune(c), asciiSpace[c]
			i++
		} else if _, ok := hangul.DecodeSyllable(s[i:]); ok {
			i += 3
		} else {
			var n int
			r, n = utf8.DecodeRuneInString(s[i:])
			isSpace = unicode.IsSpace(r)
			i += n
		}
		if isSpace && (space || r != ' ') {
			return strings.Join(strings.Fields(s), " ")
		}
		space = isSpace
	}
	if space && s != "" { // one space at the end
		return s[:len(s)-1]
	}
	return s
}

// asciiSpace holds the ASCII characters unicode.IsSpace reports.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// fold rewrites the short mentions of a document into the full names it
// also uses: "Pompeo" beside 폼페이오 becomes "Mike Pompeo" beside 마이크
// 폼페이오 when the document pairs those, "Kim" beside 김 (김 위원장) becomes
// "Kim Jong-un" beside 김정은 when that is the only Kim it pairs, and
// "Trump" beside 트럼프 becomes "Donald Trump" when the document writes
// that person in full (people) but the Korean never does. A short form
// A full name beside a short Hangul form (Kevin McCarthy beside 매카시)
// takes the fuller Hangul the document pairs with it (케빈 매카시). A
// short form that stays ambiguous is dropped if its Hangul is a lone
// syllable (a surname is no glossary entry) and kept otherwise.
func fold(pairs []pair, people map[string][]string) []pair {
	type full = fullName
	byWord := map[string][]full{} // first and last words, lower case
	seen := map[full]bool{}
	// Each pair's English words, its English in lower case, and its
	// first and last (or only) word in lower case (those of the lower
	// case, the same), split once, each kind in one slice; and the words
	// of each full name.
	pairWords := make([][]string, len(pairs))
	ends := make([][]string, len(pairs))
	lower := make([]string, len(pairs))
	var wordBuf []string
	endBuf := make([]string, 0, 2*len(pairs))
	fullWords := map[string][]string{}
	for i, p := range pairs {
		n := len(wordBuf)
		wordBuf = appendFields(wordBuf, p.english)
		ws := wordBuf[n:len(wordBuf):len(wordBuf)]
		pairWords[i] = ws
		lower[i] = strings.ToLower(p.english)
		first, last := firstAndLastField(lower[i])
		n = len(endBuf)
		endBuf = append(endBuf, first)
		if len(ws) > 1 {
			endBuf = append(endBuf, last)
		}
		ends[i] = endBuf[n:len(endBuf):len(endBuf)]
		if len(ws) >= 2 {
			f := full{p.english, p.hangul}
			fullWords[p.english] = ws
			if !seen[f] {
				seen[f] = true
				first, last := ends[i][0], ends[i][1]
				byWord[first] = append(byWord[first], f)
				if last != first {
					byWord[last] = append(byWord[last], f)
				}
			}
		}
	}
	fullerHangul := map[string]string{} // lower-case English → its fullest Hangul
	for i, p := range pairs {
		if h, ok := fullerHangul[lower[i]]; !ok || hangulExtends(p.hangul, h) {
			fullerHangul[lower[i]] = p.hangul
		}
	}
	out := pairs[:0]
	var words []string // the keys of byWord, sorted when first needed
	var sameEN, both []full
	for i, p := range pairs {
		if h := fullerHangul[lower[i]]; hangulExtends(h, p.hangul) {
			p.hangul = h
		}
		ws := pairWords[i]
		oneSyllable := utf8.RuneCountInString(p.hangul) == 1
		sameEN = sameEN[:0] // longer names that start or end with these words
		both = both[:0]     // … whose Hangul also contains this Hangul
		for _, key := range ends[i] {
			for _, f := range byWord[key] {
				if fw := fullWords[f.english]; len(fw) > len(ws) && (wordsAt(fw, ws, 0) || wordsAt(fw, ws, len(fw)-len(ws))) &&
					!slices.Contains(sameEN, f) {
					sameEN = append(sameEN, f)
				}
			}
		}
		if len(ws) == 1 && len(sameEN) == 0 && len(ws[0]) >= 6 {
			// A surname spelled otherwise than in the full name, where
			// the Hangul spells both alike (Kavadarkov beside Vladimir
			// Kavardarkov, 카바르다코브): the same person.
			lastWord := " " + p.hangul
			// In the words' order, so that the first of several such
			// names, which decides the type below, is always the same.
			if words == nil {
				words = make([]string, 0, len(byWord))
				for w := range byWord {
					words = append(words, w)
				}
				slices.Sort(words)
			}
			for _, w := range words {
				for _, f := range byWord[w] {
					if !strings.HasSuffix(f.hangul, lastWord) {
						continue
					}
					fw := fullWords[f.english]
					if editDistance(ends[i][0], strings.ToLower(fw[len(fw)-1])) <= 2 && !slices.Contains(sameEN, f) {
						sameEN = append(sameEN, f)
					}
				}
			}
		}
		if len(ws) > 1 && len(sameEN) == 0 || len(ws) == 1 && p.typ != Person && english.IsPlace(p.english) {
			// A name of several words that is no short form of another
			// (Lopez Obrador is one of Andres Manuel Lopez Obrador), or
			// a place with a name of its own (Britain beside Great
			// Britain).
			out = append(out, p)
			continue
		}
		for _, f := range sameEN {
			if !(f.hangul == p.hangul || strings.HasPrefix(f.hangul, p.hangul) || strings.HasSuffix(f.hangul, " "+p.hangul)) {
				continue
			}
			if f.hangul != p.hangul && typeOfFull(pairs, f.english, f.hangul) != Person && p.typ != Person && !droppable(strings.Fields(f.english), ws) {
				// Where the Korean writes the longer name longer, it
				// names another thing: Microsoft is no short form of
				// Microsoft Research, nor Texas of Texas Tribune
				// Festival; Alloa is one of Alloa Athletic.
				continue
			}
			both = append(both, f)
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
		person := people[lower[i]] // p.english is as it was
		switch {
		case uniqueEnglish(both) != "":
			p.english, p.hangul = uniqueEnglish(both), both[0].hangul
			if t := typeOfFull(pairs, both[0].english, both[0].hangul); t != Other {
				// The full name's type, surer than the short form's.
				p.typ = t
			}
		case uniqueEnglish(sameEN) != "" && !oneSyllable && (p.typ == Person || typeOfFull(pairs, sameEN[0].english, sameEN[0].hangul) == Person):
			// A person's surname beside another spelling of the name
			// (Ri beside 리영호 when the document has Ri Yong Ho).
			p.english, p.typ = uniqueEnglish(sameEN), Person
		case oneSyllable || len(sameEN) > 1 && uniqueEnglish(sameEN) == "" && uniqueEnglish(both) == "":
			// A surname alone, or a short form of several names of the
			// document (Palin beside Sarah, Track and Todd Palin): no
			// entry of its own.
			continue
		case len(sameEN) == 0 && len(person) > 0 && uniqueFold(person):
			// Trump beside 트럼프 where the document writes Donald Trump.
			p.english, p.typ = person[0], Person
		}
		out = append(out, p)
	}
	return out
}

// editDistance is the Levenshtein distance between two words, by bytes.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// hangulWithin reports whether Hangul name short is a word or run of
// words of long, which has more words.
func hangulWithin(long, short string) bool {
	return len(long) > len(short) && strings.Contains(" "+long+" ", " "+short+" ")
}

// droppableWords are the words a name of an organization drops in its
// short form (Alloa for Alloa Athletic, Brookings for Brookings
// Institution, Samsung for Samsung Group).
var droppableWords = map[string]bool{"athletic": true, "academical": true, "united": true, "rovers": true,
	"wanderers": true, "albion": true, "fc": true, "afc": true, "corp": true, "corp.": true, "corporation": true,
	"inc": true, "inc.": true, "ltd": true, "co": true, "co.": true, "company": true, "holdings": true, "group": true,
	"institution": true, "institute": true, "university": true, "college": true}

// droppable reports whether the words of full that short leaves out are
// all droppableWords.
func droppable(full, short []string) bool {
	rest := full[len(short):]
	if !wordsAt(full, short, 0) {
		rest = full[:len(full)-len(short)]
	}
	for _, w := range rest {
		if !droppableWords[strings.ToLower(w)] {
			return false
		}
	}
	return len(rest) > 0
}

// wordsAt reports whether words ws stand in fw from position i, case
// aside.
func wordsAt(fw, ws []string, i int) bool {
	for j, w := range ws {
		if !strings.EqualFold(fw[i+j], w) {
			return false
		}
	}
	return true
}

// hangulExtends reports whether Hangul name long is short with words
// before or after it (케빈 매카시 of 매카시).
func hangulExtends(long, short string) bool {
	return len(long) > len(short) && (strings.HasSuffix(long, " "+short) || strings.HasPrefix(long, short+" "))
}

// fullName is a pair of full names a document uses.
type fullName struct{ english, hangul string }

// uniqueEnglish returns the English of full names that all have the same
// English, case aside (in mixed case if one is), or "".
func uniqueEnglish(fs []fullName) string {
	if len(fs) == 0 {
		return ""
	}
	best := fs[0].english
	for _, f := range fs[1:] {
		if !strings.EqualFold(f.english, best) {
			return ""
		}
		if allCaps(best) && !allCaps(f.english) {
			best = f.english
		}
	}
	return best
}

// uniqueFold reports whether names are one name, case aside.
func uniqueFold(names []string) bool {
	for _, n := range names[1:] {
		if !strings.EqualFold(n, names[0]) {
			return false
		}
	}
	return true
}

func typeOfFull(pairs []pair, english, hangul string) Type {
	for _, p := range pairs {
		if p.english == english && p.hangul == hangul && p.typ != Other {
			return p.typ
		}
	}
	return Other
}

// abbreviations are the abbreviations that Korean transliterates in full
// (St Mirren 세인트 미렌, Mt Everest), each with the word it stands for;
// each may be written with a full stop too (St. Mirren). The one table
// expandAbbreviations, its prefilter and abbreviation read.
var abbreviations = map[string]string{"St": "Saint", "Mt": "Mount", "Ft": "Fort"}

// abbreviationWords are the abbreviations (the keys of abbreviations) as
// a slice, which containsAbbreviation ranges over for every English name
// compiled: ranging over the map cost about 500 instructions a name.
var abbreviationWords = slices.Collect(maps.Keys(abbreviations))

// abbreviation returns the word the abbreviation w stands for, if w is
// one of abbreviations, with or without its full stop.
func abbreviation(w string) (string, bool) {
	full, ok := abbreviations[strings.TrimSuffix(w, ".")]
	return full, ok
}

// expandAbbreviations writes out the abbreviations that Korean
// transliterates in full (St Mirren 세인트 미렌, Mt Everest).
func expandAbbreviations(s string) string {
	if !containsAbbreviation(s) {
		return s // most names: no word to write out
	}
	f := strings.Fields(s)
	changed := false
	for i, w := range f {
		if full, ok := abbreviation(w); ok {
			f[i], changed = full, true
		}
	}
	if !changed {
		return s
	}
	return strings.Join(f, " ")
}

// containsAbbreviation reports whether s holds any of abbreviations, as
// a word or not: a quick test before splitting s into words.
func containsAbbreviation(s string) bool {
	for _, a := range abbreviationWords {
		if strings.Contains(s, a) {
			return true
		}
	}
	return false
}

// bit is the mask bit of the i-th English name of a bead; names past the
// 64th share the last bit with every other.
func bit(i int) uint64 {
	if i >= 63 {
		return 1 << 63
	}
	return 1 << i
}
