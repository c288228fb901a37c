package match

import (
	"strings"
	"unicode"

	"github.com/bitext-ko/bitext/align/names/english"
	"github.com/bitext-ko/bitext/align/names/mr"
	"golang.org/x/text/unicode/norm"
)

// parsedEnglish is a parsed English (romanized) name.
type parsedEnglish struct {
	all         []string // lower-case ASCII words, titles kept
	tokens      []string // lower-case ASCII letters, titles removed
	givenAfter  string   // tokens[1:] joined: the given name if the surname is first
	givenBefore string   // tokens[:n-1] joined: the given name if the surname is last
	// folded, when not "", is the words of all one after another, each
	// word a part of it (foldASCII's): words joined are a part of it too.
	folded string
}

// join returns the words all[i:j] joined.
func (e *parsedEnglish) join(i, j int) string {
	if e.folded == "" {
		return strings.Join(e.all[i:j], "")
	}
	start := 0
	for _, w := range e.all[:i] {
		start += len(w)
	}
	end := start
	for _, w := range e.all[i:j] {
		end += len(w)
	}
	return e.folded[start:end]
}

// leadingWords stand before a name with its title in English news text
// and are no part of the name, without being titles themselves: sides and
// nationalities (North Korean leader, US envoy), offices (ruling party
// chairman, Supreme Leader, unification minister) and "the", "of". The
// titles are package english's.
var leadingWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`north south korean koreans us american chinese japanese
		russian the of unification state party supreme opposition ruling`) {
		leadingWords[w] = true
	}
}

// foldName lower-cases s, writes MR breves as the RR digraphs they stand
// for (ŏ eo, ŭ eu), turns an MR aspiration apostrophe into h (P'yŏngyang
// phyeongyang), drops other accents, a possessive 's and other marks, and
// splits the result into words, which it appends to dst. folded, when
// not "", is the words one after another, each a part of it.
func foldName(s string, dst []string) (toks []string, folded string) {
	if toks, folded, ok := foldASCII(s, dst); ok {
		return toks, folded
	}
	return append(dst, foldAny(s)...), ""
}

// foldAny is foldName for any name.
func foldAny(s string) []string {
	var b strings.Builder
	var toks []string
	flush := func() {
		if b.Len() > 0 {
			toks = append(toks, b.String())
			b.Reset()
		}
	}
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if _, rr, ok := mr.Breve(r); ok {
			b.WriteString(strings.ToLower(rr))
			continue
		}
		if mr.IsApostrophe(r) {
			// Possessive 's ends the word.
			if i+1 < len(rs) && (rs[i+1] == 's' || rs[i+1] == 'S') && (i+2 == len(rs) || !unicode.IsLetter(rs[i+2])) {
				i++
				continue
			}
			str := b.String()
			if i+1 < len(rs) && unicode.IsLetter(rs[i+1]) && str != "" {
				switch str[len(str)-1] {
				case 'k', 't', 'p':
					b.WriteByte('h')
				case 'h':
					if strings.HasSuffix(str, "ch") {
						b.WriteByte('h')
					}
				}
			}
			continue
		}
		if r < 0x80 {
			switch {
			case r >= 'a' && r <= 'z':
				b.WriteRune(r)
			case r >= 'A' && r <= 'Z':
				b.WriteRune(r + 'a' - 'A')
			case r >= '0' && r <= '9':
				b.WriteRune(r)
			case r == '.':
				// "U.S." stays one word; "Gen." ends one.
				if i+1 < len(rs) && rs[i+1] != ' ' && i > 0 && unicode.IsLetter(rs[i-1]) {
					continue
				}
				flush()
			default:
				flush()
			}
			continue
		}
		if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
			flush()
			continue
		}
		// Drop accents: decompose and keep ASCII letters.
		for _, d := range norm.NFD.String(string(r)) {
			d = unicode.ToLower(d)
			if d >= 'a' && d <= 'z' {
				b.WriteRune(d)
			} else if d == 'ß' {
				b.WriteString("ss")
			}
		}
	}
	flush()
	return toks
}

// foldASCII is foldName for a name of ASCII characters with no
// apostrophe (nearly every name), folded into one string that the words
// are cut from; ok is false for any other name, which it leaves alone.
func foldASCII(s string, dst []string) (toks []string, folded string, ok bool) {
	var buf [64]byte
	b := buf[:0]
	if len(s) > len(buf) {
		b = make([]byte, 0, len(s))
	}
	var ends [8]int // where each word ends in b
	cut := ends[:0]
	flush := func() {
		if len(b) > 0 && (len(cut) == 0 || cut[len(cut)-1] < len(b)) {
			cut = append(cut, len(b))
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 0x80 || c == '\'' || c == '`':
			return dst, "", false
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			b = append(b, c)
		case 'A' <= c && c <= 'Z':
			b = append(b, c+'a'-'A')
		case c == '.' && i+1 < len(s) && s[i+1] != ' ' && i > 0 && isASCIILetter(s[i-1]):
			// "U.S." stays one word; "Gen." ends one.
		default:
			flush()
		}
	}
	flush()
	folded = string(b)
	toks = dst
	start := 0
	for _, end := range cut {
		toks = append(toks, folded[start:end])
		start = end
	}
	return toks, folded, true
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// parseEnglish parses an English name into e, dropping leading titles;
// its words are appended to words.
func parseEnglish(s string, e *parsedEnglish, words []string) {
	toks, folded := foldName(s, words)
	i := 0
	for i < len(toks)-1 && (english.IsTitle(toks[i]) || leadingWords[toks[i]]) {
		i++
	}
	*e = parsedEnglish{all: toks, tokens: toks[i:], folded: folded}
	if n := len(toks); n-i >= 2 {
		e.givenAfter = e.join(i+1, n)
		e.givenBefore = e.join(i, n-1)
	}
}

// foreignForm rewrites spellings whose sound Hangul writes with more or
// other letters: x is ks (s at the start of a word: Xi 시). joined is the
// tokens joined, which it returns when they have no x.
func foreignForm(tokens []string, joined string) string {
	if !strings.Contains(joined, "x") {
		return joined
	}
	var b strings.Builder
	b.Grow(2 * len(joined))
	for _, t := range tokens {
		for i := 0; i < len(t); i++ {
			if t[i] == 'x' {
				if i == 0 {
					b.WriteByte('s')
				} else {
					b.WriteString("ks")
				}
				continue
			}
			b.WriteByte(t[i])
		}
	}
	return b.String()
}
