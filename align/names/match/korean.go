package match

import (
	"slices"
	"strings"
	"sync"

	"github.com/bitext-ko/bitext/align/hangul"
	"github.com/bitext-ko/bitext/align/names/skeleton"
	"github.com/bitext-ko/bitext/align/names/surname"
)

// Spellings of Korean jamo in romanized personal names: the RR, MR and
// DPRK letters at cost 0 or nearly, and the variants people use in their
// own names (ㅓ as u or o: Myung, Jong; ㅜ as oo: Moon; ㅡ as u: Kum, or eo:
// Yoo Seong-min; ㅕ as eu: Ha Tae-keung; ㅠ as yo: Cho Myoung-gyon; ㅢ as
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
		hangul.VYEO: {{"yeo", 0}, {"yo", 0.1}, {"yu", 0.1}, {"you", 0.2}, {"yeu", 0.3}, {"ye", 0.4}, {"eo", 0.4}, {"io", 0.4}, {"yoe", 0.3}, {"eu", 0.5}},
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
		hangul.VYU:  {{"yu", 0}, {"yoo", 0.1}, {"you", 0.2}, {"iu", 0.5}, {"yo", 0.5}},
		hangul.VEU:  {{"eu", 0}, {"u", 0.1}, {"ue", 0.3}, {"e", 0.4}, {"eo", 0.4}},
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

// koSets are the alternative sets of the Korean tables, made once.
var koSets = struct {
	initial, vowel, final                    []*altSet // by jamo (final nil for none)
	initialRDrop, initialNDrop, initialNullW *altSet
}{
	initial: setsOf(koInitial[:]), vowel: setsOf(koVowel[:]), final: koFinalSets(),
	initialRDrop: newAltSet(koInitialRDrop), initialNDrop: newAltSet(koInitialNDrop), initialNullW: newAltSet(koInitialNullW),
}

// koFinalSets returns the sets of koFinal's alternatives by final, nil
// for none.
func koFinalSets() []*altSet {
	sets := make([]*altSet, hangul.TCount)
	for t := range sets {
		if f := koFinal(int8(t)); f != nil {
			sets[t] = newAltSet(f)
		}
	}
	return sets
}

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
		ini := koSets.initial[s.L]
		switch {
		case s.L == hangul.LR && yOrI(s.V):
			ini = koSets.initialRDrop
		case s.L == hangul.LN && yOrI(s.V):
			ini = koSets.initialNDrop
		case s.L == hangul.LNull && (s.V == hangul.VU || s.V == hangul.VWO || s.V == hangul.VWI):
			ini = koSets.initialNullW
		}
		if s.L != hangul.LNull {
			dst = append(dst, newSlot(ini, 1, skeleton.Initial(s.L)))
		} else if ini.n > 1 {
			dst = append(dst, newSlot(ini, 0, 0))
		}
		dst = append(dst, newSlot(koSets.vowel[s.V], 1, 0))
		if f := koSets.final[s.T]; f != nil {
			dst = append(dst, newSlot(f, 0.8, 0))
		}
	}
	return dst
}

// koreanName is a compiled Hangul personal name.
type koreanName struct {
	sur *surname.Surname // nil if the surname is not in the table
	// ss and gs are the surname's and the given name's syllables; the
	// patterns are made from them when the name is first scored.
	ss, gs  []hangul.Syllable
	once    sync.Once
	pat     koreanPatterns
	sylOnce sync.Once
	syls    []pattern // see syllables
	givenCl byte      // blocking class of the given name's first sound
	givenR  byte      // alternative class (ㄹ/ㄴ that may drop: 'V')
	// alt is the reading with a two-syllable surname, or nil.
	alt *koreanName
}

// compileKorean compiles a Hangul string as a personal name, given how
// surname.Split splits it (with a known surname) and its syllables. A
// three-syllable name whose first two syllables are a surname that
// surname.Split keeps apart (선우훈 is split 선 우훈) also gets the other
// reading, 선우 훈, as alt.
func compileKorean(h, sur, given string, syl []hangul.Syllable) *koreanName {
	k := compileKoreanSplit(sur, syl[:len(sur)/3], syl[len(sur)/3:])
	if len(sur) == 3 && len(given) == 6 {
		if s, ok := surname.Lookup(h[:6]); ok {
			k.alt = compileKoreanSplit(s.Hangul, syl[:2], syl[2:])
		}
	}
	return k
}

// koreanPatterns are a Korean personal name's patterns.
type koreanPatterns struct {
	sur, given pattern
}

// patterns returns the name's patterns, made on first use.
func (k *koreanName) patterns() *koreanPatterns {
	k.once.Do(func() {
		// A syllable makes three slots at most; both patterns are cut
		// from one slice.
		buf := make(pattern, 0, 3*(len(k.ss)+len(k.gs)))
		sur := koreanPattern(k.ss, buf)
		k.pat.sur = sur[:len(sur):len(sur)]
		k.pat.given = koreanPattern(k.gs, sur[len(sur):])
	})
	return &k.pat
}

// syllables returns the patterns of the given name's syllables, one
// each, for the per-syllable check (see syllableCost), made on first use:
// few names are compared that closely.
func (k *koreanName) syllables() []pattern {
	k.sylOnce.Do(func() {
		// Cut from one slice, as patterns does.
		k.syls = make([]pattern, len(k.gs))
		buf := make(pattern, 0, 3*len(k.gs))
		for i := range k.gs {
			p := koreanPattern(k.gs[i:i+1], buf)
			k.syls[i] = p[:len(p):len(p)]
			buf = p[len(p):]
		}
	})
	return k.syls
}

// compileKoreanSplit compiles a personal name of a known surname, sur,
// given the surname's and the given name's syllables.
func compileKoreanSplit(sur string, ss, gs []hangul.Syllable) *koreanName {
	k := &koreanName{}
	k.sur, _ = surname.Lookup(sur)
	k.ss, k.gs = ss, gs
	k.givenCl = skeleton.Initial(gs[0].L)
	k.givenR = k.givenCl
	if (gs[0].L == hangul.LR || gs[0].L == hangul.LN) && yOrI(gs[0].V) {
		k.givenR = 'V'
	}
	if gs[0].L == hangul.LR {
		if k.givenR == k.givenCl {
			k.givenR = 'N'
		}
	}
	return k
}

// surnameCost is the cost of spelling the surname as the side's surname
// word; costs above bound may come back as any value above it.
func (k *koreanName) surnameCost(sd *side, bound float32) float32 {
	if k.sur != nil {
		for i, s := range sd.surs {
			if s == k.sur {
				if i < 64 && sd.press&(1<<i) != 0 {
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
	return distance(tok, k.patterns().sur, bound-unknown) + unknown
}

// score compares an English name with the Korean name; it tries the
// surname first and last. Scores at or below floor may be returned as 0.
//
// A given name is compared syllable by syllable too: when some Hangul
// syllable is spelled as another syllable (Jong-il for 정은, Yo-jong for
// 정은), the English names a different person, and the score is scaled
// by mismatchScale, below any useful threshold. koreanOnly reports that the
// English spells the surname as the surname table does and its given name
// as Korean syllables: it is a Korean name, and the caller should not try
// the loanword reading (which would match Kim Jong-un to 김훈훈, ㅎ being
// the j of Juan).
func (k *koreanName) score(e *English, floor float64) (s float64, koreanOnly bool) {
	s, koreanOnly = k.score1(e, floor)
	if k.alt != nil {
		s2, only2 := k.alt.score1(e, max(floor, s))
		s, koreanOnly = max(s, s2), koreanOnly || only2
	}
	return s, koreanOnly
}

func (k *koreanName) score1(e *English, floor float64) (s float64, koreanOnly bool) {
	if e.total == 0 {
		return 0, false
	}
	total := float64(e.total)
	for i := range e.sides {
		// Surname first, as Korean names are written, or this name's
		// surname last (Jong-un Kim).
		sd := &e.sides[i]
		if sd.shaped && k.sur != nil && (i == 0 || slices.Contains(sd.surs, k.sur)) {
			koreanOnly = true
		}
	}
	limit := float32((1 - floor) * total)
	best := 0.0
	// Surname first, then surname last (which costs a little more).
	for i := range e.sides {
		sd := &e.sides[i]
		// Costs at or above bound cannot beat the best side or the floor.
		bound := min(float32((1-max(best, floor))*total), limit)
		sc := k.surnameCost(sd, bound-sd.extra) + sd.extra
		if sc > bound {
			continue
		}
		c := distance(sd.given, k.patterns().given, bound-sc)
		if sc+c > bound {
			continue
		}
		pc, mismatches := c, 0
		if c > syllableSlack {
			// Only then can one syllable cost more than the slack. Once
			// a score of mismatchScale is reached, a mismatched split
			// cannot win, and only clean splits are looked for.
			cleanOnly := max(best, floor) >= mismatchScale
			if cleanOnly && c > syllableSlack*float32(len(k.gs)) {
				continue
			}
			pc, mismatches = k.syllableCost(sd.given, bound-sc, cleanOnly)
			if sc+pc > bound {
				continue
			}
		}
		v := 1 - float64(sc+pc)/total
		if mismatches > 0 {
			v *= mismatchScale
		}
		best = max(best, v)
	}
	if best <= floor || best < 0 {
		return 0, koreanOnly
	}
	return best, koreanOnly
}

// mismatchScale scales the score of a given name with a syllable spelled
// as another syllable: a different person scores at most half.
const mismatchScale = 0.5

// spanCosts sets out[j-start], for every j from start to the end of the
// prepared spelling, to the cheapest cost of spelling pat as e[start:j]. It
// is distance's dynamic programme without the cut-off, for the short
// patterns of single syllables.
func spanCosts(pe *prepared, start int, pat pattern, out []float32) {
	n := len(pe.s)
	var r0, r1 [maxLetters + 1]float32
	prev, row := r0[:n+1], r1[:n+1]
	prev[start] = 0
	for j := start + 1; j <= n; j++ {
		prev[j] = prev[j-1] + pe.at[j-1].ins
	}
	var rest [maxLetters + 1]float32 // no bound of the rest: zeros
	for k := range pat {
		sl := &pat[k]
		row[start] = prev[start] + sl.skip
		fillRow(pe, sl, prev, row, rest[start+1:], start, start, n, noBound)
		prev, row = row, prev
	}
	copy(out, prev[start:n+1])
}

// syllableCost is the cost of spelling the given name as pe when every
// Hangul syllable is compared with its own part of the spelling: the
// cheapest split of pe into one part per syllable, each part costing its
// distance from the syllable plus syllableMismatch if that distance is
// above syllableSlack (the part is another syllable, not a spelling of
// this one: 일 for 은). mismatches is the number of such parts in the
// cheapest split. Costs above bound may come back as any value above it.
// With cleanOnly, splits with a mismatch are not considered at all.
func (k *koreanName) syllableCost(pe *prepared, bound float32, cleanOnly bool) (cost float32, mismatches int) {
	n := len(pe.s)
	const inf = float32(1e9)
	var bufA, bufB [maxLetters + 1]float32
	var mmA, mmB [maxLetters + 1]int8
	var span [maxLetters + 1]float32
	prev, cur := bufA[:n+1], bufB[:n+1]
	pmm, cmm := mmA[:n+1], mmB[:n+1]
	for j := range prev {
		prev[j] = inf
	}
	prev[0] = 0
	for _, sp := range k.syllables() {
		for j := range cur {
			cur[j] = inf
			cmm[j] = 0
		}
		for i := 0; i <= n; i++ {
			if prev[i] > bound {
				continue
			}
			spanCosts(pe, i, sp, span[:n+1-i])
			for j := i; j <= n; j++ {
				c, m := span[j-i], pmm[i]
				if c > syllableSlack {
					if cleanOnly {
						continue
					}
					c += syllableMismatch
					m++
				}
				if v := prev[i] + c; v < cur[j] {
					cur[j], cmm[j] = v, m
				}
			}
		}
		prev, cur = cur, prev
		pmm, cmm = cmm, pmm
	}
	return prev[n], int(pmm[n])
}

// syllableSlack is the most a syllable's part of a spelling may differ
// from it and still be a spelling of it.
const syllableSlack = 0.95

// syllableMismatch is the extra cost of a syllable spelled as another.
const syllableMismatch = 1.5

// koreanShaped reports whether a folded given name is a sequence of
// romanized Korean syllables: an optional initial, a vowel and an
// optional final, each spelled as the name tables spell them at low cost
// (jongun, ilsung, yojong; not keqiang, green).
func koreanShaped(g string) bool {
	if g == "" || len(g) > 63 {
		return false
	}
	t := loadShapes()
	var reach uint64 = 1
	for i := 0; i < len(g); i++ {
		if reach&(1<<i) == 0 {
			continue
		}
		for _, ini := range t.initials(g[i]) {
			if !strings.HasPrefix(g[i:], ini) {
				continue
			}
			v0 := i + len(ini)
			if v0 >= len(g) {
				continue
			}
			for _, v := range t.vowels[g[v0]] {
				if !strings.HasPrefix(g[v0:], v) {
					continue
				}
				f0 := v0 + len(v)
				reach |= 1 << f0
				if f0 < len(g) {
					for _, f := range t.finals[g[f0]] {
						if strings.HasPrefix(g[f0:], f) {
							reach |= 1 << (f0 + len(f))
						}
					}
				}
			}
		}
	}
	return reach&(1<<len(g)) != 0
}

// shapeCost is the highest cost of a spelling that koreanShaped accepts.
const shapeCost = 0.3

type shapes struct {
	ini, vowels, finals [256][]string // by first letter
}

// initials returns the initials that may start at letter c, the empty
// one included.
func (t *shapes) initials(c byte) []string { return t.ini[c] }

var loadShapes = sync.OnceValue(func() *shapes {
	t := &shapes{}
	add := func(dst *[256][]string, alts []alt) {
		for _, a := range alts {
			if a.s != "" && a.c <= shapeCost && !slices.Contains(dst[a.s[0]], a.s) {
				dst[a.s[0]] = append(dst[a.s[0]], a.s)
			}
		}
	}
	for _, alts := range koInitial {
		add(&t.ini, alts)
	}
	add(&t.ini, koInitialNullW)
	for _, alts := range koVowel {
		add(&t.vowels, alts)
	}
	for _, f := range [][]alt{koFinalK, koFinalN, koFinalT, koFinalL, koFinalM, koFinalP, koFinalNG} {
		add(&t.finals, f)
	}
	for c := range t.ini {
		// A syllable may start with its vowel.
		if len(t.vowels[c]) > 0 {
			t.ini[c] = append(t.ini[c], "")
		}
	}
	return t
})
