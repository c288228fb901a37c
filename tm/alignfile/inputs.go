package alignfile

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"

	"github.com/bitext-ko/bitext/align"
	"github.com/bitext-ko/bitext/align/read"
)

// ErrChanged is wrapped by the errors of CheckInputs: an input is not the
// one the file was made from, or no longer reads into the same paragraphs
// and sentences. Edits are never applied to such an input.
var ErrChanged = errors.New("input changed")

// Open reads the alignment file at path and checks it against its inputs
// (CheckInputs): the file a reviewer edits.
func Open(path string) (*File, error) {
	f, err := ReadFile(path)
	if err != nil {
		return nil, err
	}
	if err := f.CheckInputs(filepath.Dir(path)); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return f, nil
}

// CheckInputs checks that the inputs of an alignment file in directory
// dir are the ones it was made from and that this bitext still reads them
// into the same paragraphs and sentences: each input's bytes must have
// the recorded SHA-256, and reading them again (align/read, with the
// recorded encoding setting, HTML extraction and paragraph rule),
// preparing them (align.Prepare, with the recorded furniture setting)
// and splitting them into sentences (align.Segment) must give the
// recorded paragraphs, field by field. Errors wrap ErrChanged, except those of a file that
// cannot be read. An input read from standard input cannot be checked.
func (f *File) CheckInputs(dir string) error {
	mode, err := read.ParseParagraphMode(f.Settings.Paragraphs)
	if err != nil {
		return fmt.Errorf("%w: the inputs were cut into paragraphs in %q mode, which this bitext cannot do", ErrChanged, f.Settings.Paragraphs)
	}
	for _, side := range []struct {
		side align.Side
		s    *Side
	}{{align.English, &f.EN}, {align.Korean, &f.KO}} {
		if err := f.checkInput(dir, side.side, side.s, mode); err != nil {
			return err
		}
	}
	return nil
}

func (f *File) checkInput(dir string, side align.Side, s *Side, mode read.ParagraphMode) error {
	lang := sideName(side.String())
	if s.Path == "-" {
		return fmt.Errorf("%w: the %s text was read from standard input, which cannot be checked: align files instead", ErrChanged, lang)
	}
	path := Locate(dir, s.Path)
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("the %s input: %w", lang, err)
	}
	if sum := sha256.Sum256(data); hex.EncodeToString(sum[:]) != s.SHA256 {
		return fmt.Errorf("%w: the %s input %s is not the file this alignment was made from (its SHA-256 differs): edits are never applied to a changed input; align it again", ErrChanged, lang, path)
	}
	t, err := read.Bytes(path, data, read.Options{Encoding: f.Settings.Encoding, HTML: s.HTML, Paragraphs: mode})
	if err != nil {
		return fmt.Errorf("%w: the %s input %s no longer reads: %w", ErrChanged, lang, path, err)
	}
	ps := align.Prepare(t.Paragraphs, f.Settings.KeepFurniture)
	align.Segment(ps, side)
	if why := differ(s.Paragraphs, ps); why != "" {
		return fmt.Errorf("%w: this bitext reads the %s input %s differently from bitext %s, which made the alignment (%s): edits are never applied to an input that would now split differently; align it again", ErrChanged, lang, path, f.Bitext, why)
	}
	return nil
}

// differ says how the recorded paragraphs differ from those read now, or
// returns "".
func differ(had, now []align.Paragraph) string {
	if len(had) != len(now) {
		return fmt.Sprintf("%d paragraphs, not %d", len(now), len(had))
	}
	for i := range had {
		a, b := had[i], now[i]
		switch {
		case a.Text != b.Text:
			return fmt.Sprintf("paragraph %d's text", i)
		case a.Body != b.Body:
			return fmt.Sprintf("paragraph %d's aligned text", i)
		case !slices.Equal(a.Sentences, b.Sentences):
			return fmt.Sprintf("paragraph %d's sentences", i)
		case a.Furniture != b.Furniture || a.Reason != b.Reason || a.Caption != b.Caption || a.Headline != b.Headline:
			return fmt.Sprintf("paragraph %d's furniture, caption or headline mark", i)
		}
	}
	return ""
}
