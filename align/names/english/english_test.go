package english

import "testing"

func TestIsTitle(t *testing.T) {
	tests := []struct {
		w    string
		want bool
	}{
		{"President", true},
		{"Gen.", true},
		{"GEN", true},
		{"Amb.", true},
		{"president-elect", true},
		{"Speaker", true},
		{"Kim", false},
		{"Pompeo", false},
		{"of", false},
		{"", false},
	}
	for _, tc := range tests {
		if got := IsTitle(tc.w); got != tc.want {
			t.Errorf("IsTitle(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
}

func TestIsJoining(t *testing.T) {
	for _, w := range []string{"of", "the", "de", "van", "bin"} {
		if !IsJoining(w) {
			t.Errorf("IsJoining(%q) = false", w)
		}
	}
	for _, w := range []string{"Of", "and", "Kim", ""} {
		if IsJoining(w) {
			t.Errorf("IsJoining(%q) = true", w)
		}
	}
}

func TestIsDemonym(t *testing.T) {
	for _, w := range []string{"Russian", "scottish", "Chinese", "Republicans"} {
		if !IsDemonym(w) {
			t.Errorf("IsDemonym(%q) = false", w)
		}
	}
	for _, w := range []string{"Russia", "Foreign", "Kim", ""} {
		if IsDemonym(w) {
			t.Errorf("IsDemonym(%q) = true", w)
		}
	}
}
