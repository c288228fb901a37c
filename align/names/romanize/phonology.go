package romanize

import "github.com/bitext-ko/bitext/align/hangul"

// Boundary kinds before a syllable.
const (
	bWordStart  int8 = iota // first syllable of a whitespace token
	bAfterOther             // first syllable after non-Hangul in a token
	bSoft                   // inside a word
	bHyphen                 // an explicit hyphen in the text
	bUnit                   // before an administrative unit (place mode)
	bGeo                    // before a DPRK geographic term (place mode)
	bName                   // between syllables of a given name
)

// Surface coda classes after neutralization.
const (
	cNone int8 = iota
	cK
	cN
	cT
	cL
	cM
	cP
	cNG
)

// psyl is one syllable with its orthographic jamo and the surface
// pronunciation the rules derive.
type psyl struct {
	L, V, T int8 // as written
	on, vo  int8 // surface initial (L index) and vowel (V index)
	co      int8 // coda as a T index, rewritten by linking and aspiration
	cc      int8 // surface coda class after neutralization (cNone …)
	co2     int8 // MR: second consonant of a cluster kept before ㅎ
	bnd     int8 // boundary before this syllable
	moved   bool // a consonant moved onto it across a visible boundary
	nIns    bool // the word list inserts ㄴ before it (ninsertion.tsv)
	r       rune // the syllable as written
}

// transparent reports whether the sound-change rules apply across a
// boundary in style. McCune–Reischauer (ALA-LC) romanizes across hyphens
// and inside given names as pronounced (Ŭnjung-ni, Kang Tŏng-nyong); RR
// and the DPRK write a hyphenated element as it sounds alone.
func transparent(st Style, b int8) bool {
	switch b {
	case bSoft:
		return true
	case bHyphen, bUnit, bName:
		return st == MR || st == MRPlain
	}
	return false
}

// nnSuffix reports whether ㄴ+ㄹ at s[i] is read [ㄴㄴ]: a one-syllable
// Sino-Korean suffix after a word of two syllables or more (standard
// pronunciation, article 20: 의견란 [의견난], 생산량, 신문로 [신문노]).
func nnSuffix(s []psyl, i int) bool {
	if i < 2 {
		return false
	}
	switch s[i].r {
	case '란', '량', '력', '례', '로', '론', '료', '류':
		return true
	}
	return false
}

// verbalHi reports whether a ㅎ-syllable looks like the passive/causative
// suffix -히- (or its contraction -혀-), before which a preceding ㄱ ㄷ ㅂ ㅈ
// is aspirated in RR (잡혀 japyeo, 굳히다 guchida), whereas in nouns RR keeps
// the h (묵호 Mukho, 집현전 Jiphyeonjeon).
func verbalHi(r rune) bool {
	switch r {
	case '히', '힌', '힐', '힘', '힙', '혀', '혔':
		return true
	}
	return false
}

// pronounce applies the pronunciation rules to a word in place.
func (r *Romanizer) pronounce(s []psyl) {
	st := r.style
	if st == Press {
		st = RR
	}
	mr := st == MR || st == MRPlain
	n := len(s)
	if r.opt.Archaic {
		for i := range s {
			p := &s[i]
			switch p.on {
			case hangul.LS, hangul.LSS, hangul.LJ, hangul.LJJ, hangul.LCh:
				p.vo = hangul.DropY(p.vo)
			case hangul.LD, hangul.LT:
				if hangul.IsYVowel(p.vo) || p.vo == hangul.VI {
					if p.on == hangul.LD {
						p.on = hangul.LJ
					} else {
						p.on = hangul.LCh
					}
					p.vo = hangul.DropY(p.vo)
				}
			}
		}
		if n > 0 && s[0].bnd == bWordStart {
			p := &s[0]
			y := hangul.IsYVowel(p.vo) || p.vo == hangul.VI
			switch {
			case p.on == hangul.LR && y:
				p.on = hangul.LNull
			case p.on == hangul.LR:
				p.on = hangul.LN
			case p.on == hangul.LN && y:
				p.on = hangul.LNull
			}
		}
	} else {
		// Standard pronunciation, article 5: 져 쪄 쳐 are read [저 쩌 처].
		for i := range s {
			switch s[i].on {
			case hangul.LJ, hangul.LJJ, hangul.LCh:
				if mr {
					s[i].vo = hangul.DropY(s[i].vo)
				}
			}
		}
	}
	// Linking, ㄴ-insertion and ㅎ. ㄴ-insertion depends on the word
	// (알약 [알략], 절약 [저략]) and is looked up in the word list; a name
	// never takes it.
	if !r.opt.Name {
		nInsertions().mark(s)
	}
	for i := 1; i < n; i++ {
		if !transparent(st, s[i].bnd) {
			continue
		}
		p, c := &s[i-1], &s[i]
		if c.nIns && p.co != hangul.TNone && c.on == hangul.LNull {
			c.on = hangul.LN
		}
		if c.on == hangul.LNull {
			link(p, c)
			continue
		}
		aspirateAfterH(p, c)
		if c.on == hangul.LH && verbalHi(c.r) {
			// RR and the DPRK aspirate; McCune–Reischauer writes the
			// letters apart (속히 sokhi) except where ㄷ ㅌ palatalize
			// (굳히다 kuch'ida).
			if !mr || (p.co == hangul.TD || p.co == hangul.TT) && c.vo == hangul.VI {
				mergeBeforeH(p, c)
			}
		}
	}
	// Coda neutralization.
	for i := range s {
		p := &s[i]
		next := int8(-1)
		if i+1 < n && transparent(st, s[i+1].bnd) {
			next = s[i+1].on
		}
		p.cc, p.co2 = neutralize(p.co, next, p.r, mr)
	}
	// Nasalization and lateralization.
	for i := 1; i < n; i++ {
		if !transparent(st, s[i].bnd) {
			continue
		}
		p, c := &s[i-1], &s[i]
		if c.on == hangul.LR {
			switch p.cc {
			case cNone, cL:
			case cN:
				if nnSuffix(s, i) {
					c.on = hangul.LN
				} else {
					p.cc = cL
				}
			default:
				if st != DPRK {
					c.on = hangul.LN
				}
			}
		}
		if c.on == hangul.LN && p.cc == cL {
			c.on = hangul.LR
		}
		if c.on == hangul.LN || c.on == hangul.LM || (st == DPRK && c.on == hangul.LR && p.cc != cL && p.cc != cNone) {
			switch p.cc {
			case cK:
				p.cc = cNG
			case cT:
				p.cc = cN
			case cP:
				p.cc = cM
			}
		}
	}
}

// link moves a final consonant onto a following syllable that starts with
// a vowel (연음), with palatalization before 이 (같이 [가치]).
func link(p, c *psyl) {
	visible := c.bnd == bHyphen || c.bnd == bName || c.bnd == bUnit
	moved := true
	switch p.co {
	case hangul.TNone, hangul.TNG:
		return
	case hangul.TH:
		p.co = hangul.TNone
		return
	case hangul.TNH:
		p.co, c.on = hangul.TNone, hangul.LN
	case hangul.TLH:
		p.co, c.on = hangul.TNone, hangul.LR
	case hangul.TD:
		c.on = hangul.LD
		if c.vo == hangul.VI {
			c.on = hangul.LJ
		}
		p.co = hangul.TNone
	case hangul.TT:
		c.on = hangul.LT
		if c.vo == hangul.VI {
			c.on = hangul.LCh
		}
		p.co = hangul.TNone
	case hangul.TLT:
		c.on = hangul.LT
		if c.vo == hangul.VI {
			c.on = hangul.LCh
		}
		p.co = hangul.TL
	case hangul.TGS:
		p.co, c.on = hangul.TG, hangul.LS
	case hangul.TNJ:
		p.co, c.on = hangul.TN, hangul.LJ
	case hangul.TLG:
		p.co, c.on = hangul.TL, hangul.LG
	case hangul.TLM:
		p.co, c.on = hangul.TL, hangul.LM
	case hangul.TLB:
		p.co, c.on = hangul.TL, hangul.LB
	case hangul.TLS:
		p.co, c.on = hangul.TL, hangul.LS
	case hangul.TLP:
		p.co, c.on = hangul.TL, hangul.LP
	case hangul.TBS:
		p.co, c.on = hangul.TB, hangul.LS
	default:
		l, ok := hangul.FinalToInitial(p.co)
		if !ok {
			return
		}
		p.co, c.on = hangul.TNone, l
	}
	c.moved = moved && visible
}

// aspirateAfterH handles a final ㅎ (ㄶ ㅀ) before a consonant: 좋고 [조코],
// 놓는 [논는], 않다 [안타].
func aspirateAfterH(p, c *psyl) {
	rem := int8(-1)
	switch p.co {
	case hangul.TH:
		rem = hangul.TNone
	case hangul.TNH:
		rem = hangul.TN
	case hangul.TLH:
		rem = hangul.TL
	default:
		return
	}
	switch c.on {
	case hangul.LG:
		c.on = hangul.LK
	case hangul.LD:
		c.on = hangul.LT
	case hangul.LJ:
		c.on = hangul.LCh
	case hangul.LS:
		c.on = hangul.LSS
	case hangul.LN:
		if p.co == hangul.TH {
			rem = hangul.TN
		}
	default:
		if p.co == hangul.TH {
			return // neutralized to ㄷ below
		}
	}
	p.co = rem
}

// mergeBeforeH aspirates a final ㄱ ㄷ ㅂ ㅈ into a following ㅎ.
func mergeBeforeH(p, c *psyl) {
	var rem, asp int8 = hangul.TNone, 0
	switch p.co {
	case hangul.TG, hangul.TGG, hangul.TK, hangul.TGS:
		asp = hangul.LK
	case hangul.TLG:
		asp, rem = hangul.LK, hangul.TL
	case hangul.TD, hangul.TS, hangul.TSS, hangul.TT:
		asp = hangul.LT
		if c.vo == hangul.VI || c.vo == hangul.VYEO {
			asp = hangul.LCh
		}
	case hangul.TJ, hangul.TCh:
		asp = hangul.LCh
	case hangul.TNJ:
		asp, rem = hangul.LCh, hangul.TN
	case hangul.TB, hangul.TP, hangul.TBS:
		asp = hangul.LP
	case hangul.TLB:
		asp, rem = hangul.LP, hangul.TL
	default:
		return
	}
	p.co, c.on = rem, asp
}

// neutralize maps a final to the seven sounds a Korean coda can have.
// next is the following initial (-1 at the end of a word or before a
// boundary the rules do not cross). keepBeforeH keeps a cluster's second
// consonant before ㅎ, as McCune–Reischauer writes it (붉히다 pulkhida).
func neutralize(t, next int8, r rune, keepBeforeH bool) (cc, co2 int8) {
	switch t {
	case hangul.TNone:
		return cNone, cNone
	case hangul.TG, hangul.TGG, hangul.TK, hangul.TGS:
		return cK, cNone
	case hangul.TN, hangul.TNJ, hangul.TNH:
		return cN, cNone
	case hangul.TD, hangul.TS, hangul.TSS, hangul.TJ, hangul.TCh, hangul.TT, hangul.TH:
		return cT, cNone
	case hangul.TL, hangul.TLS, hangul.TLT, hangul.TLH:
		return cL, cNone
	case hangul.TLG:
		if keepBeforeH && next == hangul.LH {
			return cL, cK
		}
		if next == hangul.LG {
			return cL, cNone // 맑게 [말께]
		}
		return cK, cNone
	case hangul.TLM:
		return cM, cNone
	case hangul.TLB:
		if keepBeforeH && next == hangul.LH {
			return cL, cP
		}
		if r == '넓' || r == '밟' {
			return cP, cNone
		}
		return cL, cNone
	case hangul.TLP, hangul.TB, hangul.TP, hangul.TBS:
		return cP, cNone
	case hangul.TM:
		return cM, cNone
	case hangul.TNG:
		return cNG, cNone
	}
	return cNone, cNone
}
