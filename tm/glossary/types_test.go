package glossary

import (
	"testing"

	"github.com/bitext-ko/bitext/align/lexicon"
	"github.com/bitext-ko/bitext/align/names/english"
)

// TestPairTypes: the Korean side corrects a type guessed from the
// English shape alone.
func TestPairTypes(t *testing.T) {
	tests := []struct {
		m    english.Mention
		k    span
		want Type
	}{
		{english.Mention{Text: "Cheong Wa Dae", Type: english.Person}, span{text: "청와대"}, Other},
		{english.Mention{Text: "Deutsche Bahn", Type: english.Other}, span{text: "도이체반"}, Other},
		{english.Mention{Text: "Moon Jae-in", Type: english.Other}, span{text: "문재인"}, Person},
		{english.Mention{Text: "Kim", Type: english.Person}, span{text: "김정은"}, Person},
	}
	for _, tt := range tests {
		if got := pairType(tt.m, tt.k, lexicon.Default()); got != tt.want {
			t.Errorf("pairType(%q, %q) = %v, want %v", tt.m.Text, tt.k.text, got, tt.want)
		}
	}
}
