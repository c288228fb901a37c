package cognate

import (
	"github.com/bitext-ko/bitext/align/internal/space"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bitext-ko/bitext/align/hangul"
	"github.com/bitext-ko/bitext/align/names/skeleton"
)

// Name cognates: transliterated names found in running text by their whole
// consonant skeletons (package align/names/skeleton), reduced to the keys
// of skeleton.EditKeys so that two spellings within one edit meet.

// maxNameRun is the most words EnglishNameKeys joins into one name.
const maxNameRun = 3

// EnglishNameKeys returns the skeleton keys of the capitalized words of an
// English text, alone and as runs of up to three ("Kim Jong-un" as one name
// for 김정은).
//
// The text is split as strings.FieldsSeq splits it, and each word is
// trimmed of the runes that are not letters as strings.TrimFunc would,
// reading the bytes of ASCII words directly.
func EnglishNameKeys(s string) []uint64 {
	var keys []uint64
	var runWords [16]string // room for the runs of most texts
	run := runWords[:0]
	for i := 0; i < len(s); {
		switch space.Class(s[i]) {
		case space.ASCII:
			i++
			continue
		case space.MayStart:
			if sp, n := space.Decode(s[i:]); sp {
				i += n
				continue
			}
		}
		start := i
		i = space.FieldEnd(s, i)
		f := s[start:i]
		if 'a' <= f[0] && f[0] <= 'z' {
			// Most words: lower-case, and no name.
			keys = nameRunKeys(run, keys)
			run = run[:0]
			continue
		}
		w := f
		if !isASCIILetter(f[0]) || !isASCIILetter(f[len(f)-1]) {
			w = strings.TrimFunc(f, notLetter)
		}
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if w == "" || !startsUpper(w) || isAllUpper(w) {
			keys = nameRunKeys(run, keys)
			run = run[:0]
			continue
		}
		run = append(run, w)
		// A word that ends a clause or a quotation ends the run.
		if endsNameRun(f) {
			keys = nameRunKeys(run, keys)
			run = run[:0]
		}
	}
	return nameRunKeys(run, keys)
}

// endsNameRun reports whether word f (as written, with its punctuation)
// ends a run of capitalized words: it ends a clause or closes a bracket or
// a quotation, straight or curly.
func endsNameRun(f string) bool {
	if c := f[len(f)-1]; c < utf8.RuneSelf {
		return strings.IndexByte(".,;:!?)\"", c) >= 0
	}
	r, _ := utf8.DecodeLastRuneInString(f)
	return r == '”' || r == '’'
}

// nameRunKeys appends to keys the keys of the skeletons of each word of a
// run of capitalized words and of the names of up to maxNameRun words the
// run holds, joined by spaces.
func nameRunKeys(run []string, keys []uint64) []uint64 {
	if len(run) == 0 { // most calls, answered inline
		return keys
	}
	return appendRunKeys(run, keys)
}

// appendRunKeys is nameRunKeys for a run of one word or more.
func appendRunKeys(run []string, keys []uint64) []uint64 {
	var buf [64]byte
	for i := range run {
		for n := 1; n <= maxNameRun && i+n <= len(run); n++ {
			// The conversion is not kept by skeleton.Latin, so a short
			// name is copied on the stack.
			keys = skeleton.EditKeys(skeleton.Latin(string(joinName(buf[:0], run[i:i+n]))), keys)
		}
	}
	return keys
}

// joinName appends the words of a name joined by spaces, with their ASCII
// capitals lower-cased so that skeleton.Latin, which lower-cases its input
// with strings.ToLower, has no copy to make when the name is all ASCII.
// strings.ToLower maps rune by rune and an ASCII byte is always a rune of
// its own, so a name with other runes reads the same.
func joinName(b []byte, words []string) []byte {
	start := len(b)
	for i, w := range words {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, w...)
	}
	for j := start; j < len(b); j++ {
		if c := b[j]; 'A' <= c && c <= 'Z' {
			b[j] = c + 'a' - 'A'
		}
	}
	return b
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// startsUpper reports whether w's first rune is an upper-case letter.
func startsUpper(w string) bool {
	if c := w[0]; c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func notLetter(r rune) bool { return !unicode.IsLetter(r) }

func isAllUpper(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		n++
	}
	return n > 1
}

// maxNameSyllables is the longest prefix KoreanNameKeys reads.
const maxNameSyllables = 8

// syllableSkeleton holds skeleton.Hangul of every syllable by its initial
// and final, the vowel having no part in a skeleton: the whole skeleton of
// several syllables is theirs run together, a class repeated where two
// meet written once (a syllable's own skeleton has no repeats).
var syllableSkeleton = func() (t [hangul.LCount][hangul.TCount]string) {
	for l := range t {
		for f := range t[l] {
			t[l][f] = skeleton.Hangul(string(hangul.Compose(hangul.Syllable{L: int8(l), T: int8(f)})))
		}
	}
	return t
}()

// KoreanNameKeys returns, for one Korean word, the skeleton keys of each of
// its Hangul prefixes of two syllables or more, so that particles and
// titles after a name do not hide it (폼페이오는 → 폼페이오).
//
// The prefixes are those of the first Hangul run, of up to eight
// syllables. Their skeletons are the prefixes of one skeleton, built a
// syllable at a time from syllableSkeleton.
func KoreanNameKeys(word string, dst []uint64) []uint64 {
	i := 0
	for i < len(word) {
		if _, ok := hangul.DecodeSyllable(word[i:]); ok {
			break
		}
		i++
	}
	var sk [maxNameSyllables * 3]byte // a syllable has three classes at most
	var ends [maxNameSyllables]int    // ends[n] is the skeleton's length after n+1 syllables
	n, m := 0, 0
	for ; n < maxNameSyllables; n++ {
		r, ok := hangul.DecodeSyllable(word[i:])
		if !ok {
			break
		}
		i += 3
		s := int(r - hangul.SBase)
		cls := syllableSkeleton[s/hangul.NCount][s%hangul.TCount]
		for j := 0; j < len(cls); j++ {
			if m == 0 || sk[m-1] != cls[j] {
				sk[m] = cls[j]
				m++
			}
		}
		ends[n] = m
	}
	if n < 2 {
		return dst
	}
	// One conversion, on the stack as skeleton.EditKeys keeps nothing.
	all := string(sk[:ends[n-1]])
	// A syllable that adds no class gives the skeleton of the prefix
	// before it, keyed once.
	last := -1
	for ; n >= 2; n-- {
		if m := ends[n-1]; m != last {
			last = m
			dst = skeleton.EditKeys(all[:m], dst)
		}
	}
	return dst
}
