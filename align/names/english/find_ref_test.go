package english

// The reference test: FindNamesIn against refFindNamesIn, the finder as it
// was before the cuts for speed that keep the tokens' lookup keys
// (token.key, isPlaceSeg) and read the context without lower-casing and
// splitting it whole (employer), on real English text and on random text.
// The ref* functions below are the functions of find.go that changed, and
// their callers up to FindNamesIn, as they were (renamed, word lists and
// unchanged helpers shared); they must give the same mentions.

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"unicode/utf8"

	"github.com/bitext-ko/bitext/align/names/surname"
	"github.com/bitext-ko/bitext/align/read"
)

// TestFindNamesInReference compares FindNamesIn with refFindNamesIn on every
// English document of the shared dev and dev-real-text corpora.
func TestFindNamesInReference(t *testing.T) {
	var paths []string
	for _, dir := range []string{"dev", "dev-real-text"} {
		p, _ := filepath.Glob(filepath.Join("../../../../shared/corpus", dir, "*", "*.en.txt"))
		paths = append(paths, p...)
	}
	if len(paths) == 0 {
		t.Skip("skipping: ../shared/corpus is absent (the shared corpus is not here)")
	}
	var f Finder // kept from document to document, as a corpus worker keeps one
	for _, path := range paths {
		txt, err := read.File(path, nil, read.Options{})
		if err != nil {
			t.Fatal(err)
		}
		compareReference(t, &f, path, txt.Paragraphs)
		// Each paragraph alone too, as FindNames reads it.
		for _, p := range txt.Paragraphs {
			compareReference(t, &f, path, []string{p})
		}
	}
}

// TestFindNamesInReferenceRandom compares them on random documents made of
// the words and marks that steer the finder: titles, joining words,
// places, Korean names, demonyms, calendar words, quotes, possessives,
// hyphens, headlines in capitals.
func TestFindNamesInReferenceRandom(t *testing.T) {
	words := strings.Fields(`President Vice Chairman Secretary of State Mike Pompeo Kim Jong-un JONG-UN
		KIM JONG UN Moon Jae-in Jae In U.S. US U.N. North South Korea Korean korean the The de van bin
		al & Marks Spencer Party Workers’ Workers' Party's Pompeo's Kim’s said says who his wife in near
		Dresden Seoul Pyongyang New York City Monday May April Mrs Theresa Mr. Dr. Gen. J. Smith
		"Designated Survivor" “Fear” Defense Advanced Research Projects Agency General Assembly Foreign
		Minister Ministry Affairs Korean Peninsula peninsula American Airlines Republican republicans
		Senate Leader Sainsbury's is was at for with worked career published by Toyota's plant , and
		or brands such as Revlon Essie companies Rangers Livingston 1 - 0 – Korea-US US-China Xinhua/AFP
		: ; ( ) . ! ? … Observers Rapper rappers Nationalism nationalism I It West west Kanye Mae
		Selly Oak Birmingham Austin Texas to Ambassador Yondon Otgonbayar MP Wellingborough boss Jack
		Ross a daily İstanbul ÉCOLE Über café naïve Ünal 2019 G7 ok.. e.g. St. Mt. Fuji`)
	rng := rand.New(rand.NewPCG(12, 1))
	var f Finder
	for doc := range 1000 {
		paras := make([]string, 1+rng.IntN(12))
		for i := range paras {
			var b strings.Builder
			caps := rng.IntN(8) == 0
			for range 1 + rng.IntN(40) {
				w := words[rng.IntN(len(words))]
				if caps {
					w = strings.ToUpper(w)
				}
				b.WriteString(w)
				switch rng.IntN(12) {
				case 0:
					b.WriteString(". ")
				case 1:
					b.WriteString(", ")
				case 2:
					b.WriteString("\n")
				case 3:
					b.WriteString(",")
				case 4:
					b.WriteString(" ,and\u00a0")
				default:
					b.WriteString(" ")
				}
			}
			paras[i] = b.String()
		}
		compareReference(t, &f, fmt.Sprintf("random document %d", doc), paras)
	}
}

// compareReference compares FindNamesIn and f.FindNamesIn, f a Finder
// kept from document to document, with refFindNamesIn on paras.
func compareReference(t *testing.T, f *Finder, what string, paras []string) {
	t.Helper()
	want := refFindNamesIn(paras)
	for _, got := range [][][]Mention{FindNamesIn(paras), f.FindNamesIn(paras)} {
		if !reflect.DeepEqual(got, want) {
			for i := range got {
				if !reflect.DeepEqual(got[i], want[i]) {
					t.Fatalf("%s, paragraph %d %q:\nFindNamesIn    %+v\nrefFindNamesIn %+v", what, i, paras[i], got[i], want[i])
				}
			}
		}
	}
}

func refFindNamesIn(paragraphs []string) [][]Mention {
	d := refReadCase(paragraphs, keptTokens)
	out := make([][]Mention, len(paragraphs))
	eachParagraph(len(paragraphs), func(_, i int) {
		d.names(i, func(m Mention) { out[i] = append(out[i], m) })
	})
	refPersonCoref(out)
	ownS(paragraphs, out)
	return out
}

type refDocCase struct {
	paragraphs  []string
	caps, lower map[string]bool
	toks        [][]token
	kept        []bool
}

func refReadCase(paragraphs []string, keep int64) *refDocCase {
	d := &refDocCase{paragraphs: paragraphs, caps: map[string]bool{}, lower: map[string]bool{},
		toks: make([][]token, len(paragraphs)), kept: make([]bool, len(paragraphs))}
	budget := atomic.Int64{}
	budget.Store(keep)
	type cases struct{ caps, lower map[string]bool }
	workers := make([]cases, maxWorkers(len(paragraphs)))
	eachParagraph(len(paragraphs), func(w, i int) {
		p := paragraphs[i]
		if budget.Add(-int64(len(p))) >= 0 {
			d.toks[i], d.kept[i] = tokenize(p), true
			return
		}
		budget.Add(int64(len(p)))
		c := &workers[w]
		eachTokens(p, tokenChunk, func(ts []token) { c.caps, c.lower = refWordCase(c.caps, c.lower, ts) })
	})
	for i, ts := range d.toks {
		if d.kept[i] {
			d.caps, d.lower = refWordCase(d.caps, d.lower, ts)
		}
	}
	for _, c := range workers {
		for k := range c.caps {
			d.caps[k] = true
		}
		for k := range c.lower {
			d.lower[k] = true
		}
	}
	return d
}

func (d *refDocCase) names(i int, yield func(Mention)) {
	text := d.paragraphs[i]
	var ms, held []Mention
	release := func() {
		refTypeFromContext(text, held)
		for _, m := range held {
			yield(m)
		}
		held = held[:0]
	}
	f := runFinder{reader: runFunc(func(run, prev []token) {
		var carried []token
		if len(prev) > 0 {
			if n := refTrailingTitle(prev); n > 0 && toTheBetween(text[prev[len(prev)-1].end:run[0].start]) {
				carried = prev[len(prev)-n:]
			}
		}
		ms = refSplitRun(ms[:0], text, run, carried, d.caps, d.lower)
		for _, m := range ms {
			k := lowerKey(m.Text)
			if m.Initial && !d.caps[k] && (writtenLower(d.lower, k) || commonWords[k] || looksCommon(k)) {
				continue
			}
			if m.Text == "I" {

				continue
			}
			held = append(held, m)
		}
		if len(held) >= contextBatch {
			release()
		}
	})}
	if d.kept[i] {
		f.add(d.toks[i])
	} else {
		eachTokens(text, tokenChunk, f.add)
	}
	f.flush()
	release()
}

func refTypeFromContext(text string, ms []Mention) {
	for i := range ms {
		m := &ms[i]
		if m.Type == Other {
			if t := refContextType(text, m.Start, m.End); t != Other {
				m.Type, m.Guessed = t, true
			}
		}
		if i+1 < len(ms) && scoreRE.MatchString(text[m.End:ms[i+1].Start]) {
			for _, x := range []*Mention{m, &ms[i+1]} {
				if x.Type == Other || x.Guessed {
					x.Type, x.Guessed = Organization, true
				}
			}
		}
	}

	for i := 0; i+1 < len(ms); i++ {
		a, b := &ms[i], &ms[i+1]
		if strings.TrimSpace(text[a.End:b.Start]) != "," {
			continue
		}
		switch {
		case a.Type == Place && (b.Type == Other || b.Guessed):
			b.Type, b.Guessed = Place, true
		case b.Type == Place && !b.Guessed && a.Type == Other:
			a.Type, a.Guessed = Place, true
		}
	}

	for i := 0; i < len(ms); {
		j, and := i+1, false
		for j < len(ms) && refListJoin(text[ms[j-1].End:ms[j].Start]) {
			f := strings.Fields(strings.ReplaceAll(text[ms[j-1].End:ms[j].Start], ",", " "))
			and = and || len(f) == 1 && (f[0] == "and" || f[0] == "or" || f[0] == "&")
			j++
		}

		noun := Other
		if j-i >= 2 {
			noun = refListNoun(wordsBefore(text, ms[i].Start), wordsAfter(text, ms[j-1].End))
		}
		if j-i >= 2 && (and || noun != Other) {
			typ, n := noun, b2i(noun != Other)
			for _, m := range ms[i:j] {
				if noun == Other && m.Type != Other && m.Type != typ {
					typ, n = m.Type, n+1
				}
			}
			if n == 1 {
				for k := i; k < j; k++ {
					if ms[k].Type == Other {
						ms[k].Type, ms[k].Guessed = typ, true
					}
				}
			}
		}
		i = j
	}
}

func refContextType(text string, start, end int) Type {
	name := text[start:end]
	for _, w := range strings.Fields(name) {
		if k := lowerKey(w); orgWords[k] || placeWords[k] || eventWords[k] {
			return Other
		}
	}
	before, after := wordBefore(text, start), wordAfter(text, end)
	switch {
	case personNouns[before] || personVerbs[after] && !strings.Contains(name, " "):
		return Person
	case placePrepositions[before] || compass[before] && !strings.Contains(name, " "):

		return Place
	case placeWords[after] && !strings.HasPrefix(text[end:], ","):

		return Place
	case placeAfter[after] && before == "the" && strings.HasPrefix(text[end:], " "):

		return Place
	case orgAfter[after] && strings.HasPrefix(text[end:], " "):

		return Organization
	case refPossessed(wordsAfter(text, end)) || refEmployer(wordsBefore(text, start)):
		return Organization
	}
	return refAppositionType(wordsAfter(text, end))
}

func refPossessed(rest string) bool {
	for _, p := range [...]string{"'s ", "’s ", "' ", "’ "} {
		if r, ok := strings.CutPrefix(rest, p); ok {
			f := strings.Fields(r)
			for i := 0; i < len(f) && i < 2; i++ {
				if orgPossessed[strings.ToLower(strings.Trim(f[i], ",.;:"))] {
					return true
				}
			}
		}
	}
	return false
}

func refAppositionType(rest string) Type {
	if !strings.HasPrefix(rest, ", ") {
		return Other
	}
	f := strings.FieldsFunc(rest[2:], func(r rune) bool { return r == ' ' })
	for i, w := range f {
		if i >= 4 || strings.ContainsAny(w, ",.;:") && i > 0 && !nounIn(strings.TrimRight(w, ",.;:")) {
			break
		}
		k := strings.ToLower(strings.TrimRight(w, ",.;:"))
		switch {
		case orgNouns[k]:
			return Organization
		case placeNouns[k]:
			return Place
		case personNouns[k]:
			return Person
		}
		if strings.ContainsAny(w, ",.;:") {
			break
		}
	}
	return Other
}

func refListNoun(before, after string) Type {
	typeOf := func(w string) Type {
		k := strings.ToLower(strings.Trim(w, ",.;:"))
		switch {
		case orgNouns[k]:
			return Organization
		case placeNouns[k]:
			return Place
		}
		return Other
	}
	b := strings.Fields(before)
	if n := len(b); n >= 2 && (b[n-1] == "as" && n >= 3 && b[n-2] == "such" || b[n-1] == "including" || b[n-1] == "like") {
		k := n - 2
		if b[n-1] == "as" {
			k = n - 3
		}
		if t := typeOf(b[k]); t != Other {
			return t
		}
	}
	a := strings.Fields(after)
	if len(a) >= 3 && strings.Trim(a[0], ",") == "and" && a[1] == "other" {
		for _, w := range a[2:min(len(a), 5)] {
			if t := typeOf(w); t != Other {
				return t
			}
		}
	}
	return Other
}

func refEmployer(before string) bool {
	f := strings.Fields(strings.ToLower(before))
	n := len(f)
	if n < 2 {
		return false
	}
	switch f[n-1] {
	case "for", "at", "with":
		return workedAt[f[n-2]]
	case "by":
		return f[n-2] == "published"
	}
	return false
}

func refListJoin(s string) bool {
	f := strings.Fields(strings.TrimSpace(strings.ReplaceAll(s, ",", " , ")))
	switch len(f) {
	case 1:
		return f[0] == "," || f[0] == "and" || f[0] == "or" || f[0] == "&"
	case 2:
		return f[0] == "," && (f[1] == "and" || f[1] == "or")
	}
	return false
}

func refTrailingTitle(run []token) int {
	for i := range run {
		if n := refTitleLen(run, i); n > 0 && i+n == len(run) && refIsPersonTitle(run[i:]) {
			return n
		}
	}
	return 0
}

func refWordCase(caps, lower map[string]bool, toks []token) (map[string]bool, map[string]bool) {
	if caps == nil {
		caps, lower = map[string]bool{}, map[string]bool{}
	}
	for _, t := range toks {
		k := lowerKey(t.text)
		switch {
		case !t.cap:
			lower[k] = true
		case !t.initial && !t.headline:

			caps[k] = true
		}
	}
	return caps, lower
}

func refLeadingPlace(seg []token) int {
	if len(seg) >= 2 && places[refJoinKey(seg[:2])] {
		return 2
	}
	if k := lowerKey(seg[0].text); countryCodes[k] || places[refJoinKey(seg[:1])] {
		return 1
	}
	return 0
}

func refSplitRun(dst []Mention, text string, run []token, carried []token, caps, lower map[string]bool) []Mention {
	out := dst
	var title []token
	i := 0
	var emit func(seg []token, title []token)
	emit = func(seg []token, title []token) {
		if len(seg) > 0 && seg[0].openQuote && seg[len(seg)-1].closeQuote {

			return
		}
		seg = refTrimSeg(seg, caps, lower, len(title) > 0 && refIsPersonTitle(title))
		if len(seg) == 0 {
			return
		}
		if i := slices.IndexFunc(seg, func(t token) bool { return t.text == "&" }); i >= 0 && (i != 1 || len(seg) != 3) {

			emit(seg[:i], title)
			emit(seg[i+1:], nil)
			return
		}
		if i := refInnerBreak(seg); i > 0 {

			emit(seg[:i], title)
			emit(seg[i+1:], nil)
			return
		}
		if n := koreanHead(seg); n > 0 && n < len(seg) && seg[0].headline && !refHasOrgWord(seg) && !refHasPlaceWord(seg) && !refHasEventWord(seg) && ofIndex(seg) < 0 {

			emit(seg[:n], title)
			rest := append([]token(nil), seg[n:]...)
			for len(rest) > 0 && !caps[lowerKey(rest[0].text)] && (lower[lowerKey(rest[0].text)] || commonWords[lowerKey(rest[0].text)]) {
				rest = rest[1:]
			}
			if len(rest) > 0 {
				rest[0].initial = true
				emit(rest, nil)
			}
			return
		}
		if i := ofIndex(seg); i > 0 && i < len(seg)-1 && !refHasOrgWord(seg[:i]) && !refHasPlaceWord(seg[:i]) && !refHasEventWord(seg[:i]) &&
			(len(title) > 0 && refIsPersonTitle(title) || givenNames[lowerKey(seg[0].text)] || places[refJoinKey(seg[i+1:])]) {

			emit(seg[:i], title)
			emit(seg[i+1:], nil)
			return
		}
		m := Mention{Start: seg[0].start, End: seg[len(seg)-1].end}
		m.Text = text[m.Start:m.End]
		if len(seg) == 1 && seg[0].initial {
			m.Initial = true
		}
		if len(title) > 0 {
			m.Title = text[title[0].start:title[len(title)-1].end]
		}
		if strings.HasSuffix(m.Text, "’") || strings.HasSuffix(m.Text, "'") {
			_, n := utf8.DecodeLastRuneInString(m.Text)
			m.Text = m.Text[:len(m.Text)-n]
			m.End -= n
		}
		m.Type = refGuessType(seg, len(title) > 0 && refIsPersonTitle(title))

		out = append(out, m)
	}
	segStart := 0
	for i < len(run) {
		n := refTitleLen(run, i)
		if n == 0 {
			i++
			continue
		}

		start := i
		for start > segStart && portfolioWords[lowerKey(run[start-1].text)] && lowerKey(run[start-1].text) != "the" && refIsPersonTitle(run[i:i+n]) {
			start--
		}
		if start > segStart {
			emit(run[segStart:start], title)
		}
		title = run[start : i+n]
		i += n
		segStart = i
	}
	if segStart < len(run) {
		rest := run[segStart:]

		if n := refLeadingPlace(rest); n > 0 && len(rest)-n >= 2 && !refHasOrgWord(rest[n:]) && !refHasPlaceWord(rest[n:]) {
			emit(rest[:n], nil)
			rest = rest[n:]
			if len(title) == 0 && carried != nil {
				title = carried
			}
		}
		emit(rest, title)
	}
	return out
}

func refTitleLen(run []token, i int) int {
	j := i
	for j < len(run) && IsTitle(run[j].text) {
		j++
	}
	if j == i {
		return 0
	}
	if j < len(run) && run[j].text == "of" {
		k := j + 1
		for k < len(run) && portfolioWords[lowerKey(run[k].text)] {
			k++
		}
		if k > j+1 {
			j = k
		}
	}
	head := func(w string) bool { k := lowerKey(w); return orgWords[k] || placeWords[k] || eventWords[k] }
	if j < len(run) && head(run[j].text) && (j+1 == len(run) || run[j+1].text == "of" || head(run[j+1].text)) {

		return 0
	}
	if j < len(run) && !refIsPersonTitle(run[i:j]) && refHasOrgWord(run[j:]) {

		return 0
	}

	if j < len(run) && IsJoining(run[j].text) {
		return 0
	}
	return j - i
}

func refIsPersonTitle(title []token) bool {
	for _, t := range title {
		switch lowerKey(t.text) {
		case "foreign", "defense", "defence", "first", "former", "late", "acting", "then",
			"vice", "deputy", "under", "special", "general", "state", "the":
			continue
		}
		if IsTitle(t.text) {
			return true
		}
	}
	return false
}

func refTrimSeg(seg []token, caps, lower map[string]bool, afterTitle bool) []token {
	drop := func(t token) bool {
		k := lowerKey(t.text)

		return !t.cap || calendarWords[k] || t.initial && (commonWords[k] || !caps[k] && (looksCommon(k) || writtenLower(lower, k))) ||
			t.headline && !caps[k] && lower[k]
	}

	n := len(seg)
	keepLast := n > 0 && monthNames[lowerKey(seg[n-1].text)] && seg[n-1].cap &&
		(afterTitle && n == 1 || n >= 2 && givenNames[lowerKey(seg[n-2].text)])
	for len(seg) > 0 && drop(seg[0]) && !(placeWords[seg[0].text] && len(seg) == 1) && !(keepLast && len(seg) == 1) {
		seg = seg[1:]
	}
	korean := len(seg) > 1 && len(surname.ByLatin(seg[0].text)) > 0
	for len(seg) > 1 && (drop(seg[len(seg)-1]) || functionWords[lowerKey(seg[len(seg)-1].text)] && !(korean && koreanSyllables(seg[len(seg)-1].text) > 0)) &&
		!placeWords[seg[len(seg)-1].text] && !keepLast {

		seg = seg[:len(seg)-1]
	}
	if len(seg) == 1 && drop(seg[0]) && !keepLast {
		return nil
	}

	for len(seg) > 1 && demonyms[lowerKey(seg[len(seg)-1].text)] {
		seg = seg[:len(seg)-1]
	}
	for len(seg) > 1 && demonyms[lowerKey(seg[0].text)] && !orgWords[lowerKey(seg[1].text)] && !placeWords[lowerKey(seg[1].text)] && !eventWords[lowerKey(seg[1].text)] && !demonyms[lowerKey(seg[1].text)] {
		seg = seg[1:]
	}
	adjective := len(seg) > 0
	for i, t := range seg {
		k := lowerKey(t.text)
		if !demonyms[k] && !(i == 0 && len(seg) > 1 && compass[k]) {
			adjective = false
		}
	}
	if adjective || len(seg) == 1 && compass[lowerKey(seg[0].text)] && !refRegionWord(seg[0]) {
		return nil
	}
	return seg
}

func refRegionWord(t token) bool {
	k := lowerKey(t.text)
	return (k == "north" || k == "south" || k == "east" || k == "west") && t.cap && !t.initial && !t.headline
}

func refInnerBreak(seg []token) int {
	for i := 1; i < len(seg)-1; i++ {
		k := lowerKey(seg[i].text)
		if calendarWords[k] && !monthNames[k] {
			return i
		}
		if next := lowerKey(seg[i+1].text); demonyms[k] && !orgWords[next] && !placeWords[next] && !eventWords[next] && !demonyms[next] &&
			!(seg[i-1].text == "of" && refHasOrgWord(seg[:i-1])) {

			return i
		}
	}
	return 0
}

func refHasOrgWord(seg []token) bool {
	for _, t := range seg {
		if orgWords[lowerKey(t.text)] {
			return true
		}
	}
	return false
}

func refGuessType(seg []token, afterPersonTitle bool) Type {
	last := lowerKey(seg[len(seg)-1].text)
	switch {
	case afterPersonTitle:
		return Person
	case eventWords[last]:
		return Other
	case places[refJoinKey(seg)]:
		return Place
	case orgWords[last] || refHasOrgWord(seg):
		return Organization
	case placeWords[last] && !refSurnameCompass(seg) || refHasPlaceWord(seg):
		return Place
	case len(seg) >= 2 && (koreanPersonShape(seg) || givenNames[lowerKey(seg[0].text)] && !AllCaps(seg[1].text)):
		return Person
	case len(seg) == 1 && AllCaps(seg[0].text):
		return Organization
	}
	return Other
}

func refSurnameCompass(seg []token) bool {
	return len(seg) >= 2 && compass[lowerKey(seg[len(seg)-1].text)] && !compass[lowerKey(seg[0].text)]
}

func refHasEventWord(seg []token) bool {
	for _, t := range seg {
		if eventWords[lowerKey(t.text)] {
			return true
		}
	}
	return false
}

func refHasPlaceWord(seg []token) bool {
	for _, t := range seg {
		if placeWords[lowerKey(t.text)] && !compass[lowerKey(t.text)] {
			return true
		}
	}
	return false
}

func refJoinKey(seg []token) string {
	s := make([]string, len(seg))
	for i, t := range seg {
		s[i] = strings.ReplaceAll(strings.ToLower(t.text), ".", "")
	}
	return strings.Join(s, " ")
}

// eachParagraph calls f(w, i) for 0 ≤ i < n, on all cores in contiguous
// runs once there are enough paragraphs to be worth it; w < maxWorkers(n)
// numbers the goroutine (as the finder did before eachRange).
func eachParagraph(n int, f func(w, i int)) {
	eachRange(n, maxWorkers(n), func(w, lo, hi int) {
		for i := lo; i < hi; i++ {
			f(w, i)
		}
	})
}

// refPersonCoref is personCoref as it was before the Finder kept its
// sets: it types as persons the one-word mentions that are the first
// or last word of a person's full name elsewhere in the same mentions.
func refPersonCoref(ms [][]Mention) {
	personWords := map[string]bool{}
	for _, p := range ms {
		for _, m := range p {
			if m.Type != Person {
				continue
			}
			if ws := strings.Fields(m.Text); len(ws) >= 2 {
				personWords[ws[0]] = true
				personWords[ws[len(ws)-1]] = true
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
	refSameText(ms)
}

// refSameText is sameText as it was: it gives the mentions of a document that the document writes
// alike one type: the one the typed mentions agree on (Rangers is an
// organization all through if one sentence says so), the surer kind of
// sign first.
func refSameText(ms [][]Mention) {
	// The types a text is given, each once: what matters is whether
	// there is one or more (a few at most, where maps cost more).
	type votes struct{ sure, Guessed []Type }
	add := func(ts []Type, t Type) []Type {
		if slices.Contains(ts, t) {
			return ts
		}
		return append(ts, t)
	}
	byText := map[string]*votes{}
	for _, p := range ms {
		for _, m := range p {
			if m.Type == Other {
				continue
			}
			v := byText[m.Text]
			if v == nil {
				v = &votes{}
				byText[m.Text] = v
			}
			if m.Guessed {
				v.Guessed = add(v.Guessed, m.Type)
			} else {
				v.sure = add(v.sure, m.Type)
			}
		}
	}
	only := func(ts []Type) (Type, bool) {
		if len(ts) != 1 {
			return Other, false
		}
		return ts[0], true
	}
	for _, p := range ms {
		for i, m := range p {
			v := byText[m.Text]
			if v == nil || m.Type != Other && !m.Guessed {
				continue
			}
			if t, ok := only(v.sure); ok {
				p[i].Type, p[i].Guessed = t, false
			} else if t, ok := only(v.Guessed); ok && len(v.sure) == 0 {
				p[i].Type, p[i].Guessed = t, true
			}
		}
	}
}

// wordBefore returns the word right before offset i of text, lower case,
// or "" where punctuation comes first (as ContextType read it).
func wordBefore(text string, i int) string { return strings.ToLower(wordBeforeAt(text, i)) }

// wordAfter returns the word right after offset i of text (after a
// possessive or a comma), lower case, or "" (as ContextType read it).
func wordAfter(text string, i int) string { return strings.ToLower(wordAfterAt(text, i)) }

// runFunc reads runs with a function (the runFinder's reader as it was).
type runFunc func(run, prev []token)

func (f runFunc) run(run, prev []token) { f(run, prev) }

// refLooksCommon is looksCommon as it was, before it looked at the last
// byte first.
func refLooksCommon(w string) bool {
	w = strings.ToLower(w)
	for _, c := range [...]string{"'ve", "'re", "'ll", "'m", "'d", "’ve", "’re", "’ll", "’m", "’d", "n't", "n’t"} {
		if strings.HasSuffix(w, c) {
			return true
		}
	}
	for _, suf := range [...]string{"tion", "sion", "ment", "ness", "ity", "ance", "ence", "ing", "ers", "ed", "ly", "ous", "ive", "ism", "ress", "ists", "ies"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// TestLooksCommonReference compares looksCommon with refLooksCommon on
// every word of the example article, the endings themselves and words
// made of them.
func TestLooksCommonReference(t *testing.T) {
	text, err := os.ReadFile("../../../testdata/example/summit.en.txt")
	if err != nil {
		t.Fatal(err)
	}
	words := append(strings.Fields(string(text)), "", "s", "É", "\xff", "NATION", "Kim", "we've", "WE’VE", "don't")
	for _, e := range append(contractionEndings[:], commonEndings[:]...) {
		words = append(words, e, "ab"+e, "abc"+e, strings.ToUpper("abc"+e))
	}
	for _, w := range words {
		if got, want := looksCommon(w), refLooksCommon(w); got != want {
			t.Errorf("looksCommon(%q) = %v, want %v", w, got, want)
		}
	}
}
