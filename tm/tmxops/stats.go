package tmxops

import (
	"fmt"
	"io"
	"math"
	"sort"
	"strings"
	"text/tabwriter"
	"unicode"

	"github.com/bitext-ko/bitext/tm/tmx"
)

// How far a unit's length ratio may stray from the expected one before
// Stats calls it suspicious, and how long a unit must be to be judged:
// short segments ("서울" / "Seoul") say little about their ratio.
const (
	RatioFactor   = 2.5
	RatioMinChars = 20
)

// expectedRatios holds, for a pair of primary language subtags "src/tgt",
// the usual ratio of target to source length in characters other than
// white space. Korean takes about half as many characters as English: the
// median ratio is 0.49 over the 697 paragraph pairs of bitext's dev-clean
// corpus and 0.46 over its 998 news sentence pairs. With RatioFactor 2.5
// around 0.47, 0.14% of those paragraph pairs and 2.1% of the (noisy)
// sentence pairs count as suspicious.
var expectedRatios = map[string]float64{
	"ko/en": 1 / 0.47,
	"en/ko": 0.47,
}

// Stats keeps a bounded number of language tags and pairs, so that its
// memory does not depend on how many a file holds (a broken or hostile
// file may have a language of its own in every unit). Together they take
// under 1 MB.
const (
	// MaxLanguages is how many language tags Stats.Languages counts
	// variants for: the first ones met. Variants in other tags are
	// counted in Stats.OtherLanguages.
	MaxLanguages = 1000
	// MaxLanguagePairs is how many language pairs Stats judges length
	// ratios in: the calibrated pairs, and the first others met. Each
	// takes about 8 KB. Target variants in other pairs are counted in
	// Stats.OtherPairs and not judged.
	MaxLanguagePairs = 100
)

// Stats describes a TMX document.
type Stats struct {
	File           string         `json:"file"`
	Version        string         `json:"version"`
	Encoding       string         `json:"encoding"`
	SegType        string         `json:"segtype"`
	SrcLang        string         `json:"srclang"`
	Units          int            `json:"units"`
	Languages      map[string]int `json:"languages"`       // variants per language tag, for MaxLanguages tags
	OtherLanguages int            `json:"other_languages"` // variants in tags past the first MaxLanguages

	Duplicates     int `json:"duplicates"`      // units that repeat an earlier one (UnitKey)
	Inconsistent   int `json:"inconsistent"`    // source texts translated in more than one way
	SingleLanguage int `json:"single_language"` // units with one variant
	Empty          int `json:"empty"`           // units with a variant without text
	Identical      int `json:"identical"`       // a target equal to the source (with letters in it)
	RatioOff       int `json:"ratio_off"`       // length ratio beyond RatioFactor from the expected one
	Flagged        int `json:"flagged"`         // units with the x-flagged property
	Skipped        int `json:"skipped"`         // invalid units the reader skipped

	// Ratios gives, per language pair "src/tgt" (at most
	// MaxLanguagePairs), the expected ratio of target to source length
	// used for RatioOff and where it came from. OtherPairs counts the
	// target variants, long enough to be judged, in other pairs.
	Ratios     map[string]RatioInfo `json:"ratios"`
	OtherPairs int                  `json:"other_pairs"`

	pairs map[string]*pairRatios
}

// RatioInfo is the expected length ratio of one language pair.
type RatioInfo struct {
	Expected float64 `json:"expected"`
	Source   string  `json:"source"` // "calibrated" (bitext's corpus) or "median" (of this file)
	Units    int     `json:"units"`  // units long enough to be judged
}

// Suspect is a unit Stats finds suspicious, for listing.
type Suspect struct {
	Line, Column int
	TUID         string
	Reason       string
}

// StatsOptions receives what Stats finds unit by unit.
type StatsOptions struct {
	Warn func(error) // invalid units the reader skips

	// Suspect, if not nil, is called for each empty, identical or
	// single-language unit and each unit whose length ratio is off in a
	// language pair with a calibrated ratio. (Pairs without one are judged
	// against the file's median at the end and only counted.)
	Suspect func(Suspect)
}

// pairRatios collects the length ratios of one language pair as a
// histogram of log2(ratio), so that the median is known at the end
// without keeping a value per unit.
type pairRatios struct {
	bins  [histBins]int
	count int
}

const (
	histBins  = 1024
	histScale = 32 // bins per doubling of the ratio: ±16 doublings fit
)

func histBin(logRatio float64) int {
	return min(histBins-1, max(0, int(math.Floor(logRatio*histScale))+histBins/2))
}

func (p *pairRatios) add(ratio float64) {
	p.bins[histBin(math.Log2(ratio))]++
	p.count++
}

// median returns the median ratio, to the resolution of the histogram.
func (p *pairRatios) median() float64 {
	half, seen := (p.count+1)/2, 0
	for i, n := range p.bins {
		if seen += n; seen >= half {
			return math.Exp2((float64(i-histBins/2) + 0.5) / histScale)
		}
	}
	return 1
}

// outside counts the ratios more than factor away from expected.
func (p *pairRatios) outside(expected, factor float64) int {
	lo, hi := histBin(math.Log2(expected/factor)), histBin(math.Log2(expected*factor))
	n := 0
	for i, c := range p.bins {
		if i < lo || i > hi {
			n += c
		}
	}
	return n
}

// ComputeStats reads in and describes it.
func ComputeStats(in Input, opt StatsOptions) (*Stats, error) {
	s := &Stats{File: in.Name, Languages: map[string]int{}, Ratios: map[string]RatioInfo{}, pairs: map[string]*pairRatios{}}
	// Counting needs less certainty than Merge, which must never drop a
	// unit: 64-bit keys (a collision among a million units has odds of
	// about 3e-8) halve the memory.
	units := make(map[uint64]struct{})
	sources := make(map[uint64]uint64) // source text → first target texts
	inconsistent := make(map[uint64]struct{})
	var r0 *tmx.Reader
	header := func(h tmx.Header) error {
		s.Version, s.SegType, s.SrcLang = h.Version, h.SegType, h.SrcLang
		return nil
	}
	suspect := func(r *tmx.Reader, u *tmx.Unit, reason string) {
		if opt.Suspect != nil {
			line, col := r.Pos()
			opt.Suspect(Suspect{Line: line, Column: col, TUID: u.TUID, Reason: reason})
		}
	}
	skipped, err := forEach(in, false, opt.Warn, header, func(r *tmx.Reader, u *tmx.Unit) error {
		r0 = r
		s.Units++
		for _, v := range u.Variants {
			if _, ok := s.Languages[v.Lang]; ok || len(s.Languages) < MaxLanguages {
				s.Languages[v.Lang]++
			} else {
				s.OtherLanguages++
			}
		}
		if u.Flagged() {
			s.Flagged++
		}
		texts := normalizedTexts(u)
		k := keyOf(u, texts).short()
		if _, dup := units[k]; dup {
			s.Duplicates++
		} else {
			units[k] = struct{}{}
		}
		for i, text := range texts {
			if text == "" {
				s.Empty++
				suspect(r, u, "no text in "+u.Variants[i].Lang)
				break
			}
		}
		if len(u.Variants) < 2 {
			s.SingleLanguage++
			suspect(r, u, "a single language ("+u.Variants[0].Lang+")")
			return nil
		}
		src := max(u.SourceIndex(s.SrcLang), 0)
		srcLang, srcText := u.Variants[src].Lang, texts[src]
		var tk []string
		for i, text := range texts {
			if i == src {
				continue
			}
			lang := u.Variants[i].Lang
			tk = append(tk, strings.ToLower(lang)+"\x00"+text)
			if text == srcText && hasLetter(text) {
				s.Identical++
				suspect(r, u, fmt.Sprintf("%s text same as %s", lang, srcLang))
			}
			if reason, judged := s.judgeRatio(srcLang, srcText, lang, text); judged && reason != "" {
				s.RatioOff++
				suspect(r, u, reason)
			}
		}
		sort.Strings(tk)
		sk, tkey := textKey(srcLang, srcText).short(), textKey("", strings.Join(tk, "\xFF")).short()
		if first, ok := sources[sk]; !ok {
			sources[sk] = tkey
		} else if first != tkey {
			inconsistent[sk] = struct{}{}
		}
		return nil
	})
	s.Skipped = skipped
	if r0 != nil {
		s.Encoding = r0.Encoding()
	}
	s.Inconsistent = len(inconsistent)
	for pair, p := range s.pairs {
		info := s.Ratios[pair]
		info.Units = p.count
		if info.Source == "" { // no calibrated ratio: judge against the median
			info.Expected, info.Source = p.median(), "median"
			s.RatioOff += p.outside(info.Expected, RatioFactor)
		}
		s.Ratios[pair] = info
	}
	return s, err
}

// judgeRatio looks at the length ratio of one source and target. It
// reports whether the pair was long enough to judge, and for a pair with a
// calibrated ratio, a reason when the ratio is off. Pairs without one are
// judged at the end.
func (s *Stats) judgeRatio(srcLang, src, tgtLang, tgt string) (reason string, judged bool) {
	ns, nt := countChars(src), countChars(tgt)
	if ns+nt < RatioMinChars || ns == 0 || nt == 0 {
		return "", false
	}
	pair := primary(srcLang) + "/" + primary(tgtLang)
	p := s.pairs[pair]
	if p == nil {
		exp, calibrated := expectedRatios[pair]
		if !calibrated && len(s.pairs) >= MaxLanguagePairs-len(expectedRatios) {
			s.OtherPairs++
			return "", false
		}
		p = &pairRatios{}
		s.pairs[pair] = p
		if calibrated {
			s.Ratios[pair] = RatioInfo{Expected: exp, Source: "calibrated"}
		}
	}
	ratio := float64(nt) / float64(ns)
	p.add(ratio)
	info, calibrated := s.Ratios[pair]
	if !calibrated {
		return "", true
	}
	if ratio > info.Expected*RatioFactor || ratio < info.Expected/RatioFactor {
		return fmt.Sprintf("%s/%s length ratio %.2f, expected about %.2f", tgtLang, srcLang, ratio, info.Expected), true
	}
	return "", true
}

// primary returns the primary language subtag of tag, lower-cased.
func primary(tag string) string {
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	return strings.ToLower(tag)
}

func countChars(s string) int {
	n := 0
	for _, r := range s {
		// Above U+3000 (the last white-space character) nothing is space.
		if r > 0x3000 || !unicode.IsSpace(r) {
			n++
		}
	}
	return n
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// maxTextLanguages is how many language tags WriteText lists, the most
// frequent first.
const maxTextLanguages = 20

// WriteText writes the statistics for a person to read.
func (s *Stats) WriteText(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 8, 2, ' ', 0)
	line := func(label, format string, args ...any) {
		fmt.Fprintf(tw, "%s\t%s\n", label, fmt.Sprintf(format, args...))
	}
	line("file", "%s", s.File)
	line("tmx version", "%s", orNone(s.Version))
	line("encoding", "%s", s.Encoding)
	line("segtype", "%s", orNone(s.SegType))
	line("srclang", "%s", orNone(s.SrcLang))
	line("units", "%d", s.Units)
	langs := make([]string, 0, len(s.Languages))
	for l := range s.Languages {
		langs = append(langs, l)
	}
	sort.Slice(langs, func(i, j int) bool {
		if s.Languages[langs[i]] != s.Languages[langs[j]] {
			return s.Languages[langs[i]] > s.Languages[langs[j]]
		}
		return langs[i] < langs[j]
	})
	var ls []string
	for _, l := range langs[:min(len(langs), maxTextLanguages)] {
		ls = append(ls, fmt.Sprintf("%s %d", l, s.Languages[l]))
	}
	if more := len(langs) - maxTextLanguages; more > 0 {
		ls = append(ls, fmt.Sprintf("%d more tags", more))
	}
	if s.OtherLanguages > 0 {
		ls = append(ls, fmt.Sprintf("%d variants in tags past the first %d", s.OtherLanguages, MaxLanguages))
	}
	line("languages", "%s", orNone(strings.Join(ls, ", ")))
	line("duplicates", "%d\t(units repeating an earlier unit)", s.Duplicates)
	line("inconsistent", "%d\t(source texts translated in more than one way)", s.Inconsistent)
	line("single-language", "%d\t(units with no translation)", s.SingleLanguage)
	line("empty", "%d\t(units with a variant without text)", s.Empty)
	line("identical", "%d\t(target text same as source)", s.Identical)
	line("ratio off", "%d\t(length ratio more than %.1f× from the expected)", s.RatioOff, RatioFactor)
	pairs := make([]string, 0, len(s.Ratios))
	for p := range s.Ratios {
		pairs = append(pairs, p)
	}
	sort.Strings(pairs)
	for _, p := range pairs {
		info := s.Ratios[p]
		line("  "+p, "%.2f\t(%s; %d units judged)", info.Expected, info.Source, info.Units)
	}
	if s.OtherPairs > 0 {
		line("  other pairs", "%d\t(variants in pairs past the first %d, not judged)", s.OtherPairs, MaxLanguagePairs)
	}
	line("flagged", "%d\t(units marked %s)", s.Flagged, tmx.PropFlagged)
	line("skipped", "%d\t(invalid units)", s.Skipped)
	return tw.Flush()
}

func orNone(s string) string {
	if s == "" {
		return "(none)"
	}
	return s
}
