package main

import (
	"context"
	"io"
	"os"
	"os/signal"
	"syscall"
)

// stopSignals are the signals that stop a long command cleanly: Ctrl-C
// (os.Interrupt, on every system); SIGTERM, which kill, systemd and
// Kubernetes send, and which Go delivers on Windows when the console
// window is closed; and SIGHUP, which Unix sends when the terminal is
// closed, unless the process was started ignoring it (nohup), which keeps
// it running as asked. (Windows never delivers SIGHUP.)
func stopSignals() []os.Signal {
	sigs := []os.Signal{os.Interrupt, syscall.SIGTERM}
	if !signal.Ignored(syscall.SIGHUP) {
		sigs = append(sigs, syscall.SIGHUP)
	}
	return sigs
}

// signalContext returns a context cancelled by the first stop signal. A
// second one ends the process at once, the system's default.
func signalContext() (context.Context, context.CancelFunc) {
	ctx, stop := signal.NotifyContext(context.Background(), stopSignals()...)
	go func() { <-ctx.Done(); stop() }()
	return ctx, stop
}

// ctxReader fails its reads once ctx is done.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (r ctxReader) Read(p []byte) (int, error) {
	if err := r.ctx.Err(); err != nil {
		return 0, err
	}
	return r.r.Read(p)
}

// ctxWriter fails its writes once ctx is done.
type ctxWriter struct {
	ctx context.Context
	w   io.Writer
}

func (w ctxWriter) Write(p []byte) (int, error) {
	if err := w.ctx.Err(); err != nil {
		return 0, err
	}
	return w.w.Write(p)
}
