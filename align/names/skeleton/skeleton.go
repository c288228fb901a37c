// Package skeleton is the one owner of the consonant-skeleton alphabet,
// the classes that Hangul and Latin consonants are compared in when a name
// is matched by sound: K (ㄱ ㄲ ㅋ; g k c q), T (ㄷ ㄸ ㅌ; d t), P (ㅂ ㅃ ㅍ;
// b p f v), S (ㅅ ㅆ; s z), J (ㅈ ㅉ ㅊ; j ch), R (ㄹ; l r), M and N.
// Vowels, h, w and y are left out and a class repeated is written once, so
// 트럼프 and Trump are both T R M P. For the first sound of a word two more
// classes say that it is no consonant of those: H (ㅎ, h) and V (ㅇ, a
// vowel).
//
// Two readings use the alphabet:
//
//   - Three-class keys (HangulKey, LatinKeys) and first-sound classes
//     (Initial, FirstClasses) block the name matcher's index: a Latin
//     letter gives every class it can stand for (c is K, S or J; an r
//     after a vowel may be silent), and finals are read as loanwords
//     pronounce them (ㅅ is t: 로봇 robot).
//   - Whole skeletons (Hangul, Latin) and their one-edit keys (EditKeys)
//     are the aligner's name cognates: one reading of each letter, with J
//     counted as S (English spelling cannot tell them apart) and finals
//     read as romanization spells them (ㅅ s, ㅇ ng).
//
// No library compares names across scripts by sound classes; the tables
// are the project's own, written from the loanword orthography.
package skeleton

import "github.com/bitext-ko/bitext/align/hangul"

// Initial returns the class of an initial consonant (an L index of package
// hangul): K T P S J R M N, H for ㅎ and V for ㅇ, which has no sound as an
// initial.
func Initial(l int8) byte {
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

// Final returns the class of a final consonant (a T index) as loanwords and
// names pronounce it, or 0 for none: a cluster counts as the consonant
// heard (ㄺ K, ㄻ M), and ㄷ ㅅ ㅆ ㅈ ㅊ ㅌ ㅎ are all T.
func Final(t int8) byte {
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

func isVowelLetter(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}
