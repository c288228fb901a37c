package lexicon_test

import (
	"fmt"
	"slices"
	"strings"

	"github.com/bitext-ko/bitext/align/lexicon"
)

// A dictionary in hunalign's format extends a copy of the embedded
// lexicon; Lookup finds the longest known stem at the start of a Korean
// word, past its postpositions and verb endings.
func ExampleLexicon_Parse() {
	l := lexicon.Default().Clone()
	dict := "# names of places\n백두산 @ Mount Paektu\n비핵화협상 @ denuclearization talks\n"
	if err := l.Parse(strings.NewReader(dict), "places.dic"); err != nil {
		panic(err)
	}
	id, _ := l.ID("Paektu")
	fmt.Println(slices.Contains(l.Lookup("백두산에서"), id))

	err := l.Parse(strings.NewReader("한국 @ Korea\n미국 America\n"), "bad.dic")
	fmt.Println(err)
	// Output:
	// true
	// bad.dic:2:1: expected "korean @ english", found "미국 America"
}
