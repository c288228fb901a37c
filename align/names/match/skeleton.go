package match

import "github.com/bitext-ko/bitext/align/hangul"

// A skeleton is the sequence of consonant classes of a name with vowels,
// h, w and y left out and doubled consonants counted once: 트럼프 and
// Trump are both T R M P, 폼페이오 and Pompeo P M P. The index blocks
// foreign names on the first two classes of the skeleton.

// finalClass is the class of a final consonant as loanwords use it.
func finalClass(t int8) byte {
	switch t {
	case hangul.TNone:
		return 0
	case hangul.TG, hangul.TGG, hangul.TK, hangul.TGS, hangul.TLG:
		return 'K'
	case hangul.TN, hangul.TNJ, hangul.TNH, hangul.TNG:
		return 'N'
	case hangul.TL, hangul.TLS, hangul.TLT, hangul.TLH, hangul.TLB:
		return 'R'
	case hangul.TM, hangul.TLM:
		return 'M'
	case hangul.TB, hangul.TP, hangul.TBS, hangul.TLP:
		return 'P'
	}
	return 'T'
}

// skelKey packs up to three classes; short skeletons leave zeros.
type skelKey uint32

func packKey(c []byte) skelKey {
	var k skelKey
	for i := 0; i < 3; i++ {
		k <<= 8
		if i < len(c) {
			k |= skelKey(c[i])
		}
	}
	return k
}

// prefix2 is the key of the first two classes only.
func (k skelKey) prefix2() skelKey { return k &^ 0xff }

// hangulSkeletonKey returns the first three skeleton classes of syllables.
func hangulSkeletonKey(syl []hangul.Syllable) skelKey {
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
			push(initialClass(s.L))
		}
		push(finalClass(s.T))
		if n == 3 {
			break
		}
	}
	return packKey(out[:n])
}

func isVowelLetter(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// englishSkeletonKeys appends the three-class keys that the consonants of
// a romanized word can give, allowing for letters with several values (c
// as k, s or ch; g as g or j; j as j or y; r after a vowel silent).
func englishSkeletonKeys(w string, dst []skelKey) []skelKey {
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
