// Package match pairs English names with their Hangul forms: Korean
// personal names in any romanization (Kim Jong-un, Kim Jong Un, KIM
// Jong-un, Kim Chŏng-ŭn, Jong-un Kim for 김정은), foreign names as Korean
// writes them (Pompeo 폼페이오, Xi Jinping 시진핑, Kritenbrink 크리튼브링크),
// acronyms read letter by letter (CIA 시아이에이) and names that Korean
// translates rather than transliterates (U.S. 미국, North Korea 북한, White
// House 백악관), through the table of package translated.
//
// # Scoring
//
// Score compares one English name with one Hangul name and returns a
// similarity in [0, 1]. The Hangul is compiled into a pattern of slots —
// one per jamo, or per vowel pair such as 아이 — each with the Latin
// spellings it can have and their costs: for Korean names the RR, MR and
// DPRK letters and personal variants (ㄱ g/k, ㅈ j/ch, ㅓ eo/o/u, ㅡ eu/u,
// ㅕ yeo/yo/yu, ㅜ u/oo, finals k/g/ck, ㄹ/ㄴ dropped before i and y as in
// 리/이, 류/유, 림/임), and the surname's conventional spellings (package
// surname); for foreign names the spellings the loanword rules map to each
// jamo (ㅂ b/v, ㅍ p/f/ph, ㅓ for the English schwa, an added ㅡ for none).
// A weighted edit distance aligns the English letters with the slots; the
// score is one minus that distance over the length of the English name.
// Korean names are tried surname first and surname last, with titles
// dropped (President, North Korean leader), and foreign names in either
// word order (Shinzo Abe 아베 신조) and by their last word alone (Pompeo for
// 마이크 폼페이오, at a lower score).
//
// # Running text
//
// Candidates finds the name-like words of Korean text, with postpositions
// and titles removed (김정은 위원장이 → 김정은, 폼페이오는 → 폼페이오, 시진핑
// 국가주석과 → 시진핑); package english finds the names of English text
// (english.Runs, the runs of capitalized words). To find the names two
// texts share, as the aligner does for a document, put the Candidates of
// the Korean text in an Index (through a Compiler, to compile each Hangul
// name once) and look up each English run with Index.Best.
//
// # Many names
//
// Index answers "which of these Hangul names is this English name" without
// comparing every pair: Korean names are blocked on surname and on the
// class of the given name's first sound, foreign names on the first three
// consonant classes of their skeleton (트럼프 and Trump are both T R M P;
// the classes are package skeleton's),
// with wider blocks searched only when the narrow ones give no good match;
// comparisons stop as soon as a candidate cannot beat the best so far. It
// matches 10,000 English names against 10,000 Hangul names in about a
// second on one core.
//
// No Go library matches romanized or transliterated names to Hangul:
// general string-distance packages (Levenshtein, Jaro-Winkler) compare
// letters one to one and cannot say that ㅓ may be eo, o or u, so the
// pattern matcher is written here. Compiled names and indexes are safe
// for concurrent use once built (what a name works out on first use, it
// works out once); the tables are built once at package initialization.
package match
