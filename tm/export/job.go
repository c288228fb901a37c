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
	// Dirs are the directories of alignment files (bitext corpus
	// --alignments) that the files given to Run come from: no output may
	// be one of them or inside one, where the index, the review's
	// progress, drafts and the files themselves are.
	Dirs []string
	// Keep are other files no output may be (the draft the review keeps
	// beside an alignment file).
	Keep []atomicfile.Path
}

// Check returns an error matching atomicfile.ErrOutputConflict if an
// output of j would write over a file the export reads or that its
// alignment files name: the TMX and the glossary must be two files, and
// neither may be one of the alignment files at paths, one of j.Keep, a
// directory of j.Dirs or inside one, nor an input an alignment file names
// (its English or Korean side, its dictionary, found relative to the
// file). Symbolic and hard links count (atomicfile.Guard). The inputs are
// looked up only if an output exists: a file not there overwrites
// nothing. Run calls Check first; an alignment file Check cannot read is
// left to Run, which says what is wrong with it.
func (j *Job) Check(paths []string) error {
	var outs []atomicfile.Path
	for _, o := range []struct{ flag, path string }{{"--tmx", j.TMX}, {"--glossary", j.Glossary}} {
		if o.path != "" {
			outs = append(outs, atomicfile.Path{Role: o.flag, Name: o.path})
		}
	}
	g, err := atomicfile.NewGuard(outs...)
	if err != nil {
		return err
	}
	for _, d := range j.Dirs {
		if err := g.Inside(atomicfile.Path{Role: "the directory of alignment files", Name: d}); err != nil {
			return err
		}
	}
	for _, k := range j.Keep {
		if err := g.Check(k); err != nil {
			return err
		}
	}
	for _, p := range paths {
		if err := g.Check(atomicfile.Path{Role: "the alignment file", Name: p}); err != nil {
			return err
		}
	}
	if !g.Exists() {
		return nil
	}
	for _, p := range paths {
		en, ko, dict, err := alignfile.InputPaths(p)
		if err != nil {
			continue
		}
		for _, in := range []struct{ role, path string }{{"the English input of " + p, en}, {"the Korean input of " + p, ko}, {"the dictionary of " + p, dict}} {
			if in.path == "" {
				continue
			}
			if err := g.Check(atomicfile.Path{Role: in.role, Name: in.path}); err != nil {
				return err
			}
		}
	}
	return nil
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
// leaves the outputs as they were. It first returns the error of Check,
// if any, having written nothing.
func (j *Job) Run(paths []string) (Result, error) {
	var res Result
	if err := j.Check(paths); err != nil {
		return res, err
	}
	x := NewFiles(j.Level, j.Options, j.Glossary != "", j.Options.GlossaryOptions())
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
