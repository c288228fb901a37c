package tmx

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/unicode"
)

// docGen writes random TMX documents that use as much of XML and TMX as
// the reader takes: multi-byte text everywhere (Hangul, accented Latin,
// Greek, Cyrillic, CJK, astral-plane characters), every attribute TMX
// defines and unknown ones, values in either quote with references and
// literal white space, CDATA, character and entity references, comments,
// processing instructions, a DOCTYPE with an internal subset, unknown
// elements, every inline element (well and badly nested), TMX 1.1 lang
// attributes, invalid units, CRLF line ends. The documents are
// well-formed; how much of them is valid TMX varies.
type docGen struct {
	rng *rand.Rand
	b   strings.Builder
	// legacy keeps names to characters EUC-KR has, so that the document
	// can be converted (text and values take references where needed).
	legacy bool
}

var (
	genWords = strings.Fields("서울 한국은행은 기준금리를 동결했다 국무부는 밝혔다 뉴스/기사1 " +
		"café naïve Zoë Ærøskøbing Ελλάδα Москва 北京 東京 ソウル " +
		"😀 𝄞 𠜎𠜱 🇰🇷 the State Department said 3.5% a/b x_y " +
		"\u1112\u1161\u11ab\u1100\u116e\u11a8 e\u0301 \u00a0 \u3000 ‘quoted’ “double”")
	genRefs = []string{"&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&#xAC00;", "&#44032;", "&#x1F600;",
		"&#233;", "&#10;", "&#13;", "&#9;", "&#x20;", "&#x41;", "&#x10FFFD;"}
	genSpace = []string{" ", " ", "  ", "\n", "\r\n", "\t", "\r", "\n    "}
	genLangs = []string{"ko-KR", "en-US", "fr-FR", "ja-JP", "de-DE", "EN-us", "zh-Hant-TW"}
)

func (g *docGen) pick(list []string) string { return list[g.rng.IntN(len(list))] }
func (g *docGen) chance(p float64) bool     { return g.rng.Float64() < p }
func (g *docGen) w(s ...string) {
	for _, x := range s {
		g.b.WriteString(x)
	}
}

// nl writes a line end, sometimes CRLF, and indentation.
func (g *docGen) nl() {
	if g.chance(0.2) {
		g.w("\r\n")
	} else {
		g.w("\n")
	}
	g.w(strings.Repeat(" ", g.rng.IntN(6)))
}

// name returns an unknown element or attribute name.
func (g *docGen) name() string {
	names := []string{"x-note", "x-é", "x-메모", "x.y", "x_1", "xmlns:x", "x:y", "기사", "Ünknown"}
	if g.legacy {
		names = []string{"x-note", "x-메모", "x.y", "x_1", "xmlns:x", "x:y", "기사"}
	}
	return g.pick(names)
}

// misc writes comments and processing instructions.
func (g *docGen) misc() {
	for g.chance(0.3) {
		if g.chance(0.5) {
			g.w("<!-- ", g.pick(genWords), " - ", g.pick(genWords), " <tag> & ]]> -->")
		} else {
			g.w("<?bitext-", fmt.Sprint(g.rng.IntN(9)), " ", g.pick(genWords), " a=\"b\" ? > ?>")
		}
		if g.chance(0.5) {
			g.nl()
		}
	}
}

// text writes character data of about n pieces.
func (g *docGen) text(n int) {
	for range n {
		switch r := g.rng.IntN(20); {
		case r < 11:
			g.w(g.pick(genWords))
		case r < 14:
			g.w(g.pick(genSpace))
		case r < 17:
			g.w(g.pick(genRefs))
		case r < 18:
			g.w("<![CDATA[", g.pick(genWords), " <b>&amp; ]] ] > \r\n", g.pick(genWords), "]]>")
		case r < 19:
			g.misc()
		default:
			g.w("'\"> ]]")
		}
	}
}

// value writes an attribute value in quotes.
func (g *docGen) value(v string) {
	q := `"`
	if g.chance(0.3) {
		q = `'`
	}
	g.w(q, v)
	for range g.rng.IntN(4) {
		switch r := g.rng.IntN(10); {
		case r < 5:
			g.w(g.pick(genWords))
		case r < 7:
			g.w(g.pick(genRefs))
		case r < 8:
			g.w(g.pick(genSpace))
		case q == `"`:
			g.w("'>")
		default:
			g.w(`">`)
		}
	}
	g.w(q)
}

// attrs writes some of the attributes in names, always those in required,
// in random order, with an unknown one at times. Values start with the
// text given.
func (g *docGen) attrs(names map[string]string, required ...string) {
	keys := make([]string, 0, len(names))
	for k := range names {
		keys = append(keys, k)
	}
	// Map order is random but not reproducible: sort, then shuffle.
	for i := range keys {
		for j := i + 1; j < len(keys); j++ {
			if keys[j] < keys[i] {
				keys[i], keys[j] = keys[j], keys[i]
			}
		}
	}
	g.rng.Shuffle(len(keys), func(i, j int) { keys[i], keys[j] = keys[j], keys[i] })
	for _, k := range keys {
		if g.chance(0.75) || slices.Contains(required, k) && g.chance(0.995) {
			g.w(g.pick([]string{" ", "\n\t", "  ", "\r\n "}), k, g.pick([]string{"=", " = "}))
			g.value(names[k])
		}
	}
	if g.chance(0.2) {
		g.w(" ", g.name(), "=")
		g.value("")
	}
}

func (g *docGen) date() string {
	if g.chance(0.8) {
		return fmt.Sprintf("2019%02d%02dT%02d3512Z", 1+g.rng.IntN(12), 1+g.rng.IntN(28), g.rng.IntN(24))
	}
	return "2019-01-11"
}

func (g *docGen) props(max int) {
	for range g.rng.IntN(max + 1) {
		g.nl()
		g.w("<prop")
		g.attrs(map[string]string{"type": g.pick([]string{"x-document", "x-score", "x-출처", "x-é", ""}), "xml:lang": g.pick(genLangs), "o-encoding": "utf-8"}, "type")
		g.w(">")
		g.text(g.rng.IntN(5))
		g.w("</prop>")
	}
}

func (g *docGen) notes(max int) {
	for range g.rng.IntN(max + 1) {
		g.nl()
		g.w("<note")
		g.attrs(map[string]string{"xml:lang": g.pick(genLangs), "o-encoding": "utf-8"})
		g.w(">")
		g.text(g.rng.IntN(5))
		if g.chance(0.2) {
			g.w("<", "x-inner>")
			g.text(2)
			g.w("</x-inner>")
		}
		g.w("</note>")
	}
}

// inline writes segment content with inline elements up to depth levels.
func (g *docGen) inline(depth int) {
	for range 1 + g.rng.IntN(6) {
		if depth == 0 || g.chance(0.6) {
			g.text(1 + g.rng.IntN(4))
			continue
		}
		i := fmt.Sprint(1 + g.rng.IntN(5))
		switch g.rng.IntN(11) {
		case 0:
			g.w("<bpt")
			g.attrs(map[string]string{"i": i, "x": i, "type": "bold"})
			g.w(">&lt;b", g.pick([]string{"", " class=\"é\""}), "&gt;")
			if g.chance(0.3) {
				g.w("<sub>")
				g.inline(depth - 1)
				g.w("</sub>")
			}
			g.w("</bpt>")
		case 1:
			g.w("<ept")
			g.attrs(map[string]string{"i": i})
			g.w(">&lt;/b&gt;</ept>")
		case 2:
			g.w("<ph")
			g.attrs(map[string]string{"x": i, "type": "image", "assoc": g.pick([]string{"p", "f", "b"})})
			if g.chance(0.3) {
				g.w("/>")
				break
			}
			g.w(">&lt;img alt=\"<sub")
			g.attrs(map[string]string{"datatype": "html", "type": "alt"})
			g.w(">")
			g.inline(depth - 1)
			g.w("</sub>\"/&gt;</ph>")
		case 3:
			g.w("<it")
			g.attrs(map[string]string{"pos": g.pick([]string{"begin", "end", "middle"}), "x": i, "type": "italic"})
			g.w(">&lt;i&gt;</it>")
		case 4:
			g.w("<ut")
			g.attrs(map[string]string{"x": i})
			g.w(">{\\b ", g.pick(genWords), "}</ut>")
		case 5, 6:
			g.w("<hi")
			g.attrs(map[string]string{"x": i, "type": "emphasis"})
			g.w(">")
			g.inline(depth - 1)
			g.w("</hi>")
		case 7:
			g.w("<sub>") // not allowed in a segment: unwrapped
			g.inline(depth - 1)
			g.w("</sub>")
		case 8:
			n := g.name()
			g.w("<", n)
			g.attrs(map[string]string{"i": i})
			g.w(">")
			g.inline(depth - 1)
			g.w("</", n, ">")
		case 9:
			g.w("<", g.pick([]string{"bpt", "it", "ph"}), "/>") // bpt and it without required attributes
		default:
			g.misc()
		}
	}
}

func (g *docGen) unit(n int) {
	g.nl()
	g.w("<tu")
	tuid := g.pick([]string{fmt.Sprint(n), fmt.Sprintf("뉴스/기사%d.en.txt#%d", n%7, n), fmt.Sprintf("é%d", n), fmt.Sprintf("😀-%d", n), "a&amp;b&#9;" + fmt.Sprint(n)})
	g.attrs(map[string]string{
		"tuid": tuid, "creationdate": g.date(), "changedate": g.date(), "usagecount": fmt.Sprint(n % 5),
		"segtype": g.pick([]string{"sentence", "Paragraph", "none"}), "srclang": g.pick(genLangs),
		"creationtool": "Éditeur", "creationid": "José", "datatype": "plaintext", "changeid": "지수", "o-tmf": "Übersetzer",
		"lastusagedate": g.date(), "o-encoding": "euc-kr", "creationtoolversion": "2.1 bêta",
	}, "tuid")
	g.w(">")
	g.misc()
	g.props(2)
	g.notes(1)
	if g.chance(0.05) {
		g.nl()
		g.w("<x-extra><tuv xml:lang=\"en\"><seg>skipped</seg></tuv></x-extra>")
	}
	nv := 1 + g.rng.IntN(3)
	if g.chance(0.03) {
		nv = 0
	}
	for v := range nv {
		g.nl()
		g.w("<tuv")
		lang := map[string]string{"xml:lang": genLangs[(n+v)%len(genLangs)], "creationid": "Renée", "changedate": g.date(),
			"usagecount": "1", "o-encoding": "utf-8", "creationdate": g.date(), "datatype": "html"}
		if g.chance(0.1) {
			lang["lang"] = lang["xml:lang"]
			delete(lang, "xml:lang")
		}
		g.attrs(lang, "xml:lang", "lang")
		g.w(">")
		g.props(1)
		g.notes(1)
		g.misc()
		segs := 1
		if g.chance(0.03) {
			segs = 2
		}
		for range segs {
			g.nl()
			g.w("<seg>")
			g.inline(3)
			g.w("</seg>")
		}
		g.nl()
		g.w("</tuv>")
	}
	g.nl()
	g.w("</tu>")
}

// document returns a document of at least size bytes (before any
// conversion) in the encoding named: "UTF-8", "UTF-16LE", "UTF-16BE" (both
// with a byte-order mark) or "EUC-KR".
func genDocument(seed uint64, size int, enc string) []byte {
	g := &docGen{rng: rand.New(rand.NewPCG(seed, seed^0x2545F4914F6CDD1D)), legacy: enc == "EUC-KR"}
	label := enc
	if strings.HasPrefix(enc, "UTF-16") {
		label = "UTF-16"
	}
	g.w(`<?xml version="1.0" encoding="`, label, `"?>`)
	g.nl()
	g.misc()
	if g.chance(0.7) {
		g.w(`<!DOCTYPE tmx SYSTEM "tmx14.dtd" [`, "\n", `  <!-- a ']' and a "quote" -->`, "\n", `  <!ENTITY x "y>">`, "\n]>")
		g.nl()
	}
	g.misc()
	g.w(`<tmx version="1.4">`)
	g.nl()
	if g.chance(0.2) {
		g.w("<x-before a=\"1\"><header/></x-before>")
		g.nl()
	}
	g.w("<header")
	g.attrs(map[string]string{"creationtool": "Éditeur de mémoires", "creationtoolversion": "2.1 bêta", "segtype": "Sentence",
		"o-tmf": "Übersetzer", "adminlang": "en-US", "srclang": "ko-KR", "datatype": "plaintext", "creationdate": g.date(),
		"o-encoding": "utf-8", "changeid": "José", "changedate": g.date(), "creationid": "지수"})
	g.w(">")
	g.props(3)
	g.notes(2)
	g.w("<ude name=\"x-é\" base=\"Macintosh\"><map unicode=\"#xF8FF\" code=\"#xF0\" ent=\"Apple_logo\" subst=\"[Apple]\"/></ude>")
	g.nl()
	g.w("</header>")
	g.nl()
	g.misc()
	g.w("<body>")
	for n := 0; g.b.Len() < size; n++ {
		g.unit(n)
		g.misc()
	}
	g.nl()
	g.w("</body>")
	g.nl()
	g.w("</tmx>")
	g.nl()
	return encodeDocument(g.b.String(), enc)
}

func encodeDocument(doc, enc string) []byte {
	var e *encoding.Encoder
	switch enc {
	case "UTF-8":
		return []byte(doc)
	case "UTF-16LE":
		e = unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder()
	case "UTF-16BE":
		e = unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder()
	case "EUC-KR":
		// Characters EUC-KR lacks become references, which XML expands
		// in text and attribute values and leaves alone elsewhere.
		e = encoding.HTMLEscapeUnsupported(korean.EUCKR.NewEncoder())
	default:
		panic("unknown encoding " + enc)
	}
	b, err := e.Bytes([]byte(doc))
	if err != nil {
		panic(err)
	}
	return b
}
