// Package space finds white space, as unicode.IsSpace defines it, in UTF-8
// text a byte at a time: ASCII by a table, and of the other bytes only the
// few that can start a white-space character are decoded (0xC2 for U+0085
// and U+00A0, 0xE1 for U+1680, 0xE2 for U+2000 to U+205F, 0xE3 for
// U+3000); no continuation byte is one of them, so a byte of any other
// character is part of a word whatever its place. The name layer, the text
// features and the furniture rules split every word of every document
// with it. It is written by hand because strings.Fields and
// strings.FieldsFunc decode every rune of text outside ASCII (nearly all
// of Korean), which cost those loops more than the rest of their work.
package space

import (
	"unicode"
	"unicode/utf8"
)

// The classes of the bytes of UTF-8 text (Class).
const (
	None     = iota // a byte of a character that is not white space
	ASCII           // an ASCII white-space character
	MayStart        // the first byte of characters some of which are white space
)

var class = [256]uint8{'\t': ASCII, '\n': ASCII, '\v': ASCII, '\f': ASCII, '\r': ASCII, ' ': ASCII,
	0xC2: MayStart, 0xE1: MayStart, 0xE2: MayStart, 0xE3: MayStart}

// Class returns the class of byte c of UTF-8 text: None, ASCII or
// MayStart.
func Class(c byte) uint8 { return class[c] }

// IsSpace is unicode.IsSpace, ASCII first.
func IsSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return class[r] == ASCII
	}
	return unicode.IsSpace(r)
}

// Decode reports whether s starts with a white-space character, and its
// size in bytes: for text whose first byte is of class MayStart (the loops
// that step through text test Class inline and call this out of line).
func Decode(s string) (space bool, size int) {
	r, n := utf8.DecodeRuneInString(s)
	return unicode.IsSpace(r), n
}

// FieldEnd returns where the word that starts at s[i] ends: at the next
// white-space character, or len(s).
func FieldEnd(s string, i int) int {
	for i < len(s) {
		switch class[s[i]] {
		case None:
			i++
			continue
		case ASCII:
			return i
		}
		sp, n := Decode(s[i:])
		if sp {
			return i
		}
		i += n
	}
	return i
}

// at is how the loops that step through text use Class and Decode:
// whether s[i:] starts with white space, and how far to step.
func at(s string, i int) (bool, int) {
	switch Class(s[i]) {
	case ASCII:
		return true, 1
	case MayStart:
		return Decode(s[i:])
	}
	return false, 1
}

// Fields is strings.Fields: the words of s, split at white space, in a
// slice of their number. Outside ASCII it decodes only the characters
// that may be white space, not every one as strings.Fields does.
func Fields(s string) []string {
	n := 0
	for i := 0; i < len(s); {
		if sp, size := at(s, i); sp {
			i += size
			continue
		}
		n++
		i = FieldEnd(s, i)
	}
	out := make([]string, 0, n)
	for i := 0; i < len(s); {
		if sp, size := at(s, i); sp {
			i += size
			continue
		}
		j := FieldEnd(s, i)
		out = append(out, s[i:j])
		i = j
	}
	return out
}
