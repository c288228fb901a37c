package alignfile

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
)

// ErrReviewed is wrapped by the error of a command that would replace an
// alignment file a person has reviewed (File.Reviewed): bitext never
// overwrites one with a new alignment.
var ErrReviewed = errors.New("holds a person's review, which bitext never overwrites")

// ReviewedError returns the error, wrapping ErrReviewed, that refuses to
// replace the reviewed alignment file at path.
func ReviewedError(path string) error {
	return fmt.Errorf("%s %w: move it away to align the pair again", path, ErrReviewed)
}

// CheckReplace returns ReviewedError(path) if the file at path is an
// alignment file a person has reviewed, which no new output may replace.
// A missing file, or one that is not an alignment file (a file whose first
// non-blank byte is not "{" is not even read), is no obstacle: nil.
// Other errors are those of reading the file.
func CheckReplace(path string) error {
	fi, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	if !fi.Mode().IsRegular() {
		return nil
	}
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	br := bufio.NewReader(f)
	for {
		c, err := br.ReadByte()
		if err != nil {
			return nil // empty, or only blanks
		}
		if c == ' ' || c == '\t' || c == '\r' || c == '\n' {
			continue
		}
		if c != '{' {
			return nil
		}
		break
	}
	if _, err := f.Seek(0, 0); err != nil {
		return err
	}
	old, err := Read(f, path)
	if err != nil || !old.Reviewed() {
		return nil
	}
	return ReviewedError(path)
}
