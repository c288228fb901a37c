package align_test

import (
	"fmt"

	"github.com/bitext-ko/bitext/align"
)

// Align pairs the paragraphs of an English article with those of its
// Korean original; ids are 0-based paragraph positions. A paragraph the
// translation left out is a bead with one side, and so is furniture such
// as a photo credit.
func ExampleAlign() {
	en := []string{
		"North Korean leader Kim Jong-un arrived in Beijing on Tuesday for talks with Chinese President Xi Jinping.",
		"It is his fourth visit to China since March last year.",
	}
	ko := []string{
		"김정은 북한 국무위원장이 8일 시진핑 중국 국가주석과 회담하기 위해 베이징에 도착했다.",
		"김 위원장의 방중은 지난해 3월 이후 네 번째다.",
		"조선중앙통신은 이날 방문 소식을 보도했다.",
	}
	a := align.Align(en, ko, align.Options{MinScore: align.DefaultMinScore})
	for _, b := range a.Beads {
		fmt.Println(align.FormatBead(b), b.Kind)
	}
	// Output:
	// [0]:[0] match
	// [1]:[1] match
	// []:[2] omitted
}

// At sentence level the beads are the sentence links, ids PARA.SENT; the
// paragraph beads are their closure.
func ExampleAlign_sentences() {
	en := []string{"Kim Jong-un arrived in Beijing on Tuesday. He met Xi Jinping."}
	ko := []string{"김정은 위원장이 8일 베이징에 도착했다.", "그는 시진핑 주석과 만났다."}
	a := align.Align(en, ko, align.Options{Level: align.SentenceLevel})
	for _, b := range a.Beads {
		fmt.Println(align.FormatBead(b))
	}
	for _, b := range a.ParagraphBeads {
		fmt.Println("paragraphs", align.FormatBead(b))
	}
	// Output:
	// [0.0]:[0.0]
	// [0.1]:[1.0]
	// paragraphs [0]:[0, 1]
}
