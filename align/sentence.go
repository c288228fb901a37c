package align

import (
	"github.com/bitext-ko/bitext/align/lexicon"
	"github.com/bitext-ko/bitext/align/segment"
)

// alignSentences splits every paragraph into sentences and replaces the
// paragraph beads with sentence beads: inside each paragraph match the
// sentences are aligned by the same dynamic program and model as the
// paragraphs, with the pair's length ratio; the sentences of lone and
// furniture paragraphs become lone beads of the same kind. The paragraph
// beads stay in ParagraphBeads.
func (a *Alignment) alignSentences(lex *lexicon.Lexicon) {
	for i := range a.EN {
		a.EN[i].Sentences = segment.English(a.Text(false, P(i)))
	}
	for i := range a.KO {
		a.KO[i].Sentences = segment.Korean(a.Text(true, P(i)))
	}
	a.ParagraphBeads = a.Beads
	var out []Bead
	for _, pb := range a.ParagraphBeads {
		en, ko := a.sentenceIDs(false, pb.EN), a.sentenceIDs(true, pb.KO)
		if pb.Kind != Match {
			for _, id := range en {
				out = append(out, Bead{EN: []ID{id}, Kind: pb.Kind, Score: pb.Score, Flagged: pb.Flagged})
			}
			for _, id := range ko {
				out = append(out, Bead{KO: []ID{id}, Kind: pb.Kind, Score: pb.Score, Flagged: pb.Flagged})
			}
			continue
		}
		p := a.sentenceScorer(en, ko, lex)
		sb := p.beads(p.sentencePath(), seq(len(en)), seq(len(ko)))
		for _, b := range sb {
			// p.beads numbers sentences by position; map them to ids.
			for x := range b.EN {
				b.EN[x] = en[b.EN[x].Para]
			}
			for x := range b.KO {
				b.KO[x] = ko[b.KO[x].Para]
			}
			b.Flagged = b.Score < a.minScore
			out = append(out, b)
		}
	}
	a.Beads = out
}

// sentenceScorer scores the sentences en against the sentences ko of one
// paragraph bead, with the pair's length ratio.
func (a *Alignment) sentenceScorer(en, ko []ID, lex *lexicon.Lexicon) *pairScorer {
	v := newVocab()
	enText := make([]string, len(en))
	for k, id := range en {
		enText[k] = a.Text(false, id)
	}
	koText := make([]string, len(ko))
	for k, id := range ko {
		koText[k] = a.Text(true, id)
	}
	ef, kf := sideFeatures(enText, koText, lex, v, a.Names())
	return newPairScorer(ef, kf, newMatcher(v), a.ratioLn)
}

// sentenceBand is the widest half-width, in sentences, of the band the
// dynamic program searches inside one paragraph bead (a bead of up to
// about 250 sentences a side is searched whole). The paragraphs of a bead
// translate each other, so their sentences stay near the guide; the cap
// keeps the work linear in the sentences when they do not (one paragraph
// of a megabyte whose sentences are unrelated widened the band to millions
// of cells).
const sentenceBand = 64

// sentencePath finds the sentence beads of one paragraph bead, p scoring
// its sentences: at most (n+1)·(2·sentenceBand+1) cells a search for n
// English sentences.
func (p *pairScorer) sentencePath() []shape {
	n, m := len(p.en), len(p.ko)
	if n == 1 && m == 1 {
		return []shape{{1, 1}}
	}
	return p.alignWithin((n + 1) * (2*sentenceBand + 1))
}

// sentenceIDs lists the sentence ids of paragraphs.
func (a *Alignment) sentenceIDs(korean bool, paras []ID) []ID {
	ps := a.EN
	if korean {
		ps = a.KO
	}
	var ids []ID
	for _, p := range paras {
		for s := range ps[p.Para].Sentences {
			ids = append(ids, ID{Para: p.Para, Sent: s})
		}
	}
	return ids
}

// seq returns 0, 1, …, n-1.
func seq(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = i
	}
	return s
}
