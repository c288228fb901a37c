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
	var r Runner
	return r.Runs(text)
}

// A Runner finds the Runs of one text after another, keeping its storage
// from each for the next (the aligner reads a document's paragraphs with
// one). The zero value is ready to use. A Runner must not be used by two
// goroutines at once.
type Runner struct {
	toks, cur, prev []token
	runs            []string
	text            string // the text read
}

// Runs returns Runs(text) in a slice of r's, which its next call reuses.
func (r *Runner) Runs(text string) []string {
	r.runs, r.text = r.runs[:0], text
	f := runFinder{cur: r.cur[:0], prev: r.prev[:0], reader: r}
	// The finder copies the tokens it keeps, so each line's tokens can go
	// to it as eachTokens makes them.
	r.toks = eachTokensIn(r.toks, text, tokenChunk, f.add)
	f.flush()
	r.cur, r.prev, r.text = f.cur[:0], f.prev[:0], ""
	return r.runs
}

// run adds a run to r.runs (the run finder's runReader).
func (r *Runner) run(run, _ []token) {
	r.runs = append(r.runs, r.text[run[0].start:run[len(run)-1].end])
}
