package lexicon

import "github.com/bitext-ko/bitext/align/hangul"

// A verb whose stem is one syllable (가다, 먹다, 살다, 쓰다) cannot be found
// by a prefix: its first syllable changes with the ending (가 → 간, 갈,
// 갑, 갔) and, alone, starts too many other words (가방, 가격). So its
// inflected first syllables are spelled out, each with the endings that may
// follow it: 갔 before 다 or 습, 간 alone or before 다, 가 before 고 or 서.

// formClass says which endings may follow an inflected first syllable.
type formClass uint8

const (
	formBase       formClass = iota // 가, 먹, 살: an ending must follow
	formContracted                  // 봐, 줘, 써: alone or before an ending
	formPast                        // 갔, 봤, 먹었 is formBase: an ending must follow
	formAdnominal                   // 간, 산: alone or before 다, 데
	formProspect                    // 갈: alone or before 까, 게, 래
	formPolite                      // 갑, 삽: before 니 or 시
	formDropped                     // 사, 아 (살다, 알다): before 는
	formBIrregular                  // 더, 도 (덥다, 돕다): before 워, 운, 와…
	formDIrregular                  // 들, 물 (듣다, 묻다): before 어, 은, 을…
	formSIrregular                  // 지, 이 (짓다, 잇다): before 어, 은, 을…
)

type shortForm struct {
	class formClass
	// vowelFinal marks the base form of a stem without a final consonant
	// (가, 지), which endings in 으 never follow (가은 is not a form).
	vowelFinal bool
	ids        []uint32
}

// afterConsonant are the ending syllables that only follow a stem with a
// final consonant (먹은, 먹을, 먹음, 먹으면).
var afterConsonant = setOf("은을음으")

// endings are the syllables that may start the ending of a verb form.
var endings = setOf("다고는은을음지게기네니며면려러서도자세시셨셔겠던든라어아었았여였요야습죠더나냐으잖거곤")

// verbal are the endings that cannot be a particle after a noun: before
// them a one-syllable verb is preferred to a one-syllable noun.
var verbal = setOf("다고지게기며면려러서자세시셨셔겠던든어아었았여였습죠잖곤")

var nextOK = [...]map[rune]bool{
	formAdnominal:  setOf("다데"),
	formProspect:   setOf("까게래"),
	formPolite:     setOf("니시"),
	formDropped:    setOf("는"),
	formBIrregular: setOf("워웠운울우와왔"),
	formDIrregular: setOf("어었으은을음"),
	formSIrregular: setOf("어었으은을음아았"),
}

func setOf(s string) map[rune]bool {
	m := map[rune]bool{}
	for _, r := range s {
		m[r] = true
	}
	return m
}

// notAlone are syllables that, as a word of their own, are almost always
// an adverb or a pronoun, not the verb form or noun they could also be: 안
// is "not" more often than 알다's "known" or the noun "inside", 못
// "cannot" rather than "nail", 잘 "well" rather than 자다's "will sleep",
// 난, 날 and 넌 "I", "me" and "you" rather than forms of 나다 and 널다.
// With a particle or an ending they are found as usual (안에, 못을, 잘까).
var notAlone = setOf("안못잘난날넌")

// Irregular stems of one syllable (the regular ones, such as 입다 and 믿다,
// keep their final consonant).
var (
	bIrregular = setOf("덥춥쉽돕눕굽밉곱맵줍")
	dIrregular = setOf("듣묻걷싣")
	sIrregular = setOf("짓낫붓잇긋젓")
)

// addShort records the inflected first syllables of the one-syllable stem
// st with the English ids.
func (l *Lexicon) addShort(st rune, ids []uint32) {
	s, ok := hangul.Decompose(st)
	if !ok {
		return
	}
	l.addForm(st, formBase, ids)
	if s.T == hangul.TNone {
		for i := range l.short[st] {
			if l.short[st][i].class == formBase {
				l.short[st][i].vowelFinal = true
			}
		}
	}
	with := func(t int8) rune { x := s; x.T = t; return hangul.Compose(x) }
	switch {
	case s.T == hangul.TNone:
		l.addForm(with(hangul.TN), formAdnominal, ids)
		l.addForm(with(hangul.TL), formProspect, ids)
		l.addForm(with(hangul.TB), formPolite, ids)
		c := s
		switch s.V {
		case hangul.VO:
			c.V = hangul.VWA
		case hangul.VU:
			c.V = hangul.VWO
		case hangul.VEU:
			c.V = hangul.VEO
		case hangul.VI:
			c.V = hangul.VYEO
		case hangul.VOE:
			c.V = hangul.VWAE
		case hangul.VA, hangul.VEO, hangul.VAE, hangul.VE, hangul.VYEO:
		default: // 쉬다: 쉬어, 쉬었다 keep the stem
			return
		}
		if c != s {
			l.addForm(hangul.Compose(c), formContracted, ids)
		}
		c.T = hangul.TSS
		l.addForm(hangul.Compose(c), formPast, ids)
	case s.T == hangul.TL:
		l.addForm(with(hangul.TNone), formDropped, ids)
		l.addForm(with(hangul.TN), formAdnominal, ids)
		l.addForm(with(hangul.TB), formPolite, ids)
	case s.T == hangul.TB && bIrregular[st]:
		l.addForm(with(hangul.TNone), formBIrregular, ids)
	case s.T == hangul.TD && dIrregular[st]:
		l.addForm(with(hangul.TL), formDIrregular, ids)
	case s.T == hangul.TS && sIrregular[st]:
		l.addForm(with(hangul.TNone), formSIrregular, ids)
	}
}

func (l *Lexicon) addForm(r rune, c formClass, ids []uint32) {
	fs := l.short[r]
	for i := range fs {
		if fs[i].class == c {
			fs[i].ids = appendNew(fs[i].ids, ids)
			return
		}
	}
	l.short[r] = append(fs, shortForm{class: c, ids: append([]uint32(nil), ids...)})
}

// lookupShort finds a verb of one syllable whose inflected form starts the
// word rs.
func (l *Lexicon) lookupShort(rs []rune) []uint32 {
	fs := l.shortOf(rs[0])
	for _, f := range fs {
		if f.fits(rs[1:]) {
			return f.ids
		}
	}
	return nil
}

// fits reports whether rest may follow the form.
func (f *shortForm) fits(rest []rune) bool {
	switch f.class {
	case formBase:
		return len(rest) > 0 && endings[rest[0]] && !(f.vowelFinal && afterConsonant[rest[0]])
	case formPast:
		return len(rest) > 0 && endings[rest[0]]
	case formContracted:
		return len(rest) == 0 || endings[rest[0]]
	case formAdnominal, formProspect:
		if len(rest) == 0 {
			return true
		}
	}
	return len(rest) > 0 && nextOK[f.class][rest[0]]
}

// verbKeys calls key with each key of a verb stem of two syllables or
// more: the stem with its last syllable as each ending shapes it. A vowel-final
// syllable takes a final ㄴ, ㄹ, ㅂ or ㅆ and contracts with 아/어 (히 →
// 혀, 우 → 워, 프 → 파/퍼, 하 → 해); a final ㄹ drops (만들 → 만드, 만든);
// irregular finals change (어렵 → 어려워, 깨닫 → 깨달아, 그렇 → 그런,
// 그래); 르 doubles its ㄹ onto the syllable before (모르 → 몰라).
func verbKeys(stem []rune, key func(string)) {
	head := string(stem[:len(stem)-1])
	last := stem[len(stem)-1]
	s, ok := hangul.Decompose(last)
	if !ok {
		key(string(stem))
		return
	}
	add := func(x hangul.Syllable) { key(head + string(hangul.Compose(x))) }
	with := func(t int8) hangul.Syllable { x := s; x.T = t; return x }
	add(s)
	switch s.T {
	case hangul.TNone:
		add(with(hangul.TN))
		add(with(hangul.TL))
		add(with(hangul.TB))
		add(with(hangul.TSS))
		for _, v := range contracted(s.V, last) {
			c := s
			c.V = v
			add(c)
			c.T = hangul.TSS
			add(c)
		}
	case hangul.TL:
		add(with(hangul.TNone))
		add(with(hangul.TN))
		add(with(hangul.TB))
	case hangul.TB:
		add(with(hangul.TNone)) // 어렵 → 어려워, 어려운
	case hangul.TD:
		add(with(hangul.TL)) // 깨닫 → 깨달아
	case hangul.TS:
		add(with(hangul.TNone)) // 낫 → 나아
	case hangul.TH:
		// 그렇 → 그러, 그런, 그럴, 그래, 그랬
		add(with(hangul.TNone))
		add(with(hangul.TN))
		add(with(hangul.TL))
		c := s
		c.T = hangul.TNone
		c.V = hangul.VAE
		if s.V == hangul.VYA || s.V == hangul.VYEO {
			c.V = hangul.VYAE
		}
		add(c)
		c.T = hangul.TSS
		add(c)
	}
	// 르 irregular: 모르다 → 몰라, 몰랐다; 부르다 → 불러.
	if last == '르' && len(stem) >= 2 {
		if p, ok := hangul.Decompose(stem[len(stem)-2]); ok && p.T == hangul.TNone {
			p.T = hangul.TL
			pre := string(stem[:len(stem)-2]) + string(hangul.Compose(p))
			for _, f := range [...]string{"라", "랐", "러", "렀"} {
				key(pre + f)
			}
		}
	}
}

// contracted returns the vowels a vowel-final syllable takes when it
// contracts with the ending 아/어 (보 → 봐, 주 → 줘, 히 → 혀, 되 → 돼,
// 하 → 해, 쁘 → 빠/뻐); none when the syllable keeps its vowel (가, 서,
// 내) or does not contract (쉬).
func contracted(v int8, syl rune) []int8 {
	if syl == '하' {
		return []int8{hangul.VAE}
	}
	switch v {
	case hangul.VO:
		return []int8{hangul.VWA}
	case hangul.VU:
		return []int8{hangul.VWO}
	case hangul.VEU:
		return []int8{hangul.VA, hangul.VEO}
	case hangul.VI:
		return []int8{hangul.VYEO}
	case hangul.VOE:
		return []int8{hangul.VWAE}
	}
	return nil
}
