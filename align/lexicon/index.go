package lexicon

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
)

// The default lexicon is built from its TSV files when the index is made
// (go generate) and embedded as data/default.idx, which loads with a few
// map inserts rather than the parsing, stemming and inflecting of build:
// most of what a process spends on a short text.
//
// The index is a header line, then unsigned varints and strings (a varint
// length and the bytes):
//
//	maxLen Skipped len(ids) len(entries) len(short) total
//	each English stem, in id order
//	each entry, in entry order: key, word (0 or 1), n, n ids
//	each rune of short, ascending: rune, n forms; each form: class,
//	  vowelFinal (0 or 1), n, n ids
//
// total is the number of ids of all entries and forms, which share one
// array.
const indexHeader = "bitext lexicon index 1\n"

// appendIndex appends the index of l to b.
func (l *Lexicon) appendIndex(b []byte) ([]byte, error) {
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
	for r := range l.short {
		runes = append(runes, r)
	}
	slices.Sort(runes)
	total := 0
	for _, e := range l.entries {
		total += len(e.ids)
	}
	for _, fs := range l.short {
		for _, f := range fs {
			total += len(f.ids)
		}
	}
	u := func(v uint64) { b = binary.AppendUvarint(b, v) }
	str := func(s string) { u(uint64(len(s))); b = append(b, s...) }
	flag := func(x bool) {
		if x {
			b = append(b, 1)
		} else {
			b = append(b, 0)
		}
	}
	idList := func(ids []uint32) {
		u(uint64(len(ids)))
		for _, id := range ids {
			u(uint64(id))
		}
	}
	b = append(b, indexHeader...)
	for _, v := range []int{l.maxLen, l.Skipped, len(stems), len(keys), len(runes), total} {
		u(uint64(v))
	}
	for _, s := range stems {
		str(s)
	}
	for i, k := range keys {
		str(k)
		flag(l.entries[i].word)
		idList(l.entries[i].ids)
	}
	for _, r := range runes {
		u(uint64(r))
		u(uint64(len(l.short[r])))
		for _, f := range l.short[r] {
			b = append(b, byte(f.class))
			flag(f.vowelFinal)
			idList(f.ids)
		}
	}
	return b, nil
}

// errIndex is the error of an index that cannot be read.
var errIndex = errors.New("malformed lexicon index")

// indexReader reads the varints and strings of an index.
type indexReader struct {
	s   string
	err error
}

func (r *indexReader) uvarint() uint64 {
	var v uint64
	for shift := 0; shift < 64; shift += 7 {
		if len(r.s) == 0 {
			r.err = errIndex
			return 0
		}
		c := r.s[0]
		r.s = r.s[1:]
		v |= uint64(c&0x7f) << shift
		if c < 0x80 {
			return v
		}
	}
	r.err = errIndex
	return 0
}

// count reads a number that counts at least one byte each of what follows.
func (r *indexReader) count() int {
	n := r.uvarint()
	if n > uint64(len(r.s)) {
		r.err = errIndex
		return 0
	}
	return int(n)
}

func (r *indexReader) str() string {
	n := r.count()
	s := r.s[:n]
	r.s = r.s[n:]
	return s
}

func (r *indexReader) byte() byte {
	if len(r.s) == 0 {
		r.err = errIndex
		return 0
	}
	c := r.s[0]
	r.s = r.s[1:]
	return c
}

// loadIndex reads an index appendIndex wrote. Its strings are the index's
// own (substrings of s), and its id lists share one array, each capped at
// its length so that appending to one copies it.
func loadIndex(s string) (*Lexicon, error) {
	if len(s) < len(indexHeader) || s[:len(indexHeader)] != indexHeader {
		return nil, fmt.Errorf("%w: no header", errIndex)
	}
	r := &indexReader{s: s[len(indexHeader):]}
	maxLen, skipped := r.count(), r.count()
	nStems, nKeys, nRunes, total := r.count(), r.count(), r.count(), r.count()
	if r.err != nil {
		return nil, r.err
	}
	l := &Lexicon{ids: make(map[string]uint32, nStems), index: make(map[string]int32, nKeys),
		entries: make([]entry, nKeys), short: make(map[rune][]shortForm, nRunes),
		maxLen: maxLen, Skipped: skipped}
	all := make([]uint32, 0, total)
	idList := func() []uint32 {
		n := r.count()
		if n > cap(all)-len(all) {
			r.err = errIndex
			return nil
		}
		start := len(all)
		for range n {
			all = append(all, uint32(r.uvarint()))
		}
		return all[start:len(all):len(all)]
	}
	for i := range nStems {
		l.ids[r.str()] = uint32(i)
	}
	for i := range nKeys {
		l.index[r.str()] = int32(i)
		l.entries[i] = entry{word: r.byte() == 1}
		l.entries[i].ids = idList()
	}
	for range nRunes {
		ru := rune(r.uvarint())
		fs := make([]shortForm, r.count())
		for j := range fs {
			fs[j].class = formClass(r.byte())
			fs[j].vowelFinal = r.byte() == 1
			fs[j].ids = idList()
		}
		l.short[ru] = fs
	}
	switch {
	case r.err != nil:
		return nil, r.err
	case len(r.s) != 0:
		return nil, fmt.Errorf("%w: %d bytes after the end", errIndex, len(r.s))
	case len(l.ids) != nStems || len(l.index) != nKeys || len(l.short) != nRunes:
		return nil, fmt.Errorf("%w: a key twice", errIndex)
	}
	return l, nil
}
