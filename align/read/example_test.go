package read_test

import (
	"errors"
	"fmt"

	"github.com/bitext-ko/bitext/align/read"
)

// Bytes (File for a named file) detects the encoding, takes the text of
// an HTML page, normalizes it and cuts it into paragraphs, numbered from
// 0 in file order.
func ExampleBytes() {
	euckr := []byte("\xb1\xe8\xc1\xa4\xc0\xba \xbf\xac\xbc\xb3\n\n\xc6\xf2\xbe\xe7\n") // 김정은 연설, 평양 in EUC-KR
	t, err := read.Bytes("speech.txt", euckr, read.Options{})
	if err != nil {
		panic(err)
	}
	fmt.Println(t.Encoding, len(t.Paragraphs), t.Paragraphs[0])

	// Bytes that are not text in their encoding are a *read.ParseError at
	// their place in the input.
	_, err = read.Bytes("page.txt", []byte("Kim Jong-un\nvisited Beijing\xff\n"), read.Options{Encoding: "utf-8"})
	var pe *read.ParseError
	if errors.As(err, &pe) {
		fmt.Println(pe.Line, pe.Column, pe.Offset, errors.Is(err, read.ErrInvalid))
	}
	fmt.Println(err)
	// Output:
	// EUC-KR/CP949 2 김정은 연설
	// 2 16 27 true
	// reading page.txt: line 2, column 16: invalid UTF-8 (byte 0xff)
}
