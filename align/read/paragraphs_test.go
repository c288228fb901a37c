package read

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// The paragraphs of a short article written one paragraph a line, for the
// cases of TestParagraphsBy: a headline (no final period), four body
// paragraphs and a byline.
var (
	headline = "Seoul city to expand late-night bus routes"
	body     = []string{
		"The Seoul Metropolitan Government said on Tuesday that it will add 12 late-night bus routes starting in March to help workers who finish after midnight.",
		"The new routes will run from 11:30 p.m. to 6 a.m. and cover areas such as Gangnam, Mapo and Nowon, where demand for taxis at night is highest.",
		"Officials said about 40,000 passengers are expected to use the buses every night once all routes open.",
		"Mayor Oh Se-hoon said the city would review fares after a six-month trial.",
	}
	byline  = "By Kim Ji-won"
	article = append(append([]string{headline}, body...), byline)
)

// oneALine writes paras one a line, with a stray blank line after each
// paragraph index in blankAfter.
func oneALine(paras []string, eol string, blankAfter ...int) string {
	var b strings.Builder
	for i, p := range paras {
		b.WriteString(p + eol)
		for _, j := range blankAfter {
			if j == i {
				b.WriteString(eol)
			}
		}
	}
	return b.String()
}

// longArticle is a 40-paragraph article: a headline, 38 body paragraphs
// of different lengths and a byline.
func longArticle() []string {
	out := []string{"Parliament passes the budget after a night of talks"}
	for i := range 38 {
		p := fmt.Sprintf("Paragraph %d of the report says what the lawmakers agreed on", i+1)
		p += strings.Repeat(", and what they left for later", i%5) + "."
		out = append(out, p)
	}
	return append(out, "Reporting by Lee Min-ho; editing by Park Soo-jin")
}

func TestParagraphsBy(t *testing.T) {
	oneALineText := "Headline of the day\n\nThe first sentence is here and it is long enough.\nA second paragraph follows on its own line, as written.\n\"A quote closes this one,\" he said.\n"
	wrapped := "Headline\n\nThis paragraph was wrapped at a fixed width so that\nits lines end in the middle of a sentence, as mail\nand old text files do.\n\nA second paragraph."
	short := "Title\n\nYes.\nNo.\n"
	korean := "제목\n\n정부는 8일 새로운 정책을 발표했다고 밝혔다.\n이 정책은 내년부터 시행될 예정이라고 관계자는 말했다.\n"
	noBlank := "one line\nanother line"
	// Paragraphs hard-wrapped at 72 columns (Python's textwrap): the
	// first line of the third ends a sentence, the fourth is two lines
	// long.
	wrapped72 := []string{
		"Seoul city to expand late-night bus routes",
		"The Seoul Metropolitan Government said on Tuesday that it will add 12\nlate-night bus routes starting in March to help workers who finish after\nmidnight.",
		"The buses will run every night of the week from 11:30 p.m. until 6 a.m.\nThey cover areas such as Gangnam, Mapo and Nowon, where demand for taxis\nat night is highest.",
		"Officials said about 40,000 passengers are expected to use the buses\nevery night once all routes open.",
		"By Kim Ji-won",
	}
	// Korean hard-wrapped at 76 columns (38 Hangul).
	wrappedKorean := []string{
		"서울시, 심야버스 노선 확대",
		"서울시는 자정 이후 퇴근하는 근로자를 돕기 위해 3월부터 심야버스\n노선 12개를 추가한다고 화요일 밝혔다. 새 노선은 오후 11시 30분부터\n오전 6시까지 운행한다.",
		"시 관계자는 모든 노선이 개통되면 매일 밤 약 4만 명의 승객이 버스를\n이용할 것으로 예상된다고 말했다.",
	}
	poem := []string{
		"Snow",
		"I wandered lonely as a cloud\nThat floats on high o'er vales and hills,\nWhen all at once I saw a crowd,\nA host, of golden daffodils;\nBeside the lake, beneath the trees,\nFluttering and dancing in the breeze.",
		"Continuous as the stars that shine\nAnd twinkle on the milky way,\nThey stretched in never-ending line\nAlong the margin of a bay.",
	}
	list := []string{"What to bring", "- a passport\n- two photos\n- the form, signed\n- the fee, in cash"}
	withSubhead := append(append(append([]string{headline}, body[:2]...), "Fares under review"), body[2:]...)
	noPeriod := append([]string{headline}, body...)
	noPeriod[2] = strings.TrimSuffix(noPeriod[2], ".")
	long := longArticle()
	for _, c := range []struct {
		name string
		text string
		mode ParagraphMode
		want []string
	}{
		{"auto splits a list of sentences", oneALineText, Auto, []string{"Headline of the day", "The first sentence is here and it is long enough.", "A second paragraph follows on its own line, as written.", "\"A quote closes this one,\" he said."}},
		{"blank keeps the block", oneALineText, Blank, []string{"Headline of the day", "The first sentence is here and it is long enough.\nA second paragraph follows on its own line, as written.\n\"A quote closes this one,\" he said."}},
		{"line splits every line", oneALineText, Line, []string{"Headline of the day", "The first sentence is here and it is long enough.", "A second paragraph follows on its own line, as written.", "\"A quote closes this one,\" he said."}},
		{"auto keeps a wrapped paragraph", wrapped, Auto, []string{"Headline", "This paragraph was wrapped at a fixed width so that\nits lines end in the middle of a sentence, as mail\nand old text files do.", "A second paragraph."}},
		{"auto keeps short sentence lines together", short, Auto, []string{"Title", "Yes.\nNo."}},
		{"auto splits Korean sentence lines", korean, Auto, []string{"제목", "정부는 8일 새로운 정책을 발표했다고 밝혔다.", "이 정책은 내년부터 시행될 예정이라고 관계자는 말했다."}},
		{"auto: no blank line, one a line", noBlank, Auto, []string{"one line", "another line"}},
		{"blank: no blank line, one block", noBlank, Blank, []string{"one line\nanother line"}},
		{"CRLF", "a\r\n\r\nb\r\nc", Blank, []string{"a", "b\nc"}},

		// One paragraph a line, with stray blank lines.
		{"stray blank line before the byline", oneALine(article, "\n", 4), Auto, article},
		{"stray blank line after the headline", oneALine(article, "\n", 0), Auto, article},
		{"stray blank line after the first paragraph", oneALine(article, "\n", 1), Auto, article},
		{"stray blank line in the middle", oneALine(article, "\n", 2), Auto, article},
		{"stray blank lines after the headline and before the byline", oneALine(article, "\n", 0, 4), Auto, article},
		{"two stray blank lines in a 40-line article", oneALine(long, "\n", 13, 27), Auto, long},
		{"two stray blank lines, one after the headline", oneALine(long, "\n", 0, 20), Auto, long},
		{"a subhead among paragraphs one a line", oneALine(withSubhead, "\n", 4), Auto, withSubhead},
		{"a paragraph that lost its period", oneALine(noPeriod, "\n", 0), Auto, noPeriod},
		{"CRLF, stray blank line before the byline", oneALine(article, "\r\n", 4), Auto, article},
		{"CR, stray blank line in the middle", oneALine(article, "\r", 2), Auto, article},
		{"blank keeps the stray blocks", oneALine(article, "\n", 4), Blank, []string{strings.Join(article[:5], "\n"), byline}},

		// Blocks that are one paragraph, or one poem's stanza, or one list.
		{"hard-wrapped at 72 columns", strings.Join(wrapped72, "\n\n"), Auto, wrapped72},
		{"hard-wrapped, CRLF", strings.ReplaceAll(strings.Join(wrapped72, "\n\n"), "\n", "\r\n"), Auto, wrapped72},
		{"hard-wrapped Korean", strings.Join(wrappedKorean, "\n\n"), Auto, wrappedKorean},
		{"a poem's stanzas", strings.Join(poem, "\n\n"), Auto, poem},
		{"a list of short items", strings.Join(list, "\n\n"), Auto, list},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := ParagraphsBy(c.text, c.mode); !reflect.DeepEqual(got, c.want) {
				t.Errorf("got %q\nwant %q", got, c.want)
			}
		})
	}
}

func TestParseParagraphMode(t *testing.T) {
	for _, m := range []ParagraphMode{Auto, Blank, Line} {
		if got, err := ParseParagraphMode(m.String()); err != nil || got != m {
			t.Errorf("%v: got %v, %v", m, got, err)
		}
	}
	if _, err := ParseParagraphMode("lines"); err == nil {
		t.Error(`"lines" accepted`)
	}
}
