package tmx

import (
	"bytes"
	"io"
	"testing"
)

// BenchmarkScan measures the XML layer alone, without building units.
func BenchmarkScan(b *testing.B) {
	data := writeAll(b, Header{}, syntheticUnits(10000, 1))
	b.SetBytes(int64(len(data)))
	s := newScanner(nil)
	for b.Loop() {
		s.reset(bytes.NewReader(data), initialBufSize)
		for {
			err := s.next()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
		}
	}
}
