package skeleton

import (
	"strings"

	"github.com/bitext-ko/bitext/align/hangul"
	"github.com/bitext-ko/bitext/align/internal/fnv1a"
)

// Whole skeletons: the aligner's name cognates, one reading of each letter.

// wholeInitial is the whole-skeleton reading of initials: Initial with J
// counted as S, and ㅎ and ㅇ left out.
var wholeInitial = func() (t [hangul.LCount]string) {
	for l := range t {
		switch c := Initial(int8(l)); c {
		case 'J':
			t[l] = "S"
		case 'H', 'V':
		default:
			t[l] = string(c)
		}
	}
	return t
}()

// spelledFinal is the whole-skeleton reading of finals, as romanization
// spells them where Final has the loanword sound: ㅅ ㅆ ㅈ ㅊ are S, ㅇ is
// N K (ng), ㅎ is silent; a cluster counts as one of its consonants (ㄳ
// K, ㄺ R, ㄻ M, ㄿ P).
var spelledFinal = [hangul.TCount]string{"", "K", "K", "K", "N", "N", "N", "T", "R", "R", "M", "R", "R", "R", "P", "R", "M", "P", "P", "S", "S", "NK", "S", "S", "K", "T", "P", ""}

// Hangul returns the whole skeleton of the Hangul syllables of s, as the
// sounds would be written in Latin letters: 트럼프 → TRMP, 시진핑 →
// SNPNK, 김정은 → KMSNKN. Runes other than syllables are skipped.
func Hangul(s string) string {
	var b []byte
	for _, r := range s {
		syl, ok := hangul.Decompose(r)
		if !ok {
			continue
		}
		b = appendClass(b, wholeInitial[syl.L])
		b = appendClass(b, spelledFinal[syl.T])
	}
	return string(b)
}

// Latin returns the whole skeleton of a romanized or English name: Trump →
// TRMP, Xi Jinping → SNPNK, McCarthy → MKS, Kim Jong-un → KMSNKN. An r
// that does not stand before a vowel is silent, as in Korean renderings of
// English names.
func Latin(s string) string {
	w := []byte(strings.ToLower(s))
	var b []byte
	vowel := func(i int) bool { return i < len(w) && strings.IndexByte("aeiouy", w[i]) >= 0 }
	for i := 0; i < len(w); i++ {
		c := w[i]
		next := byte(0)
		if i+1 < len(w) {
			next = w[i+1]
		}
		switch c {
		case 'b', 'p', 'f', 'v':
			if c == 'p' && next == 'h' {
				i++
			}
			b = appendClass(b, "P")
		case 'd', 't':
			if c == 't' && next == 'h' {
				b = appendClass(b, "S")
				i++
				continue
			}
			if c == 't' && next == 's' {
				b = appendClass(b, "S")
				i++
				continue
			}
			b = appendClass(b, "T")
		case 'g', 'k', 'q':
			if c == 'g' && next == 'h' {
				i++
				continue
			}
			b = appendClass(b, "K")
		case 'c':
			switch {
			case next == 'h':
				b = appendClass(b, "S")
				i++
			case next == 'k':
				b = appendClass(b, "K")
				i++
			case next == 'e' || next == 'i' || next == 'y':
				b = appendClass(b, "S")
			default:
				b = appendClass(b, "K")
			}
		case 's':
			if next == 'h' {
				i++
			}
			b = appendClass(b, "S")
		case 'j', 'z':
			b = appendClass(b, "S")
		case 'x':
			if len(b) == 0 {
				b = appendClass(b, "S")
			} else {
				b = appendClass(b, "KS")
			}
		case 'l':
			b = appendClass(b, "R")
		case 'r':
			if vowel(i+1) || len(b) == 0 {
				b = appendClass(b, "R")
			}
		case 'm':
			b = appendClass(b, "M")
		case 'n':
			b = appendClass(b, "N")
		}
	}
	// Word and syllable breaks are ignored: "Jong-un", "Jong Un" and
	// "Jongun" have one skeleton, and repeats collapse across them as they
	// do across Hangul syllables.
	return string(b)
}

// appendClass appends classes, writing a class once when it repeats.
func appendClass(b []byte, cls string) []byte {
	for i := 0; i < len(cls); i++ {
		if len(b) > 0 && b[len(b)-1] == cls[i] {
			continue
		}
		b = append(b, cls[i])
	}
	return b
}

// MinLen is the shortest whole skeleton that EditKeys gives keys for; two
// or fewer consonants match too much by chance.
const MinLen = 3

// EditKeys appends to dst the keys of a whole skeleton for matching with
// at most one edit: the skeleton itself and, when it has four classes or
// more, every skeleton with one class deleted. Two skeletons within one
// edit share a key.
func EditKeys(sk string, dst []uint64) []uint64 {
	if len(sk) < MinLen {
		return dst
	}
	dst = append(dst, fnv1a.String(sk))
	if len(sk) >= 4 {
		for i := 0; i < len(sk); i++ {
			// The hash of sk without its class i, sk[:i]+sk[i+1:].
			dst = append(dst, fnv1a.Add(fnv1a.String(sk[:i]), sk[i+1:])^0xa5a5a5a5)
		}
	}
	return dst
}
