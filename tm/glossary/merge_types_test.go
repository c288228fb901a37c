package glossary

import "testing"

// TestTypeFromTable: an entry typed other gets the kind the table of
// established spellings gives its preferred form, and romanization columns
// to go with it; a spelling the table does not give, a name it does not
// have, and an entry already typed are left as they are.
func TestTypeFromTable(t *testing.T) {
	tests := []struct {
		hangul, english string
		typ, want       Type
	}{
		{"김일성", "Kim Il-sung", Other, Person},
		{"김정은", "Kim Jong Un", Other, Person}, // the table's also column
		{"서울", "Seoul", Other, Place},
		{"부산", "Busan", "", Place},
		{"김일성", "Great Leader", Other, Other}, // not a spelling the table gives
		{"김철수", "Kim Chul-soo", Other, Other}, // not in the table
		{"서울", "Seoul", Organization, Organization},
	}
	for _, tc := range tests {
		es := []Entry{{Hangul: tc.hangul, Type: tc.typ, Forms: []Form{{English: tc.english}}}}
		n := TypeFromTable(es)
		if es[0].Type != tc.want && !(tc.typ == "" && tc.want == "") {
			t.Errorf("%s %s: typed %q, want %q", tc.hangul, tc.english, es[0].Type, tc.want)
		}
		typed := tc.want != tc.typ
		if (n == 1) != typed || typed && es[0].Romanized.RR == "" {
			t.Errorf("%s %s: %d typed, romanized %+v", tc.hangul, tc.english, n, es[0].Romanized)
		}
	}
}
