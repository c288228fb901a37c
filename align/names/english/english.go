// Package english finds the names of English news text: the one English
// name finder of the project.
//
// FindNames and FindNamesIn return the names (Mention) of a text or of
// the paragraphs of one document (a Finder, for a caller that reads many,
// keeps its storage from one to the next): capitalized runs split at
// titles ("US Secretary of State Mike Pompeo" gives US and Mike Pompeo,
// "Workers’ Party of Korea Vice Chairman" gives Workers’ Party of
// Korea), with nationality adjectives, months, weekdays, titles of works
// and sentence-initial common words left out, each with a Type guessed
// from the English alone (a title before it, the shape of a Korean
// personal name, an organization or place word at its end, a list of
// countries and cities). ListNames folds a document's short forms into
// its full names (Trump into Donald Trump). Runs gives the plain runs of
// capitalized words, titles kept, for matching names across scripts.
//
// The package also owns the English words that shape a name's span: the
// words of a title before a person's name (President, Gen., Foreign
// Minister, Vice Chairman; IsTitle) and the lower-case words that join
// the capitalized words of one name (Secretary of State, Charles de
// Gaulle; IsJoining). The name matcher drops the title before a name it
// scores.
//
// The finder takes text, not documents: leaving out page furniture is the
// caller's (package furniture). It is written here because the Go NER
// libraries need trained models this project cannot ship, and a news
// glossary only needs the name spans that the Korean side then confirms.
package english

import "strings"

// titleWords are the words titles before a person's name are made of,
// lower case, without a final dot.
var titleWords = setOf(`president vice chairman chairwoman chairperson chair secretary
	minister prime premier deputy ambassador amb envoy director leader chief correspondent
	spokesman spokeswoman spokesperson mr mrs ms miss dr prof professor sir madam
	rep reps sen sens senator senators representative congressman congresswoman lawmaker gov
	governor mayor king queen prince princess emperor empress pope chancellor commissioner
	general gen lt col maj capt adm admiral marshal
	commander lieutenant colonel major captain sergeant comrade judge justice
	foreign defense defence first lady former late acting then assemblyman
	assemblywoman candidate nominee head reporter editor columnist
	ceo cfo chairman-elect president-elect presidentelect undersecretary under
	special representative adviser advisor officer official counselor counsellor
	speaker whip majority minority mp mps msp mep mla lord lady baroness baron dame
	rev reverend`)

// joiningWords join the capitalized words of one name.
var joiningWords = setOf(`of the de du da van von der den bin al la le y &`)

func setOf(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// IsTitle reports whether an English word is a word of a title before a
// person's name (President, GEN., vice, foreign); case and final dots do
// not count.
func IsTitle(w string) bool {
	w = strings.TrimRight(w, ".")
	// Lower-case ASCII words in place: the finder asks this of every
	// capitalized word, and a headline in capitals must not allocate.
	var buf [32]byte
	if len(w) <= len(buf) {
		ascii := true
		for i := 0; i < len(w); i++ {
			c := w[i]
			if c >= 0x80 {
				ascii = false
				break
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[i] = c
		}
		if ascii {
			return titleWords[string(buf[:len(w)])]
		}
	}
	return titleWords[strings.ToLower(w)]
}

// IsJoining reports whether a word joins the capitalized words of one name
// (of, the, de, van, bin, and the ampersand of Marks & Spencer); it is
// matched as written, lower case.
func IsJoining(w string) bool {
	return joiningWords[w]
}
