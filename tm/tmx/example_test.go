package tmx_test

import (
	"fmt"
	"io"
	"log"
	"os"
	"strings"
	"time"

	"github.com/bitext-ko/bitext/tm/tmx"
)

// A streaming export such as `bitext align --tmx`: one Writer, one Write
// per aligned pair, Close at the end, and a warning if characters had to be
// dropped.
func ExampleWriter() {
	now := time.Date(2026, 11, 27, 9, 30, 0, 0, time.UTC)
	w, err := tmx.NewWriter(os.Stdout, tmx.Header{
		CreationToolVersion: "0.1.0",
		SegType:             tmx.SegParagraph, // --level paragraph
		CreationDate:        now,
	})
	if err != nil {
		log.Fatal(err)
	}
	u := tmx.Unit{
		TUID:         "hani-2019-01-11-p3",
		CreationDate: now,
		Variants: []tmx.Variant{
			{Lang: "en-US", Text: "Kim Jong-un visited\nChina on Tuesday."},
			{Lang: "ko-KR", Text: "김정은 국무위원장이 8일 중국을 방문했다."},
		},
	}
	u.AddProp(tmx.PropDocument, "hani-2019-01-11")
	u.AddProp(tmx.PropKoIDs, "3")
	u.AddProp(tmx.PropEnIDs, "2")
	u.AddProp(tmx.PropScore, "0.42")
	u.MarkFlagged("score 0.42 below --min-score 0.5")
	if err := w.Write(u); err != nil {
		log.Fatal(err)
	}
	if err := w.Close(); err != nil {
		log.Fatal(err)
	}
	if n := w.Dropped(); n > 0 {
		fmt.Fprintf(os.Stderr, "warning: %d characters XML does not allow were left out\n", n)
	}
	// Output:
	// <?xml version="1.0" encoding="UTF-8"?>
	// <tmx version="1.4">
	//   <header creationtool="bitext" creationtoolversion="0.1.0" segtype="paragraph" o-tmf="bitext" adminlang="en-US" srclang="ko-KR" datatype="plaintext" creationdate="20261127T093000Z"/>
	//   <body>
	//     <tu tuid="hani-2019-01-11-p3" creationdate="20261127T093000Z">
	//       <prop type="x-document">hani-2019-01-11</prop>
	//       <prop type="x-ko-ids">3</prop>
	//       <prop type="x-en-ids">2</prop>
	//       <prop type="x-score">0.42</prop>
	//       <prop type="x-flagged">score 0.42 below --min-score 0.5</prop>
	//       <tuv xml:lang="ko-KR"><seg>김정은 국무위원장이 8일 중국을 방문했다.</seg></tuv>
	//       <tuv xml:lang="en-US"><seg>Kim Jong-un visited China on Tuesday.</seg></tuv>
	//     </tu>
	//   </body>
	// </tmx>
}

func ExampleReader() {
	doc := `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="OmegaT" creationtoolversion="6.0" segtype="sentence" o-tmf="OmegaT TMX" adminlang="EN-US" srclang="ko" datatype="plaintext"/>
  <body>
    <tu>
      <tuv xml:lang="ko"><seg><bpt i="1">&lt;b&gt;</bpt>서울<ept i="1">&lt;/b&gt;</ept> 시내</seg></tuv>
      <tuv xml:lang="en"><seg>downtown <bpt i="1">&lt;b&gt;</bpt>Seoul<ept i="1">&lt;/b&gt;</ept></seg></tuv>
    </tu>
    <tu>
      <tuv xml:lang="ko"><seg>번역 없음</seg></tuv>
    </tu>
  </body>
</tmx>`
	r := tmx.NewReader(strings.NewReader(doc))
	r.KeepMarkup = true
	r.Warn = func(err error) { fmt.Println("skipped:", err) }
	h, err := r.Header()
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("source language:", h.SrcLang)
	for {
		u, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			log.Fatal(err) // a *tmx.ParseError: "line 12, column 3: …"
		}
		line, _ := r.Pos()
		for _, v := range u.Variants {
			fmt.Printf("line %d %s: %q %q\n", line, v.Lang, v.Text, v.Markup)
		}
	}
	// Output:
	// source language: ko
	// line 5 ko: "서울 시내" "<bpt i=\"1\">&lt;b&gt;</bpt>서울<ept i=\"1\">&lt;/b&gt;</ept> 시내"
	// line 5 en: "downtown Seoul" "downtown <bpt i=\"1\">&lt;b&gt;</bpt>Seoul<ept i=\"1\">&lt;/b&gt;</ept>"
	// line 9 ko: "번역 없음" ""
}
