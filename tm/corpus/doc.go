// Package corpus aligns many article pairs in one run, for bitext's corpus
// command: it finds the pairs (Scan), aligns them with a pool of workers
// and writes one TMX, one glossary, a report and, when asked, each pair's
// alignment file with an index of them (Run), owning the whole life of
// those outputs: locks, commit, resume and cleanup.
//
// # Input
//
// A directory is searched recursively for X.en.txt with X.ko.txt (.html
// and .htm too, either side); the pair id is the slash-separated path of X
// below the directory. A manifest lists one pair a line,
// id<TAB>en_path<TAB>ko_path, relative paths taken from the manifest's
// directory. Files with no partner, sides present in two formats, manifest
// lines that cannot be read and repeated ids are Problems: reported, never
// silently skipped. Whether a listed file exists is found when the pair is
// read, and the pair fails with a message naming it.
//
// # Order, determinism and memory
//
// Workers align pairs in any order; their results are written in input
// order, so the TMX, the glossary and the report are the same whatever the
// number of workers (byte for byte when the creation date is fixed). At
// most four results per worker are in flight, whether being aligned or
// waiting for an earlier pair to finish: memory does not grow with the
// number of pairs. The input is read as a stream too (a directory one
// directory at a time, a manifest one line at a time); what does grow is
// 16 bytes per pair id, to find repeated ids and resumed pairs.
//
// # Shards
//
// Shard{I, N} keeps the pairs whose id hashes (FNV-1a) to I modulo N, so
// N machines given the same input and N each do a disjoint share, and the
// shares together are the whole input. Their TMX files merge with bitext
// tmx merge, their glossaries with bitext names merge.
//
// # Failures
//
// A pair that cannot be read or aligned is reported with its error and the
// run goes on. A cancelled context stops the run cleanly: pairs started
// are finished and the outputs are put in place holding the pairs done so
// far, in input order. An output that cannot be written (a full disk)
// stops the run and puts nothing in place: the outputs of the run before
// stay as they were, byte for byte, and the next run resumes from them.
//
// # Outputs and their commit protocol
//
// Run owns its outputs' whole life. Beside the TMX, the glossary, the
// index of the alignment files and the report (Config.TMXPath,
// GlossaryPath, AlignmentsDir, ReportPath) it keeps two files of its own: the glossary's raw counts, ".NAME.bitext-state" beside the
// glossary (glossary.Builder.WriteState: the exact counts behind the
// confidences, which a glossary file rounds), and the commit record,
// ".NAME.bitext-commit" beside the report. A run writes every output to a
// temporary file, ".NAME.bitext-tmp-RANDOM" beside it (package
// atomicfile), and puts them in place together, as a generation:
//
//  1. each temporary file is synced to disk and closed;
//  2. the commit record, naming each file of the generation, the
//     temporary file that becomes it, and its size and SHA-256, is
//     written to its own temporary file, synced and renamed over the
//     previous record (the directory synced too). This rename is the
//     commit point, and the only one;
//  3. each temporary file is renamed over its file: the glossary's counts,
//     the TMX, the glossary, the index of the alignment files, and the
//     report last.
//
// A crash before the commit point leaves the previous generation whole,
// untouched: its record names its files, which no rename has reached. A
// crash after it leaves the new generation committed: the next run, before
// anything else, renames the temporary files the record names that are
// still there (roll-forward). Either way the next run sees one consistent
// generation. Then it removes the temporary files of killed runs. Before
// resuming, it checks each file's size against the record and its SHA-256
// as it reads it, so that a file changed or cut since (a report of 0 bytes,
// a glossary edited by hand, which the run would overwrite) is refused
// instead of resumed; Config.Force starts over. A report without a
// commit record was not written by such a run and is refused too.
//
// The alignment files themselves are not part of a generation: each is
// written atomically when its pair is emitted, before the pair counts as
// done, and the index that a generation commits names only files that
// are whole (see AlignmentName and IndexName).
//
// Config.Checkpoint commits a generation every so often while the run
// goes on: copies of the TMX, the index and the report written so far,
// each completed as a document and the report marked in progress, and the
// glossary. A run killed
// outright (SIGKILL, a power cut) then loses only the pairs since the last
// checkpoint.
//
// # Locks
//
// Run holds a lock on each output the user named, ".NAME.bitext-lock"
// beside it (atomicfile.TryLock: flock on Unix, LockFileEx on Windows),
// from before it reads the previous outputs until it returns; the system
// releases it however the process ends. A run that finds an output
// locked stops at once with an error wrapping ErrLocked that names the
// lock file and the holder's process id and command (a corpus run, a
// review, an export): two runs never write the same outputs, even through
// different reports. Temporary files are removed only under the lock.
// Before taking the locks, Run refuses outputs that name one file, the
// input, the dictionary, or a file of any pair (os.SameFile where the
// files exist, cleaned absolute paths through links otherwise), an output
// with several names (a hard link: a run writing the other name would not
// see this name's lock), and, with an alignments directory, any other
// output that is the directory or inside it (Config.Check).
//
// # Hostile input
//
// In a directory, only regular files (or symbolic links to one) are
// paired and opened: a named pipe would block the run and a device might
// never end. Other entries named like a side of a pair, and symbolic
// links to directories (not followed, so that the walk stays in the tree
// and ends), are Skipped problems, listed and never opened; a manifest
// pair whose file is not a regular file fails without being opened. A
// pair id must survive the TMX (XML 1.0) and the JSON report as it is, so
// that the next run finds the pairs it did: an id that is not UTF-8 or
// holds a control character is a BadID problem and the pair is left out,
// never escaped (an escaped id could be another pair's). See ValidID.
//
// # Resuming
//
// A run over outputs that a committed generation left resumes them: the
// pairs the report lists as done are skipped; their report entries
// (marked resumed), their TMX units and their index entries are copied
// first, then the new pairs follow, and the glossary goes on from its raw
// counts. One TMX
// stays the complete memory of everything done, with no merge step, and
// when the earlier run was stopped part-way the TMX and the glossary,
// confidences included, are byte for byte those of one uninterrupted run.
// The earlier units are the ones whose x-document is a done pair; their
// number must be the one the report gives. Settings that change the
// output (level, threshold, languages, shard, glossary or not, …) and the
// set of output files must be those of the earlier run (ErrSettings).
//
// # Why the worker pool is written here
//
// golang.org/x/sync/errgroup bounds concurrency but does not keep results
// in order, and sourcegraph/conc's stream, which does, admits only one task
// more than it has workers (one long article soon stalls every other
// worker) and cannot be cancelled. The pool here is a producer, N workers
// and an emitter that reorders through a window of 4N slots.
package corpus
