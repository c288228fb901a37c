// Package alignfile reads and writes bitext's alignment file: one article
// pair as bitext aligned it, in a form a person can review and correct and
// bitext can read back, check and export (bitext align --format json,
// bitext corpus --alignments, bitext export, the review page).
//
// # Schema, version 1
//
// A JSON object (UTF-8):
//
//	format        "bitext-alignment"
//	version       1
//	bitext        the version of bitext that made the alignment
//	document      the pair's document id (x-document in TMX, doc in glossary places)
//	settings      {keep_furniture, paragraphs: "auto"|"blank"|"line", encoding?, dict?: {path, sha256}, min_score}
//	length_ratio  the aligner's estimate of English letters per Korean letter
//	en, ko        {path, sha256, encoding, html, paragraphs: [paragraph…]}
//	beads         [bead…]  the paragraph beads, ids are numbers:      {"en": [3, 4], "ko": [5], …}
//	links         [bead…]  the sentence links, ids are "PARA.SENT":    {"en": ["3.0"], "ko": ["5.0", "5.1"], …}
//	glossary      [entry…] optional: the pair's names
//
// A paragraph is {text, body?, sentences, furniture?, reason?, caption?,
// headline?}: the text as read (normalized, lines joined by "\n"), the
// body that was aligned when it differs from the text (furniture lines
// left out, a dateline cut off; "" for a furniture paragraph), the
// sentences of the body (at least one), and the furniture detector's
// marks. Paragraph i of a side is the i-th element: ids are 0-based
// positions in the input. Paragraphs record what bitext read; edits change
// beads, never paragraphs.
//
// A bead is {en, ko, score, kind, flagged, status}: score is the aligner's
// calibrated confidence, in [0, 1], at full precision; kind is "match",
// "omitted" (one side, no counterpart) or "furniture" (one side, page
// furniture); flagged says the score was under settings.min_score; status
// is "auto" (as the aligner made it), "confirmed" (a person confirmed it)
// or "edited" (a person made or changed it; its score is the editor's, 1
// unless it says otherwise).
//
// A glossary entry is a glossary.Entry (hangul, type, forms with their
// counts and places, romanized, confidence, context) with "review":
// "auto" (as extracted), "accepted", "rejected" or "edited".
//
// Paths are relative to the directory of the alignment file, with forward
// slashes, so that a directory of inputs and alignments can be moved
// whole; an absolute path where there is no relative one, "-" for
// standard input. The file is written with each paragraph, bead, link and
// entry on a line of its own, so that a review shows as a small diff.
//
// # What a reader checks
//
// Read refuses, with an *Error naming the file and the field as a JSON
// path ("beads[12].ko[0]: paragraph 40 does not exist (the Korean text
// has 31)"), anything that is not UTF-8 JSON, an unknown field (names are
// case-sensitive), a missing field, a value of the wrong type, and
// everything File.Validate checks: above all the aligner's contract, that
// every paragraph of both sides is in exactly one bead and every sentence
// in exactly one link, in order, and that the paragraph beads are the
// closure of the links. Write validates too: an invalid file is never
// written, and WriteFile replaces the file atomically (tm/atomicfile).
//
// # Versions
//
// version is a whole number. Any change to the schema, a new field
// included, makes a new version; a reader reads every version up to its
// own (older ones upgraded as they are read) and refuses a newer one with
// ErrVersion, before looking at any other field, rather than misread it.
// Writers always write the newest version.
//
// # Edits and changed inputs
//
// The file holds the texts, so it exports without its inputs. Editing it
// is another matter: a reviewer's edit is meant for the text the
// alignment was made from. Open (and CheckInputs) re-read each input,
// check its SHA-256 against the file's and that this bitext reads it into
// the same paragraphs and sentences (a newer bitext may split
// differently); a changed input is refused with an error wrapping
// ErrChanged, never patched.
package alignfile
