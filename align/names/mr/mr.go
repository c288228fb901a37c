// Package mr is the one owner of the marks of McCune–Reischauer
// romanization — the breves of ŏ and ŭ and the apostrophe of aspiration
// (Ch'oe, P'yŏngyang) — and of how they fold away: to MR's plain form
// (Choe, Pyongyang) or, for a breve vowel, to the Revised Romanization
// letters of the same vowel (ŏ eo, ŭ eu).
//
// The romanizer writes the marks (package romanize); everything that reads
// romanized names — surname spellings, name keys, the name matcher, the
// review of spellings — folds them here.
package mr

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Breve returns what an MR breve vowel is written as without its mark:
// plain is the vowel without the breve (ŏ → o, Ŭ → U), as MR's plain form
// and the DPRK's simplified spellings write it, and rr is the Revised
// Romanization digraph of the same vowel (ŏ → eo, Ŭ → Eu). ok is false for
// any other rune.
func Breve(r rune) (plain, rr string, ok bool) {
	switch r {
	case 'ŏ':
		return "o", "eo", true
	case 'ŭ':
		return "u", "eu", true
	case 'Ŏ':
		return "O", "Eo", true
	case 'Ŭ':
		return "U", "Eu", true
	}
	return "", "", false
}

// IsApostrophe reports whether r is one of the forms the aspiration
// apostrophe is typed in: ' ’ ʼ ‘ or `.
func IsApostrophe(r rune) bool {
	switch r {
	case '\'', '’', 'ʼ', '‘', '`':
		return true
	}
	return false
}

// combiningBreve is U+0306, the breve of a decomposed ŏ or ŭ.
const combiningBreve = "\u0306"

// Plain writes s without MR marks: each breve vowel without its breve
// (Chŏng → Chong, Ŭn → Un) and every aspiration apostrophe removed (Ch'oe →
// Choe). Everything else, case and invalid UTF-8 included, is kept. A
// decomposed breve (o + U+0306) is composed first, and a combining breve
// that composes with nothing is dropped.
func Plain(s string) string {
	if !mayHaveMarks(s) {
		return s
	}
	if strings.Contains(s, combiningBreve) {
		s = norm.NFC.String(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if p, _, ok := Breve(r); ok {
			b.WriteString(p)
		} else if !IsApostrophe(r) && r != '\u0306' {
			b.WriteString(s[i : i+size]) // invalid UTF-8 is kept as it is
		}
		i += size
	}
	return b.String()
}

// Digraphs writes each breve vowel of s as the Revised Romanization
// digraph of the same vowel (Chŏng → Cheong, Ŭn → Eun) and keeps everything
// else, apostrophes included.
func Digraphs(s string) string {
	if !mayHaveMarks(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if _, rr, ok := Breve(r); ok {
			b.WriteString(rr)
		} else {
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// mayHaveMarks is false for text with no apostrophe and nothing but ASCII.
func mayHaveMarks(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || c == '\'' || c == '`' {
			return true
		}
	}
	return false
}

// HasMarks reports whether s has MR marks: an aspiration apostrophe, or a
// breve on any letter (ŏ, ŭ, precomposed or combining; a breve elsewhere,
// as in Erdoğan, counts too).
func HasMarks(s string) bool {
	if !mayHaveMarks(s) {
		return false
	}
	for _, r := range s {
		if _, _, ok := Breve(r); ok || IsApostrophe(r) {
			return true
		}
	}
	return strings.Contains(norm.NFD.String(s), combiningBreve)
}
