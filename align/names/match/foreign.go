package match

import (
	"github.com/bitext-ko/bitext/align/hangul"

	"github.com/bitext-ko/bitext/align/names/skeleton"
)

// Spellings of Hangul jamo in foreign names and words as the National
// Institute of the Korean Language's loanword rules write them: one Hangul
// letter stands for several Latin spellings (ㅂ for b and v, ㅍ for p and f,
// ㅈ for j, z and soft g, ㅓ for the English schwa), ㅡ is mostly an added
// vowel that the source spelling lacks (트럼프 Trump), and vowel pairs such
// as 아이 and 에이 spell one English vowel (마이크 Mike, 케이트 Kate).
var (
	frInitial = [hangul.LCount][]alt{
		hangul.LG:    {{"g", 0}, {"k", 0.3}, {"c", 0.3}, {"gh", 0.1}, {"gu", 0.2}, {"q", 0.5}},
		hangul.LGG:   {{"k", 0.1}, {"c", 0.1}, {"g", 0.3}, {"kk", 0}, {"q", 0.3}},
		hangul.LN:    {{"n", 0}, {"nn", 0.1}, {"kn", 0.2}, {"gn", 0.3}, {"ng", 0.4}},
		hangul.LD:    {{"d", 0}, {"dd", 0.1}, {"t", 0.3}, {"th", 0.3}},
		hangul.LDD:   {{"t", 0.1}, {"d", 0.3}, {"tt", 0.1}},
		hangul.LR:    {{"l", 0}, {"r", 0}, {"ll", 0}, {"rr", 0}, {"rh", 0.1}},
		hangul.LM:    {{"m", 0}, {"mm", 0}},
		hangul.LB:    {{"b", 0}, {"v", 0}, {"bb", 0}, {"p", 0.4}, {"w", 0.4}},
		hangul.LBB:   {{"p", 0.1}, {"b", 0.3}, {"pp", 0.1}},
		hangul.LS:    {{"s", 0}, {"ss", 0}, {"c", 0.1}, {"sc", 0.2}, {"z", 0.3}, {"x", 0.1}, {"sh", 0.2}, {"th", 0.2}, {"ps", 0.4}, {"ts", 0.5}, {"ch", 0.3}},
		hangul.LSS:   {{"s", 0.1}, {"ss", 0.1}, {"c", 0.3}},
		hangul.LNull: {{"", 0}, {"h", 0.4}},
		hangul.LJ:    {{"j", 0}, {"z", 0}, {"g", 0.2}, {"dg", 0.2}, {"zh", 0.2}, {"s", 0.4}, {"ch", 0.3}, {"dj", 0.2}, {"gi", 0.3}},
		hangul.LJJ:   {{"z", 0.1}, {"tz", 0.1}, {"ts", 0.1}, {"zz", 0.1}, {"c", 0.3}, {"zh", 0.2}, {"j", 0.3}, {"tr", 0.4}, {"ch", 0.3}},
		hangul.LCh:   {{"ch", 0}, {"c", 0.2}, {"tch", 0.1}, {"ts", 0.1}, {"tz", 0.1}, {"z", 0.3}, {"q", 0.2}, {"t", 0.4}, {"cz", 0.4}, {"tsch", 0.2}, {"cc", 0.3}},
		hangul.LK:    {{"k", 0}, {"c", 0}, {"ck", 0}, {"ch", 0.3}, {"q", 0.2}, {"kh", 0.1}, {"cc", 0.2}, {"qu", 0.2}},
		hangul.LT:    {{"t", 0}, {"tt", 0}, {"th", 0.1}, {"d", 0.4}},
		hangul.LP:    {{"p", 0}, {"pp", 0}, {"ph", 0}, {"f", 0}, {"ff", 0}},
		hangul.LH:    {{"h", 0}, {"wh", 0.2}, {"ch", 0.4}, {"j", 0.4}, {"g", 0.5}, {"x", 0.5}, {"kh", 0.3}},
	}
	frVowel = [hangul.VCount][]alt{
		hangul.VA:   {{"a", 0}, {"o", 0.2}, {"u", 0.3}, {"ah", 0.1}, {"ar", 0.1}, {"e", 0.5}, {"aa", 0.1}},
		hangul.VAE:  {{"a", 0.05}, {"ai", 0.2}, {"ae", 0}, {"e", 0.3}, {"ay", 0.3}},
		hangul.VYA:  {{"ya", 0}, {"ia", 0.2}, {"ja", 0.3}, {"ea", 0.4}},
		hangul.VYAE: {{"ya", 0.2}, {"yae", 0}, {"ia", 0.3}},
		hangul.VEO:  {{"u", 0.1}, {"o", 0.1}, {"er", 0.1}, {"ur", 0.1}, {"ir", 0.3}, {"ar", 0.2}, {"or", 0.2}, {"e", 0.2}, {"a", 0.2}, {"ou", 0.3}, {"eo", 0.3}, {"i", 0.4}},
		hangul.VE:   {{"e", 0}, {"ai", 0.3}, {"ay", 0.3}, {"a", 0.3}, {"ei", 0.3}, {"ea", 0.3}},
		hangul.VYEO: {{"ye", 0.1}, {"yo", 0.2}, {"eo", 0.3}, {"io", 0.3}, {"ie", 0.3}, {"ia", 0.4}, {"yu", 0.3}},
		hangul.VYE:  {{"ye", 0}, {"e", 0.2}, {"ie", 0.3}},
		hangul.VO:   {{"o", 0}, {"au", 0.2}, {"aw", 0.2}, {"oa", 0.2}, {"ou", 0.3}, {"oh", 0.2}, {"ow", 0.3}, {"a", 0.4}, {"eau", 0.2}, {"oo", 0.3}},
		hangul.VWA:  {{"wa", 0}, {"ua", 0.1}, {"oi", 0.4}, {"oa", 0.2}, {"wo", 0.3}, {"qua", 0.3}},
		hangul.VWAE: {{"wa", 0.2}, {"wae", 0}, {"wai", 0.3}},
		hangul.VOE:  {{"oe", 0}, {"we", 0.2}, {"oi", 0.4}},
		hangul.VYO:  {{"yo", 0}, {"io", 0.2}, {"jo", 0.3}},
		hangul.VU:   {{"u", 0}, {"oo", 0}, {"ou", 0.1}, {"o", 0.3}, {"w", 0.3}, {"ew", 0.3}, {"ue", 0.2}},
		hangul.VWO:  {{"wo", 0}, {"uo", 0.2}, {"wa", 0.3}, {"wor", 0.2}, {"war", 0.3}, {"wu", 0.3}, {"o", 0.3}},
		hangul.VWE:  {{"we", 0}, {"ue", 0.2}, {"wai", 0.3}, {"wa", 0.2}, {"a", 0.2}, {"ai", 0.2}, {"ay", 0.2}},
		hangul.VWI:  {{"wi", 0}, {"ui", 0.1}, {"ue", 0.3}, {"u", 0.3}, {"wee", 0.2}},
		hangul.VYU:  {{"yu", 0}, {"u", 0.2}, {"ew", 0.2}, {"eu", 0.3}, {"iu", 0.2}, {"ue", 0.3}, {"you", 0.1}},
		hangul.VEU:  {{"", 0.05}, {"e", 0.25}, {"u", 0.3}, {"o", 0.35}, {"a", 0.45}, {"i", 0.35}},
		hangul.VUI:  {{"ui", 0}, {"ei", 0.3}, {"i", 0.4}},
		hangul.VI:   {{"i", 0}, {"ee", 0.1}, {"y", 0.1}, {"e", 0.2}, {"ea", 0.2}, {"ie", 0.2}, {"ey", 0.3}, {"ei", 0.3}},
	}
	frFinal = [hangul.TCount][]alt{
		hangul.TG:  {{"k", 0}, {"c", 0}, {"ck", 0}, {"g", 0.2}, {"x", 0.4}, {"q", 0.3}, {"ke", 0.1}},
		hangul.TN:  {{"n", 0}, {"nn", 0}, {"ne", 0.1}, {"gn", 0.3}},
		hangul.TL:  {{"l", 0}, {"ll", 0}, {"le", 0.1}, {"lle", 0.1}, {"r", 0.3}},
		hangul.TM:  {{"m", 0}, {"mm", 0}, {"me", 0.1}, {"mb", 0.2}},
		hangul.TB:  {{"p", 0}, {"pp", 0}, {"b", 0.2}, {"pe", 0.1}},
		hangul.TS:  {{"t", 0.1}, {"s", 0.3}, {"tt", 0.1}, {"d", 0.3}},
		hangul.TNG: {{"ng", 0}, {"n", 0.2}, {"nk", 0.3}, {"ngue", 0.3}},
	}
	// Vowel pairs that spell one Latin vowel or diphthong.
	frPairAI = []alt{{"i", 0.1}, {"y", 0}, {"igh", 0.1}, {"ai", 0.1}, {"ie", 0.2}, {"ei", 0.1}, {"ey", 0.3}, {"uy", 0.3}, {"ay", 0.3}}
	frPairEI = []alt{{"a", 0.1}, {"ai", 0}, {"ay", 0}, {"ei", 0}, {"ey", 0}, {"e", 0.3}, {"ea", 0.3}, {"eigh", 0.1}}
	frPairOU = []alt{{"o", 0}, {"ow", 0}, {"oa", 0.1}, {"ou", 0.1}, {"oe", 0.2}}
	frPairAU = []alt{{"ou", 0}, {"ow", 0}, {"au", 0.1}, {"ao", 0.1}}
	frPairOI = []alt{{"oi", 0}, {"oy", 0}}

	// ㅅ before a y-vowel is English sh (셔번 Sherburne, 쇼 show) or the
	// ti/ci of -tion, -cian (디플레이션 deflation).
	frInitialSY = []alt{{"sh", 0}, {"sch", 0.1}, {"ch", 0.2}, {"s", 0.3}, {"ti", 0.2}, {"ci", 0.2}, {"ssi", 0.3}, {"si", 0.3}, {"th", 0.3}}
	// A final ㄹ before an initial ㄹ spells one l (블레이크 Blake).
	frFinalLL = []alt{{"", 0.15}, {"l", 0.1}, {"ll", 0}}
	// A final ㅇ before ㄱ or ㅋ is the n of ng, nk (망고 mango).
	frFinalNGK = []alt{{"n", 0}, {"ng", 0}}
)

// silentI reports whether the ㅣ of 시 치 지 is only there to carry the
// consonant (메시 mesh, 코치 coach, 조지 George): at the end of a word.
func silentI(syl []hangul.Syllable, i int) bool {
	s := syl[i]
	if s.V != hangul.VI || s.T != hangul.TNone || i == 0 {
		return false
	}
	switch s.L {
	case hangul.LS, hangul.LCh, hangul.LJ:
	default:
		return false
	}
	return i+1 == len(syl) || syl[i+1].L != hangul.LNull
}

var frVowelSilentI = append([]alt{{"", 0.1}}, frVowel[hangul.VI]...)

// frVowelAfterSh spells the vowel of 샤 섀 셔 셰 쇼 슈 as the plain vowel,
// the y being part of sh.
var frVowelAfterSh = func() (t [hangul.VCount][]alt) {
	for v := range t {
		t[v] = append([]alt{{"", 0.2}}, frVowel[hangul.DropY(int8(v))]...)
	}
	return t
}()

// frSets are the alternative sets of the loanword tables, made once.
var frSets = struct {
	initial, vowel, vowelAfterSh []*altSet // by jamo
	// final is by final, koFinal's where frFinal has none (nil where
	// neither has).
	final                                      []*altSet
	initialSY, vowelSilentI, finalLL, finalNGK *altSet
	pairAI, pairEI, pairOU, pairAU, pairOI     *altSet
}{
	initial: setsOf(frInitial[:]), vowel: setsOf(frVowel[:]), vowelAfterSh: setsOf(frVowelAfterSh[:]),
	final:     frFinalSets(),
	initialSY: newAltSet(frInitialSY), vowelSilentI: newAltSet(frVowelSilentI),
	finalLL: newAltSet(frFinalLL), finalNGK: newAltSet(frFinalNGK),
	pairAI: newAltSet(frPairAI), pairEI: newAltSet(frPairEI), pairOU: newAltSet(frPairOU),
	pairAU: newAltSet(frPairAU), pairOI: newAltSet(frPairOI),
}

// frFinalSets returns the sets of the finals of loanwords: frFinal's, or
// the Korean koFinal's for those it lacks; nil for none.
func frFinalSets() []*altSet {
	sets := make([]*altSet, hangul.TCount)
	for t := range sets {
		f := frFinal[t]
		if f == nil {
			f = koFinal(int8(t))
		}
		if f != nil {
			sets[t] = newAltSet(f)
		}
	}
	return sets
}

// foreignPattern compiles a Hangul word as a loanword or foreign name.
func foreignPattern(syl []hangul.Syllable, dst pattern) pattern {
	return finish(foreignSlots(syl, dst))
}

func foreignSlots(syl []hangul.Syllable, dst pattern) pattern {
	for i := 0; i < len(syl); i++ {
		s := syl[i]
		yv := s.L == hangul.LS && yOrI(s.V) && s.V != hangul.VI
		if yv {
			dst = append(dst, newSlot(frSets.initialSY, 1, skeleton.Initial(s.L)))
		} else if s.L != hangul.LNull {
			dst = append(dst, newSlot(frSets.initial[s.L], 1, skeleton.Initial(s.L)))
		} else {
			dst = append(dst, newSlot(frSets.initial[s.L], 0, 0))
		}
		// A vowel followed by 이 or 우 with no final may be one vowel.
		var pair *altSet
		if s.T == hangul.TNone && i+1 < len(syl) && syl[i+1].L == hangul.LNull {
			n := syl[i+1].V
			switch {
			case s.V == hangul.VA && n == hangul.VI:
				pair = frSets.pairAI
			case s.V == hangul.VE && n == hangul.VI:
				pair = frSets.pairEI
			case s.V == hangul.VO && n == hangul.VU:
				pair = frSets.pairOU
			case s.V == hangul.VA && n == hangul.VU:
				pair = frSets.pairAU
			case s.V == hangul.VO && n == hangul.VI:
				pair = frSets.pairOI
			}
		}
		if pair != nil {
			i++
			s = syl[i]
			dst = append(dst, newSlot(pair, 1, 0))
		} else {
			skip := float32(0.8)
			if s.V == hangul.VEU {
				skip = 0.05
			}
			alts := frSets.vowel[s.V]
			switch {
			case yv:
				alts = frSets.vowelAfterSh[s.V]
			case silentI(syl, i):
				alts = frSets.vowelSilentI
			}
			dst = append(dst, newSlot(alts, skip, 0))
		}
		if s.T != hangul.TNone {
			f := frSets.final[s.T]
			if s.T == hangul.TL && i+1 < len(syl) && syl[i+1].L == hangul.LR {
				f = frSets.finalLL
			}
			if s.T == hangul.TNG && i+1 < len(syl) && (syl[i+1].L == hangul.LG || syl[i+1].L == hangul.LK) {
				f = frSets.finalNGK
			}
			dst = append(dst, newSlot(f, 0.8, 0))
		}
	}
	return dst
}
