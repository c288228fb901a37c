package english

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Runs returns the name-like word sequences of English text:
// runs of capitalized words (with their inner hyphens, apostrophes and
// dots, and lower-case joining words such as "of" and "de" between them),
// so "North Korean leader Kim Jong-un met U.S. Secretary of State Mike
// Pompeo" gives "North Korean", "Kim Jong-un" and "U.S. Secretary of State
// Mike Pompeo" (the name matcher drops the leading titles). A comma, semicolon, colon
// or sentence end closes a run. Sentence-initial common words come back
// too; the matcher filters them.
func Runs(text string) []string {
	var out []string
	var cur []string
	pending := 0 // joining words waiting for a capitalized word
	flush := func() {
		cur = cur[:len(cur)-pending]
		pending = 0
		if len(cur) > 0 {
			out = append(out, strings.Join(cur, " "))
			cur = cur[:0]
		}
	}
	for _, w := range strings.Fields(text) {
		last, _ := utf8.DecodeLastRuneInString(w)
		breakAfter := strings.ContainsRune(",;:)\"”!?", last)
		w = strings.TrimFunc(w, func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.'
		})
		// A final dot ends a sentence unless the word is an
		// abbreviation with inner dots (U.S.) or a short title (Gen.).
		core := w
		if strings.HasSuffix(w, ".") {
			inner := strings.Contains(strings.TrimSuffix(w, "."), ".")
			if !inner {
				core = strings.TrimRight(w, ".")
				if len(core) > 3 {
					breakAfter = true
				}
			}
		}
		if core == "" {
			flush()
			continue
		}
		r, _ := utf8.DecodeRuneInString(core)
		switch {
		case unicode.IsUpper(r):
			cur = append(cur, core)
			pending = 0
		case len(cur) > 0 && IsJoining(core):
			cur = append(cur, core)
			pending++
		default:
			flush()
		}
		if breakAfter {
			flush()
		}
	}
	flush()
	return out
}
