package spelling

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

const tableHeader = "hangul\tenglish\tkind\tsource\twho\talso\n"

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		line, col int
		wantInErr string
	}{
		{"no header", "김정은\tKim Jong-un\tperson\twire\tleader\n", 1, 1, "header"},
		{"empty", "# only a comment\n", 1, 1, "no header"},
		{"header misspelt", "hangul\tenglish\tkind\tsource\twho\n", 1, 1, "header"},
		{"too few fields", tableHeader + "김정은\tKim Jong-un\tperson\twire\n", 2, 1, "4 fields"},
		{"too many fields", tableHeader + "김정은\tKim Jong-un\tperson\twire\tleader\tKim Jong Un\tx\n", 2, 1, "7 fields"},
		{"latin in hangul", tableHeader + "김정un\tKim Jong-un\tperson\twire\tleader\n", 2, 1, "not a Hangul syllable"},
		{"jamo in hangul", tableHeader + "김ㅈ\tKim J\tperson\twire\tleader\n", 2, 1, "not a Hangul syllable"},
		{"two spaces", tableHeader + "김  정은\tKim Jong-un\tperson\twire\tleader\n", 2, 1, "two spaces"},
		{"space around a field", tableHeader + "김정은\t Kim Jong-un\tperson\twire\tleader\n", 2, 5, "starts or ends with a space"},
		{"hangul in english", tableHeader + "김정은\tKim 정은\tperson\twire\tleader\n", 2, 5, "not a Latin letter"},
		{"empty english", tableHeader + "김정은\t\tperson\twire\tleader\n", 2, 5, "empty english"},
		{"unknown kind", tableHeader + "김정은\tKim Jong-un\tpeople\twire\tleader\n", 2, 17, "unknown kind"},
		{"house is not a table source", tableHeader + "김정은\tKim Jong-un\tperson\thouse\tleader\n", 2, 24, "unknown source"},
		{"empty who", tableHeader + "김정은\tKim Jong-un\tperson\twire\t\n", 2, 29, "empty who"},
		{"also repeats", tableHeader + "김정은\tKim Jong-un\tperson\twire\tleader\tKim Jong Un|Kim Jong-un\n", 2, 36, "repeats"},
		{"bad also", tableHeader + "김정은\tKim Jong-un\tperson\twire\tleader\tKim||Kim Jong Un\n", 2, 36, "empty"},
		{"not utf-8", tableHeader + "김정은\tKim Jong-un\tperson\twire\tlea\xffder\n", 2, 32, "not UTF-8"},
	}
	for _, tt := range tests {
		_, err := Parse("t.tsv", strings.NewReader(tt.in))
		var pe *ParseError
		if !errors.As(err, &pe) {
			t.Errorf("%s: error %v, want a *ParseError", tt.name, err)
			continue
		}
		if pe.File != "t.tsv" || pe.Line != tt.line || pe.Column != tt.col || !strings.Contains(err.Error(), tt.wantInErr) {
			t.Errorf("%s: %q (line %d, column %d); want line %d, column %d, containing %q", tt.name, err, pe.Line, pe.Column, tt.line, tt.col, tt.wantInErr)
		}
	}
}

func TestParseAccepts(t *testing.T) {
	in := "\ufeff# comment\n\n" + tableHeader +
		"김정은\tKim Jong-un\tperson\twire\tNorth Korean leader (b. 1984)\tKim Jong Un|Kim Jong-Un\r\n" +
		"스트레이 키즈\tStray Kids\torganization\town\tboy band\n" +
		"평양\tPyongyang\tplace\twire\tcapital of North Korea" // no final newline
	tab, err := Parse("t.tsv", strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	es := tab.Entries()
	if len(es) != 3 {
		t.Fatalf("%d entries, want 3", len(es))
	}
	if e := es[0]; e.Hangul != "김정은" || e.English != "Kim Jong-un" || e.Kind != Person || e.Source != Wire ||
		e.Who != "North Korean leader (b. 1984)" || strings.Join(e.Also, "|") != "Kim Jong Un|Kim Jong-Un" || e.Line != 4 {
		t.Errorf("first entry %+v", e)
	}
	if got, _, _ := tab.Press("스트레이키즈", Organization); got != "Stray Kids" {
		t.Errorf("a Hangul name with a space is not found without it: %q", got)
	}
	if es[2].Line != 6 || es[2].Who != "capital of North Korea" {
		t.Errorf("last entry %+v", es[2])
	}
}

func TestParseHouse(t *testing.T) {
	type pair struct {
		hangul, english string
		kind            Kind
	}
	tests := []struct {
		name string
		in   string
		want []pair
	}{
		{"hangul first", "김정은\tKim Jong Un\n노무현\tRoh Moo-hyun\n",
			[]pair{{"김정은", "Kim Jong Un", AnyKind}, {"노무현", "Roh Moo-hyun", AnyKind}}},
		{"english first", "Kim Jong Un\t김정은\n", []pair{{"김정은", "Kim Jong Un", AnyKind}}},
		{"either order, line by line", "김정은\tKim Jong Un\nRoh Moo-hyun\t노무현\n",
			[]pair{{"김정은", "Kim Jong Un", AnyKind}, {"노무현", "Roh Moo-hyun", AnyKind}}},
		{"OmegaT comment column ignored", "김정은\tKim Jong Un\tperson; 12 times\n", []pair{{"김정은", "Kim Jong Un", AnyKind}}},
		{"BOM, CRLF, comments, blank lines, spaces", "\ufeff# house list\r\n\r\n 김정은 \t Kim Jong Un \r\n",
			[]pair{{"김정은", "Kim Jong Un", AnyKind}}},
		{"header with type", "Korean\tEnglish\tType\tCount\n김정은\tKim Jong Un\tperson\t3\n한강\tHan-gang\tplace\t1\n베트남\tVietnam\tother\t2\n",
			[]pair{{"김정은", "Kim Jong Un", Person}, {"한강", "Han-gang", Place}, {"베트남", "Vietnam", AnyKind}}},
		{"header in another order", "en\tko\nKim Jong Un\t김정은\n", []pair{{"김정은", "Kim Jong Un", AnyKind}}},
		{"the table's own format", tableHeader + "김정은\tKim Jong Un\tperson\twire\tleader\tKim Jong-un\n",
			[]pair{{"김정은", "Kim Jong Un", Person}}},
		{"empty list", "# nothing yet\n", nil},
		{"Korean with Latin letters", "LG전자\tLG Electronics\n", []pair{{"LG전자", "LG Electronics", AnyKind}}},
	}
	for _, tt := range tests {
		tab, err := ParseHouse("house.txt", strings.NewReader(tt.in))
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		var got []pair
		for _, e := range tab.Entries() {
			got = append(got, pair{e.Hangul, e.English, e.Kind})
			if e.Source != House || e.File != "house.txt" || e.Line < 1 {
				t.Errorf("%s: entry %+v: want source house, file house.txt and a line", tt.name, e)
			}
		}
		if len(got) != len(tt.want) {
			t.Errorf("%s: got %v, want %v", tt.name, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("%s: entry %d = %v, want %v", tt.name, i, got[i], tt.want[i])
			}
		}
	}
	tab, err := ParseHouse("house.txt", strings.NewReader("Korean\tEnglish\tType\talso\tnote\n김정은\tKim Jong Un\tperson\tKim Jong-un | \t\n"))
	if err != nil {
		t.Fatal(err)
	}
	if e := tab.Entries()[0]; strings.Join(e.Also, "|") != "Kim Jong-un" || e.Line != 2 {
		t.Errorf("also column: %+v", e)
	}
}

func TestParseHouseErrors(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		line, col int
		wantInErr string
	}{
		{"no tab", "김정은 Kim Jong Un\n", 1, 1, "no TAB"},
		{"CSV", "Korean,English\n김정은,Kim Jong Un\n", 1, 1, "looks like CSV"},
		{"two Hangul columns", "김정은\t김정일\n", 1, 5, "both columns have Hangul"},
		{"no Hangul, no header", "김정은\tKim Jong Un\nKim Jong Il\tKim Jong-il\n", 2, 1, "neither column has Hangul"},
		{"first line neither", "Kim\tJong\n", 1, 1, "not a header"},
		{"empty English", "김정은\t\n", 1, 5, "empty English"},
		{"empty English before", "\t김정은\n", 1, 1, "empty English"},
		{"header without English", "Korean\tNote\n김정은\tx\n", 1, 1, "not a header"},
		{"two Korean columns", "Korean\tHangul\tEnglish\n", 1, 8, "two ko columns"},
		{"unknown kind", "Korean\tEnglish\tType\n김정은\tKim Jong Un\tleader\n", 2, 17, "unknown kind"},
		{"Hangul in English column", "Korean\tEnglish\n김정은\t김정은 Kim\n", 2, 5, "Hangul in the English column"},
		{"no Hangul in Korean column", "Korean\tEnglish\nKim\tKim\n", 2, 1, "no Hangul"},
		{"missing English cell", "Korean\tEnglish\n김정은\n", 2, 1, "empty English"},
		{"not UTF-8", "김정은\tKim Jong Un\n\xb1\xe8\xc1\xa4\xc0\xba\tKim\n", 2, 1, "not UTF-8"},
	}
	for _, tt := range tests {
		_, err := ParseHouse("house.txt", strings.NewReader(tt.in))
		var pe *ParseError
		if !errors.As(err, &pe) {
			t.Errorf("%s: error %v, want a *ParseError", tt.name, err)
			continue
		}
		if pe.File != "house.txt" || pe.Line != tt.line || pe.Column != tt.col || !strings.Contains(err.Error(), tt.wantInErr) {
			t.Errorf("%s: %q (line %d, column %d); want line %d, column %d, containing %q", tt.name, err, pe.Line, pe.Column, tt.line, tt.col, tt.wantInErr)
		}
	}
}

func TestOverride(t *testing.T) {
	house, err := ParseHouse("house.txt", strings.NewReader("김정은\tKim Jong Un\n"))
	if err != nil {
		t.Fatal(err)
	}
	tab := Default().Override(house)
	got, e, ok := tab.Press("김정은", Person)
	if !ok || got != "Kim Jong Un" || e.Source != House || e.File != "house.txt" || e.Line != 1 {
		t.Errorf("Press(김정은) with a house list = %q, %v, %v", got, e, ok)
	}
	if es := tab.Lookup("김정은"); len(es) != 1 {
		t.Errorf("a house entry without a kind replaces every namesake; Lookup gives %v", es)
	}
	if _, ok := tab.Spelled("김정은", "Kim Jong-un"); ok {
		t.Error("the table's spelling is still accepted after the house list replaced it")
	}
	if got, _, _ := tab.Press("노무현", Person); got != "Roh Moo-hyun" {
		t.Errorf("a name the house list does not give: %q", got)
	}
	// The default table is unchanged.
	if got, _, _ := Default().Press("김정은", Person); got != "Kim Jong-un" {
		t.Errorf("Override changed the default table: %q", got)
	}

	// A house entry with a kind replaces only that kind.
	house, err = ParseHouse("house.tsv", strings.NewReader("Korean\tEnglish\tType\n한강\tHangang River\tplace\n"))
	if err != nil {
		t.Fatal(err)
	}
	tab = Default().Override(house)
	if got, _, _ := tab.Press("한강", Place); got != "Hangang River" {
		t.Errorf("Press(한강, Place) = %q", got)
	}
	if got, _, _ := tab.Press("한강", Person); got != "Han Kang" {
		t.Errorf("Press(한강, Person) = %q: the house list's place must not replace the novelist", got)
	}
	if Default().Override(nil) != Default() {
		t.Error("Override(nil) is not the table itself")
	}
}

func TestFromEntries(t *testing.T) {
	tab, err := FromEntries([]Entry{{Hangul: "김정은", English: "Kim Jong Un", Kind: Person, File: "names.tbx", Line: 12}})
	if err != nil {
		t.Fatal(err)
	}
	if _, e, ok := tab.Press("김정은", Person); !ok || e.Source != House || e.File != "names.tbx" {
		t.Errorf("FromEntries: %v %v", e, ok)
	}
	if _, err := FromEntries([]Entry{{Hangul: "Kim", English: "Kim"}}); err == nil {
		t.Error("an entry without Hangul was accepted")
	}
	if _, err := FromEntries([]Entry{{Hangul: "김", English: " "}}); err == nil {
		t.Error("an entry without English was accepted")
	}
}

func TestEntryString(t *testing.T) {
	_, e, _ := Default().Press("김정은", Person)
	s := e.String()
	for _, want := range []string{"김정은 → Kim Jong-un", "person", "North Korean leader", "wire", TableFile + ":"} {
		if !strings.Contains(s, want) {
			t.Errorf("%q lacks %q", s, want)
		}
	}
}

// FuzzParseHouse checks that any input gives a table or a positioned
// error, and that a list written back from the table reads the same.
func FuzzParseHouse(f *testing.F) {
	for _, s := range []string{
		"김정은\tKim Jong Un\n", "Kim Jong Un\t김정은\r\n", "Korean\tEnglish\tType\n김정은\tKim\tperson\n",
		tableHeader + "김정은\tKim Jong-un\tperson\twire\tleader\tKim Jong Un\n", "\ufeff# c\n\n", "a,b\n", "김\t\xff\n", "\t\t\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		tab, err := ParseHouse("f", strings.NewReader(in))
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v is not a *ParseError", err)
			}
			lines := strings.Count(in, "\n") + 1
			if pe.Line < 1 || pe.Line > lines || pe.Column < 1 {
				t.Fatalf("error position %d:%d outside the input (%d lines)", pe.Line, pe.Column, lines)
			}
			return
		}
		var b strings.Builder
		for _, e := range tab.Entries() {
			if !hasHangul(e.Hangul) || e.English == "" || hasHangul(e.English) || !utf8.ValidString(e.Hangul+e.English) {
				t.Fatalf("bad entry %+v", e)
			}
			if strings.ContainsAny(e.Hangul+e.English, "\t\n") {
				t.Fatalf("entry with a TAB or line break: %+v", e)
			}
			if _, _, ok := tab.Press(e.Hangul, e.Kind); !ok {
				t.Fatalf("entry %+v not found by Press", e)
			}
			b.WriteString(" " + e.Hangul + "\t" + e.English + "\n")
		}
		again, err := ParseHouse("f", strings.NewReader(b.String()))
		if err != nil {
			t.Fatalf("written back %q: %v", b.String(), err)
		}
		a, c := tab.Entries(), again.Entries()
		if len(a) != len(c) {
			t.Fatalf("written back: %d entries, want %d", len(c), len(a))
		}
		for i := range a {
			if a[i].Hangul != c[i].Hangul || a[i].English != c[i].English {
				t.Fatalf("written back: %v, want %v", c[i], a[i])
			}
		}
	})
}

// FuzzParse checks that the table parser never panics and positions its
// errors inside the input.
func FuzzParse(f *testing.F) {
	f.Add(tableHeader + "김정은\tKim Jong-un\tperson\twire\tleader\tKim Jong Un\n")
	f.Add(tableHeader + "김 정은\tKim\tplace\town\tx\n")
	f.Add("hangul\n")
	f.Fuzz(func(t *testing.T, in string) {
		tab, err := Parse("f", strings.NewReader(in))
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v is not a *ParseError", err)
			}
			if pe.Line < 1 || pe.Line > strings.Count(in, "\n")+1 || pe.Column < 1 {
				t.Fatalf("error position %d:%d outside the input", pe.Line, pe.Column)
			}
			return
		}
		for _, e := range tab.Entries() {
			if checkHangulName(e.Hangul) != "" || checkEnglish(e.English) != "" || e.Kind == AnyKind || e.Source == 0 || e.Source == House {
				t.Fatalf("accepted a bad entry %+v", e)
			}
		}
	})
}
