package glossary

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

// TestCheckConflicts: Check reports an English form under two Hangul
// names and a Hangul name given two types, in lists not yet merged too.
func TestCheckConflicts(t *testing.T) {
	kim := func(h string, ty Type, en ...string) Entry {
		e := Entry{Hangul: h, Type: ty}
		for _, s := range en {
			e.Forms = append(e.Forms, Form{English: s, Count: 1})
		}
		return e
	}
	tests := []struct {
		name    string
		entries []Entry
		want    []string
	}{
		{"none", []Entry{kim("김정은", Person, "Kim Jong-un"), kim("평양", Place, "Pyongyang")}, nil},
		{"English under two names", []Entry{kim("김정은", Person, "Kim Jong-un"), kim("김정일", Person, "Kim Jong-un", "Kim Jong-il")},
			[]string{"Kim Jong-un: listed under 2 Hangul names: 김정은, 김정일"}},
		{"one name, two types", []Entry{kim("조선", Place, "Joseon"), kim("조선", Organization, "Joseon")},
			[]string{"조선: given 2 types: place, organization"}},
		{"other is no type", []Entry{kim("조선", Other, "Joseon"), kim("조선", Place, "Joseon")}, nil},
		{"one name in two shards", []Entry{kim("김정은", Person, "Kim Jong-un"), kim("김정은", Person, "Kim Jong-un")}, nil},
		{"both", []Entry{kim("김정은", Person, "Kim Jong-un"), kim("김정은", Place, "Kim"), kim("김정일", Person, "Kim Jong-un")},
			[]string{"김정은: given 2 types: person, place", "Kim Jong-un: listed under 2 Hangul names: 김정은, 김정일"}},
	}
	for _, tc := range tests {
		var got []string
		for _, p := range Check(tc.entries) {
			if !p.Conflict {
				t.Errorf("%s: %v is not marked a conflict", tc.name, p)
			}
			got = append(got, p.String())
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: Check = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestReadConflicts: reading a glossary in any format reports one English
// name under two Hangul names, and one Hangul name given two types, as
// conflicts.
func TestReadConflicts(t *testing.T) {
	tests := []struct {
		name string
		f    Format
		data string
		want []string
	}{
		{"two Hangul", TSV, "김정은\tKim Jong-un\tperson\n김정일\tKim Jong-un\tperson\n",
			[]string{"Kim Jong-un: listed under 2 Hangul names: 김정은, 김정일"}},
		{"two types", TSV, "조선\tJoseon\tplace\n조선\tChosun\torganization\n",
			[]string{"조선: line 2: given 2 types: place, organization; keeping place"}},
		{"two Hangul", CSV, "Korean,English,Type\n김정은,Kim Jong-un,person\n김정일,Kim Jong-un,person\n",
			[]string{"Kim Jong-un: listed under 2 Hangul names: 김정은, 김정일"}},
		{"two types", CSV, "Korean,English,Type\n조선,Joseon,place\n조선,Chosun,organization\n조선,Choson,\n",
			[]string{"조선: line 3: given 2 types: place, organization; keeping place"}},
		{"two Hangul", JSON, `[{"hangul":"김정은","forms":[{"english":"Kim Jong-un"}]},{"hangul":"김정일","forms":[{"english":"Kim Jong-un"}]}]`,
			[]string{"Kim Jong-un: listed under 2 Hangul names: 김정은, 김정일"}},
		{"two types", JSON, `[{"hangul":"조선","type":"place","forms":[{"english":"Joseon"}]},{"hangul":"조선","type":"organization","forms":[{"english":"Chosun"}]}]`,
			[]string{"조선: entry 2: given 2 types: place, organization; keeping place"}},
		{"two Hangul", TBX, `<tbx><text><body>
<conceptEntry><langSec xml:lang="ko"><termSec><term>김정은</term></termSec></langSec><langSec xml:lang="en"><termSec><term>Kim Jong-un</term></termSec></langSec></conceptEntry>
<conceptEntry><langSec xml:lang="ko"><termSec><term>김정일</term></termSec></langSec><langSec xml:lang="en"><termSec><term>Kim Jong-un</term></termSec></langSec></conceptEntry>
</body></text></tbx>`, []string{"Kim Jong-un: listed under 2 Hangul names: 김정은, 김정일"}},
		{"two types", TBX, `<tbx><text><body>
<conceptEntry><note>type: place</note><langSec xml:lang="ko"><termSec><term>조선</term></termSec></langSec><langSec xml:lang="en"><termSec><term>Joseon</term></termSec></langSec></conceptEntry>
<conceptEntry><note>type: organization</note><langSec xml:lang="ko"><termSec><term>조선</term></termSec></langSec><langSec xml:lang="en"><termSec><term>Chosun</term></termSec></langSec></conceptEntry>
</body></text></tbx>`, []string{"조선: entry at line 3: given 2 types: place, organization; keeping place"}},
	}
	for _, tc := range tests {
		es, probs, err := ReadChecked(strings.NewReader(tc.data), "g."+string(tc.f), tc.f)
		if err != nil {
			t.Errorf("%s %s: %v", tc.f, tc.name, err)
			continue
		}
		var got []string
		for _, p := range probs {
			if !p.Conflict {
				t.Errorf("%s %s: %v is not marked a conflict", tc.f, tc.name, p)
			}
			got = append(got, p.String())
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s %s: problems %q, want %q", tc.f, tc.name, got, tc.want)
		}
		// The entries keep the first type.
		for _, e := range es {
			if e.Hangul == "조선" && e.Type != Place {
				t.Errorf("%s %s: %s typed %s", tc.f, tc.name, e.Hangul, e.Type)
			}
		}
		// Check on shards read apart finds the conflict of the whole.
		if tc.f == TSV {
			var shards []Entry
			for _, line := range strings.SplitAfter(tc.data, "\n") {
				if line == "" {
					continue
				}
				es, err := Read(bytes.NewReader([]byte(line)), "shard.tsv", TSV)
				if err != nil {
					t.Fatal(err)
				}
				shards = append(shards, es...)
			}
			if len(Check(shards)) != 1 {
				t.Errorf("%s %s: Check of the shards: %v", tc.f, tc.name, Check(shards))
			}
		}
	}
}
