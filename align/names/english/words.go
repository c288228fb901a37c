package english

import "strings"

// IsPlace reports whether a name is in the built-in list of countries,
// states, regions and cities (North Korea, U.S., Edinburgh); case and
// periods do not count.
func IsPlace(name string) bool {
	return places[strings.ReplaceAll(strings.ToLower(strings.Join(strings.Fields(name), " ")), ".", "")]
}

// IsCommonWord reports whether an English word is one that is no name on
// its own: a function word, a calendar word, a nationality adjective, a
// title word, or a word that ends the names of organizations, places or
// events (Radio, Club, Arena, Summit). Such a word is capitalized at the
// start of a sentence or as a part of a longer name.
func IsCommonWord(w string) bool {
	k := lowerKey(w)
	return commonWords[k] || calendarWords[k] || demonyms[k] || titleWords[k] || orgWords[k] ||
		placeWords[k] || eventWords[k] || compass[k]
}

// IsEventWord reports whether an English word ends the names of events
// and competitions (War, Cup, League, Summit).
func IsEventWord(w string) bool { return eventWords[lowerKey(w)] }

// IsHeadWord reports whether an English word is one that ends the names
// of organizations or places (Club, Council, Arena): alone, it names
// nothing of its own. (Competitions are named by theirs: the
// Championship, the Open.)
func IsHeadWord(w string) bool {
	k := lowerKey(w)
	return orgWords[k] || placeWords[k]
}
