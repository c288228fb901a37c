package review

import (
	"slices"

	"github.com/bitext-ko/bitext/align/names/romanize"
	"github.com/bitext-ko/bitext/align/names/spelling"
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
	RefCount int `json:"ref_count,omitempty"`
	// Applied is the established spelling the reference comes from (an
	// entry of the built-in table or the house list), as
	// spelling.Entry.String writes it.
	Applied string `json:"applied,omitempty"`
	Class   Class  `json:"class"`
	// Diff turns English into Reference (CharDiff(English, Reference)):
	// the change to make, as the text output describes it.
	Diff []Op            `json:"diff"`
	Seen []glossary.Seen `json:"seen,omitempty"`
}

func variant(e *glossary.Entry, f *glossary.Form, ref, basis string) Variant {
	return Variant{Hangul: e.Hangul, Reference: ref, Basis: basis, English: f.English, Count: f.Count, Docs: f.Docs,
		Class: Classify(ref, f.English), Diff: CharDiff(f.English, ref), Seen: f.Seen}
}

// Within returns, for every Hangul name written more than one way, each
// form other than the most frequent set against the most frequent; in a
// glossary with no counts, against the first form listed.
func Within(entries []glossary.Entry) []Variant {
	var out []Variant
	for i := range entries {
		out = within(out, &entries[i])
	}
	return out
}

func within(out []Variant, e *glossary.Entry) []Variant {
	if len(e.Forms) < 2 {
		return out
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
	return out
}

// Against judges every form of entries, the house first: a name the house
// list has is set against the list's spelling (basis "house"), whatever
// it names; with a style, a Korean person or place (House.KoreanKind)
// against its form in the style (House.StyleForm: in press style the
// established spelling, noted in Applied; a form that the applied entry
// gives as another established spelling, its Also, is no variant: Kim
// Jong Un, Jay Y. Lee), other names being left out;
// without one, against the most frequent form, as Within does. With no
// list and no style it is Within.
func Against(entries []glossary.Entry, h *House, style *romanize.Style) []Variant {
	if h == nil {
		h = DefaultHouse()
	}
	var out []Variant
	for i := range entries {
		e := &entries[i]
		var want, basis, applied string
		var established []string
		switch l := h.listed(e.Hangul); {
		case l != nil:
			want, basis = l.Preferred(), "house"
		case style != nil:
			k := h.KoreanKind(e)
			if k == spelling.AnyKind {
				continue
			}
			var a *spelling.Entry
			want, a = h.StyleForm(e.Hangul, k, e.Preferred(), *style)
			basis = style.String()
			if a != nil {
				applied = a.String()
				established = a.Spellings()
			}
		default:
			out = within(out, e)
			continue
		}
		for j := range e.Forms {
			if f := e.Forms[j].English; f != want && !slices.Contains(established, f) {
				v := variant(e, &e.Forms[j], want, basis)
				v.Applied = applied
				out = append(out, v)
			}
		}
	}
	return out
}
