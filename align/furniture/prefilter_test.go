package furniture

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// isNoteReference is isNote as it was before its expressions were
// chosen by the line's first word: every expression on every line that
// starts with one of the letters. TestIsNoteSame holds isNote to it.
func isNoteReference(l string, ko bool) bool {
	first, _ := utf8.DecodeRuneInString(strings.TrimLeft(l, noteTrimmed))
	if ko {
		if !strings.ContainsRune("이본외번영감", first) {
			return false
		}
	} else if !strings.ContainsRune("TtEeVvOo", first) {
		return false
	}
	if koNoteRe().MatchString(l) {
		return koNoteKey().MatchString(l)
	}
	for _, n := range enNotes {
		if n.re().MatchString(l) {
			return true
		}
	}
	return false
}

// matchLinkLabelReference is matchLinkLabel as it was before
// startsLinkLabel: the hints in the lower-cased first 48 bytes, then the
// expression. TestMatchLinkLabelSame holds matchLinkLabel to it.
func matchLinkLabelReference(l string) []string {
	head := l
	if len(head) > 48 {
		head = head[:48]
	}
	if !containsAnyOf(lower(head), linkHints) {
		return nil
	}
	return linkLabelRe().FindStringSubmatch(l)
}

// prefilterLines returns every line of the shared corpora (none without
// ../shared) and n random lines made of pieces, each piece in its case or
// upper case, with or without a space after it.
func prefilterLines(n int, pieces []string) []string {
	var lines []string
	if dirExists(corpusRoot) {
		filepath.WalkDir(corpusRoot, func(path string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.Contains(path, "dev") && !strings.Contains(path, "news-sentences") {
				return nil
			}
			b, err := os.ReadFile(path)
			if err != nil || !utf8.Valid(b) {
				return nil
			}
			lines = append(lines, strings.Split(string(b), "\n")...)
			return nil
		})
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range n {
		var b strings.Builder
		for range 1 + rng.IntN(8) {
			p := pieces[rng.IntN(len(pieces))]
			if rng.IntN(3) == 0 {
				p = strings.ToUpper(p)
			}
			b.WriteString(p)
			if rng.IntN(2) == 0 {
				b.WriteByte(' ')
			}
		}
		lines = append(lines, b.String())
	}
	return lines
}

// TestMatchLinkLabelSame compares matchLinkLabel with its reference on
// the lines of prefilterLines, with the words of linkLabelRe among the
// pieces, the characters (?i) folds onto ASCII letters (the Kelvin sign,
// the long s), and the brackets and spaces a label may start with.
func TestMatchLinkLabelSame(t *testing.T) {
	pieces := []string{"[", "【", "<", "〈", "(", "]", "】", ">", "〉", ")", " ", "\t", "\f", "\v", "\u00a0", ":", "：", "-", "—",
		"related", "articles", "stories", "story", "news", "links", "coverage", "content", "reading", "read", "more", "also",
		"next", "see", "ſee", "alſo", "on", "this", "recommended", "관련", "기사", "뉴스", "글", "링크", "추천", "함께", "같이",
		"보면", "읽으면", "좋은", "이전", "다음", "▶", "watch", "listen", "liſten", "further", "from", "|", "｜", "Seoul", "K", "k", "ſ", "s", "x", strings.Repeat(" ", 40)}
	lines := prefilterLines(200000, pieces)
	labels := 0
	for _, l := range lines {
		want := matchLinkLabelReference(l)
		if want != nil {
			labels++
		}
		if got := matchLinkLabel(l); !slices.Equal(got, want) {
			t.Errorf("matchLinkLabel(%q) = %q, the reference %q", l, got, want)
		}
	}
	if labels < 100 {
		t.Errorf("only %d labels among the %d lines", labels, len(lines))
	}
	t.Logf("%d labels among %d lines", labels, len(lines))
}

// TestIsNoteSame compares isNote with isNoteReference on the lines of
// prefilterLines, with the notes of the tests and the words the
// expressions look for among the pieces, and the characters (?i) folds
// onto ASCII letters (the Kelvin sign, the long s).
func TestIsNoteSame(t *testing.T) {
	lines := []string{
		"This article was originally written in Korean and translated by a bilingual reporter.",
		"Translated by the editorial staff.", "[Editor's note] The column runs weekly.",
		"The views expressed in this column are the author's own.", "THIS IS AN ENGLISH TRANSLATION OF a Korean article.",
		"(Editors note) x", "Edited and translated by Kim.", "Opinions expressed here are the writer's own.",
		"이 기사는 AI가 번역했습니다.", "본 기사는 원문을 번역한 것입니de.", "외부 필진의 의견은 다를 수 있습니다.", "번역: 홍길동",
		"thiſ article was first published in the paper.", "[ \tThe views expressed are own", "* Translation by x", "< 이 칼럼은 필자의 의견",
	}
	pieces := []string{"[", "(", "*", "※", "<", " ", "\t", "this", "the", "thiſ", "tranſlated", "translated", "translation",
		"edited and translated", "views", "opinions", "expressed", "editor", "editor's", "note", ":", "]", "article", "is", "was",
		"by", "from", "Kim", ".", "an", "English", "of", "originally", "AI", "author", "own", "이", "본", "기사는", "칼럼은", "번역", "원문",
		"외부", "필진", "감수", "=", "K", "k", "s", "ſ", "ai", "first published", "in partnership", "reflect"}
	lines = append(lines, prefilterLines(200000, pieces)...)
	hangulRe := regexp.MustCompile(`\p{Hangul}`)
	notes := 0
	for _, l := range lines {
		if isNoteReference(l, false) || isNoteReference(l, true) {
			notes++
		}
		for _, ko := range []bool{false, true, hangulRe.MatchString(l)} {
			if got, want := isNote(l, ko), isNoteReference(l, ko); got != want {
				t.Errorf("isNote(%q, %v) = %v, the reference %v", l, ko, got, want)
			}
		}
	}
	if notes < 100 {
		t.Errorf("only %d notes among the %d lines", notes, len(lines))
	}
	t.Logf("%d notes among %d lines", notes, len(lines))
}

func dirExists(dir string) bool {
	fi, err := os.Stat(dir)
	return err == nil && fi.IsDir()
}

// isCreditsReference is isCredits as it was before creditsStarts: the
// hints, then the expressions. TestIsCreditsSame holds isCredits to it.
func isCreditsReference(l string) bool {
	if !containsAnyOf(l, []string{"입니다", ":", "：", "by", "By", "BY", "contributed"}) {
		return false
	}
	return creditsRe().MatchString(l) || containsFold(l, "contributed") && contributedRe().MatchString(l)
}

// TestIsCreditsSame compares isCredits with its reference on the lines of
// prefilterLines, with the words of creditsRe and contributedRe among the
// pieces and the characters (?i) folds onto ASCII letters.
func TestIsCreditsSame(t *testing.T) {
	pieces := []string{"KBS", "MBC", "SBS", "YTN", "JTBC", "MBN", "OBS", "TV조선", "채널A", "연합뉴스TV", "뉴스Y", "뉴스", "홍길동입니다.",
		"촬영기자", "촬영", "영상", "취재", "편집", "그래픽", ":", "：", "additional", "reporting", "writing", "editing", "by",
		"Kim", ";", ".", "contributed", "to", "this", "report", "\u212aBS", "ſBS", "K", "ſ", " ", "\t", "[", "The"}
	lines := prefilterLines(200000, pieces)
	credits := 0
	for _, l := range lines {
		want := isCreditsReference(l)
		if want {
			credits++
		}
		if got := isCredits(l); got != want {
			t.Errorf("isCredits(%q) = %v, the reference %v", l, got, want)
		}
	}
	if credits < 100 {
		t.Errorf("only %d credits among the %d lines", credits, len(lines))
	}
	t.Logf("%d credits among %d lines", credits, len(lines))
}

// sentencesReference is sentences as it was before sentenceEndStart: the
// expression on the whole rest of the line each time.
func sentencesReference(l string, limit int) int {
	n := 1
	for n < limit {
		m := sentenceEndRe().FindStringSubmatchIndex(l)
		if m == nil {
			break
		}
		if w := l[m[2]:m[3]]; !abbrevRe().MatchString(w) || hasHangul(w) {
			n++
		}
		l = l[m[1]:]
	}
	return n
}

// TestSentenceEndStart holds sentenceEndStart to sentenceEndRe, and
// sentences to its reference, on the lines of prefilterLines (every line
// of dev, dev-real-text and the wire sentences among them) with the marks
// and spaces of the expression among the pieces: on each line and on
// each rest of it after a match, as sentences reads them.
func TestSentenceEndStart(t *testing.T) {
	pieces := []string{".", "?", "!", "。", "\"", "'", "”", "’", ")", "“", "‘", "(", " ", "\t", "\n", "\f", "\r", "\v", "\u00a0",
		"\u3000", "Mr", "U.S", "a", "Kim", "he", "그는", "말했다", "1", "٣", "É", "é", "\xe3", "\xe2\x80", "…", "x"}
	lines := prefilterLines(100000, pieces)
	matches := 0
	for _, l := range lines {
		for rest := l; ; {
			m := sentenceEndRe().FindStringIndex(rest)
			s, ok := sentenceEndStart(rest)
			if ok != (m != nil) || ok && s != m[0] {
				t.Fatalf("sentenceEndStart(%q) = %d, %v; the expression's match %v", rest, s, ok, m)
			}
			if m == nil {
				break
			}
			matches++
			rest = rest[m[1]:]
		}
		for _, limit := range []int{2, maxCaptionSentences + 1, 1 << 30} {
			if got, want := sentences(l, limit), sentencesReference(l, limit); got != want {
				t.Fatalf("sentences(%q, %d) = %d, the reference %d", l, limit, got, want)
			}
		}
	}
	if matches < 10000 {
		t.Errorf("only %d sentence ends among the %d lines", matches, len(lines))
	}
	t.Logf("%d sentence ends among %d lines", matches, len(lines))
}

// TestAddressPrechecks holds the pre-checks of isAddress to what they
// stand for, on the lines of prefilterLines (every line of dev,
// dev-real-text and the wire sentences among them) with the marks, the
// labels and phone numbers among the pieces: hasSegmentSep to the three
// strings.Contains it replaces; phoneRe, registryRe and streetRe match
// no line, or segment, that hasPhoneDigits, hasRegistryWord and
// mayBeStreet rule out.
func TestAddressPrechecks(t *testing.T) {
	pieces := []string{" ", "·", "|", "ㆍ", "\xc2", "\xe3\x86", "\xb7", "x", "가", "Tel", "TEL.", "tel:", "Phone", "phone", "FAX",
		"fax)", "t.", "T.", "대표전화", "대표 전화", "전화", "팩스", "02-724-2114", "(02)", "724", "2114", "+82", "-", ".", ")", "0",
		"12", "\u212a", "ſ", "hotel", "at.", "i", "0212", "1234", "123", "02 724 2114", "02.724.2114", "٣٣٣", "(0)", "등록번호", "등록 번호", "사업자등록", "등록일자", "발행·편집인", "발행 ㆍ 편집인", "발행인",
		"편집인", "청소년 보호 책임자", "청소년보호책임자", "통신판매업", "Registration No", "REGIſTRATION number", "registration", "Publisher:",
		"publiſher &", "no", "number", "&", ":", "서울특별시", "부산광역시", "성남시", "중구", "종로구", "양평군", "세종대로", "110",
		"테헤란로", "길", "로", "12-3", "Sejong-daero", "Main", "Street", "St.", "Rd.", "ave.", "Blvd.", "-ro", "-gil"}
	lines := prefilterLines(200000, pieces)
	seps, phones, registries, streets := 0, 0, 0, 0
	for _, l := range lines {
		want := strings.Contains(l, " · ") || strings.Contains(l, " | ") || strings.Contains(l, " ㆍ ")
		if want {
			seps++
		}
		if got := hasSegmentSep(l); got != want {
			t.Fatalf("hasSegmentSep(%q) = %v, want %v", l, got, want)
		}
		if registryRe().MatchString(l) {
			registries++
			if !hasRegistryWord(l) {
				t.Fatalf("registryRe matches %q, hasRegistryWord finds no word", l)
			}
		}
		for _, seg := range append(segmentSepRe().Split(l, -1), l) {
			if seg = strings.TrimSpace(seg); streetRe().MatchString(seg) {
				streets++
				if !mayBeStreet(seg) {
					t.Fatalf("streetRe matches %q, which mayBeStreet rules out", seg)
				}
			}
		}
		if phoneRe().MatchString(l) {
			phones++
			if !hasPhoneDigits(l) {
				t.Fatalf("phoneRe matches %q, hasPhoneDigits finds no number", l)
			}
		}
	}
	if seps < 1000 || phones < 1000 || registries < 1000 || streets < 500 {
		t.Errorf("only %d lines with a separator, %d with a phone number, %d with a registration and %d streets among %d",
			seps, phones, registries, streets, len(lines))
	}
	t.Logf("%d lines with a separator, %d with a phone number, %d with a registration, %d streets, among %d",
		seps, phones, registries, streets, len(lines))
}

// allHints returns the hints of groups in one list.
func allHints(groups []keyedHints) []string {
	var all []string
	for _, g := range groups {
		all = append(all, g.hints...)
	}
	return all
}

// TestKeyedHints checks that each hint of copyrightHints holds its key,
// and holds containsAnyKeyed to containsAnyOf on all the hints, on the
// lines of prefilterLines (every line of dev, dev-real-text and the wire
// sentences among them) with the hints and their parts among the pieces.
func TestKeyedHints(t *testing.T) {
	for _, g := range copyrightHints {
		for _, h := range g.hints {
			if !strings.Contains(h, g.key) {
				t.Errorf("hint %q lacks its key %q", h, g.key)
			}
		}
	}
	all := allHints(copyrightHints)
	var pieces []string
	for _, h := range all {
		pieces = append(pieces, h, h[:len(h)/2], h[len(h)/2:])
	}
	pieces = append(pieces, " ", "ght", "GHT", "i", "I", "s", "S", "x", "가")
	found := 0
	for _, l := range prefilterLines(100000, pieces) {
		want := containsAnyOf(l, all)
		if want {
			found++
		}
		if got := containsAnyKeyed(l, copyrightHints); got != want {
			t.Fatalf("containsAnyKeyed(%q) = %v, containsAnyOf %v", l, got, want)
		}
	}
	if found < 1000 {
		t.Errorf("only %d lines with a hint", found)
	}
	t.Logf("%d lines with a hint", found)
}

// TestHoldsEmail holds holdsEmail to emailRe on the lines of
// prefilterLines (every line of dev, dev-real-text and the wire sentences
// among them) with the parts of addresses, letters and numbers beyond
// ASCII, and invalid bytes among the pieces.
func TestHoldsEmail(t *testing.T) {
	pieces := []string{"@", ".", "_", "%", "+", "-", "kim", "hong.gd", "yna.co.kr", "koreaherald.com", "홍길동", "연합뉴스", ".kr",
		"co", "x", "1", "²", "٣", "Ⅷ", "é", "ſ", " ", "\t", ",", "(", ")", "<", ">", "\xff", "\xe3\x80", "\xc2", "\u00a0", "·", "ⓒ", "@@", "kim@yna.co.kr", "@koreaherald.com"}
	emails := 0
	for _, l := range prefilterLines(200000, pieces) {
		want := emailRe().MatchString(l)
		if want {
			emails++
		}
		if got := holdsEmail(l); got != want {
			t.Fatalf("holdsEmail(%q) = %v, emailRe %v", l, got, want)
		}
	}
	if emails < 1000 {
		t.Errorf("only %d lines with an address", emails)
	}
	t.Logf("%d lines with an address", emails)
}
