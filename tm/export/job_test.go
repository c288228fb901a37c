package export

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bitext-ko/bitext/tm/alignfile"
	"github.com/bitext-ko/bitext/tm/glossary"
)

// TestJobAllOrNothing: a Job writes the TMX and the glossary of its files,
// and when a file cannot be read it leaves both outputs as they were.
func TestJobAllOrNothing(t *testing.T) {
	f, _, _ := exampleFile(t, 0.999)
	dir := t.TempDir()
	good := filepath.Join(dir, "summit.json")
	if err := alignfile.WriteFile(good, f); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`{"format": "bitext-alignment", "version": 1}`), 0o644)
	tmxPath, gloss := filepath.Join(dir, "out.tmx"), filepath.Join(dir, "names.tsv")
	job := Job{Options: Options{Langs: testLangs, Date: time.Unix(0, 0), IncludeFlagged: true}, Version: "test", TMX: tmxPath, Glossary: gloss, GlossaryFormat: glossary.TSV}

	res, err := job.Run([]string{good})
	if err != nil {
		t.Fatal(err)
	}
	units, _ := FileUnits(f, job.Level, job.Options)
	if res.Files != 1 || res.Counts.Units != len(units) || res.Names == 0 {
		t.Fatalf("result %+v, want 1 file, %d units and names", res, len(units))
	}
	tmxBefore, _ := os.ReadFile(tmxPath)
	glossBefore, _ := os.ReadFile(gloss)
	if strings.Count(string(tmxBefore), "<tu ") != len(units) {
		t.Fatalf("the TMX has %d units, want %d", strings.Count(string(tmxBefore), "<tu "), len(units))
	}

	if _, err := job.Run([]string{good, bad}); err == nil || !strings.Contains(err.Error(), "bad.json") {
		t.Fatalf("a file that is not an alignment file: error %v, want one naming it", err)
	}
	tmxAfter, _ := os.ReadFile(tmxPath)
	glossAfter, _ := os.ReadFile(gloss)
	if string(tmxAfter) != string(tmxBefore) || string(glossAfter) != string(glossBefore) {
		t.Error("a failed export changed its outputs")
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 4 {
		t.Errorf("the directory holds %d files after a failed export, want the 4 it had", len(ents))
	}
}
