// Package review compares how names are romanized: the English forms of
// one Hangul name in a glossary against each other, against a reference
// glossary, or against a romanization style, as character diffs with a
// classification of each difference; and it rewrites the known names of
// an English text into a house style.
//
// Character diffs are computed with github.com/sergi/go-diff (Myers'
// algorithm, letter by letter); rendering them, the classification
// and the name rewriting are written here, on top of the project's name
// layer (align/names): no library knows that Chŏng and Jong are one name
// in two systems, or Ri and Lee one surname.
//
// Classes, from the most to the least benign:
//
//   - formatting: the same letters, differing in case, hyphens, spaces or
//     word order (Kim Jong Un, Kim Jong-un, Jong-un Kim);
//   - system: the spelling of another romanization system (McCune–
//     Reischauer marks, Chŏng for Jong; the DPRK's or the press's surname,
//     Ri for Lee; a form that is the Hangul's romanization in another
//     style, Kim Yeong-cheol for Kim Yong-chol);
//   - spelling: the same name spelled otherwise within one habit (Jong and
//     Jeong, Zelensky and Zelenskyy);
//   - other: a different name, or a difference none of the above explains.
package review

import (
	"strings"
	"unicode"

	"github.com/bitext-ko/bitext/align/names/namekey"
	"github.com/bitext-ko/bitext/align/names/romanize"
	"github.com/bitext-ko/bitext/align/names/surname"
	"github.com/sergi/go-diff/diffmatchpatch"
	"golang.org/x/text/unicode/norm"
)

// Class is the kind of a difference between two spellings.
type Class string

// The classes.
const (
	Same       Class = "same"
	Formatting Class = "formatting"
	System     Class = "system"
	Spelling   Class = "spelling"
	Other      Class = "other"
)

// Op is one piece of a character diff.
type Op struct {
	Kind OpKind `json:"op"`
	Text string `json:"text"`
}

// OpKind says whether a piece is in both spellings, only the first or
// only the second.
type OpKind string

// The kinds of diff pieces.
const (
	Equal  OpKind = "="
	Delete OpKind = "-"
	Insert OpKind = "+"
)

// CharDiff returns the character diff that turns from into to.
func CharDiff(from, to string) []Op {
	dmp := diffmatchpatch.New()
	// No semantic cleanup: names are short, and the reviewer wants to
	// see the very letters that differ (Y{+e+}ong).
	ds := dmp.DiffMain(from, to, false)
	out := make([]Op, 0, len(ds))
	for _, d := range ds {
		k := Equal
		switch d.Type {
		case diffmatchpatch.DiffDelete:
			k = Delete
		case diffmatchpatch.DiffInsert:
			k = Insert
		}
		out = append(out, Op{k, d.Text})
	}
	return out
}

// ANSI colours for a terminal.
const (
	red   = "\x1b[31m"
	green = "\x1b[32m"
	reset = "\x1b[0m"
)

// Render writes a diff on one line: plain text marks deletions [-so-] and
// insertions {+so+}; with colour, deletions are red and struck through
// and insertions green, without marks.
func Render(ops []Op, color bool) string {
	var b strings.Builder
	for _, o := range ops {
		switch {
		case o.Kind == Equal:
			b.WriteString(o.Text)
		case color && o.Kind == Delete:
			b.WriteString(red + "\x1b[9m" + o.Text + reset)
		case color:
			b.WriteString(green + o.Text + reset)
		case o.Kind == Delete:
			b.WriteString("[-" + o.Text + "-]")
		default:
			b.WriteString("{+" + o.Text + "+}")
		}
	}
	return b.String()
}

// Classify says how variant differs from reference. hangulName, if not
// empty, lets a variant that is the name's romanization in some style be
// recognized as System.
func Classify(reference, variant, hangulName string) Class {
	if reference == variant {
		return Same
	}
	if formatKey(reference) == formatKey(variant) {
		return Formatting
	}
	if hangulName != "" {
		for _, s := range romanize.Styles() {
			r := romanize.Name(hangulName, s)
			if formatKey(r) == formatKey(variant) {
				return System
			}
		}
	}
	if hasMarks(reference) != hasMarks(variant) && foldMarks(reference) == foldMarks(variant) {
		return System
	}
	kr, kv := namekey.Key(reference), namekey.Key(variant)
	if kr != "" && kr == kv {
		if hasMarks(reference) || hasMarks(variant) || surnameSystem(reference, variant) {
			return System
		}
		return Spelling
	}
	if kr != "" && kv != "" && givenOf(kr) == givenOf(kv) && surnameSystem(reference, variant) {
		return System
	}
	// A near spelling of a name that is not Korean (Zelensky, Zelenskyy).
	a, b := strings.ToLower(foldMarks(reference)), strings.ToLower(foldMarks(variant))
	dmp := diffmatchpatch.New()
	d := dmp.DiffLevenshtein(dmp.DiffMain(a, b, false))
	if n := max(len([]rune(a)), len([]rune(b))); n > 0 && float64(d)/float64(n) <= 0.25 {
		return Spelling
	}
	return Other
}

// formatKey folds case, hyphens, spaces and word order away.
func formatKey(s string) string {
	f := strings.FieldsFunc(strings.ToLower(norm.NFC.String(s)), func(r rune) bool {
		return r == ' ' || r == '-' || r == '‐' || r == ',' || r == '.'
	})
	// Word order: sort the words (Kim Jong-un, Jong-un Kim) — but keep
	// the syllables of a hyphenated given name together as one word by
	// joining everything into a sorted multiset.
	for i := 1; i < len(f); i++ {
		for j := i; j > 0 && f[j] < f[j-1]; j-- {
			f[j], f[j-1] = f[j-1], f[j]
		}
	}
	return strings.Join(f, "")
}

// hasMarks reports whether s has McCune–Reischauer marks: breves and
// aspiration apostrophes.
func hasMarks(s string) bool {
	return strings.ContainsAny(s, "ŏŭŎŬ’'ʼ") || strings.ContainsAny(norm.NFD.String(s), "\u0306")
}

// foldMarks removes breves and apostrophes.
func foldMarks(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) || r == '’' || r == '\'' || r == 'ʼ' {
			continue
		}
		b.WriteRune(r)
	}
	return norm.NFC.String(b.String())
}

// surnameSystem reports whether two romanized Korean names differ in
// their surname spelling only by convention (Lee, Yi, Ri, Rhee for 이).
func surnameSystem(a, b string) bool {
	na, err1 := namekey.Parse(a)
	nb, err2 := namekey.Parse(b)
	if err1 != nil || err2 != nil || strings.EqualFold(na.Surname, nb.Surname) {
		return false
	}
	for _, x := range surname.ByLatin(na.Surname) {
		for _, y := range surname.ByLatin(nb.Surname) {
			if x == y {
				return true
			}
		}
	}
	return false
}

// givenOf returns the given-name part of a namekey key.
func givenOf(key string) string {
	_, g, _ := strings.Cut(key, "|")
	return g
}
