package export

import (
	"fmt"

	"github.com/bitext-ko/bitext/align"
	"github.com/bitext-ko/bitext/tm/alignfile"
	"github.com/bitext-ko/bitext/tm/atomicfile"
	"github.com/bitext-ko/bitext/tm/glossary"
	"github.com/bitext-ko/bitext/tm/tmx"
)

// Job writes the memory and the glossary of alignment files: what bitext
// export writes, and what the review page's export button writes, so
// that the two are the same bytes for the same files.
type Job struct {
	Level align.Level
	// Options are the TMX options (DocID is each file's document).
	Options Options
	// Version is bitext's version, for the TMX header.
	Version string
	// TMX and Glossary are the paths to write; "" for none (not both).
	TMX, Glossary string
	// GlossaryFormat and GlossaryOptions shape the glossary file.
	GlossaryFormat  glossary.Format
	GlossaryOptions glossary.WriteOptions
	// ReviewedNames keeps in the glossary only the names a person
	// accepted or edited.
	ReviewedNames bool
}

// Result says what a Job wrote.
type Result struct {
	Files  int    // alignment files read
	Counts Counts // what happened to their beads
	Names  int    // glossary entries written
	// Dropped is the number of characters XML 1.0 does not allow that
	// were left out of the TMX.
	Dropped int
}

// Run reads the alignment files at paths, in order, and writes the TMX
// and the glossary atomically: both are written to temporary files and
// renamed only once both are whole (atomicfile.CommitAll), so a failure
// leaves the outputs as they were.
func (j *Job) Run(paths []string) (Result, error) {
	var res Result
	x := NewFiles(j.Level, j.Options, j.Glossary != "", glossary.Options{IncludeFlagged: j.Options.IncludeFlagged})
	var files []*atomicfile.File
	defer func() {
		for _, f := range files {
			f.Abort()
		}
	}()
	var tw *tmx.Writer
	if j.TMX != "" {
		f, err := atomicfile.Create(j.TMX)
		if err != nil {
			return res, err
		}
		files = append(files, f)
		if tw, err = tmx.NewWriter(f, Header(j.Options.Langs, j.Level, j.Version, j.Options.Date)); err != nil {
			return res, fmt.Errorf("writing %s: %w", j.TMX, err)
		}
	}
	for _, p := range paths {
		af, err := alignfile.ReadFile(p)
		if err != nil {
			return res, err
		}
		res.Files++
		for _, u := range x.Add(af) {
			if tw == nil {
				break
			}
			if err := tw.Write(u); err != nil {
				return res, fmt.Errorf("writing %s: %w", j.TMX, err)
			}
		}
	}
	res.Counts = x.Counts()
	if tw != nil {
		if err := tw.Close(); err != nil {
			return res, fmt.Errorf("writing %s: %w", j.TMX, err)
		}
		res.Dropped = tw.Dropped()
	}
	if j.Glossary != "" {
		es := x.Glossary(j.ReviewedNames)
		f, err := atomicfile.Create(j.Glossary)
		if err != nil {
			return res, err
		}
		files = append(files, f)
		if err := glossary.WriteWith(f, es, j.GlossaryFormat, j.GlossaryOptions); err != nil {
			return res, fmt.Errorf("writing %s: %w", j.Glossary, err)
		}
		res.Names = len(es)
	}
	if err := atomicfile.CommitAll(files...); err != nil {
		return res, err
	}
	files = nil
	return res, nil
}
