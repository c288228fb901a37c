package alignfile

import (
	"encoding/json"

	"github.com/bitext-ko/bitext/tm/glossary"
)

type rawJSON = json.RawMessage

// The JSON shapes of the file. File's fields are the Go side; these are
// the bytes' side, written by write.go and read by read.go. Each object's
// required fields are listed beside it for the reader.

type wireHeader struct {
	Format  string `json:"format"`
	Version int    `json:"version"`
}

type wireFile struct {
	Format      string     `json:"format"`
	Version     int        `json:"version"`
	Bitext      string     `json:"bitext"`
	Document    string     `json:"document"`
	Settings    rawJSON    `json:"settings"`
	LengthRatio float64    `json:"length_ratio"`
	EN          rawJSON    `json:"en"`
	KO          rawJSON    `json:"ko"`
	Beads       []rawJSON  `json:"beads"`
	Links       []rawJSON  `json:"links"`
	Glossary    *[]rawJSON `json:"glossary,omitempty"`
}

var fileRequired = []string{"format", "version", "bitext", "document", "settings", "length_ratio", "en", "ko", "beads", "links"}

type wireSettings struct {
	KeepFurniture bool      `json:"keep_furniture"`
	Paragraphs    string    `json:"paragraphs"`
	Encoding      string    `json:"encoding,omitempty"`
	Dict          *wireDict `json:"dict,omitempty"`
	MinScore      float64   `json:"min_score"`
}

var settingsRequired = []string{"keep_furniture", "paragraphs", "min_score"}

type wireDict struct {
	Path   string `json:"path"`
	SHA256 string `json:"sha256"`
}

var dictRequired = []string{"path", "sha256"}

// wireSide is a side as written; the reader reads its paragraphs one by
// one (wireSideIn).
type wireSide struct {
	Path     string `json:"path"`
	SHA256   string `json:"sha256"`
	Encoding string `json:"encoding"`
	HTML     bool   `json:"html"`
}

type wireSideIn struct {
	wireSide
	Paragraphs []rawJSON `json:"paragraphs"`
}

var sideRequired = []string{"path", "sha256", "encoding", "html", "paragraphs"}

// wireParagraph is a paragraph. Body is left out when it is the text.
type wireParagraph struct {
	Text      string   `json:"text"`
	Body      *string  `json:"body,omitempty"`
	Sentences []string `json:"sentences"`
	Furniture bool     `json:"furniture,omitempty"`
	Reason    string   `json:"reason,omitempty"`
	Caption   bool     `json:"caption,omitempty"`
	Headline  bool     `json:"headline,omitempty"`
}

var paragraphRequired = []string{"text", "sentences"}

// wireBead is a paragraph bead: paragraph ids are numbers.
type wireBead struct {
	EN      []int   `json:"en"`
	KO      []int   `json:"ko"`
	Score   float64 `json:"score"`
	Kind    string  `json:"kind"`
	Flagged bool    `json:"flagged"`
	Status  Status  `json:"status"`
}

// wireLink is a sentence link: sentence ids are "PARA.SENT" strings.
type wireLink struct {
	EN      []string `json:"en"`
	KO      []string `json:"ko"`
	Score   float64  `json:"score"`
	Kind    string   `json:"kind"`
	Flagged bool     `json:"flagged"`
	Status  Status   `json:"status"`
}

var beadRequired = []string{"en", "ko", "score", "kind", "flagged", "status"}

type wireEntry struct {
	glossary.Entry
	Review Review `json:"review"`
}

var entryRequired = []string{"hangul", "type", "forms", "review"}
