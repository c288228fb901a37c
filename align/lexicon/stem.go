package lexicon

import (
	"strings"
	"unicode/utf8"
)

// Stem reduces an English word to the key the lexicon compares: lower
// case, possessive and plural endings and the commonest verb endings
// removed ("talks" → "talk", "visited" → "visit", "countries" → "country").
// It is deliberately crude; both sides of every comparison go through it.
func Stem(w string) string {
	s, _ := stem(w)
	return s
}

// keep lists words an ending rule would confuse with another word ("news"
// is not the plural of "new", "evening" not a form of "even").
var keep = map[string]bool{"news": true, "evening": true, "morning": true, "thing": true, "nothing": true,
	"something": true, "everything": true, "anything": true, "series": true, "species": true}

// stem is Stem; dropped reports that an -ed or -ing ending was removed
// from a stem that may have lost a final e ("announc" from "announced").
func stem(w string) (s string, dropped bool) {
	base, y, dropped := stemOf(strings.ToLower(w))
	if y {
		return base + "y", false
	}
	return base, dropped
}

// stemOf is stem of a lower-case word, given as base, a leading part of
// w, followed by a y when y is true ("countries" → "countr" and y): a
// caller that only looks the stem up need not make it (ID builds it on
// the stack).
func stemOf(w string) (base string, y, dropped bool) {
	w = strings.TrimSuffix(w, "'s")
	w = strings.TrimSuffix(w, "’s")
	if keep[w] {
		return w, false, false
	}
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		return w[:n-3], true, false
	case n > 5 && strings.HasSuffix(w, "sses"):
		return w[:n-2], false, false
	case n > 4 && (strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "xes")):
		return w[:n-2], false, false
	case n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:n-1], false, false
	case n > 4 && strings.HasSuffix(w, "ing") && hasVowel(w[:n-3]):
		s, dropped := undouble(w[:n-3])
		return s, false, dropped
	case n > 4 && strings.HasSuffix(w, "ied"):
		return w[:n-3], true, false
	case n > 4 && strings.HasSuffix(w, "ed") && hasVowel(w[:n-2]):
		s, dropped := undouble(w[:n-2])
		return s, false, dropped
	}
	return w, false, false
}

// asciiCase reports whether w is all ASCII, and whether it has a capital
// letter: strings.ToLower returns an ASCII word without capitals as it is,
// and lowers one with capitals byte by byte.
func asciiCase(w string) (ascii, upper bool) {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return false, upper
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	return true, upper
}

// appendLowerASCII appends the ASCII word w to b in lower case, as
// strings.ToLower writes it.
func appendLowerASCII(b []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

// hasVowel tells a stem ("us" of "using") from what is left of a word that
// only looks inflected ("br" of "bring", "spe" has one: "speed" → "spe").
func hasVowel(s string) bool { return strings.ContainsAny(s, "aeiouy") }

// undouble turns "stopp" into "stop" and drops an e-less stem's need for
// one: "planned" and "plan" both become "plan". mayLackE reports a stem
// that ends in a single consonant, which may have lost a final e.
func undouble(w string) (s string, mayLackE bool) {
	n := len(w)
	if n > 2 && w[n-1] == w[n-2] && !strings.ContainsRune("aeiousl", rune(w[n-1])) {
		return w[:n-1], false
	}
	return w, n > 0 && !strings.ContainsRune("aeiouwy", rune(w[n-1]))
}
