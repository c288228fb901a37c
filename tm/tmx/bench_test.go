package tmx

import (
	"bytes"
	"io"
	"testing"
)

// BenchmarkWrite measures writing bitext-shaped units; bytes/s is TMX
// output.
func BenchmarkWrite(b *testing.B) {
	units := syntheticUnits(10000, 1)
	size := len(writeAll(b, Header{}, units))
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		w, err := NewWriter(io.Discard, Header{})
		if err != nil {
			b.Fatal(err)
		}
		for _, u := range units {
			if err := w.Write(u); err != nil {
				b.Fatal(err)
			}
		}
		if err := w.Close(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRead measures reading the same document back; bytes/s is TMX
// input.
func BenchmarkRead(b *testing.B) {
	for _, markup := range []bool{false, true} {
		name := "text"
		if markup {
			name = "markup"
		}
		b.Run(name, func(b *testing.B) {
			data := writeAll(b, Header{}, syntheticUnits(10000, 1))
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				r := NewReader(bytes.NewReader(data))
				r.KeepMarkup = markup
				n := 0
				for {
					_, err := r.Read()
					if err == io.EOF {
						break
					}
					if err != nil {
						b.Fatal(err)
					}
					n++
				}
				if n != 10000 {
					b.Fatalf("read %d units, want 10000", n)
				}
			}
		})
	}
}
