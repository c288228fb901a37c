package match

import (
	"math"
	"sort"
	"strings"
	"sync"

	"github.com/bitext-ko/bitext/align/hangul"

	"github.com/bitext-ko/bitext/align/names/skeleton"
	"github.com/bitext-ko/bitext/align/names/surname"
	"github.com/bitext-ko/bitext/align/names/translated"
)

// Index finds the Hangul names that best match English names without
// comparing every pair. Korean personal names are blocked on their
// surname and the first sound of the given name (an English "Kim Jong-un"
// is compared only with the 김s whose given name starts with ㅈ or ㅊ);
// other names on the class of their first sound (Pompeo, Pence and
// Putin with the names that start with ㅂ or ㅍ, and the same next two
// consonant classes). When the narrow blocks give nothing good, the
// blocks of the first two consonant classes are searched, up to maxWide
// names: never everything, so a name that matches nothing costs about as
// much as one that matches.
// An Index is immutable once built and safe for concurrent use.
type Index struct {
	names  []*Name
	korean map[koKey][]int32
	trans  map[string][]int32
	exact  map[string][]int32       // by Hangul without spaces
	skel3  map[skeleton.Key][]int32 // by three-class skeleton key
	skel2  map[skeleton.Key][]int32 // by two-class skeleton key
	bySur  map[*surname.Surname][]int32
	pool   sync.Pool
}

type koKey struct {
	sur *surname.Surname
	cls byte
}

// Match is one Hangul name found for an English name.
type Match struct {
	Hangul string  // the Hangul name as given to NewIndex
	ID     int     // its position in the list given to NewIndex
	Score  float64 // see Score
}

// NewIndex builds an index of Hangul names.
func NewIndex(hangulNames []string) *Index {
	return newIndex(hangulNames, Compile, nil)
}

// newIndex builds an index of the Hangul names compiled by compile. With
// want not nil, only the blocks want holds are filled: an index for some
// English names only (see Compiler.BestAtLeastEach). compile may then
// return nil for a name that want.mayReach says is in none of them: the
// index keeps nil for it, and no search meets it.
func newIndex(hangulNames []string, compile func(string) *Name, want *blockSet) *Index {
	// Every name has an exact key and one or two skeleton keys of each
	// length (most of them apart): room for them from the start spares
	// the maps' growing. An index for some English names has no more
	// keys than they search (but for the few a keyFilter lets by).
	n := len(hangulNames)
	nExact, nSkel3, nSkel2 := n, n, n
	if want != nil {
		nExact, nSkel3, nSkel2 = len(want.exact), min(n, want.nSkel3), min(n, want.nSkel2)
	}
	ix := &Index{korean: map[koKey][]int32{}, trans: map[string][]int32{}, exact: make(map[string][]int32, nExact),
		skel3: make(map[skeleton.Key][]int32, nSkel3), skel2: make(map[skeleton.Key][]int32, nSkel2),
		bySur: map[*surname.Surname][]int32{}}
	ix.names = make([]*Name, len(hangulNames))
	var ids idLists
	if want == nil {
		want = &blockSet{}
	}
	for i, h := range hangulNames {
		n := compile(h)
		ix.names[i] = n
		id := int32(i)
		if n == nil || n.empty() {
			continue
		}
		put(ix.exact, want.exact, n.compact, id, &ids)
		for _, k := range n.transKeys {
			put(ix.trans, want.trans, k, id, &ids)
		}
		for k := n.korean; k != nil && k.sur != nil; k = k.alt {
			put(ix.korean, want.korean, koKey{k.sur, k.givenCl}, id, &ids)
			put(ix.bySur, want.bySur, k.sur, id, &ids)
			if k.givenR != k.givenCl {
				put(ix.korean, want.korean, koKey{k.sur, k.givenR}, id, &ids)
			}
		}
		putSkel(ix.skel3, want.skel3, n.skel, id, &ids)
		putSkel(ix.skel2, want.skel2, n.skel.Prefix2(), id, &ids)
		if len(n.words) >= 2 {
			putSkel(ix.skel3, want.skel3, n.lastSkel, id, &ids)
			putSkel(ix.skel2, want.skel2, n.lastSkel.Prefix2(), id, &ids)
		}
	}
	ix.pool.New = func() any { return &scratch{seen: make([]uint32, len(ix.names))} }
	return ix
}

// put adds id to block k of m, unless want is not nil and lacks k.
func put[K comparable](m map[K][]int32, want map[K]bool, k K, id int32, ids *idLists) {
	if want != nil && !want[k] {
		return
	}
	m[k] = ids.add(m[k], id)
}

// putSkel is put for the skeleton blocks, whose wanted keys are a
// keyFilter.
func putSkel(m map[skeleton.Key][]int32, want *keyFilter, k skeleton.Key, id int32, ids *idLists) {
	if want != nil && !want.has(k) {
		return
	}
	m[k] = ids.add(m[k], id)
}

// keyFilter is a set of skeleton keys that may also hold keys never
// added (one in ten or so when it holds 400): a block filled for no
// English name changes no answer, and the filter costs far less to fill
// and to ask than a map.
type keyFilter [64]uint64

func (f *keyFilter) slot(k skeleton.Key) (word, bit uint32) {
	h := uint32(k) * 0x9E3779B1 >> 20 // 12 bits
	return h >> 6, h & 63
}

func (f *keyFilter) add(k skeleton.Key) {
	w, b := f.slot(k)
	f[w] |= 1 << b
}

func (f *keyFilter) has(k skeleton.Key) bool {
	w, b := f.slot(k)
	return f[w]&(1<<b) != 0
}

// blockSet holds the keys of the blocks that some English names may
// search, for an index that answers only them: the blocks of every other
// key can be left empty without changing an answer, the names of a block
// searched being all there, in the same order. A nil map or filter stands
// for every key.
type blockSet struct {
	trans, exact map[string]bool
	korean       map[koKey]bool
	bySur        map[*surname.Surname]bool
	surs         []*surname.Surname // the keys of bySur, for mayReach
	// transForms holds the Hangul forms, without spaces, whose
	// translated.EnglishKeys include one of trans's, for mayReach.
	transForms   map[string]bool
	skel3, skel2 *keyFilter
	// nSkel3 and nSkel2 are the numbers of keys added to skel3 and
	// skel2 (some twice).
	nSkel3, nSkel2 int
}

// mayReach reports whether the Hangul name h, compiled, could put its
// number in some block of b (see newIndex): false only when it could not,
// so that an index for b's English names need not compile it at all (most
// Hangul candidates of a document sit in no block those names search). It
// reads the keys Compile gives h the way Compile does, without making a
// Name: the skeleton keys of the whole name and of its last word, for the
// Korean blocks whether h starts with a surname b holds (every surname a
// compiled name is blocked on is a leading part of it), and the exact and
// translated keys.
func (b *blockSet) mayReach(h string) bool {
	var buf [16]hangul.Syllable
	syl, words, last := buf[:0], 1, 0
	if all, ok := appendSyllables(buf[:0], h); ok {
		// One word of syllables (nearly every candidate): CleanName
		// only takes a title off its end.
		h = cleanWord(h)
		syl = all[:len(h)/3]
	} else {
		// The syllables of every word, one word after another (as
		// Compile reads them), and where the last word's start.
		h = CleanName(h)
		var startBuf [4]int
		var starts []int
		syl, starts = wordSyllables(h, syl, startBuf[:0])
		if words = len(starts); words > 0 {
			last = starts[words-1]
		}
	}
	if len(syl) == 0 {
		return false // an empty name is put in no block
	}
	reaches := func(k skeleton.Key) bool { return b.skel3.has(k) || b.skel2.has(k.Prefix2()) }
	if reaches(skeleton.HangulKey(syl)) || words >= 2 && reaches(skeleton.HangulKey(syl[last:])) {
		return true
	}
	compact := strings.ReplaceAll(h, " ", "")
	for _, s := range b.surs {
		if strings.HasPrefix(compact, s.Hangul) {
			return true
		}
	}
	return b.exact[compact] || b.transForms[compact]
}

// appendSyllables appends to dst the syllables of h and reports whether
// h is all syllables (and not ""); dst is left as it was when it is not.
func appendSyllables(dst []hangul.Syllable, h string) ([]hangul.Syllable, bool) {
	n := len(dst)
	for i := 0; i < len(h); i += 3 {
		r, ok := hangul.DecodeSyllable(h[i:])
		if !ok {
			return dst[:n], false
		}
		s, _ := hangul.Decompose(r)
		dst = append(dst, s)
	}
	return dst, len(h) > 0
}

// blocksOf returns the blocks that top may search for the English names
// es, whatever it finds.
func blocksOf(es []*English) *blockSet {
	b := &blockSet{trans: map[string]bool{}, exact: map[string]bool{}, korean: map[koKey]bool{},
		bySur: map[*surname.Surname]bool{}, transForms: map[string]bool{}, skel3: new(keyFilter), skel2: new(keyFilter)}
	var kbuf [64]koKey
	for _, e := range es {
		if len(e.e.tokens) == 0 {
			continue
		}
		if !b.trans[e.key] {
			b.trans[e.key] = true
			for _, h := range translated.HangulOfKey(e.key) {
				b.transForms[strings.ReplaceAll(h, " ", "")] = true
			}
		}
		if e.acro != "" {
			b.exact[e.acro] = true
		}
		for _, k := range koreanBlocks(e, kbuf[:0]) {
			b.korean[k] = true
		}
		for _, sd := range e.sides {
			for _, s := range sd.surs {
				if !b.bySur[s] {
					b.bySur[s] = true
					b.surs = append(b.surs, s)
				}
			}
		}
		if e.foreignBlocks() {
			keys, nj := e.latinKeys()
			for i, key := range keys {
				b.skel3.add(key)
				b.nSkel3++
				if i < nj {
					b.skel2.add(key.Prefix2())
					b.nSkel2++
				}
			}
		}
	}
	return b
}

// koreanBlocks appends to dst the keys of the Korean blocks of e: each
// surname it may have with each first sound of its given name.
func koreanBlocks(e *English, dst []koKey) []koKey {
	var cls [8]byte
	for _, sd := range e.sides {
		for _, s := range sd.surs {
			for _, c := range skeleton.KoreanFirstClasses(sd.given.s, cls[:0]) {
				dst = append(dst, koKey{s, c})
			}
		}
	}
	return dst
}

// foreignBlocks reports whether the skeleton blocks are searched for e at
// all. A Korean name written surname first in Korean romanization (Ri
// Won-gyong) is matched by the Korean blocks or not at all: the foreign
// blocks could only pair it with a loanword that happens to sound alike.
// (A given name of one word, Joe Biden, may be either.)
func (e *English) foreignBlocks() bool {
	return !(len(e.sides) > 0 && e.sides[0].shaped && len(e.e.tokens) >= 3)
}

// latinKeys returns the three-class skeleton keys of e's foreign forms
// (all words, the last word, all words with titles); the first nj are
// those of all words, whose two-class prefixes are the wider blocks. They
// are worked out on first use (blocksOf), and kept for the searches.
func (e *English) latinKeys() (keys []skeleton.Key, nj int) {
	e.latin.once.Do(func() {
		var buf [64]skeleton.Key
		dst := buf[:0]
		for i, f := range [...]string{e.fj, e.fl, e.fa} {
			if f != "" {
				dst = skeleton.LatinKeys(f, dst)
			}
			if i == 0 {
				e.latin.nj = len(dst)
			}
		}
		e.latin.keys = append([]skeleton.Key(nil), dst...)
	})
	return e.latin.keys, e.latin.nj
}

// idLists hands out the blocks' lists of names. Most keys of an index
// have one name: their lists are cut from shared chunks rather than
// allocated one by one; a list that grows past one name is copied by
// append as usual.
type idLists struct {
	chunk []int32
}

// add returns ids with id appended.
func (l *idLists) add(ids []int32, id int32) []int32 {
	if ids != nil {
		return append(ids, id)
	}
	if len(l.chunk) == cap(l.chunk) {
		l.chunk = make([]int32, 0, 256)
	}
	l.chunk = append(l.chunk, id)
	n := len(l.chunk)
	return l.chunk[n-1 : n : n]
}

// Len returns the number of names in the index.
func (ix *Index) Len() int { return len(ix.names) }

type scratch struct {
	seen []uint32
	gen  uint32
	ids  []int32
}

func (s *scratch) reset() {
	s.gen++
	if s.gen == 0 {
		clear(s.seen)
		s.gen = 1
	}
	s.ids = s.ids[:0]
}

func (s *scratch) add(ids []int32) {
	for _, id := range ids {
		if s.seen[id] != s.gen {
			s.seen[id] = s.gen
			s.ids = append(s.ids, id)
		}
	}
}

// addUpTo is add, stopping once s holds n names.
func (s *scratch) addUpTo(ids []int32, n int) {
	for _, id := range ids {
		if len(s.ids) >= n {
			return
		}
		if s.seen[id] != s.gen {
			s.seen[id] = s.gen
			s.ids = append(s.ids, id)
		}
	}
}

// Best returns the best-scoring Hangul name for an English name; ok is
// false if the index is empty or nothing scores above zero.
func (ix *Index) Best(englishName string) (m Match, ok bool) {
	top := ix.Top(englishName, 1)
	if len(top) == 0 {
		return Match{}, false
	}
	return top[0], true
}

// BestAtLeast is Best for callers that only want a match scoring at least
// min, such as the aligner, which links names above a threshold: every
// comparison stops as soon as min is out of reach, so a name with no good
// match costs far less. ok is false when nothing scores min or more;
// otherwise the match is Best's.
func (ix *Index) BestAtLeast(englishName string, min float64) (m Match, ok bool) {
	// Scores under min may be left out; but no score that would end the
	// search early (skelFloor, koreanFloor), so that the same blocks are
	// searched as by Best.
	if len(ix.names) == 0 {
		return Match{}, false
	}
	return ix.bestAtLeastOf(CompileEnglish(englishName), min)
}

// bestAtLeastOf is BestAtLeast for a compiled English name.
func (ix *Index) bestAtLeastOf(e *English, min float64) (m Match, ok bool) {
	top := ix.topOf(e, 1, math.Min(min, skelFloor)-2*boundSlack)
	if len(top) == 0 || top[0].Score < min {
		return Match{}, false
	}
	return top[0], true
}

// koreanFloor is the score at which a match found through the Korean
// blocks is trusted without also searching the foreign-name blocks.
const koreanFloor = 0.8

// skelFloor is the score below which the two-class skeleton blocks are
// searched.
const skelFloor = 0.75

// maxWide bounds the work of a query that the narrow blocks do not
// answer: the two-class skeleton blocks are added, key by key, only until
// they hold this many names. Nothing wider is searched, so a name that
// matches nothing costs about as much as one that matches.
const maxWide = 128

// Top returns up to k matches for an English name, best first; ties keep
// index order.
func (ix *Index) Top(englishName string, k int) []Match {
	return ix.top(englishName, k, 0)
}

// boundSlack is how far above the floor given to scoreAbove a score may be
// and still be a bound rather than a score (distance's bound is a
// float32).
const boundSlack = 1e-6

// top is Top for callers that only want scores above minFloor +
// boundSlack: lower ones are left out, and comparisons stop as soon as a
// name cannot score above minFloor. The blocks searched are Top's as long
// as minFloor is below the floors that end the search early (koreanFloor,
// skelFloor): a match left out would not have ended it either.
func (ix *Index) top(englishName string, k int, minFloor float64) []Match {
	if k <= 0 || len(ix.names) == 0 {
		return nil
	}
	return ix.topOf(CompileEnglish(englishName), k, minFloor)
}

// topOf is top for a compiled English name.
func (ix *Index) topOf(e *English, k int, minFloor float64) []Match {
	if k <= 0 || len(ix.names) == 0 || len(e.e.tokens) == 0 {
		return nil
	}
	sc := ix.pool.Get().(*scratch)
	defer ix.pool.Put(sc)
	sc.reset()
	var out []Match
	keep := 0.0 // scores kept: above it
	if minFloor > 0 {
		keep = minFloor + boundSlack
	}
	consider := func() {
		for _, id := range sc.ids {
			floor := minFloor
			if len(out) == k {
				// Just below the k-th score, so that a tie with a
				// lower ID still displaces it.
				floor = max(floor, out[k-1].Score-1e-9)
			}
			s := scoreAbove(e, ix.names[id], floor)
			if s <= keep {
				continue
			}
			out = insertTop(out, Match{ID: int(id), Score: s}, k)
		}
		sc.ids = sc.ids[:0]
	}
	if ids := ix.trans[e.key]; len(ids) > 0 {
		sc.add(ids)
		consider()
	}
	if e.acro != "" {
		sc.add(ix.exact[e.acro])
		consider()
	}
	good := func(min float64) bool { return len(out) == k && out[k-1].Score >= min }
	// Korean personal names: the surname's block for the given name's
	// first sound, then the whole surname.
	if len(e.sides) > 0 {
		var kbuf [64]koKey
		for _, kk := range koreanBlocks(e, kbuf[:0]) {
			sc.add(ix.korean[kk])
		}
		consider()
		if !good(koreanFloor) {
			for _, sd := range e.sides {
				for _, s := range sd.surs {
					sc.add(ix.bySur[s])
				}
			}
			consider()
		}
	}
	// Foreign names: the three-class skeleton block, then the two-class
	// ones of the whole name, as many as maxWide allows (see
	// foreignBlocks for the names that have none).
	if !good(koreanFloor) && e.foreignBlocks() {
		keys, nj := e.latinKeys()
		for _, key := range keys {
			sc.add(ix.skel3[key])
		}
		consider()
		if !good(skelFloor) {
			for _, key := range keys[:nj] {
				if len(sc.ids) >= maxWide {
					break
				}
				sc.addUpTo(ix.skel2[key.Prefix2()], maxWide)
			}
			consider()
		}
	}
	for i := range out {
		out[i].Hangul = ix.names[out[i].ID].text
	}
	return out
}

// insertTop inserts m into the list of the k best, kept sorted by score
// (then ID).
func insertTop(top []Match, m Match, k int) []Match {
	i := sort.Search(len(top), func(i int) bool {
		return top[i].Score < m.Score || top[i].Score == m.Score && top[i].ID > m.ID
	})
	if i >= k {
		return top
	}
	if len(top) < k {
		top = append(top, Match{})
	}
	copy(top[i+1:], top[i:])
	top[i] = m
	return top
}
