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
	"slices"
	"strings"

	"github.com/bitext-ko/bitext/align/read"
	"github.com/bitext-ko/bitext/tm/glossary"
	"github.com/urfave/cli/v2"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

func main() {
	os.Exit(run(os.Args, os.Stdin, os.Stdout, os.Stderr))
}

// run executes the command line in the process's environment and returns
// the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return runEnv(args, processEnv(), stdin, stdout, stderr)
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

// runEnv executes the command line in environment e and returns the exit
// status.
func runEnv(args []string, e env, stdin io.Reader, stdout, stderr io.Writer) int {
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
		Metadata:               map[string]any{envKey: e},
	}
	for _, cmd := range app.Commands {
		setHandlers(cmd)
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

// onUsageError makes err, an error of urfave/cli's flag parsing, a usage
// error, with undefinedFlagHint's hint for a flag the command does not
// define.
func onUsageError(c *cli.Context, err error, isSubcommand bool) error {
	const undefined = "flag provided but not defined: "
	if arg, ok := strings.CutPrefix(err.Error(), undefined); ok && c != nil {
		if hint := undefinedFlagHint(c.Command, arg); hint != "" {
			return usageError{fmt.Errorf("%w%s", err, hint)}
		}
	}
	return usageError{err}
}

// setHandlers gives cmd and its subcommands the usage error handler, and
// the commands with a flag of flagHints its hint.
func setHandlers(cmd *cli.Command) {
	if cmd.OnUsageError == nil {
		cmd.OnUsageError = onUsageError
	}
	for _, h := range flagHints() {
		if action := cmd.Action; action != nil && hasFlag(cmd, h.flag) {
			cmd.Action = func(c *cli.Context) error {
				err := action(c)
				if err != nil && h.applies(err) {
					return fmt.Errorf("%w (%s)", err, h.hint)
				}
				return err
			}
		}
	}
	for _, sub := range cmd.Subcommands {
		setHandlers(sub)
	}
}

func hasFlag(cmd *cli.Command, name string) bool {
	for _, f := range cmd.Flags {
		if slices.Contains(f.Names(), name) {
			return true
		}
	}
	return false
}

// A flagHint is what the message of an error gets when the command has
// the flag that may help: the packages' messages name no flag.
type flagHint struct {
	flag    string
	applies func(error) bool
	hint    string
}

func flagHints() []flagHint {
	return []flagHint{
		{"encoding", func(err error) bool {
			var pe *read.ParseError
			var h hintedError
			return errors.As(err, &pe) && pe.Assumed && !errors.As(err, &h)
		}, "if it is text in another encoding, --encoding names it"},
		{"glossary-format", func(err error) bool { return errors.Is(err, glossary.ErrFormat) },
			"give the right extension or --glossary-format"},
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
