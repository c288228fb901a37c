package glossary_test

import (
	"fmt"
	"log"
	"os"
	"strings"

	"github.com/bitext-ko/bitext/tm/glossary"
)

// Write writes a glossary in any of the formats; OmegaT's TXT is source
// term, target term and a comment on each line.
func ExampleWrite() {
	entries := []glossary.Entry{{
		Hangul:     "김정은",
		Type:       glossary.Person,
		Forms:      []glossary.Form{{English: "Kim Jong-un", Count: 12, Docs: 3}},
		Confidence: 0.98,
	}}
	if err := glossary.Write(os.Stdout, entries, glossary.TXT); err != nil {
		log.Fatal(err)
	}
	// Output:
	// 김정은	Kim Jong-un	person; count: 12; docs: 3; confidence: 0.98
}

// Read reads a glossary made by hand or by a CAT tool: the Korean term
// is told from the English one by its Hangul; an error is a
// *glossary.ParseError with its line and column.
func ExampleRead() {
	es, err := glossary.Read(strings.NewReader("Kim Jong-un\t김정은\nRi Yong-ho\t리용호\tperson\n"), "names.txt", glossary.TXT)
	if err != nil {
		log.Fatal(err)
	}
	for _, e := range es {
		fmt.Println(e.Hangul, e.Preferred(), e.Type)
	}
	_, err = glossary.Read(strings.NewReader("김정은\tKim Jong-un\n리용호\n"), "bad.txt", glossary.TXT)
	fmt.Println(err)
	// Output:
	// 김정은 Kim Jong-un other
	// 리용호 Ri Yong-ho person
	// bad.txt: line 2, column 4: want Korean<TAB>English[<TAB>comment], found no tab
}
