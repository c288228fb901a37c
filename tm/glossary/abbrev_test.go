package glossary

import "testing"

// TestExpandAbbreviations: the words of abbreviations, with or without a
// full stop, are written out; other words, and words that only hold one,
// are left.
func TestExpandAbbreviations(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"St Mirren", "Saint Mirren"},
		{"St. Louis", "Saint Louis"},
		{"Mt Everest", "Mount Everest"},
		{"Mt. Kilimanjaro", "Mount Kilimanjaro"},
		{"Ft Worth", "Fort Worth"},
		{"Fort  St  John", "Fort Saint John"},
		{"Stone Street", "Stone Street"},
		{"St.. Ives", "St.. Ives"},
		{"Seoul", "Seoul"},
		{"", ""},
	} {
		if got := expandAbbreviations(c.in); got != c.want {
			t.Errorf("expandAbbreviations(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	for w, want := range map[string]bool{"St": true, "St.": true, "Mt": true, "Ft.": true, "Stone": false, "St..": false, "st": false} {
		if _, got := abbreviation(w); got != want {
			t.Errorf("abbreviation(%q) = %v, want %v", w, got, want)
		}
	}
}
