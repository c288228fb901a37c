package anchor

import (
	"hash/fnv"
	"strings"
	"unicode"

	"github.com/bitext-ko/bitext/align/hangul"
)

// A skeleton is a string of consonant classes: K (g k c q ㄱ ㄲ ㅋ), T (d t
// ㄷ ㄸ ㅌ), P (b p f v ㅂ ㅃ ㅍ), S (s z j x ch sh th ㅅ ㅆ ㅈ ㅉ ㅊ), L (l r
// ㄹ), M and N. Vowels, h, w and y are dropped; a repeated class is written
// once.

// Skeleton classes of Hangul initials (ㄱ…ㅎ) and finals (none, ㄱ…ㅎ).
var (
	initialClass = []string{"K", "K", "N", "T", "T", "L", "M", "P", "P", "S", "S", "", "S", "S", "S", "K", "T", "P", ""}
	finalClass   = []string{"", "K", "K", "K", "N", "N", "N", "T", "L", "L", "M", "L", "L", "L", "P", "L", "M", "P", "P", "S", "S", "NK", "S", "S", "K", "T", "P", ""}
)

// HangulSkeleton returns the consonant skeleton of the Hangul syllables of
// s, as the sounds would be written in Latin letters: 트럼프 → TLMP,
// 시진핑 → SSNPNK, 김정은 → KMSNKN.
func HangulSkeleton(s string) string {
	var b []byte
	for _, r := range s {
		syl, ok := hangul.Decompose(r)
		if !ok {
			continue
		}
		b = appendClass(b, initialClass[syl.L])
		b = appendClass(b, finalClass[syl.T])
	}
	return string(b)
}

// LatinSkeleton returns the consonant skeleton of a romanized or English
// name: Trump → TLMP, Xi Jinping → SSNPNK, McCarthy → MKS, Kim Jong-un →
// KMSNKN. An r that does not stand before a vowel is silent, as in Korean
// renderings of English names.
func LatinSkeleton(s string) string {
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
			b = appendClass(b, "L")
		case 'r':
			if vowel(i+1) || len(b) == 0 {
				b = appendClass(b, "L")
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

// MinSkeleton is the shortest skeleton that counts as a name anchor; two or
// fewer consonants match too much by chance.
const MinSkeleton = 3

// SkeletonKeys returns the keys of a skeleton for matching with at most one
// edit: the skeleton itself and, when it has four classes or more, every
// skeleton with one class deleted. Two skeletons within one edit share a
// key.
func SkeletonKeys(sk string, dst []uint64) []uint64 {
	if len(sk) < MinSkeleton {
		return dst
	}
	dst = append(dst, hashString(sk))
	if len(sk) >= 4 {
		for i := 0; i < len(sk); i++ {
			dst = append(dst, hashString(sk[:i]+sk[i+1:])^0xa5a5a5a5)
		}
	}
	return dst
}

func hashString(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return h.Sum64()
}

// EnglishNameKeys returns the skeleton keys of the capitalized words of an
// English text, alone and as runs of up to three ("Kim Jong-un" as one name
// for 김정은).
func EnglishNameKeys(s string) []uint64 {
	var keys []uint64
	var run []string
	flush := func() {
		for i := range run {
			for n := 1; n <= 3 && i+n <= len(run); n++ {
				keys = SkeletonKeys(LatinSkeleton(strings.Join(run[i:i+n], " ")), keys)
			}
		}
		run = run[:0]
	}
	for _, f := range strings.Fields(s) {
		w := strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) })
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if w == "" || !unicode.IsUpper([]rune(w)[0]) || isAllUpper(w) {
			flush()
			continue
		}
		run = append(run, w)
		if strings.ContainsAny(f[len(f)-1:], ".,;:!?)\"”") {
			flush()
		}
	}
	flush()
	return keys
}

func isAllUpper(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		n++
	}
	return n > 1
}

// KoreanNameKeys returns, for one Korean word, the skeleton keys of each of
// its Hangul prefixes of two syllables or more, so that particles and
// titles after a name do not hide it (폼페이오는 → 폼페이오).
func KoreanNameKeys(word string, dst []uint64) []uint64 {
	var rs []rune
	for _, r := range word {
		if !hangul.IsSyllable(r) {
			if len(rs) > 0 {
				break
			}
			continue
		}
		rs = append(rs, r)
		if len(rs) == 8 {
			break
		}
	}
	seen := ""
	for n := len(rs); n >= 2; n-- {
		sk := HangulSkeleton(string(rs[:n]))
		if sk == seen {
			continue
		}
		seen = sk
		dst = SkeletonKeys(sk, dst)
	}
	return dst
}
