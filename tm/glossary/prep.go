package glossary

import "github.com/bitext-ko/bitext/align"

// prepBuffers holds the arrays and maps that PrepareWith makes of a
// document and hands to Extract in its Prepared: a Scratch keeps them for
// the next document, which clears them (nothing of a document is read
// once Extract has read it), as long as they hold no more than
// maxKeptWords words or maxKeptKeys keys: a long document's are left to
// the collector. Kept, they take some 50 KB for an article of the
// development corpus (300 words, 10 paragraphs), at most about 3 MB
// (koWord and latinGloss take 72 bytes: 1.2 MB each at maxKeptWords)
// and the maps.
// Without a Scratch, PrepareWith starts from empty ones.
type prepBuffers struct {
	words   keptArray[koWord]     // every paragraph's words, one after another
	entries keptArray[*wordEntry] // koreanVocab.entries
	// Every paragraph's Latin glosses, one after another, and their
	// Hangul words (latinGloss.words).
	glossList  keptArray[latinGloss]
	glossWords keptArray[string]
	paras      map[align.ID][]koWord // Prepared.koWords
	glosses    map[align.ID][]latinGloss
	stems      map[string]bool       // Prepared.stems
	heads      keptArray[*wordEntry] // the entries of the stems of the document (koreanVocab.stems)
	midCaps    map[string]bool       // Prepared.midCaps
}

// maxKeptWords bounds the words (koWords and entries: some 80 bytes
// each; Latin glosses too) whose arrays a Scratch keeps for the next document: 16,384 are
// the words of some 160 KB of Korean text; an article of the development
// corpus has 750 at most.
const maxKeptWords = 1 << 14

// maxKeptKeys bounds the keys of each map a Scratch keeps for the next
// document (paragraphs, stems, English words).
const maxKeptKeys = 1024

// mapKey is the keys of the maps of prepBuffers. (The package's tests
// have a function named comparable.)
type mapKey interface{ string | align.ID }

// keptArray is an array that a Scratch lends to one document after
// another.
type keptArray[T any] struct {
	a      []T // len 0
	filled int // how many elements of a the last document set
}

// take returns an empty slice with room for n elements: the kept array
// when it has room, else a new one twice its size or more, so that a
// Scratch makes few of them whatever the order of the documents.
func (k *keptArray[T]) take(n int) []T {
	if cap(k.a) < n {
		k.a, k.filled = make([]T, 0, max(n, min(2*cap(k.a), maxKeptWords))), 0
	}
	return k.a
}

// keep keeps the array of s, which the document filled (from take, and
// grown by append), for the next one, unless it holds more than
// maxKeptWords elements. It clears the elements an earlier document set
// past s, so that the array keeps nothing of that document.
func (k *keptArray[T]) keep(s []T) {
	if cap(s) > maxKeptWords {
		k.a, k.filled = nil, 0
		return
	}
	if len(s) < k.filled { // s is k.a's array: had it grown, len(s) would be past its cap
		clear(s[len(s):k.filled])
	}
	k.a, k.filled = s[:0], len(s)
}

// reuseMap returns the map *m cleared, or a new map with room for n,
// kept in *m, when *m is nil or holds more than maxKeptKeys keys.
func reuseMap[K mapKey, V any](m *map[K]V, n int) map[K]V {
	if *m == nil || len(*m) > maxKeptKeys {
		*m = make(map[K]V, n)
	} else {
		clear(*m)
	}
	return *m
}
