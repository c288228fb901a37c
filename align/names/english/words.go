package english

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// IsPlace reports whether a name is in the built-in list of countries,
// states, regions and cities (North Korea, U.S., Edinburgh); case and
// periods do not count.
func IsPlace(name string) bool {
	return places[string(appendPlaceKey(make([]byte, 0, 64), name))]
}

// appendPlaceKey appends to b the key IsPlace looks name up by,
// strings.ReplaceAll(strings.ToLower(strings.Join(strings.Fields(name),
// " ")), ".", ""), written rune by rune into b rather than built in four
// strings: the glossary asks it of most names it pairs.
func appendPlaceKey(b []byte, name string) []byte {
	i := 0
	for w := range strings.FieldsSeq(name) {
		if i++; i > 1 {
			b = append(b, ' ')
		}
		for _, r := range w {
			if r != '.' {
				b = appendLower(b, r)
			}
		}
	}
	return b
}

// appendLowerKey appends lowerKey(w) to b: the word lists are looked up
// by a key in a buffer (m[string(k)] makes no string), where lowerKey
// makes a string of every word with a capital.
func appendLowerKey(b []byte, w string) []byte {
	return appendLowerText(b, strings.TrimRight(w, "."))
}

// appendLowerText appends strings.ToLower(s) to b, for looking a word up
// in a word list without making a string: m[string(appendLowerText(buf[:0], w))].
func appendLowerText(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf { // most words: ASCII in line
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b, i = append(b, c), i+1
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:]) // utf8.RuneError, 1 for an invalid byte, as range gives
		b, i = appendLower(b, r), i+n
	}
	return b
}

// appendLower appends r as strings.ToLower writes it: unicode.ToLower
// of it, and utf8.RuneError for an invalid byte (which range gives).
func appendLower(b []byte, r rune) []byte {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return append(b, byte(r))
	}
	return utf8.AppendRune(b, unicode.ToLower(r))
}

// IsCommonWord reports whether an English word is one that is no name on
// its own: a function word, a calendar word, a nationality adjective, a
// title word, or a word that ends the names of organizations, places or
// events (Radio, Club, Arena, Summit). Such a word is capitalized at the
// start of a sentence or as a part of a longer name.
func IsCommonWord(w string) bool {
	var buf [32]byte
	// One look-up in wordClasses, which has the words of every list.
	c := wordClasses()[string(appendLowerKey(buf[:0], w))]
	return c&(inCommon|inCalendar|inDemonym|inTitle|inOrg|inPlace|inEvent|inCompass) != 0
}

// IsDemonym reports whether an English word is an adjective of
// nationality or a member noun of a people, party or faith (Russian,
// Scottish, Republicans), which the finder leaves out of names unless an
// organization, place or event word follows it.
func IsDemonym(w string) bool {
	var buf [32]byte
	return demonyms[string(appendLowerKey(buf[:0], w))]
}

// IsEventWord reports whether an English word ends the names of events
// and competitions (War, Cup, League, Summit).
func IsEventWord(w string) bool {
	var buf [32]byte
	return eventWords[string(appendLowerKey(buf[:0], w))]
}

// IsHeadWord reports whether an English word is one that ends the names
// of organizations or places (Club, Council, Arena): alone, it names
// nothing of its own. (Competitions are named by theirs: the
// Championship, the Open.)
func IsHeadWord(w string) bool {
	var buf [32]byte
	return wordClasses()[string(appendLowerKey(buf[:0], w))]&(inOrg|inPlace) != 0
}
