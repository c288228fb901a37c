package english

// Runs returns the name-like word sequences of English text as written:
// runs of capitalized words, with lower-case joining words such as "of"
// and "de" between them, broken by punctuation and by hyphens or dashes
// between two names (Korea-US), possessives left off. Titles stay ("North
// Korean leader Kim Jong-un met U.S. Secretary of State Mike Pompeo"
// gives "North Korean", "Kim Jong-un" and "U.S. Secretary of State Mike
// Pompeo"; the name matcher drops leading titles), and so do
// sentence-initial common words, for the matcher to reject. They are the
// runs FindNames splits into names.
func Runs(text string) []string {
	var out []string
	f := runFinder{names: func(run, _ []token) {
		out = append(out, text[run[0].start:run[len(run)-1].end])
	}}
	// The finder copies the tokens it keeps, so each line's tokens can go
	// to it as eachTokens makes them.
	eachTokens(text, tokenChunk, f.add)
	f.flush()
	return out
}
