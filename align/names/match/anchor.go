package match

// KoreanText is the name candidates of a Korean paragraph, compiled once
// for comparing with many English paragraphs.
type KoreanText struct {
	names []*Name
}

// CompileKoreanText compiles the Candidates of Korean running text.
func CompileKoreanText(text string) *KoreanText {
	k := &KoreanText{}
	seen := map[string]bool{}
	for _, c := range Candidates(text) {
		if seen[c] {
			continue
		}
		seen[c] = true
		k.names = append(k.names, Compile(c))
	}
	return k
}

// Len returns the number of candidates.
func (k *KoreanText) Len() int { return len(k.names) }

// EnglishText is the name candidates of an English paragraph, compiled
// once for comparing with many Korean paragraphs.
type EnglishText struct {
	names []*English
}

// CompileEnglishText compiles the EnglishCandidates of English running
// text.
func CompileEnglishText(text string) *EnglishText {
	e := &EnglishText{}
	seen := map[string]bool{}
	for _, c := range EnglishCandidates(text) {
		if seen[c] {
			continue
		}
		seen[c] = true
		if ce := CompileEnglish(c); len(ce.e.tokens) > 0 {
			e.names = append(e.names, ce)
		}
	}
	return e
}

// Len returns the number of candidates.
func (e *EnglishText) Len() int { return len(e.names) }

// Matches counts the English candidates that score at least threshold
// against some Korean candidate: the transliterated-name evidence that two
// paragraphs say the same thing. Pairs whose first sounds cannot match
// are skipped and comparisons stop once a pair cannot reach the
// threshold: a pair of news paragraphs costs some tens of microseconds.
func Matches(e *EnglishText, k *KoreanText, threshold float64) int {
	n := 0
	floor := threshold - 1e-9
	for _, en := range e.names {
		for _, kn := range k.names {
			if en.mayMatch(kn) && scoreAbove(en, kn, floor) >= threshold {
				n++
				break
			}
		}
	}
	return n
}
