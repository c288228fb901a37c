package english

import (
	"strings"
	"sync/atomic"
)

// A Finder finds the names of one document after another (FindNamesIn),
// keeping from each, for the next, the storage it reads them with: the
// tokens of the paragraphs, the words the document writes capitalized and
// in lower case, the names of the paragraphs before they are handed out.
// The paragraphs of a document share that storage too (the package's
// FindNamesIn uses a new Finder for each call). What a Finder finds does
// not depend on the documents it read before: the glossary keeps one for
// each corpus worker (glossary.Scratch).
//
// The zero value is ready to use. A Finder must not be used by two
// goroutines at once. Memory: it keeps the storage of the largest
// document it has read, up to about maxFinderTokens tokens, names and
// words for each goroutine that reads the document (one a core, when a
// document has many paragraphs), and lets larger storage go after the
// document; it holds no text of a document once FindNamesIn returns
// (TestFinderKeepsNoText).
type Finder struct {
	doc     docCase
	workers []*finderWorker
	// counts are how many names each paragraph of the document has.
	counts []int
	// ends are where the kept tokens of each paragraph end in its
	// worker's tokens.
	ends  []int
	coref corefSets
}

// maxFinderTokens bounds the tokens (and the names, and the words of the
// wordCase sets) a Finder keeps the storage of from one document to the
// next: a token takes 64 bytes, so about 4 MB of tokens a worker at
// most, and at most as many names and words besides; larger storage,
// made for a long document, is let go after it.
const maxFinderTokens = 1 << 16

// finderWorker is the storage of one goroutine of a Finder: the tokens
// of its paragraphs and the state of its run finder. Its methods read the
// names of a paragraph (names, run, release).
type finderWorker struct {
	// line holds the tokens of one line (eachTokensIn's storage).
	line []token
	// toks are the kept tokens of the worker's paragraphs, one after
	// another (readCase).
	toks []token
	// caps and lower are the words of the worker's paragraphs that are
	// not kept (wordCase).
	caps, lower map[string]bool
	// out are the names of the worker's paragraphs, one after another
	// (FindNamesIn).
	out []Mention

	// The paragraph being read (names): its document, its text, where
	// its names go, and the names of its current run and of its
	// context batch.
	d        *docCase
	text     string
	yield    func(Mention)
	f        runFinder
	ms, held []Mention
	// addKeyed gives tokens their keys and then to f, for the
	// paragraphs whose tokens are not kept; made once.
	addKeyed func([]token)
}

// useWorkers returns the storage of n goroutines.
func (f *Finder) useWorkers(n int) []*finderWorker {
	for len(f.workers) < n {
		f.workers = append(f.workers, &finderWorker{})
	}
	return f.workers[:n]
}

// resized returns s with length n, cleared, keeping its storage when it
// has room.
func resized[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// FindNamesIn is the package's FindNamesIn, with f's storage.
func (f *Finder) FindNamesIn(paragraphs []string) [][]Mention {
	d := f.readCase(paragraphs, keptTokens)
	n := len(paragraphs)
	f.counts = resized(f.counts, n)
	ws := f.useWorkers(maxWorkers(n))
	eachRange(n, len(ws), func(w, lo, hi int) {
		c := ws[w]
		c.out = c.out[:0]
		for i := lo; i < hi; i++ {
			k := len(c.out)
			c.names(d, i, nil)
			f.counts[i] = len(c.out) - k
		}
	})
	// The names of all the paragraphs in one slice: the workers read
	// contiguous runs of paragraphs, in order.
	total := 0
	for _, c := range ws {
		total += len(c.out)
	}
	all := make([]Mention, 0, total)
	for _, c := range ws {
		all = append(all, c.out...)
	}
	out := make([][]Mention, n)
	for i, k := range f.counts {
		if k > 0 {
			out[i], all = all[:k:k], all[k:]
		}
	}
	f.coref.personCoref(out)
	ownS(paragraphs, out)
	f.forget()
	f.trim()
	return out
}

// forget drops what f's kept storage holds of the document just read:
// its paragraphs, and the tokens, names and words cut from them. Every
// document clears what it used, so the arrays stay clear past their
// length too (a shorter document after a longer one would otherwise
// leave the longer one's tail, and its text, reachable); the small arrays
// that a line or a run reuses are cleared up to their capacity. Only the
// arrays and maps themselves are kept for the next document.
func (f *Finder) forget() {
	d := &f.doc
	d.paragraphs = nil
	clear(d.toks)
	clear(d.caps)
	clear(d.lower)
	for _, c := range f.workers {
		clear(c.line[:cap(c.line)])
		clear(c.toks)
		clear(c.out)
		clear(c.ms[:cap(c.ms)])
		clear(c.held[:cap(c.held)])
		clear(c.f.cur[:cap(c.f.cur)])
		clear(c.f.prev[:cap(c.f.prev)])
		clear(c.caps)
		clear(c.lower)
		c.d, c.text = nil, ""
	}
	clear(f.coref.personWords)
	clear(f.coref.byText)
}

// trim lets go of the storage larger than maxFinderTokens.
func (f *Finder) trim() {
	for _, c := range f.workers {
		if cap(c.toks) > maxFinderTokens {
			c.toks = nil
		}
		if cap(c.out) > maxFinderTokens {
			c.out = nil
		}
		if len(c.caps)+len(c.lower) > maxFinderTokens {
			c.caps, c.lower = nil, nil
		}
	}
	if len(f.doc.caps)+len(f.doc.lower) > maxFinderTokens {
		f.doc.caps, f.doc.lower = nil, nil
	}
	if len(f.counts) > maxFinderTokens {
		f.counts, f.ends, f.doc.toks, f.doc.kept = nil, nil, nil, nil
	}
	f.coref.trim()
}

// docCase is what the first pass learns of a document: the words it
// writes capitalized in the middle of a sentence and those it writes in
// lower case (wordCase), and the tokens of its first paragraphs.
type docCase struct {
	paragraphs  []string
	caps, lower map[string]bool
	toks        [][]token
	kept        []bool
}

// readCase runs the first pass over a document, on all cores, keeping the
// tokens of at most keep bytes of its paragraphs.
func (f *Finder) readCase(paragraphs []string, keep int64) *docCase {
	n := len(paragraphs)
	d := &f.doc
	d.paragraphs = paragraphs
	d.toks, d.kept, f.ends = resized(d.toks, n), resized(d.kept, n), resized(f.ends, n)
	var budget atomic.Int64
	budget.Store(keep)
	ws := f.useWorkers(maxWorkers(n))
	eachRange(n, len(ws), func(w, lo, hi int) {
		c := ws[w]
		// Room for the tokens of the paragraphs kept, made once: about
		// one a space (the dev articles have at most 0.3% more).
		// The line storage has room for the longest of them, up to
		// the chunk eachTokensIn hands out.
		need, line, size := 0, 0, 0
		for _, p := range paragraphs[lo:hi] {
			if size += len(p); size > int(keep) {
				break
			}
			n := strings.Count(p, " ") + 1
			need, line = need+n, max(line, min(n, tokenChunk+1))
		}
		if need += need / 16; cap(c.toks) < need {
			c.toks = make([]token, 0, need)
		}
		if cap(c.line) < line {
			c.line = make([]token, 0, line)
		}
		c.toks = c.toks[:0]
		clear(c.caps)
		clear(c.lower)
		kept := func(ts []token) { c.toks = append(c.toks, ts...) }
		other := func(ts []token) {
			withKeys(ts)
			c.caps, c.lower = wordCase(c.caps, c.lower, ts)
		}
		for i := lo; i < hi; i++ {
			p := paragraphs[i]
			if budget.Add(-int64(len(p))) >= 0 {
				c.line = eachTokensIn(c.line, p, tokenChunk, kept)
				d.kept[i], f.ends[i] = true, len(c.toks)
				continue
			}
			budget.Add(int64(len(p)))
			c.line = eachTokensIn(c.line, p, tokenChunk, other)
		}
		// The keys of all the kept tokens at once (one string for the
		// ASCII ones), and each paragraph's tokens cut from the
		// worker's.
		withKeys(c.toks)
		start := 0
		for i := lo; i < hi; i++ {
			if d.kept[i] {
				end := f.ends[i]
				d.toks[i], start = c.toks[start:end:end], end
			}
		}
	})
	// The maps are made with room for the kept tokens' words rather than
	// grown: half as many lower-case words as tokens, an eighth as many
	// capitalized ones (the sizes that cost least on the dev articles,
	// where they save 5M of FindNamesIn's 77M instructions); a Finder
	// keeps them for the next document.
	if d.caps == nil {
		k := 0
		for _, c := range ws {
			k += len(c.toks)
		}
		d.caps, d.lower = make(map[string]bool, k/8), make(map[string]bool, k/2)
	} else {
		clear(d.caps)
		clear(d.lower)
	}
	for _, c := range ws { // the kept tokens, all at once
		d.caps, d.lower = wordCase(d.caps, d.lower, c.toks)
	}
	for _, c := range ws {
		for k := range c.caps {
			d.caps[k] = true
		}
		for k := range c.lower {
			d.lower[k] = true
		}
	}
	return d
}

// names calls yield with the names of paragraph i of d in order, typed by
// their context (typeFromContext) but before personCoref, or appends them
// to c.out when yield is nil. The context is
// read over at most contextBatch names at a time, so that a paragraph of
// any length holds a bounded number of them.
func (c *finderWorker) names(d *docCase, i int, yield func(Mention)) {
	c.d, c.text, c.yield = d, d.paragraphs[i], yield
	if c.addKeyed == nil {
		c.f.reader = c
		c.addKeyed = func(ts []token) {
			withKeys(ts)
			c.f.add(ts)
		}
	}
	c.f.cur, c.f.prev, c.f.pending = c.f.cur[:0], c.f.prev[:0], 0
	c.held = c.held[:0]
	if d.kept[i] {
		c.f.add(d.toks[i])
	} else {
		c.line = eachTokensIn(c.line, c.text, tokenChunk, c.addKeyed)
	}
	c.f.flush()
	c.release()
	c.d, c.yield = nil, nil
}

// run reads the names of one run of capitalized words, the run before it
// given (the run finder's runReader).
func (c *finderWorker) run(run, prev []token) {
	text, d := c.text, c.d
	var carried []token
	if len(prev) > 0 {
		if n := trailingTitle(prev); n > 0 && toTheBetween(text[prev[len(prev)-1].end:run[0].start]) {
			carried = prev[len(prev)-n:]
		}
	}
	c.ms = splitRun(c.ms[:0], text, run, carried, d.caps, d.lower)
	for _, m := range c.ms {
		if m.Initial {
			// Looked up only here: most names start no sentence.
			if k := initialKey(run, m); !d.caps[k] && (writtenLower(d.lower, k) || commonWords[k] || looksCommon(k)) {
				continue
			}
		}
		if m.Text == "I" {
			// The pronoun, capitalized everywhere.
			continue
		}
		c.held = append(c.held, m)
	}
	if len(c.held) >= contextBatch {
		c.release()
	}
}

// initialKey returns lowerKey(m.Text) for a mention of run that is one
// word: the key of its token, made already, unless the mention leaves out
// a quotation mark at the token's end (Workers’).
func initialKey(run []token, m Mention) string {
	for _, t := range run {
		if t.start == m.Start && t.end == m.End && t.key != "" {
			return t.key
		}
	}
	return lowerKey(m.Text)
}

// release types the names held by their context and hands them out.
func (c *finderWorker) release() {
	typeFromContext(c.text, c.held)
	if c.yield == nil {
		c.out = append(c.out, c.held...)
	} else {
		for _, m := range c.held {
			c.yield(m)
		}
	}
	c.held = c.held[:0]
}

// corefSets are the sets personCoref and sameText fill, which a Finder
// keeps from one document to the next.
type corefSets struct {
	personWords map[string]bool
	byText      map[string]typeVotes
}

// typeVotes are the types the mentions of one text are given, the surer
// kind of sign apart (sameText).
type typeVotes struct{ sure, guessed typeVote }

// typeVote is the types a text is given, as sameText reads them: none,
// one (t), or more than one.
type typeVote struct {
	t Type
	n uint8 // 0, 1, or 2 for more than one
}

func (v *typeVote) add(t Type) {
	switch {
	case v.n == 0:
		v.t, v.n = t, 1
	case t != v.t:
		v.n = 2
	}
}

// only returns the type when there is exactly one.
func (v typeVote) only() (Type, bool) { return v.t, v.n == 1 }

// personCoref types as persons the one-word mentions that are the first
// or last word of a person's full name elsewhere in the same mentions.
func personCoref(ms [][]Mention) {
	var s corefSets
	s.personCoref(ms)
}

// personCoref is the package's personCoref, with s's sets.
func (s *corefSets) personCoref(ms [][]Mention) {
	if s.personWords == nil {
		s.personWords = map[string]bool{}
	}
	personWords := s.personWords
	clear(personWords)
	for _, p := range ms {
		for _, m := range p {
			if m.Type != Person {
				continue
			}
			// The first and last of strings.Fields(m.Text), if it has
			// two or more.
			first, last, n := "", "", 0
			for w := range strings.FieldsSeq(m.Text) {
				if n == 0 {
					first = w
				}
				last, n = w, n+1
			}
			if n >= 2 {
				personWords[first] = true
				personWords[last] = true
			}
		}
	}
	for _, p := range ms {
		for i, m := range p {
			if (m.Type == Other || m.Guessed) && personWords[m.Text] {
				p[i].Type, p[i].Guessed = Person, false
			}
		}
	}
	s.sameText(ms)
}

// sameText gives the mentions of a document that the document writes
// alike one type: the one the typed mentions agree on (Rangers is an
// organization all through if one sentence says so), the surer kind of
// sign first.
func (s *corefSets) sameText(ms [][]Mention) {
	if s.byText == nil {
		s.byText = map[string]typeVotes{}
	}
	byText := s.byText
	clear(byText)
	for _, p := range ms {
		for _, m := range p {
			if m.Type == Other {
				continue
			}
			v := byText[m.Text]
			if m.Guessed {
				v.guessed.add(m.Type)
			} else {
				v.sure.add(m.Type)
			}
			byText[m.Text] = v
		}
	}
	for _, p := range ms {
		for i, m := range p {
			if m.Type != Other && !m.Guessed {
				continue
			}
			v, ok := byText[m.Text]
			if !ok {
				continue
			}
			if t, ok := v.sure.only(); ok {
				p[i].Type, p[i].Guessed = t, false
			} else if t, ok := v.guessed.only(); ok && v.sure.n == 0 {
				p[i].Type, p[i].Guessed = t, true
			}
		}
	}
}

// trim lets go of sets larger than maxFinderTokens.
func (s *corefSets) trim() {
	if len(s.personWords) > maxFinderTokens {
		s.personWords = nil
	}
	if len(s.byText) > maxFinderTokens {
		s.byText = nil
	}
}
