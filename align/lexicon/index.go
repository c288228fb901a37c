package lexicon

import (
	"errors"
	"fmt"
	"github.com/bitext-ko/bitext/align/internal/fnv1a"
	"slices"
)

// The default lexicon is built from its TSV files when the index is made
// (go generate) and embedded as data/default.idx. It is read in place: its
// two hash tables, of English stems and of Korean keys, are looked up in
// the embedded bytes, so start-up only copies out the id lists (one array)
// and the few hundred one-syllable verb syllables, rather than parsing,
// stemming and inflecting 11,000 lines and filling maps of 30,000 keys.
//
// The index is a header line, then little-endian uint32s, then bytes:
//
//	maxLen Skipped nStems nKeys nRunes nIDs stemSlots keySlots nForms
//	ids        nIDs: every id list, one after another
//	stemOff    nStems+1: stem i is blob[stemOff[i]:stemOff[i+1]]
//	stemTable  stemSlots: 0 for an empty slot, else an id + 1
//	keyOff     nKeys+1: key i is blob[keyOff[i]:keyOff[i+1]]
//	entryIDs   nKeys+1: entry i's ids are ids[entryIDs[i]:entryIDs[i+1]]
//	keyTable   keySlots: 0 for an empty slot, else an entry + 1
//	runes      nRunes × (rune, first form); forms of rune i run to the next
//	forms      nForms × (class | vowelFinal<<8, first id); ids run to the
//	           next form's (or nIDs)
//	words      nKeys bytes: 1 for an entry that is a word of its own
//	blob       the stems and keys
//
// The tables hash with FNV-1a (32 bits) and probe linearly; each has a
// power-of-two number of slots, at least twice its keys.
const indexHeader = "bitext lexicon index 2\n"

// table is a lexicon read in place from an index.
type table struct {
	s                 string // the index
	ids               []uint32
	maxLen, skipped   int
	nStems, nKeys     int
	stemOff, stemTab  int // byte offsets of the sections in s
	keyOff, entryIDs  int
	keyTab            int
	stemMask, keyMask uint32
	words, blob       int
	short             map[rune][]shortForm
}

func (t *table) u32(off int) uint32 {
	s := t.s[off : off+4]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// at returns element i of the uint32 section at off.
func (t *table) at(off, i int) int { return int(t.u32(off + 4*i)) }

func (t *table) stem(i int) string {
	return t.s[t.blob+t.at(t.stemOff, i) : t.blob+t.at(t.stemOff, i+1)]
}

func (t *table) key(i int) string {
	return t.s[t.blob+t.at(t.keyOff, i) : t.blob+t.at(t.keyOff, i+1)]
}

// stemID returns the id of the English stem s. A probe stops at an empty
// slot, or after every slot of a (damaged) full table.
func (t *table) stemID(s string) (uint32, bool) {
	h := fnv1a.String32(s) & t.stemMask
	for range t.stemMask + 1 {
		v := t.at(t.stemTab, int(h))
		if v == 0 || v > t.nStems {
			return 0, false
		}
		if t.stem(v-1) == s {
			return uint32(v - 1), true
		}
		h = (h + 1) & t.stemMask
	}
	return 0, false
}

// entry returns the entry of the Korean key k, whose hash is h = fnv1a.String32(k).
func (t *table) entry(k string, h uint32) (entry, bool) {
	h &= t.keyMask
	for range t.keyMask + 1 {
		v := t.at(t.keyTab, int(h))
		if v == 0 || v > t.nKeys {
			return entry{}, false
		}
		if t.key(v-1) == k {
			return t.entryAt(v - 1), true
		}
		h = (h + 1) & t.keyMask
	}
	return entry{}, false
}

func (t *table) entryAt(i int) entry {
	a, b := t.at(t.entryIDs, i), t.at(t.entryIDs, i+1)
	return entry{ids: t.ids[a:b:b], word: t.s[t.words+i] == 1}
}

// errIndex is the error of an index that cannot be read.
var errIndex = errors.New("malformed lexicon index")

// loadIndex reads an index appendIndex wrote into a read-only Lexicon.
// Its id lists share one array, each capped at its length so that
// appending to one copies it.
func loadIndex(s string) (*Lexicon, error) {
	if len(s) < len(indexHeader) || s[:len(indexHeader)] != indexHeader {
		return nil, fmt.Errorf("%w: no header", errIndex)
	}
	t := &table{s: s}
	off := len(indexHeader)
	var hdr [9]int
	if len(s) < off+4*len(hdr) {
		return nil, fmt.Errorf("%w: cut short", errIndex)
	}
	for i := range hdr {
		hdr[i] = t.at(off, i)
	}
	off += 4 * len(hdr)
	t.maxLen, t.skipped, t.nStems, t.nKeys = hdr[0], hdr[1], hdr[2], hdr[3]
	nRunes, nIDs, stemSlots, keySlots, nForms := hdr[4], hdr[5], hdr[6], hdr[7], hdr[8]
	if stemSlots&(stemSlots-1) != 0 || keySlots&(keySlots-1) != 0 || stemSlots < 2*t.nStems || keySlots < 2*t.nKeys ||
		stemSlots == 0 || keySlots == 0 {
		return nil, fmt.Errorf("%w: bad table sizes", errIndex)
	}
	t.stemMask, t.keyMask = uint32(stemSlots-1), uint32(keySlots-1)
	// The sections, in order, with their lengths in bytes.
	idsOff := off
	sections := []*int{nil, &t.stemOff, &t.stemTab, &t.keyOff, &t.entryIDs, &t.keyTab, nil, nil, &t.words, &t.blob}
	sizes := []int{4 * nIDs, 4 * (t.nStems + 1), 4 * stemSlots, 4 * (t.nKeys + 1), 4 * (t.nKeys + 1), 4 * keySlots,
		8 * nRunes, 8 * nForms, t.nKeys, 0}
	var runesOff, formsOff int
	for i, n := range sizes {
		switch {
		case sections[i] != nil:
			*sections[i] = off
		case i == 6:
			runesOff = off
		case i == 7:
			formsOff = off
		}
		if n < 0 || off+n > len(s) {
			return nil, fmt.Errorf("%w: cut short", errIndex)
		}
		off += n
	}
	blobLen := len(s) - t.blob
	// Offsets must rise and stay inside their arrays; after that every
	// read is in bounds.
	rising := func(sec, n, limit int) bool {
		prev := uint32(0)
		for b := s[sec : sec+4*(n+1)]; len(b) >= 4; b = b[4:] {
			v := uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
			if v < prev || v > uint32(limit) {
				return false
			}
			prev = v
		}
		return true
	}
	// (The hash tables are not read through: a slot out of range is taken
	// for an empty one.)
	if !rising(t.stemOff, t.nStems, blobLen) || !rising(t.keyOff, t.nKeys, blobLen) || !rising(t.entryIDs, t.nKeys, nIDs) {
		return nil, fmt.Errorf("%w: offset out of range", errIndex)
	}
	if t.at(t.keyOff, t.nKeys) != blobLen {
		return nil, fmt.Errorf("%w: %d bytes after the end", errIndex, blobLen-t.at(t.keyOff, t.nKeys))
	}
	t.ids = make([]uint32, nIDs)
	for i, b := 0, s[idsOff:idsOff+4*nIDs]; len(b) >= 4; i, b = i+1, b[4:] {
		t.ids[i] = uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
	}
	t.short = make(map[rune][]shortForm, nRunes)
	for i := 0; i < nRunes; i++ {
		r, first := rune(t.at(runesOff, 2*i)), t.at(runesOff, 2*i+1)
		last := nForms
		if i+1 < nRunes {
			last = t.at(runesOff, 2*i+3)
		}
		if first > last || last > nForms {
			return nil, fmt.Errorf("%w: forms out of range", errIndex)
		}
		fs := make([]shortForm, last-first)
		for j := range fs {
			f := first + j
			cv, a := t.at(formsOff, 2*f), t.at(formsOff, 2*f+1)
			b := nIDs
			if f+1 < nForms {
				b = t.at(formsOff, 2*f+3)
			}
			if a > b || b > nIDs {
				return nil, fmt.Errorf("%w: ids out of range", errIndex)
			}
			fs[j] = shortForm{class: formClass(cv), vowelFinal: cv>>8 == 1, ids: t.ids[a:b:b]}
		}
		t.short[r] = fs
	}
	if len(t.short) != nRunes {
		return nil, fmt.Errorf("%w: a syllable twice", errIndex)
	}
	return &Lexicon{tab: t, maxLen: t.maxLen, Skipped: t.skipped}, nil
}

// thaw returns the lexicon of t in maps, which can be extended.
func (t *table) thaw() *Lexicon {
	l := &Lexicon{ids: make(map[string]uint32, t.nStems), index: make(map[string]int32, t.nKeys),
		entries: make([]entry, t.nKeys), short: make(map[rune][]shortForm, len(t.short)),
		maxLen: t.maxLen, Skipped: t.skipped}
	for i := 0; i < t.nStems; i++ {
		l.ids[t.stem(i)] = uint32(i)
	}
	for i := 0; i < t.nKeys; i++ {
		l.index[t.key(i)] = int32(i)
		e := t.entryAt(i)
		l.entries[i] = entry{ids: slices.Clone(e.ids), word: e.word}
	}
	for r, fs := range t.short {
		c := slices.Clone(fs)
		for i := range c {
			c[i].ids = slices.Clone(fs[i].ids)
		}
		l.short[r] = c
	}
	return l
}

// appendIndex appends the index of l, a lexicon in maps, to b.
func (l *Lexicon) appendIndex(b []byte) ([]byte, error) {
	if l.tab != nil {
		return nil, errors.New("lexicon is already an index")
	}
	stems := make([]string, len(l.ids))
	for s, id := range l.ids {
		if int(id) >= len(stems) || stems[id] != "" {
			return nil, fmt.Errorf("English ids are not 0 to %d", len(stems)-1)
		}
		stems[id] = s
	}
	keys := make([]string, len(l.entries))
	for k, i := range l.index {
		if int(i) >= len(keys) || keys[i] != "" {
			return nil, fmt.Errorf("entries and keys do not correspond")
		}
		keys[i] = k
	}
	runes := make([]rune, 0, len(l.short))
	nForms := 0
	for r, fs := range l.short {
		runes = append(runes, r)
		nForms += len(fs)
	}
	slices.Sort(runes)
	var ids []uint32
	entryIDs := make([]uint32, 0, len(keys)+1)
	for _, e := range l.entries {
		entryIDs = append(entryIDs, uint32(len(ids)))
		ids = append(ids, e.ids...)
	}
	entryIDs = append(entryIDs, uint32(len(ids)))
	var runeRecs, formRecs []uint32
	for _, r := range runes {
		runeRecs = append(runeRecs, uint32(r), uint32(len(formRecs)/2))
		for _, f := range l.short[r] {
			vf := uint32(0)
			if f.vowelFinal {
				vf = 1
			}
			formRecs = append(formRecs, uint32(f.class)|vf<<8, uint32(len(ids)))
			ids = append(ids, f.ids...)
		}
	}
	var blob []byte
	offsets := func(ss []string) []uint32 {
		off := make([]uint32, 0, len(ss)+1)
		for _, s := range ss {
			off = append(off, uint32(len(blob)))
			blob = append(blob, s...)
		}
		return append(off, uint32(len(blob)))
	}
	stemOff, keyOff := offsets(stems), offsets(keys)
	hashTable := func(ss []string) []uint32 {
		n := 2
		for n < 2*len(ss) {
			n *= 2
		}
		tab := make([]uint32, n)
		mask := uint32(n - 1)
		for i, s := range ss {
			h := fnv1a.String32(s) & mask
			for tab[h] != 0 {
				h = (h + 1) & mask
			}
			tab[h] = uint32(i + 1)
		}
		return tab
	}
	stemTab, keyTab := hashTable(stems), hashTable(keys)
	u := func(vs ...uint32) {
		for _, v := range vs {
			b = append(b, byte(v), byte(v>>8), byte(v>>16), byte(v>>24))
		}
	}
	b = append(b, indexHeader...)
	u(uint32(l.maxLen), uint32(l.Skipped), uint32(len(stems)), uint32(len(keys)), uint32(len(runes)), uint32(len(ids)),
		uint32(len(stemTab)), uint32(len(keyTab)), uint32(nForms))
	u(ids...)
	u(stemOff...)
	u(stemTab...)
	u(keyOff...)
	u(entryIDs...)
	u(keyTab...)
	u(runeRecs...)
	u(formRecs...)
	for _, e := range l.entries {
		if e.word {
			b = append(b, 1)
		} else {
			b = append(b, 0)
		}
	}
	return append(b, blob...), nil
}
