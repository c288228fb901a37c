package alignfile_test

import (
	"bytes"
	"fmt"
	"log"

	"github.com/bitext-ko/bitext/align"
	"github.com/bitext-ko/bitext/align/read"
	"github.com/bitext-ko/bitext/tm/alignfile"
)

// An alignment file is written from an alignment and the inputs it was
// made from, and read back, checked, as bitext export and the review page
// read it.
func Example() {
	en, err := read.Bytes("summit.en.txt", []byte("Kim Jong-un arrived in Beijing on Tuesday.\n\nHe met Xi Jinping.\n"), read.Options{})
	if err != nil {
		log.Fatal(err)
	}
	ko, err := read.Bytes("summit.ko.txt", []byte("김정은 위원장이 8일 베이징에 도착했다.\n\n그는 시진핑 주석과 만났다.\n"), read.Options{})
	if err != nil {
		log.Fatal(err)
	}
	opt := align.Options{MinScore: align.DefaultMinScore, Level: align.SentenceLevel}
	a := align.Align(en.Paragraphs, ko.Paragraphs, opt)
	f := alignfile.New(a, alignfile.Input{Path: en.Name, Text: en}, alignfile.Input{Path: ko.Name, Text: ko},
		"summit", alignfile.Settings{Paragraphs: alignfile.ParagraphsAuto, MinScore: opt.MinScore}, "0.1.0")

	var buf bytes.Buffer
	if err := alignfile.Write(&buf, f); err != nil {
		log.Fatal(err)
	}
	back, err := alignfile.Read(bytes.NewReader(buf.Bytes()), "summit.alignment.json")
	if err != nil {
		log.Fatal(err) // an *alignfile.Error naming the file and a JSON path
	}
	b, statuses := back.Alignment(align.ParagraphLevel)
	for i, bead := range b.Beads {
		fmt.Println(align.FormatBead(bead), statuses[i])
	}
	fmt.Println(back.Document, back.EN.Path, len(back.Links), "links")

	// A hand edit that breaks the aligner's contract is refused.
	edited := bytes.Replace(buf.Bytes(), []byte(`"ko":[1]`), []byte(`"ko":[5]`), 1)
	_, err = alignfile.Decode(edited)
	fmt.Println(err)
	// Output:
	// [0]:[0] auto
	// [1]:[1] auto
	// summit summit.en.txt 2 links
	// beads[1].ko[0]: paragraph 5 does not exist (the Korean text has 2)
}
