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
		// A translated name takes the kind its table gives it,
		// whatever the English looks like.
		{english.Mention{Text: "Cheong Wa Dae", Type: english.Person}, span{text: "청와대"}, Organization},
		{english.Mention{Text: "Lviv", Type: english.Other}, span{text: "리비우"}, Place},
		{english.Mention{Text: "Former Soviet Union", Type: english.Organization}, span{text: "구소련"}, Place},
		{english.Mention{Text: "Kremlin", Type: english.Other}, span{text: "크렘린"}, Organization},
		{english.Mention{Text: "Ryder Cup", Type: english.Organization}, span{text: "라이더 컵"}, Other},
		// A translated name the table gives no kind: not a person's.
		{english.Mention{Text: "the West", Type: english.Person}, span{text: "서방"}, Other},
		{english.Mention{Text: "Deutsche Bahn", Type: english.Other}, span{text: "도이체반"}, Other},
		{english.Mention{Text: "Moon Jae-in", Type: english.Other}, span{text: "문재인"}, Person},
		{english.Mention{Text: "Kim", Type: english.Person}, span{text: "김정은"}, Person},
		// An organization guessed from the words around a name (Paltrow's
		// brand) gives way to the shape of a person's name; a place
		// guessed so (in Selly Oak) and an organization the English
		// shows (Peppa Pig Ltd) stay.
		{english.Mention{Text: "Gwyneth Paltrow", Type: english.Organization, Guessed: true}, span{text: "귀네스 팰트로"}, Person},
		{english.Mention{Text: "Selly Oak", Type: english.Place, Guessed: true}, span{text: "셀리 오크"}, Place},
		{english.Mention{Text: "Gwyneth Paltrow", Type: english.Organization}, span{text: "귀네스 팰트로"}, Organization},
	}
	for _, tt := range tests {
		if got := pairType(tt.m, tt.k, lexicon.Default()); got != tt.want {
			t.Errorf("pairType(%q, %q) = %v, want %v", tt.m.Text, tt.k.text, got, tt.want)
		}
	}
}
