package match

import (
	"github.com/bitext-ko/bitext/align/names/hangul"
	"github.com/bitext-ko/bitext/align/names/surname"
)

// Spellings of Korean jamo in romanized personal names: the RR, MR and
// DPRK letters at cost 0 or nearly, and the variants people use in their
// own names (ㅓ as u or o: Myung, Jong; ㅜ as oo: Moon; ㅡ as u: Kum; ㅢ as
// ee: Hee; finals k/g/ck).
var (
	koInitial = [hangul.LCount][]alt{
		hangul.LG:    {{"g", 0}, {"k", 0}, {"gh", 0.4}, {"kh", 0.4}, {"c", 0.6}, {"q", 0.8}},
		hangul.LGG:   {{"kk", 0}, {"gg", 0}, {"k", 0.2}, {"g", 0.2}, {"c", 0.5}},
		hangul.LN:    {{"n", 0}, {"r", 0.6}, {"l", 0.6}},
		hangul.LD:    {{"d", 0}, {"t", 0}, {"th", 0.4}},
		hangul.LDD:   {{"tt", 0}, {"dd", 0}, {"t", 0.2}, {"d", 0.2}},
		hangul.LR:    {{"r", 0}, {"l", 0}, {"n", 0.3}, {"rh", 0.2}},
		hangul.LM:    {{"m", 0}},
		hangul.LB:    {{"b", 0}, {"p", 0}, {"v", 0.6}, {"bh", 0.4}},
		hangul.LBB:   {{"pp", 0}, {"bb", 0}, {"p", 0.2}, {"b", 0.2}},
		hangul.LS:    {{"s", 0}, {"sh", 0.15}, {"ss", 0.3}, {"c", 0.7}},
		hangul.LSS:   {{"ss", 0}, {"s", 0.15}, {"sh", 0.3}},
		hangul.LNull: {{"", 0}},
		hangul.LJ:    {{"j", 0}, {"ch", 0.1}, {"z", 0.5}, {"dj", 0.4}, {"jh", 0.3}},
		hangul.LJJ:   {{"jj", 0}, {"tch", 0}, {"ch", 0.2}, {"j", 0.2}, {"tj", 0.3}},
		hangul.LCh:   {{"ch", 0}, {"chh", 0}, {"c", 0.5}, {"j", 0.5}, {"tch", 0.4}},
		hangul.LK:    {{"k", 0}, {"kh", 0}, {"c", 0.4}},
		hangul.LT:    {{"t", 0}, {"th", 0}, {"d", 0.5}},
		hangul.LP:    {{"p", 0}, {"ph", 0}, {"f", 0.3}},
		hangul.LH:    {{"h", 0}, {"wh", 0.3}},
	}
	// ㄹ and ㄴ before ㅣ or a y-vowel may be dropped (리/이, 류/유, 녀/여).
	koInitialRDrop = append(append([]alt(nil), koInitial[hangul.LR]...), alt{"", 0.3})
	koInitialNDrop = append(append([]alt(nil), koInitial[hangul.LN]...), alt{"", 0.3})
	// ㅇ before ㅜ ㅝ ㅟ is often written w (Woo, Won, Wi).
	koInitialNullW = []alt{{"", 0}, {"w", 0.1}}

	koVowel = [hangul.VCount][]alt{
		hangul.VA:   {{"a", 0}, {"ah", 0.1}, {"aa", 0.3}},
		hangul.VAE:  {{"ae", 0}, {"ai", 0.2}, {"e", 0.3}, {"a", 0.4}, {"ay", 0.4}, {"ea", 0.4}},
		hangul.VYA:  {{"ya", 0}, {"yah", 0.2}, {"ia", 0.4}},
		hangul.VYAE: {{"yae", 0}, {"ye", 0.3}},
		hangul.VEO:  {{"eo", 0}, {"o", 0.1}, {"u", 0.1}, {"uh", 0.2}, {"eu", 0.3}, {"e", 0.5}, {"ou", 0.4}, {"ur", 0.4}},
		hangul.VE:   {{"e", 0}, {"ae", 0.3}, {"eh", 0.3}},
		hangul.VYEO: {{"yeo", 0}, {"yo", 0.1}, {"yu", 0.1}, {"you", 0.2}, {"yeu", 0.3}, {"ye", 0.4}, {"eo", 0.4}, {"io", 0.4}, {"yoe", 0.3}},
		hangul.VYE:  {{"ye", 0}, {"e", 0.2}, {"yeh", 0.3}, {"ae", 0.5}},
		hangul.VO:   {{"o", 0}, {"oh", 0.1}, {"oo", 0.4}, {"u", 0.5}, {"ou", 0.4}},
		hangul.VWA:  {{"wa", 0}, {"oa", 0.3}},
		hangul.VWAE: {{"wae", 0}, {"oe", 0.3}, {"we", 0.3}},
		hangul.VOE:  {{"oe", 0}, {"oi", 0.2}, {"we", 0.2}, {"wi", 0.5}, {"e", 0.5}, {"oy", 0.3}},
		hangul.VYO:  {{"yo", 0}, {"yoh", 0.2}, {"io", 0.5}},
		hangul.VU:   {{"u", 0}, {"oo", 0.1}, {"ou", 0.2}, {"wu", 0.3}, {"o", 0.5}},
		hangul.VWO:  {{"wo", 0}, {"weo", 0}, {"wu", 0.3}, {"uo", 0.4}},
		hangul.VWE:  {{"we", 0}, {"ue", 0.4}},
		hangul.VWI:  {{"wi", 0}, {"wee", 0.2}, {"ui", 0.3}, {"ue", 0.4}},
		hangul.VYU:  {{"yu", 0}, {"yoo", 0.1}, {"you", 0.2}, {"iu", 0.5}},
		hangul.VEU:  {{"eu", 0}, {"u", 0.1}, {"ue", 0.3}, {"e", 0.4}},
		hangul.VUI:  {{"ui", 0}, {"eui", 0.1}, {"ee", 0.3}, {"i", 0.3}, {"ei", 0.4}, {"uy", 0.4}},
		hangul.VI:   {{"i", 0}, {"ee", 0.1}, {"ie", 0.4}, {"ea", 0.5}, {"y", 0.5}},
	}

	// Finals, by the sound they are neutralized to; assimilated spellings
	// (ng for ㄱ before a nasal, l for ㄴ before ㄹ) cost a little.
	koFinalK  = []alt{{"k", 0}, {"g", 0}, {"ck", 0.1}, {"kk", 0.3}, {"ng", 0.4}}
	koFinalN  = []alt{{"n", 0}, {"nn", 0.2}, {"l", 0.4}}
	koFinalT  = []alt{{"t", 0}, {"d", 0.2}, {"s", 0.3}, {"n", 0.4}, {"tt", 0.3}}
	koFinalL  = []alt{{"l", 0}, {"ll", 0.1}, {"r", 0.2}}
	koFinalM  = []alt{{"m", 0}, {"mm", 0.2}}
	koFinalP  = []alt{{"p", 0}, {"b", 0.1}, {"m", 0.4}}
	koFinalNG = []alt{{"ng", 0}, {"n", 0.4}}
)

func koFinal(t int8) []alt {
	switch t {
	case hangul.TNone:
		return nil
	case hangul.TG, hangul.TGG, hangul.TK, hangul.TGS, hangul.TLG:
		return koFinalK
	case hangul.TN, hangul.TNJ, hangul.TNH:
		return koFinalN
	case hangul.TL, hangul.TLS, hangul.TLT, hangul.TLH, hangul.TLB:
		return koFinalL
	case hangul.TM, hangul.TLM:
		return koFinalM
	case hangul.TB, hangul.TP, hangul.TBS, hangul.TLP:
		return koFinalP
	case hangul.TNG:
		return koFinalNG
	}
	return koFinalT
}

// initialClass is the blocking class of an initial consonant.
func initialClass(l int8) byte {
	switch l {
	case hangul.LG, hangul.LGG, hangul.LK:
		return 'K'
	case hangul.LN:
		return 'N'
	case hangul.LD, hangul.LDD, hangul.LT:
		return 'T'
	case hangul.LR:
		return 'R'
	case hangul.LM:
		return 'M'
	case hangul.LB, hangul.LBB, hangul.LP:
		return 'P'
	case hangul.LS, hangul.LSS:
		return 'S'
	case hangul.LJ, hangul.LJJ, hangul.LCh:
		return 'J'
	case hangul.LH:
		return 'H'
	}
	return 'V'
}

func yOrI(v int8) bool {
	switch v {
	case hangul.VI, hangul.VYA, hangul.VYAE, hangul.VYEO, hangul.VYE, hangul.VYO, hangul.VYU:
		return true
	}
	return false
}

// koreanPattern compiles the syllables of a Korean name part.
func koreanPattern(syl []hangul.Syllable, dst pattern) pattern {
	return finish(koreanSlots(syl, dst))
}

func koreanSlots(syl []hangul.Syllable, dst pattern) pattern {
	for _, s := range syl {
		ini := koInitial[s.L]
		switch {
		case s.L == hangul.LR && yOrI(s.V):
			ini = koInitialRDrop
		case s.L == hangul.LN && yOrI(s.V):
			ini = koInitialNDrop
		case s.L == hangul.LNull && (s.V == hangul.VU || s.V == hangul.VWO || s.V == hangul.VWI):
			ini = koInitialNullW
		}
		if s.L != hangul.LNull {
			dst = append(dst, newSlot(ini, 1, initialClass(s.L)))
		} else if len(ini) > 1 {
			dst = append(dst, newSlot(ini, 0, 0))
		}
		dst = append(dst, newSlot(koVowel[s.V], 1, 0))
		if f := koFinal(s.T); f != nil {
			dst = append(dst, newSlot(f, 0.8, 0))
		}
	}
	return dst
}

// koreanName is a compiled Hangul personal name.
type koreanName struct {
	sur     *surname.Surname // nil if the surname is not in the table
	surPat  pattern
	given   pattern
	givenCl byte // blocking class of the given name's first sound
	givenR  byte // alternative class (ㄹ/ㄴ that may drop: 'V')
}

// compileKorean compiles a Hangul string as a personal name; ok is false
// if it cannot be one (not 2 to 5 syllables).
func compileKorean(h string) (*koreanName, bool) {
	sur, given, known, ok := surname.Split(h)
	if !ok {
		return nil, false
	}
	k := &koreanName{}
	if known {
		k.sur, _ = surname.Lookup(sur)
	}
	ss, _ := hangul.Syllables(sur)
	gs, _ := hangul.Syllables(given)
	k.surPat = koreanPattern(ss, nil)
	k.given = koreanPattern(gs, nil)
	k.givenCl = initialClass(gs[0].L)
	k.givenR = k.givenCl
	if (gs[0].L == hangul.LR || gs[0].L == hangul.LN) && yOrI(gs[0].V) {
		k.givenR = 'V'
	}
	if gs[0].L == hangul.LR {
		if k.givenR == k.givenCl {
			k.givenR = 'N'
		}
	}
	return k, true
}

// surnameCost is the cost of spelling the surname as the side's surname
// word; costs above bound may come back as any value above it.
func (k *koreanName) surnameCost(sd *side, bound float32) float32 {
	if k.sur != nil {
		for i, s := range sd.surs {
			if s == k.sur {
				if sd.press[i] {
					return 0
				}
				return 0.02
			}
		}
	}
	tok := sd.sur
	const unknown = 0.3 // a spelling not in the surname table
	if bound < unknown {
		return unknown
	}
	return distance(tok, k.surPat, bound-unknown) + unknown
}

// score compares an English name with the Korean name; it tries the
// surname first and last. Scores at or below floor may be returned as 0.
func (k *koreanName) score(e *English, floor float64) float64 {
	if e.total == 0 {
		return 0
	}
	limit := float32((1 - floor) * float64(e.total))
	best := limit + 1
	// Surname first, then surname last (which costs a little more).
	for i := range e.sides {
		sd := &e.sides[i]
		sc := k.surnameCost(sd, min(best, limit)-sd.extra) + sd.extra
		bound := min(best, limit) - sc
		if bound < 0 {
			continue
		}
		if c := sc + distance(sd.given, k.given, bound); c < best {
			best = c
		}
	}
	s := 1 - float64(best)/float64(e.total)
	if s <= floor || s < 0 {
		return 0
	}
	return s
}
