// Command bitext aligns English news articles with their Korean originals and
// turns the result into the files translators and terminologists use: TMX
// translation memories, name glossaries and romanization reviews.
//
// This package is the command-line layer only: it parses flags, opens and
// writes files (atomically), and maps errors to exit statuses (1 for bad
// input or failed work, 2 for usage errors). Everything else lives in the
// align/ and tm/ packages.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/urfave/cli/v2"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

func main() {
	os.Exit(run(os.Args, os.Stdin, os.Stdout, os.Stderr))
}

// usageError marks errors caused by how the command was called; they exit 2.
type usageError struct{ err error }

func (u usageError) Error() string { return u.err.Error() }
func (u usageError) Unwrap() error { return u.err }

func usagef(format string, args ...any) error {
	return usageError{fmt.Errorf(format, args...)}
}

// commands returns bitext's commands.
func commands() []*cli.Command {
	return []*cli.Command{
		alignCommand(),
		evalCommand(),
		tmxCommand(),
		romanizeCommand(),
		namesCommand(),
		corpusCommand(),
		exportCommand(),
		reviewCommand(),
	}
}

// run executes the command line and returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	unknown := ""
	out := &outputWriter{w: stdout}
	app := &cli.App{
		Name:      "bitext",
		Usage:     "align English news articles with their Korean originals; export TMX and name glossaries",
		Version:   version,
		Reader:    stdin,
		Writer:    out,
		ErrWriter: stderr,
		Flags:     limitFlags(),
		Commands:  commands(),

		OnUsageError: onUsageError,
		CommandNotFound: func(c *cli.Context, name string) {
			unknown = name
		},
		ExitErrHandler:         func(*cli.Context, error) {},
		UseShortOptionHandling: true,
		Suggest:                true,
	}
	for _, cmd := range app.Commands {
		setUsageHandler(cmd)
	}
	err := app.Run(args)
	if unknown != "" {
		fmt.Fprintf(stderr, "bitext: unknown command %q (see bitext --help)\n", unknown)
		return 2
	}
	if out.err != nil && (err == nil || errors.Is(err, out.err)) {
		err = fmt.Errorf("writing standard output: %w", out.err)
	}
	if err == nil {
		return 0
	}
	fmt.Fprintf(stderr, "bitext: %v%s\n", err, limitHint(err))
	var u usageError
	if errors.As(err, &u) {
		return 2
	}
	return 1
}

func onUsageError(c *cli.Context, err error, isSubcommand bool) error {
	return usageError{err}
}

func setUsageHandler(cmd *cli.Command) {
	if cmd.OnUsageError == nil {
		cmd.OnUsageError = onUsageError
	}
	for _, sub := range cmd.Subcommands {
		setUsageHandler(sub)
	}
}

// outputWriter is standard output as commands see it: it remembers the
// first write that fails, so that run exits 1 when output was lost, even
// where a command did not check a write. After a failure every write fails
// at once, and a command that checks stops there.
type outputWriter struct {
	w   io.Writer
	err error
}

func (o *outputWriter) Write(p []byte) (int, error) {
	if o.err != nil {
		return 0, o.err
	}
	n, err := o.w.Write(p)
	if err == nil && n < len(p) {
		err = io.ErrShortWrite
	}
	if err != nil {
		o.err = err
	}
	return n, err
}

// outputFile returns the file under w, standard output as run wraps it,
// for the commands that ask whether it is a terminal.
func outputFile(w io.Writer) (*os.File, bool) {
	if o, ok := w.(*outputWriter); ok {
		w = o.w
	}
	f, ok := w.(*os.File)
	return f, ok
}
