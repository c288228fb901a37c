// Package hangul is the one owner of Hangul's structure: it splits
// syllables into their jamo and back, and classifies the runes that Korean
// text mixes in (syllables, conjoining and compatibility jamo, Hanja).
// It imports nothing of the project; every package of align/ and tm/ that
// looks inside a syllable or asks whether a rune is Hangul uses it, except
// tm/tmx, which stays free of align/.
//
// The syllable arithmetic is the one Unicode defines (chapter 3.12,
// "Conjoining Jamo Behavior"); golang.org/x/text/unicode/norm composes and
// decomposes whole strings but exposes no per-syllable index view, which the
// romanizer, the name matcher and the aligner's cognates need in their inner
// loops, so the few lines of arithmetic live here. Normalize uses x/text for
// the string-level work (NFC and width folding).
package hangul

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"
)

// Unicode constants for precomposed syllables (U+AC00..U+D7A3).
const (
	SBase  = 0xAC00
	SLast  = 0xD7A3
	LCount = 19
	VCount = 21
	TCount = 28
	NCount = VCount * TCount
)

// Initial consonant (choseong) indices, in Unicode order.
const (
	LG    = iota // ㄱ
	LGG          // ㄲ
	LN           // ㄴ
	LD           // ㄷ
	LDD          // ㄸ
	LR           // ㄹ
	LM           // ㅁ
	LB           // ㅂ
	LBB          // ㅃ
	LS           // ㅅ
	LSS          // ㅆ
	LNull        // ㅇ (no sound as an initial)
	LJ           // ㅈ
	LJJ          // ㅉ
	LCh          // ㅊ
	LK           // ㅋ
	LT           // ㅌ
	LP           // ㅍ
	LH           // ㅎ
)

// Vowel (jungseong) indices, in Unicode order.
const (
	VA   = iota // ㅏ
	VAE         // ㅐ
	VYA         // ㅑ
	VYAE        // ㅒ
	VEO         // ㅓ
	VE          // ㅔ
	VYEO        // ㅕ
	VYE         // ㅖ
	VO          // ㅗ
	VWA         // ㅘ
	VWAE        // ㅙ
	VOE         // ㅚ
	VYO         // ㅛ
	VU          // ㅜ
	VWO         // ㅝ
	VWE         // ㅞ
	VWI         // ㅟ
	VYU         // ㅠ
	VEU         // ㅡ
	VUI         // ㅢ
	VI          // ㅣ
)

// Final consonant (jongseong) indices, in Unicode order; TNone is 0.
const (
	TNone = iota
	TG    // ㄱ
	TGG   // ㄲ
	TGS   // ㄳ
	TN    // ㄴ
	TNJ   // ㄵ
	TNH   // ㄶ
	TD    // ㄷ
	TL    // ㄹ
	TLG   // ㄺ
	TLM   // ㄻ
	TLB   // ㄼ
	TLS   // ㄽ
	TLT   // ㄾ
	TLP   // ㄿ
	TLH   // ㅀ
	TM    // ㅁ
	TB    // ㅂ
	TBS   // ㅄ
	TS    // ㅅ
	TSS   // ㅆ
	TNG   // ㅇ
	TJ    // ㅈ
	TCh   // ㅊ
	TK    // ㅋ
	TT    // ㅌ
	TP    // ㅍ
	TH    // ㅎ
)

// Syllable is a precomposed Hangul syllable split into jamo indices.
type Syllable struct {
	L, V, T int8
}

// Decompose splits a precomposed syllable; ok is false for any other rune.
func Decompose(r rune) (s Syllable, ok bool) {
	if r < SBase || r > SLast {
		return Syllable{}, false
	}
	i := int(r - SBase)
	return Syllable{L: int8(i / NCount), V: int8(i % NCount / TCount), T: int8(i % TCount)}, true
}

// Compose builds the syllable rune; out-of-range indices give utf8.RuneError.
func Compose(s Syllable) rune {
	if s.L < 0 || s.L >= LCount || s.V < 0 || s.V >= VCount || s.T < 0 || s.T >= TCount {
		return utf8.RuneError
	}
	return SBase + rune(int(s.L)*NCount+int(s.V)*TCount+int(s.T))
}

// IsSyllable reports whether r is a precomposed Hangul syllable.
func IsSyllable(r rune) bool { return r >= SBase && r <= SLast }

// DecodeSyllable returns the precomposed syllable s starts with, read from
// its three bytes of UTF-8 (led by 0xEA to 0xED) without a general
// decoder, for the loops that walk Korean text a syllable at a time; ok
// is false when s starts with anything else, broken UTF-8 included. It
// agrees with utf8.DecodeRuneInString followed by IsSyllable.
func DecodeSyllable(s string) (r rune, ok bool) {
	if len(s) < 3 || s[0] < 0xEA || s[0] > 0xED || s[1]&0xC0 != 0x80 || s[2]&0xC0 != 0x80 {
		return 0, false
	}
	r = rune(s[0]&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F)
	return r, IsSyllable(r)
}

// IsCompatJamo reports whether r is in the Hangul Compatibility Jamo
// block (U+3131..U+318E: ㄱ ㅏ ㅋ …, the letters typed alone).
func IsCompatJamo(r rune) bool { return r >= 0x3131 && r <= 0x318E }

// IsJamo reports whether r is a Hangul jamo of any block (conjoining,
// compatibility, half-width or the extended blocks).
func IsJamo(r rune) bool {
	return (r >= 0x1100 && r <= 0x11FF) || (r >= 0x3131 && r <= 0x318E) ||
		(r >= 0xA960 && r <= 0xA97F) || (r >= 0xD7B0 && r <= 0xD7FF) ||
		(r >= 0xFFA0 && r <= 0xFFDC)
}

// IsHangul reports whether r is a syllable or a jamo.
func IsHangul(r rune) bool { return IsSyllable(r) || IsJamo(r) }

// IsHanja reports whether r is a Han ideograph (Hanja in Korean text).
func IsHanja(r rune) bool { return unicode.Is(unicode.Han, r) }

// InitialJamo returns the syllable's initial consonant as a conjoining jamo
// (U+1100..U+1112), a rune no syllable uses.
func (s Syllable) InitialJamo() rune { return 0x1100 + rune(s.L) }

// Compatibility jamo of the modern conjoining jamo, in index order.
var (
	compatInitials = []rune("ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ")
	compatVowels   = []rune("ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ")
	compatFinals   = []rune("ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ")
)

// ToCompatJamo maps a modern conjoining jamo (U+1100..U+1112,
// U+1161..U+1175, U+11A8..U+11C2), as a lone one is left after NFC, to its
// compatibility jamo (ᄀ → ㄱ, ᅡ → ㅏ, ᆨ → ㄱ); ok is false for any other
// rune.
func ToCompatJamo(r rune) (c rune, ok bool) {
	switch {
	case r >= 0x1100 && r <= 0x1112:
		return compatInitials[r-0x1100], true
	case r >= 0x1161 && r <= 0x1175:
		return compatVowels[r-0x1161], true
	case r >= 0x11A8 && r <= 0x11C2:
		return compatFinals[r-0x11A8], true
	}
	return r, false
}

// Jamo kinds returned by CompatJamo.
const (
	KindNone    = iota
	KindInitial // a consonant that can begin a syllable; index is an L index
	KindVowel   // index is a V index
	KindFinal   // a cluster that can only end a syllable; index is a T index
)

// compatL maps compatibility consonants U+3131..U+314E to an L index (or -1
// for clusters that exist only as finals) and a T index (or 0).
var compatCons = [...]struct{ l, t int8 }{
	{LG, TG}, {LGG, TGG}, {-1, TGS}, {LN, TN}, {-1, TNJ}, {-1, TNH}, {LD, TD}, {LDD, 0},
	{LR, TL}, {-1, TLG}, {-1, TLM}, {-1, TLB}, {-1, TLS}, {-1, TLT}, {-1, TLP}, {-1, TLH},
	{LM, TM}, {LB, TB}, {LBB, 0}, {-1, TBS}, {LS, TS}, {LSS, TSS}, {LNull, TNG}, {LJ, TJ},
	{LJJ, 0}, {LCh, TCh}, {LK, TK}, {LT, TT}, {LP, TP}, {LH, TH},
}

// CompatJamo classifies a modern compatibility jamo (U+3131..U+3163): a
// consonant is reported as KindInitial with its L index (or KindFinal with
// its T index for clusters such as ㄳ), a vowel as KindVowel with its V index.
// Conjoining jamo (U+1100 block) are classified the same way. Other runes,
// including archaic jamo, give KindNone.
func CompatJamo(r rune) (kind int, index int8) {
	switch {
	case r >= 0x3131 && r <= 0x314E:
		c := compatCons[r-0x3131]
		if c.l >= 0 {
			return KindInitial, c.l
		}
		return KindFinal, c.t
	case r >= 0x314F && r <= 0x3163:
		return KindVowel, int8(r - 0x314F)
	case r >= 0x1100 && r <= 0x1112:
		return KindInitial, int8(r - 0x1100)
	case r >= 0x1161 && r <= 0x1175:
		return KindVowel, int8(r - 0x1161)
	case r >= 0x11A8 && r <= 0x11C2:
		return KindFinal, int8(r - 0x11A7)
	}
	return KindNone, 0
}

// FinalToInitial gives the initial that a simple final consonant is
// pronounced as when it moves to the next syllable (linking), and false for
// clusters, ㅇ and none.
func FinalToInitial(t int8) (int8, bool) {
	switch t {
	case TG:
		return LG, true
	case TGG:
		return LGG, true
	case TN:
		return LN, true
	case TD:
		return LD, true
	case TL:
		return LR, true
	case TM:
		return LM, true
	case TB:
		return LB, true
	case TS:
		return LS, true
	case TSS:
		return LSS, true
	case TJ:
		return LJ, true
	case TCh:
		return LCh, true
	case TK:
		return LK, true
	case TT:
		return LT, true
	case TP:
		return LP, true
	case TH:
		return LH, true
	}
	return 0, false
}

// InitialToFinal is the inverse of FinalToInitial for consonants that can
// be finals; ok is false for ㄸ, ㅃ, ㅉ and ㅇ-as-silent.
func InitialToFinal(l int8) (int8, bool) {
	switch l {
	case LG:
		return TG, true
	case LGG:
		return TGG, true
	case LN:
		return TN, true
	case LD:
		return TD, true
	case LR:
		return TL, true
	case LM:
		return TM, true
	case LB:
		return TB, true
	case LS:
		return TS, true
	case LSS:
		return TSS, true
	case LNull:
		return TNG, true
	case LJ:
		return TJ, true
	case LCh:
		return TCh, true
	case LK:
		return TK, true
	case LT:
		return TT, true
	case LP:
		return TP, true
	case LH:
		return TH, true
	}
	return 0, false
}

// Normalize prepares text for romanization and matching: NFC (so
// conjoining jamo sequences become syllables) and width folding (so
// half-width jamo become compatibility jamo). It never fails; invalid
// UTF-8 comes back as U+FFFD.
func Normalize(s string) string {
	if isASCIIOrSyllables(s) {
		return s
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = width.Fold.String(s)
	return norm.NFC.String(s)
}

// HasConjoiningJamo reports whether s holds a conjoining jamo (U+1100 to
// U+11FF: ᄀ, ᅡ, ᆨ …), the only runes Normalize composes into syllables
// or onto them (ᄀ ᅵ ᆷ → 김, 가 ᆨ → 각). Text without them keeps its
// syllables under Normalize, in the same runs: what Normalize changes
// besides (full-width forms, half-width jamo, broken UTF-8, other
// compositions) is never a syllable and never becomes one. A reader of
// syllables alone can skip Normalize on such text, and this test, a
// search for the jamo's three bytes (E1, then 84 to 87, then any
// continuation byte), costs far less.
func HasConjoiningJamo(s string) bool {
	for {
		i := strings.IndexByte(s, 0xE1)
		if i < 0 || i+2 >= len(s) {
			return false
		}
		if b := s[i+1]; b >= 0x84 && b <= 0x87 && s[i+2]&0xC0 == 0x80 {
			return true
		}
		s = s[i+1:]
	}
}

func isASCIIOrSyllables(s string) bool {
	for _, r := range s {
		if r < utf8.RuneSelf || IsSyllable(r) {
			continue
		}
		return false
	}
	return true
}

// Syllables returns the decomposed syllables of s, or nil and false if s
// holds anything other than precomposed syllables.
func Syllables(s string) ([]Syllable, bool) {
	out := make([]Syllable, 0, len(s)/3)
	for _, r := range s {
		syl, ok := Decompose(r)
		if !ok {
			return nil, false
		}
		out = append(out, syl)
	}
	return out, true
}

// AllSyllables reports whether s is non-empty and holds only precomposed
// Hangul syllables.
func AllSyllables(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !IsSyllable(r) {
			return false
		}
	}
	return true
}

// IsYVowel reports the vowels that start with a y glide (ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ).
func IsYVowel(v int8) bool {
	switch v {
	case VYA, VYAE, VYEO, VYE, VYO, VYU:
		return true
	}
	return false
}

// DropY returns the vowel without its y glide (ㅕ → ㅓ); other vowels are
// returned as they are.
func DropY(v int8) int8 {
	switch v {
	case VYA:
		return VA
	case VYAE:
		return VAE
	case VYEO:
		return VEO
	case VYE:
		return VE
	case VYO:
		return VO
	case VYU:
		return VU
	}
	return v
}
