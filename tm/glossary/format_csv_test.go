package glossary

import (
	"strings"
	"testing"
)

// TestCSVQuotes: quotes are strict; an unterminated quoted field is an
// error naming the file and the line, not the rest of the file read as
// one field.
func TestCSVQuotes(t *testing.T) {
	tests := []struct {
		name, data string
		want       string // the English read, or
		err        string // an error
	}{
		{"unterminated at EOF", "Korean,English\n김정은,\"Kim\n", "", `a.csv: line 2: a quoted field is not closed`},
		{"unterminated, no final newline", "Korean,English\n김정은,\"Kim", "", `a.csv: line 2: a quoted field is not closed`},
		{"unterminated swallowing rows", "Korean,English\n김정은,\"Kim\n리용호,Ri Yong Ho\n", "", `a.csv: line 2: a quoted field is not closed, or has a " that is not doubled or text after its closing " (found at line 3, column`},
		{"text after the closing quote", "Korean,English\n김정은,\"Kim\" Jong-un\n", "", `a.csv: line 2: a quoted field is not closed`},
		{"bare quote", "Korean,English\n김정은,Kim \"Jong-un\"\n", "", `a.csv: line 2, column 9: a " in a field that is not quoted`},
		{"unterminated header", "\"Korean,English\n", "", "a.csv: line 1: a quoted field is not closed"},
		{"quoted", "Korean,English\n김정은,\"Kim, \"\"Jong-un\"\"\"\n", `Kim, "Jong-un"`, ""},
		{"quoted line break", "Korean,English\n김정은,\"Kim\nJong-un\"\n", "Kim Jong-un", ""},
		{"semicolons", "Korean;English\n김정은;\"Kim; Jong-un\"\n", "Kim; Jong-un", ""},
	}
	for _, tc := range tests {
		es, err := Read(strings.NewReader(tc.data), "a.csv", CSV)
		if tc.err != "" {
			if err == nil || !strings.HasPrefix(err.Error(), tc.err) {
				t.Errorf("%s: %+v, error %v; want %q", tc.name, es, err, tc.err)
			}
			continue
		}
		if err != nil || len(es) != 1 || es[0].Preferred() != tc.want {
			t.Errorf("%s: %+v, %v; want %q", tc.name, es, err, tc.want)
		}
	}
}
