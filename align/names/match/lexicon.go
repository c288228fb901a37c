package match

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed lexicon.tsv
var lexiconTSV string

// lexicon maps Hangul names to the English forms of a translated name and
// back.
type lexicon struct {
	byHangul  map[string][]string // Hangul → English keys
	byEnglish map[string][]string // English key → Hangul
	prefixes  map[string]bool     // every Hangul name and its leading syllables
}

// hasPrefixOf reports whether some leading syllables of h (or all of it)
// are a Hangul name of the lexicon (미국의, 북한군), and whether h is the
// start of a longer one (뉴욕 of 뉴욕타임스).
func (l *lexicon) hasPrefixOf(h string) (found, open bool) {
	for i := range h {
		if i == 0 {
			continue
		}
		if !l.prefixes[h[:i]] {
			return false, false
		}
		if len(l.byHangul[h[:i]]) > 0 {
			return true, l.prefixes[h]
		}
	}
	return len(l.byHangul[h]) > 0, l.prefixes[h]
}

var loadLexicon = sync.OnceValue(func() *lexicon {
	l := &lexicon{byHangul: map[string][]string{}, byEnglish: map[string][]string{}, prefixes: map[string]bool{}}
	for _, line := range strings.Split(lexiconTSV, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		h, forms, ok := strings.Cut(line, "\t")
		if !ok {
			panic("match: malformed lexicon line " + line)
		}
		for i := range h {
			if i > 0 {
				l.prefixes[h[:i]] = true
			}
		}
		l.prefixes[h] = true
		for _, f := range strings.Split(forms, "|") {
			k := lexKey(f)
			l.byHangul[h] = append(l.byHangul[h], k)
			l.byEnglish[k] = append(l.byEnglish[k], h)
		}
	}
	return l
})

// lexKey is the comparison form of an English name in the lexicon:
// lower case, no dots, no leading "the", single spaces, hyphens as spaces.
func lexKey(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		switch {
		case r == '.':
			continue
		case r == ' ' || r == '-' || r == '\t':
			space = b.Len() > 0
			continue
		case r == '’':
			r = '\''
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return strings.TrimPrefix(b.String(), "the ")
}

// IsTranslated reports whether Korean translates the Hangul name rather
// than transliterating it (미국, 청와대): it is in the built-in lexicon.
func IsTranslated(hangulName string) bool {
	return len(loadLexicon().byHangul[hangulName]) > 0
}

// Translated returns the English forms of a Hangul name that Korean
// translates rather than transliterates (미국 → United States, U.S., US …);
// nil if the name is not in the lexicon.
func Translated(hangulName string) []string {
	var out []string
	for _, line := range strings.Split(lexiconTSV, "\n") {
		h, forms, ok := strings.Cut(line, "\t")
		if ok && h == hangulName {
			out = append(out, strings.Split(forms, "|")...)
		}
	}
	return out
}
