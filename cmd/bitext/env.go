package main

import (
	"context"
	"os"
	"time"

	"github.com/urfave/cli/v2"
)

// env is what a command takes from its process besides its arguments and
// standard streams. main passes the process's (processEnv); tests pass
// their own, so that a command run in process reads no global state.
type env struct {
	// getenv returns an environment variable: NO_COLOR, GOGC,
	// GOMEMLIMIT.
	getenv func(string) string
	// stopContext returns the context that the long commands (corpus, tmx
	// merge, review) stop on, which the stop signals (stopSignals: Ctrl-C,
	// SIGTERM, SIGHUP) cancel in the process's env, and its release.
	stopContext func() (context.Context, context.CancelFunc)
	// now is the clock that dates outputs (a TMX's creation date).
	now func() time.Time
}

// processEnv is the environment of the process: its variables, its
// signals and its clock.
func processEnv() env { return env{getenv: os.Getenv, stopContext: signalContext, now: time.Now} }

// envKey is the key of the env in the cli.App's metadata.
const envKey = "env"

// envOf returns the env the command runs in.
func envOf(c *cli.Context) env {
	e, _ := c.App.Metadata[envKey].(env)
	if e.getenv == nil {
		e.getenv = func(string) string { return "" }
	}
	if e.stopContext == nil {
		e.stopContext = func() (context.Context, context.CancelFunc) { return context.WithCancel(context.Background()) }
	}
	if e.now == nil {
		e.now = time.Now
	}
	return e
}

// useColour reports whether output to a terminal (tty) is coloured: not
// when NO_COLOR is set (https://no-color.org).
func useColour(c *cli.Context, tty bool) bool {
	return tty && envOf(c).getenv("NO_COLOR") == ""
}
