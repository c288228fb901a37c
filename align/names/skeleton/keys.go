package skeleton

import "github.com/bitext-ko/bitext/align/hangul"

// Three-class keys and first-sound classes: the blocking of the name
// matcher's index, where a Latin letter gives every class it can stand for.

// Key is the first three classes of a skeleton packed in one number, a
// byte each, the first highest (T R M P is 'T'<<16 | 'R'<<8 | 'M'); a
// skeleton of fewer classes leaves zeros in the low bytes.
type Key uint32

func packKey(c []byte) Key {
	var k Key
	for i := 0; i < 3; i++ {
		k <<= 8
		if i < len(c) {
			k |= Key(c[i])
		}
	}
	return k
}

// Prefix2 is the key of the first two classes only.
func (k Key) Prefix2() Key { return k &^ 0xff }

// HangulKey returns the key of the first three classes of syllables, their
// finals read as loanwords pronounce them (Final).
func HangulKey(syl []hangul.Syllable) Key {
	var out [3]byte
	n := 0
	push := func(c byte) {
		if c == 0 || c == 'H' || c == 'V' || n == 3 || (n > 0 && out[n-1] == c) {
			return
		}
		out[n] = c
		n++
	}
	for _, s := range syl {
		if s.L != hangul.LNull {
			push(Initial(s.L))
		}
		push(Final(s.T))
		if n == 3 {
			break
		}
	}
	return packKey(out[:n])
}

// LatinKeys appends to dst the three-class keys that the consonants of a
// romanized word can give, allowing for letters with several values (c as
// k, s or ch; g as g or j; j as j or y; r after a vowel silent). w is one
// word in lower-case ASCII letters. At most 64 keys are returned (a word
// has far fewer) unless dst has room for more.
func LatinKeys(w string, dst []Key) []Key {
	// Positions: each a set of classes; 0 in a set means the position
	// may be silent.
	const maxPos = 5
	var pos [maxPos][4]byte
	var np [maxPos]int
	n := 0
	for i := 0; i < len(w) && n < maxPos; {
		c := w[i]
		if i > 0 && c == w[i-1] {
			i++
			continue
		}
		two := ""
		if i+1 < len(w) {
			two = w[i : i+2]
		}
		var set []byte
		adv := 1
		switch two {
		case "ch":
			set, adv = []byte{'J', 'K', 'S'}, 2
		case "sh":
			set, adv = []byte{'S'}, 2
		case "ph":
			set, adv = []byte{'P'}, 2
		case "th":
			set, adv = []byte{'T', 'S'}, 2
		case "gh":
			set, adv = []byte{0, 'K'}, 2
		case "ck":
			set, adv = []byte{'K'}, 2
		case "ng":
			// The g may be heard (망고 mango) or not (King 킹).
			set = []byte{'N'}
		case "ts", "tz", "ds", "dz":
			set = []byte{'T', 'J', 0}
		case "kn", "gn", "pn":
			if i == 0 {
				set, adv = []byte{'N'}, 2
			}
		case "ps":
			if i == 0 {
				set, adv = []byte{'S'}, 2
			}
		case "pt":
			if i == 0 {
				set, adv = []byte{'T'}, 2
			}
		case "wr":
			if i == 0 {
				set, adv = []byte{'R'}, 2
			}
		}
		if set == nil {
			switch c {
			case 'a', 'e', 'i', 'o', 'u', 'y', 'w', 'h':
				i++
				continue
			case 'b', 'p', 'f', 'v':
				set = []byte{'P'}
			case 'c':
				set = []byte{'K', 'S', 'J'}
			case 'd', 't':
				set = []byte{'T'}
				if c == 't' && i+2 < len(w) && w[i+1] == 'i' && isVowelLetter(w[i+2]) {
					set = []byte{'T', 'S'} // -tion 션
				}
			case 'g':
				set = []byte{'K', 'J'}
				if i > 0 && w[i-1] == 'n' {
					set = []byte{'K', 'J', 0}
				}
			case 'j':
				set = []byte{'J', 0}
			case 'k', 'q':
				set = []byte{'K'}
			case 'l':
				set = []byte{'R'}
			case 'r':
				set = []byte{'R'}
				// After a vowel and before a consonant or the end, r
				// is not pronounced (Carter 카터).
				j := i + 1
				for j < len(w) && w[j] == 'r' {
					j++
				}
				// A silent final e does not count (core 코어).
				silentE := j+1 == len(w) && w[j] == 'e' || j+1 < len(w) && w[j] == 'e' && !isVowelLetter(w[j+1])
				if i > 0 && isVowelLetter(w[i-1]) && (j == len(w) || !isVowelLetter(w[j]) || silentE) {
					set = []byte{'R', 0}
				}
			case 'm':
				set = []byte{'M'}
			case 'n':
				set = []byte{'N'}
			case 's':
				set = []byte{'S'}
				if i > 0 {
					set = []byte{'S', 'J'} // beads 비즈
					if w[i-1] == 't' || w[i-1] == 'd' {
						set = []byte{'S', 'J', 0}
					}
				}
			case 'z':
				set = []byte{'S', 'J'}
			default:
				i++
				continue
			}
		}
		i += adv
		np[n] = copy(pos[n][:], set)
		n++
	}
	// Combine: the first three classes, trying each value and counting
	// a class equal to the one before once.
	var rec func(p int, key [3]byte, k int)
	rec = func(p int, key [3]byte, k int) {
		if k == 3 || p == n {
			v := packKey(key[:k])
			for _, x := range dst {
				if x == v {
					return
				}
			}
			if len(dst) < cap(dst) || cap(dst) == 0 || len(dst) < 64 {
				dst = append(dst, v)
			}
			return
		}
		for _, c := range pos[p][:np[p]] {
			if c == 0 || (k > 0 && key[k-1] == c) {
				rec(p+1, key, k)
				continue
			}
			kk := key
			kk[k] = c
			rec(p+1, kk, k+1)
		}
	}
	rec(0, [3]byte{}, 0)
	return dst
}

// FirstClasses appends to dst the classes the first sound of a romanized
// word can have, as Initial gives them for Hangul: c may be K or S, g K or
// J, an h may be silent (H or V), and so on. w is in lower-case ASCII
// letters.
func FirstClasses(w string, dst []byte) []byte {
	if w == "" {
		return dst
	}
	two := ""
	if len(w) >= 2 {
		two = w[:2]
	}
	switch two {
	case "ch":
		return append(dst, 'J', 'K', 'S', 'H')
	case "kn", "gn":
		return append(dst, 'N', 'K')
	case "ps":
		return append(dst, 'S', 'P')
	case "wr", "rh":
		return append(dst, 'R')
	case "sh":
		return append(dst, 'S')
	case "ph":
		return append(dst, 'P')
	case "th":
		return append(dst, 'T', 'S')
	case "wh":
		return append(dst, 'V', 'H')
	}
	switch w[0] {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return append(dst, 'V')
	case 'w':
		return append(dst, 'V', 'P')
	case 'h':
		return append(dst, 'H', 'V')
	case 'b', 'p', 'f', 'v':
		return append(dst, 'P')
	case 'c':
		return append(dst, 'K', 'S', 'J')
	case 'k', 'q':
		return append(dst, 'K')
	case 'g':
		return append(dst, 'K', 'J')
	case 'j':
		return append(dst, 'J', 'V', 'H')
	case 'd', 't':
		return append(dst, 'T')
	case 's':
		return append(dst, 'S')
	case 'z':
		return append(dst, 'J', 'S')
	case 'x':
		return append(dst, 'S', 'V', 'H')
	case 'l', 'r':
		return append(dst, 'R')
	case 'm':
		return append(dst, 'M')
	case 'n':
		return append(dst, 'N')
	}
	return append(dst, 'V')
}

// KoreanFirstClasses is FirstClasses for the given name of a romanized
// Korean name, where letters have fewer values (j and ch are ㅈ or ㅊ, g is
// ㄱ).
func KoreanFirstClasses(w string, dst []byte) []byte {
	if w == "" {
		return dst
	}
	if len(w) >= 2 {
		switch w[:2] {
		case "ch":
			return append(dst, 'J')
		case "sh":
			return append(dst, 'S')
		case "ph":
			return append(dst, 'P')
		case "th":
			return append(dst, 'T')
		case "wh":
			return append(dst, 'H')
		}
	}
	switch w[0] {
	case 'a', 'e', 'i', 'o', 'u', 'y', 'w':
		return append(dst, 'V')
	case 'h':
		return append(dst, 'H')
	case 'b', 'p', 'f', 'v':
		return append(dst, 'P')
	case 'c':
		return append(dst, 'K', 'J')
	case 'k', 'q', 'g':
		return append(dst, 'K')
	case 'j', 'z':
		return append(dst, 'J')
	case 'd', 't':
		return append(dst, 'T')
	case 's', 'x':
		return append(dst, 'S')
	case 'l', 'r':
		return append(dst, 'R')
	case 'm':
		return append(dst, 'M')
	case 'n':
		return append(dst, 'N')
	}
	return append(dst, 'V')
}
