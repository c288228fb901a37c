package read

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Every input bitext reads whole (an article, a list of names, a
// glossary, a dictionary, a gold file, standard input) is read through
// this file, at most Limits.MaxSize bytes of it; input read line by line
// (Lines) keeps at most Limits.MaxLine bytes of a line. Whatever stat
// says: a FIFO, a device or a pipe has no size until it ends, if it ends.

// Default limits.
const (
	// DefaultMaxSize is the largest input read whole.
	DefaultMaxSize = 256 << 20
	// DefaultMaxLine is the longest line read line by line.
	DefaultMaxLine = 1 << 20
)

// Limits bound what is read of one input. The zero value means the
// defaults.
type Limits struct {
	// MaxSize is the most bytes of an input read whole; 0 means
	// DefaultMaxSize.
	MaxSize int64
	// MaxLine is the most bytes of one line of an input read line by
	// line, line end excluded; 0 means DefaultMaxLine.
	MaxLine int
}

func (l Limits) maxSize() int64 {
	if l.MaxSize <= 0 {
		return DefaultMaxSize
	}
	return l.MaxSize
}

func (l Limits) maxLine() int {
	if l.MaxLine <= 0 {
		return DefaultMaxLine
	}
	return l.MaxLine
}

// TooLargeError is an input, or a line of it, over a limit.
type TooLargeError struct {
	Name  string // the input, "-" for standard input
	Line  int    // the line too long, 0 when the whole input is too large
	Limit int64  // the limit exceeded, in bytes
}

func (e *TooLargeError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("reading %s: line %d is longer than %s, the line limit", displayName(e.Name), e.Line, FormatSize(e.Limit))
	}
	return fmt.Sprintf("reading %s: more than %s, the input limit", displayName(e.Name), FormatSize(e.Limit))
}

func displayName(name string) string {
	if name == "-" {
		return "standard input"
	}
	return name
}

// FormatSize writes a byte count the way limits are given: 256 MiB, 1 GiB,
// 512 KiB, 100 bytes.
func FormatSize(n int64) string {
	for _, u := range []struct {
		unit string
		size int64
	}{{"TiB", 1 << 40}, {"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10}} {
		if n >= u.size && n%u.size == 0 {
			return fmt.Sprintf("%d %s", n/u.size, u.unit)
		}
	}
	return fmt.Sprintf("%d bytes", n)
}

// Limited is a reader that fails with a *TooLargeError once its source
// has yielded more than its limit. All reads a Limited whole; a parser
// that reads a stream and keeps what it reads goes through Stream.
type Limited struct {
	r     io.Reader
	name  string
	limit int64
	n     int64 // bytes read so far
}

// Limit returns a reader of r that fails with a *TooLargeError naming
// name once more than limit bytes (limit <= 0: DefaultMaxSize) have been
// read. All reads a Limited up to its own limit.
func Limit(r io.Reader, name string, limit int64) *Limited {
	return &Limited{r: r, name: name, limit: Limits{MaxSize: limit}.maxSize()}
}

func (l *Limited) Read(p []byte) (int, error) {
	if l.n > l.limit {
		return 0, &TooLargeError{Name: l.name, Limit: l.limit}
	}
	// Read one byte past the limit, so that an input of exactly the
	// limit ends well.
	if rest := l.limit + 1 - l.n; int64(len(p)) > rest {
		p = p[:rest]
	}
	n, err := l.r.Read(p)
	l.n += int64(n)
	if l.n > l.limit {
		return n - int(l.n-l.limit), &TooLargeError{Name: l.name, Limit: l.limit}
	}
	return n, err
}

// Stream runs parse on r, at most limit bytes of it (limit <= 0:
// DefaultMaxSize), for parsers that read a stream and keep what they read
// (a dictionary, a gold file, a manifest). When r holds more, the error is
// a *TooLargeError naming name, whatever parse made of its input cut short
// (a last line cut in two).
func Stream(r io.Reader, name string, limit int64, parse func(io.Reader) error) error {
	lr := Limit(r, name, limit)
	err := parse(lr)
	if lr.n > lr.limit {
		return &TooLargeError{Name: name, Limit: lr.limit}
	}
	return err
}

// All reads r to its end and returns what it read: at most the limit of r
// if r is a *Limited, DefaultMaxSize bytes otherwise; more is a
// *TooLargeError naming name.
func All(r io.Reader, name string) ([]byte, error) {
	var b bytes.Buffer
	if err := readInto(&b, r, name, 0, -1); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// ReadFile reads the named file whole, at most limit bytes of it (limit <=
// 0: DefaultMaxSize), whatever kind of file it is; more is a
// *TooLargeError.
func ReadFile(name string, limit int64) ([]byte, error) {
	var b bytes.Buffer
	if err := readFileInto(&b, name, Limits{MaxSize: limit}.maxSize()); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// readFileString reads a named file into a string, at most limit bytes.
func readFileString(name string, limit int64) (string, error) {
	var b strings.Builder
	err := readFileInto(&b, name, limit)
	return b.String(), err
}

// readString reads r to its end into a string, at most limit bytes (see
// readInto).
func readString(r io.Reader, name string, limit, size int64) (string, error) {
	var b strings.Builder
	err := readInto(&b, r, name, limit, size)
	return b.String(), err
}

// readBlock is the block in which readInto reads an input of unknown
// size.
const readBlock = 1 << 20

// buffer is a strings.Builder, whose String is no copy, or a
// bytes.Buffer.
type buffer interface {
	io.Writer
	Grow(int)
}

// readFileInto reads a named file into b, at most limit bytes.
func readFileInto(b buffer, name string, limit int64) error {
	f, err := openFile(name)
	if err != nil {
		return fmt.Errorf("reading %s: %w", name, err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return fmt.Errorf("reading %s: %w", name, err)
	}
	if fi.IsDir() {
		return fmt.Errorf("reading %s: is a directory", name)
	}
	size := int64(-1)
	if fi.Mode().IsRegular() {
		if fi.Size() > limit {
			return &TooLargeError{Name: name, Limit: limit}
		}
		size = fi.Size()
	}
	return readInto(b, f, name, limit, size)
}

// readInto reads r to its end into b: at most limit bytes, or the limit of
// r if r is a *Limited and limit is 0, or DefaultMaxSize. size is what
// stat said, or -1.
func readInto(b buffer, r io.Reader, name string, limit, size int64) error {
	lr, ok := r.(*Limited)
	if !ok || limit > 0 {
		lr = Limit(r, name, limit)
	}
	var err error
	if size >= 0 {
		n := int(min(size, lr.limit)) + 1
		b.Grow(n)
		// Through a buffer of the file's size, not io.Copy's 32 KiB: an
		// article is read in one call and leaves less garbage.
		_, err = io.CopyBuffer(b, lr, make([]byte, min(n, 32<<10)))
	} else {
		// Of unknown size (a pipe, a FIFO, a device): read in blocks and
		// copied once at the end, rather than into a buffer that grows
		// and leaves its old copies to the garbage collector; an input
		// over the limit is never copied.
		var blocks [][]byte
		total := 0
		for err == nil {
			block := make([]byte, readBlock)
			var n int
			n, err = io.ReadFull(lr, block)
			blocks = append(blocks, block[:n])
			total += n
		}
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			err = nil
			b.Grow(total)
			for _, block := range blocks {
				b.Write(block)
			}
		}
	}
	var tooLarge *TooLargeError
	if errors.As(err, &tooLarge) {
		return tooLarge
	}
	if err != nil {
		return fmt.Errorf("reading %s: %w", displayName(name), err)
	}
	return nil
}
