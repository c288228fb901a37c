package match

import (
	"strings"
	"unicode/utf8"

	"github.com/bitext-ko/bitext/align/hangul"
	"github.com/bitext-ko/bitext/align/names/skeleton"
	"github.com/bitext-ko/bitext/align/names/surname"
	"github.com/bitext-ko/bitext/align/names/translated"
)

// Quick tests before scoring: a Probe of an English name tells which
// Hangul names (HangulKey) it may match well, and ScoreAtLeast scores only
// above a floor. Callers comparing many pairs (the glossary, every
// English name of a paragraph with every Hangul word of its translation)
// skip the rest.

// ScoreAtLeast is ScoreCompiled for callers that only want scores of at
// least floor, such as a glossary comparing every English name of a
// paragraph with every Hangul word of its translation: pairs whose first
// sounds cannot match are skipped without scoring, comparisons stop as
// soon as floor is out of reach, and any score under floor comes back as 0.
func ScoreAtLeast(e *English, n *Name, floor float64) float64 {
	if !e.mayMatch(n) {
		return 0
	}
	s := scoreAbove(e, n, floor-1e-9)
	if s < floor {
		return 0
	}
	return s
}

// Probe is an English name prepared for MayMatch: a quick test, before
// compiling a Hangul name, of whether the English can match it well. A
// Probe is immutable and safe for concurrent use.
type Probe struct {
	e    *English
	keys []skeleton.Key // two-class skeleton prefixes the English can have
	// keyBits has keyBit(k) set for each of keys: a key whose bit is not
	// set is none of them.
	keyBits uint64
	// What MayMatch, asked about every word of a text, reads of e:
	acro     rune // the first rune of e's acronym reading, if hasAcro
	hasAcro  bool
	shortest int // the letters of e's shorter foreign form, -1 if e has no words
	// keyBuf is room for the keys of most names, in the Probe's own
	// allocation.
	keyBuf [8]skeleton.Key
}

// NewProbe prepares e for MayMatch.
func NewProbe(e *English) *Probe {
	p := &Probe{e: e}
	p.keys = p.keyBuf[:0]
	keys, _ := e.latinKeys()
	for _, k := range keys {
		if k2 := k.Prefix2(); !slicesContains(p.keys, k2) {
			p.keys = append(p.keys, k2)
			p.keyBits |= keyBit(k2)
		}
	}
	if e.acro != "" {
		p.acro, _ = utf8.DecodeRuneInString(e.acro)
		p.hasAcro = true
	}
	// A romanization has one to about four letters a syllable (see
	// MayMatch): the surname alone of a name of several words may
	// stand for it.
	p.shortest = len(e.fj)
	if e.fl != "" && len(e.fl) < p.shortest {
		p.shortest = len(e.fl)
	}
	if len(e.e.tokens) == 0 {
		p.shortest = -1
	}
	return p
}

// keyBit is the bit of a skeleton key in Probe.keyBits.
func keyBit(k skeleton.Key) uint64 { return 1 << (uint32(k) * 0x9E3779B1 >> 26) }

// hasKey reports whether k is one of p's keys.
func (p *Probe) hasKey(k skeleton.Key) bool {
	if p.keyBits&keyBit(k) == 0 {
		return false
	}
	return slicesContains(p.keys, k)
}

func slicesContains(ks []skeleton.Key, k skeleton.Key) bool {
	for _, x := range ks {
		if x == k {
			return true
		}
	}
	return false
}

// HangulKey is what Probe.MayMatch needs of a Hangul name, computed once
// for comparing with many English names.
type HangulKey struct {
	translated  bool // the name, or a prefix of it, is a translated name
	transOpen   bool // the name is the start of a longer translated name
	first       rune
	syllables   int
	surname     string // a known surname when the name is one word
	whole, last skeleton.Key
}

// NewHangulKey prepares a Hangul name, or a word of running text with its
// postposition or title, for Probe.MayMatch.
func NewHangulKey(hangulName string) HangulKey {
	var k HangulKey
	h := hangulName
	spaced := strings.ContainsRune(h, ' ')
	if spaced && !syllableEnds(h) {
		h = strings.TrimSpace(h)
	}
	// Prefix skips the spaces inside h itself.
	k.translated, k.transOpen = translated.Prefix(h)
	k.first = utf8.RuneError // what utf8.DecodeRuneInString gives for ""
	var sylBuf [16]hangul.Syllable
	syl := sylBuf[:0]
	lastWord := 0
	for i := 0; i < len(h); {
		// Syllables read by their bytes, anything else decoded.
		r, ok := hangul.DecodeSyllable(h[i:])
		size := 3
		if !ok {
			r, size = utf8.DecodeRuneInString(h[i:])
		}
		if i == 0 {
			// The first rune of the name without its spaces: h,
			// trimmed (or starting with a syllable), starts with it.
			k.first = r
		}
		i += size
		if r == ' ' {
			lastWord = len(syl)
			continue
		}
		if s, ok := hangul.Decompose(r); ok {
			syl = append(syl, s)
		}
	}
	k.syllables = len(syl)
	if lastWord == 0 {
		// No space after a syllable: the name has no space, but at most
		// before its syllables.
		compact := h
		if spaced {
			compact = strings.ReplaceAll(h, " ", "")
		}
		if sur, _, known, ok := surname.Split(compact); ok && known {
			k.surname = sur
		}
	}
	k.whole = skeleton.HangulKey(syl).Prefix2()
	k.last = k.whole
	if lastWord > 0 && lastWord < len(syl) {
		k.last = skeleton.HangulKey(syl[lastWord:]).Prefix2()
	}
	return k
}

// syllableEnds reports whether h starts and ends with a Hangul syllable,
// which strings.TrimSpace would leave as it is (no white space is a
// syllable); it reads six bytes where TrimSpace decodes both ends and
// looks each rune up in the Unicode tables.
func syllableEnds(h string) bool {
	_, first := hangul.DecodeSyllable(h)
	_, last := hangul.DecodeSyllable(h[max(len(h)-3, 0):])
	return first && last
}

// MayMatch reports whether the English may match the Hangul name well: a
// translated name (package translated), an acronym's reading, a shared surname,
// or the same first two consonant classes (the skeleton the Index blocks
// foreign names on) for the whole name or its last word. Pairs it rejects
// can still score, but under what the Index looks for among its narrow
// blocks (about 0.75); a caller with many candidate words compiles only
// those that pass. The test holds for a name followed by a postposition
// or a title too (미국의, 김정은 위원장이), so running text can be
// filtered before its words are analysed.
func (p *Probe) MayMatch(k *HangulKey) bool {
	if k.translated {
		return true
	}
	if p.hasAcro && p.acro == k.first {
		return true
	}
	if !hangul.IsSyllable(k.first) || p.shortest < 0 {
		return false
	}
	// A romanization has one to about four letters a syllable; allow a
	// postposition or title after the name and the surname alone of an
	// English name of several words.
	if p.shortest > 4*k.syllables+4 {
		return false
	}
	if k.surname != "" {
		e := p.e
		for i := range e.sides {
			for _, s := range e.sides[i].surs {
				if s.Hangul == k.surname {
					return true
				}
			}
		}
	}
	return p.hasKey(k.whole) || p.hasKey(k.last)
}

// MayStartRun reports whether a run of words that starts with the word
// of k may pass MayMatchRun, so that a caller need not prepare runs that
// cannot: a run has the first sounds of its first word when that word has
// two consonant classes or more.
func (p *Probe) MayStartRun(k *HangulKey) bool {
	if k.translated || k.transOpen || k.whole&0xff00 == 0 {
		return true
	}
	if p.hasAcro && p.acro == k.first {
		return true
	}
	return p.hasKey(k.whole)
}

// MayMatchRun is MayMatch for a run of Hangul words read as one foreign
// name (마이크 폼페이오 for Mike Pompeo): the whole run and its last word
// must both start with sounds the English can have, where MayMatch
// accepts either. Running text has many more runs of words than names,
// and a run that shares only its first sounds with the English is a
// phrase that happens to start like it.
func (p *Probe) MayMatchRun(k *HangulKey) bool {
	if k.translated || k.last == k.whole {
		return p.MayMatch(k)
	}
	if !p.MayMatch(k) {
		return false
	}
	return p.hasKey(k.whole) && p.hasKey(k.last)
}
