package glossary

import "testing"

// TestPlaceTypes checks that places of the built-in list are typed as
// places wherever they stand in a sentence.
func TestPlaceTypes(t *testing.T) {
	tests := []struct{ text, name string }{
		{"Officials in Kenya said the talks would resume.", "Kenya"},
		{"The ceremony was held in Sydney on Friday.", "Sydney"},
		{"He studied in Edinburgh before moving south.", "Edinburgh"},
		{"Police in Louisiana arrested a suspect.", "Louisiana"},
		{"The delegation flew to Ho Chi Minh City on Monday.", "Ho Chi Minh City"},
	}
	for _, tt := range tests {
		ms := FindNamesIn([]string{tt.text})[0]
		found := false
		for _, m := range ms {
			if m.Text == tt.name {
				found = true
				if m.Type != Place {
					t.Errorf("%q in %q: type %v, want place", tt.name, tt.text, m.Type)
				}
			}
		}
		if !found {
			t.Errorf("%q not found in %q (got %+v)", tt.name, tt.text, ms)
		}
	}
}

// TestPairTypes: the Korean side corrects a type guessed from the
// English shape alone.
func TestPairTypes(t *testing.T) {
	tests := []struct {
		m    Mention
		k    span
		want Type
	}{
		{Mention{Text: "Cheong Wa Dae", Type: Person}, span{text: "청와대"}, Other},
		{Mention{Text: "Deutsche Bahn", Type: Other}, span{text: "도이체반"}, Other},
		{Mention{Text: "Moon Jae-in", Type: Other}, span{text: "문재인"}, Person},
		{Mention{Text: "Kim", Type: Person}, span{text: "김정은"}, Person},
	}
	for _, tt := range tests {
		if got := pairType(tt.m, tt.k); got != tt.want {
			t.Errorf("pairType(%q, %q) = %v, want %v", tt.m.Text, tt.k.text, got, tt.want)
		}
	}
}
