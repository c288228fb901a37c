package tmx

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	"github.com/bitext-ko/bitext/align/testenv"
)

// TestReadStrictDecoding checks that bytes invalid in a document's
// encoding are an error naming the line and column where they are, never
// U+FFFD in the text; that a U+FFFD the document really holds is read; and
// what xmllint (libxml2) does with the same file, which the test checks
// when xmllint is installed.
func TestReadStrictDecoding(t *testing.T) {
	// A comment makes every file longer than what the reader looks at
	// first to find the encoding.
	tmxHead := "<tmx version=\"1.4\">\n<header creationtool=\"t\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"t\" adminlang=\"en\" srclang=\"ko-KR\" datatype=\"plaintext\"/>\n<body>\n" +
		"<!-- " + strings.Repeat("padding ", 150) + "-->\n" +
		"<tu><tuv xml:lang=\"ko-KR\"><seg>서울 "
	const tmxTail = "</seg></tuv><tuv xml:lang=\"en-US\"><seg>Seoul</seg></tuv></tu>\n</body>\n</tmx>\n"
	decl := func(enc string) string { return `<?xml version="1.0" encoding="` + enc + `"?>` + "\n" }
	enc := func(e encoding.Encoding, s string) []byte {
		b, err := e.NewEncoder().Bytes([]byte(s))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	utf16le := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	utf16be := unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	cat := func(parts ...[]byte) []byte { return bytes.Join(parts, nil) }

	tests := []struct {
		name string
		// The document is head, then bad, then tail: head and tail are
		// text (to encode), bad the bytes in the file.
		encode     func(string) []byte
		head       string
		bad, after []byte // bad bytes; bytes after them, before the tail
		tail       string
		text       string // want: the Korean segment, when the file is valid
		xmllint    bool   // xmllint accepts the file
		why        string
	}{
		{name: "UTF-8 bytes declared EUC-KR", encode: func(s string) []byte { return enc(korean.EUCKR, s) },
			head: decl("EUC-KR") + tmxHead, bad: []byte("대한민국"), tail: tmxTail,
			why: "the issue's example: xmllint refuses it too (input conversion failed)"},
		{name: "EUC-KR byte FF", encode: func(s string) []byte { return enc(korean.EUCKR, s) },
			head: decl("EUC-KR") + tmxHead + "대한", bad: []byte{0xFF}, after: enc(korean.EUCKR, "민국"), tail: tmxTail},
		{name: "EUC-KR lead byte before '<'", encode: func(s string) []byte { return enc(korean.EUCKR, s) },
			head: decl("EUC-KR") + tmxHead + "대한", bad: []byte{0xB0}, tail: tmxTail},
		{name: "EUC-KR", encode: func(s string) []byte { return enc(korean.EUCKR, s) },
			head: decl("EUC-KR") + tmxHead + "대한민국", tail: tmxTail, text: "서울 대한민국", xmllint: true},
		{name: "Latin-1 in UTF-8", encode: func(s string) []byte { return []byte(s) },
			head: decl("UTF-8") + tmxHead + "caf", bad: []byte{0xE9}, after: []byte(" 대한"), tail: tmxTail},
		{name: "UTF-8 overlong slash", encode: func(s string) []byte { return []byte(s) },
			head: tmxHead, bad: []byte{0xC0, 0xAF}, tail: tmxTail},
		{name: "UTF-8 encoded surrogate", encode: func(s string) []byte { return []byte(s) },
			head: tmxHead, bad: []byte{0xED, 0xA0, 0x80}, tail: tmxTail},
		{name: "UTF-8 cut inside a character", encode: func(s string) []byte { return []byte(s) },
			head: tmxHead, bad: []byte{0xEB, 0x8C}, tail: tmxTail},
		{name: "UTF-8 cut at the end of the file", encode: func(s string) []byte { return []byte(s) },
			head: tmxHead + "대한" + tmxTail, bad: []byte{0xEB, 0x8C},
			why: "xmllint reports extra content at the end of the document"},
		{name: "UTF-8 invalid in an attribute", encode: func(s string) []byte { return []byte(s) },
			head: tmxHead[:strings.Index(tmxHead, "<tu>")] + `<tu tuid="é`, bad: []byte{0xFF},
			tail: `"><tuv xml:lang="ko-KR"><seg>서울 ` + tmxTail},
		{name: "UTF-8 with a real U+FFFD", encode: func(s string) []byte { return []byte(s) },
			head: tmxHead + "\uFFFD대한", tail: tmxTail, text: "서울 \uFFFD대한", xmllint: true},
		{name: "UTF-16LE unpaired high surrogate", encode: func(s string) []byte { return enc(utf16le, s) },
			head: "\uFEFF" + decl("UTF-16") + tmxHead, bad: []byte{0x3D, 0xD8}, after: enc(utf16le, "a"), tail: tmxTail},
		{name: "UTF-16BE lone low surrogate", encode: func(s string) []byte { return enc(utf16be, s) },
			head: "\uFEFF" + decl("UTF-16") + tmxHead, bad: []byte{0xDE, 0x00}, tail: tmxTail},
		{name: "UTF-16LE odd number of bytes", encode: func(s string) []byte { return enc(utf16le, s) },
			head: "\uFEFF" + decl("UTF-16") + tmxHead + "대" + tmxTail, bad: []byte{0x0A}, xmllint: true,
			why: "xmllint ignores the odd last byte"},
		{name: "UTF-16LE with a real U+FFFD", encode: func(s string) []byte { return enc(utf16le, s) },
			head: "\uFEFF" + decl("UTF-16") + tmxHead + "\uFFFD대 😀", tail: tmxTail, text: "서울 \uFFFD대 😀", xmllint: true},
		{name: "GB18030 with a real U+FFFD", encode: func(s string) []byte { return enc(simplifiedchinese.GB18030, s) },
			head: decl("GB18030") + tmxHead + "\uFFFD北京", tail: tmxTail, text: "서울 \uFFFD北京", xmllint: true},
		{name: "GB18030 lead byte before a space", encode: func(s string) []byte { return enc(simplifiedchinese.GB18030, s) },
			head: decl("GB18030") + tmxHead + "北京", bad: []byte{0x81}, after: []byte(" "), tail: tmxTail},
		{name: "ISO-2022-JP unknown escape sequence", encode: func(s string) []byte { return []byte(s) },
			head: decl("ISO-2022-JP") + strings.Replace(tmxHead, "서울", "Tokyo", 1), bad: []byte("\x1b$Z"), tail: tmxTail},
		{name: "windows-1252 byte 81", encode: func(s string) []byte { return []byte(s) },
			head: decl("windows-1252") + strings.Replace(tmxHead, "서울", "Seoul", 1), bad: []byte{0x81}, tail: tmxTail,
			why: "0x81 is no windows-1252 character; iconv agrees"},
		{name: "ISO-8859-1 byte 81", encode: func(s string) []byte { return []byte(s) },
			head: decl("ISO-8859-1") + strings.Replace(tmxHead, "서울", "Seoul", 1), bad: []byte{0x81}, tail: tmxTail, xmllint: true,
			why: "ISO-8859-1 is read as windows-1252, as browsers do (most such files are); xmllint reads U+0081"},
	}
	dir := t.TempDir()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := cat(tt.encode(tt.head), tt.bad, tt.after, tt.encode(tt.tail))
			if xmllint, ok := testenv.OptionalProgram(t, "xmllint", "libxml2-utils"); ok {
				path := filepath.Join(dir, strings.ReplaceAll(tt.name, " ", "-")+".tmx")
				if err := os.WriteFile(path, data, 0o644); err != nil {
					t.Fatal(err)
				}
				out, err := exec.Command(xmllint, "--noout", "--nonet", path).CombinedOutput()
				if accepts := err == nil; accepts != tt.xmllint {
					t.Errorf("xmllint accepts: %v, the table says %v\n%s", accepts, tt.xmllint, out)
				}
			}
			for _, shape := range decodingShapes {
				_, units, _, err := readAll(t, readerShapes[shape](data), false)
				if tt.bad == nil {
					if err != nil {
						t.Fatalf("%s: %v", shape, err)
					}
					if got := units[0].Variants[0].Text; got != tt.text {
						t.Errorf("%s: text %q, want %q", shape, got, tt.text)
					}
					continue
				}
				wantLine := 1 + strings.Count(tt.head, "\n")
				wantCol := 1 + utf8.RuneCountInString(tt.head[strings.LastIndexByte(tt.head, '\n')+1:])
				if strings.HasPrefix(tt.head, "\uFEFF") && wantLine == 1 {
					wantCol-- // the byte-order mark is no character of the document
				}
				var pe *ParseError
				if !errors.Is(err, ErrInvalidBytes) || !errors.As(err, &pe) {
					for _, u := range units {
						t.Logf("read %q", u.Variants[0].Text)
					}
					t.Fatalf("%s: error %v, want ErrInvalidBytes", shape, err)
				}
				if pe.Line != wantLine || pe.Column != wantCol {
					t.Errorf("%s: error at %d:%d, want %d:%d (%v)", shape, pe.Line, pe.Column, wantLine, wantCol, err)
				}
			}
		})
	}
}

// decodingShapes are the ways TestReadStrictDecoding hands each file over:
// whole, a byte at a time, and with the last data and io.EOF together.
var decodingShapes = []string{"whole", "one byte", "data+eof"}
