// Package corpus aligns many article pairs in one run, for bitext's corpus
// command: it finds the pairs (Scan), aligns them with a pool of workers
// and writes one TMX, one glossary and a report (Run).
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
// run goes on. An output that cannot be written (a full disk) stops the
// run: the caller writes every output to a temporary file and puts it in
// place only from Config.Commit, which Run calls once everything was
// written, so no half-written file is left; the report, written last, says
// which pairs were aligned and that the outputs were not written. A
// cancelled context stops the run cleanly: the outputs are complete files
// holding the pairs done so far, in input order.
//
// # Resuming
//
// A run given the previous report and TMX (Config.Previous) skips the pairs
// the report lists as done: their report entries (marked resumed) and their
// TMX units are copied first, then the new pairs follow. One TMX stays the
// complete memory of everything done, with no merge step. The earlier
// units are the ones whose x-document is a done pair; their number must be
// the one the report gives, or the run refuses to go on, because the files
// do not belong together. A report whose outputs were not written vouches
// only for the pairs it had itself resumed (those are in the TMX the failed
// run left in place), so after a full disk the next run redoes exactly the
// pairs that were lost. Settings that change the output (level, threshold,
// languages, shard, …) must be those of the earlier run.
//
// # Why the worker pool is written here
//
// golang.org/x/sync/errgroup bounds concurrency but does not keep results
// in order, and sourcegraph/conc's stream, which does, admits only one task
// more than it has workers (one long article soon stalls every other
// worker) and cannot be cancelled. The pool here is a producer, N workers
// and an emitter that reorders through a window of 4N slots.
package corpus
