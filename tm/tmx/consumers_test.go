package tmx

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bitext-ko/bitext/align/testenv"
)

// writtenDocuments are documents the Writer produces from different
// inputs: bitext-shaped units, units using the whole model, fixtures read
// with and without markup, and verbatim text with control characters.
func writtenDocuments(t *testing.T) map[string][]Unit {
	t.Helper()
	docs := map[string][]Unit{
		"synthetic": syntheticUnits(300, 21),
		"rich":      richUnits(),
	}
	for _, name := range []string{"v14-full.tmx", "v11-lang.tmx", "one-language.tmx"} {
		for _, markup := range []bool{false, true} {
			_, units, _, err := readAll(t, bytes.NewReader(fixture(t, name)), markup)
			if err != nil {
				t.Fatal(err)
			}
			key := name
			if markup {
				key += "+markup"
			}
			docs[key] = units
		}
	}
	docs["dirty"] = []Unit{
		{TUID: "controls\x01", Variants: pair("제어\x00문자\x1b와 \uFFFE 잘못된 \xff 바이트", "control\x07 chars\r\nand CR")},
		{TUID: "entities", Variants: pair("]]> &amp; &lt;", `"quotes" & 'apostrophes' <tags/>`)},
	}
	return docs
}

func writeFile(t *testing.T, dir, name string, h Header, units []Unit, verbatim bool) string {
	t.Helper()
	var b bytes.Buffer
	w, err := NewWriter(&b, h)
	if err != nil {
		t.Fatal(err)
	}
	w.Verbatim = verbatim
	for _, u := range units {
		if err := w.Write(u); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, strings.NewReplacer("+", "-", ".", "-").Replace(name)+".tmx")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestXmllintValidates checks every kind of written document against the
// TMX 1.4 DTD with libxml2's xmllint.
func TestXmllintValidates(t *testing.T) {
	testenv.NeedLong(t, "starts xmllint")
	t.Parallel()
	testenv.Program(t, "xmllint", "libxml2-utils")
	dtd := tmxDTD(t)
	dir := t.TempDir()
	header := Header{CreationToolVersion: "test", CreationDate: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC),
		Props: []Prop{{Type: "x-a", Value: "b"}}, Notes: []string{"note"}, Attrs: []Attr{{"creationid", "me"}}}
	for name, units := range writtenDocuments(t) {
		for _, verbatim := range []bool{false, true} {
			if verbatim {
				name += "-verbatim"
			}
			path := writeFile(t, dir, name, header, units, verbatim)
			out, err := exec.Command("xmllint", "--noout", "--nonet", "--dtdvalid", dtd, path).CombinedOutput()
			if err != nil || len(out) > 0 {
				t.Errorf("%s does not validate: %v\n%s", name, err, out)
			}
		}
	}
	// The check can fail: a unit without a variant breaks the DTD's tuv+.
	bad := filepath.Join(dir, "bad.tmx")
	doc := `<tmx version="1.4"><header creationtool="a" creationtoolversion="1" segtype="sentence" o-tmf="a" adminlang="en" srclang="en" datatype="plaintext"/><body><tu/></body></tmx>`
	if err := os.WriteFile(bad, []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := exec.Command("xmllint", "--noout", "--nonet", "--dtdvalid", dtd, bad).Run(); err == nil {
		t.Error("xmllint accepts an invalid document; the check proves nothing")
	}
}

// debianPython is the Python that Debian's translate-toolkit package
// installs into (a python3 earlier on PATH may be another one).
const debianPython = "/usr/bin/python3"

const readWithTranslateToolkit = `
import json, sys
from translate.storage import tmx
out = {}
for path in sys.argv[1:]:
    with open(path, "rb") as f:
        store = tmx.tmxfile(f)
    out[path] = [{"id": u.getid(), "source": u.source, "target": u.target} for u in store.units]
json.dump(out, sys.stdout)
`

// TestTranslateToolkitReads has translate-toolkit's TMX reader (lxml
// based) read every kind of written document and checks units and texts.
func TestTranslateToolkitReads(t *testing.T) {
	testenv.NeedLong(t, "starts translate-toolkit")
	t.Parallel()
	if err := exec.Command(debianPython, "-c", "import translate.storage.tmx").Run(); err != nil {
		t.Skipf("translate-toolkit not available to %s (install the Debian package translate-toolkit): %v", debianPython, err)
	}
	dir := t.TempDir()
	docs := writtenDocuments(t)
	type ttUnit struct {
		ID     string  `json:"id"`
		Source string  `json:"source"`
		Target *string `json:"target"`
	}
	paths := map[string]string{}
	args := []string{"-c", readWithTranslateToolkit}
	for name, units := range docs {
		p := writeFile(t, dir, name, Header{}, units, false)
		paths[name] = p
		args = append(args, p)
	}
	out, err := exec.Command(debianPython, args...).Output()
	if err != nil {
		t.Fatalf("translate-toolkit: %v", err)
	}
	var got map[string][]ttUnit
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatal(err)
	}
	for name, units := range docs {
		read := got[paths[name]]
		if len(read) != len(units) {
			t.Errorf("%s: translate-toolkit read %d units, want %d", name, len(read), len(units))
			continue
		}
		for i, u := range units {
			w := normalizedAsWritten(u, DefaultSrcLang)
			wantSource := segmentText(t, w.Variants[0])
			if read[i].Source != wantSource {
				t.Errorf("%s unit %d: source %q, want %q", name, i, read[i].Source, wantSource)
			}
			if len(w.Variants) < 2 {
				if read[i].Target != nil {
					t.Errorf("%s unit %d: target %q for a one-language unit", name, i, *read[i].Target)
				}
				continue
			}
			wantTarget := segmentText(t, w.Variants[1])
			if read[i].Target == nil || *read[i].Target != wantTarget {
				t.Errorf("%s unit %d: target %v, want %q", name, i, read[i].Target, wantTarget)
			}
			if u.TUID != "" && read[i].ID != dropForbidden(u.TUID) {
				t.Errorf("%s unit %d: id %q, want %q", name, i, read[i].ID, u.TUID)
			}
		}
	}
}

// segmentText is what a generic XML reader sees as the text of the <seg>
// the Writer writes for v: all character data, inline codes included. It
// is computed with encoding/xml, independently of this package.
func segmentText(t *testing.T, v Variant) string {
	t.Helper()
	if v.Markup == "" {
		return dropForbidden(v.Text)
	}
	d := xml.NewDecoder(strings.NewReader("<seg>" + v.Markup + "</seg>"))
	var b strings.Builder
	for {
		tok, err := d.Token()
		if err != nil {
			break
		}
		if cd, ok := tok.(xml.CharData); ok {
			b.Write(cd)
		}
	}
	return b.String()
}

func dropForbidden(s string) string {
	b, _ := appendXMLChars(nil, s)
	return NormalizeText(string(b))
}
