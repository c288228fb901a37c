package read

import (
	"crypto/sha256"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
)

const sample = "북한 김정은 국무위원장이 중국을 방문했다.\n\n시진핑 국가주석과 회담했다.\n"

func TestBytesEncodings(t *testing.T) {
	euckr, err := korean.EUCKR.NewEncoder().Bytes([]byte(sample))
	if err != nil {
		t.Fatal(err)
	}
	// 똠 is outside EUC-KR proper but in CP949's extension.
	cp949, err := korean.EUCKR.NewEncoder().Bytes([]byte("똠양꿍\n"))
	if err != nil {
		t.Fatal(err)
	}
	le, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(sample))
	be, _ := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(sample))
	want := []string{"북한 김정은 국무위원장이 중국을 방문했다.", "시진핑 국가주석과 회담했다."}
	tests := []struct {
		name    string
		data    []byte
		enc     string
		want    []string
		wantEnc string
	}{
		{"utf-8", []byte(sample), "", want, "UTF-8"},
		{"utf-8 with BOM", append([]byte{0xEF, 0xBB, 0xBF}, sample...), "", want, "UTF-8 (BOM)"},
		{"macOS decomposed", []byte(norm.NFD.String(sample)), "", want, "UTF-8"},
		{"euc-kr", euckr, "", want, "EUC-KR/CP949"},
		{"cp949 extension", cp949, "", []string{"똠양꿍"}, "EUC-KR/CP949"},
		{"utf-16le", le, "", want, "UTF-16LE"},
		{"utf-16be", be, "", want, "UTF-16BE"},
		{"forced euc-kr", euckr, "cp949", want, "EUC-KR"},
		{"forced utf-16le without BOM", le[2:], "utf-16le", want, "UTF-16LE"},
		{"forced utf-16be without BOM", be[2:], "utf-16be", want, "UTF-16BE"},
		{"utf-16le without BOM", le[2:], "", want, "UTF-16LE (no BOM)"},
		{"utf-16be without BOM", be[2:], "", want, "UTF-16BE (no BOM)"},
		// 가 (U+AC00) has a zero byte at the other offset.
		{"utf-16le without BOM, zero bytes both sides", []byte("\x00\xac \x00\x00\xad \x00a\x00b\x00c\x00d\x00\n\x00"), "", []string{"가 관 abcd"}, "UTF-16LE (no BOM)"},
		// Under 16 bytes, no zero byte is no proof: 가나 in UTF-16LE.
		{"short forced utf-16le without a zero byte", []byte{0x01, 0xAC, 0x98, 0xB0}, "utf-16le", []string{"\uAC01나"}, "UTF-16LE"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Bytes("x.txt", tc.data, Options{Encoding: tc.enc})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, got.Paragraphs); diff != "" {
				t.Errorf("paragraphs (-want +got):\n%s", diff)
			}
			if got.Encoding != tc.wantEnc {
				t.Errorf("encoding %q, want %q", got.Encoding, tc.wantEnc)
			}
		})
	}
}

// TestBytesErrors: a file that is not text in its encoding is a
// *ParseError at the faulty byte, in the bytes of the file (a byte-order
// mark included), saying whether the encoding was assumed.
func TestBytesErrors(t *testing.T) {
	euckr := []byte("\xb1\xe8\xc1\xa4\xc0\xba\n") // 김정은 in EUC-KR
	tests := []struct {
		name      string
		data      []byte
		enc       string
		line, col int   // 0: not a *ParseError, or the whole file's
		off       int64 // of the *ParseError
		kind      error
		assumed   bool
		want      string
	}{
		{"empty", nil, "", 0, 0, 0, nil, false, "no text"},
		{"blank", []byte(" \n\n\t\n"), "", 0, 0, 0, nil, false, "no text"},
		{"binary", []byte("PK\x03\x04\x00\x00abc"), "", 1, 5, 4, ErrBinary, true, "x.txt: line 1, column 5: binary data (NUL byte)"},
		// Zero bytes at both kinds of offset, or in text that is not
		// UTF-16: not sniffed as UTF-16, refused as before.
		{"binary of even length", []byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00"), "", 1, 8, 7, ErrBinary, true, "line 1, column 8: binary data (NUL byte)"},
		{"zero bytes at odd offsets, unpaired surrogate", []byte("a\x00b\x00\x00\xdc"), "", 1, 6, 5, ErrInvalid, true, "line 1, column 6: neither UTF-8 (byte 0xdc)"},
		{"utf-16le without BOM holding U+0000", []byte("a\x00\x00\x00b\x00"), "", 1, 2, 1, ErrBinary, true, "line 1, column 2: binary data (NUL byte)"},
		{"control characters", []byte("a\x01\x02\x03\x04\x05b"), "", 0, 0, -1, ErrBinary, true, "x.txt: binary data (5 control characters in 7 bytes)"},
		{"neither utf-8 nor cp949", []byte("abc\xff\xfe\xfd"), "", 1, 4, 3, ErrInvalid, true, "line 1, column 4: neither UTF-8 (byte 0xff) nor EUC-KR/CP949 (byte 0xff at line 1, column 4)"},
		{"the line of the bad byte", []byte("김정은\n리용호\nabc\xff\xfe\xfd\n"), "", 3, 4, 23, ErrInvalid, true, "line 3, column 4: neither UTF-8"},
		{"euc-kr then not", append(append([]byte{}, euckr...), "ab\xff\n"...), "", 1, 1, 0, ErrInvalid, true, "nor EUC-KR/CP949 (byte 0xff at line 2, column 3)"},
		{"bad utf-8 after a BOM", []byte("\xef\xbb\xbfab\nc\xc3"), "", 2, 2, 7, ErrInvalid, false, "line 2, column 2: invalid UTF-8 (byte 0xc3)"},
		{"bad utf-8 on the BOM's line", []byte("\xef\xbb\xbfab\xc3"), "", 1, 6, 5, ErrInvalid, false, "line 1, column 6"},
		{"bad utf-8 forced", []byte("ab\xc3"), "utf-8", 1, 3, 2, ErrInvalid, false, "invalid UTF-8 (byte 0xc3)"},
		{"bad euc-kr forced", append(append([]byte{}, euckr...), "\xb1"...), "euc-kr", 2, 1, 7, ErrInvalid, false, "line 2, column 1: invalid EUC-KR/CP949 (byte 0xb1)"},
		{"undecodable shift_jis forced", []byte("a\nbc\x81\x39\n"), "shift_jis", 2, 3, 4, ErrInvalid, false, "line 2, column 3: invalid SHIFT_JIS (byte 0x81)"},
		{"odd utf-16", []byte{0xFF, 0xFE, 'a', 0, 'b'}, "", 1, 5, 4, ErrInvalid, false, "invalid UTF-16 (odd length, stray byte)"},
		{"unpaired surrogate", []byte{0xFF, 0xFE, 0x00, 0xD8, 'a', 0}, "", 1, 3, 2, ErrInvalid, false, "line 1, column 3: invalid UTF-16 (unpaired surrogate)"},
		{"unpaired surrogate on line 2", []byte{0xFE, 0xFF, 0, 'a', 0, '\n', 0, 'b', 0xDC, 0x00}, "", 2, 3, 8, ErrInvalid, false, "line 2, column 3"},
		{"NUL in utf-16", []byte{0xFF, 0xFE, 'a', 0, '\n', 0, 0xAC, 0xAC, 0, 0}, "", 2, 3, 8, ErrBinary, false, "line 2, column 3: binary data (NUL byte)"},
		{"forced utf-16 without BOM", []byte{'a', 0, 0, 0xDC}, "utf-16le", 1, 3, 2, ErrInvalid, false, "unpaired surrogate"},
		// 8-bit text forced to UTF-16 would read as CJK: no zero byte in
		// 16 bytes or more is refused.
		{"utf-8 forced to utf-16le", []byte("Seoul city to expand bus routes\n"), "utf-16le", 0, 0, -1, ErrInvalid, false, "x.txt: not UTF-16LE: no zero byte in 32 bytes"},
		{"utf-8 forced to utf-16be", []byte("Seoul city to expand bus routes\n"), "utf-16be", 0, 0, -1, ErrInvalid, false, "not UTF-16BE"},
		{"utf-8 forced to utf-16", []byte("Seoul city to expand bus routes\n"), "utf-16", 0, 0, -1, ErrInvalid, false, "not UTF-16"},
		{"unknown encoding", []byte("abc"), "klingon", 0, 0, 0, nil, false, "unknown encoding"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Bytes("x.txt", tc.data, Options{Encoding: tc.enc})
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want one containing %q", err, tc.want)
			}
			var pe *ParseError
			if !errors.As(err, &pe) {
				if tc.kind != nil {
					t.Fatalf("error %T, want a *ParseError", err)
				}
				return
			}
			if pe.Name != "x.txt" || pe.Line != tc.line || pe.Column != tc.col || pe.Offset != tc.off {
				t.Errorf("error at %s line %d, column %d, offset %d; want line %d, column %d, offset %d", pe.Name, pe.Line, pe.Column, pe.Offset, tc.line, tc.col, tc.off)
			}
			if !errors.Is(err, tc.kind) || pe.Assumed != tc.assumed {
				t.Errorf("error %v (assumed %v): want one of kind %v (assumed %v)", err, pe.Assumed, tc.kind, tc.assumed)
			}
		})
	}
}

// TestFileParseError: File returns a *ParseError as it is, naming the
// file once.
func TestFileParseError(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bad.txt")
	if err := os.WriteFile(path, []byte("ok\nab\xff\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := File(path, nil, Options{})
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Line != 2 || pe.Column != 3 || strings.Count(err.Error(), path) != 1 {
		t.Fatalf("error %v, want a *ParseError at line 2, column 3 naming the file once", err)
	}
}

func TestParagraphs(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"blank lines", "a\n\nb\nc\n\n\nd", []string{"a", "b\nc", "d"}},
		{"no blank line: one per line", "a\nb\n c", []string{"a", "b", " c"}},
		{"trailing newlines are not blank lines", "a\nb\n\n\n", []string{"a", "b"}},
		{"leading blank line is not a separator", "\n\na\nb\n", []string{"a", "b"}},
		{"white-space-only line separates", "a\n \t \nb", []string{"a", "b"}},
		{"crlf", "a\r\n\r\nb\r\nc", []string{"a", "b\nc"}},
		{"leading and trailing blanks", "\n\n a \n\n", []string{" a"}},
		{"single line", "only", []string{"only"}},
		{"empty", "", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, Paragraphs(tc.in)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestHTML(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>T</title><style>p{}</style>
<script>var x = "<p>no</p>";</script></head><body>
<nav><a href="/">Home</a> <a href="/w">World</a></nav>
<h1>Kim Jong-un visits   China</h1>
<div class="byline" aria-hidden="true">hidden</div>
<p>North Korean leader <b>Kim Jong-un</b> arrived in Beijing.<br>Second line.</p>
<p style="display: none">invisible</p>
<ul><li>one</li><li>two</li></ul>
<button>Share</button>
</body></html>`
	got, err := Bytes("page.html", []byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Kim Jong-un visits China", "North Korean leader Kim Jong-un arrived in Beijing.\nSecond line.", "one", "two"}
	if diff := cmp.Diff(want, got.Paragraphs); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if !got.HTML {
		t.Error("HTML not detected by content")
	}
}

func TestHTMLMetaCharset(t *testing.T) {
	body := "<html><head><meta charset=\"euc-kr\"></head><body><p>한겨레 기사</p></body></html>"
	data, err := korean.EUCKR.NewEncoder().Bytes([]byte(body))
	if err != nil {
		t.Fatal(err)
	}
	got, err := Bytes("a.html", data, Options{HTML: true})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"한겨레 기사"}, got.Paragraphs); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestFile(t *testing.T) {
	dir := t.TempDir()
	if _, err := File(dir, nil, Options{}); err == nil || !strings.Contains(err.Error(), "is a directory") {
		t.Errorf("directory: err = %v", err)
	}
	missing := filepath.Join(dir, "missing.txt")
	if _, err := File(missing, nil, Options{}); err == nil || !strings.Contains(err.Error(), missing) {
		t.Errorf("missing file: err = %v", err)
	}
	p := filepath.Join(dir, "a.htm")
	os.WriteFile(p, []byte("<p>one</p><p>two</p>"), 0o644)
	got, err := File(p, nil, Options{})
	if err != nil || len(got.Paragraphs) != 2 || !got.HTML {
		t.Errorf("html by extension: %+v, %v", got, err)
	}
	if want := sha256.Sum256([]byte("<p>one</p><p>two</p>")); got.SHA256 != want {
		t.Errorf("html file: SHA-256 %x, want %x (of the bytes, not the text)", got.SHA256, want)
	}
	got, err = File("-", strings.NewReader("x\n\ny"), Options{})
	if err != nil || len(got.Paragraphs) != 2 {
		t.Errorf("stdin: %+v, %v", got, err)
	}
	if want := sha256.Sum256([]byte("x\n\ny")); got.SHA256 != want {
		t.Errorf("stdin: SHA-256 %x, want %x", got.SHA256, want)
	}
	if got, err = File(p, nil, Options{NoSum: true}); err != nil || len(got.Paragraphs) != 2 || got.SHA256 != [sha256.Size]byte{} {
		t.Errorf("NoSum: %+v, %v; want the text without its SHA-256", got, err)
	}
}

func TestDetectLanguage(t *testing.T) {
	tests := []struct {
		in   string
		want Language
	}{
		{"North Korean leader Kim Jong-un (김정은) visited China.", English},
		{"북한 김정은 국무위원장이 CNN, AP, UN 인터뷰에서 말했다.", Korean},
		{"2019-01-11 16:15", Unknown},
		{"", Unknown},
	}
	for _, tc := range tests {
		if got := DetectLanguage([]string{tc.in}); got != tc.want {
			t.Errorf("DetectLanguage(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func FuzzBytes(f *testing.F) {
	f.Add([]byte(sample), false)
	f.Add([]byte("<p>a<br>b</p>"), true)
	f.Add([]byte{0xFF, 0xFE, 'a', 0}, false)
	f.Add([]byte{0xB0, 0xA1, '\n', '\n', 'x'}, false)
	f.Fuzz(func(t *testing.T, data []byte, html bool) {
		got, err := Bytes("f", data, Options{HTML: html})
		if err != nil {
			return
		}
		if len(got.Paragraphs) == 0 {
			t.Fatal("success without paragraphs")
		}
		for i, p := range got.Paragraphs {
			if strings.TrimSpace(p) == "" {
				t.Fatalf("paragraph %d is blank", i)
			}
		}
	})
}

func FuzzParagraphs(f *testing.F) {
	f.Add("a\n\nb\nc")
	f.Add("a\r\nb")
	f.Fuzz(func(t *testing.T, s string) {
		ps := Paragraphs(s)
		for _, p := range ps {
			if strings.TrimSpace(p) == "" {
				t.Fatalf("blank paragraph from %q", s)
			}
			if strings.Contains(p, "\n\n") {
				t.Fatalf("paragraph holds a blank line: %q", p)
			}
		}
		// Splitting the joined paragraphs again gives the same paragraphs.
		if len(ps) > 1 {
			again := Paragraphs(strings.Join(ps, "\n\n"))
			if !cmp.Equal(again, ps) {
				t.Fatalf("not stable: %q -> %q", ps, again)
			}
		}
	})
}

func TestOrder(t *testing.T) {
	en := &Text{Name: "a.en", Paragraphs: []string{"The president said so."}}
	ko := &Text{Name: "a.ko", Paragraphs: []string{"대통령이 그렇게 말했다."}}
	num := &Text{Name: "n", Paragraphs: []string{"2019 1 8"}}
	tests := []struct {
		a, b        *Text
		wantEN      string
		wantSwapped bool
		wantErr     bool
	}{
		{en, ko, "a.en", false, false},
		{ko, en, "a.en", true, false},
		{en, en, "", false, true},
		{ko, ko, "", false, true},
		{num, en, "a.en", true, false},
		{ko, num, "n", true, false},
		{num, num, "n", false, false},
	}
	for _, tc := range tests {
		gotEN, _, swapped, err := Order(tc.a, tc.b)
		if (err != nil) != tc.wantErr {
			t.Errorf("Order(%s, %s) error %v", tc.a.Name, tc.b.Name, err)
			continue
		}
		if err == nil && (gotEN.Name != tc.wantEN || swapped != tc.wantSwapped) {
			t.Errorf("Order(%s, %s) = %s swapped %v, want %s %v", tc.a.Name, tc.b.Name, gotEN.Name, swapped, tc.wantEN, tc.wantSwapped)
		}
	}
}
