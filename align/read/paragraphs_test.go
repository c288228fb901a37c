package read

import (
	"reflect"
	"testing"
)

func TestParagraphsBy(t *testing.T) {
	oneALine := "Headline of the day\n\nThe first sentence is here and it is long enough.\nA second paragraph follows on its own line, as written.\n\"A quote closes this one,\" he said.\n"
	wrapped := "Headline\n\nThis paragraph was wrapped at a fixed width so that\nits lines end in the middle of a sentence, as mail\nand old text files do.\n\nA second paragraph."
	short := "Title\n\nYes.\nNo.\n"
	korean := "제목\n\n정부는 8일 새로운 정책을 발표했다고 밝혔다.\n이 정책은 내년부터 시행될 예정이라고 관계자는 말했다.\n"
	noBlank := "one line\nanother line"
	for _, c := range []struct {
		name string
		text string
		mode ParagraphMode
		want []string
	}{
		{"auto splits a list of sentences", oneALine, Auto, []string{"Headline of the day", "The first sentence is here and it is long enough.", "A second paragraph follows on its own line, as written.", "\"A quote closes this one,\" he said."}},
		{"blank keeps the block", oneALine, Blank, []string{"Headline of the day", "The first sentence is here and it is long enough.\nA second paragraph follows on its own line, as written.\n\"A quote closes this one,\" he said."}},
		{"line splits every line", oneALine, Line, []string{"Headline of the day", "The first sentence is here and it is long enough.", "A second paragraph follows on its own line, as written.", "\"A quote closes this one,\" he said."}},
		{"auto keeps a wrapped paragraph", wrapped, Auto, []string{"Headline", "This paragraph was wrapped at a fixed width so that\nits lines end in the middle of a sentence, as mail\nand old text files do.", "A second paragraph."}},
		{"auto keeps short sentence lines together", short, Auto, []string{"Title", "Yes.\nNo."}},
		{"auto splits Korean sentence lines", korean, Auto, []string{"제목", "정부는 8일 새로운 정책을 발표했다고 밝혔다.", "이 정책은 내년부터 시행될 예정이라고 관계자는 말했다."}},
		{"auto: no blank line, one a line", noBlank, Auto, []string{"one line", "another line"}},
		{"blank: no blank line, one block", noBlank, Blank, []string{"one line\nanother line"}},
		{"CRLF", "a\r\n\r\nb\r\nc", Blank, []string{"a", "b\nc"}},
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
