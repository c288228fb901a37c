// Package english is the one owner of the English words that shape a
// name's span in news text: the words of a title before a person's name
// (President, Gen., Foreign Minister, Vice Chairman) and the lower-case
// words that join the capitalized words of one name (Secretary of State,
// Charles de Gaulle). The name matcher drops the title before a name it
// scores; the glossary's English name finder splits runs of capitalized
// words at titles.
package english

import "strings"

// titleWords are the words titles before a person's name are made of,
// lower case, without a final dot.
var titleWords = setOf(`president vice chairman chairwoman chairperson chair secretary
	minister prime premier deputy ambassador amb envoy director leader chief correspondent
	spokesman spokeswoman spokesperson mr mrs ms miss dr prof professor sir madam
	rep sen senator representative congressman congresswoman lawmaker gov
	governor mayor king queen prince princess emperor empress pope chancellor commissioner
	general gen lt col maj capt adm admiral marshal
	commander lieutenant colonel major captain sergeant comrade judge justice
	foreign defense defence first lady former late acting then assemblyman
	assemblywoman candidate nominee head reporter editor columnist
	ceo cfo chairman-elect president-elect presidentelect undersecretary under
	special representative adviser advisor officer official counselor counsellor
	speaker whip majority minority`)

// joiningWords join the capitalized words of one name.
var joiningWords = setOf(`of the de du da van von der den bin al la le y`)

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
// (of, the, de, van, bin); it is matched as written, lower case.
func IsJoining(w string) bool {
	return joiningWords[w]
}
