package review

import (
	"strings"

	"github.com/bitext-ko/bitext/align/names/namekey"
	"github.com/bitext-ko/bitext/align/names/romanize"
	"github.com/bitext-ko/bitext/align/names/surname"
	"github.com/bitext-ko/bitext/tm/glossary"
)

// Variant is one English form of a Hangul name set against the form it
// should be, with the difference.
type Variant struct {
	Hangul string `json:"hangul"`
	// Reference is the form compared with; Basis says what it is: "most
	// frequent", "first listed" (a glossary with no counts, such as plain
	// OmegaT rows: its first form, which a hand-made glossary makes the
	// preferred one), "reference" (a reference glossary) or a style name.
	Reference string `json:"reference"`
	Basis     string `json:"basis"`
	English   string `json:"english"`
	// Count and Docs are how often and in how many documents the form
	// was seen; 0 (left out of JSON) when the glossary does not say.
	Count int `json:"count,omitempty"`
	Docs  int `json:"docs,omitempty"`
	// RefCount is how often the reference form itself was seen (most
	// frequent only).
	RefCount int             `json:"ref_count,omitempty"`
	Class    Class           `json:"class"`
	Diff     []Op            `json:"diff"`
	Seen     []glossary.Seen `json:"seen,omitempty"`
}

func variant(e *glossary.Entry, f *glossary.Form, ref, basis string) Variant {
	return Variant{Hangul: e.Hangul, Reference: ref, Basis: basis, English: f.English, Count: f.Count, Docs: f.Docs,
		Class: Classify(ref, f.English), Diff: CharDiff(ref, f.English), Seen: f.Seen}
}

// Within returns, for every Hangul name written more than one way, each
// form other than the most frequent set against the most frequent; in a
// glossary with no counts, against the first form listed.
func Within(entries []glossary.Entry) []Variant {
	var out []Variant
	for i := range entries {
		e := &entries[i]
		if len(e.Forms) < 2 {
			continue
		}
		ref := &e.Forms[0]
		basis := "most frequent"
		if ref.Count == 0 {
			basis = "first listed"
		}
		for j := 1; j < len(e.Forms); j++ {
			v := variant(e, &e.Forms[j], ref.English, basis)
			v.RefCount = ref.Count
			out = append(out, v)
		}
	}
	return out
}

// Against returns the forms of entries whose English differs from the
// preferred form of the same Hangul name in a reference glossary. Names
// the reference does not have are left out.
func Against(entries, reference []glossary.Entry) []Variant {
	ref := map[string]string{}
	for _, r := range reference {
		if p := r.Preferred(); p != "" {
			ref[r.Hangul] = p
		}
	}
	var out []Variant
	for i := range entries {
		e := &entries[i]
		want, ok := ref[e.Hangul]
		if !ok {
			continue
		}
		for j := range e.Forms {
			if e.Forms[j].English != want {
				out = append(out, variant(e, &e.Forms[j], want, "reference"))
			}
		}
	}
	return out
}

// StyleForm returns how entry e's name is written in style, or "" when
// the style says nothing about it: Korean personal names (whose English
// parses as a romanized Korean name) and Korean places get the
// romanization of their Hangul; foreign and translated names (Trump,
// United States) have no romanization to compare with.
//
// The romanizer is the one source of truth: the form is computed from the
// Hangul, as `bitext romanize --name` writes it, whatever romanization
// columns the glossary file holds. In press style, a person whose
// preferred form spells the given name the North's way (Kim Jong-un for
// 김정은) gets the press spelling of North Korean names; others the South's
// (Cho Yun-je for 조윤제, whatever the article wrote).
func StyleForm(e *glossary.Entry, style romanize.Style) string {
	pref := e.Preferred()
	switch e.Type {
	case glossary.Person, glossary.Other, "":
		// A plain glossary row has no type (other): it is taken for a
		// person when both sides are a Korean personal name.
		if koreanName(e.Hangul, pref) {
			return romanize.NameAs(e.Hangul, style, namekey.WrittenGiven(pref))
		}
	case glossary.Place:
		if want := glossary.Romanize(e.Hangul, e.Type).Get(style); close(pref, want) {
			return want
		}
	}
	return ""
}

// close reports whether a place's English form is a romanization of it at
// all (Pyongyang and Pyeongyang), not a translation (North Korea).
func close(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	x, y := strings.ToLower(foldMarks(a)), strings.ToLower(foldMarks(b))
	if x == y {
		return true
	}
	ops := CharDiff(x, y)
	same := 0
	for _, o := range ops {
		if o.Kind == Equal {
			same += len(o.Text)
		}
	}
	return float64(same) >= 0.6*float64(max(len(x), len(y)))
}

// AgainstStyle returns the forms of Korean names that differ from their
// romanization in style (the article's "Kim Yong-chol" against RR's "Kim
// Yeong-cheol").
func AgainstStyle(entries []glossary.Entry, style romanize.Style) []Variant {
	var out []Variant
	for i := range entries {
		e := &entries[i]
		want := StyleForm(e, style)
		if want == "" {
			continue
		}
		for j := range e.Forms {
			if e.Forms[j].English != want {
				out = append(out, variant(e, &e.Forms[j], want, style.String()))
			}
		}
	}
	return out
}

// koreanName reports whether a Hangul name and its English form are a
// Korean personal name: a known surname on both sides.
func koreanName(hangulName, english string) bool {
	if strings.Contains(hangulName, " ") {
		return false
	}
	if _, _, known, ok := surname.Split(hangulName); !ok || !known {
		return false
	}
	n, err := namekey.Parse(english)
	return err == nil && n.Known != nil
}
