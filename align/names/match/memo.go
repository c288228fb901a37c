package match

import (
	"strings"

	"github.com/bitext-ko/bitext/align/internal/wordid"
)

// wordMemo keeps what the words of Korean text gave, for a reader of many
// texts that repeat their words (Compiler.AppendCandidates: documents
// share about half their words, and a corpus worker reads one after
// another). A word's reading and candidates depend on nothing but the word
// and whether a title follows it, so a word read before gives what it
// gave then. A nil *wordMemo keeps nothing: every word is read afresh.
type wordMemo struct {
	ids   wordid.Index // word (a copy) → its entry in words
	words []memoWord
}

// memoWord is what a word w gives, by lengths in bytes of leading parts
// of w (every string a word gives is one): its reading (stem and cut, see
// reading), and its candidates before a word that is not a title and
// before one that is.
type memoWord struct {
	title     bool
	stem, cut uint8
	cands     [2]prefixes
}

// prefixes are the candidates of a word, by their lengths; n < 0 until
// they are worked out, and for good when they are not leading parts of
// the word (which appendWordCandidates never gives, but if it did, they
// would be worked out afresh every time).
type prefixes struct {
	n    int8
	lens [3]uint8
}

// maxMemoWord is the longest word, in bytes, that a wordMemo keeps (the
// lengths it keeps are bytes); longer runs of syllables (85 and more) are
// not words and are read afresh.
const maxMemoWord = 255

// memoReading is how a word reads (rd), and its entry in the memo, -1
// for none.
type memoReading struct {
	rd reading
	id int32
}

// read returns how w, not "", reads: taken from the memo when it holds w,
// and kept there when not.
func (m *wordMemo) read(w string) memoReading {
	if m == nil || len(w) > maxMemoWord {
		return memoReading{rd: readWord(w), id: -1}
	}
	// The index keeps a copy of w: the memo outlives the text (a
	// Compiler is kept from document to document).
	id, added := m.ids.ID(w)
	if !added {
		e := &m.words[id]
		return memoReading{rd: reading{stem: w[:e.stem], cut: w[:e.cut], title: e.title}, id: id}
	}
	rd := readWord(w)
	// The stem and the cut are leading parts of w (StripParticles and
	// stripTitle cut off its end).
	m.words = append(m.words, memoWord{title: rd.title, stem: uint8(len(rd.stem)), cut: uint8(len(rd.cut)),
		cands: [2]prefixes{{n: -1}, {n: -1}}})
	return memoReading{rd: rd, id: id}
}

// touch reads the memo's slots of the words of koreanText, the runs of
// Hangul syllables read will look up, a batch of touchBatch at a time
// (wordid.Index.Touch): the memo holds tens of thousands of words, and
// read then finds their slots in the processor's caches instead of
// waiting on memory for each in turn. It changes nothing else.
func (m *wordMemo) touch(koreanText string) {
	if m == nil || !m.ids.Made() {
		return
	}
	var tags [touchBatch]uint32
	n := 0
	for w, rest := nextSyllableRun(koreanText); w != ""; w, rest = nextSyllableRun(rest) {
		if len(w) > maxMemoWord {
			continue
		}
		tags[n] = m.ids.Hash(w)
		if n++; n == len(tags) {
			m.ids.Touch(tags[:n])
			n = 0
		}
	}
	m.ids.Touch(tags[:n])
}

// touchBatch is how many words touch reads the slots of together.
const touchBatch = 64

// appendCandidates is appendWordCandidates for the word w, read as r by
// read: the candidates the memo holds, or those worked out, which it then
// keeps.
func (m *wordMemo) appendCandidates(dst []string, w string, r memoReading, nextTitle bool) []string {
	if r.id < 0 {
		return appendWordCandidates(dst, w, r.rd, nextTitle)
	}
	b := 0
	if nextTitle {
		b = 1
	}
	p := &m.words[r.id].cands[b]
	if p.n >= 0 {
		for _, l := range p.lens[:p.n] {
			dst = append(dst, w[:l])
		}
		return dst
	}
	start := len(dst)
	dst = appendWordCandidates(dst, w, r.rd, nextTitle)
	got := dst[start:]
	if len(got) > len(p.lens) {
		return dst
	}
	var lens [3]uint8
	for i, c := range got {
		if !strings.HasPrefix(w, c) {
			return dst
		}
		lens[i] = uint8(len(c))
	}
	*p = prefixes{n: int8(len(got)), lens: lens}
	return dst
}

// memoWordBytes is about how many bytes a Korean word takes (the dev
// pairs' distinct ones average 9.9).
const memoWordBytes = 10

// len returns the number of words m holds.
func (m *wordMemo) len() int { return len(m.words) }

// reset forgets every word, keeping room for room of them.
func (m *wordMemo) reset(room int) {
	m.ids, m.words = wordid.New(room, memoWordBytes), nil
}
