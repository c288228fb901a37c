// Package cognate finds the cognates of an English paragraph and its
// Korean original, the things they share across scripts: numbers and
// dates written in either language's way (1월 8일 ↔ Jan. 8, 2천억 ↔ 200
// billion, 4차 ↔ 4th, percentages), Latin-script tokens inside Korean text
// (acronyms, names in parentheses), and transliterated names compared by
// their consonant skeletons (폼페이오 ↔ Pompeo, 황준범 ↔ Hwang Joon-bum;
// the skeletons are package align/names/skeleton's).
//
// Cognate is the alignment literature's word for such shared tokens;
// "anchor" in this project means only a point of the aligner's guide, a
// paragraph pair that shares a rare cognate. Cognates are reduced to
// uint64 keys so that the aligner can compare many paragraph pairs
// cheaply. The parsers here are small and specific to English–Korean
// news; no library reads Korean number units.
package cognate

import (
	"iter"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Number is a numeric cognate: a value, or a month (1–12) when Month is set.
type Number struct {
	Value float64
	Month bool
}

// Key returns the comparison key of n.
func (n Number) Key() uint64 {
	v := n.Value
	if v != 0 {
		// Round to 4 significant digits: "16.2 billion" and "162억" agree,
		// and float noise in unit arithmetic disappears.
		e := math.Floor(math.Log10(math.Abs(v)))
		p := math.Pow(10, e-3)
		v = math.Round(v/p) * p
	}
	k := math.Float64bits(v)
	if n.Month {
		k ^= 0x9e3779b97f4a7c15
	}
	return k
}

// Weight says how much a shared number tells: a year or a large or exact
// number is telling, a small count much less.
func (n Number) Weight() float64 {
	switch {
	case n.Month:
		return 0.5
	case n.Value != math.Trunc(n.Value):
		return 1
	case n.Value <= 12:
		return 0.3
	case n.Value <= 31:
		return 0.6
	}
	return 1
}

var monthNames = map[string]int{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
	"apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
	"aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10,
	"october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}

var enMultipliers = map[string]float64{
	"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"k": 1e3, "m": 1e6, "bn": 1e9, "tn": 1e12,
}

var enNumberWords = map[string]float64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "thousand": 1000,
	"dozen": 12, "half": 0.5,
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
}

// EnglishNumbers returns the numbers of an English text: digits with their
// multipliers ("$16 billion" = 1.6e10), ordinals ("4th"), number words up
// to twelve and tens, and month names.
func EnglishNumbers(s string) []Number {
	var out []Number
	var buf [maxNumberWord]byte
	for word, rest := nextNumberField(s); word != ""; word, rest = nextNumberField(rest) {
		w := trimNumberMarks(word)
		if w == "" {
			continue
		}
		if c := w[0] | 0x20; c >= 'a' && c <= 'z' {
			// A word that starts with a letter is no digit: it is a
			// number only as a month or number word, and these are
			// short and ASCII.
			if !mayBeNamedNumber(w) {
				continue
			}
			lw, ok := lowerASCII(w, buf[:])
			if !ok {
				if len(w) <= maxNumberWord || !isASCII(w) {
					lw = strings.ToLower(w)
				} else {
					continue
				}
			}
			if n, ok := namedNumber(w, lw); ok {
				out = append(out, n)
			}
			continue
		}
		if !isASCII(w) {
			// Letters outside ASCII may lower-case into a month or a
			// number word.
			if n, ok := namedNumber(w, strings.ToLower(w)); ok {
				out = append(out, n)
				continue
			}
		}
		v, rest2, ok := leadingNumber(w)
		if !ok {
			continue
		}
		rest2 = strings.ToLower(rest2)
		switch rest2 {
		case "", "st", "nd", "rd", "th", "s", "%", "'s":
		default:
			if m, ok := enMultipliers[rest2]; ok {
				v *= m
			} else if !strings.HasPrefix(rest2, "%") {
				// 3pm, 10km: the number still counts.
				if !isLetters(rest2) {
					continue
				}
			}
		}
		if nextWord, after := nextNumberField(rest); nextWord != "" {
			next := strings.ToLower(strings.TrimFunc(nextWord, isScaleMark))
			if m, ok := enMultipliers[next]; ok && len(next) > 2 {
				v *= m
				rest = after
			}
		}
		out = append(out, Number{Value: v})
	}
	return out
}

// maxNumberWord is the length of the longest month or number word
// ("september").
const maxNumberWord = 9

// namedNumber reads w, lower-cased lw, as a month name ("Jan", "March"
// but not "march") or a number word ("twelve", "fourth" but not "second"
// or "half").
func namedNumber(w, lw string) (Number, bool) {
	// w has no dot at its end (trimNumberMarks), and no rune lower-cases
	// into one: lw is its own strings.TrimSuffix(lw, ".").
	if m, ok := monthNames[lw]; ok && (lw != "may" || w == "May") && (lw != "march" || w == "March") {
		return Number{Value: float64(m), Month: true}, true
	}
	if v, ok := enNumberWords[lw]; ok && lw != "second" && lw != "half" {
		return Number{Value: v}, true
	}
	return Number{}, false
}

// namedNumberShapes[a][b] has bit n set when a month name or number word
// of n letters starts with the letters 'a'+a and 'a'+b.
var namedNumberShapes = func() (t [26][26]uint16) {
	add := func(w string) { t[w[0]-'a'][w[1]-'a'] |= 1 << len(w) }
	for w := range monthNames {
		add(w)
	}
	for w := range enNumberWords {
		add(w)
	}
	return t
}()

// mayBeNamedNumber reports whether w, a word that starts with an ASCII
// letter, may lower-case into a month name or a number word: false only
// for an ASCII word whose length and first two letters no such word has
// (most words of a text), which then needs neither lower-casing nor
// looking up.
func mayBeNamedNumber(w string) bool {
	if len(w) > maxNumberWord || !isASCII(w) {
		return true // namedNumber decides
	}
	if len(w) < 2 {
		return false
	}
	a, b := (w[0]|0x20)-'a', (w[1]|0x20)-'a'
	return b < 26 && namedNumberShapes[a][b]&(1<<len(w)) != 0
}

// lowerASCII returns strings.ToLower(w) for an ASCII w of no more than
// maxNumberWord bytes, made in buf, and false for any other w. The string
// does not outlive the caller's look-ups.
func lowerASCII(w string, buf []byte) (string, bool) {
	if len(w) > len(buf) {
		return "", false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return "", false
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return string(buf[:len(w)]), true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// nextNumberField returns the first word of s, the words being what
// white space, hyphens, dashes, slashes and parentheses separate, and the
// text after it; the word is "" when s has none. It is one step of
// strings.FieldsFunc with isNumberSeparator.
func nextNumberField(s string) (word, rest string) {
	start := -1
	for i := 0; i < len(s); {
		sep, size := asciiNumberSeparators[s[i]&0x7f], 1
		if s[i] >= utf8.RuneSelf {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			sep = r == '–' || r == '—' || unicode.IsSpace(r)
		}
		if sep {
			if start >= 0 {
				return s[start:i], s[i:]
			}
		} else if start < 0 {
			start = i
		}
		i += size
	}
	if start < 0 {
		return "", ""
	}
	return s[start:], ""
}

// asciiNumberSeparators are the ASCII runes between the words
// EnglishNumbers reads: white space, hyphens, slashes and parentheses.
// Outside ASCII, dashes and white space separate them.
var asciiNumberSeparators = [utf8.RuneSelf]bool{
	' ': true, '\t': true, '\n': true, '\v': true, '\f': true, '\r': true,
	'-': true, '/': true, '(': true, ')': true,
}

// trimNumberMarks is strings.TrimFunc(w, isNumberMark), with the ASCII
// marks at the ends, the usual ones, taken off without decoding.
func trimNumberMarks(w string) string {
	for len(w) > 0 && w[0] < utf8.RuneSelf && isNumberMark(rune(w[0])) {
		w = w[1:]
	}
	for len(w) > 0 && w[len(w)-1] < utf8.RuneSelf && isNumberMark(rune(w[len(w)-1])) {
		w = w[:len(w)-1]
	}
	if len(w) > 0 && (w[0] >= utf8.RuneSelf || w[len(w)-1] >= utf8.RuneSelf) {
		return strings.TrimFunc(w, isNumberMark)
	}
	return w
}

// isNumberMark reports the punctuation trimmed from the ends of a word
// before it is read as a number: strings.Trim's cutset ".,;:!?\"'“”‘’[]"
// as a switch, which costs less than a search of the cutset per rune.
func isNumberMark(r rune) bool {
	switch r {
	case '.', ',', ';', ':', '!', '?', '"', '\'', '“', '”', '‘', '’', '[', ']':
		return true
	}
	return false
}

// isScaleMark reports the punctuation trimmed from the ends of the word
// after a number before it is read as a scale word ("billion,"): the
// marks of isNumberMark but brackets.
func isScaleMark(r rune) bool { return r != '[' && r != ']' && isNumberMark(r) }

// leadingNumber parses "1,000.5" at the start of w (after a currency sign)
// and returns the value and the rest.
func leadingNumber(w string) (float64, string, bool) {
	w = strings.TrimLeft(w, "$€£¥₩#~≈")
	i, v, seen := 0, 0.0, false
	frac, scale := false, 0.1
	for i < len(w) {
		c := w[i]
		switch {
		case c >= '0' && c <= '9':
			if frac {
				v += float64(c-'0') * scale
				scale /= 10
			} else {
				v = v*10 + float64(c-'0')
			}
			seen = true
		case c == ',' && seen && !frac && i+4 <= len(w) && isDigits(w[i+1:i+4], 3) && (i+4 == len(w) || w[i+4] < '0' || w[i+4] > '9'):
			// thousands separator
		case c == '.' && seen && !frac && i+1 < len(w) && w[i+1] >= '0' && w[i+1] <= '9':
			frac = true
		default:
			return v, w[i:], seen
		}
		i++
	}
	return v, "", seen
}

func isDigits(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func isLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return s != ""
}

var koUnits = map[rune]float64{'십': 10, '백': 100, '천': 1000}
var koBigUnits = map[rune]float64{'만': 1e4, '억': 1e8, '조': 1e12}

// KoreanNumbers returns the numbers of a Korean text: digits with Korean
// units (160억 = 1.6e10, 2천억 = 2e11, 1만2천 = 12000, 3.5%), months
// (1월), and ordinals such as 4차 and 2번째 as plain numbers. English words
// inside Korean text count too ("16 billion").
func KoreanNumbers(s string) []Number {
	if !strings.ContainsAny(s, "0123456789") {
		// Every number starts with a digit.
		return nil
	}
	var out []Number
	rs := []rune(s)
	for i := 0; i < len(rs); {
		if !isDigit(rs[i]) || (i > 0 && (unicode.IsLetter(rs[i-1]) && rs[i-1] < 0x80)) {
			i++
			continue
		}
		total, part := 0.0, 0.0
		j := i
		for j < len(rs) {
			// a digit run, with separators
			k := j
			for k < len(rs) && (isDigit(rs[k]) || (rs[k] == ',' && k+1 < len(rs) && isDigit(rs[k+1])) || (rs[k] == '.' && k+1 < len(rs) && isDigit(rs[k+1]))) {
				k++
			}
			if k == j {
				break
			}
			v, _, _ := leadingNumber(string(rs[j:k]))
			j = k
			if j < len(rs) {
				if u, ok := koUnits[rs[j]]; ok {
					v *= u
					j++
				}
			}
			if j < len(rs) {
				if u, ok := koBigUnits[rs[j]]; ok {
					total += (part + v) * u
					part = 0
					j++
					// "1만2천": continue with digits, possibly after a space
					continue
				}
			}
			part += v
			break
		}
		v := total + part
		if j < len(rs) && rs[j] == '월' && v >= 1 && v <= 12 && v == math.Trunc(v) && (j+1 >= len(rs) || rs[j+1] != '드') {
			out = append(out, Number{Value: v, Month: true})
		} else {
			out = append(out, Number{Value: v})
		}
		// English multiplier words after the number ("16 billion").
		rest := strings.ToLower(strings.TrimLeft(string(rs[j:min(j+12, len(rs))]), " "))
		for w, m := range enMultipliers {
			if len(w) > 2 && strings.HasPrefix(rest, w) {
				out[len(out)-1].Value *= m
			}
		}
		if j == i {
			j++
		}
		i = j
	}
	return out
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// Latin returns the Latin-script tokens (two letters or more, lower-cased)
// of a text: in Korean text these are acronyms and names kept in the
// original.
func Latin(s string) []string {
	var out []string
	for tok := range LatinTokens(s) {
		out = append(out, strings.ToLower(tok))
	}
	return out
}

// LatinTokens yields the tokens of Latin as written, not lower-cased, for
// a caller that keys them without making the strings. A token is a run of
// letters below U+0250, digits and & after its first letter, of two runes
// or more. Runes of three bytes or more of UTF-8 (Hangul, CJK), none of
// which is Latin, are passed a byte at a time without decoding; only the
// leading bytes of two-byte runes are decoded.
func LatinTokens(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		start := -1
		for i := 0; i < len(s); {
			c, size, latin := s[i], 1, false
			switch {
			case c < utf8.RuneSelf:
				lc := c | 0x20
				latin = lc >= 'a' && lc <= 'z' || start >= 0 && (c >= '0' && c <= '9' || c == '&')
			case c >= 0xC0 && c < 0xE0:
				var r rune
				r, size = utf8.DecodeRuneInString(s[i:])
				latin = r < 0x250 && unicode.IsLetter(r)
			}
			if latin && start < 0 {
				start = i
			}
			if !latin && start >= 0 {
				if tok := s[start:i]; isLatinToken(tok) && !yield(tok) {
					return
				}
				start = -1
			}
			i += size
		}
		if start >= 0 {
			if tok := s[start:]; isLatinToken(tok) {
				yield(tok)
			}
		}
	}
}

// isLatinToken reports whether a run of Latin letters and digits is long
// enough to be a token: two runes or more.
func isLatinToken(tok string) bool {
	return len(tok) >= 2 && (len(tok) >= 4 || utf8.RuneCountInString(tok) >= 2)
}
