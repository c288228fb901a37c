package lexicon

import "strings"

// Stem reduces an English word to the key the lexicon compares: lower
// case, possessive and plural endings and the commonest verb endings
// removed ("talks" → "talk", "visited" → "visit", "countries" → "country").
// It is deliberately crude; both sides of every comparison go through it.
func Stem(w string) string {
	w = strings.ToLower(w)
	w = strings.TrimSuffix(w, "'s")
	w = strings.TrimSuffix(w, "’s")
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		return w[:n-3] + "y"
	case n > 5 && strings.HasSuffix(w, "sses"):
		return w[:n-2]
	case n > 4 && (strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "xes")):
		return w[:n-2]
	case n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:n-1]
	case n > 5 && strings.HasSuffix(w, "ing"):
		return undouble(w[:n-3])
	case n > 4 && strings.HasSuffix(w, "ied"):
		return w[:n-3] + "y"
	case n > 4 && strings.HasSuffix(w, "ed"):
		return undouble(w[:n-2])
	}
	return w
}

// undouble turns "stopp" into "stop" and drops an e-less stem's need for
// one: "planned" and "plan" both become "plan".
func undouble(w string) string {
	n := len(w)
	if n > 2 && w[n-1] == w[n-2] && !strings.ContainsRune("aeiousl", rune(w[n-1])) {
		return w[:n-1]
	}
	return w
}
