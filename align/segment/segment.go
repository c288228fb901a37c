// Package segment splits English and Korean paragraphs into sentences.
//
// English: a sentence ends at ., ? or ! (and any closing quotes or
// brackets after it) followed by white space and a capital letter, digit or
// opening quote, unless the word before the period is a known abbreviation
// ("U.S.", "Jan.", "Dr.", "a.m.") or a single initial ("J. Smith").
// Decimal numbers never break. Korean: a sentence ends at ., ?, ! or …
// after a Hangul syllable (다. 요. 까?), a closing quote or bracket, or a
// Latin word that is not an abbreviation, followed by white space; dates
// written "2019. 1. 8." do not break.
//
// Hand-written because the Go sentence splitters available are English-only
// or rule-free (x/text has no sentence segmentation; UAX #29 sentence
// boundaries break after "U.S." and "Jan.").
package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bitext-ko/bitext/align/hangul"
)

// abbreviations are English words that end with a period but rarely end
// a sentence. Lower case, without the final period.
var abbreviations = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`mr mrs ms dr prof gen sen rep gov lt col capt sgt cmdr adm maj
	st ave blvd rd mt ft jr sr inc co corp ltd bros no nos vs etc e.g i.e cf al approx dept est
	jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun
	u.s u.k u.n u.s.a e.u a.m p.m d.c n.k s.k p.o ph.d b.a m.a ret fig vol op pp`) {
		m[w] = true
	}
	return m
}()

// English splits an English paragraph into sentences.
func English(s string) []string {
	return split(s, englishBreak)
}

// Korean splits a Korean paragraph into sentences.
func Korean(s string) []string {
	return split(s, koreanBreak)
}

// split cuts s after every position where isBreak says a sentence ends.
// isBreak gets the text up to and including the terminal punctuation run
// and the text after the following white space.
func split(s string, isBreak func(before, after string) bool) []string {
	s = strings.TrimSpace(s)
	var out []string
	start := 0
	for i := 0; i < len(s); {
		if !mayStartTerminal(s[i]) {
			i++ // a byte of a character that is no terminal
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isTerminal(r) {
			i += n
			continue
		}
		// Extend over the punctuation run and closing quotes/brackets.
		j := i + n
		for j < len(s) {
			r2, n2 := utf8.DecodeRuneInString(s[j:])
			if !isTerminal(r2) && !isCloser(r2) {
				break
			}
			j += n2
		}
		k := j
		for k < len(s) {
			r2, n2 := utf8.DecodeRuneInString(s[k:])
			if !unicode.IsSpace(r2) {
				break
			}
			k += n2
		}
		if k == j || k == len(s) {
			i = j
			continue
		}
		if isBreak(s[start:j], s[k:]) {
			out = append(out, strings.TrimSpace(s[start:j]))
			start = k
		}
		i = k
	}
	if rest := strings.TrimSpace(s[start:]); rest != "" {
		out = append(out, rest)
	}
	return out
}

func isTerminal(r rune) bool {
	return r == '.' || r == '?' || r == '!' || r == '…' || r == '。' || r == '？' || r == '！'
}

// mayStartTerminal reports whether c is the first byte of a character
// isTerminal may take (in UTF-8, … starts with 0xE2, 。 with 0xE3, ？ and ！
// with 0xEF), so that split reads the others a byte at a time without
// decoding them: a byte inside a character is never one of these.
func mayStartTerminal(c byte) bool {
	return c == '.' || c == '?' || c == '!' || c == 0xe2 || c == 0xe3 || c == 0xef
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', ')', ']', '»', '」', '』':
		return true
	}
	return false
}

func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '(', '[', '«', '「', '『':
		return true
	}
	return false
}

// lastWord returns the word before the final punctuation of before,
// without the punctuation run and closers, and the rune just before it.
func lastWord(before string) (word string, punct string) {
	end := len(before)
	for end > 0 {
		r, n := utf8.DecodeLastRuneInString(before[:end])
		if !isTerminal(r) && !isCloser(r) {
			break
		}
		end -= n
	}
	punct = before[end:]
	start := strings.LastIndexFunc(before[:end], func(r rune) bool { return unicode.IsSpace(r) || isOpener(r) })
	return before[start+1 : end], punct
}

func englishBreak(before, after string) bool {
	next, _ := utf8.DecodeRuneInString(after)
	if !(unicode.IsUpper(next) || unicode.IsDigit(next) || isOpener(next) || hangul.IsHangul(next)) {
		return false
	}
	word, punct := lastWord(before)
	if !strings.HasPrefix(punct, ".") {
		return true // ? and ! end sentences
	}
	lw := strings.ToLower(word)
	if abbreviations[lw] || abbreviations[strings.TrimSuffix(lw, ".")] {
		// "U.S." can still end a sentence before a common sentence start.
		return startsSentence(after) && strings.Contains(lw, ".")
	}
	// Single initials: "J. Smith", "Kim J. Un".
	if utf8.RuneCountInString(word) == 1 && unicode.IsUpper([]rune(word)[0]) {
		return false
	}
	return true
}

// startsSentence reports words that often begin a sentence and rarely
// follow an abbreviation.
func startsSentence(after string) bool {
	w, _, _ := strings.Cut(after, " ")
	switch strings.Trim(w, "\"“'‘") {
	case "The", "He", "She", "It", "They", "We", "I", "But", "In", "This", "That", "A", "An", "However", "And", "There", "His", "Her":
		return true
	}
	return false
}

func koreanBreak(before, after string) bool {
	word, punct := lastWord(before)
	if word == "" {
		return punct != ""
	}
	last, _ := utf8.DecodeLastRuneInString(word)
	switch {
	case hangul.IsSyllable(last):
		return true
	case unicode.IsDigit(last):
		// "2019. 1. 8." is a date; "3." before a new sentence is rare.
		next, _ := utf8.DecodeRuneInString(after)
		return !unicode.IsDigit(next) && !strings.HasPrefix(punct, ".")
	case last < 0x250 && unicode.IsLetter(last):
		lw := strings.ToLower(word)
		return !abbreviations[lw] && !abbreviations[strings.TrimSuffix(lw, ".")] && utf8.RuneCountInString(word) > 1
	}
	return true
}
