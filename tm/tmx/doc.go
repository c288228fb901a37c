// Package tmx reads and writes TMX (Translation Memory eXchange) documents,
// the format in which CAT tools such as OmegaT, Trados and memoQ exchange
// translation memories.
//
// A TMX document is a <header> followed by a <body> of translation units
// (<tu>), each holding the same text in several languages (<tuv>, with the
// text in a <seg>). Unit, Variant and Header mirror those elements; the
// attributes and properties of each are kept.
//
// Writer writes TMX 1.4b as a stream, one unit at a time, in constant
// memory; what it writes validates against the TMX 1.4 DTD and reads back
// into the same units. Reader reads TMX 1.1 to 1.4b as a stream, in memory
// bounded by the largest unit (and by limits that no input can pass), and
// never expands a DTD entity. The package
// knows nothing of alignment: bitext's aligner turns its results into Units.
//
// # Why the XML layer is hand-written
//
// The reader does not use encoding/xml, although it would be the natural
// base: measured on this project's machine, encoding/xml's Decoder
// tokenizes TMX at 25–28 MB/s, half the 50 MB/s the project requires, and
// it has no limit on the size of a token (a multi-gigabyte text node is
// buffered whole). The third-party fast tokenizers leave out what a
// translation-memory reader must do: expanding character references,
// matching end tags, rejecting illegal characters, reporting columns. So
// the package has its own small scanner for the part of XML 1.0 that TMX
// uses: elements, attributes, text, CDATA, the five predefined entities and
// character references, with comments, processing instructions and the
// DOCTYPE skipped. It checks well-formedness, bounds nesting (MaxDepth) and
// token size (MaxTokenSize), and reads about three times as fast. Character
// encodings other than UTF-8 are decoded with golang.org/x/text.
//
// The writer is hand-written too, for exactness rather than speed:
// encoding/xml's escaping writes line feeds as &#xA; and has no way to
// count the characters it drops.
//
// # Text
//
// Variant.Text is plain text. A segment's inline elements (bpt, ept, it,
// ph, ut, hi, sub) are either reduced to text (the default) or kept as
// markup in Variant.Markup (Reader.KeepMarkup). On writing, text is
// normalized with NormalizeText: NFC, white space collapsed to single
// spaces and trimmed, which is how CAT tools show and match segments.
//
// # Properties
//
// bitext marks its units with properties of its own: PropDocument,
// PropKoIDs, PropEnIDs, PropScore and, for units that need review,
// PropFlagged (see Unit.MarkFlagged).
package tmx
