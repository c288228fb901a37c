package romanize

import (
	"github.com/bitext-ko/bitext/align/hangul"

	"github.com/bitext-ko/bitext/align/names/mr"
)

// Letters by jamo index (see package hangul for the order).
var (
	rrInitial     = [hangul.LCount]string{"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"}
	mrInitial     = [hangul.LCount]string{"k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "ch", "tch", "ch'", "k'", "t'", "p'", "h"}
	dprkInitial   = [hangul.LCount]string{"k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "j", "jj", "ch", "kh", "th", "ph", "h"}
	translitInit  = [hangul.LCount]string{"g", "kk", "n", "d", "tt", "l", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"}
	rrVowel       = [hangul.VCount]string{"a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"}
	mrVowel       = [hangul.VCount]string{"a", "ae", "ya", "yae", "ŏ", "e", "yŏ", "ye", "o", "wa", "wae", "oe", "yo", "u", "wŏ", "we", "wi", "yu", "ŭ", "ŭi", "i"}
	translitFinal = [hangul.TCount]string{"", "g", "kk", "gs", "n", "nj", "nh", "d", "l", "lg", "lm", "lb", "ls", "lt", "lp", "lh", "m", "b", "bs", "s", "ss", "ng", "j", "ch", "k", "t", "p", "h"}
	codaLetters   = [...]string{cNone: "", cK: "k", cN: "n", cT: "t", cL: "l", cM: "m", cP: "p", cNG: "ng"}
)

// voicedCoda reports whether a coda lets a following lenis consonant be
// voiced in MR and the DPRK system.
func voicedCoda(cc int8) bool {
	return cc == cNone || cc == cN || cc == cM || cc == cNG || cc == cL
}

// spell writes a pronounced word. nameMark separates given-name syllables.
func (r *Romanizer) spell(w *writer, s []psyl, nameMark string) {
	st := r.style
	if st == Press {
		st = RR
	}
	isMR := st == MR || st == MRPlain
	start := len(w.buf)
	divided := writerDivided(s)
	for i := range s {
		c := &s[i]
		var p *psyl
		if i > 0 {
			p = &s[i-1]
		}
		// Boundary mark and the previous coda.
		mark := ""
		if p != nil {
			switch c.bnd {
			case bHyphen, bUnit:
				mark = "-"
			case bName:
				mark = nameMark
			case bSoft:
				if !(divided && st == DPRK) {
					mark = r.softMark(st, p, c)
				}
			}
			w.buf = append(w.buf, r.codaString(st, p, c)...)
		}
		onset := r.onsetString(st, p, c)
		if c.moved && mark != "" && isMR {
			// ALA-LC keeps the hyphen where the syllables meet in
			// writing: 석원 Sŏg-wŏn.
			w.buf = append(w.buf, onset...)
			w.buf = append(w.buf, mark...)
		} else {
			w.buf = append(w.buf, mark...)
			w.buf = append(w.buf, onset...)
		}
		if isMR || st == DPRK {
			w.buf = append(w.buf, mrVowel[c.vo]...)
		} else {
			w.buf = append(w.buf, rrVowel[c.vo]...)
		}
	}
	if n := len(s); n > 0 {
		w.buf = append(w.buf, r.codaString(st, &s[n-1], nil)...)
	}
	if r.style == MRPlain {
		out := mr.Plain(string(w.buf[start:]))
		w.buf = append(w.buf[:start], out...)
	}
}

// writerDivided reports whether the writer put a hyphen inside the word
// (부억-안골). The DPRK system's hyphen does two jobs, keeping the writer's
// division and splitting an ambiguous n-g (판교 Phan-gyo); a word the writer
// has already divided gets no second, automatic division (Puŏk-angol).
func writerDivided(s []psyl) bool {
	for i := range s {
		if i > 0 && s[i].bnd == bHyphen {
			return true
		}
	}
	return false
}

// softMark is the mark some systems put inside a word where the letters
// could be split the wrong way.
func (r *Romanizer) softMark(st Style, p, c *psyl) string {
	switch st {
	case MR:
		if p.cc == cN && c.on == hangul.LG {
			return "'" // Han'guk
		}
	case DPRK:
		if p.cc == cN && c.on == hangul.LG {
			return "-" // Phan-gyo
		}
	case RR:
		if !r.opt.Hyphenate {
			return ""
		}
		if p.cc == cN && c.on == hangul.LG || p.cc == cNG && c.on == hangul.LNull {
			return "-" // Ban-gudae, Jung-ang
		}
		if p.cc == cNone && c.on == hangul.LNull {
			a := rrVowel[p.vo]
			b := rrVowel[c.vo]
			switch a[len(a)-1:] + b[:1] {
			case "ae", "eo", "eu", "oe", "ui":
				return "-" // Se-un, Hae-undae
			}
		}
	}
	return ""
}

// onsetString spells an initial. p is the previous syllable or nil.
func (r *Romanizer) onsetString(st Style, p, c *psyl) string {
	on := c.on
	switch st {
	case RR:
		if on == hangul.LR && p != nil && p.cc == cL && transparent(st, c.bnd) {
			return "l"
		}
		return rrInitial[on]
	case MR, MRPlain:
		if on == hangul.LR && p != nil && p.cc == cL && c.bnd != bWordStart && c.bnd != bAfterOther {
			return "l"
		}
		if (on == hangul.LS || on == hangul.LSS) && c.vo == hangul.VWI {
			if on == hangul.LS {
				return "sh"
			}
			return "ssh"
		}
		if p != nil && transparent(st, c.bnd) && voicedCoda(p.cc) {
			switch on {
			case hangul.LG:
				return "g"
			case hangul.LB:
				return "b"
			case hangul.LD:
				if p.cc != cL {
					return "d"
				}
			case hangul.LJ:
				if p.cc != cL {
					return "j"
				}
			}
		}
		if p != nil && transparent(st, c.bnd) && p.cc == cT {
			switch on {
			case hangul.LDD:
				return "tt" // coda absorbed: 엿때 yŏttae
			}
		}
		return mrInitial[on]
	case DPRK:
		if on == hangul.LR && p != nil && p.cc == cL {
			return "l"
		}
		// Generic terms and administrative units are written as
		// pronounced alone after a vowel (Kyogu-dong, 3.1-dong,
		// Amrokgang); elsewhere ㄱ ㄷ ㅂ are voiced after a vowel or a
		// resonant.
		if c.bnd == bGeo || c.bnd == bUnit || p != nil && voicedCoda(p.cc) && c.bnd != bAfterOther {
			switch on {
			case hangul.LG:
				return "g"
			case hangul.LD:
				return "d"
			case hangul.LB:
				return "b"
			}
		}
		return dprkInitial[on]
	}
	return rrInitial[on]
}

// codaString spells the coda of p; c is the following syllable or nil.
func (r *Romanizer) codaString(st Style, p, c *psyl) string {
	s := codaLetters[p.cc]
	if (st == MR || st == MRPlain) && c != nil && transparent(st, c.bnd) {
		switch {
		case p.cc == cT && (c.on == hangul.LS || c.on == hangul.LSS || c.on == hangul.LDD || c.on == hangul.LJJ):
			if c.on == hangul.LS {
				return "s" // 겻슌 kyŏssun
			}
			return "" // 갓싸기 kassagi, 밋짝 mitchak
		case p.cc == cK && c.on == hangul.LGG, p.cc == cP && c.on == hangul.LBB:
			return "" // 박꼿 pakkot
		case p.cc == cL && c.on == hangul.LH:
			s = "r" // 일하 Irha
			switch p.co2 {
			case cK:
				return "lk"
			case cP:
				return "lp"
			}
		}
	}
	return s
}

// spellTranslit writes the reversible transliteration of a word: every
// letter as written, ㄱ ㄷ ㅂ ㄹ always g d b l, a hyphen for a silent ㅇ
// inside the word and wherever the letters could be split another way.
func (r *Romanizer) spellTranslit(w *writer, s []psyl) {
	for i := range s {
		c := &s[i]
		onset := translitInit[c.L]
		if i > 0 {
			prev := translitFinal[s[i-1].T]
			switch {
			case c.bnd == bHyphen:
				w.buf = append(w.buf, '-')
			case c.L == hangul.LNull:
				w.buf = append(w.buf, '-')
			case prev != "" && ambiguousJoin(prev[len(prev)-1], onset[0]):
				w.buf = append(w.buf, '-')
			}
		}
		w.buf = append(w.buf, onset...)
		w.buf = append(w.buf, rrVowel[c.V]...)
		w.buf = append(w.buf, translitFinal[c.T]...)
	}
}

// ambiguousJoin reports whether a final letter a followed by an initial
// letter b could be read as one doubled (tense) consonant.
func ambiguousJoin(a, b byte) bool {
	if a != b {
		return false
	}
	switch a {
	case 'k', 't', 'p', 's', 'j':
		return true
	}
	return false
}
