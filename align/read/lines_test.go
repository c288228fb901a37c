package read

import (
	"errors"
	"io"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/unicode"
)

// readLines reads all lines of data with NewLines.
func readLines(data string, opt Options) ([]string, string, error) {
	ls := NewLines(strings.NewReader(data), "-", opt)
	var out []string
	for ls.Scan() {
		out = append(out, ls.Text())
	}
	return out, ls.Encoding(), ls.Err()
}

func TestLines(t *testing.T) {
	text := "김정은\r\nKim Jong-un\n\n평양"
	want := []string{"김정은", "Kim Jong-un", "", "평양"}
	le, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(text)
	be, _ := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder().String(text)
	euckr, _ := korean.EUCKR.NewEncoder().String(text)
	sjis, _ := japanese.ShiftJIS.NewEncoder().String("東京\n大阪")
	tests := []struct {
		name, data, enc string
		want            []string
		wantEnc         string
	}{
		{"utf-8", text, "", want, "UTF-8"},
		{"utf-8 with BOM", "\uFEFF" + text, "", want, "UTF-8"},
		{"utf-16le BOM", le, "", want, "UTF-16LE"},
		{"utf-16be BOM", be, "", want, "UTF-16BE"},
		{"utf-16le forced, no BOM", le[2:], "utf-16le", want, "UTF-16LE"},
		{"utf-16 forced, BOM says big-endian", be, "utf-16", want, "UTF-16BE"},
		{"euc-kr forced", euckr, "cp949", want, "EUC-KR"},
		{"shift_jis forced", sjis, "shift_jis", []string{"東京", "大阪"}, "SHIFT_JIS"},
		{"empty", "", "", nil, "UTF-8"},
		{"final line end", "a\n", "", []string{"a"}, "UTF-8"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, enc, err := readLines(tc.data, Options{Encoding: tc.enc})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("lines (-want +got):\n%s", diff)
			}
			if enc != tc.wantEnc {
				t.Errorf("encoding %q, want %q", enc, tc.wantEnc)
			}
		})
	}
}

// TestLinesErrors: what is not text in its encoding stops the reading at
// the line it is on, after the lines before it; nothing becomes U+FFFD.
// The error is a *ParseError at the faulty byte of the input (line,
// column and offset in the bytes as read, byte-order mark included), or a
// *TooLargeError naming the line.
func TestLinesErrors(t *testing.T) {
	le := func(s string) string {
		out, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(s)
		return out
	}
	euckr, _ := korean.EUCKR.NewEncoder().String("김정은\n")
	tests := []struct {
		name, data, enc string
		line, col       int   // of the *ParseError or *TooLargeError; col 0: a *TooLargeError
		off             int64 // of the *ParseError
		kind            error // what the *ParseError wraps
		assumed         bool
		before          int // lines read before the error
		msg             string
	}{
		{"invalid utf-8 without BOM", "Kim\nJong\xffun\n", "", 2, 5, 8, ErrInvalid, true, 1, "line 2, column 5: invalid UTF-8 (byte 0xff)"},
		{"euc-kr without --encoding", euckr, "", 1, 1, 0, ErrInvalid, true, 0, "invalid UTF-8"},
		{"invalid utf-8 after a BOM", "\uFEFFa\n\xc3\n", "", 2, 1, 5, ErrInvalid, false, 1, "invalid UTF-8"},
		{"invalid utf-8 on the BOM's line", "\uFEFFab\xc3\n", "", 1, 6, 5, ErrInvalid, false, 0, "line 1, column 6"},
		{"NUL byte", "a\nb\x00c\n", "", 2, 2, 3, ErrBinary, true, 1, "line 2, column 2: binary data (NUL byte)"},
		{"UTF-16 read as UTF-8", "a\x00b\x00\n\x00", "", 1, 2, 1, ErrBinary, true, 0, "NUL byte"},
		{"NUL in UTF-16", le("a\nb\x00"), "", 2, 3, 8, ErrBinary, false, 1, "NUL byte"},
		{"unpaired surrogate", le("a\nb\n") + "\x00\xd8\n\x00", "", 3, 1, 10, ErrInvalid, false, 2, "line 3, column 1: invalid UTF-16 (unpaired surrogate)"},
		{"odd UTF-16", le("a\n") + "b", "", 2, 1, 6, ErrInvalid, false, 1, "stray byte"},
		{"invalid euc-kr", "a\n\xb1\n", "euc-kr", 2, 1, 2, ErrInvalid, false, 1, "line 2, column 1: invalid EUC-KR/CP949 (byte 0xb1)"},
		{"undecodable shift_jis", "a\nb\x81\x39\n", "shift_jis", 2, 2, 3, ErrInvalid, false, 1, "line 2, column 2: invalid SHIFT_JIS (byte 0x81)"},
		{"line over the limit", "abc\n" + strings.Repeat("x", 17) + "\n", "", 2, 0, 0, nil, false, 1, "line 2 is longer than 16 bytes"},
		{"line over the limit at the end", strings.Repeat("x", 17), "", 1, 0, 0, nil, false, 0, "line 1 is longer"},
		{"unknown encoding", "a", "klingon", 0, 0, 0, nil, false, 0, "unknown encoding"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, _, err := readLines(tc.data, Options{Encoding: tc.enc, Limits: Limits{MaxLine: 16}})
			if err == nil || !strings.Contains(err.Error(), tc.msg) {
				t.Fatalf("error %v, want one containing %q", err, tc.msg)
			}
			if !strings.Contains(err.Error(), "standard input") {
				t.Errorf("error %q does not name standard input", err)
			}
			var pe *ParseError
			var tl *TooLargeError
			switch {
			case errors.As(err, &pe):
				if pe.Line != tc.line || pe.Column != tc.col || pe.Offset != tc.off || pe.Name != "-" {
					t.Errorf("error at %s line %d, column %d, offset %d; want line %d, column %d, offset %d", pe.Name, pe.Line, pe.Column, pe.Offset, tc.line, tc.col, tc.off)
				}
				if !errors.Is(err, tc.kind) || pe.Assumed != tc.assumed {
					t.Errorf("error %v (assumed %v): want one of kind %v (assumed %v)", err, pe.Assumed, tc.kind, tc.assumed)
				}
			case errors.As(err, &tl):
				if tl.Line != tc.line || tc.col != 0 {
					t.Errorf("error at line %d, want %d, column %d", tl.Line, tc.line, tc.col)
				}
			case tc.line != 0:
				t.Errorf("error %T, want one with a line", err)
			}
			if len(got) != tc.before {
				t.Errorf("%d lines before the error, want %d", len(got), tc.before)
			}
		})
	}
}

// TestLinesLong: a line of exactly the limit is read; lines may be read
// without end with a small limit (the reader keeps one line).
func TestLinesLong(t *testing.T) {
	line := strings.Repeat("가", 1<<18) // 768 KiB
	got, _, err := readLines(line+"\r\n"+line, Options{Limits: Limits{MaxLine: len(line)}})
	if err != nil || len(got) != 2 || got[0] != line || got[1] != line {
		t.Fatalf("%d lines, %v", len(got), err)
	}
}

// FuzzLines compares Lines with the whole-file decoder, its reference:
// where both read the same bytes as UTF-8 or UTF-16, they give the same
// text, line for line; where one refuses, the other has a reason to.
func FuzzLines(f *testing.F) {
	f.Add([]byte("김정은\r\nKim\n"))
	f.Add([]byte("\xef\xbb\xbfa\nb"))
	f.Add([]byte{0xFF, 0xFE, 'a', 0, '\n', 0, 0x00, 0xD8})
	f.Add([]byte{0xFE, 0xFF, 0, 'a', 0, '\n', 0xD8, 0x00, 0xDC, 0x00})
	f.Add([]byte("a\x00b"))
	f.Fuzz(func(t *testing.T, data []byte) {
		lines, _, lerr := readLines(string(data), Options{Limits: Limits{MaxLine: 1 << 30}})
		whole, enc, derr := decode(string(data), "", false)
		if lerr == nil && derr == nil {
			want := strings.TrimSuffix(strings.ReplaceAll(whole, "\r\n", "\n"), "\n")
			want = strings.TrimPrefix(want, "\uFEFF")
			got := strings.Join(lines, "\n")
			if got != want {
				t.Fatalf("Lines %q, whole-file decoding %q", got, want)
			}
			if strings.ContainsRune(got, utf8.RuneError) && !strings.ContainsRune(string(data), utf8.RuneError) && enc != "UTF-16LE" && enc != "UTF-16BE" {
				t.Fatalf("U+FFFD in %q from %q", got, data)
			}
		}
		if lerr == nil && derr != nil && !strings.Contains(derr.Error(), "control characters") {
			t.Fatalf("Lines read %q; the whole-file decoder refused it: %v", data, derr)
		}
		if lerr != nil && derr == nil && enc != "EUC-KR/CP949" {
			t.Fatalf("Lines refused %q (%v); the whole-file decoder read it as %s", data, lerr, enc)
		}
	})
}

// FuzzUTF16 compares the strict UTF-16 decoder with x/text's, which
// writes U+FFFD where the strict one fails: on input without a U+FFFD of
// its own they agree, or the strict one failed where x/text wrote U+FFFD.
func FuzzUTF16(f *testing.F) {
	f.Add([]byte{'a', 0, 0x3D, 0xD8, 0x00, 0xDE}, false)
	f.Add([]byte{0x00, 0xD8, 'a', 0}, false)
	f.Add([]byte{0, 'a', 0}, true)
	f.Fuzz(func(t *testing.T, data []byte, bigEndian bool) {
		order, key := unicode.LittleEndian, "utf-16le"
		if bigEndian {
			order, key = unicode.BigEndian, "utf-16be"
		}
		ref, err := unicode.UTF16(order, unicode.IgnoreBOM).NewDecoder().String(string(data))
		if err != nil {
			t.Skip()
		}
		if len(data) >= 2 && (string(data[:2]) == "\xFF\xFE" && !bigEndian || string(data[:2]) == "\xFE\xFF" && bigEndian) {
			ref = strings.TrimPrefix(ref, "\uFEFF") // the strict decoder drops a BOM
		}
		got, _, err := decodeUTF16As(string(data), key, 0)
		switch {
		case err == nil && got != ref && !strings.Contains(ref, "\x00"):
			t.Fatalf("strict %q, x/text %q", got, ref)
		case err != nil && !strings.ContainsRune(ref, utf8.RuneError) && !strings.Contains(err.Error(), "binary data"):
			t.Fatalf("strict refused %x (%v); x/text read %q", data, err, ref)
		}
	})
}

// TestLinesAnswersAtOnce: a line is handed out as soon as it is complete,
// as a filter used at a terminal needs, even a line shorter than a BOM.
func TestLinesAnswersAtOnce(t *testing.T) {
	for _, first := range []string{"a\n", "가\n", "\n"} {
		pr, pw := io.Pipe()
		go pw.Write([]byte(first)) // and nothing more until the test ends
		got := make(chan string, 1)
		go func() {
			ls := NewLines(pr, "-", Options{})
			ls.Scan()
			got <- ls.Text()
		}()
		select {
		case s := <-got:
			if s != strings.TrimSuffix(first, "\n") {
				t.Errorf("first line %q, want %q", s, first)
			}
		case <-time.After(10 * time.Second):
			t.Errorf("first line %q not handed out before more input", first)
		}
		pw.Close()
	}
}
