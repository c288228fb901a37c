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
		v := newVocab()
		ef := make([]*features, len(en))
		for k, id := range en {
			ef[k] = englishFeatures(a.Text(false, id), lex, v)
		}
		kf := make([]*features, len(ko))
		for k, id := range ko {
			kf[k] = koreanFeatures(a.Text(true, id), lex, v)
		}
		p := newPairScorer(ef, kf, newMatcher(v), a.ratioLn)
		var path []shape
		if len(en) == 1 && len(ko) == 1 {
			path = []shape{{1, 1}}
		} else {
			path = p.align()
		}
		i, j := 0, 0
		for _, s := range path {
			b := Bead{EN: en[i : i+s.en], KO: ko[j : j+s.ko], Kind: Match}
			if s.en == 0 || s.ko == 0 {
				b.Kind = Omitted
				b.Score = 1 - sigmoid(p.bestPartner(i, j, s))
			} else {
				b.Score = sigmoid(p.logit(i, i+s.en, j, j+s.ko))
			}
			b.Flagged = b.Score < a.minScore
			out = append(out, b)
			i, j = i+s.en, j+s.ko
		}
	}
	a.Beads = out
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
