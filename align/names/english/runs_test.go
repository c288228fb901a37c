package english

import (
	"reflect"
	"testing"
)

func TestRuns(t *testing.T) {
	got := Runs("North Korean leader Kim Jong-un met U.S. Secretary of State Mike Pompeo, the KCNA said. The talks ended.")
	want := []string{"North Korean", "Kim Jong-un", "U.S. Secretary of State Mike Pompeo", "KCNA", "The"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Runs = %q, want %q", got, want)
	}
}
