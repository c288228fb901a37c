package read

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// TestCheckBinaryCount holds checkBinary to a count of each byte on texts
// with control characters, white space and multi-byte characters at
// every place, around its limit of one control character in twenty bytes.
func TestCheckBinaryCount(t *testing.T) {
	pieces := []string{"a", "the quick brown fox ", "\n", "\r\n", "\t", "\f", "\x01", "\x1b", "\x1f", " ", "서울", "é", "\x7f", "\xff"}
	rng := rand.New(rand.NewPCG(7, 8))
	refused := 0
	for range 100000 {
		var b strings.Builder
		for range rng.IntN(40) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		ctl := 0
		for i := 0; i < len(s); i++ {
			if c := s[i]; c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
				ctl++
			}
		}
		_, _, err := checkBinary(s, "UTF-8", nil)
		var pe *ParseError
		if got, want := err != nil, len(s) > 0 && ctl*20 > len(s); got != want || err != nil && !errors.As(err, &pe) {
			t.Fatalf("checkBinary(%q): error %v, want one: %v", s, err, want)
		}
		if err != nil {
			refused++
			if want := fmt.Sprintf("binary data (%d control characters in %d bytes)", ctl, len(s)); !strings.Contains(err.Error(), want) {
				t.Fatalf("checkBinary(%q): %v, want %q", s, err, want)
			}
		}
	}
	if refused < 100 {
		t.Errorf("only %d texts refused", refused)
	}
}
