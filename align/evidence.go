package align

// evidence is what a pair of paragraph groups share and do not share.
type evidence struct {
	lenEN, lenKO     int
	lexHitKO, lexKO  int     // Korean words whose translation is in the English
	lexHitEN, lexEN  int     // English words that translate a Korean word
	numHit, numMiss  float64 // weights of numbers found / not found on the other side
	latinHit         int     // Latin tokens of the Korean found in the English
	latinMiss        int
	nameHit          int // Korean words matching an English name
	quotesEN, quotes int
}

// gather compares English paragraphs en with Korean paragraphs ko.
func gather(en, ko []*features) evidence {
	var ev evidence
	for _, e := range en {
		ev.lenEN += e.chars
		ev.lexEN += len(e.lexSet)
		ev.quotesEN += e.quotes
	}
	for _, k := range ko {
		ev.lenKO += k.chars
		ev.quotes += k.quotes
		ev.lexKO += len(k.lexTokens)
	tokens:
		for _, ids := range k.lexTokens {
			for _, id := range ids {
				for _, e := range en {
					if e.lexSet.has(uint64(id)) {
						ev.lexHitKO++
						continue tokens
					}
				}
			}
		}
	names:
		for _, keys := range k.nameTokens {
			for _, key := range keys {
				for _, e := range en {
					if e.nameSet.has(key) {
						ev.nameHit++
						continue names
					}
				}
			}
		}
	latin:
		for _, l := range k.latin {
			for _, e := range en {
				if e.wordSet.has(l) {
					ev.latinHit++
					continue latin
				}
			}
			ev.latinMiss++
		}
	numKO:
		for _, n := range k.numbers {
			for _, e := range en {
				if e.numSet.has(n.key) {
					ev.numHit += n.weight
					continue numKO
				}
			}
			ev.numMiss += n.weight
		}
	}
	for _, e := range en {
		for id := range e.lexSet {
			for _, k := range ko {
				if k.lexUnion.has(id) {
					ev.lexHitEN++
					break
				}
			}
		}
	numEN:
		for _, n := range e.numbers {
			for _, k := range ko {
				if k.numSet.has(n.key) {
					ev.numHit += n.weight
					continue numEN
				}
			}
			ev.numMiss += n.weight
		}
	}
	return ev
}
