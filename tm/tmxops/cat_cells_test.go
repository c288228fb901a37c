package tmxops

import (
	"bytes"
	"strings"
	"testing"
)

// hostileTMX has segments a spreadsheet would run, a Korean bullet line and
// a segment starting with a tab.
const hostileTMX = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="ko-KR" datatype="plaintext"/>
<body>
<tu tuid="=cmd|' /C calc'!A0"><tuv xml:lang="ko-KR"><seg>- 북한은 10일 미사일을 발사했다.</seg></tuv><tuv xml:lang="en-US"><seg>=1+1</seg></tuv></tu>
<tu tuid="t2"><tuv xml:lang="ko-KR"><seg>+82 2 123</seg></tuv><tuv xml:lang="en-US"><seg>@SUM(A1)</seg></tuv></tu>
<tu tuid="t3"><tuv xml:lang="ko-KR"><seg>&#9;-탭</seg></tuv><tuv xml:lang="en-US"><seg>'=quoted</seg></tuv></tu>
</body></tmx>`

// TestCatSafeCells: tmx cat's TSV is raw by default; with SafeCells no
// field starts with a formula character, a tab or a carriage return once
// split at tabs.
func TestCatSafeCells(t *testing.T) {
	cat := func(safe bool) []string {
		var out bytes.Buffer
		if _, err := Cat(&out, Input{Name: "h.tmx", R: strings.NewReader(hostileTMX)}, CatOptions{Format: FormatTSV, SafeCells: safe}); err != nil {
			t.Fatal(err)
		}
		return strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")[1:]
	}
	want := map[bool][]string{
		false: {"=cmd|' /C calc'!A0\tko-KR\t- 북한은 10일 미사일을 발사했다.\ten-US\t=1+1", "t2\tko-KR\t+82 2 123\ten-US\t@SUM(A1)", `t3` + "\tko-KR\t" + `\t-탭` + "\ten-US\t'=quoted"},
		true:  {"'=cmd|' /C calc'!A0\tko-KR\t'- 북한은 10일 미사일을 발사했다.\ten-US\t'=1+1", "t2\tko-KR\t'+82 2 123\ten-US\t'@SUM(A1)", `t3` + "\tko-KR\t" + `\t-탭` + "\ten-US\t''=quoted"},
	}
	for _, safe := range []bool{false, true} {
		got := cat(safe)
		if strings.Join(got, "\n") != strings.Join(want[safe], "\n") {
			t.Errorf("safe %v:\n got %q\nwant %q", safe, got, want[safe])
		}
	}
}
