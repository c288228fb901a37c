// Package read turns the bytes of an article file into normalized
// paragraphs: it detects the encoding, extracts the text of HTML pages,
// normalizes Unicode (package normalize) and splits the text into
// paragraphs, the units every later stage numbers.
//
// Paragraphs are the blank-line-separated blocks of the text; a text with
// no blank line at all has one paragraph per non-empty line, and a block
// that holds paragraphs written one a line is a paragraph a line (see
// Auto and IsLineList; Options.Paragraphs chooses another rule). Paragraph i is the i-th
// paragraph in file order, counted from 0, and this numbering is the
// contract of every output format.
//
// Encodings: UTF-8 with or without byte-order mark, UTF-16 LE or BE with a
// byte-order mark (or, in a file read whole, without one: see
// sniffUTF16), and EUC-KR/CP949 are detected; Options.Encoding forces
// any encoding the WHATWG encoding standard names (golang.org/x/text's
// htmlindex). HTML is decoded with golang.org/x/net/html/charset and parsed
// with golang.org/x/net/html. Only the sniffing rules, the CP949 byte
// check and a strict UTF-16 decoder are written here, because no library
// reports where a file stops being valid in a given encoding.
//
// The package owns the input limits (Limits): every input bitext reads
// whole goes through File, ReadFile, All or Stream, at most 256 MiB by
// default whatever kind of file it is, and Lines reads standard input line
// by line with the same decoders, at most 1 MiB a line.
package read

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"runtime"
	"strings"
	"unicode/utf8"

	"github.com/bitext-ko/bitext/align/normalize"
)

// Text is a file read into paragraphs.
type Text struct {
	Name       string   // file name as given, "-" for standard input
	Encoding   string   // encoding the bytes were decoded from
	HTML       bool     // whether the text was extracted from HTML
	Paragraphs []string // normalized paragraphs; lines inside a paragraph are kept
	// SHA256 is the SHA-256 of the bytes read, before any decoding, so
	// that what was made from them can later be checked against the file
	// (zero when read with Options.NoSum).
	SHA256 [sha256.Size]byte
}

// Options control reading.
type Options struct {
	// Encoding forces the input encoding (for example "euc-kr",
	// "utf-16le"). Empty means detect.
	Encoding string
	// HTML forces (true) HTML extraction; by default it is chosen from the
	// file extension or the content.
	HTML bool
	// Paragraphs is the rule that cuts the text into paragraphs.
	Paragraphs ParagraphMode
	// Limits bound how much is read.
	Limits
	// NoSum leaves Text.SHA256 zero, for a caller that records no hash
	// of what it read (hashing is about 2% of the work of a corpus run
	// that writes no alignment files).
	NoSum bool
}

// ParagraphMode is a rule that cuts text into paragraphs.
type ParagraphMode int

const (
	// Auto takes the blank-line-separated blocks, or the lines when the
	// text has no blank line; and a block that reads as paragraphs written
	// one a line rather than as one paragraph wrapped at a fixed width is
	// cut into its lines (see IsLineList for the rule and its thresholds).
	// So a file written one paragraph a line keeps its paragraphs wherever
	// stray blank lines fall in it (after the headline, before the byline,
	// in the middle), while a paragraph hard-wrapped at 70 or 80 columns,
	// whose lines end in mid-sentence, stays one.
	Auto ParagraphMode = iota
	// Blank takes the blank-line-separated blocks, whatever they hold.
	Blank
	// Line takes every non-blank line.
	Line
)

// The thresholds of Auto's rule for a block of lines (IsLineList).
const (
	// ListMinLines is how many sentence lines a list holds at least.
	ListMinLines = 2
	// ListMinRunes is the length, in characters, from which a line that
	// ends a sentence counts as a sentence line: shorter ones (Yes., No.,
	// the items of a list, a poem's lines) say nothing about paragraphs.
	ListMinRunes = 25
	// WrapShare is the share (in per cent) of the block's longest line
	// from which a line that ends in mid-sentence looks wrapped: a
	// hard-wrapped paragraph's lines are all about as long as its
	// longest, while a headline, a subhead or a byline above or below
	// paragraphs written one a line is much shorter than they are.
	WrapShare = 75
	// WrapRatio is how many times the wrapped-looking lines a list's
	// sentence lines must outnumber (strictly): a wrapped paragraph may
	// have a line that ends a sentence by chance, a list written one a
	// line a paragraph that lost its period.
	WrapRatio = 2
)

var modeNames = [...]string{Auto: "auto", Blank: "blank", Line: "line"}

func (m ParagraphMode) String() string {
	if m >= 0 && int(m) < len(modeNames) {
		return modeNames[m]
	}
	return fmt.Sprintf("ParagraphMode(%d)", int(m))
}

// ParseParagraphMode reads "auto", "blank" or "line".
func ParseParagraphMode(s string) (ParagraphMode, error) {
	for m, name := range modeNames {
		if s == name {
			return ParagraphMode(m), nil
		}
	}
	return Auto, fmt.Errorf("unknown paragraph rule %q (auto, blank or line)", s)
}

// collectAbove is the input size from which text collects the garbage of
// decoding and normalizing at once.
const collectAbove = 32 << 20

// ErrEmpty is returned for a file that holds no text.
var ErrEmpty = errors.New("no text")

// File reads the named file ("-" reads stdin), at most opt.MaxSize bytes
// of it (a file, a FIFO, a device or standard input alike).
func File(name string, stdin io.Reader, opt Options) (*Text, error) {
	var s string
	var err error
	if name == "-" {
		s, err = readString(stdin, name, opt.maxSize(), -1)
	} else {
		s, err = readFileString(name, opt.maxSize())
	}
	if err != nil {
		return nil, err
	}
	if !opt.HTML {
		ext := strings.ToLower(filepath.Ext(name))
		opt.HTML = ext == ".html" || ext == ".htm" || ext == ".xhtml"
	}
	t, err := text(name, s, opt)
	var pe *ParseError
	if err != nil && !errors.As(err, &pe) {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	return t, err
}

// Bytes reads data as the contents of a file called name. A *ParseError
// names the file; other errors do not (File adds the name).
func Bytes(name string, data []byte, opt Options) (*Text, error) {
	return text(name, string(data), opt)
}

// text is Bytes on the file's bytes held in a string.
func text(name string, data string, opt Options) (*Text, error) {
	isHTML := opt.HTML || looksLikeHTML(data)
	s, enc, err := decode(data, opt.Encoding, isHTML)
	if err != nil {
		var pe *ParseError
		if errors.As(err, &pe) {
			pe.Name = name
		}
		return nil, err
	}
	if isHTML {
		s, err = htmlText(s)
		if err != nil {
			return nil, err
		}
	}
	if n := normalize.String(s); n != s {
		s = n
		if len(data) >= collectAbove {
			// The bytes as read are garbage now: collect them before
			// the work starts, so that the collector's heap goal follows
			// the text and not its copies (names extract on a line of
			// 250 MB peaked at 4 times the input without this, 3 with).
			runtime.GC()
		}
	}
	paras := ParagraphsBy(s, opt.Paragraphs)
	if len(paras) == 0 {
		return nil, ErrEmpty
	}
	t := &Text{Name: name, Encoding: enc, HTML: isHTML, Paragraphs: paras}
	if !opt.NoSum {
		t.SHA256 = hashString(data)
	}
	return t, nil
}

// hashString returns the SHA-256 of s without copying s whole.
func hashString(s string) [sha256.Size]byte {
	h := sha256.New()
	var buf [32 << 10]byte
	for len(s) > 0 {
		n := copy(buf[:], s)
		h.Write(buf[:n])
		s = s[n:]
	}
	var sum [sha256.Size]byte
	h.Sum(sum[:0])
	return sum
}

// Size returns the bytes of the text's paragraphs.
func (t *Text) Size() int {
	n := 0
	for _, p := range t.Paragraphs {
		n += len(p)
	}
	return n
}

// Lines returns the non-blank lines of the text, trimmed, in order: the
// entries of a list file (one name a line).
func (t *Text) Lines() []string {
	var out []string
	for _, p := range t.Paragraphs {
		for _, l := range strings.Split(p, "\n") {
			if l = strings.TrimSpace(l); l != "" {
				out = append(out, l)
			}
		}
	}
	return out
}

// Paragraphs splits text into paragraphs by the Auto rule.
func Paragraphs(text string) []string { return ParagraphsBy(text, Auto) }

// ParagraphsBy splits text into paragraphs by rule m. Blocks are separated
// by lines that are empty or white space only. Line ends may be LF, CRLF
// or CR. Lines inside a paragraph keep their order and are joined with
// "\n"; trailing space is trimmed.
//
// Auto cuts a text of one block into its lines. Otherwise it counts the
// lines of all the blocks of two lines or more together, as IsLineList
// counts those of one block: when together they are a list, the text is
// written one paragraph a line and its blank lines were stray, so every
// block is cut into its lines, even one too small to tell alone (a
// headline and a first paragraph, a last paragraph and a byline). Else
// each block that IsLineList finds a list is cut into its lines, and the
// others are paragraphs.
func ParagraphsBy(text string, m ParagraphMode) []string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	var blocks [][]string
	var cur []string
	for _, l := range strings.Split(text, "\n") {
		l = strings.TrimRight(l, " \t")
		if strings.TrimSpace(l) == "" {
			if len(cur) > 0 {
				blocks = append(blocks, cur)
				cur = nil
			}
			continue
		}
		cur = append(cur, l)
	}
	if len(cur) > 0 {
		blocks = append(blocks, cur)
	}
	lines := m == Line || (m == Auto && len(blocks) == 1)
	if m == Auto && !lines {
		// The blocks of two lines or more, counted together.
		var multi [][]string
		for _, b := range blocks {
			if len(b) > 1 {
				multi = append(multi, b)
			}
		}
		lines = len(multi) > 0 && countLines(multi).oneALine()
	}
	var out []string
	for _, b := range blocks {
		if lines || (m == Auto && IsLineList(b)) {
			out = append(out, b...)
			continue
		}
		out = append(out, strings.Join(b, "\n"))
	}
	return out
}

// lineCounts are what Auto's rule counts in blocks of lines (see
// IsLineList).
type lineCounts struct{ sentences, wrapped int }

// countLines counts the lines of blocks together, each block's
// wrapped-looking lines measured against its own longest line.
func countLines(blocks [][]string) lineCounts {
	var c lineCounts
	for _, b := range blocks {
		longest := 0
		for _, l := range b {
			longest = max(longest, utf8.RuneCountInString(strings.TrimSpace(l)))
		}
		for i, l := range b {
			l = strings.TrimSpace(l)
			ends, runes := endsSentence(l), utf8.RuneCountInString(l)
			switch {
			case ends && runes >= ListMinRunes:
				c.sentences++
			case !ends && i < len(b)-1 && runes*100 >= longest*WrapShare:
				c.wrapped++
			}
		}
	}
	return c
}

// oneALine reports whether lines so counted are paragraphs written one a
// line.
func (c lineCounts) oneALine() bool {
	return c.sentences >= ListMinLines && c.sentences > WrapRatio*c.wrapped
}

// IsLineList reports whether a block of lines (a blank-line-separated
// block, without line ends) holds paragraphs written one a line, which
// Auto cuts into its lines, rather than one paragraph. Lines are measured
// with their surrounding space trimmed, in characters (runes). It counts
//
//   - sentence lines: lines ListMinRunes (25) characters or longer that
//     end a sentence (., ?, !, …, 。, ？ or ！, before any closing quotes
//     or brackets);
//   - wrapped-looking lines: lines other than the block's last that do not
//     end a sentence and are at least WrapShare (75) per cent as long as
//     the block's longest line;
//
// and the block is a list when it has ListMinLines (2) sentence lines or
// more, and more than WrapRatio (2) times as many sentence lines as
// wrapped-looking ones. Other lines (short ones, and lines that end in
// mid-sentence but are much shorter than the longest) count for neither.
// So a headline (no final period) above paragraphs written one a line, a
// byline or dateline below them, a subhead among them or a paragraph that
// lost its period does not keep the block whole, while a paragraph
// wrapped at a fixed width (its lines end in mid-sentence and are about
// equally long), a poem or a list of short lines stays one paragraph.
func IsLineList(block []string) bool {
	return len(block) > 1 && countLines([][]string{block}).oneALine()
}

// endsSentence reports a line whose last character, before closing quotes
// and brackets, ends a sentence.
func endsSentence(l string) bool {
	l = strings.TrimRight(l, "\"'”’»)]」』")
	r, _ := utf8.DecodeLastRuneInString(l)
	return strings.ContainsRune(".?!…。？！", r)
}

// decode converts the bytes of a file, held in a string, to UTF-8. Its
// errors are *ParseError (without the name) but for an unknown forced
// encoding.
func decode(data string, forced string, isHTML bool) (string, string, error) {
	if forced != "" {
		return decodeForced(data, forced)
	}
	switch enc, n := bom(data); enc {
	case "utf-8":
		if off := invalidUTF8(data[n:]); off >= 0 {
			return "", "", at(data, n+off, invalidf("invalid UTF-8 (byte %#x)", data[n+off]))
		}
		return checkBinary(data[n:], "UTF-8 (BOM)", nulIn(data))
	case "utf-16le", "utf-16be":
		return decodeUTF16(data)
	}
	if s, enc, ok := sniffUTF16(data); ok {
		return s, enc, nil
	}
	s, enc, err := decodeUndeclared(data, isHTML)
	var pe *ParseError
	if errors.As(err, &pe) {
		pe.Assumed = true
	}
	return s, enc, err
}

// decodeUndeclared decodes a file with no byte-order mark: UTF-8 if it
// is, else the charset an HTML page declares, else EUC-KR/CP949.
func decodeUndeclared(data string, isHTML bool) (string, string, error) {
	off := invalidUTF8(data)
	if off < 0 {
		return checkBinary(data, "UTF-8", nulIn(data))
	}
	if isHTML {
		if s, enc, ok := decodeHTMLCharset(data); ok {
			return checkBinary(s, enc, nulIn(data))
		}
	}
	if bad := invalidCP949(data); bad >= 0 {
		b := at(data, bad, nil)
		return "", "", at(data, off, invalidf("neither UTF-8 (byte %#x) nor EUC-KR/CP949 (byte %#x at line %d, column %d)",
			data[off], data[bad], b.Line, b.Column))
	}
	s, err := decodeWith(data, "euc-kr")
	if err != nil {
		return "", "", err
	}
	return checkBinary(s, "EUC-KR/CP949", nulIn(data))
}

// invalidUTF8 returns the offset of the first byte of s that is not valid
// UTF-8, or -1.
func invalidUTF8(s string) int {
	if utf8.ValidString(s) { // eight ASCII bytes at a time
		return -1
	}
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}

// invalidCP949 returns the offset of the first byte of s that cannot be
// part of CP949 (Unified Hangul Code, the superset of EUC-KR), or -1.
func invalidCP949(b string) int {
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c < 0x80 {
			continue
		}
		if c == 0x80 || c == 0xFF || i+1 >= len(b) {
			return i
		}
		t := b[i+1]
		okTrail := (t >= 0x41 && t <= 0x5A) || (t >= 0x61 && t <= 0x7A) || (t >= 0x81 && t <= 0xFE)
		if !okTrail {
			return i
		}
		// EUC-KR proper (both bytes >= 0xA1) or the UHC extension
		// (lead 0x81-0xC6).
		if !(c >= 0xA1 && t >= 0xA1) && c > 0xC6 {
			return i
		}
		i++
	}
	return -1
}

// checkBinary refuses text that is binary data: NUL characters or a high
// share of control characters. nulAt returns the error of a NUL character
// at an offset of s, with its place in the input.
func checkBinary(s, enc string, nulAt func(int) *ParseError) (string, string, error) {
	if i := strings.IndexByte(s, 0); i >= 0 {
		return "", "", nulAt(i)
	}
	// Control characters are single bytes, never part of a longer UTF-8
	// sequence: counting bytes counts them without decoding. Eight bytes
	// with none below 0x20 (most, in text) are passed at once.
	ctl := 0
	for i := 0; i < len(s); i++ {
		if i+8 <= len(s) && !below0x20(s[i:]) {
			i += 7
			continue
		}
		if c := s[i]; c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctl++
		}
	}
	if len(s) > 0 && ctl*20 > len(s) {
		return "", "", &ParseError{Offset: -1, Err: binaryf("binary data (%d control characters in %d bytes)", ctl, len(s))}
	}
	return s, enc, nil
}

// below0x20 reports whether one of the first eight bytes of s is below
// 0x20, testing them at once: subtracting 0x20 from such a byte borrows
// into its high bit.
func below0x20(s string) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	_ = s[7]
	x := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
	return (x-0x20*ones)&^x&highs != 0
}
