// Package glossary builds name glossaries from aligned English–Korean
// article pairs and reads and writes them in the formats translation tools
// import.
//
// # Extraction
//
// For every aligned paragraph bead (1-1, 2-1 …; furniture, lone
// paragraphs and, by default, beads flagged for review are skipped) the
// English side's names are found by the name layer's English name finder
// (package align/names/english): runs of capitalized words split at
// titles, with nationality adjectives, months, weekdays and
// sentence-initial common words left out. Each is scored (package align/names/match) against the
// Hangul name candidates of the Korean side: every word with its
// postposition and title removed, and runs of two or three words for
// foreign names (마이크 폼페이오). The best pairs above Options.MinNameScore are
// taken greedily; one Hangul name serves several English names only when
// they are forms of one name (Kim Jong-un and Kim). A Hangul name glossed
// in Latin letters (리용호(Ri Yong Ho)) pairs with the English name it
// spells at full confidence. Within a document, short forms are folded
// into the full name the document pairs (Pompeo into Mike Pompeo, Kim
// beside 김 위원장 into Kim Jong-un when it is the only Kim); a lone
// surname syllable that stays ambiguous is dropped, and so is a short form
// of several of the document's people (Palin beside Sarah and Track
// Palin). A word the Korean
// text also writes with other endings is read as that stem plus a
// postposition (캐버노가 beside 캐버노는 is 캐버노).
//
// The glossary does not run the aligner; it reads what the aligner used.
// Prepare reads what does not need the alignment (the English names of
// every body paragraph, the Korean words with their postpositions, stems
// and Latin glosses; a word's name key waits for a bead that needs it) with the align.Options the aligner is given: its lexicon
// (a --dict included) and its match.Compiler, so the Hangul names the
// aligner compiled are reused. Package tm/pair runs Prepare on another
// core while the aligner runs. Extract then reads the alignment's
// paragraph beads, whatever its level, on all cores for long documents,
// and Builder.AddNames counts what it found, in document order.
//
// An Entry is keyed by its Hangul form and lists every English form with
// its count, number of documents, Latin sightings and up to
// Options.MaxSeen places (document, English id, Korean id); its type
// (person, place, organization, other), its romanizations (press, RR,
// McCune–Reischauer, DPRK, from package romanize), a confidence that
// grows with the best match score and with repeated sightings, and short
// contexts on each side.
//
// # Formats
//
// The format follows the file's extension (FormatFor). TXT (.txt, .utf8,
// .tab) is OmegaT's glossary format: source term, target term and a
// comment, tab-separated, UTF-8, no header; Korean is the source as in
// the TMX, or English with WriteOptions.EnglishSource. CSV has the
// columns of TSV and a header row only with WriteOptions.Header (memoQ
// and MultiTerm map columns by name; OmegaT reads a header row as an
// entry, and the third column, the type, as the comment). TBX is
// TBX-Basic, TBX v2 <martif> by default (what OmegaT, memoQ and MultiTerm
// import; it validates against the TBX schema in OmegaT.jar) or TBX v3
// DCA style (validating against the TBX-Basic RELAX NG schema). TSV is
// bitext's own glossary, a header row and a column for every field, and
// JSON holds every field too. The comment of a TXT row and the notes of a
// TBX entry carry the fields those formats have no place for as "key:
// value" items, so every format reads back what it wrote (TXT without the
// contexts and places). Readers tell the Korean term from the English one
// by its Hangul (an English term with Hangul is refused), refuse a file in
// another format with a message naming the format it looks like, report
// the line of a malformed row, merge repeated rows and report them and
// conflicts (one English name under two Hangul names, one Hangul name with
// two types: ReadChecked, Check), and fill in romanizations the file
// lacks. Every row needs both terms, and no term starts with # (which
// starts a comment line in OmegaT); CSV quotes are strict. An empty
// glossary this package wrote reads back as no entries in every format
// (an empty TXT or CSV, a TSV or CSV header alone, a TBX placeholder
// concept with empty terms, {"entries": []}).
// Merge joins the glossaries of corpus shards.
//
// encoding/csv, encoding/json and encoding/xml do the reading and writing.
package glossary
